"""The two typologies of METHOD §8: aménagement × publics (2 × 2, 3 × 3) and Ward clustering on the axes.

Labels are English templates marked for translation; callers pass the translator (the QGIS side
gives French in a French QGIS). Class codes never depend on the language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence

import numpy as np
import pandas as pd

from .errors import CONTEXT, DataError, Message, QT_TRANSLATE_NOOP as _N

Translate = Optional[Callable[[str, str], str]]

# The method file's group codes of the two crossed sub-indices: "publics exposés" and "aménagement".
PUBLICS_CODE = "P"
AMENAGEMENT_CODE = "A"

# Codes are "<aménagement level><publics level>", 1 = low.
POLICY_2X2_LABELS = {
    "11": _N(CONTEXT, "Lower fragility"),
    "12": _N(CONTEXT, "Mediation issues"),
    "21": _N(CONTEXT, "Infrastructure issues"),
    "22": _N(CONTEXT, "Cumulative issues"),
}
TERCILE_WORDS = (_N(CONTEXT, "low"), _N(CONTEXT, "medium"), _N(CONTEXT, "high"))
POLICY_3X3_TEMPLATE = _N(CONTEXT, "Infrastructure {amg} · publics {pub}")
LEVEL_WORDS = (_N(CONTEXT, "Very low fragility"), _N(CONTEXT, "Low fragility"), _N(CONTEXT, "Average fragility"),
               _N(CONTEXT, "High fragility"), _N(CONTEXT, "Very high fragility"))
# Above this many units, Ward runs on k-means centres (as FactoMineR's HCPC does with kk).
DIRECT_LIMIT = 5000
CENTRES = 300
# An axis characterises a class when its class mean is this many standard deviations from the mean.
SALIENT = 0.5


def _text(translate: Translate, template: str, **params) -> str:
    text = translate(CONTEXT, template) if translate else template
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def _numbers(values, name: str) -> np.ndarray:
    try:
        return np.asarray([np.nan if v is None else v for v in values], dtype=float)
    except (TypeError, ValueError):
        raise DataError(_N(CONTEXT, "Field {field} holds values that are not numbers; choose a numeric score "
                                    "field (e.g. an output of the index)."), field=name) from None


def _reference(mask, n: int) -> np.ndarray:
    return np.ones(n, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)


# --- policy typology ----------------------------------------------------------------------------------

@dataclass
class PolicyTypology:
    """Codes and labels per unit (None where a sub-index is missing) and the cut points used."""

    code_2x2: list
    label_2x2: list
    code_3x3: list
    label_3x3: list
    cuts: dict
    labels_2x2: dict
    labels_3x3: dict
    warnings: list = field(default_factory=list)


@dataclass(frozen=True)
class Cut:
    """A cut point and the side of the units equal to it ('upper' or 'lower')."""

    value: float
    ties: str = "lower"

    def to_dict(self) -> dict:
        return {"value": self.value, "ties": self.ties}


def policy_cuts(values: np.ndarray, reference: np.ndarray, quantiles: Sequence[float], name: str) -> list:
    """Cut points at the reference territory's quantiles.

    Units equal to a cut all go to the same side: the one that keeps the classes closest to the
    quantile's share. Without this, a sub-index tied at its maximum for a third of the units (a
    variable absent from the data, or many zeros) would leave its upper class empty.
    """
    chosen = np.sort(values[reference & np.isfinite(values)])
    if chosen.size == 0:
        raise DataError(_N(CONTEXT, "Field {field}: no unit of the reference territory has a value; the typology "
                                    "cannot be cut at its median or terciles."), field=name)
    cuts = []
    for share, value in zip(quantiles, np.quantile(chosen, quantiles)):
        below = np.searchsorted(chosen, value, side="left") / chosen.size
        up_to = np.searchsorted(chosen, value, side="right") / chosen.size
        ties = "lower" if abs(up_to - share) <= abs(below - share) else "upper"
        cuts.append(Cut(float(value), ties))
    return cuts


def policy_levels(values: np.ndarray, cuts: Sequence[Cut]) -> np.ndarray:
    """1 … len(cuts)+1 by the cut points (ties on the side each cut says); 0 where there is no value."""
    levels = np.ones(values.shape, dtype=int)
    with np.errstate(invalid="ignore"):
        for cut in cuts:
            levels += (values >= cut.value) if cut.ties == "upper" else (values > cut.value)
    return np.where(np.isfinite(values), levels, 0)


def empty_levels(values: np.ndarray, reference: np.ndarray, cuts: Sequence[Cut], name: str,
                 scheme: str) -> list:
    """A warning when the reference territory's values leave levels of a scheme empty (ties, a single unit)."""
    chosen = values[reference & np.isfinite(values)]
    filled = np.unique(policy_levels(chosen, cuts)).size
    if filled == len(cuts) + 1:
        return []
    return [Message(_N(CONTEXT, "Field {field}: its {distinct} distinct value(s) in the reference territory fill "
                                "only {got} of the {count} levels of the {scheme} typology; the units that tie "
                                "share a level, so some classes stay empty."),
                    field=name, distinct=int(np.unique(chosen).size), got=filled, count=len(cuts) + 1,
                    scheme=scheme)]


def policy_label_tables(translate: Translate = None) -> tuple[dict, dict]:
    two = {code: _text(translate, template) for code, template in POLICY_2X2_LABELS.items()}
    words = [_text(translate, w) for w in TERCILE_WORDS]
    three = {f"{a}{p}": _text(translate, POLICY_3X3_TEMPLATE, amg=words[a - 1], pub=words[p - 1])
             for a in (1, 2, 3) for p in (1, 2, 3)}
    return two, three


def policy_typology(publics: Sequence, amenagement: Sequence, reference=None, translate: Translate = None,
                    names: tuple = ("publics", "amenagement")) -> PolicyTypology:
    """Cross the two sub-indices at the reference territory's medians (2 × 2) and terciles (3 × 3)."""
    pub = _numbers(publics, names[0])
    amg = _numbers(amenagement, names[1])
    mask = _reference(reference, pub.size)
    cuts = {"median_pub": policy_cuts(pub, mask, [0.5], names[0]),
            "median_amg": policy_cuts(amg, mask, [0.5], names[1]),
            "terciles_pub": policy_cuts(pub, mask, [1 / 3, 2 / 3], names[0]),
            "terciles_amg": policy_cuts(amg, mask, [1 / 3, 2 / 3], names[1])}
    warnings = []
    for suffix, scheme in (("median", "2 × 2"), ("terciles", "3 × 3")):
        warnings += empty_levels(pub, mask, cuts[f"{suffix}_pub"], names[0], scheme)
        warnings += empty_levels(amg, mask, cuts[f"{suffix}_amg"], names[1], scheme)
    two, three = policy_label_tables(translate)
    ok = np.isfinite(pub) & np.isfinite(amg)
    out = {}
    for scheme, table, suffix in (("2x2", two, "median"), ("3x3", three, "terciles")):
        a = policy_levels(amg, cuts[f"{suffix}_amg"])
        p = policy_levels(pub, cuts[f"{suffix}_pub"])
        codes = [f"{x}{y}" if good else None for x, y, good in zip(a.tolist(), p.tolist(), ok.tolist())]
        out[scheme] = (codes, [table[c] if c else None for c in codes])
    return PolicyTypology(code_2x2=out["2x2"][0], label_2x2=out["2x2"][1], code_3x3=out["3x3"][0],
                          label_3x3=out["3x3"][1], cuts=cuts, labels_2x2=two, labels_3x3=three,
                          warnings=warnings)


# --- Ward clustering ----------------------------------------------------------------------------------

@dataclass
class WardTree:
    """A Ward hierarchy over ``points`` (units, or k-means centres that units belong to).

    ``merges`` holds (slot a, slot b, inertia increase), sorted by increasing height; a merged
    cluster keeps slot a. ``unit_point`` maps every unit to its point.
    """

    merges: np.ndarray
    n_points: int
    unit_point: np.ndarray
    total_inertia: float
    n_centres: Optional[int] = None

    @property
    def heights(self) -> np.ndarray:
        return self.merges[:, 2]

    def cut(self, k: int) -> np.ndarray:
        """Class (0 … k-1, arbitrary order) of every unit in the k-class partition."""
        parent = np.arange(self.n_points)

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for a, b, _height in self.merges[: self.n_points - k]:
            parent[find(int(b))] = find(int(a))
        roots = np.array([find(i) for i in range(self.n_points)])
        _, point_class = np.unique(roots, return_inverse=True)
        return point_class[self.unit_point]

    def gains(self, max_classes: int = 10) -> pd.DataFrame:
        """For k = 2 … max: the inertia gained by going from k-1 to k classes and the share explained."""
        top = np.sort(self.heights)[::-1]
        rows = []
        for k in range(2, min(max_classes, self.n_points) + 1):
            gain = float(top[k - 2])
            rows.append({"classes": k, "gain": gain,
                         "gain_pct": 100.0 * gain / self.total_inertia if self.total_inertia else 0.0,
                         "r2_pct": 100.0 * float(top[: k - 1].sum()) / self.total_inertia
                         if self.total_inertia else 0.0})
        return pd.DataFrame(rows, columns=["classes", "gain", "gain_pct", "r2_pct"])


def suggested_classes(gains: pd.DataFrame) -> int:
    """The number of classes after which the inertia gain drops most (the "elbow" of the gains)."""
    if len(gains) < 2:
        return int(gains["classes"].iloc[0]) if len(gains) else 2
    drops = gains["gain_pct"].to_numpy()[:-1] - gains["gain_pct"].to_numpy()[1:]
    return int(gains["classes"].iloc[int(np.argmax(drops))])


def ward_merges_numpy(points: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Weighted Ward by the nearest-neighbour chain: O(m²·d) time, O(m·d) memory, no scipy needed."""
    m = points.shape[0]
    centres = points.astype(float).copy()
    sizes = weights.astype(float).copy()
    active = np.ones(m, dtype=bool)
    merges = []
    chain: list = []
    while len(merges) < m - 1:
        if not chain:
            chain.append(int(np.flatnonzero(active)[0]))
        a = chain[-1]
        cost = sizes[a] * sizes / (sizes[a] + sizes) * ((centres - centres[a]) ** 2).sum(axis=1)
        cost[~active] = np.inf
        cost[a] = np.inf
        b = int(np.argmin(cost))
        if len(chain) > 1 and cost[chain[-2]] <= cost[b]:
            b = chain[-2]
        if len(chain) > 1 and b == chain[-2]:
            chain.pop()
            chain.pop()
            low, high = min(a, b), max(a, b)
            total = sizes[low] + sizes[high]
            centres[low] = (sizes[low] * centres[low] + sizes[high] * centres[high]) / total
            sizes[low] = total
            active[high] = False
            merges.append((low, high, float(cost[b])))
        else:
            chain.append(b)
    out = np.array(merges, dtype=float).reshape(-1, 3)
    return out[np.argsort(out[:, 2], kind="stable")]


def ward_merges_scipy(points: np.ndarray) -> Optional[np.ndarray]:
    """Unweighted Ward with scipy (C code) when it is installed; None otherwise."""
    try:
        from scipy.cluster.hierarchy import linkage
    except ImportError:
        return None
    n = points.shape[0]
    tree = linkage(points, method="ward")
    slot = np.concatenate((np.arange(n), np.zeros(n - 1, dtype=int)))
    merges = np.empty((n - 1, 3))
    for i, (a, b, distance, _size) in enumerate(tree):
        low, high = sorted((slot[int(a)], slot[int(b)]))
        slot[n + i] = low
        # scipy's Ward distance d satisfies d² = 2 × the inertia increase.
        merges[i] = (low, high, distance * distance / 2.0)
    return merges


def kmeans(points: np.ndarray, k: int, seed: int, iterations: int = 15, chunk: int = 4096
           ) -> tuple[np.ndarray, np.ndarray]:
    """(centres, assignment): k-means++ start drawn with ``seed``, then Lloyd; memory O(chunk·k).

    A pre-clustering only needs compact groups, not convergence: a few Lloyd passes suffice, as in HCPC.
    """
    rng = np.random.default_rng(seed)
    n = points.shape[0]
    chosen = [int(rng.integers(n))]
    nearest = ((points - points[chosen[0]]) ** 2).sum(axis=1)
    while len(chosen) < k:
        total = nearest.sum()
        if total <= 0:
            break  # fewer distinct points than centres
        pick = int(np.searchsorted(np.cumsum(nearest), rng.random() * total, side="right"))
        pick = min(pick, n - 1)
        chosen.append(pick)
        nearest = np.minimum(nearest, ((points - points[pick]) ** 2).sum(axis=1))
    centres = points[chosen].astype(float)
    assignment = np.full(n, -1)
    for _ in range(iterations):
        new = np.empty(n, dtype=int)
        squared = (centres ** 2).sum(axis=1)
        scaled = -2.0 * centres.T
        for start in range(0, n, chunk):
            distance = points[start:start + chunk] @ scaled
            distance += squared
            new[start:start + chunk] = np.argmin(distance, axis=1)
        if np.array_equal(new, assignment):
            break
        assignment = new
        counts = np.bincount(assignment, minlength=len(centres))
        sums = np.zeros_like(centres)
        np.add.at(sums, assignment, points)
        filled = counts > 0
        centres[filled] = sums[filled] / counts[filled, None]
    used = np.unique(assignment)
    remap = np.full(len(centres), -1)
    remap[used] = np.arange(used.size)
    return centres[used], remap[assignment]


def ward_tree(points: np.ndarray, seed: int = 1, direct_limit: int = DIRECT_LIMIT, centres: int = CENTRES,
              use_scipy: bool = True) -> WardTree:
    """Ward's hierarchy of ``points`` (rows = units, no missing value).

    Up to ``direct_limit`` units, on the units themselves (scipy when present, else the numpy
    nearest-neighbour chain); above, on ``centres`` k-means centres weighted by their sizes, each unit
    taking its centre's class: memory stays O(n·d) whatever the number of units.
    """
    points = np.asarray(points, dtype=float)
    n = points.shape[0]
    total = float(((points - points.mean(axis=0)) ** 2).sum())
    if n <= direct_limit:
        merges = ward_merges_scipy(points) if use_scipy else None
        if merges is None:
            merges = ward_merges_numpy(points, np.ones(n))
        return WardTree(merges=merges, n_points=n, unit_point=np.arange(n), total_inertia=total)
    centre_points, assignment = kmeans(points, min(centres, n), seed)
    weights = np.bincount(assignment, minlength=len(centre_points)).astype(float)
    merges = ward_merges_numpy(centre_points, weights)
    return WardTree(merges=merges, n_points=len(centre_points), unit_point=assignment, total_inertia=total,
                    n_centres=len(centre_points))


@dataclass
class ClusterTypology:
    classes: list                  # 1 … k per unit, ordered by mean composite (1 = least fragile); None = no value
    labels: dict                   # class → label
    unit_labels: list
    profile: pd.DataFrame
    gains: pd.DataFrame
    n_centres: Optional[int] = None
    seed: int = 1
    axis_fields: list = field(default_factory=list)
    empty_axes: list = field(default_factory=list)   # axes without any value, left out of the clustering


def _join(items: list, translate: Translate) -> str:
    if len(items) == 1:
        return items[0]
    return _text(translate, _N(CONTEXT, "{items} and {last}"), items=", ".join(items[:-1]), last=items[-1])


def cluster_label(level: int, high_axes: list, uniform: bool, translate: Translate) -> str:
    """'Fragilité élevée, portée par les axes 1 et 3' from the class level (0-4) and its salient axes.

    ``uniform``: every axis lies on the same side of the mean as the level says (then "on every axis").
    """
    base = _text(translate, LEVEL_WORDS[level])
    if not high_axes:
        if level == 2 or not uniform:
            return base
        return _text(translate, _N(CONTEXT, "{level} on every axis"), level=base)
    axes = _join([str(a) for a in high_axes], translate)
    if level <= 1:
        template = (_N(CONTEXT, "{level}, except on axis {axes}") if len(high_axes) == 1
                    else _N(CONTEXT, "{level}, except on axes {axes}"))
    else:
        template = (_N(CONTEXT, "{level}, driven by axis {axes}") if len(high_axes) == 1
                    else _N(CONTEXT, "{level}, driven by axes {axes}"))
    return _text(translate, template, level=base, axes=axes)


def class_profile(scores: pd.DataFrame, classes: np.ndarray, population=None) -> pd.DataFrame:
    """Per class: units, share of units, population (if given) and the mean of every score column."""
    frame = scores.copy()
    frame["_class"] = classes
    frame = frame[frame["_class"].notna()]
    grouped = frame.groupby("_class", sort=True)
    profile = pd.DataFrame({"n": grouped.size()})
    profile["share_pct"] = 100.0 * profile["n"] / max(int(profile["n"].sum()), 1)
    if population is not None:
        pop = pd.Series(_numbers(population, "population"), index=scores.index)
        profile["population"] = pop[frame.index].groupby(frame["_class"]).sum(min_count=1)
    means = grouped[list(scores.columns)].mean()
    return profile.join(means)


def cluster_typology(axes: pd.DataFrame, composite: Sequence, k: int, seed: int = 1, population=None,
                     translate: Translate = None, max_gain_classes: int = 10, **tree_options) -> ClusterTypology:
    """Ward clustering of the units on their axis scores, cut in ``k`` classes ordered by mean composite.

    ``axes``: one numeric column per axis, in the method's order (its position numbers the axes in
    labels). Units with a missing axis score or composite get no class.
    """
    names = list(axes.columns)
    matrix = np.column_stack([_numbers(axes[c].tolist(), c) for c in names]) if names else np.empty((len(axes), 0))
    comp = _numbers(composite, "composite")
    if not names:
        raise DataError(_N(CONTEXT, "No axis score field to cluster on; the layer must hold the index's axis "
                                    "fields."))
    # An axis with no value anywhere (all its variables left out) cannot separate units: cluster on the others.
    usable = np.isfinite(matrix).any(axis=0)
    empty = [name for name, has in zip(names, usable) if not has]
    ok = np.isfinite(matrix[:, usable]).all(axis=1) & np.isfinite(comp) if usable.any() else np.zeros(len(comp), bool)
    n = int(ok.sum())
    k = int(k)
    if k < 2:
        raise DataError(_N(CONTEXT, "The statistical typology needs at least 2 classes (got {count})."), count=k)
    if n == 0:
        raise DataError(_N(CONTEXT, "No unit has all of the axis scores {fields}; nothing to cluster."),
                        fields=names)
    distinct = int(np.unique(matrix[ok][:, usable], axis=0).shape[0])
    if k > distinct:
        raise DataError(_N(CONTEXT, "Cannot make {count} classes: only {distinct} unit(s) with distinct axis "
                                    "scores ({units} with every score). Choose at most {distinct} classes."),
                        count=k, distinct=distinct, units=n)
    tree = ward_tree(matrix[ok][:, usable], seed=seed, **tree_options)
    raw = tree.cut(k)
    means = pd.Series(comp[ok]).groupby(raw).mean()
    # Order by mean composite, ties broken by the class's first unit so that the order is stable.
    first_unit = pd.Series(np.arange(n)).groupby(raw).min()
    order = sorted(means.index, key=lambda c: (means[c], first_unit[c]))
    rank = {c: i + 1 for i, c in enumerate(order)}
    classes = np.full(len(comp), np.nan)
    classes[ok] = [rank[c] for c in raw]
    scores = pd.DataFrame({"composite": comp, **{c: matrix[:, i] for i, c in enumerate(names)}})
    profile = class_profile(scores, classes, population)
    labels = _cluster_labels(profile, scores[ok], names, translate)
    profile.insert(0, "label", [labels[c] for c in profile.index])
    profile.index = profile.index.astype(int)
    profile.index.name = "class"
    class_list = [None if c != c else int(c) for c in classes.tolist()]
    return ClusterTypology(classes=class_list, labels=labels,
                           unit_labels=[labels[c] if c is not None else None for c in class_list],
                           profile=profile, gains=tree.gains(max_gain_classes), n_centres=tree.n_centres,
                           seed=seed, axis_fields=names, empty_axes=empty)


def _cluster_labels(profile: pd.DataFrame, scored: pd.DataFrame, names: list, translate: Translate) -> dict:
    composite = np.sort(scored["composite"].to_numpy())
    centre = scored[names].mean()
    spread = scored[names].std(ddof=0)
    # A constant axis (up to rounding) characterises no class.
    spread = spread.where(spread > 1e-9 * (1.0 + centre.abs()), np.nan)
    labels = {}
    for cls, row in profile.iterrows():
        percentile = np.searchsorted(composite, row["composite"], side="right") / max(composite.size, 1)
        level = int(min(4, np.floor(percentile * 5))) if percentile < 1 else 4
        z = (row[names] - centre) / spread
        high = [i + 1 for i, name in enumerate(names) if z[name] >= SALIENT]
        known = z.dropna()
        uniform = bool((known < 0).all()) if level < 2 else bool((known > 0).all())
        labels[int(cls)] = cluster_label(level, high, uniform, translate)
    seen: dict = {}
    for cls, text in labels.items():
        seen.setdefault(text, []).append(cls)
    for text, owners in seen.items():
        if len(owners) > 1:
            for cls in owners:
                labels[cls] = _text(translate, _N(CONTEXT, "{label} (class {number})"), label=text, number=cls)
    return labels
