"""The contents of the diagnostics and rank-stability reports (text, tables, charts)."""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from ..core import fields as F
from ..core.classify import french_number
from ..core.diagnostics import KURTOSIS_LIMIT, SKEW_LIMIT, Diagnostics
from ..core.sensitivity import MISSING_RULE, NORMALISATION, WEIGHTS, StabilityResult
from . import charts
from .messages import localized, tr
from .report import BulletList, Document, Heading, Image, Paragraph, Table

LEAST_STABLE = 20


def _n(value: Optional[float], decimals: int = 2) -> str:
    if value is None or not np.isfinite(value):
        return "–"
    return french_number(float(value), decimals)


def _pct(value: Optional[float], decimals: int = 0) -> str:
    return "–" if value is None or not np.isfinite(value) else f"{french_number(100 * value, decimals)} %"


def normalisation_name(code: str) -> str:
    names = {"minmax": tr("min-max"), "ratio": tr("ratio to the reference (base 100)"),
             "rank": tr("percentile rank"), "zscore": tr("z-score"), "deciles": tr("decile points")}
    return names.get(code, code)


def rule_name(code: str) -> str:
    names = {"parent": tr("parent territory value"), "available": tr("variables present only")}
    return names.get(code, code)


def factor_name(code: str) -> str:
    names = {WEIGHTS: tr("Axis weights"), NORMALISATION: tr("Normalisation"), MISSING_RULE: tr("Missing values")}
    return names.get(code, code)


def _run_lines(context: dict) -> list:
    lines = []
    if context.get("layer"):
        lines.append(tr("Layer: {}").format(context["layer"]))
    if context.get("binding"):
        lines.append(tr("Data: {}").format(context["binding"]))
    if context.get("date"):
        lines.append(tr("Computed on: {}").format(context["date"]))
    return lines


def diagnostics_document(diag: Diagnostics, context: Optional[dict] = None,
                         observed: Optional[dict] = None) -> Document:
    """``observed`` maps a variable id to its observed reference values (for the histograms)."""
    context = context or {}
    doc = Document(tr("Diagnostics of the index – {}").format(diag.method_label))
    doc.add(BulletList(_run_lines(context) + [
        tr("Units: {} ({} in the reference territory)").format(diag.n_units, diag.n_reference),
        tr("Units with every normalised variable (correlations, alpha, principal components): {}").format(
            diag.n_complete)]))
    doc.add(Heading(tr("Warnings")))
    doc.add(BulletList([localized(w) for w in diag.warnings]) if diag.warnings
            else Paragraph(tr("No warning: no variable breaks the JRC skewness rule and no single unit sets a "
                              "min-max scale.")))

    doc.add(Heading(tr("Variables")))
    doc.add(Paragraph(tr("Statistics of the observed values in the reference territory (imputed values excluded). "
                         "Skewness and kurtosis are the sample estimators (as in a spreadsheet); the JRC suggests "
                         "treating a variable when |skewness| > {} and kurtosis > {}. Outliers lie beyond the "
                         "far-out fences (first quartile − 3 × interquartile range, third quartile + 3 × "
                         "interquartile range).").format(_n(SKEW_LIMIT, 0), _n(KURTOSIS_LIMIT, 1))))
    rows = []
    for v in diag.variables:
        if v.absent:
            rows.append([v.id, v.label, v.axis, tr("absent from the data"), "0 %", "–", "–", "–", "–", "–", "–", "–"])
            continue
        setters = "; ".join(f"{s.code} ({s.side} {_n(s.value)}, {_pct(s.share)})" for s in v.scale_setters)
        outliers = str(v.n_outliers) + (f" ({', '.join(v.outliers[:5])})" if v.outliers else "")
        rows.append([v.id, v.label, v.axis, normalisation_name(v.normalisation), _pct(v.coverage), str(v.imputed),
                     _n(v.minimum), _n(v.maximum), _n(v.skewness), _n(v.kurtosis),
                     outliers + (" ⚠" if v.skewed else ""), setters or "–"])
    doc.add(Table([tr("Variable"), tr("Label"), tr("Axis"), tr("Normalisation"), tr("Coverage"), tr("Imputed"),
                   tr("Minimum"), tr("Maximum"), tr("Skewness"), tr("Kurtosis"), tr("Outliers"),
                   tr("Single unit at an end of the scale")], rows))
    if observed:
        doc.add(Image("histogrammes", charts.histograms(observed, tr("Distribution of the observed values")),
                      tr("Histograms of the observed values in the reference territory")))

    doc.add(Heading(tr("Correlations")))
    if diag.correlation.empty:
        doc.add(Paragraph(tr("Fewer than two variables can be correlated.")))
    else:
        labels = list(diag.correlation.columns)
        doc.add(Paragraph(tr("Pearson correlations between the normalised variables as they enter the index (a "
                             "higher score is always more fragile, imputed values included). Strong negative "
                             "correlations inside an axis, or none at all, question its consistency.")))
        doc.add(Image("correlations", charts.heatmap(diag.correlation.to_numpy(), labels,
                                                     tr("Correlations between normalised variables")),
                      tr("Correlation matrix")))

    doc.add(Heading(tr("Consistency of the axes")))
    doc.add(Paragraph(tr("Cronbach's alpha measures how far the variables of an axis vary together (above 0.7: "
                         "consistent; it needs two variables or more). The correlation of each axis with the "
                         "composite shows how much of the index it drives.")))
    doc.add(Table([tr("Axis"), tr("Label"), tr("Variables"), tr("Cronbach's alpha"), tr("Units"),
                   tr("Correlation with the composite")],
                  [[a.id, a.label, ", ".join(a.variables), _n(a.alpha), str(a.n_complete),
                    _n(a.composite_correlation)] for a in diag.axes]))
    doc.add(Image("axes_composite", charts.bar_chart(
        [f"{a.id} {a.label}"[:34] for a in diag.axes],
        [a.composite_correlation if a.composite_correlation is not None else np.nan for a in diag.axes],
        tr("Correlation of each axis with the composite"), -1.0, 1.0), tr("Axes and composite")))

    doc.add(Heading(tr("Principal components")))
    if not diag.explained:
        doc.add(Paragraph(tr("Too few complete units or variables for a principal component analysis.")))
    else:
        cumulative = np.cumsum(diag.explained)
        doc.add(Paragraph(tr("Principal components of the correlation matrix of the normalised variables. If the "
                             "first component explains most of the variance, the variables measure one thing; "
                             "several components with an eigenvalue above 1 mean several dimensions.")))
        doc.add(Table([tr("Component"), tr("Eigenvalue"), tr("Variance explained"), tr("Cumulative")],
                      [[f"CP{i + 1}", _n(e), _pct(x, 1), _pct(c, 1)]
                       for i, (e, x, c) in enumerate(zip(diag.eigenvalues, diag.explained, cumulative))]))
        doc.add(Image("composantes", charts.bar_chart(
            [f"CP{i + 1}" for i in range(len(diag.explained))], diag.explained,
            tr("Share of variance explained by each component"), 0.0, 1.0, percent=True),
            tr("Variance explained")))
        if not diag.loadings.empty:
            doc.add(Paragraph(tr("Loadings (correlation of each variable with the first components):")))
            doc.add(Table([tr("Variable")] + list(diag.loadings.columns),
                          [[name] + [_n(v) for v in row] for name, row in zip(diag.loadings.index,
                                                                               diag.loadings.to_numpy())]))
    return doc


def stability_document(result: StabilityResult, codes: Sequence[str], names: Optional[Sequence[str]] = None,
                       context: Optional[dict] = None) -> Document:
    context = context or {}
    options = result.options
    doc = Document(tr("Stability of the ranking – {}").format(result.nominal.method.label))
    frame = result.frame
    width = (frame[F.RANK_HIGH] - frame[F.RANK_LOW]).dropna()
    doc.add(BulletList(_run_lines(context) + [
        tr("Monte Carlo runs: {} (seed {})").format(options.runs, options.seed),
        tr("Axis weights drawn within ±{} of the method's").format(_pct(options.weight_spread)),
        tr("Normalisations drawn: {}").format(", ".join(normalisation_name(n) for n in result.normalisations)),
        tr("Missing-value rules drawn: {}").format(", ".join(rule_name(r) for r in result.missing_rules)),
        tr("Units ranked: {}").format(result.n_ranked)] + [localized(m) for m in result.rejected]))
    doc.add(Heading(tr("How far ranks move")))
    if len(width):
        doc.add(Paragraph(tr("Half of the units have a 5–95 % rank interval narrower than {} places; the widest "
                             "spans {} places. Field {} holds 1 minus the interval width over the number of units "
                             "ranked (1 = same rank in every run).").format(
            _n(float(width.median()), 0), _n(float(width.max()), 0), F.RANK_STABILITY)))
    top = result.most_influential
    doc.add(Paragraph(tr("The choice that moves ranks most: {} (a unit moves {} places on average when it alone "
                         "varies).").format(factor_name(top.factor), _n(top.mean_shift, 0)) if top
                      else tr("No choice moves any rank: every choice is fixed.")))
    rows = []
    for f in result.factors:
        drawn = ", ".join(normalisation_name(o) if f.factor == NORMALISATION else
                          rule_name(o) if f.factor == MISSING_RULE else o for o in f.options)
        detail = "; ".join(f"{normalisation_name(k) if f.factor == NORMALISATION else rule_name(k)}: {_n(v, 0)}"
                           for k, v in f.per_option.items())
        rows.append([factor_name(f.factor), drawn, _n(f.mean_shift, 0), _n(f.p95_shift, 0),
                     _pct(f.variance_share), detail or "–"])
    doc.add(Table([tr("Choice"), tr("Options drawn"), tr("Mean rank shift"), tr("95th percentile of the shift"),
                   tr("Share of rank variance"), tr("Mean shift per option")], rows))
    doc.add(Paragraph(tr("Mean rank shift: mean over units of |rank − the method's rank| when only this choice is "
                         "drawn, the others kept as in the method. Share of rank variance: for the normalisation "
                         "and the missing-value rule, the variance of the mean rank per option; for the weights, the "
                         "variance left within each normalisation and rule.")))
    doc.add(Image("intervalles", charts.interval_chart(
        frame[F.RANK_MEDIAN].to_numpy(dtype=float), frame[F.RANK_LOW].to_numpy(dtype=float),
        frame[F.RANK_HIGH].to_numpy(dtype=float), tr("5–95 % rank intervals (1 = most fragile)"),
        tr("Units ordered by median rank"), tr("Rank")), tr("Rank intervals")))
    doc.add(Heading(tr("Least stable units")))
    order = np.argsort(frame[F.RANK_STABILITY].to_numpy(dtype=float), kind="stable")
    order = [i for i in order if np.isfinite(frame[F.RANK_STABILITY].iloc[i])][:LEAST_STABLE]
    names = list(names) if names is not None else [""] * len(frame)
    doc.add(Table([tr("Code"), tr("Name"), tr("Rank"), tr("Median rank"), tr("5 % rank"), tr("95 % rank"),
                   tr("Stability")],
                  [[str(codes[i]), str(names[i] or ""), _n(frame[F.RANK].iloc[i], 0),
                    _n(frame[F.RANK_MEDIAN].iloc[i], 0), _n(frame[F.RANK_LOW].iloc[i], 0),
                    _n(frame[F.RANK_HIGH].iloc[i], 0), _n(frame[F.RANK_STABILITY].iloc[i])] for i in order]))
    return doc
