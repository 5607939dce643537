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
    counts: dict = None    # flag code -> number of units (kept while flagging: no recount of 1M strings)
    # flags == OBSERVED and flags == MISSING, kept while flagging so that no one compares 1M strings
    observed_mask: Optional[np.ndarray] = None
    missing_mask: Optional[np.ndarray] = None

    @property
    def observed(self) -> np.ndarray:
        return self.flags == OBSERVED if self.observed_mask is None else self.observed_mask

    @property
    def missing(self) -> np.ndarray:
        return self.flags == MISSING if self.missing_mask is None else self.missing_mask

    @property
    def n_imputed(self) -> int:
        return sum(v for k, v in (self.counts or {}).items() if k not in (OBSERVED, MISSING, ABSENT))


def group_codes(keys) -> tuple:
    """Integer group of each unit (-1: no group) and the number of groups: hashed once per level."""
    codes, uniques = pd.factorize(pd.Series(keys, dtype=object))  # missing keys get -1 (pandas 1.5 and 2.x)
    return np.asarray(codes, dtype=np.intp), len(uniques)


def group_aggregate(leaf: LeafValues, groups: tuple, weights: Optional[np.ndarray],
                    mask: Optional[np.ndarray] = None) -> np.ndarray:
    """Value of each group from the units that have one (ratio of sums, or weighted mean); NaN if none.

    ``groups`` is (integer group per unit, -1 for none; number of groups). ``mask`` restricts the
    units that contribute (the reference territory).
    """
    codes, size = groups
    ok = ~np.isnan(leaf.values) & (codes >= 0)
    if mask is not None:
        ok &= mask
    with np.errstate(invalid="ignore", divide="ignore"):
        if leaf.numerator is not None and leaf.denominator is not None:
            ok &= ~np.isnan(leaf.numerator) & ~np.isnan(leaf.denominator)
            num = np.bincount(codes[ok], weights=leaf.numerator[ok], minlength=size)
            den = np.bincount(codes[ok], weights=leaf.denominator[ok], minlength=size)
            return np.where(den > 0, num / den * leaf.scale, np.nan)
        count = np.bincount(codes[ok], minlength=size)
        plain = np.where(count > 0, np.bincount(codes[ok], weights=leaf.values[ok], minlength=size) / count, np.nan)
        if weights is None:
            return plain
        weighted = ok & ~np.isnan(weights) & (weights > 0)
        w = np.bincount(codes[weighted], weights=weights[weighted], minlength=size)
        wx = np.bincount(codes[weighted], weights=leaf.values[weighted] * weights[weighted], minlength=size)
        # Groups whose units have a value but no population still get a plain mean.
        return np.where(w > 0, wx / w, plain)


def filled(n: int, text: str) -> np.ndarray:
    """An object array holding ``text`` n times: one shared string (np.full would make n copies of it)."""
    out = np.empty(n, dtype=object)
    out.fill(text)
    return out


def _spread(aggregate: np.ndarray, codes: np.ndarray) -> np.ndarray:
    out = np.full(codes.shape, np.nan)
    has = codes >= 0
    out[has] = aggregate[codes[has]]
    return out


def impute_leaf(leaf: LeafValues, rule: str, levels: Sequence[str], parent_groups: dict, reference: np.ndarray,
                weights: Optional[np.ndarray]) -> Imputed:
    """``parent_groups``: level -> ``group_codes()`` of the units' parent codes."""
    values = leaf.values.copy()
    n = values.shape[0]
    if leaf.status == "absent":
        return Imputed(values, filled(n, ABSENT), {ABSENT: n}, np.zeros(n, dtype=bool), np.zeros(n, dtype=bool))
    flags = filled(n, OBSERVED)
    missing = np.isnan(values)
    observed = ~missing
    counts = {OBSERVED: int(n - missing.sum())}

    def mark(take: np.ndarray, code: str) -> None:
        flags[take] = code
        counts[code] = counts.get(code, 0) + int(take.sum())

    if rule != "parent" or not missing.any():
        if missing.any():
            mark(missing, MISSING)
        return Imputed(values, flags, counts, observed, missing)
    for level in levels:
        if not missing.any():
            break
        groups = parent_groups.get(level)
        if groups is None:
            continue
        table_values = leaf.parents.get(level)
        if table_values is not None:
            take = missing & ~np.isnan(table_values)
            values[take] = table_values[take]
            mark(take, flag(level, True))
            missing &= ~take
            if not missing.any():
                break
        candidate = _spread(group_aggregate(leaf, groups, weights), groups[0])
        take = missing & ~np.isnan(candidate)
        values[take] = candidate[take]
        mark(take, flag(level, False))
        missing &= ~take
    if missing.any():
        total = group_aggregate(leaf, (np.zeros(n, dtype=np.intp), 1), weights, mask=reference)
        if not np.isnan(total[0]):
            values[missing] = float(total[0])
            mark(missing.copy(), flag("ref", False))
            missing[:] = False
    if missing.any():
        mark(missing, MISSING)
    return Imputed(values, flags, {k: v for k, v in counts.items() if v}, observed, missing)
