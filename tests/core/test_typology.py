"""Typologies on hand-made data with a known answer: policy 2 × 2 / 3 × 3, Ward clustering, bad input."""

import json
import tracemalloc

import numpy as np
import pandas as pd
import pytest

from fragilite_numerique.core.errors import DataError
from fragilite_numerique.core.typology import (
    WardTree,
    cluster_typology,
    kmeans,
    policy_typology,
    ward_merges_numpy,
    ward_merges_scipy,
    ward_tree,
)

from conftest import ROOT


@pytest.fixture(scope="module")
def french():
    table = json.loads((ROOT / "resources" / "i18n" / "fr" / "maps.json").read_text(encoding="utf-8"))
    return lambda _context, text: table.get(text, text)


def test_policy_2x2_known_answer_with_french_labels(french):
    publics = [0.1, 0.2, 0.8, 0.9, None]
    amenagement = [0.1, 0.9, 0.2, 0.8, 0.5]
    result = policy_typology(publics, amenagement, translate=french)
    # Codes: first digit aménagement level, second publics level.
    assert result.code_2x2 == ["11", "21", "12", "22", None]
    assert result.label_2x2 == ["Fragilité moindre", "Enjeux d'aménagement", "Enjeux de médiation",
                                "Cumul des enjeux", None]
    assert result.cuts["median_pub"][0].value == pytest.approx(0.5)


def test_policy_3x3_terciles_and_labels(french):
    publics = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    amenagement = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1]
    result = policy_typology(publics, amenagement, translate=french)
    assert result.code_3x3 == ["31", "31", "31", "22", "22", "22", "13", "13", "13"]
    assert result.label_3x3[0] == "Aménagement élevé · publics faible"
    assert len(result.labels_3x3) == 9


def test_policy_cuts_come_from_the_reference_territory_only():
    publics = [0.1, 0.2, 0.3, 0.4, 0.95, 0.96]
    amenagement = [0.0] * 6
    reference = [True, True, True, True, False, False]
    result = policy_typology(publics, amenagement, reference)
    assert result.cuts["median_pub"][0].value == pytest.approx(0.25)
    # Units outside the reference territory are classified against its cut points.
    assert result.code_2x2[4:] == ["12", "12"]


def test_ties_at_a_cut_go_to_the_side_that_balances_the_classes():
    # 4 of 9 units tied at the maximum: the upper tercile cut equals it. Putting the tied units in the
    # lower class would leave the upper class empty.
    amenagement = [0.1, 0.2, 0.3, 0.4, 0.5, 1.0, 1.0, 1.0, 1.0]
    result = policy_typology([0.5] * 9, amenagement)
    levels = [code[0] for code in result.code_3x3]
    assert levels.count("3") == 4
    assert result.cuts["terciles_amg"][1].ties == "upper"


def test_policy_bad_input():
    with pytest.raises(DataError, match="ifn_pub.*no unit of the reference territory"):
        policy_typology([None, None], [0.1, 0.2], names=("ifn_pub", "ifn_amg"))
    with pytest.raises(DataError, match="ifn_amg.*not numbers"):
        policy_typology([0.1, 0.2], ["a", "b"], names=("ifn_pub", "ifn_amg"))


def three_groups():
    """Three tight, well separated groups of axis profiles (+ one unit without value)."""
    axes = pd.DataFrame({
        "ax1": [0.10, 0.12, 0.11, 0.90, 0.92, 0.91, 0.50, 0.52, 0.51, None],
        "ax2": [0.10, 0.11, 0.12, 0.20, 0.21, 0.22, 0.90, 0.91, 0.92, 0.30],
        "ax3": [0.20] * 10,
        "ax4": [0.15, 0.16, 0.15, 0.10, 0.11, 0.12, 0.40, 0.42, 0.41, 0.10],
    })
    composite = axes.fillna(0).mean(axis=1).to_numpy()
    return axes, composite


def test_ward_recovers_known_groups_ordered_by_composite(french):
    axes, composite = three_groups()
    result = cluster_typology(axes, composite, 3, population=[10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
                              translate=french)
    assert result.classes == [1, 1, 1, 2, 2, 2, 3, 3, 3, None]
    profile = result.profile
    assert profile["n"].tolist() == [3, 3, 3]
    assert profile["population"].tolist() == [60, 150, 240]
    assert profile["composite"].is_monotonic_increasing
    assert profile.loc[2, "ax1"] == pytest.approx(0.91)
    # Class 2 stands out on axis 1, class 3 on axes 2 and 4 (half a standard deviation above the mean).
    assert result.labels[2].endswith("portée par l'axe 1")
    assert result.labels[3].endswith("portée par les axes 2 et 4")
    assert result.unit_labels[9] is None


def test_inertia_gains_and_explained_share():
    axes, composite = three_groups()
    result = cluster_typology(axes, composite, 3)
    gains = result.gains
    assert gains["classes"].tolist()[:2] == [2, 3]
    assert gains["gain"].is_monotonic_decreasing
    # Three tight groups: with three classes almost all the inertia is between classes.
    assert gains.loc[gains["classes"] == 3, "r2_pct"].item() > 99
    assert gains.loc[gains["classes"] == 4, "gain_pct"].item() < 1
    points = axes.dropna().to_numpy()
    total = ((points - points.mean(axis=0)) ** 2).sum()
    assert gains["gain"].sum() == pytest.approx(total * gains["r2_pct"].iloc[-1] / 100)


def test_numpy_ward_equals_scipy_ward():
    points = np.random.default_rng(5).normal(size=(200, 4))
    scipy_merges = ward_merges_scipy(points)
    numpy_merges = ward_merges_numpy(points, np.ones(200))
    assert np.allclose(np.sort(scipy_merges[:, 2]), np.sort(numpy_merges[:, 2]))
    for k in (2, 4, 7):
        a = WardTree(scipy_merges, 200, np.arange(200), 1.0).cut(k)
        b = WardTree(numpy_merges, 200, np.arange(200), 1.0).cut(k)
        assert pd.crosstab(a, b).gt(0).sum(axis=1).eq(1).all()


def test_weighted_ward_merges_by_inertia_increase():
    # Two points of weight 2 and 1 at distance 3: inertia increase = 2·1/(2+1) · 3² = 6.
    merges = ward_merges_numpy(np.array([[0.0], [3.0]]), np.array([2.0, 1.0]))
    assert merges[0, 2] == pytest.approx(6.0)


def test_kmeans_preclustering_is_deterministic_for_a_seed():
    points = np.random.default_rng(2).random((3000, 4))
    a = ward_tree(points, seed=4, direct_limit=500, centres=60).cut(5)
    b = ward_tree(points, seed=4, direct_limit=500, centres=60).cut(5)
    assert (a == b).all()
    centres, assignment = kmeans(points, 60, seed=4)
    assert centres.shape == (60, 4) and assignment.max() == 59


def test_preclustered_ward_recovers_separated_groups():
    rng = np.random.default_rng(0)
    groups = np.repeat(np.arange(3), 2000)
    points = np.array([[0, 0, 0, 0], [1, 0, 1, 0], [0, 1, 1, 1]], dtype=float)[groups]
    points += rng.normal(scale=0.05, size=points.shape)
    frame = pd.DataFrame(points, columns=["a", "b", "c", "d"])
    result = cluster_typology(frame, points.mean(axis=1), 3, seed=1, direct_limit=1000)
    assert result.n_centres is not None
    assert pd.crosstab(groups, np.array(result.classes)).gt(0).sum(axis=1).eq(1).all()


def test_35000_units_fit_in_little_memory():
    points = np.random.default_rng(1).random((35000, 4))
    frame = pd.DataFrame(points, columns=["a", "b", "c", "d"])
    tracemalloc.start()
    try:
        result = cluster_typology(frame, points.mean(axis=1), 6, seed=1)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 300 * 2 ** 20   # a full distance matrix would need 4.9 GB
    assert sorted(set(result.classes)) == [1, 2, 3, 4, 5, 6]
    again = cluster_typology(frame, points.mean(axis=1), 6, seed=1)
    assert again.classes == result.classes


def test_cluster_bad_input():
    axes, composite = three_groups()
    with pytest.raises(DataError, match="at least 2 classes"):
        cluster_typology(axes, composite, 1)
    with pytest.raises(DataError, match="only 9 unit"):
        cluster_typology(axes, composite, 12)
    same = pd.DataFrame({"ax1": [0.5, 0.5, 0.5], "ax2": [0.1, 0.1, 0.1]})
    with pytest.raises(DataError, match="only 1 unit"):
        cluster_typology(same, [0.3, 0.3, 0.3], 2)
    with pytest.raises(DataError, match="No unit has all of the axis scores"):
        cluster_typology(pd.DataFrame({"ax1": [None, None]}), [0.1, 0.2], 2)
    with pytest.raises(DataError, match="ax1.*not numbers"):
        cluster_typology(pd.DataFrame({"ax1": ["x", "y"]}), [0.1, 0.2], 2)


def test_the_suggested_number_of_classes_is_where_the_gain_drops_most():
    from fragilite_numerique.core.typology import suggested_classes

    gains = pd.DataFrame({"classes": [2, 3, 4, 5], "gain_pct": [40.0, 30.0, 5.0, 4.0]})
    assert suggested_classes(gains) == 3          # 30 → 5: the largest drop comes after 3 classes
    assert suggested_classes(gains.iloc[:1]) == 2
