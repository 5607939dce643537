"""The Hauts-de-France method on the embedded open data, without QGIS."""

import numpy as np
import pytest

from fragilite_numerique.core import fields as F
from fragilite_numerique.core.pipeline import Units, compute_index
from fragilite_numerique.core.tables import read_csv_text, to_number


@pytest.fixture(scope="module")
def result(hdf_method, hdf_binding, hdf_units_frame):
    units = Units.from_frame(hdf_units_frame, "code_insee", {"epci": "epci_2021", "dep": "dep"})
    return compute_index(units, hdf_method, hdf_binding)


def test_every_commune_scored_in_unit_interval(result):
    s = result.scores
    assert len(s) == 3789
    for name in F.score_fields(result.method):
        values = s[name]
        assert values.notna().all(), name
        assert values.between(0, 1).all(), name
    assert s["ifn_rang"].min() == 1 and s["ifn_rang"].max() <= 3789
    assert set(s["ifn_dec"].unique()) == set(range(1, 11))


def test_nothing_imputed_where_data_exist(result, embedded_dir):
    s = result.scores
    filosofi = read_csv_text(embedded_dir / "insee_filosofi_2016_communes_hdf.csv").set_index("CODGEO")
    observed, _ = to_number(filosofi["TP6016"])
    observed = observed[~np.isnan(observed)].size
    flags = s["i_pauv"]
    assert (flags == "obs").sum() == observed == 471
    assert (flags[flags != "obs"].isin(["epci_t", "epci_a", "dep_a", "ref_a"])).all()
    assert (s.loc[flags != "obs", "ifn_nimp"] >= 1).all()


def test_observed_values_are_the_tables_values(result, hdf_units_frame, embedded_dir):
    filosofi = read_csv_text(embedded_dir / "insee_filosofi_2016_communes_hdf.csv").set_index("CODGEO")
    med, _ = to_number(filosofi["MED16"])
    expected = dict(zip(filosofi.index, med))
    codes = hdf_units_frame["code_insee"].tolist()
    s = result.scores
    for i in np.flatnonzero((s["i_revmed"] == "obs").to_numpy())[:200]:
        assert s["v_revmed"].iloc[i] == pytest.approx(expected[codes[i]])


def test_proxies_and_absents_reported(result):
    report = result.report
    assert {v.id for v in report.proxies} == {"ftth", "seul75", "chom", "p75"}
    assert {v.id for v in report.absents} >= {"zblanch", "ssvoit", "neet"}
    for v in report.absents:
        assert result.scores[F.raw_field(v.id)].isna().all()


def test_arcep_2018_codes_harmonised_without_loss(result, embedded_dir):
    # 19 communes absorbed in 2019: their premises are summed onto the new commune
    raw = read_csv_text(embedded_dir / "arcep_maconnexioninternet_communes_hdf_2019-09.csv")
    total, _ = to_number(raw["nbr"])
    arcep = [t for t in result.report.tables if t["table"] == "arcep"][0]
    assert arcep["remapped_codes"] == 19 and arcep["rows"] == 3789
    join = [j for j in result.report.joins if j.table == "arcep"][0]
    assert join.matched_units == 3789 and join.n_codes_without_unit == 0
    assert np.nansum(total) > 0


def test_contributions_sum_to_composite(result):
    s = result.scores
    contrib = s[[F.contribution_field(v.id) for v in result.method.variables]].sum(axis=1, min_count=1)
    assert np.allclose(contrib, s["ifn"])
