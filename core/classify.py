"""Class breaks for maps: quantiles, equal intervals, user breaks (same breaks on every run)."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N


def _finite(values: Sequence[float]) -> np.ndarray:
    array = np.asarray(values, dtype=float)
    return np.sort(array[np.isfinite(array)])


def quantile_breaks(values: Sequence[float], k: int) -> list:
    """Upper bounds of k classes holding about the same number of units (the last is the maximum)."""
    data = _finite(values)
    if data.size == 0:
        raise DataError(_N(CONTEXT, "No value to classify."))
    cuts = np.quantile(data, np.linspace(0, 1, k + 1)[1:])
    return _unique_breaks(cuts, data)


def equal_interval_breaks(values: Sequence[float], k: int) -> list:
    data = _finite(values)
    if data.size == 0:
        raise DataError(_N(CONTEXT, "No value to classify."))
    cuts = np.linspace(data[0], data[-1], k + 1)[1:]
    return _unique_breaks(cuts, data)


def _unique_breaks(cuts: np.ndarray, data: np.ndarray) -> list:
    cuts = list(dict.fromkeys(float(c) for c in cuts))
    cuts[-1] = float(data[-1])
    return cuts


def french_number(value: float, decimals: int = 2) -> str:
    """0.4235 → '0,42'; 12345.6 → '12 345,6' with a narrow no-break space for thousands."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u202f").replace(".", ",")


def class_labels(lower: float, breaks: Sequence[float], decimals: int = 2) -> list:
    bounds = [lower, *breaks]
    return [f"{french_number(bounds[i], decimals)} – {french_number(bounds[i + 1], decimals)}"
            for i in range(len(breaks))]
