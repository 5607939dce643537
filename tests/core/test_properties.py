"""Properties of the core that must hold for any data (hypothesis)."""

from pathlib import Path

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fragilite_numerique.core.binding import binding_from_dict
from fragilite_numerique.core.method import method_from_dict
from fragilite_numerique.core.normalise import minmax, percentile_rank, zscore
from fragilite_numerique.core.pipeline import Units, compute_index
from fragilite_numerique.core.sources import LoadedTable

from helpers import METHOD, binding_dict

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIPELINE_SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
# Table values as published (a few decimals): an affine change then never hits float underflow.
decimal = st.integers(min_value=-10**7, max_value=10**7).map(lambda i: i / 100)


def values_with_gaps(n):
    return st.lists(st.one_of(decimal, st.just(float("nan"))), min_size=n, max_size=n)


@st.composite
def datasets(draw):
    n = draw(st.integers(min_value=3, max_value=25))
    v1 = draw(values_with_gaps(n))
    num = draw(st.lists(st.floats(min_value=0, max_value=1e4, allow_nan=False), min_size=n, max_size=n))
    den = [a + draw(st.floats(min_value=0, max_value=1e4, allow_nan=False)) for a in num]
    v3 = draw(st.lists(decimal, min_size=n, max_size=n))
    codes = [f"59{i:03d}" for i in range(1, n + 1)]
    epci = [draw(st.sampled_from(["200000001", "200000002", "200000003"])) for _ in range(n)]
    return pd.DataFrame({"code": codes, "v1": v1, "num": num, "den": den, "v3": v3, "epci": epci,
                         "dep": ["59"] * n})


def compute(frame: pd.DataFrame, **options):
    method = method_from_dict(METHOD)
    if options:
        method = method.with_options(**options)
    binding = binding_from_dict(binding_dict(), Path("."), method=method)
    table = frame.set_index("code")[["v1", "num", "den", "v3"]].astype(str).replace("nan", "")
    tables = {"t1": LoadedTable(spec=binding.tables["t1"], path="t1.csv", frame=table)}
    units = Units.from_frame(frame, "code", {"epci": "epci", "dep": "dep"})
    return compute_index(units, method, binding, tables=tables).scores


@SETTINGS
@given(st.lists(finite, min_size=2, max_size=40), st.sampled_from([1, -1]))
def test_minmax_scores_stay_in_unit_interval(values, sense):
    x = np.array(values)
    result = minmax(x, np.ones(x.size, bool), sense)
    if result.usable:
        assert np.all((result.values >= 0) & (result.values <= 1))


@SETTINGS
@given(st.lists(finite, min_size=3, max_size=40), st.integers(min_value=0, max_value=39),
       st.floats(min_value=0.001, max_value=1e5))
def test_score_rises_when_value_moves_in_fragile_direction(values, index, step):
    x = np.array(values)
    i = index % x.size
    ref = np.ones(x.size, bool)
    for normalise in (minmax, percentile_rank):
        for sense in (1, -1):
            before = normalise(x, ref, sense)
            moved = x.copy()
            moved[i] += sense * step
            after = normalise(moved, ref, sense)
            if before.usable and after.usable:
                assert after.values[i] >= before.values[i] - 1e-12


@PIPELINE_SETTINGS
@given(datasets(), st.randoms(use_true_random=False))
def test_invariant_to_row_order(frame, rnd):
    scores = compute(frame)
    order = list(range(len(frame)))
    rnd.shuffle(order)
    shuffled = frame.iloc[order].reset_index(drop=True)
    again = compute(shuffled)
    original = scores.set_index(frame["code"])
    permuted = again.set_index(shuffled["code"]).loc[frame["code"]]
    pd.testing.assert_frame_equal(original, permuted, check_exact=False, rtol=1e-9, atol=1e-12)


@PIPELINE_SETTINGS
@given(datasets(), st.floats(min_value=0.01, max_value=100), st.floats(min_value=-1000, max_value=1000),
       st.sampled_from(["minmax", "rank", "zscore"]))
def test_invariant_to_affine_change_of_unit(frame, scale, shift, normalisation):
    base = compute(frame, normalisation=normalisation)
    changed = frame.copy()
    changed["v3"] = changed["v3"] * scale + shift
    other = compute(changed, normalisation=normalisation)
    np.testing.assert_allclose(base["n_v3"], other["n_v3"], rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(base["ifn"], other["ifn"], rtol=1e-6, atol=1e-6)


@PIPELINE_SETTINGS
@given(datasets(), st.sampled_from(["parent", "available"]))
def test_imputation_never_changes_an_observed_value(frame, rule):
    scores = compute(frame, missing_rule=rule)
    observed = scores["i_v1"] == "obs"
    np.testing.assert_array_equal(scores.loc[observed, "v_v1"].to_numpy(), frame.loc[observed, "v1"].to_numpy())
    assert not (scores["i_v1"] == "obs").to_numpy()[frame["v1"].isna().to_numpy()].any()


@PIPELINE_SETTINGS
@given(datasets())
def test_same_input_same_output(frame):
    pd.testing.assert_frame_equal(compute(frame), compute(frame))


@SETTINGS
@given(st.lists(finite, min_size=3, max_size=40))
def test_zscore_has_zero_mean_on_the_reference(values):
    x = np.array(values)
    result = zscore(x, np.ones(x.size, bool), 1)
    if result.usable:
        assert abs(result.values.mean()) < 1e-6 * max(1.0, np.abs(result.values).max())
