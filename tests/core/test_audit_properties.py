"""Issue 9, item 3, through the whole pipeline: a unit's scores rise when its raw value moves in the
fragile direction (test_properties checks the normalisations alone)."""

import numpy as np
from hypothesis import assume, given
from hypothesis import strategies as st

from test_properties import PIPELINE_SETTINGS, compute, datasets


@PIPELINE_SETTINGS
@given(datasets(), st.integers(min_value=0, max_value=24), st.integers(min_value=1, max_value=10**6),
       st.sampled_from(["minmax", "rank"]))
def test_a_units_index_rises_when_its_value_grows_more_fragile(frame, index, step, normalisation):
    i = index % len(frame)
    before = compute(frame, normalisation=normalisation)
    moved = frame.copy()
    moved.loc[i, "v3"] = moved.loc[i, "v3"] + step / 100      # v3 has sense "+": higher is more fragile
    after = compute(moved, normalisation=normalisation)
    assume(np.isfinite(before.loc[i, "n_v3"]) and np.isfinite(after.loc[i, "n_v3"]))
    tolerance = 1e-12
    for column in ("n_v3", "ifn_ax2", "ifn"):
        assert after.loc[i, column] >= before.loc[i, column] - tolerance, column
