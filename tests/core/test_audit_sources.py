"""Issue 3 audit: Lyon and Marseille arrondissements summed like Paris's, rates recomputed from the
summed counts (not a mean of rates), and every INSEE column code the issue lists recognised."""

import pandas as pd
import pytest

from fragilite_numerique.core.binding import TableSpec
from fragilite_numerique.core.proposals import parse_insee
from fragilite_numerique.core.readers import read_table
from fragilite_numerique.core.sources import harmonise

from conftest import file_hash

PLM_TABLE = ("code;pop;chom;act;med\n"
             "69381;30000;1500;15000;20000\n"
             "69385;50000;3000;25000;25000\n"
             "13201;40000;6000;20000;15000\n"
             "13216;10000;500;5000;22000\n"
             "75120;200000;20000;100000;21000\n"
             "59350;232787;20000;110000;18000\n")


def test_lyon_marseille_and_paris_arrondissements_summed_into_their_commune(tmp_path):
    path = tmp_path / "plm.csv"
    path.write_text(PLM_TABLE, encoding="utf-8")
    before = file_hash(path)
    frame = read_table(path)
    population = pd.Series([30000.0, 50000.0, 40000.0, 10000.0, 200000.0, 232787.0],
                           index=["69381", "69385", "13201", "13216", "75120", "59350"])
    spec = TableSpec(id="t", path="plm.csv", code="code", counts=("pop", "chom", "act"))
    loaded = harmonise(frame, spec, str(path), ["pop", "chom", "act"],
                       target_codes=pd.Index(["69123", "13055", "75056", "59350"]), weights=population)
    assert file_hash(path) == before
    out = loaded.frame
    assert sorted(out.index) == ["13055", "59350", "69123", "75056"]
    assert out.loc["69123", ["pop", "chom", "act"]].tolist() == [80000, 4500, 40000]
    assert out.loc["13055", ["pop", "chom", "act"]].tolist() == [50000, 6500, 25000]
    assert out.loc["75056", "pop"] == 200000
    # Rates come from the summed counts: Lyon 4,500 / 40,000 = 11.25 % (the mean of the two
    # arrondissements' rates, 10 % and 12 %, would give 11 %); Marseille 6,500 / 25,000 = 26 %, not 20 %.
    rate = 100 * out["chom"] / out["act"]
    assert rate["69123"] == pytest.approx(11.25) and rate["13055"] == pytest.approx(26.0)
    # The median has no count: population-weighted and flagged.
    assert out.loc["69123", "med"] == pytest.approx((30000 * 20000 + 50000 * 25000) / 80000)   # 23,125
    assert out.loc["13055", "med"] == pytest.approx((40000 * 15000 + 10000 * 22000) / 50000)   # 16,400
    assert loaded.non_additive == ("med",)


def test_arrondissements_kept_when_the_layer_has_them(tmp_path):
    path = tmp_path / "plm.csv"
    path.write_text(PLM_TABLE, encoding="utf-8")
    spec = TableSpec(id="t", path="plm.csv", code="code", counts=("pop",))
    layer = pd.Index(["69381", "69385", "13201", "13216", "75120", "59350"])
    loaded = harmonise(read_table(path), spec, str(path), ["pop"], target_codes=layer)
    assert loaded.frame.index.tolist() == layer.tolist()
    assert loaded.frame["pop"].tolist() == ["30000", "50000", "40000", "10000", "200000", "232787"]  # nothing merged: text as read


@pytest.mark.parametrize("column,stem,year", [
    ("P17_RP", "RP", 2017),
    ("P20_RP", "RP", 2020),
    ("P17_CHOM1564", "CHOM1564", 2017),
    ("P19_CHOM1564", "CHOM1564", 2019),
    ("P17_ACT1564", "ACT1564", 2017),
    ("P17_RP_VOIT1P", "RP_VOIT1P", 2017),
    ("P21_RP_VOIT1P", "RP_VOIT1P", 2021),
    ("C20_MEN", "MEN", 2020),
    ("P20_NSCOL15P_DIPLMIN", "NSCOL15P_DIPLMIN", 2020),
])
def test_every_census_code_of_the_issue_whatever_its_year(column, stem, year):
    code = parse_insee(column)
    assert (code.family, code.stem, code.year, code.kind) == ("census", stem, year, "count")


@pytest.mark.parametrize("column,stem,year,kind", [
    ("MED20", "MED", 2020, "non_additive"),
    ("TP6020", "TP60", 2020, "rate"),
    ("PPSOC21", "PPSOC", 2021, "rate"),
])
def test_filosofi_codes_of_other_years(column, stem, year, kind):
    code = parse_insee(column)
    assert (code.family, code.stem, code.year, code.kind) == ("filosofi", stem, year, kind)
