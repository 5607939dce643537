"""Missing-value rules of METHOD.md §6: explicit, flagged, never a silent zero.

``parent``: a missing value takes the value of the unit's EPCI, then its
department, then the reference territory. A parent value comes from a table
at that level when the binding gives one, else from the aggregate of the
units that have a value (ratio of sums for a ratio, population-weighted mean
otherwise). ``available``: values stay missing and the aggregation decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from .variables import LeafValues

OBSERVED = "obs"
MISSING = "na"
ABSENT = "abs"


def flag(level: str, from_table: bool) -> str:
    return f"{level}_{'t' if from_table else 'a'}"


@dataclass
class Imputed:
    values: np.ndarray
    flags: np.ndarray      # object array of flag codes

    @property
    def n_imputed(self) -> int:
        return int(np.count_nonzero((self.flags != OBSERVED) & (self.flags != MISSING) & (self.flags != ABSENT)))


def group_aggregate(leaf: LeafValues, keys: np.ndarray, weights: Optional[np.ndarray],
                    mask: Optional[np.ndarray] = None) -> pd.Series:
    """Value of each group from the units that have one (ratio of sums, or weighted mean).

    ``mask`` restricts the units that contribute (units with a group key, the reference territory).
    """
    observed = ~np.isnan(leaf.values)
    if mask is not None:
        observed &= mask
    if leaf.numerator is not None and leaf.denominator is not None:
        ok = observed & ~np.isnan(leaf.numerator) & ~np.isnan(leaf.denominator)
        frame = pd.DataFrame({"k": keys[ok], "n": leaf.numerator[ok], "d": leaf.denominator[ok]})
        sums = frame.groupby("k", sort=False)[["n", "d"]].sum()
        sums = sums[sums["d"] > 0]
        return sums["n"] / sums["d"] * leaf.scale
    plain = pd.Series(leaf.values[observed]).groupby(keys[observed], sort=False).mean()
    if weights is None:
        return plain
    ok = observed & ~np.isnan(weights) & (weights > 0)
    frame = pd.DataFrame({"k": keys[ok], "wx": leaf.values[ok] * weights[ok], "w": weights[ok]})
    sums = frame.groupby("k", sort=False)[["wx", "w"]].sum()
    # Groups whose units have a value but no population still get a plain mean.
    return (sums["wx"] / sums["w"]).combine_first(plain)


def impute_leaf(leaf: LeafValues, rule: str, levels: Sequence[str], parent_codes: dict, reference: np.ndarray,
                weights: Optional[np.ndarray]) -> Imputed:
    values = leaf.values.copy()
    flags = np.full(values.shape, OBSERVED, dtype=object)
    if leaf.status == "absent":
        flags[:] = ABSENT
        return Imputed(values, flags)
    missing = np.isnan(values)
    flags[missing] = MISSING
    if rule != "parent" or not missing.any():
        return Imputed(values, flags)
    for level in levels:
        if not missing.any():
            break
        if parent_codes.get(level) is None:
            continue
        keys = pd.Series(parent_codes[level], dtype=object)
        has_key = keys.notna().to_numpy()
        table_values = leaf.parents.get(level)
        if table_values is not None:
            take = missing & ~np.isnan(table_values)
            values[take] = table_values[take]
            flags[take] = flag(level, True)
            missing &= ~take
            if not missing.any():
                break
        key_array = keys.where(keys.notna(), "").to_numpy()
        aggregate = group_aggregate(leaf, key_array, weights, mask=has_key)
        candidate = keys.map(aggregate).to_numpy(dtype=float)
        take = missing & has_key & ~np.isnan(candidate)
        values[take] = candidate[take]
        flags[take] = flag(level, False)
        missing &= ~take
    if missing.any():
        total = group_aggregate(leaf, np.zeros(values.shape, dtype=np.int8), weights, mask=reference)
        if len(total) and not np.isnan(total.iloc[0]):
            values[missing] = float(total.iloc[0])
            flags[missing] = flag("ref", False)
    return Imputed(values, flags)
