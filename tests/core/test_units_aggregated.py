"""The index on EPCI units built from commune tables, by hand and on the embedded data."""

import numpy as np
import pandas as pd
import pytest

from fragilite_numerique.core.binding import load_binding
from fragilite_numerique.core.errors import DataError
from fragilite_numerique.core.meshes import members_from, summarise_units
from fragilite_numerique.core.method import load_method
from fragilite_numerique.core.pipeline import Units, compute_index
from fragilite_numerique.core.readers import read_table
from fragilite_numerique.core.tables import to_number

from helpers import binding_dict, units_frame, write_case


def small_case(tmp_path):
    binding = binding_dict(v3={"status": "real", "table": "t1", "column": "v3",
                               "parent": {"epci": {"table": "te", "column": "v3"}}})
    binding["tables"]["pop"] = {"path": "pop.csv", "code": "code"}
    binding["tables"]["te"] = {"path": "te.csv", "code": "code", "level": "epci"}
    binding["population"] = {"table": "pop", "column": "pop"}
    method_path, binding_path = write_case(tmp_path, binding=binding, extra_files={
        "pop.csv": "code;pop\n59001;100\n59002;300\n59003;600\n62001;50\n",
        "te.csv": "code;v3\n200000001;7\n"})
    method = load_method(method_path)
    return method, load_binding(binding_path, method)


def test_epci_units_by_hand(tmp_path):
    method, binding = small_case(tmp_path)
    communes = units_frame()
    members = members_from(communes["code"], communes["epci"])
    units = Units(codes=pd.Series(["200000001", "200000002"]), level="epci", members=members)
    r = compute_index(units, method, binding)
    s = r.scores
    # v1 (a value without its counts): population-weighted mean over the communes that have one,
    # 59003 being secret: (100·10 + 300·20) / 400 = 17.5; EPCI 2 = its only commune, 40
    assert s["v_v1"].tolist() == pytest.approx([17.5, 40])
    # v2 = Σnum / Σden × 100, never a mean of rates: (50+25+10)/(100+100+50) = 34 %; EPCI 2 has
    # a zero denominator → missing → the reference territory's ratio of sums, flagged
    assert s["v_v2"].tolist() == pytest.approx([34, 34])
    assert s["i_v2"].tolist() == ["obs", "ref_a"]
    # v3 has an EPCI table: its value for EPCI 1; EPCI 2 is not in it → aggregate of its communes (5)
    assert s["v_v3"].tolist() == pytest.approx([7, 5])
    assert s["i_v3"].tolist() == ["obs", "obs"]
    assert any("take the aggregate of their communes" in str(w) for w in r.report.warnings)
    # reference = every EPCI: v1 scores [0, 1], v2 is constant (left out), v3 scores [1, 0] → a tie
    assert s["ifn_ref"].tolist() == [1, 1]
    assert s["n_v1"].tolist() == [0, 1] and s["n_v3"].tolist() == [1, 0]
    assert s["ifn"].tolist() == [0.5, 0.5] and s["ifn_rang"].tolist() == [1, 1]
    # the join report keeps the communes' matching and the units' matching
    levels = {(j.table, j.level): j for j in r.report.joins}
    assert levels[("t1", "commune")].matched_units == 4 and levels[("t1", "epci")].matched_units == 2
    assert levels[("te", "epci")].units_without_row == ["200000002"]
    t1 = [t for t in r.report.tables if t["table"] == "t1"][0]
    assert t1["aggregated"]["to"] == "epci" and "v1" in t1["non_additive_columns"]


def test_epci_units_need_their_communes(tmp_path):
    method, binding = small_case(tmp_path)
    units = Units(codes=pd.Series(["200000001", "200000002"]), level="epci")
    with pytest.raises(DataError, match="at commune level but the units are 'epci'"):
        compute_index(units, method, binding)


def test_embedded_data_scored_on_the_92_epci(hdf_method, hdf_binding, embedded_dir):
    ref = read_table(embedded_dir / "communes_hdf_reference_cog2021_epci.csv")
    members = members_from(ref["code_insee"], ref["epci_2021"])
    summary = summarise_units(members, parents={"dep": pd.Series(ref["dep"].to_numpy(), index=ref["code_insee"])})
    frame = pd.DataFrame({"code": summary.codes, "dep": summary.main_parent["dep"].to_numpy()})
    r = compute_index(Units.from_frame(frame, "code", {"dep": "dep"}, level="epci", members=members),
                      hdf_method, hdf_binding)
    s = r.scores.set_index(frame["code"])
    assert len(s) == 92 and r.report.n_reference == 92
    assert s["ifn"].notna().all() and sorted(s["ifn_rang"].astype(int)) == list(range(1, 93))
    # FTTH of the MEL from the raw ARCEP file (2018 codes moved by hand): Σ eligible / Σ premises
    arcep = read_table(embedded_dir / "arcep_maconnexioninternet_communes_hdf_2019-09.csv")
    passage = read_table(embedded_dir / "cog_passage_2018_2019_hdf.csv").set_index("code_2018")["code_2019"]
    codes = arcep["code_insee"].map(passage).fillna(arcep["code_insee"])
    epci = codes.map(members)
    assert epci.notna().all()
    mel = (epci == "200093201").to_numpy()
    expected = to_number(arcep["elig_thd1g"])[0][mel].sum() / to_number(arcep["nbr"])[0][mel].sum() * 100
    assert s.loc["200093201", "v_ftth"] == pytest.approx(expected)
    # Poverty rate: Filosofi's EPCI value where the EPCI file has the 2021 SIREN
    filosofi = read_table(embedded_dir / "insee_filosofi_2016_epci_hdf.csv").set_index("CODGEO")
    assert s.loc["200071785", "v_pauv"] == pytest.approx(to_number(filosofi.loc[["200071785"], "TP6016"])[0][0])
    # The MEL changed SIREN in 2021: not in the 2019 EPCI file, it takes its communes' aggregate
    assert "200093201" not in filosofi.index and not np.isnan(s.loc["200093201", "v_pauv"])


def test_bound_tables_in_spreadsheets_and_dbf(tmp_path):
    """The small case's table as an INSEE-like ODS sheet and its population as a DBF give the same index."""
    from source_files import write_spreadsheet

    from fragilite_numerique.core.binding import binding_from_dict

    method, binding = small_case(tmp_path)
    reference = compute_index(Units.from_frame(units_frame(), "code"), method, binding).scores
    rows = [["Titre de la table"], [], ["code", "v1", "num", "den", "v3"], ["59001", "10", "50", "100", "1"],
            ["59002", "20", "25", "100", "2"], ["59003", "s", "10", "50", "3"], ["62001", "40", "0", "0", "5"]]
    write_spreadsheet(tmp_path / "t1.ods", rows[1:], sheet="DATA", field_names=rows[0] + [" ", "  ", "   ", "    "])
    from osgeo import ogr

    dataset = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(tmp_path / "pop.dbf"))
    layer = dataset.CreateLayer("pop", geom_type=ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn("code", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("pop", ogr.OFTInteger))
    for code, pop in ((59001, 100), (59002, 300), (59003, 600), (62001, 50)):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField(0, code)
        feature.SetField(1, pop)
        layer.CreateFeature(feature)
    dataset = None
    data = binding.to_dict()
    data["tables"]["t1"].update({"path": "t1.ods", "sheet": "DATA"})
    data["tables"]["pop"]["path"] = "pop.dbf"
    other = binding_from_dict(data, tmp_path, "b.json", method)
    scores = compute_index(Units.from_frame(units_frame(), "code"), method, other).scores
    assert scores.equals(reference)
