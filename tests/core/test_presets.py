"""The La MedNum presets on hand-computed cases, and on the embedded data."""

import json

import numpy as np
import pandas as pd
import pytest

from fragilite_numerique.core import fields as F
from fragilite_numerique.core import normalise as N
from fragilite_numerique.core.binding import load_binding
from fragilite_numerique.core.method import load_method
from fragilite_numerique.core.pipeline import Units, compute_index

from conftest import EMBEDDED, ROOT

METHODS = ROOT / "resources" / "methods"

# MedNum 2019 case: 4 communes. thd, menseul and p65 come as numerator / denominator counts,
# revmed and chom as plain values (their reference is the population-weighted mean).
TABLE_2019 = (
    "code;thd_n;thd_d;rev;men_n;men_d;chom;p65_n;p65_d;pop\n"
    "59001;90;100;20000;30;100;10;20;100;1000\n"
    "59002;40;50;25000;10;50;5;30;100;1000\n"
    "59003;10;50;15000;40;100;20;10;50;2000\n"
    "59004;60;200;20000;20;50;15;50;150;4000\n"
)


def _binding(variables: dict, population: bool = True) -> dict:
    binding = {"format": "fragilite_numerique.binding", "label": "cas",
               "tables": {"t": {"path": "t.csv", "code": "code"}}, "variables": variables}
    if population:
        binding["population"] = {"table": "t", "column": "pop"}
    return binding


def _run(tmp_path, method_name, table, variables, codes, reference=None, **options):
    (tmp_path / "t.csv").write_text(table, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(_binding(variables, "pop" in table.splitlines()[0])),
                                     encoding="utf-8")
    method = load_method(METHODS / f"{method_name}.json")
    if options:
        method = method.with_options(**options)
    binding = load_binding(tmp_path / "b.json", method)
    units = Units.from_frame(pd.DataFrame({"code": codes}), "code", reference=reference)
    return compute_index(units, method, binding)


VARIABLES_2019 = {
    "thd": {"status": "real", "table": "t", "numerator": "thd_n", "denominator": "thd_d", "scale": 100},
    "revmed": {"status": "real", "table": "t", "column": "rev"},
    "menseul": {"status": "real", "table": "t", "numerator": "men_n", "denominator": "men_d", "scale": 100},
    "chom": {"status": "real", "table": "t", "column": "chom"},
    "p65": {"status": "real", "table": "t", "numerator": "p65_n", "denominator": "p65_d", "scale": 100},
}
CODES_2019 = ["59001", "59002", "59003", "59004"]


@pytest.fixture()
def mednum_2019(tmp_path):
    return _run(tmp_path, "mednum_2019", TABLE_2019, VARIABLES_2019, CODES_2019)


def test_mednum_2019_reference_rate_is_a_ratio_of_sums(mednum_2019):
    params = {v.id: v.params for v in mednum_2019.report.variables}
    # thd: rates 90, 80, 20, 30 %; Σnum/Σden = 200/400 = 50 %, while the mean of the rates is 55 %
    assert params["thd"]["reference"] == pytest.approx(50.0)
    assert np.mean([90, 80, 20, 30]) == 55.0
    # menseul: rates 30, 20, 40, 40 %; 100/300 = 33.33 %, the mean of rates would be 32.5 %
    assert params["menseul"]["reference"] == pytest.approx(100 / 3)
    # p65: rates 20, 30, 20, 33.3 %; 110/400 = 27.5 %, the mean of rates would be 25.83 %
    assert params["p65"]["reference"] == pytest.approx(27.5)
    s = mednum_2019.scores
    # menseul scored on the ratio of sums: 100·30/33.33 = 90 (on the mean of rates it would be 92.3)
    assert s["n_menseul"].tolist() == pytest.approx([90, 60, 120, 120])
    assert s.loc[0, "n_menseul"] != pytest.approx(100 * 30 / 32.5)


def test_mednum_2019_favourable_rate_is_complemented_and_income_inverted(mednum_2019):
    s = mednum_2019.scores
    # thd (coverage, sense −): 100·(100 − x)/(100 − 50): non-coverage 10, 20, 80, 70 → 20, 40, 160, 140
    assert s["n_thd"].tolist() == pytest.approx([20, 40, 160, 140])
    # revmed (an income, sense −): reference = population-weighted mean
    # (20000·1000 + 25000·1000 + 15000·2000 + 20000·4000)/8000 = 19375, score 100·19375/x
    assert mednum_2019.report.variables[3].params["reference"] == pytest.approx(19375)
    assert s["n_revmed"].tolist() == pytest.approx([96.875, 77.5, 19375 / 150, 96.875])
    # chom: weighted mean (10·1000 + 5·1000 + 20·2000 + 15·4000)/8000 = 14.375
    assert s["n_chom"].tolist() == pytest.approx([100 * x / 14.375 for x in (10, 5, 20, 15)])


def test_mednum_2019_effective_weights_through_acces_and_competences(mednum_2019):
    s = mednum_2019.scores
    ax1 = np.array([(20 + 96.875) / 2, (40 + 77.5) / 2, (160 + 19375 / 150) / 2, (140 + 96.875) / 2])
    ax2 = np.array([90, 60, 120, 120.0])
    ax3 = np.array([100 * x / 14.375 for x in (10, 5, 20, 15)])
    ax4 = np.array([100 * 20 / 27.5, 100 * 30 / 27.5, 100 * 20 / 27.5, 100 * (100 / 3) / 27.5])
    assert s["ifn_ax1"].tolist() == pytest.approx(ax1)
    acces = (ax1 + 2 * ax2) / 3
    comp = (2 * ax4 + ax3) / 3
    assert s["ifn_acces"].tolist() == pytest.approx(acces)
    assert s["ifn_comp"].tolist() == pytest.approx(comp)
    # composite = mean of the two = interfaces 1/6, information 1/3, administratives 1/6, numériques 1/3
    assert s["ifn"].tolist() == pytest.approx((acces + comp) / 2)
    assert s["ifn"].tolist() == pytest.approx(ax1 / 6 + ax2 / 3 + ax3 / 6 + ax4 / 3)
    assert mednum_2019.report.axis_weights == {"ax1": 1, "ax2": 2, "ax3": 1, "ax4": 2}
    contributions = s[[F.contribution_field(v.id) for v in mednum_2019.method.variables]].sum(axis=1, min_count=1)
    assert contributions.tolist() == pytest.approx(s["ifn"].tolist())


def test_mednum_2019_reference_rate_over_the_chosen_reference_territory(tmp_path):
    result = _run(tmp_path, "mednum_2019", TABLE_2019, VARIABLES_2019, CODES_2019,
                  reference=np.array([True, True, False, False]))
    # thd over the first two communes only: (90 + 40)/(100 + 50) = 86.67 %; complement 13.33
    thd = next(v for v in result.report.variables if v.id == "thd")
    assert thd.params["reference"] == pytest.approx(130 / 150 * 100)
    assert result.scores["n_thd"].tolist() == pytest.approx([100 * (100 - x) / (100 - 260 / 3) for x in (90, 80, 20, 30)])
    assert result.scores["ifn_rang"].isna().tolist() == [False, False, True, True]


def test_ratio_base_is_the_reference_score_and_the_complement_stays_100_minus_rate():
    x = np.array([10.0, 20.0, 40.0])
    assert N.ratio(x, 20.0, +1, base=1000).values.tolist() == pytest.approx([500, 1000, 2000])
    # a rate's complement is 100 − rate whatever the base: 1000·(100 − x)/(100 − 20)
    assert N.ratio(x, 20.0, -1, base=1000).values.tolist() == pytest.approx([1125, 1000, 750])
    assert N.ratio(x, 20.0, -1, base=1000, complement=False).values.tolist() == pytest.approx([2000, 1000, 500])


# MedNum 2022 case: 10 communes; nothd and menseul take the values 1 … 10, pauv a permutation.
CODES_2022 = [f"590{i:02d}" for i in range(1, 11)]
POINTS = [-3, -2, -2, -1, 0, 0, 1, 2, 2, 3]          # points of the values 1 … 10 (deciles)
PAUV = [2, 1, 3, 4, 5, 6, 7, 8, 10, 9]


@pytest.fixture()
def mednum_2022(tmp_path):
    rows = ["code;nothd;pauv;menseul"] + [f"{c};{i + 1};{PAUV[i]};{i + 1}" for i, c in enumerate(CODES_2022)]
    variables = {name: {"status": "real", "table": "t", "column": name} for name in ("nothd", "pauv", "menseul")}
    return lambda **options: _run(tmp_path, "mednum_2022", "\n".join(rows) + "\n", variables, CODES_2022, **options)


def test_mednum_2022_decile_points_and_sum_rescaled_to_ten(mednum_2022):
    result = mednum_2022()
    s = result.scores
    assert s["n_nothd"].tolist() == POINTS
    assert s["n_pauv"].tolist() == [POINTS[v - 1] for v in PAUV]
    # every present indicator counts the same: sum of points / (0.3 × 3 indicators present)
    total = np.array(POINTS) * 2 + np.array([POINTS[v - 1] for v in PAUV])
    assert s["ifn"].tolist() == pytest.approx(total / 0.9)
    assert s["ifn"].iloc[0] == pytest.approx(-8 / 0.9) and s["ifn"].iloc[-1] == pytest.approx(8 / 0.9)
    # ax1 has 2 indicators present, ax2 one: weights 2 and 1; equal axis weights would give another index
    assert result.report.axis_weights == {"ax1": 2, "ax2": 1}
    axes_mean = (s["ifn_ax1"] + s["ifn_ax2"]) / 2 * 10 / 3
    assert s["ifn"].iloc[0] != pytest.approx(axes_mean.iloc[0])


def test_mednum_2022_spans_minus_ten_to_ten(tmp_path):
    rows = ["code;nothd;pauv"] + [f"{c};{i + 1};{i + 1}" for i, c in enumerate(CODES_2022)]
    variables = {name: {"status": "real", "table": "t", "column": name} for name in ("nothd", "pauv")}
    s = _run(tmp_path, "mednum_2022", "\n".join(rows) + "\n", variables, CODES_2022).scores
    assert s["ifn"].tolist() == pytest.approx([p * 10 / 3 for p in POINTS])
    assert s["ifn"].min() == pytest.approx(-10) and s["ifn"].max() == pytest.approx(10)


@pytest.mark.parametrize("name", ["mednum_2019", "mednum_2022"])
def test_presets_on_the_embedded_data(name, hdf_units_frame):
    method = load_method(METHODS / f"{name}.json")
    binding = load_binding(EMBEDDED / f"binding_{name}.json", method)
    units = Units.from_frame(hdf_units_frame, "code_insee", {"epci": "epci_2021", "dep": "dep"})
    result = compute_index(units, method, binding)
    s = result.scores
    assert len(s) == 3789 and s["ifn"].notna().all()
    statuses = {v.id: v.status for v in result.report.variables}
    assert set(statuses.values()) == {"real", "proxy", "absent"}
    for v in result.report.variables:
        if v.status == "absent":
            assert s[F.raw_field(v.id)].isna().all()
        else:
            assert v.normalisation_status == "ok", v.id
    if name == "mednum_2019":
        # the reference rate of the ARCEP counts is Σ eligible premises / Σ premises of the region
        thd = next(v for v in result.report.variables if v.id == "thd")
        assert 0 < thd.params["reference"] < 100
        assert s[["ifn_acces", "ifn_comp"]].notna().all().all()
        assert s["ifn"].tolist() == pytest.approx(((s["ifn_acces"] + s["ifn_comp"]) / 2).tolist())
    else:
        assert s["ifn"].between(-10, 10).all()
