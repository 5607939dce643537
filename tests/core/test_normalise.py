"""Normalisations on hand-computed cases (METHOD.md §4)."""

import numpy as np
import pytest

from fragilite_numerique.core import normalise as N

NAN = np.nan
ALL = np.ones(5, bool)


def test_minmax_sense_plus_and_minus():
    x = np.array([10.0, 20.0, 30.0, 40.0, 50.0])
    assert N.minmax(x, ALL, +1).values.tolist() == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert N.minmax(x, ALL, -1).values.tolist() == [1.0, 0.75, 0.5, 0.25, 0.0]


def test_minmax_uses_reference_only_and_clips_outside_values():
    x = np.array([0.0, 10.0, 20.0, 30.0, 100.0])
    ref = np.array([False, True, True, True, False])
    result = N.minmax(x, ref, +1, clip=True)
    assert result.values.tolist() == [0.0, 0.0, 0.5, 1.0, 1.0]
    assert result.n_outside == 2
    unclipped = N.minmax(x, ref, +1, clip=False)
    assert unclipped.values.tolist() == [-0.5, 0.0, 0.5, 1.0, 4.5]


def test_minmax_missing_values_stay_missing():
    x = np.array([1.0, NAN, 3.0, 5.0, NAN])
    s = N.minmax(x, ALL, +1).values
    assert s[0] == 0 and s[2] == 0.5 and s[3] == 1
    assert np.isnan(s[1]) and np.isnan(s[4])


def test_minmax_constant_and_empty_reference_are_reported_not_zero():
    constant = N.minmax(np.full(5, 7.0), ALL, +1)
    assert constant.status == N.CONSTANT and np.isnan(constant.values).all()
    empty = N.minmax(np.array([1.0, 2, 3, 4, 5]), np.array([True, False, False, False, False]) & False, +1)
    assert empty.status == N.EMPTY_REFERENCE
    all_missing = N.minmax(np.full(5, NAN), ALL, +1)
    assert all_missing.status == N.EMPTY_REFERENCE


def test_ratio_base_100_and_complement_for_sense_minus():
    x = np.array([10.0, 20.0, 40.0])
    assert N.ratio(x, 20.0, +1).values.tolist() == [50.0, 100.0, 200.0]
    # sense −: the rate is replaced by its complement on both sides: 100·(100−x)/(100−20)
    assert N.ratio(x, 20.0, -1).values.tolist() == pytest.approx([112.5, 100.0, 75.0])
    # a non-rate (an income) is inverted instead: 100·x_R/x
    assert N.ratio(x, 20.0, -1, complement=False).values.tolist() == pytest.approx([200.0, 100.0, 50.0])
    assert N.ratio(x, 0.0, +1).status == N.ZERO_REFERENCE


def test_percentile_rank_with_ties():
    x = np.array([1.0, 2.0, 2.0, 3.0, 4.0])
    s = N.percentile_rank(x, ALL, +1).values
    # mid-ranks 0, 1.5, 1.5, 3, 4 over n-1 = 4
    assert s.tolist() == [0.0, 0.375, 0.375, 0.75, 1.0]
    assert N.percentile_rank(x, ALL, -1).values.tolist() == [1.0, 0.625, 0.625, 0.25, 0.0]


def test_zscore_sample_sd_and_sign():
    x = np.array([2.0, 4.0, 4.0, 4.0, 6.0])
    sd = np.std(x, ddof=1)
    assert N.zscore(x, ALL, +1).values == pytest.approx((x - 4.0) / sd)
    assert N.zscore(x, ALL, -1).values == pytest.approx(-(x - 4.0) / sd)
    assert N.zscore(np.full(5, 3.0), ALL, +1).status == N.CONSTANT


def test_decile_points_from_minus3_to_plus3():
    x = np.arange(1.0, 101.0)
    ref = np.ones(100, bool)
    s = N.decile_points(x, ref, +1).values
    assert s[0] == -3 and s[-1] == 3
    assert sorted(set(s.tolist())) == [-3, -2, -1, 0, 1, 2, 3]
    # median units get 0
    assert s[49] == 0 and s[50] == 0
    # 10 units per decile
    values, counts = np.unique(s, return_counts=True)
    assert dict(zip(values.tolist(), counts.tolist())) == {-3: 10, -2: 20, -1: 10, 0: 20, 1: 10, 2: 20, 3: 10}
    assert N.decile_points(x, ref, -1).values[0] == 3


def test_winsorise_clips_at_reference_quantiles():
    x = np.array([0.0, 1, 2, 3, 4, 5, 6, 7, 8, 100])
    clipped, changed = N.winsorise(x, np.ones(10, bool), 0.1, 0.9)
    lo, hi = np.quantile(x, [0.1, 0.9])
    assert clipped.min() == lo and clipped.max() == hi
    assert changed == 2
