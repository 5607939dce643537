"""Class breaks for maps: exact Fisher-Jenks, quantiles, equal intervals and user breaks.

Every method gives the same breaks on every run. A class is the half-open interval
``(previous break, break]`` (the first one also holds its lower bound), which is how QGIS
matches values to graduated ranges, so a value equal to a break falls in the lower class.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np

from .errors import CONTEXT, DataError, Message, QT_TRANSLATE_NOOP as _N

JENKS = "jenks"
QUANTILE = "quantile"
EQUAL = "equal"
USER = "user"
METHODS = (JENKS, QUANTILE, EQUAL, USER)
DEFAULT_CLASSES = 5
MAX_DECIMALS = 6
# Above this many distinct values, Jenks breaks are searched on groups of values first (see jenks_breaks).
JENKS_EXACT_LIMIT = 10_000
JENKS_GROUPS = 500
JENKS_WINDOW = 2
_JENKS_ROUNDS = 10


@dataclass(frozen=True)
class Classification:
    """Classes of one field: ``lower`` then the upper bound of every class."""

    method: str
    lower: float
    breaks: tuple
    counts: tuple
    n_missing: int = 0
    requested: int = 0
    warnings: tuple = field(default_factory=tuple)

    @property
    def edges(self) -> tuple:
        return (self.lower, *self.breaks)

    @property
    def k(self) -> int:
        return len(self.breaks)

    def labels(self, decimals: int = 2) -> list:
        return class_labels(self.lower, self.breaks, decimals)


def finite_values(values: Sequence) -> np.ndarray:
    """The numbers among ``values``, sorted (None, NaN and infinities dropped)."""
    array = np.asarray([np.nan if v is None else v for v in values] if not isinstance(values, np.ndarray)
                       else values, dtype=float)
    finite = array[np.isfinite(array)]
    # classify passes its values sorted: checking costs far less than sorting them again.
    return finite if (finite[1:] >= finite[:-1]).all() else np.sort(finite)


def jenks_breaks(values: Sequence[float], k: int) -> list:
    """Fisher-Jenks breaks: the k-class partition of the values minimising within-class squared deviation.

    Up to ``JENKS_EXACT_LIMIT`` distinct values the partition is exact: a dynamic programme over the
    distinct values (weighted by their counts, so that equal values never straddle a break) with the
    divide-and-conquer optimisation: the start of the last class is monotone in the end of the prefix,
    and never earlier than with one class less, which gives O(k·m·log m) for m distinct values. Each
    level of the divide and conquer is evaluated at once with numpy; of the last class only the start
    that ends the whole range is searched.

    Above that (a national layer has some 35,000), the search is narrowed, as QGIS narrows it by running
    Jenks on a sample of the values, but deterministically and counting every value: the sorted values
    are cut into ``JENKS_GROUPS`` groups of about equal counts, the programme finds the best breaks
    between groups, then searches all breaks again together, each among every distinct value of the
    ``JENKS_WINDOW`` groups on either side of it, recentring until no break falls in the outer groups of
    its window. That is the best partition among those examined: on the random data of the tests it is
    the exact one, but that is not guaranteed. Returns the upper bound of each class.
    """
    data = finite_values(values)
    if data.size == 0:
        raise DataError(_N(CONTEXT, "No value to classify."))
    xs, counts = _distinct(data)
    k = max(1, min(int(k), xs.size))
    if k == 1:
        return [float(xs[-1])]
    prefix = _prefix_sums(xs, counts.astype(float))
    starts = _narrowed_starts(prefix, k) if xs.size > JENKS_EXACT_LIMIT else None
    if starts is None:
        starts = _best_starts(prefix, k)
    return [float(xs[start - 1]) for start in starts] + [float(xs[-1])]


def _distinct(data: np.ndarray) -> tuple:
    """Distinct values of sorted data and how many times each occurs."""
    first = np.flatnonzero(np.concatenate(([True], data[1:] != data[:-1])))
    return data[first], np.diff(np.append(first, data.size))


def _prefix_sums(xs: np.ndarray, weights: np.ndarray) -> tuple:
    """(weight, sum, sum of squares) of xs[:i] for i = 0..m, on values centred to lose less precision."""
    centred = xs - np.average(xs, weights=weights)
    return tuple(np.concatenate(([0.0], np.cumsum(part)))
                 for part in (weights, weights * centred, weights * centred * centred))


def _narrowed_starts(prefix: tuple, k: int) -> Optional[np.ndarray]:
    """Class starts searched between groups, then around each break (see jenks_breaks); None if too few groups."""
    weight = prefix[0]
    m = weight.size - 1
    targets = weight[-1] * np.arange(1, JENKS_GROUPS) / JENKS_GROUPS
    grid = np.unique(np.concatenate(([0], np.searchsorted(weight, targets), [m])))
    if grid.size - 1 < 4 * k:
        return None
    starts = _starts_among(prefix, grid, k)
    groups = np.searchsorted(grid, starts)  # the group each start ends, or is the first of the next
    for _ in range(_JENKS_ROUNDS):
        low = grid[np.maximum(groups - JENKS_WINDOW, 0)]
        high = grid[np.minimum(groups + JENKS_WINDOW, grid.size - 1)]
        candidates = np.unique(np.concatenate([grid] + [np.arange(a, b + 1) for a, b in zip(low, high)]))
        starts = _starts_among(prefix, candidates, k)
        moved = np.searchsorted(grid, starts)
        if (np.abs(moved - groups) < JENKS_WINDOW).all():  # no break in the outer groups of its window
            break
        groups = moved
    return starts


def _starts_among(prefix: tuple, positions: np.ndarray, k: int) -> np.ndarray:
    """The best class starts when classes may only start at ``positions`` (sorted, with 0 and m)."""
    return positions[_best_starts(tuple(part[positions] for part in prefix), k)]


def _best_starts(prefix: tuple, k: int) -> np.ndarray:
    """Index of the first unit of classes 1..k-1 in the best k-class partition of the units of ``prefix``.

    Among equally good starts the smallest is kept, which makes the result deterministic.
    """
    weight, total, square = prefix
    n = weight.size - 1

    def cost(i: np.ndarray, j: np.ndarray) -> np.ndarray:
        part = total[j + 1] - total[i]
        return np.maximum(square[j + 1] - square[i] - part * part / (weight[j + 1] - weight[i]), 0.0)

    previous = cost(np.zeros(n, dtype=np.intp), np.arange(n))
    starts = [np.zeros(n, dtype=np.intp)]
    for c in range(1, k - 1):
        previous, best = _jenks_level(prefix, previous, starts[-1], c)
        starts.append(best)
    candidates = np.arange(max(k - 1, starts[-1][n - 1]), n)
    value = previous[candidates - 1] + cost(candidates, np.full(candidates.size, n - 1))
    chosen = [int(candidates[np.argmin(value)])]
    for c in range(k - 2, 0, -1):
        chosen.append(int(starts[c][chosen[-1] - 1]))
    return np.array(chosen[::-1], dtype=np.intp)


def _jenks_level(prefix: tuple, previous: np.ndarray, lower: np.ndarray, c: int) -> tuple:
    """Best deviation of (c+1) classes over every prefix of the units, and the start of its last class.

    ``previous``/``lower``: the same with c classes. Divide and conquer over the prefix ends: each pass
    takes the middle end of every pending range, searches its start between the starts found for the ends
    on either side (and no earlier than with c classes), all ranges at once.
    """
    weight, total, square = prefix
    n = weight.size - 1
    current = np.full(n, np.inf)
    best = np.zeros(n, dtype=np.intp)
    before = np.concatenate(([np.inf], previous[:-1]))  # before[i]: c classes ending just before unit i
    # Pending ranges of prefix ends [lo, hi] whose optimal start lies in [opt_lo, opt_hi].
    lo, hi = np.array([c]), np.array([n - 1])
    opt_lo, opt_hi = np.array([c]), np.array([n - 1])
    while lo.size:
        mid = (lo + hi) // 2
        last = np.minimum(opt_hi, mid)
        first = np.minimum(np.maximum(opt_lo, lower[mid]), last)
        sizes = last - first + 1
        ends = np.cumsum(sizes)
        offsets = ends - sizes
        # Every candidate start, range after range, and the range it belongs to (cumulative sums are
        # much cheaper than np.repeat here).
        step = np.ones(ends[-1], dtype=np.intp)
        step[offsets[1:]] = first[1:] - last[:-1]
        step[0] = first[0]
        start = np.cumsum(step)
        mark = np.zeros(ends[-1], dtype=np.intp)
        mark[offsets[1:]] = 1
        segment = np.cumsum(mark)
        end = (mid + 1).take(segment)
        part = total.take(end) - total.take(start)
        value = before.take(start) + np.maximum(square.take(end) - square.take(start)
                                                - part * part / (weight.take(end) - weight.take(start)), 0.0)
        minimum = np.minimum.reduceat(value, offsets)
        hits = np.flatnonzero(value == minimum.take(segment))
        hit_segment = segment.take(hits)
        first_hit = np.concatenate(([True], hit_segment[1:] != hit_segment[:-1]))
        chosen = start.take(hits[first_hit])
        current[mid] = minimum
        best[mid] = chosen
        left = mid - 1 >= lo
        right = mid + 1 <= hi
        lo, hi, opt_lo, opt_hi = (np.concatenate((lo[left], mid[right] + 1)),
                                  np.concatenate((mid[left] - 1, hi[right])),
                                  np.concatenate((opt_lo[left], chosen[right])),
                                  np.concatenate((chosen[left], opt_hi[right])))
    return current, best


def quantile_breaks(values: Sequence[float], k: int) -> list:
    """Upper bounds of k classes holding about the same number of units (the last is the maximum)."""
    data = finite_values(values)
    if data.size == 0:
        raise DataError(_N(CONTEXT, "No value to classify."))
    cuts = np.quantile(data, np.linspace(0, 1, int(k) + 1)[1:])
    return _unique_breaks(cuts, data)


def equal_interval_breaks(values: Sequence[float], k: int) -> list:
    data = finite_values(values)
    if data.size == 0:
        raise DataError(_N(CONTEXT, "No value to classify."))
    cuts = np.linspace(data[0], data[-1], int(k) + 1)[1:]
    return _unique_breaks(cuts, data)


def _unique_breaks(cuts: np.ndarray, data: np.ndarray) -> list:
    cuts = list(dict.fromkeys(float(c) for c in cuts))
    cuts[-1] = float(data[-1])
    return cuts


def user_bounds(values: Sequence[float], limits: Sequence[float], name: str = "") -> tuple[float, list]:
    """(lower, upper bounds) from limits given by a user.

    The limits separate classes. A first limit at or below the minimum is the lower bound of the
    first class; a last limit at or above the maximum is the upper bound of the last class; otherwise
    the data's minimum and maximum close the classes. Classes without units are kept: the user asked
    for them.
    """
    data = finite_values(values)
    if data.size == 0:
        raise DataError(_N(CONTEXT, "Field {field}: no unit has a value, there is nothing to classify."),
                        field=name or "?")
    cuts = [float(v) for v in limits]
    if not cuts or any(not np.isfinite(v) for v in cuts):
        raise DataError(_N(CONTEXT, "Class limits {limits}: give at least one finite number, e.g. 0.2; 0.4; 0.6."),
                        limits=list(limits))
    if any(b <= a for a, b in zip(cuts, cuts[1:])):
        raise DataError(_N(CONTEXT, "Class limits {limits} must be strictly increasing; sort them and remove "
                                    "repeated values."), limits=cuts)
    lower = float(data[0])
    if cuts[0] <= lower:
        lower = cuts.pop(0)
    if cuts and cuts[-1] >= data[-1]:
        upper = cuts.pop()
    else:
        upper = float(data[-1])
    return lower, cuts + [upper]


def classify(values: Sequence, method: str = JENKS, k: int = DEFAULT_CLASSES,
             limits: Optional[Sequence[float]] = None, name: str = "") -> Classification:
    """Classes of ``values`` (None and NaN are the units without value) by ``method``.

    Fallbacks, each reported in ``warnings``: fewer distinct values than classes gives one class per
    distinct value; quantile or equal-interval cuts that coincide are merged.
    """
    array = np.asarray([np.nan if v is None else v for v in values] if not isinstance(values, np.ndarray)
                       else values, dtype=float)
    data = np.sort(array[np.isfinite(array)])
    n_missing = int(array.size - data.size)
    if method not in METHODS:
        raise DataError(_N(CONTEXT, "Unknown classification '{method}'; use one of {methods}."), method=method,
                        methods=list(METHODS))
    if data.size == 0:
        raise DataError(_N(CONTEXT, "Field {field}: no unit has a value, there is nothing to classify."),
                        field=name or "?")
    warnings = []
    if method == USER:
        lower, breaks = user_bounds(data, limits or [], name)
        requested = len(breaks)
    else:
        requested = int(k)
        if requested < 1:
            raise DataError(_N(CONTEXT, "The number of classes must be at least 1 (got {count})."), count=k)
        distinct = int(np.count_nonzero(data[1:] != data[:-1])) + 1  # data is sorted
        if distinct < requested:
            warnings.append(Message(_N(CONTEXT, "Field {field} has only {distinct} distinct value(s): {distinct} "
                                                "class(es) instead of {count}."),
                                    field=name or "?", distinct=distinct, count=requested))
        compute = {JENKS: jenks_breaks, QUANTILE: quantile_breaks, EQUAL: equal_interval_breaks}[method]
        breaks = compute(data, min(requested, distinct))
        lower = float(data[0])
        if len(breaks) < min(requested, distinct):
            warnings.append(Message(_N(CONTEXT, "Field {field}: tied values merge some classes; {got} class(es) "
                                                "instead of {count}."),
                                    field=name or "?", got=len(breaks), count=requested))
    counts = np.bincount(np.searchsorted(np.asarray(breaks), data, side="left"), minlength=len(breaks))
    return Classification(method=method, lower=float(lower), breaks=tuple(float(b) for b in breaks),
                          counts=tuple(int(c) for c in counts[:len(breaks)]), n_missing=n_missing,
                          requested=requested, warnings=tuple(warnings))


def class_of(values: Sequence, classification: Classification) -> np.ndarray:
    """Class index (0-based) of every value; -1 for units without value."""
    array = np.asarray([np.nan if v is None else v for v in values], dtype=float)
    out = np.full(array.size, -1, dtype=int)
    ok = np.isfinite(array)
    out[ok] = np.minimum(np.searchsorted(np.asarray(classification.breaks), array[ok], side="left"),
                         classification.k - 1)
    return out


def within_deviation(values: Sequence[float], breaks: Sequence[float]) -> float:
    """Sum of squared deviations of the values from their class mean (what Jenks minimises)."""
    data = finite_values(values)
    classes = np.searchsorted(np.asarray(breaks, dtype=float), data, side="left")
    total = 0.0
    for c in np.unique(classes):
        part = data[classes == c]
        total += float(((part - part.mean()) ** 2).sum())
    return total


def french_number(value: float, decimals: int = 2) -> str:
    """0.4235 → '0,42'; 12345.6 → '12 345,6' with a narrow no-break space for thousands; never '-0,00'."""
    text = f"{value:,.{decimals}f}"
    if text.lstrip("-").strip("0.,") == "":
        text = text.lstrip("-")
    return text.replace(",", "\u202f").replace(".", ",")


def label_decimals(edges: Sequence[float], decimals: int = 2) -> int:
    """The fewest decimals (at least ``decimals``) that keep every pair of distinct edges distinct in print."""
    distinct = [e for i, e in enumerate(edges) if i == 0 or e != edges[i - 1]]
    for digits in range(decimals, MAX_DECIMALS + 1):
        texts = [french_number(e, digits) for e in distinct]
        if len(set(texts)) == len(texts):
            return digits
    return MAX_DECIMALS


def class_labels(lower: float, breaks: Sequence[float], decimals: int = 2) -> list:
    """'0,42 – 0,57' for each class, with enough decimals that no two classes print the same."""
    bounds = [lower, *breaks]
    digits = label_decimals(bounds, decimals)
    return [f"{french_number(bounds[i], digits)} – {french_number(bounds[i + 1], digits)}"
            for i in range(len(breaks))]
