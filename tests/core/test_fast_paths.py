"""The fast paths taken at scale give what the general ones give, on small cases computed by hand."""

import numpy as np
import pandas as pd
import pytest

from fragilite_numerique.core.aggregate import contributions, mean_with_share, rank_and_decile
from fragilite_numerique.core.codes import _clean_digits, normalise_codes_for, plain_code_array
from fragilite_numerique.core.impute import MISSING, OBSERVED, group_codes, impute_leaf
from fragilite_numerique.core.output_block import OutputBlock
from fragilite_numerique.core.pipeline import Units, unit_index
from fragilite_numerique.core.errors import DataError
from fragilite_numerique.core.variables import LeafValues, mark_unique, positions


def test_clean_digits_takes_only_valid_text_codes():
    assert _clean_digits(pd.Series(["59350", "02001"], dtype=object), 5, "commune")
    assert not _clean_digits(pd.Series(["59350", "2001"], dtype=object), 5, "commune")     # lost its zero
    assert not _clean_digits(pd.Series(["59350", "20004"], dtype=object), 5, "commune")    # 20… is Corsica's
    assert _clean_digits(pd.Series(["20", "59"], dtype=object), 2, "dep")
    assert not _clean_digits(pd.Series(["59350", "٥٩٣٥٠"], dtype=object), 5, "commune")   # non-ASCII digits
    assert not _clean_digits(pd.Series([59350, 59351], dtype=object), 5, "commune")        # numbers, not text
    assert not _clean_digits(pd.Series(["59350", None], dtype=object), 5, "commune")
    assert not _clean_digits(pd.Series(["5935 ", "59351"], dtype=object), 5, "commune")
    # Numbers go the careful way and come back as text.
    codes, _report = normalise_codes_for(pd.Series([59350, 2001], dtype=object), "commune")
    assert codes.tolist() == ["59350", "02001"]


def test_plain_code_array_fast_and_careful():
    clean = pd.Series(["200071785", "245900410"], dtype=object)
    assert plain_code_array(clean, 9).tolist() == ["200071785", "245900410"]
    messy = pd.Series(["24590041", None, " 200071785 "], dtype=object)
    assert plain_code_array(messy, 9).tolist() == ["024590041", None, "200071785"]


def test_unit_index_reports_duplicates():
    assert list(unit_index(Units(codes=pd.Series(["59350", "02001"])))) == ["59350", "02001"]
    with pytest.raises(DataError) as error:
        unit_index(Units(codes=pd.Series(["59350", "02001", "59350"])))
    assert "59350" in str(error.value)


def test_positions_through_the_units_hash_table():
    class Table:  # what positions() reads of a LoadedTable
        def __init__(self, index):
            self.spec = type("Spec", (), {"id": "t"})()
            self.frame = pd.DataFrame({"x": range(len(index))}, index=pd.Index(index, dtype=object))

    units = pd.Index(["a", "b", "c", "d"], dtype=object)
    cache: dict = {}
    mark_unique(cache, units)
    assert positions(Table(["c", "z", "a"]), units, cache).tolist() == [2, -1, 0, -1]
    # A code on several rows is not resolved silently: pandas refuses, as without the fast path.
    with pytest.raises(pd.errors.InvalidIndexError):
        positions(Table(["c", "a", "c"]), units, {"unique codes": units})


def test_rank_ties_share_the_best_rank():
    composite = np.array([5.0, 7.0, np.nan, 7.0, 1.0, 5.0, 9.0])
    reference = np.array([True, True, True, True, True, True, False])
    rank, decile = rank_and_decile(composite, reference)
    # reference values: 5, 7, 7, 1, 5 → the two 7s are 1st, the two 5s 3rd, 1 is 5th
    assert rank[[0, 1, 3, 4, 5]].tolist() == [3, 1, 1, 5, 3]
    assert np.isnan(rank[2]) and np.isnan(rank[6])
    assert decile[[0, 1, 4]].tolist() == [6, 10, 2]


def test_contributions_per_column():
    # two axes of weight 1 and 3; axis 0 has two variables, the second missing for unit 1
    scores = [np.array([0.2, 0.4]), np.array([0.6, np.nan]), np.array([1.0, 0.5])]
    present_weight = np.array([4.0, 4.0])
    composite = np.array([(0.4 * 1 + 1.0 * 3) / 4, (0.4 * 1 + 0.5 * 3) / 4])
    shares = contributions(scores, [0, 0, 1], np.array([1.0, 3.0]), present_weight, composite, 1.0)
    assert shares[0].tolist() == pytest.approx([0.2 / 8, 0.4 / 4])
    assert shares[1][0] == pytest.approx(0.6 / 8) and np.isnan(shares[1][1])
    assert shares[2].tolist() == pytest.approx([3.0 / 4, 1.5 / 4])
    assert np.array(shares).sum(axis=0, where=~np.isnan(np.array(shares))) == pytest.approx(composite)


def test_imputed_masks_match_the_flags():
    leaf = LeafValues(leaf="v", status="real", values=np.array([1.0, np.nan, 3.0, np.nan]))
    groups = {"epci": group_codes(np.array(["e1", "e1", "e2", None], dtype=object))}
    imp = impute_leaf(leaf, "parent", ["epci"], groups, np.array([True, True, True, False]), None)
    assert imp.flags.tolist() == [OBSERVED, "epci_a", OBSERVED, "ref_a"]
    assert imp.observed.tolist() == (imp.flags == OBSERVED).tolist()
    assert imp.missing.tolist() == (imp.flags == MISSING).tolist() == [False] * 4
    left = impute_leaf(leaf, "available", [], {}, np.ones(4, bool), None)
    assert left.missing.tolist() == [False, True, False, True] == (left.flags == MISSING).tolist()


def test_output_block():
    out = OutputBlock([("a", "double"), ("t", "text"), ("n", "int")], 3)
    out["a"] = np.array([1.0, 2.0, 3.0])
    out["n"] = np.nan
    assert "a" in out and "t" not in out
    with pytest.raises(KeyError):
        out["unknown"] = np.zeros(3)
    with pytest.raises(KeyError):
        out.frame(pd.RangeIndex(3))  # "t" never written
    out["t"] = np.array(["x", "y", "z"], dtype=object)
    frame = out.frame(pd.RangeIndex(3))
    assert list(frame.columns) == ["a", "n", "t"]
    assert frame["a"].tolist() == [1.0, 2.0, 3.0] and frame["n"].isna().all() and frame["t"].tolist() == ["x", "y", "z"]


def test_weighted_means_in_slices_equal_one_pass():
    rng = np.random.default_rng(3)
    n = 70_001  # more than one slice, and a partial last one
    columns = [rng.random(n) for _ in range(3)]
    for column in columns:
        column[rng.random(n) < 0.2] = np.nan
    weights = np.array([1.0, 2.5, 0.5])
    block = np.column_stack(columns)
    present = ~np.isnan(block)
    with np.errstate(invalid="ignore", divide="ignore"):
        expected = np.where(present, block, 0.0) @ weights / (present @ weights)
    ok = (present @ weights) / weights.sum() >= 0.5 - 1e-12
    means, weight = mean_with_share(columns, weights, 0.5, require_all=False)
    np.testing.assert_array_equal(means, np.where(ok, expected, np.nan))
    np.testing.assert_array_equal(weight, np.where(ok, present @ weights, np.nan))
    same, _ = mean_with_share(block, weights, 0.5, require_all=False)
    np.testing.assert_array_equal(same, means)
    strict, _ = mean_with_share(columns, None, 0.5, require_all=True)
    assert np.isnan(strict[~present.all(axis=1)]).all() and not np.isnan(strict[present.all(axis=1)]).any()


def test_output_block_leaves_numpy_huge_page_setting_as_it_was():
    from fragilite_numerique.core.output_block import _madvise_switch

    switch = _madvise_switch()
    if switch is None:
        pytest.skip("this numpy has no huge-page switch")
    for setting in (True, False):
        before = switch(setting)
        try:
            OutputBlock([("a", "double")], 10)
            assert switch(setting) == setting
        finally:
            switch(before)
