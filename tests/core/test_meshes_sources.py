"""Merging rows right: counts summed, rates recomputed, medians population-weighted and flagged."""

import numpy as np
import pandas as pd
import pytest

from fragilite_numerique.core.binding import TableSpec
from fragilite_numerique.core.cog import read_passage
from fragilite_numerique.core.errors import DataError
from fragilite_numerique.core.meshes import FIRST, ROW_COUNT, SUM, WEIGHTED, merge_rows, summarise_units
from fragilite_numerique.core.readers import read_table
from fragilite_numerique.core.sources import aggregate_table, harmonise
from fragilite_numerique.core.tables import to_number

from conftest import file_hash


def test_merge_rows_by_hand():
    frame = pd.DataFrame({"name": ["A", "B", "C", "D"], "dep": ["59", "59", "59", "62"],
                          "num": ["10", "30", "", "5"], "den": ["100", "300", "600", "50"],
                          "med": ["10", "20", "30", "40"]})
    keys = pd.Series(["x", "x", "x", "y"])
    weights = np.array([100.0, 300.0, 600.0, np.nan])
    merged = merge_rows(frame, keys, counts={"num", "den"}, weights=weights,
                        numeric=["dep", "num", "den", "med"])
    out = merged.frame
    assert out.index.tolist() == ["x", "y"]
    assert out["num"].tolist() == [40.0, 5.0] and out["den"].tolist() == [1000.0, 50.0]
    # (100·10 + 300·20 + 600·30) / 1000 = 25; y has no weight: plain value
    assert out["med"].tolist() == [25.0, 40.0]
    assert out["name"].tolist() == ["A", "D"] and out["dep"].tolist() == ["59", "62"]
    assert merged.rules == {"name": FIRST, "dep": FIRST, "num": SUM, "den": SUM, "med": WEIGHTED}
    assert merged.non_additive == ["med"]
    assert merged.incomplete["num"] == ["x"]          # C's numerator is missing: reported
    assert merged.rows.tolist() == [3, 1]


def test_aggregation_to_epci_by_hand():
    frame = pd.DataFrame({"code": ["59001", "59002", "59003", "62001"], "chom": ["10", "30", "60", "5"],
                          "act": ["100", "300", "600", "50"], "med": ["10", "20", "30", "40"]},
                         index=pd.Index(["59001", "59002", "59003", "62001"], name="code"))
    from fragilite_numerique.core.sources import LoadedTable

    table = LoadedTable(spec=TableSpec(id="t", path="t.csv", code="code"), path="t.csv", frame=frame)
    members = pd.Series(["200000001"] * 3 + ["200000002"], index=frame.index)
    population = pd.Series([100.0, 300.0, 600.0, 50.0], index=frame.index)
    out = aggregate_table(table, members, "epci", counts=["chom", "act"], weights=population)
    assert out.level == "epci" and out.frame.index.tolist() == ["200000001", "200000002"]
    assert out.frame["chom"].tolist() == [100.0, 5.0] and out.frame["act"].tolist() == [1000.0, 50.0]
    assert out.frame["med"].tolist() == [25.0, 40.0]
    assert out.non_additive == ("med",) and out.aggregated["communes"] == 4
    summary = summarise_units(members, population, {"dep": pd.Series(["59", "59", "62", "62"], index=frame.index)})
    assert summary.n_communes.tolist() == [3, 1] and summary.population.tolist() == [1000.0, 50.0]
    assert summary.main_parent["dep"].tolist() == ["62", "62"]  # 600 people in 62 outweigh 400 in 59


PASSAGE = "code_2018,code_2019\n01001,01003\n01002,01003\n"
TABLE_2018 = ("code;nom;locaux;eligibles;mediane\n"
              "01001;Ancienne A;100;50;10\n01002;Ancienne B;300;30;20\n01003;Nouvelle;600;600;30\n"
              "01004;Autre;1 000;0;40\n")


def _files(tmp_path, table=TABLE_2018):
    (tmp_path / "passage.csv").write_text(PASSAGE, encoding="utf-8")
    (tmp_path / "t.csv").write_bytes(table.encode("cp1252"))
    return read_passage(read_table(tmp_path / "passage.csv"), "passage.csv", "code_2018", "code_2019")


def test_harmonisation_sums_counts_and_weights_the_rest(tmp_path):
    passage = _files(tmp_path)
    before = file_hash(tmp_path / "t.csv")
    spec = TableSpec(id="t", path="t.csv", code="code", passage="p")
    population = pd.Series([100.0, 300.0, 600.0], index=["01001", "01002", "01003"])
    loaded = harmonise(read_table(tmp_path / "t.csv"), spec, "t.csv", ["locaux", "eligibles"], passage,
                       weights=population)
    assert file_hash(tmp_path / "t.csv") == before
    frame = loaded.frame
    assert frame.index.tolist() == ["01003", "01004"]
    assert frame.loc["01003", "locaux"] == 1000 and frame.loc["01003", "eligibles"] == 680
    assert frame.loc["01003", "nom"] == "Nouvelle"  # the surviving commune's own row leads
    assert frame.loc["01003", "mediane"] == pytest.approx(25.0)  # (100·10 + 300·20 + 600·30) / 1000
    assert loaded.non_additive == ("mediane",) and loaded.remapped == 2 and loaded.merged == 2
    assert loaded.rules["locaux"] == "sum" and loaded.rules["mediane"] == "weighted_mean"
    # nothing lost: the sum of premises is the same before and after
    raw, _ = to_number(read_table(tmp_path / "t.csv")["locaux"])
    assert frame["locaux"].sum() == raw.sum() == 2000
    assert "mean weighted by population" in str(loaded.messages[-1])


def test_passage_on_a_layer_of_the_old_vintage_is_flagged(tmp_path):
    passage = _files(tmp_path)
    spec = TableSpec(id="t", path="t.csv", code="code", passage="p")
    loaded = harmonise(read_table(tmp_path / "t.csv"), spec, "t.csv", ["locaux"], passage,
                       target_codes=pd.Index(["01001", "01002", "01004"]))
    assert any("older COG vintage" in str(m) for m in loaded.messages)
    with pytest.raises(DataError, match="maps commune codes, but this table is at level 'epci'"):
        harmonise(read_table(tmp_path / "t.csv"), TableSpec(id="t", path="t.csv", code="code", level="epci"),
                  "t.csv", [], passage)


def test_duplicates_are_an_error_unless_summed(tmp_path):
    table = "code;n\n02001;1\n2001;2\n59350;3\n59350;4\n60001;5\n"
    (tmp_path / "t.csv").write_text(table, encoding="utf-8")
    frame = read_table(tmp_path / "t.csv")
    spec = TableSpec(id="t", path="t.csv", code="code")
    with pytest.raises(DataError, match=r"code 02001 appears on several rows \(lines 2, 3\).*2 code\(s\)"):
        harmonise(frame, spec, "t.csv", [])
    summed = harmonise(frame, TableSpec(id="t", path="t.csv", code="code", duplicates="sum", counts=("n",)),
                       "t.csv", [])
    assert summed.frame["n"].to_dict() == {"02001": 3.0, "59350": 7.0, "60001": 5.0}
    assert summed.frame[ROW_COUNT].tolist() == [2, 2, 1]
    assert summed.code_report.restored == 1


def test_arrondissements_summed_into_paris(tmp_path):
    (tmp_path / "t.csv").write_text("code,pop\n75101,100\n75102,200\n59350,5\n", encoding="utf-8")
    frame = read_table(tmp_path / "t.csv")
    spec = TableSpec(id="t", path="t.csv", code="code", counts=("pop",))
    loaded = harmonise(frame, spec, "t.csv", [], target_codes=pd.Index(["75056", "59350"]))
    assert loaded.frame["pop"].to_dict() == {"75056": 300.0, "59350": 5.0}
    kept = harmonise(frame, spec, "t.csv", [], target_codes=pd.Index(["75101", "75102", "59350"]))
    assert kept.frame.index.tolist() == ["75101", "75102", "59350"]


def test_no_valid_code_is_named(tmp_path):
    (tmp_path / "t.csv").write_text("nom,pop\nLille,5\n", encoding="utf-8")
    with pytest.raises(DataError, match="no row has a valid code in column 'nom'"):
        harmonise(read_table(tmp_path / "t.csv"), TableSpec(id="t", path="t.csv", code="nom"), "t.csv", [])


def test_embedded_arcep_and_libraries_lose_nothing(embedded_dir, hdf_binding):
    from fragilite_numerique.core.sources import load_passage

    passage = load_passage(hdf_binding, "cog_2018_2019", lambda path, spec: read_table(path))
    communes = pd.Index(read_table(embedded_dir / "communes_hdf_reference_cog2021_epci.csv")["code_insee"])
    arcep_path = embedded_dir / "arcep_maconnexioninternet_communes_hdf_2019-09.csv"
    raw = read_table(arcep_path)
    arcep = harmonise(raw, hdf_binding.tables["arcep"], str(arcep_path), [], passage, communes)
    assert len(raw) == 3808 and len(arcep.frame) == 3789
    assert set(arcep.frame.index) == set(communes)
    for column in ("nbr", "elig_thd1g", "elig_thd30"):
        assert arcep.frame[column].sum() == to_number(raw[column])[0].sum(), column
    assert arcep.non_additive == ()
    libraries_path = embedded_dir / "bibliotheques_publiques_hdf.csv"
    raw = read_table(libraries_path)
    spec = TableSpec(id="bib", path=libraries_path.name, code="INSEE", cog=2018, passage="cog_2018_2019",
                     duplicates="sum")
    libraries = harmonise(raw, spec, str(libraries_path), [], passage, communes)
    assert libraries.frame[ROW_COUNT].sum() == len(raw) - libraries.code_report.n_invalid - libraries.code_report.empty
    # The two communes absorbed in 2019 went to their new commune; four former communes associated
    # with Dunkerque and Lille long before 2018 are not in a 2018 → 2019 passage: they stay unmatched
    # (the join report lists them).
    assert libraries.remapped == 2
    unmatched = libraries.frame.index[~libraries.frame.index.isin(communes)]
    assert sorted(unmatched) == ["59248", "59298", "59355", "59540"]
