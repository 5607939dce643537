"""How far each unit's rank depends on the method's choices (OECD/JRC step 7): a Monte Carlo.

Each run draws the axis weights around the chosen ones (each weight × U(1 − spread, 1 + spread)),
a normalisation among those compatible with the data and a missing-value rule, then ranks the
reference units on the resulting composite. Per unit: the median rank, the 5–95 % rank interval
and a stability figure; per choice: how much it alone moves the ranks.

Designed for speed: the normalisation × missing-rule combinations are few, so the pipeline runs
once per combination and keeps its axis scores; the weights only enter the final weighted mean,
so all the runs of a combination are the columns of one matrix product.
"""

from __future__ import annotations

import warnings

from dataclasses import dataclass, field, replace
from typing import Optional

import numpy as np
import pandas as pd

from . import fields as F
from .binding import Binding
from .errors import CONTEXT, DataError, Feedback, Message, QT_TRANSLATE_NOOP as _N
from .method import MISSING_RULES, NORMALISATIONS, Method
from .normalise import OK
from .pipeline import IndexResult, Units, compute_index, load_tables_for
from .ranking import min_ranks, row_quantiles, settle_ties

WEIGHTS = "weights"
NORMALISATION = "normalisation"
MISSING_RULE = "missing_rule"
FACTORS = (WEIGHTS, NORMALISATION, MISSING_RULE)
QUANTILES = (0.05, 0.5, 0.95)
MAX_CELLS = 200_000_000          # runs × reference units kept in memory (float32: 800 MB)
ONE_AT_A_TIME_WEIGHT_RUNS = 200


@dataclass(frozen=True)
class SensitivityOptions:
    runs: int = 1000
    seed: Optional[int] = None                    # None: drawn, then recorded in the result
    weight_spread: float = 0.25                   # each axis weight × U(1 − spread, 1 + spread)
    normalisations: Optional[tuple] = None        # candidates; None = every normalisation
    missing_rules: Optional[tuple] = None         # candidates; None = both rules

    def checked(self) -> "SensitivityOptions":
        if isinstance(self.runs, bool) or not isinstance(self.runs, (int, np.integer)) or self.runs < 1:
            raise DataError(_N(CONTEXT, "The number of Monte Carlo runs must be a whole number of at least 1 "
                                        "(got {value})."), value=self.runs)
        if not 0 <= self.weight_spread < 1:
            raise DataError(_N(CONTEXT, "The weight spread must be between 0 (weights fixed) and 1 excluded "
                                        "(got {value}); 0.25 draws each weight within ±25 %."),
                            value=self.weight_spread)
        for value in self.normalisations or ():
            if value not in NORMALISATIONS:
                raise DataError(_N(CONTEXT, "Unknown normalisation '{value}' for the Monte Carlo; choose among "
                                            "{choices}."), value=value, choices=list(NORMALISATIONS))
        for value in self.missing_rules or ():
            if value not in MISSING_RULES:
                raise DataError(_N(CONTEXT, "Unknown missing-value rule '{value}' for the Monte Carlo; choose "
                                            "among {choices}."), value=value, choices=list(MISSING_RULES))
        if self.normalisations is not None and not self.normalisations:
            raise DataError(_N(CONTEXT, "Choose at least one normalisation for the Monte Carlo."))
        if self.missing_rules is not None and not self.missing_rules:
            raise DataError(_N(CONTEXT, "Choose at least one missing-value rule for the Monte Carlo."))
        seed = self.seed
        if seed is None:
            seed = int(np.random.SeedSequence().entropy % (2 ** 31))
        return replace(self, seed=int(seed))


@dataclass
class Choice:
    """One normalisation × missing-rule combination: its axis scores, computed once."""

    normalisation: str
    missing_rule: str
    axes: np.ndarray              # units × axes, NaN = no score
    require_all: bool             # every axis needed for a composite
    min_share: float


@dataclass
class ChoiceSet:
    axis_ids: tuple
    weights: np.ndarray           # the method's effective axis weights
    normalisations: tuple         # compatible ones, the method's first
    missing_rules: tuple          # the method's first
    choices: dict                 # (normalisation, rule) -> Choice
    reference: np.ndarray
    nominal: IndexResult
    rejected: list = field(default_factory=list)   # Message per normalisation left out

    def choice(self, i: int, j: int) -> Choice:
        return self.choices[(self.normalisations[i], self.missing_rules[j])]

    def restricted(self, normalisations: Optional[tuple], missing_rules: Optional[tuple]) -> "ChoiceSet":
        """The same set drawing only among the given candidates (the method's own choice stays first)."""
        norms = tuple(n for i, n in enumerate(self.normalisations)
                      if i == 0 or normalisations is None or n in normalisations)
        rules = tuple(r for i, r in enumerate(self.missing_rules)
                      if i == 0 or missing_rules is None or r in missing_rules)
        return replace(self, normalisations=norms, missing_rules=rules)


@dataclass
class FactorEffect:
    factor: str                   # WEIGHTS, NORMALISATION or MISSING_RULE
    options: list                 # what the Monte Carlo draws from
    mean_shift: float             # mean |rank − method's rank| when only this choice varies
    p95_shift: float              # 95th percentile of that shift over units and draws
    variance_share: float         # share of the Monte Carlo rank variance (see _variance_shares)
    per_option: dict = field(default_factory=dict)   # option -> mean shift (discrete choices)

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class StabilityResult:
    frame: pd.DataFrame           # per unit: the method's rank, median, 5 % and 95 % ranks, stability
    factors: list                 # FactorEffect, largest mean shift first
    options: SensitivityOptions
    normalisations: tuple
    missing_rules: tuple
    rejected: list
    n_ranked: int                 # reference units ranked by the method itself
    nominal: IndexResult

    @property
    def most_influential(self) -> Optional[FactorEffect]:
        moving = [f for f in self.factors if f.mean_shift > 0]
        return moving[0] if moving else None

    def to_dict(self) -> dict:
        widths = (self.frame[F.RANK_HIGH] - self.frame[F.RANK_LOW]).dropna()
        return {"runs": self.options.runs, "seed": self.options.seed, "weight_spread": self.options.weight_spread,
                "normalisations": list(self.normalisations), "missing_rules": list(self.missing_rules),
                "rejected": [m.to_dict() for m in self.rejected], "n_ranked": self.n_ranked,
                "median_interval_width": float(widths.median()) if len(widths) else None,
                "factors": [f.to_dict() for f in self.factors],
                "most_influential": self.most_influential.factor if self.most_influential else None}


def _usable(result: IndexResult) -> set:
    return {v.id for v in result.report.variables if v.normalisation_status == OK}


def _rule_options(method: Method, rule: str) -> dict:
    """Run-time options for a missing rule; the method's own rule keeps its own settings."""
    if rule == method.missing_rule:
        return {}
    if rule == "available":
        # Leaving values missing must not drop whole units: the composite also takes the axes present.
        return {"missing_rule": "available", "composite_available": True}
    return {"missing_rule": rule}


def _ordered(candidates: Optional[tuple], every: tuple, first: str) -> tuple:
    chosen = tuple(dict.fromkeys(candidates if candidates is not None else every))
    return (first,) + tuple(c for c in chosen if c != first)


def prepare_choices(units: Units, method: Method, binding: Binding, tables: Optional[dict] = None,
                    normalisations: Optional[tuple] = None, missing_rules: Optional[tuple] = None,
                    feedback: Optional[Feedback] = None) -> ChoiceSet:
    """Run the pipeline once per normalisation × missing rule and keep the axis scores.

    A normalisation is compatible when it scores the same variables as the method's own (a ratio
    to a zero reference, for example, is not). The method's own choices always come first.
    """
    feedback = feedback or Feedback()
    if tables is None:
        tables = load_tables_for(method, binding, feedback=feedback)
    nominal = compute_index(units, method, binding, tables=tables)
    axis_ids = tuple(nominal.report.axis_weights)
    if not axis_ids:
        raise DataError(_N(CONTEXT, "No axis of method '{method}' has a usable variable: there is no ranking to "
                                    "test."), method=method.id)
    weights = np.asarray([nominal.report.axis_weights[a] for a in axis_ids], dtype=float)
    # The composite's own rescaling is monotone: ranks do not see it, axis scores must not carry it.
    base = method.with_options(rescale=False) if method.rescale else method
    norms = _ordered(normalisations, NORMALISATIONS, method.normalisation)
    rules = _ordered(missing_rules, MISSING_RULES, method.missing_rule)
    wanted = _usable(nominal)
    reference = (nominal.scores[F.IN_REFERENCE].to_numpy() == 1)
    choices: dict = {}
    kept_norms = []
    rejected = []
    steps = len(norms) * len(rules)
    for i, norm in enumerate(norms):
        results = []
        for j, rule in enumerate(rules):
            feedback.check()
            feedback.set_progress(100.0 * (i * len(rules) + j) / steps)
            if norm == method.normalisation and rule == method.missing_rule and not method.rescale:
                result = nominal
            else:
                variant = base.with_options(normalisation=norm, **_rule_options(method, rule))
                result = compute_index(units, variant, binding, tables=tables)
            results.append((rule, result))
        lost = sorted(wanted - _usable(results[0][1]))
        if lost:
            rejected.append(Message(_N(CONTEXT, "Normalisation '{normalisation}' is left out of the Monte Carlo: it "
                                                "cannot score variable(s) {variables} that the method scores."),
                                    normalisation=norm, variables=lost))
            continue
        kept_norms.append(norm)
        for rule, result in results:
            variant_method = result.method
            axes = np.column_stack([result.scores[F.axis_field(a)].to_numpy(dtype=float) for a in axis_ids])
            choices[(norm, rule)] = Choice(norm, rule, axes, require_all=not variant_method.composite_available,
                                           min_share=variant_method.min_share)
    feedback.set_progress(100)
    return ChoiceSet(axis_ids=axis_ids, weights=weights, normalisations=tuple(kept_norms), missing_rules=rules,
                     choices=choices, reference=reference, nominal=nominal, rejected=rejected)


def composites(choice: Choice, weights: np.ndarray) -> np.ndarray:
    """Composite of every unit for each column of ``weights`` (axes × runs): units × runs.

    The same weighted mean as ``aggregate.mean_with_share``, for many weight vectors at once.
    """
    present = ~np.isnan(choice.axes)
    filled = np.where(present, choice.axes, 0.0)
    numerator = filled @ weights
    present_weight = present.astype(float) @ weights
    with np.errstate(invalid="ignore", divide="ignore"):
        values = numerator / present_weight
    if choice.require_all:
        ok = np.broadcast_to(present.all(axis=1)[:, None], values.shape)
    else:
        ok = (present_weight > 0) & (present_weight / weights.sum(axis=0) >= choice.min_share - 1e-12)
    return np.where(ok, values, np.nan)


def rank_runs(choice_set: ChoiceSet, multipliers: np.ndarray, norm_index: np.ndarray,
              rule_index: np.ndarray, n_ranked: int) -> np.ndarray:
    """Ranks of the reference units (rows) in each run (columns).

    A run that leaves some units without a composite ranks fewer units; its ranks are stretched
    onto 1 … ``n_ranked`` so that every run speaks of the same ranking.
    """
    reference = choice_set.reference
    runs = multipliers.shape[0]
    ranks = np.full((int(reference.sum()), runs), np.nan, dtype=np.float32)
    combos = norm_index * len(choice_set.missing_rules) + rule_index
    for combo in np.unique(combos):
        columns = np.flatnonzero(combos == combo)
        choice = choice_set.choice(*divmod(int(combo), len(choice_set.missing_rules)))
        weights = choice_set.weights[:, None] * multipliers[columns].T
        values = composites(choice, weights)[reference]
        ranks[:, columns] = min_ranks(settle_ties(values))
    counts = np.count_nonzero(~np.isnan(ranks), axis=0)
    stretch = (counts != n_ranked) & (counts > 1) & (n_ranked > 1)
    if stretch.any():
        factor = (n_ranked - 1) / (counts[stretch] - 1)
        ranks[:, stretch] = 1 + (ranks[:, stretch] - 1) * factor
    return ranks


def _mean_abs_shift(ranks: np.ndarray, nominal: np.ndarray) -> tuple[float, float]:
    shift = np.abs(ranks - nominal[:, None])
    shift = shift[~np.isnan(shift)]
    if shift.size == 0:
        return 0.0, 0.0
    return float(shift.mean()), float(np.quantile(shift, 0.95))


def _variance_shares(ranks: np.ndarray, norm_index: np.ndarray, rule_index: np.ndarray, n_rules: int) -> dict:
    """Share of the rank variance (summed over units) due to each choice.

    Normalisation and missing rule: first-order share, the variance of the mean rank per option.
    Weights: the variance left within each normalisation × rule combination, i.e. the weights'
    effect with their interactions. The shares need not sum to one.
    """
    data = ranks.astype(float)
    with np.errstate(invalid="ignore"):
        overall = np.nanmean(data, axis=1)
        total = np.nansum(np.nanmean((data - overall[:, None]) ** 2, axis=1))
    if not total > 0:
        return {WEIGHTS: 0.0, NORMALISATION: 0.0, MISSING_RULE: 0.0}

    def between(groups: np.ndarray) -> float:
        acc = np.zeros(data.shape[0])
        for g in np.unique(groups):
            cols = groups == g
            with np.errstate(invalid="ignore"):
                acc += cols.mean() * np.nan_to_num((np.nanmean(data[:, cols], axis=1) - overall) ** 2)
        return float(acc.sum() / total)

    combos = norm_index * n_rules + rule_index
    within = np.zeros(data.shape[0])
    for g in np.unique(combos):
        cols = combos == g
        with np.errstate(invalid="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)    # a unit ranked in no draw of this group
            within += cols.mean() * np.nan_to_num(np.nanvar(data[:, cols], axis=1))
    return {WEIGHTS: float(within.sum() / total), NORMALISATION: between(norm_index),
            MISSING_RULE: between(rule_index)}


def _one_at_a_time(choice_set: ChoiceSet, multipliers: np.ndarray, nominal_ranks: np.ndarray,
                   n_ranked: int) -> dict:
    """Mean rank shift when a single choice is drawn as in the Monte Carlo, the others fixed."""
    k = len(choice_set.weights)
    out = {}
    sample = multipliers[:ONE_AT_A_TIME_WEIGHT_RUNS]
    zeros = np.zeros(sample.shape[0], dtype=int)
    ranks = rank_runs(choice_set, sample, zeros, zeros, n_ranked)
    out[WEIGHTS] = (_mean_abs_shift(ranks, nominal_ranks), {})
    fixed = np.ones((1, k))
    for factor, options in ((NORMALISATION, choice_set.normalisations), (MISSING_RULE, choice_set.missing_rules)):
        per_option = {}
        columns = []
        for i, option in enumerate(options):
            index = np.array([i])
            other = np.array([0])
            norm_index, rule_index = (index, other) if factor == NORMALISATION else (other, index)
            column = rank_runs(choice_set, fixed, norm_index, rule_index, n_ranked)
            per_option[option] = _mean_abs_shift(column, nominal_ranks)[0]
            columns.append(column)
        out[factor] = (_mean_abs_shift(np.hstack(columns), nominal_ranks), per_option)
    return out


def simulate(choice_set: ChoiceSet, options: SensitivityOptions, feedback: Optional[Feedback] = None
             ) -> StabilityResult:
    """The Monte Carlo proper, on precomputed choices; deterministic for a given seed."""
    feedback = feedback or Feedback()
    options = options.checked()
    choice_set = choice_set.restricted(options.normalisations, options.missing_rules)
    k = len(choice_set.weights)
    n_reference = int(choice_set.reference.sum())
    if n_reference * options.runs > MAX_CELLS:
        raise DataError(_N(CONTEXT, "{runs} runs on {units} reference units need too much memory; choose at most "
                                    "{limit} runs."), runs=options.runs, units=n_reference,
                        limit=max(MAX_CELLS // max(n_reference, 1), 1))
    rng = np.random.default_rng(options.seed)
    spread = options.weight_spread
    multipliers = rng.uniform(1 - spread, 1 + spread, size=(options.runs, k)) if spread > 0 \
        else np.ones((options.runs, k))
    norm_index = rng.integers(0, len(choice_set.normalisations), size=options.runs)
    rule_index = rng.integers(0, len(choice_set.missing_rules), size=options.runs)
    feedback.check()
    nominal_all = choice_set.nominal.scores[F.RANK].to_numpy(dtype=float)
    nominal_ranks = nominal_all[choice_set.reference]
    n_ranked = int(np.count_nonzero(~np.isnan(nominal_ranks)))
    ranks = rank_runs(choice_set, multipliers, norm_index, rule_index, n_ranked)
    feedback.set_progress(60)
    feedback.check()
    low, median, high = row_quantiles(ranks, QUANTILES).T
    span = max(n_ranked - 1, 1)
    stability = np.clip(1.0 - (high - low) / span, 0.0, 1.0)
    effects = _one_at_a_time(choice_set, multipliers, nominal_ranks, n_ranked)
    shares = _variance_shares(ranks, norm_index, rule_index, len(choice_set.missing_rules))
    factors = []
    spread_text = f"±{spread:.0%}"
    for factor, drawn in ((WEIGHTS, [spread_text]), (NORMALISATION, list(choice_set.normalisations)),
                          (MISSING_RULE, list(choice_set.missing_rules))):
        (mean_shift, p95_shift), per_option = effects[factor]
        factors.append(FactorEffect(factor=factor, options=drawn, mean_shift=mean_shift, p95_shift=p95_shift,
                                    variance_share=shares[factor], per_option=per_option))
    factors.sort(key=lambda f: -f.mean_shift)
    feedback.set_progress(100)
    index = choice_set.nominal.scores.index
    frame = pd.DataFrame({F.RANK: nominal_all}, index=index)
    for name, values in ((F.RANK_MEDIAN, median), (F.RANK_LOW, low), (F.RANK_HIGH, high),
                         (F.RANK_STABILITY, stability)):
        column = np.full(len(index), np.nan)
        column[choice_set.reference] = values
        frame[name] = column
    return StabilityResult(frame=frame, factors=factors, options=options,
                           normalisations=choice_set.normalisations, missing_rules=choice_set.missing_rules,
                           rejected=choice_set.rejected, n_ranked=n_ranked, nominal=choice_set.nominal)


class _Span(Feedback):
    """Progress of a sub-step mapped onto part of the caller's bar."""

    def __init__(self, outer: Feedback, start: float, span: float) -> None:
        super().__init__()
        self.outer, self.start, self.span = outer, start, span

    def set_progress(self, percent: float) -> None:
        self.outer.set_progress(self.start + self.span * percent / 100.0)

    def info(self, text: str) -> None:
        self.outer.info(text)

    def is_cancelled(self) -> bool:
        return self.outer.is_cancelled()


def rank_stability(units: Units, method: Method, binding: Binding, options: SensitivityOptions = SensitivityOptions(),
                   tables: Optional[dict] = None, feedback: Optional[Feedback] = None) -> StabilityResult:
    """The whole analysis: prepare every choice once, then run the Monte Carlo."""
    feedback = feedback or Feedback()
    options = options.checked()
    choice_set = prepare_choices(units, method, binding, tables, options.normalisations, options.missing_rules,
                                 _Span(feedback, 0, 70))
    return simulate(choice_set, options, _Span(feedback, 70, 30))


STABILITY_KINDS = {F.RANK_MEDIAN: "double", F.RANK_LOW: "double", F.RANK_HIGH: "double",
                   F.RANK_STABILITY: "double"}
