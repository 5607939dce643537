"""Axis scores, composite, sub-indices, contributions, rank and decile (METHOD.md §5)."""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np


# Rows per slice of the weighted means: the units × items temporaries stay in the CPU cache
# instead of a fresh block of memory per call (each row's result does not depend on the slicing).
_ROWS = 1 << 16


def mean_with_share(scores, weights: Optional[np.ndarray], min_share: float,
                    require_all: bool) -> tuple[np.ndarray, np.ndarray]:
    """Weighted mean of the items of ``scores`` per unit: a units × items array or a list of item columns.

    A unit gets a value when the weight share of its present items reaches
    ``min_share`` (or, with ``require_all``, when every item is present).
    Returns the means and the total weight present per unit.
    """
    columns = [scores[:, j] for j in range(scores.shape[1])] if isinstance(scores, np.ndarray) else list(scores)
    n_items = len(columns)
    if n_items == 0:
        raise ValueError("mean_with_share needs at least one item")
    n_units = len(columns[0])
    w = np.ones(n_items) if weights is None else np.asarray(weights, dtype=float)
    total = w.sum()
    means = np.empty(n_units)
    weight_present = np.empty(n_units)
    for start in range(0, n_units, _ROWS):
        stop = min(start + _ROWS, n_units)
        block = np.column_stack([column[start:stop] for column in columns])
        present = ~np.isnan(block)
        w_present = present @ w
        with np.errstate(invalid="ignore", divide="ignore"):
            part = np.where(present, block, 0.0) @ w / w_present
        if require_all:
            ok = present.all(axis=1)
        else:
            ok = (w_present > 0) & (w_present / total >= min_share - 1e-12)
        means[start:stop] = np.where(ok, part, np.nan)
        weight_present[start:stop] = np.where(ok, w_present, np.nan)
    return means, weight_present


def rank_and_decile(composite: np.ndarray, reference: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rank 1 = most fragile among the reference units with a value; decile 10 = top 10 %.

    Ties share the best rank. Units outside the reference, or without a value, get neither.
    """
    rank = np.full(composite.shape, np.nan)
    decile = np.full(composite.shape, np.nan)
    ok = reference & ~np.isnan(composite)
    values = composite[ok]
    n = values.size
    if n == 0:
        return rank, decile
    # rank = 1 + number of reference units strictly more fragile: from one sort, the end of each
    # unit's group of ties (searching a million values one by one was slower).
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    starts = np.ones(n, dtype=bool)
    starts[1:] = ordered[1:] != ordered[:-1]
    group = np.cumsum(starts) - 1
    ends = np.append(np.flatnonzero(starts)[1:], n)  # one past the last unit of each group
    higher = np.empty(n, dtype=np.intp)
    higher[order] = n - ends[group]
    unit_rank = higher + 1
    rank[ok] = unit_rank
    decile[ok] = 10 - np.floor(10.0 * (unit_rank - 1) / n)
    return rank, decile


def rescale_to_unit(values: np.ndarray, reference: np.ndarray) -> np.ndarray:
    ref_values = values[reference & ~np.isnan(values)]
    if ref_values.size == 0:
        return values
    lo, hi = ref_values.min(), ref_values.max()
    if hi == lo:
        return np.where(np.isnan(values), np.nan, 0.5)
    return (values - lo) / (hi - lo)


def contributions(variable_scores: Sequence[np.ndarray], axis_of_variable: Sequence[int], axis_weights: np.ndarray,
                  axis_present_weight: np.ndarray, composite: np.ndarray, scale: float) -> list:
    """Share of each variable in each unit's composite; the contributions sum to the composite.

    ``variable_scores`` holds one array of unit scores per variable; one array of shares per
    variable is returned (columns, not a units × variables matrix: a million units × 17 variables
    is 136 MB, read column by column).

    composite = scale × Σ_a w_a · mean_{v∈a}(s_v) / Σ_{a present} w_a, so a variable's share is
    scale × w_a · s_v / (n_a present × Σ_{a present} w_a).
    """
    out: list = [None] * len(variable_scores)
    axis_of_variable = np.asarray(axis_of_variable)
    unscored = np.isnan(composite)
    for a in np.unique(axis_of_variable):
        cols = np.flatnonzero(axis_of_variable == a)
        n_present = np.zeros(len(composite), dtype=np.intp)
        for col in cols:
            n_present += ~np.isnan(variable_scores[col])
        unusable = (n_present == 0) | unscored
        factor = scale * axis_weights[a]
        with np.errstate(invalid="ignore", divide="ignore"):
            denominator = n_present * axis_present_weight
            for col in cols:
                share = factor * variable_scores[col] / denominator
                share[unusable] = np.nan
                out[col] = share
    return out
