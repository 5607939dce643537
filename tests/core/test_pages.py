"""What atlas pages show, computed without QGIS: hand-made frames and the Hauts-de-France method."""

import math

import numpy as np
import pandas as pd

from fragilite_numerique.core import fields as F
from fragilite_numerique.core.pages import (
    chart_range,
    class_counts,
    group_means,
    origin_labels,
    reference_means,
    score_rows,
    unit_decimals,
    variable_rows,
)


def test_origin_labels_cover_every_flag_the_imputation_writes():
    labels = origin_labels()
    for code in ("obs", "na", "abs", "epci_t", "epci_a", "dep_t", "dep_a", "ref_a"):
        assert labels[code], code
    assert labels["obs"] == "observée"
    assert "EPCI" in labels["epci_t"] and "table" in labels["epci_t"]
    assert "département" in labels["dep_a"] and "agrégat" in labels["dep_a"]


def test_score_rows_follow_the_method(hdf_method):
    rows = score_rows(hdf_method)
    assert [f for _label, f in rows] == F.score_fields(hdf_method)
    assert rows[0] == ("Indice composite", "ifn")
    assert rows[1][0] == "Axe 1 – Accès aux interfaces numériques"
    assert rows[-1][0] == "Sous-indice – Aménagement"


def _report(**statuses):
    """Run-report entries: leaf id → (status, year)."""
    return [{"id": leaf, "status": status, "year": year} for leaf, (status, year) in statuses.items()]


def test_variable_rows_years_status_and_components(hdf_method):
    report = _report(ftth=("proxy", 2019), zblanch=("absent", None), pauv=("real", 2016),
                     t_urg=("absent", None), t_gp=("real", 2019), t_spe=("absent", None),
                     t_compn=("absent", None), t_demar=("absent", None))
    rows = variable_rows(hdf_method, report)
    by_label = {r.label: r for r in rows}
    ftth = by_label["Part des locaux raccordables FTTH"]
    assert (ftth.status, ftth.year, ftth.unit) == ("proxy", 2019, "%")
    assert (ftth.value_field, ftth.flag_field, ftth.score_field, ftth.contribution_field) == \
        ("v_ftth", "i_ftth", "n_ftth", "c_ftth")
    zblanch = by_label["Part des zones blanches (data + voix)"]
    assert zblanch.status == "absent" and zblanch.year is None      # no data used: no year
    # A composite variable with a component present: its row carries the score, then every component.
    soins = rows.index(by_label["Éloignement de l'offre de soins"])
    assert rows[soins].value_field is None and rows[soins].score_field == "n_tsoins"
    assert rows[soins].contribution_field == "c_tsoins" and rows[soins].year == 2019
    components = rows[soins + 1:soins + 4]
    assert [r.value_field for r in components] == ["v_t_urg", "v_t_gp", "v_t_spe"]
    assert all(r.component for r in components)
    assert [r.status for r in components] == ["absent", "real", "absent"]
    # A composite variable whose components are all absent: one row, no component rows.
    numerique = rows.index(by_label["Éloignement d'un point d'information numérique"])
    assert rows[numerique].status == "absent"
    assert not rows[numerique + 1].component
    # Variables without a report entry keep the method's year.
    assert by_label["Part des personnes peu ou non diplômées"].year == 2017
    assert len(rows) == 14 + 3


def test_variable_rows_without_report_use_the_method_years(hdf_method):
    rows = variable_rows(hdf_method, [])
    assert rows[0].year == 2020 and rows[0].status == ""
    components = [r for r in rows if r.component]
    assert len(rows) == 14 + 5 and len(components) == 5     # unknown status: every component is listed
    assert {r.year for r in components} == {2019, 2020}


def test_unit_decimals():
    assert unit_decimals("€") == 0
    assert unit_decimals("%") == 1
    assert unit_decimals("min") == 1


def _frame():
    return pd.DataFrame({"epci": ["A", "A", "B", None, "B"],
                         "ifn": [0.2, 0.4, 0.9, 0.5, None],
                         "v_x": [10.0, None, 30.0, 40.0, 50.0],
                         F.IN_REFERENCE: [1, 1, 0, 1, 1],
                         F.POLICY_2X2_LABEL: ["cumul des enjeux", "cumul des enjeux", None, "x", "fragilité moindre"]},
                        index=[11, 12, 13, 14, 15], dtype=object)


def test_group_means_by_hand():
    means = group_means(_frame(), "epci", ["ifn", "v_x"])
    assert list(means.index) == ["A", "B"]                 # the unit without EPCI is left out
    assert means.loc["A", "n_unites"] == 2 and means.loc["B", "n_unites"] == 2
    assert math.isclose(means.loc["A", "ifn"], 0.3)
    assert math.isclose(means.loc["B", "ifn"], 0.9)        # a missing value is skipped, not a zero
    assert math.isclose(means.loc["A", "v_x"], 10.0)
    assert math.isclose(means.loc["B", "v_x"], 40.0)


def test_reference_means_use_the_reference_units_only():
    means = reference_means(_frame(), ["ifn", "v_x"])
    assert math.isclose(means["ifn"], (0.2 + 0.4 + 0.5) / 3)
    assert math.isclose(means["v_x"], (10 + 40 + 50) / 3)
    everyone = reference_means(_frame().drop(columns=[F.IN_REFERENCE]), ["ifn"])
    assert math.isclose(everyone["ifn"], (0.2 + 0.4 + 0.9 + 0.5) / 4)


def test_class_counts_most_frequent_first():
    counts = class_counts(_frame(), "epci", F.POLICY_2X2_LABEL)
    assert counts["A"] == "2 cumul des enjeux"
    assert counts["B"] == "1 fragilité moindre ; 1 sans classe"


def test_chart_range_always_includes_zero():
    assert chart_range([0.2, 0.8], [0.5]) == (0.0, 0.8)
    assert chart_range([-1.5, 2.0]) == (-1.5, 2.0)
    assert chart_range([-3.0, -1.0]) == (-3.0, 0.0)
    assert chart_range([np.nan]) == (0.0, 1.0)
    assert chart_range([0.0, 0.0]) == (0.0, 1.0)
