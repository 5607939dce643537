"""Rank stability Monte Carlo: vectorised ranks, determinism, fixed choices, the embedded data."""

import numpy as np
import pandas as pd
import pytest

from fragilite_numerique.core import fields as F
from fragilite_numerique.core.aggregate import rank_and_decile
from fragilite_numerique.core.binding import load_binding
from fragilite_numerique.core.errors import CancelledError, DataError, Feedback
from fragilite_numerique.core.method import load_method
from fragilite_numerique.core.pipeline import Units, compute_index
from fragilite_numerique.core.ranking import min_ranks, row_quantiles, settle_ties
from fragilite_numerique.core.sensitivity import (
    Choice,
    SensitivityOptions,
    composites,
    prepare_choices,
    rank_stability,
    simulate,
)

from helpers import write_case

CODES = [f"59{i:03d}" for i in range(1, 13)]
ROWS = [(3, 40, 100, 7), (8, 10, 100, 2), (5, 55, 100, 9), (1, 70, 100, 4), (9, 20, 100, 6), (4, 35, 100, 1),
        (7, 60, 100, 8), (2, 25, 100, 3), (6, 45, 100, 5), (10, 15, 100, 10), (11, 50, 100, 12), (12, 30, 100, 11)]
TABLE = "code;v1;num;den;v3\n" + "".join(f"{c};{a};{b};{d};{e}\n" for c, (a, b, d, e) in zip(CODES, ROWS))


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mc")
    method_path, binding_path = write_case(folder, table=TABLE)
    method = load_method(method_path)
    binding = load_binding(binding_path, method)
    units = Units.from_frame(pd.DataFrame({"code": CODES}), "code")
    return units, method, binding


def test_min_ranks_match_the_pipeline_rule_with_ties_and_missing():
    values = np.array([0.5, 0.9, np.nan, 0.5, 0.1, 0.9])
    expected, _ = rank_and_decile(values, np.ones(6, bool))
    ranks = min_ranks(values)
    # 0.9 ×2 share rank 1; 0.5 ×2 share rank 3; 0.1 is 5th; NaN has no rank
    assert np.array_equal(ranks, expected, equal_nan=True)
    assert ranks[[1, 5, 0, 3, 4]].tolist() == [1, 1, 3, 3, 5]
    columns = min_ranks(np.column_stack([values, -values]))
    assert columns[:, 0].tolist()[:2] == [3, 1] and columns[:, 1].tolist()[:2] == [2, 4]


def test_settle_ties_keeps_true_ties_together():
    a = 0.1 + 0.2
    b = 0.3
    assert a != b
    assert min_ranks(settle_ties(np.array([a, b, 0.0]))).tolist() == [1, 1, 3]


def test_row_quantiles_ignore_missing_like_nanquantile():
    data = np.array([[1, 2, 3, 4, 5.0], [10, np.nan, 30, np.nan, 20], [np.nan] * 5])
    got = row_quantiles(data, (0.05, 0.5, 0.95))
    # by hand: row 1 = 1 … 5 → 1.2, 3, 4.8; row 2 = 10, 20, 30 → 11, 20, 29
    assert got[0].tolist() == pytest.approx([1.2, 3.0, 4.8])
    assert got[1].tolist() == pytest.approx([11.0, 20.0, 29.0])
    assert got[:2].ravel() == pytest.approx(np.nanquantile(data[:2], (0.05, 0.5, 0.95), axis=1).T.ravel())
    assert np.isnan(got[2]).all()


def test_composites_for_many_weight_vectors_by_hand():
    axes = np.array([[0.2, 0.8], [0.6, np.nan], [np.nan, np.nan]])
    weights = np.array([[1.0, 1.0], [1.0, 3.0]])          # two runs: (1, 1) and (1, 3)
    strict = composites(Choice("minmax", "parent", axes, require_all=True, min_share=0.5), weights)
    assert strict[0].tolist() == pytest.approx([0.5, (0.2 + 2.4) / 4])
    assert np.isnan(strict[1:]).all()
    lenient = composites(Choice("minmax", "available", axes, require_all=False, min_share=0.5), weights)
    # unit 2 has axis 1 only: its weight share is 1/2 in run 1 (kept) and 1/4 in run 2 (dropped)
    assert lenient[1, 0] == pytest.approx(0.6) and np.isnan(lenient[1, 1])
    assert np.isnan(lenient[2]).all()


def test_same_seed_same_intervals_other_seed_other_draws(case):
    units, method, binding = case
    choices = prepare_choices(units, method, binding)
    first = simulate(choices, SensitivityOptions(runs=300, seed=7))
    again = simulate(choices, SensitivityOptions(runs=300, seed=7))
    other = simulate(choices, SensitivityOptions(runs=300, seed=8))
    assert first.frame.equals(again.frame)
    assert [f.to_dict() for f in first.factors] == [f.to_dict() for f in again.factors]
    assert not first.frame.equals(other.frame)
    widths = first.frame[F.RANK_HIGH] - first.frame[F.RANK_LOW]
    assert (widths >= 0).all() and widths.max() > 0
    assert first.frame[F.RANK_STABILITY].between(0, 1).all()
    assert ((first.frame[F.RANK_LOW] <= first.frame[F.RANK_MEDIAN])
            & (first.frame[F.RANK_MEDIAN] <= first.frame[F.RANK_HIGH])).all()


def test_intervals_shrink_to_zero_when_every_choice_is_fixed(case):
    units, method, binding = case
    nominal = compute_index(units, method, binding).scores
    fixed = rank_stability(units, method, binding, SensitivityOptions(
        runs=200, seed=3, weight_spread=0.0, normalisations=("minmax",), missing_rules=("parent",)))
    frame = fixed.frame
    assert (frame[F.RANK_HIGH] - frame[F.RANK_LOW]).abs().max() == 0
    assert frame[F.RANK_MEDIAN].tolist() == nominal[F.RANK].tolist()
    assert (frame[F.RANK_STABILITY] == 1).all()
    assert all(f.mean_shift == 0 for f in fixed.factors)
    assert fixed.most_influential is None


def test_wider_spread_gives_wider_intervals(case):
    units, method, binding = case
    choices = prepare_choices(units, method, binding, normalisations=("minmax",), missing_rules=("parent",))
    narrow = simulate(choices, SensitivityOptions(runs=400, seed=1, weight_spread=0.05))
    wide = simulate(choices, SensitivityOptions(runs=400, seed=1, weight_spread=0.9))
    width = lambda r: (r.frame[F.RANK_HIGH] - r.frame[F.RANK_LOW]).sum()  # noqa: E731
    assert width(narrow) < width(wide)
    assert [f.factor for f in wide.factors][0] == "weights"
    assert {f.factor: f.mean_shift for f in wide.factors}["normalisation"] == 0


def test_normalisation_effect_per_option_and_summary(case):
    units, method, binding = case
    result = rank_stability(units, method, binding, SensitivityOptions(runs=200, seed=5, weight_spread=0.0))
    effects = {f.factor: f for f in result.factors}
    norm = effects["normalisation"]
    assert norm.per_option["minmax"] == 0
    assert set(norm.per_option) == set(result.normalisations) and result.normalisations[0] == "minmax"
    # the expected shift of a uniform draw is the mean of the options' shifts
    assert norm.mean_shift == pytest.approx(np.mean(list(norm.per_option.values())))
    assert effects["weights"].mean_shift == 0
    summary = result.to_dict()
    assert summary["seed"] == 5 and summary["runs"] == 200
    assert summary["most_influential"] == result.factors[0].factor


def test_reference_subset_ranks_only_reference_units(case):
    units, method, binding = case
    subset = Units(codes=units.codes, reference=np.array([True] * 8 + [False] * 4))
    result = rank_stability(units=subset, method=method, binding=binding,
                            options=SensitivityOptions(runs=100, seed=2))
    frame = result.frame
    assert frame[F.RANK_MEDIAN].iloc[8:].isna().all() and frame[F.RANK_MEDIAN].iloc[:8].notna().all()
    assert frame[F.RANK_HIGH].max() <= 8 and result.n_ranked == 8


def test_bad_options_are_named():
    with pytest.raises(DataError, match="at least 1"):
        SensitivityOptions(runs=0).checked()
    with pytest.raises(DataError, match="spread"):
        SensitivityOptions(weight_spread=1.5).checked()
    with pytest.raises(DataError, match="'median'"):
        SensitivityOptions(normalisations=("median",)).checked()
    assert SensitivityOptions(seed=None).checked().seed is not None


def test_embedded_data_nominal_ranks_and_interval(hdf_method, hdf_binding, hdf_units_frame):
    units = Units.from_frame(hdf_units_frame, "code_insee", {"epci": "epci_2021", "dep": "dep"})
    result = rank_stability(units, hdf_method, hdf_binding, SensitivityOptions(runs=100, seed=11))
    frame = result.frame
    assert len(frame) == 3789 and frame[F.RANK_MEDIAN].notna().all()
    assert result.normalisations[0] == "minmax" and result.missing_rules == ("parent", "available")
    assert ((frame[F.RANK_LOW] <= frame[F.RANK_MEDIAN]) & (frame[F.RANK_MEDIAN] <= frame[F.RANK_HIGH])).all()
    assert frame[F.RANK_HIGH].max() <= 3789 and frame[F.RANK_LOW].min() >= 1
    assert result.most_influential is not None


def test_cancel_stops_the_analysis(case):
    units, method, binding = case

    class CancelAfterStart(Feedback):
        def set_progress(self, percent):
            self.cancelled = percent > 0

    with pytest.raises(CancelledError):
        rank_stability(units, method, binding, SensitivityOptions(runs=10, seed=1), feedback=CancelAfterStart())
