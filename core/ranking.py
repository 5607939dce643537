"""Ranks and quantiles of many rankings at once (one ranking per column), vectorised."""

from __future__ import annotations

from typing import Sequence

import numpy as np


def settle_ties(values: np.ndarray) -> np.ndarray:
    """Values rounded far below their spread, so that float noise never splits a true tie.

    Composites computed by different summation orders (a matrix product against a row-wise
    mean) can differ in the last bits; ranks must not depend on it.
    """
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return values
    magnitude = float(np.max(np.abs(finite)))
    if magnitude == 0:
        return values
    step = magnitude * 1e-11
    return np.round(values / step) * step


def min_ranks(values: np.ndarray) -> np.ndarray:
    """Rank of each row in each column: 1 = highest value, ties share the best rank.

    Same rule as ``aggregate.rank_and_decile`` (1 + number of values strictly higher);
    NaN values get no rank and do not count.
    """
    values = np.asarray(values, dtype=float)
    squeeze = values.ndim == 1
    if squeeze:
        values = values[:, None]
    n = values.shape[0]
    filled = np.where(np.isnan(values), -np.inf, values)
    order = np.argsort(-filled, axis=0, kind="stable")
    ordered = np.take_along_axis(filled, order, axis=0)
    starts_group = np.ones(ordered.shape, dtype=bool)
    starts_group[1:] = ordered[1:] != ordered[:-1]
    position = np.broadcast_to(np.arange(n, dtype=float)[:, None], ordered.shape)
    first_of_group = np.maximum.accumulate(np.where(starts_group, position, 0.0), axis=0)
    ranks = np.empty(values.shape)
    np.put_along_axis(ranks, order, first_of_group + 1.0, axis=0)
    ranks[np.isnan(values)] = np.nan
    return ranks[:, 0] if squeeze else ranks


def row_quantiles(values: np.ndarray, quantiles: Sequence[float]) -> np.ndarray:
    """Quantiles of each row, ignoring NaN (linear interpolation); one column per quantile.

    A row without any value gets NaN. Written with a sort rather than ``np.nanquantile``,
    which loops over the rows in Python when NaN are present.
    """
    values = np.asarray(values, dtype=float)
    ordered = np.sort(values, axis=1)               # NaN sort last
    count = np.count_nonzero(~np.isnan(values), axis=1)
    out = np.full((values.shape[0], len(quantiles)), np.nan)
    has = count > 0
    if not has.any():
        return out
    rows = np.flatnonzero(has)
    last = (count[has] - 1).astype(float)
    for j, q in enumerate(quantiles):
        position = q * last
        low = np.floor(position).astype(int)
        high = np.ceil(position).astype(int)
        fraction = position - low
        a = ordered[rows, low]
        b = ordered[rows, high]
        out[rows, j] = a + (b - a) * fraction
    return out
