"""Class breaks: exact Fisher-Jenks against brute force and published examples, other methods, bad input."""

import itertools

import numpy as np
import pytest

from fragilite_numerique.core.classify import (
    class_labels,
    class_of,
    classify,
    equal_interval_breaks,
    french_number,
    jenks_breaks,
    quantile_breaks,
    user_bounds,
    within_deviation,
)
from fragilite_numerique.core.errors import DataError


def brute_force(values, k):
    """The smallest within-class deviation over every way to cut the distinct values into k classes."""
    xs = np.unique(values)
    best = None
    for cut in itertools.combinations(range(len(xs) - 1), k - 1):
        breaks = [xs[i] for i in cut] + [xs[-1]]
        deviation = within_deviation(values, breaks)
        if best is None or deviation < best[0]:
            best = (deviation, breaks)
    return best


def test_jenks_matches_the_jenkspy_published_example():
    # jenkspy's documented example (github.com/mthh/jenkspy, jenks_breaks docstring): (1.2, 2.3, 5.0, 7.8).
    values = [1.3, 7.1, 7.3, 2.3, 3.9, 4.1, 7.8, 1.2, 4.3, 7.3, 5.0, 4.3]
    assert jenks_breaks(values, 3) == [2.3, 5.0, 7.8]
    assert classify(values, "jenks", 3).edges == (1.2, 2.3, 5.0, 7.8)


def test_jenks_matches_the_jenks_npm_published_example():
    # README of the npm package "jenks" (github.com/42arch/Jenks): [0.5, 15, 45, 120].
    values = [1, 2, 5, 15, 45, 89.3, 112, 31, 120, 0.5]
    assert classify(values, "jenks", 3).edges == (0.5, 15.0, 45.0, 120.0)


def test_jenks_hand_computed_case():
    # Two obvious groups: any other cut has a larger within-class deviation.
    assert jenks_breaks([1, 2, 3, 10, 11, 12], 2) == [3.0, 12.0]
    assert within_deviation([1, 2, 3, 10, 11, 12], [3, 12]) == pytest.approx(4.0)


@pytest.mark.parametrize("seed", range(12))
def test_jenks_is_optimal_against_brute_force(seed):
    rng = np.random.default_rng(seed)
    for _ in range(15):
        n = int(rng.integers(2, 12))
        values = np.round(rng.gamma(2.0, 3.0, n), int(rng.integers(0, 3)))  # rounding makes ties
        k = int(rng.integers(1, 6))
        k_eff = min(k, len(np.unique(values)))
        got = jenks_breaks(values, k)
        assert len(got) == k_eff
        best, best_breaks = brute_force(values, k_eff)
        assert within_deviation(values, got) == pytest.approx(best, rel=1e-9, abs=1e-9)
        if len(np.unique(values)) == len(values) and np.isclose(within_deviation(values, got), best):
            # distinct values: the optimum is unique unless two cuts tie exactly
            assert got == best_breaks or within_deviation(values, best_breaks) == pytest.approx(best)


def test_jenks_never_splits_equal_values_and_counts_them():
    values = [1, 1, 1, 1, 2, 9, 9, 9]
    result = classify(values, "jenks", 2)
    assert result.edges == (1.0, 2.0, 9.0)
    assert result.counts == (5, 3)


def test_jenks_is_deterministic_order_free_and_scale_equivariant():
    rng = np.random.default_rng(7)
    values = rng.gamma(2.0, 0.1, 5000)
    first = jenks_breaks(values, 5)
    assert jenks_breaks(values, 5) == first
    assert jenks_breaks(rng.permutation(values), 5) == first
    scaled = jenks_breaks(values * 1000 + 5, 5)
    assert np.allclose(scaled, np.array(first) * 1000 + 5)


def test_jenks_exact_on_35000_values():
    values = np.random.default_rng(3).random(35000) ** 2
    result = classify(values, "jenks", 5)
    assert result.k == 5 and sum(result.counts) == 35000
    # Each break is a data value: a class's upper bound is its largest member.
    assert set(result.breaks) <= set(values.tolist())


def test_quantiles_equal_intervals_and_user_limits():
    values = list(range(1, 11))
    assert quantile_breaks(values, 2) == [5.5, 10.0]
    assert equal_interval_breaks(values, 3) == [4.0, 7.0, 10.0]
    assert classify(values, "quantile", 5).counts == (2, 2, 2, 2, 2)
    assert user_bounds(values, [3, 6]) == (1.0, [3.0, 6.0, 10.0])
    # A first limit at or below the minimum and a last one above the maximum close the classes.
    assert user_bounds(values, [0, 5, 20]) == (0.0, [5.0, 20.0])
    result = classify(values, "user", limits=[3, 6])
    assert result.counts == (3, 3, 4) and result.edges == (1.0, 3.0, 6.0, 10.0)


def test_user_limits_keep_empty_classes_the_user_asked_for():
    result = classify([1, 2, 3], "user", limits=[1.5, 1.7, 2.5])
    assert result.counts == (1, 0, 1, 1)


def test_values_on_a_break_fall_in_the_lower_class():
    result = classify([0, 1, 2, 3, 4], "user", limits=[2])
    assert class_of([0, 2, 2.0001, None, float("nan")], result).tolist() == [0, 0, 1, -1, -1]


def test_french_labels():
    assert french_number(0.4235) == "0,42"
    assert french_number(12345.6, 1) == "12\u202f345,6"
    assert french_number(-0.001) == "0,00"
    assert class_labels(0.14, [0.42, 0.57]) == ["0,14 – 0,42", "0,42 – 0,57"]
    # Breaks closer than 0.01 get more decimals rather than two identical labels.
    assert class_labels(0.4210, [0.4236, 0.43]) == ["0,421 – 0,424", "0,424 – 0,430"]


def test_missing_values_are_counted_not_classified():
    result = classify([None, 0.1, float("nan"), 0.5, 0.9], "equal", 2)
    assert result.n_missing == 2 and sum(result.counts) == 3


def test_fewer_distinct_values_than_classes_falls_back_with_a_warning():
    result = classify([2, 2, 5, 5, 5], "jenks", 5, name="ifn_ax2")
    assert result.breaks == (2.0, 5.0)
    assert result.counts == (2, 3)
    assert "ifn_ax2" in str(result.warnings[0]) and "2 distinct" in str(result.warnings[0])


def test_single_unit_gives_one_class():
    result = classify([0.3], "jenks", 5)
    assert result.edges == (0.3, 0.3) and result.counts == (1,)
    assert class_labels(result.lower, result.breaks) == ["0,30 – 0,30"]


def test_more_classes_than_units():
    result = classify([0.1, 0.2, 0.3], "quantile", 8)
    assert result.k == 3 and result.counts == (1, 1, 1) and result.warnings


def test_tied_quantiles_merge_with_a_warning():
    result = classify([0, 0, 0, 0, 0, 0, 1, 2, 3], "quantile", 4, name="f")
    assert result.breaks == (0.0, 1.0, 3.0)
    assert any("merge" in str(w) for w in result.warnings)


def test_bad_input_messages():
    with pytest.raises(DataError, match="ifn_pub.*no unit has a value"):
        classify([None, None], "jenks", 5, name="ifn_pub")
    with pytest.raises(DataError, match="at least 1"):
        classify([1, 2], "jenks", 0)
    with pytest.raises(DataError, match="Unknown classification 'natural'"):
        classify([1, 2], "natural", 2)
    with pytest.raises(DataError, match="strictly increasing"):
        classify([1, 2, 3], "user", limits=[2, 1])
    with pytest.raises(DataError, match="at least one finite number"):
        classify([1, 2, 3], "user", limits=[])


def reference_jenks(values, k):
    """Fisher's dynamic programme written plainly, O(k·m²): the smallest optimal start of each last class."""
    xs, counts = np.unique(values, return_counts=True)
    k = min(k, xs.size)
    centred = xs - np.average(xs, weights=counts)
    w, s, q = (np.concatenate(([0.0], np.cumsum(p))) for p in (counts, counts * centred, counts * centred ** 2))

    def cost(i, j):  # units i..j, i an array
        return np.maximum(q[j + 1] - q[i] - (s[j + 1] - s[i]) ** 2 / (w[j + 1] - w[i]), 0.0)

    best = [cost(np.zeros(xs.size, dtype=int), np.arange(xs.size))]
    starts = [np.zeros(xs.size, dtype=int)]
    for c in range(1, k):
        row, start = np.full(xs.size, np.inf), np.zeros(xs.size, dtype=int)
        for j in range(c, xs.size):
            candidates = np.arange(c, j + 1)
            value = best[-1][candidates - 1] + cost(candidates, j)
            row[j], start[j] = value.min(), candidates[np.argmin(value)]
        best.append(row)
        starts.append(start)
    cuts, end = [], xs.size - 1
    for c in range(k - 1, 0, -1):
        cuts.append(starts[c][end])
        end = cuts[-1] - 1
    return [float(xs[i - 1]) for i in sorted(cuts)] + [float(xs[-1])]


@pytest.mark.parametrize("seed", range(8))
def test_fast_jenks_equals_the_plain_dynamic_programme(seed):
    rng = np.random.default_rng(100 + seed)
    for _ in range(3):
        n = int(rng.integers(20, 400))
        values = [rng.gamma(2.0, 3.0, n), rng.normal(0, 1, n).round(1), rng.random(n) ** 3][seed % 3]
        k = int(rng.integers(2, 8))
        assert jenks_breaks(values, k) == reference_jenks(values, k)


def test_narrowed_jenks_on_many_values_finds_the_exact_breaks(monkeypatch):
    from fragilite_numerique.core import classify as module

    narrowed = []
    search = module._narrowed_starts
    monkeypatch.setattr(module, "_narrowed_starts", lambda *a: narrowed.append(1) or search(*a))
    rng = np.random.default_rng(11)
    cases = [(rng.gamma(2.0, 3.0, 12000), 5),
             (np.concatenate([rng.normal(0, 1, 7000), rng.normal(5, 0.3, 6000)]), 6)]
    for values, k in cases:
        got = jenks_breaks(values, k)
        monkeypatch.setattr(module, "JENKS_EXACT_LIMIT", 10 ** 9)
        exact = jenks_breaks(values, k)
        monkeypatch.setattr(module, "JENKS_EXACT_LIMIT", 10_000)
        assert got == exact
    assert len(narrowed) == 2  # above 10,000 distinct values the search was narrowed, exact below
    # Smaller groups on smaller data: still the exact breaks, against the plain programme.
    monkeypatch.setattr(module, "JENKS_EXACT_LIMIT", 300)
    monkeypatch.setattr(module, "JENKS_GROUPS", 60)
    for seed in range(6):
        values = np.random.default_rng(seed).gamma(2.0, 3.0, 700)
        assert jenks_breaks(values, 4) == reference_jenks(values, 4)
    assert len(narrowed) == 8


def test_narrowed_jenks_keeps_obvious_groups(monkeypatch):
    from fragilite_numerique.core import classify as module

    monkeypatch.setattr(module, "JENKS_EXACT_LIMIT", 50)
    monkeypatch.setattr(module, "JENKS_GROUPS", 20)
    # Three tight groups of 40 distinct values far apart: the breaks end each group.
    values = np.concatenate([np.arange(40) * 0.01, 10 + np.arange(40) * 0.01, 20 + np.arange(40) * 0.01])
    assert jenks_breaks(values, 3) == [0.39, 10.39, 20.39]
