"""Statistical checks of a composite indicator (OECD/JRC steps 4 and 5) on the scores of a run.

Per variable, on the observed values of the reference territory: coverage, minimum, maximum,
mean, skewness and kurtosis with the JRC rule for outliers (|skewness| > 2 and kurtosis > 3.5),
the extreme units, and whether a single unit sets the end of a min-max scale. Between the
normalised variables: the correlation matrix, Cronbach's alpha per axis and the variance
explained by the principal components. Between the axes and the composite: correlations.

Works on a scores table (the output fields of a run, from the pipeline or read back from a
layer), so a run can be diagnosed long after it was computed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from . import fields as F
from .errors import CONTEXT, DataError, Message, QT_TRANSLATE_NOOP as _N
from .impute import ABSENT, OBSERVED
from .method import Method

SKEW_LIMIT = 2.0            # JRC COIN / COINr: treat when |skewness| > 2 …
KURTOSIS_LIMIT = 3.5        # … and (excess) kurtosis > 3.5
FAR_OUT = 3.0               # Tukey's far-out fences: Q1 − 3·IQR, Q3 + 3·IQR
SINGLE_UNIT_SHARE = 0.25    # one unit alone spans a quarter of the min-max range or more
MAX_LISTED = 10


@dataclass
class ScaleSetter:
    """A unit that alone stretches one end of the scale."""

    side: str                    # "max" or "min"
    code: str
    value: float
    next_value: float
    share: float                 # share of the range between it and the next unit


@dataclass
class VariableStats:
    id: str
    label: str
    axis: str
    normalisation: str
    n_reference: int
    observed: int
    imputed: int
    coverage: float              # observed / reference units
    minimum: float = float("nan")
    maximum: float = float("nan")
    mean: float = float("nan")
    sd: float = float("nan")
    skewness: float = float("nan")
    kurtosis: float = float("nan")
    skewed: bool = False         # the JRC rule says: winsorise or transform
    outliers: list = field(default_factory=list)       # codes beyond the far-out fences
    n_outliers: int = 0
    scale_setters: list = field(default_factory=list)  # ScaleSetter
    absent: bool = False

    def to_dict(self) -> dict:
        out = dict(self.__dict__)
        out["scale_setters"] = [dict(s.__dict__) for s in self.scale_setters]
        return out


@dataclass
class AxisCheck:
    id: str
    label: str
    variables: list
    alpha: Optional[float]       # Cronbach's alpha (None with fewer than 2 variables)
    n_complete: int
    composite_correlation: Optional[float]


@dataclass
class Diagnostics:
    method_id: str
    method_label: str
    n_units: int
    n_reference: int
    variables: list              # VariableStats, one per leaf of the method
    correlation: pd.DataFrame    # normalised variables × normalised variables (Pearson)
    axes: list                   # AxisCheck
    eigenvalues: list            # principal components of the normalised variables, largest first
    explained: list              # share of variance of each component
    loadings: pd.DataFrame       # variables × first components
    n_complete: int              # units with every normalised variable (PCA sample)
    warnings: list = field(default_factory=list)      # Message

    def to_dict(self) -> dict:
        return {"method": self.method_id, "n_units": self.n_units, "n_reference": self.n_reference,
                "variables": [v.to_dict() for v in self.variables],
                "correlation": self.correlation.round(6).to_dict(),
                "axes": [dict(a.__dict__) for a in self.axes], "eigenvalues": self.eigenvalues,
                "explained": self.explained, "n_complete": self.n_complete,
                "warnings": [w.to_dict() for w in self.warnings]}


def _central(x: np.ndarray, minimum: int) -> Optional[tuple]:
    """(n, deviations, second central moment), or None when the moments are undefined."""
    n = x.size
    if n < minimum:
        return None
    d = x - x.mean()
    m2 = np.mean(d ** 2)
    return None if m2 == 0 else (n, d, m2)


def skewness(x: np.ndarray) -> float:
    """Adjusted Fisher–Pearson skewness G1 (as Excel SKEW and scipy with bias=False)."""
    central = _central(x, 3)
    if central is None:
        return float("nan")
    n, d, m2 = central
    g1 = np.mean(d ** 3) / m2 ** 1.5
    return float(np.sqrt(n * (n - 1)) / (n - 2) * g1)


def kurtosis(x: np.ndarray) -> float:
    """Sample excess kurtosis G2 (as Excel KURT and scipy with fisher=True, bias=False)."""
    central = _central(x, 4)
    if central is None:
        return float("nan")
    n, d, m2 = central
    g2 = np.mean(d ** 4) / m2 ** 2 - 3.0
    return float(((n + 1) * g2 + 6.0) * (n - 1) / ((n - 2) * (n - 3)))


def cronbach_alpha(items: np.ndarray) -> Optional[float]:
    """Alpha of the columns of ``items`` (complete rows): k/(k−1) · (1 − Σ var_i / var(Σ items))."""
    k = items.shape[1]
    if k < 2 or items.shape[0] < 2:
        return None
    total = items.sum(axis=1).var(ddof=1)
    if total == 0:
        return None
    return float(k / (k - 1) * (1.0 - items.var(axis=0, ddof=1).sum() / total))


def principal_components(data: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Eigenvalues (largest first) and loadings of the correlation matrix of the columns."""
    sd = data.std(axis=0, ddof=1)
    keep = sd > 0
    z = (data[:, keep] - data[:, keep].mean(axis=0)) / sd[keep]
    corr = np.atleast_2d(np.corrcoef(z, rowvar=False))
    values, vectors = np.linalg.eigh(corr)
    order = np.argsort(values)[::-1]
    values = np.clip(values[order], 0.0, None)
    vectors = vectors[:, order]
    # A component's sign is arbitrary: orient it so that its largest loading is positive.
    signs = np.sign(vectors[np.argmax(np.abs(vectors), axis=0), np.arange(vectors.shape[1])])
    loadings = np.full((data.shape[1], vectors.shape[1]), np.nan)
    loadings[keep] = vectors * signs * np.sqrt(values)
    return values, loadings


def _scale_setters(values: np.ndarray, codes: np.ndarray) -> list:
    if values.size < 3:
        return []
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    span = ordered[-1] - ordered[0]
    if span <= 0:
        return []
    found = []
    top = (ordered[-1] - ordered[-2]) / span
    if top >= SINGLE_UNIT_SHARE:
        found.append(ScaleSetter("max", str(codes[order[-1]]), float(ordered[-1]), float(ordered[-2]), float(top)))
    bottom = (ordered[1] - ordered[0]) / span
    if bottom >= SINGLE_UNIT_SHARE:
        found.append(ScaleSetter("min", str(codes[order[0]]), float(ordered[0]), float(ordered[1]), float(bottom)))
    return found


def _outliers(values: np.ndarray, codes: np.ndarray) -> list:
    q1, q3 = np.quantile(values, [0.25, 0.75])
    iqr = q3 - q1
    if iqr > 0:
        outside = (values < q1 - FAR_OUT * iqr) | (values > q3 + FAR_OUT * iqr)
    else:
        sd = values.std(ddof=1) if values.size > 1 else 0.0
        outside = np.abs(values - values.mean()) > 3 * sd if sd > 0 else np.zeros(values.size, bool)
    # Most extreme first, measured from the median.
    distance = np.abs(values - np.median(values))
    picked = np.flatnonzero(outside)
    picked = picked[np.argsort(-distance[picked], kind="stable")]
    return [str(codes[i]) for i in picked]


def _column(scores: pd.DataFrame, name: str) -> Optional[np.ndarray]:
    if name not in scores.columns:
        return None
    return pd.to_numeric(scores[name], errors="coerce").to_numpy(dtype=float)


def _variable_stats(scores: pd.DataFrame, method: Method, leaf: str, reference: np.ndarray,
                    codes: np.ndarray) -> VariableStats:
    var = method.leaf_owner(leaf)
    label = var.label if leaf == var.id else next(c.label for c in var.components if c.id == leaf)
    values = _column(scores, F.raw_field(leaf))
    flags = scores[F.flag_field(leaf)].astype(object).to_numpy() if F.flag_field(leaf) in scores else None
    n_ref = int(reference.sum())
    if values is None:
        values = np.full(len(scores), np.nan)
    if flags is None:
        observed = ~np.isnan(values)
        absent = bool(np.isnan(values).all())
    else:
        observed = (flags == OBSERVED) & ~np.isnan(values)
        absent = bool((flags == ABSENT).all())
    imputed = int(np.count_nonzero(reference & ~observed & ~np.isnan(values)))
    keep = reference & observed
    x = values[keep]
    stats = VariableStats(id=leaf, label=label, axis=method.axis_of(var.id).id,
                          normalisation=var.normalisation or method.normalisation, n_reference=n_ref,
                          observed=int(x.size), imputed=imputed, coverage=x.size / n_ref if n_ref else 0.0,
                          absent=absent)
    if x.size == 0:
        return stats
    stats.minimum, stats.maximum, stats.mean = float(x.min()), float(x.max()), float(x.mean())
    stats.sd = float(x.std(ddof=1)) if x.size > 1 else float("nan")
    stats.skewness, stats.kurtosis = skewness(x), kurtosis(x)
    stats.skewed = bool(abs(stats.skewness) > SKEW_LIMIT and stats.kurtosis > KURTOSIS_LIMIT)
    outliers = _outliers(x, codes[keep])
    stats.n_outliers = len(outliers)
    stats.outliers = outliers[:MAX_LISTED]
    stats.scale_setters = _scale_setters(x, codes[keep])
    return stats


def _warnings(stats: list) -> list:
    out = []
    for s in stats:
        if s.absent:
            continue
        if s.observed == 0:
            out.append(Message(_N(CONTEXT, "Variable '{variable}' has no observed value in the reference territory."),
                               variable=s.id))
            continue
        if s.skewed:
            out.append(Message(_N(CONTEXT, "Variable '{variable}': skewness {skew} and kurtosis {kurt} exceed the "
                                           "JRC limits (2 and 3.5); consider winsorising it (normalisation.winsorise)."),
                               variable=s.id, skew=round(s.skewness, 2), kurt=round(s.kurtosis, 2)))
        if s.normalisation == "minmax":
            for setter in s.scale_setters:
                template = (_N(CONTEXT, "Variable '{variable}': unit {code} alone sets the maximum of the min-max "
                                        "scale ({value}; the next unit has {next}): {share} % of the range. The other "
                                        "units' scores are squeezed; consider winsorising.")
                            if setter.side == "max" else
                            _N(CONTEXT, "Variable '{variable}': unit {code} alone sets the minimum of the min-max "
                                        "scale ({value}; the next unit has {next}): {share} % of the range. The other "
                                        "units' scores are squeezed; consider winsorising."))
                out.append(Message(template, variable=s.id, code=setter.code, value=round(setter.value, 3),
                                   next=round(setter.next_value, 3), share=round(100 * setter.share)))
    return out


def _correlation(frame: pd.DataFrame, a: str, b: str) -> Optional[float]:
    pair = frame[[a, b]].dropna()
    if len(pair) < 3 or pair[a].std() == 0 or pair[b].std() == 0:
        return None
    return float(np.corrcoef(pair[a], pair[b])[0, 1])


def diagnose(scores: pd.DataFrame, method: Method, codes: Optional[Sequence] = None) -> Diagnostics:
    """Diagnostics of a run from its output fields (``scores``) and its method.

    ``codes`` names the units in the findings (the INSEE codes); by default the row labels.
    """
    if F.COMPOSITE not in scores.columns:
        raise DataError(_N(CONTEXT, "The table has no field '{field}': it is not the output of the index "
                                    "computation."), field=F.COMPOSITE)
    codes = np.asarray(scores.index.astype(str) if codes is None else [str(c) for c in codes], dtype=object)
    reference = (_column(scores, F.IN_REFERENCE) == 1) if F.IN_REFERENCE in scores else np.ones(len(scores), bool)
    if not reference.any():
        raise DataError(_N(CONTEXT, "No unit of the table is in the reference territory (field '{field}')."),
                        field=F.IN_REFERENCE)
    stats = [_variable_stats(scores, method, leaf, reference, codes) for leaf in method.leaves]

    normalised = {}
    for var in method.variables:
        column = _column(scores, F.score_field(var.id))
        if column is not None and np.isfinite(column[reference]).sum() >= 3 and np.nanstd(column[reference]) > 0:
            normalised[var.id] = column[reference]
    frame = pd.DataFrame(normalised)
    correlation = frame.corr(method="pearson", min_periods=3) if len(frame.columns) else pd.DataFrame()
    complete = frame.dropna()
    eigenvalues: list = []
    explained: list = []
    loadings = pd.DataFrame()
    if len(frame.columns) >= 2 and len(complete) >= 3:
        values, load = principal_components(complete.to_numpy())
        total = values.sum()
        eigenvalues = [float(v) for v in values]
        explained = [float(v / total) if total > 0 else 0.0 for v in values]
        n_show = min(3, load.shape[1])
        loadings = pd.DataFrame(load[:, :n_show], index=frame.columns,
                                columns=[f"CP{i + 1}" for i in range(n_show)])

    composite = _column(scores, F.COMPOSITE)[reference]
    axes_frame = pd.DataFrame({"ifn": composite})
    checks = []
    for axis in method.axes:
        members = [v.id for v in axis.variables if v.id in normalised]
        items = frame[members].dropna() if members else pd.DataFrame()
        alpha = cronbach_alpha(items.to_numpy()) if len(members) >= 2 else None
        axis_scores = _column(scores, F.axis_field(axis.id))
        correlation_with_composite = None
        if axis_scores is not None:
            axes_frame[axis.id] = axis_scores[reference]
            correlation_with_composite = _correlation(axes_frame, axis.id, "ifn")
        checks.append(AxisCheck(id=axis.id, label=axis.label, variables=members, alpha=alpha,
                                n_complete=int(len(items)), composite_correlation=correlation_with_composite))
    return Diagnostics(method_id=method.id, method_label=method.label, n_units=len(scores),
                       n_reference=int(reference.sum()), variables=stats, correlation=correlation, axes=checks,
                       eigenvalues=eigenvalues, explained=explained, loadings=loadings,
                       n_complete=int(len(complete)), warnings=_warnings(stats))
