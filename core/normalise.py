"""Normalisations of METHOD.md §4, over a reference territory.

Each function takes the raw values of every unit (NaN = missing), a boolean
mask of the reference territory and the sense (+1: higher is more fragile,
-1: lower is more fragile), and returns a ``Normalised`` whose values are
oriented so that a higher score is always more fragile.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np

from .method import DEFAULT_DECILE_POINTS

OK = "ok"
CONSTANT = "constant"            # max = min (or sd = 0) over the reference: the variable cannot rank units
EMPTY_REFERENCE = "empty_reference"  # no value at all in the reference territory
ZERO_REFERENCE = "zero_reference"    # ratio: the reference rate is 0


@dataclass
class Normalised:
    values: np.ndarray
    status: str = OK
    n_outside: int = 0           # units outside the reference range (clipped when clip=True)
    params: dict = field(default_factory=dict)

    @property
    def usable(self) -> bool:
        return self.status == OK


def _reference_values(x: np.ndarray, ref: np.ndarray) -> np.ndarray:
    xr = x[ref]
    return xr[~np.isnan(xr)]


def _failed(x: np.ndarray, status: str, **params) -> Normalised:
    return Normalised(np.full(x.shape, np.nan), status, 0, params)


def winsorise(x: np.ndarray, ref: np.ndarray, low: float, high: float) -> tuple[np.ndarray, int]:
    """Clip values at the reference territory's ``low`` and ``high`` quantiles."""
    xr = _reference_values(x, ref)
    if xr.size == 0:
        return x, 0
    lo, hi = np.quantile(xr, [low, high])
    clipped = np.clip(x, lo, hi)
    changed = int(np.count_nonzero((clipped != x) & ~np.isnan(x)))
    return clipped, changed


def minmax(x: np.ndarray, ref: np.ndarray, sense: int, clip: bool = True) -> Normalised:
    xr = _reference_values(x, ref)
    if xr.size == 0:
        return _failed(x, EMPTY_REFERENCE)
    lo, hi = float(xr.min()), float(xr.max())
    if hi == lo:
        return _failed(x, CONSTANT, min=lo, max=hi)
    span = hi - lo
    s = (x - lo) / span if sense > 0 else (hi - x) / span
    outside = int(np.count_nonzero((s < 0) | (s > 1)))
    if clip:
        s = np.clip(s, 0.0, 1.0)
    return Normalised(s, OK, outside, {"min": lo, "max": hi})


def ratio(x: np.ndarray, reference_value: float, sense: int, base: float = 100.0,
          complement: bool = True, total: float = 100.0) -> Normalised:
    """La MedNum 2019 "base 100": ``base * x / x_R`` (the reference territory scores ``base``).

    ``reference_value`` is the reference territory's rate, computed by the caller as a
    ratio of sums when the variable has a numerator and a denominator. For a sense −
    variable, a rate (``complement=True``) is replaced by its complement ``total - rate``
    (``total`` = 100 for a percentage) on both sides; another quantity (an income) is
    inverted: ``base * x_R / x``.
    """
    if reference_value is None or np.isnan(reference_value):
        return _failed(x, EMPTY_REFERENCE)
    if sense > 0:
        num, ref_rate = x, reference_value
    elif complement:
        num, ref_rate = total - x, total - reference_value
    else:
        if reference_value == 0:
            return _failed(x, ZERO_REFERENCE, reference=reference_value)
        with np.errstate(divide="ignore", invalid="ignore"):
            s = base * reference_value / x
        s[~np.isfinite(s)] = np.nan
        return Normalised(s, OK, 0, {"reference": reference_value, "inverse": True})
    if ref_rate == 0:
        return _failed(x, ZERO_REFERENCE, reference=reference_value)
    return Normalised(base * num / ref_rate, OK, 0, {"reference": reference_value})


def percentile_rank(x: np.ndarray, ref: np.ndarray, sense: int) -> Normalised:
    """Mid-rank percentile among the reference values: reference minimum 0, maximum 1, ties share."""
    xr = _reference_values(x, ref)
    if xr.size == 0:
        return _failed(x, EMPTY_REFERENCE)
    oriented_ref = np.sort(xr * sense)
    oriented = x * sense
    n = oriented_ref.size
    if n == 1:
        s = np.where(np.isnan(x), np.nan, 0.5)
        return Normalised(s, OK, 0, {"n": 1})
    less = np.searchsorted(oriented_ref, oriented, side="left")
    less_equal = np.searchsorted(oriented_ref, oriented, side="right")
    mid = np.where(less_equal > less, (less + less_equal - 1) / 2.0, less - 0.5)
    s = np.clip(mid / (n - 1), 0.0, 1.0)
    s[np.isnan(x)] = np.nan
    return Normalised(s, OK, 0, {"n": int(n)})


def zscore(x: np.ndarray, ref: np.ndarray, sense: int) -> Normalised:
    xr = _reference_values(x, ref)
    if xr.size == 0:
        return _failed(x, EMPTY_REFERENCE)
    if xr.size < 2:
        return _failed(x, CONSTANT, mean=float(xr.mean()))
    mean, sd = float(xr.mean()), float(xr.std(ddof=1))
    # Equal values can give a tiny non-zero sd through rounding: test equality itself.
    if sd == 0 or xr.min() == xr.max():
        return _failed(x, CONSTANT, mean=mean, sd=sd)
    return Normalised(sense * (x - mean) / sd, OK, 0, {"mean": mean, "sd": sd})


def decile_points(x: np.ndarray, ref: np.ndarray, sense: int,
                  points: Sequence[float] = DEFAULT_DECILE_POINTS) -> Normalised:
    """La MedNum 2022: points by the unit's decile in the reference territory.

    Decile boundaries are the reference's 10 % … 90 % quantiles of the oriented value;
    a unit above the 90 % quantile is in decile 10 and gets ``points[9]`` (+3).
    """
    xr = _reference_values(x, ref)
    if xr.size == 0:
        return _failed(x, EMPTY_REFERENCE)
    oriented_ref = xr * sense
    cuts = np.quantile(oriented_ref, np.linspace(0.1, 0.9, 9))
    if cuts[0] == cuts[-1] and oriented_ref.min() == oriented_ref.max():
        return _failed(x, CONSTANT, value=float(xr[0]))
    oriented = x * sense
    decile = np.searchsorted(cuts, oriented, side="left")  # 0..9
    table = np.asarray(points, dtype=float)
    s = table[np.clip(decile, 0, 9)]
    s[np.isnan(x)] = np.nan
    return Normalised(s, OK, 0, {"cuts": [float(c) for c in cuts]})


def normalise(x: np.ndarray, ref: np.ndarray, sense: int, method: str, *, clip: bool = True,
              reference_value: Optional[float] = None, base: float = 100.0, complement: bool = True,
              total: float = 100.0, points: Sequence[float] = DEFAULT_DECILE_POINTS) -> Normalised:
    x = np.asarray(x, dtype=float)
    if method == "minmax":
        return minmax(x, ref, sense, clip)
    if method == "ratio":
        if reference_value is None:
            xr = _reference_values(x, ref)
            reference_value = float(xr.mean()) if xr.size else float("nan")
        return ratio(x, reference_value, sense, base, complement, total)
    if method == "rank":
        return percentile_rank(x, ref, sense)
    if method == "zscore":
        return zscore(x, ref, sense)
    if method == "deciles":
        return decile_points(x, ref, sense, points)
    raise ValueError(method)
