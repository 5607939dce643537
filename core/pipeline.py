"""One run of the index on DataFrames: units + method + binding → scores and a report."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from . import fields as F
from .aggregate import contributions, mean_with_share, rank_and_decile, rescale_to_unit
from .binding import Binding
from .codes import normalise_commune_codes, normalise_plain_codes, plain_code_array
from .errors import CONTEXT, DataError, Feedback, Message, QT_TRANSLATE_NOOP as _N
from .impute import ABSENT, MISSING, OBSERVED, filled, group_codes, impute_leaf
from .method import Method
from .output_block import OutputBlock
from .normalise import CONSTANT, EMPTY_REFERENCE, ZERO_REFERENCE, Normalised, normalise, winsorise
from .join_report import attach_range_problems, range_checks
from .meshes import binding_for_units
from .sources import (LEVEL_WIDTH, Reader, aggregate_table, columns_by_table, count_columns_by_table,
                      default_reader, load_bound_tables, population_by_code, unmatched_table_error)
from .variables import (LeafValues, evaluate_source, join_stats, leaf_values, mark_unique, number_reports,
                        number_warnings, positions, release_columns)

PARENT_LEVELS = ("epci", "dep")


@dataclass
class Units:
    """The units to score: codes (text) and, optionally, parent codes and the reference mask."""

    codes: pd.Series
    parents: dict = field(default_factory=dict)          # level -> Series of codes
    reference: Optional[np.ndarray] = None               # bool per unit; None = every unit
    level: str = "commune"
    population: Optional[np.ndarray] = None               # overrides the binding's population
    # Commune code -> unit code: commune-level tables are aggregated to the units (EPCI, department).
    members: Optional[pd.Series] = None

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, code: str, parents: Optional[dict] = None,
                   reference: Optional[np.ndarray] = None, level: str = "commune",
                   population: Optional[str] = None, members: Optional[pd.Series] = None) -> "Units":
        missing = [c for c in [code, *(parents or {}).values(), population] if c and c not in frame.columns]
        if missing:
            raise DataError(_N(CONTEXT, "The unit layer has no field {columns}; its fields are: {available}."),
                            columns=missing, available=list(frame.columns))
        pop = None
        if population:
            pop = pd.to_numeric(frame[population], errors="coerce").to_numpy(dtype=float)
        return cls(codes=frame[code], parents={lvl: frame[col] for lvl, col in (parents or {}).items() if col},
                   reference=reference, level=level, population=pop, members=members)


@dataclass
class VariableReport:
    id: str
    label: str
    variable: str
    status: str
    source: str
    year: Optional[int]
    note: str
    observed: int
    imputed: dict
    missing: int
    normalisation: str
    normalisation_status: str
    outside_reference: int
    params: dict

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class RunReport:
    method: str
    binding: str
    n_units: int
    n_reference: int
    variables: list = field(default_factory=list)
    warnings: list = field(default_factory=list)        # Message
    joins: list = field(default_factory=list)
    tables: list = field(default_factory=list)
    numbers: list = field(default_factory=list)
    excluded: list = field(default_factory=list)
    axis_weights: dict = field(default_factory=dict)    # axis id -> effective weight in the composite

    @property
    def proxies(self) -> list:
        return [v for v in self.variables if v.status == "proxy"]

    @property
    def absents(self) -> list:
        return [v for v in self.variables if v.status == "absent"]

    def to_dict(self) -> dict:
        return {"method": self.method, "binding": self.binding, "n_units": self.n_units,
                "n_reference": self.n_reference, "variables": [v.to_dict() for v in self.variables],
                "warnings": [w.to_dict() for w in self.warnings], "joins": [j.to_dict() for j in self.joins],
                "tables": self.tables, "numbers": self.numbers, "excluded": self.excluded,
                "axis_weights": self.axis_weights}


@dataclass
class IndexResult:
    scores: pd.DataFrame       # one row per unit, in the input order; columns = output fields
    report: RunReport
    method: Method
    binding: Binding


def unit_index(units: Units) -> pd.Index:
    """The units' normalised codes, checked (valid, present, unique): clear errors otherwise."""
    if units.level == "commune":
        codes, report = normalise_commune_codes(units.codes)
        if report.n_invalid:
            raise DataError(_N(CONTEXT, "{count} unit code(s) are not INSEE commune codes, e.g. {codes}; "
                                        "choose the field that holds the 5-character INSEE code."),
                            count=report.n_invalid, codes=list(report.invalid))
    else:
        codes = normalise_plain_codes(units.codes, LEVEL_WIDTH.get(units.level, 0))
    if codes.isna().any():
        rows = list(np.flatnonzero(codes.isna().to_numpy())[:10])
        raise DataError(_N(CONTEXT, "{count} unit(s) have no code (feature positions {rows})."),
                        count=int(codes.isna().sum()), rows=rows)
    # The fast path of the code check leaves codes that are already text: no second conversion.
    text = codes.to_numpy(dtype=object) if pd.api.types.infer_dtype(codes, skipna=False) == "string" \
        else codes.astype(str).to_numpy()
    index = pd.Index(text, dtype=object)
    # is_unique hashes the codes once; the hash table is kept by the index and reused by every join.
    if not index.is_unique:
        dup = codes[codes.duplicated()]
        raise DataError(_N(CONTEXT, "Unit code(s) {codes} appear more than once in the layer; each unit must "
                                    "appear once (dissolve multi-part communes first)."), codes=sorted(set(dup)))
    return index


def _tables_needed(binding: Binding, leaves: tuple) -> set:
    needed = set()
    for leaf in leaves:
        bound = binding.of(leaf)
        if bound.source is not None:
            needed.add(bound.source.table)
        needed.update(p.table for p in bound.parents.values())
    if binding.population is not None:
        needed.add(binding.population.table)
    return needed


def load_tables_for(method: Method, binding: Binding, reader: Reader = default_reader,
                    feedback: Optional[Feedback] = None, extra_tables: Optional[dict] = None) -> dict:
    """The tables a run of ``method`` reads, loaded once (callers that run the index many times).

    ``extra_tables``: tables already in memory (computed access times), returned with the others.
    """
    extra = extra_tables or {}
    loaded = load_bound_tables(binding, _tables_needed(binding, method.leaves) - set(extra), reader, feedback)
    return {**loaded, **extra}


def _members(units: Units) -> Optional[pd.Series]:
    """The units' commune → unit mapping with both codes normalised (None when not given)."""
    if units.members is None:
        return None
    communes, report = normalise_commune_codes(pd.Series(units.members.index.astype(str)))
    if report.n_invalid:
        raise DataError(_N(CONTEXT, "{count} commune code(s) of the commune → unit table are not INSEE codes, e.g. "
                                    "{codes}."), count=report.n_invalid, codes=list(report.invalid))
    targets = normalise_plain_codes(pd.Series(units.members.to_numpy(), dtype=object), LEVEL_WIDTH.get(units.level, 0))
    mapping = pd.Series(targets.to_numpy(), index=communes.to_numpy(), dtype=object)
    mapping = mapping[mapping.notna() & mapping.index.notna()]
    return mapping[~mapping.index.duplicated()]


def _to_unit_level(tables: dict, binding: Binding, level: str, members: Optional[pd.Series]) -> tuple[dict, list]:
    """Commune-level tables aggregated onto the units; the join report of the communes kept."""
    communal = {tid: t for tid, t in tables.items() if t.level == "commune"}
    if not communal:
        return tables, []
    if level == "iris":
        raise DataError(_N(CONTEXT, "Table(s) {tables} are at commune level but the units are IRIS, which are smaller: "
                                    "bind tables at IRIS level."), tables=sorted(communal))
    if members is None:
        raise DataError(_N(CONTEXT, "Table(s) {tables} are at commune level but the units are '{level}': give the "
                                    "communes of each unit (a commune layer or table with the unit code) so that "
                                    "they can be aggregated."), tables=sorted(communal), level=level)
    joins = join_stats(communal, pd.Index(members.index), {}, levels={"commune": members.index})
    weights = population_by_code(binding, tables)
    counts = count_columns_by_table(binding)
    used = columns_by_table(binding)
    out = dict(tables)
    for table_id, table in communal.items():
        out[table_id] = aggregate_table(table, members, level, counts.get(table_id, []), weights,
                                        columns=sorted(used.get(table_id, set())))
    return out, joins


def _fill_from_communes(values: dict, fallbacks: dict, tables: dict, unit_codes: pd.Index, cache: dict,
                        report: "RunReport") -> None:
    """Units missing from a unit-level table take the aggregate of their communes (reported)."""
    for leaf, src in fallbacks.items():
        lv = values.get(leaf)
        if lv is None or src.table not in tables or tables[src.table].level == "commune":
            continue
        missing = np.isnan(lv.values)
        if not missing.any():
            continue
        fill, num, den, _zero, _warnings = evaluate_source(src, tables, unit_codes, cache, leaf)
        take = missing & ~np.isnan(fill)
        if not take.any():
            continue
        lv.values = np.where(take, fill, lv.values)
        if lv.numerator is None and num is not None:
            lv.numerator = np.where(take, num, np.nan)
            lv.denominator = np.where(take, den, np.nan)
        table = tables[src.table]
        how = "sum" if src.is_ratio else ("weighted mean" if table.weight else "mean")
        report.warnings.append(Message(_N(CONTEXT, "Variable '{variable}': {count} unit(s) missing from the table "
                                                   "at their level take the aggregate of their communes ({source}, "
                                                   "{how})."),
                                       variable=leaf, count=int(take.sum()), source=src.describe(), how=how))


def _check_matches(tables: dict, unit_codes: pd.Index, unit_level: str, cache: dict) -> None:
    for table in tables.values():
        if table.spec.level != unit_level or table.frame.empty:
            continue
        if not (positions(table, unit_codes, cache) >= 0).any():
            raise unmatched_table_error(table, unit_codes)


def _reference_value(leaf: LeafValues, observed_ref: np.ndarray, weights: Optional[np.ndarray]) -> float:
    """The reference territory's value: a ratio of sums for a ratio, else a (weighted) mean."""
    if leaf.numerator is not None:
        ok = observed_ref & ~np.isnan(leaf.numerator) & ~np.isnan(leaf.denominator)
        den = leaf.denominator[ok].sum()
        return float(leaf.numerator[ok].sum() / den * leaf.scale) if den > 0 else float("nan")
    values = leaf.values[observed_ref]
    if values.size == 0:
        return float("nan")
    if weights is not None:
        w = weights[observed_ref]
        ok = ~np.isnan(w) & (w > 0)
        if ok.any():
            return float(np.average(values[ok], weights=w[ok]))
    return float(values.mean())


_STATUS_MESSAGES = {
    CONSTANT: _N(CONTEXT, "Variable '{variable}' has the same value for every unit of the reference territory; "
                          "it cannot rank units and is left out of the axis."),
    EMPTY_REFERENCE: _N(CONTEXT, "Variable '{variable}' has no value in the reference territory; it is left "
                                 "out of the axis."),
    ZERO_REFERENCE: _N(CONTEXT, "Variable '{variable}': the reference value is 0, so the ratio to the "
                                "reference is undefined; it is left out of the axis."),
}


def compute_index(units: Units, method: Method, binding: Binding, tables: Optional[dict] = None,
                  reader: Reader = default_reader, feedback: Optional[Feedback] = None,
                  extra_tables: Optional[dict] = None) -> IndexResult:
    """``extra_tables``: tables already in memory (e.g. computed access times); the others are read."""
    feedback = feedback or Feedback()
    n = len(units.codes)
    if n == 0:
        raise DataError(_N(CONTEXT, "The unit layer has no feature to score."))
    unit_codes = unit_index(units)
    reference = np.ones(n, bool) if units.reference is None else np.asarray(units.reference, bool)
    if not reference.any():
        raise DataError(_N(CONTEXT, "The reference territory is empty: no unit matches it. Check the reference "
                                    "expression or leave it empty to use every unit."))
    parent_codes = {}
    for level, series in units.parents.items():
        width = LEVEL_WIDTH.get(level, 0)
        parent_codes[level] = plain_code_array(series, width)
    feedback.check()
    feedback.info("Lecture des tables")
    leaves = method.leaves
    scoring_binding, fallbacks = (binding, {}) if units.level == "commune" else binding_for_units(binding, units.level)
    members = _members(units)
    if tables is None:
        needed = _tables_needed(scoring_binding, leaves) - set(extra_tables or {})
        if members is not None:
            needed |= {src.table for src in fallbacks.values()}
        target = pd.Index(members.index) if members is not None else unit_codes
        tables = load_bound_tables(scoring_binding, needed, reader, feedback, target_codes=target)
    tables = {**tables, **(extra_tables or {})}
    feedback.check()
    commune_joins: list = []
    if units.level != "commune":
        tables, commune_joins = _to_unit_level(tables, binding, units.level, members)
    cache: dict = {}
    mark_unique(cache, unit_codes)
    _check_matches(tables, unit_codes, units.level, cache)
    values = leaf_values(leaves, scoring_binding, tables, unit_codes, parent_codes, cache)
    report = RunReport(method=method.id, binding=binding.label, n_units=n, n_reference=int(reference.sum()))
    _fill_from_communes(values, fallbacks, tables, unit_codes, cache, report)
    weights = units.population
    if weights is None and binding.population is not None and binding.population.table in tables:
        weights = evaluate_source(binding.population, tables, unit_codes, cache, "population")[0]
    report.joins = commune_joins + join_stats(tables, unit_codes, parent_codes, cache, unit_level=units.level)
    release_columns(cache)
    problems, range_warnings = range_checks(method, values, unit_codes)
    attach_range_problems(report.joins, problems, units.level)
    report.warnings.extend(range_warnings)
    report.tables = [t.to_report() for t in tables.values()]
    for table in tables.values():
        report.warnings.extend(table.messages)
    feedback.set_progress(30)

    levels = [lvl for lvl in PARENT_LEVELS if lvl in parent_codes]
    parent_groups = {lvl: group_codes(parent_codes[lvl]) for lvl in levels} if method.missing_rule == "parent" \
        else {}
    out = OutputBlock(F.output_fields(method), n)
    imputed: dict = {}
    leaf_scores: dict = {}
    usable: dict = {}
    for i, leaf in enumerate(leaves):
        feedback.check()
        lv = values.pop(leaf)  # released once scored: its arrays are not needed any more
        report.warnings.extend(lv.warnings)
        var = method.leaf_owner(leaf)
        imp = impute_leaf(lv, method.missing_rule, levels, parent_groups, reference, weights)
        imputed[leaf] = imp
        norm_method = var.normalisation or method.normalisation
        # The scale (min, max, mean, reference rate…) comes from the observed reference values only,
        # so imputation never moves it; imputed values are then scored on that scale.
        all_observed = (imp.counts or {}).get(OBSERVED) == n
        observed_ref = reference if all_observed else reference & imp.observed
        x = imp.values
        if method.winsorise and lv.status != "absent":
            x, _changed = winsorise(x, observed_ref, *method.winsorise)
        if lv.status == "absent":
            result = Normalised(np.full(n, np.nan), EMPTY_REFERENCE)
        else:
            ref_value = _reference_value(lv, observed_ref, weights) if norm_method == "ratio" else None
            result = normalise(x, observed_ref, var.leaf_sense(leaf), norm_method, clip=method.clip,
                               reference_value=ref_value, base=method.ratio_base, complement=(var.unit == "%"),
                               points=method.decile_points)
            if not result.usable:
                report.warnings.append(Message(_STATUS_MESSAGES[result.status], variable=leaf))
                report.excluded.append({"variable": leaf, "reason": result.status})
        usable[leaf] = result.usable
        counts = imp.counts
        report.variables.append(VariableReport(
            id=leaf, label=_leaf_label(method, leaf), variable=var.id, status=lv.status,
            source=lv.source.describe() if lv.source else "", year=lv.year, note=lv.note,
            observed=int(counts.get(OBSERVED, 0)),
            imputed={k: int(v) for k, v in counts.items() if k not in (OBSERVED, MISSING, ABSENT)},
            missing=int(counts.get(MISSING, 0)), normalisation=norm_method,
            normalisation_status=result.status, outside_reference=result.n_outside, params=result.params))
        # Kept from here on as rows of the output block: the separate arrays are released.
        out[F.raw_field(leaf)] = imp.values
        imp.values = out[F.raw_field(leaf)]
        out[F.flag_field(leaf)] = imp.flags
        imp.flags = out[F.flag_field(leaf)]
        out[F.score_field(leaf)] = result.values
        leaf_scores[leaf] = out[F.score_field(leaf)]
        if lv.status == "proxy":
            report.warnings.append(Message(_N(CONTEXT, "Variable '{variable}' uses a proxy: {source} ({note})."),
                                           variable=leaf, source=lv.source.describe(), note=lv.note or "-"))
        elif lv.status == "absent":
            report.warnings.append(Message(_N(CONTEXT, "Variable '{variable}' is absent from the data; its axis "
                                                       "is computed from the variables present."), variable=leaf))
        feedback.set_progress(30 + 50 * (i + 1) / len(leaves))

    _aggregate(method, reference, leaf_scores, usable, imputed, out, report)
    report.numbers = number_reports(cache)
    report.warnings.extend(number_warnings(report.numbers, tables))
    feedback.set_progress(100)
    scores = out.frame(units.codes.index)
    return IndexResult(scores=scores, report=report, method=method, binding=binding)


def _leaf_label(method: Method, leaf: str) -> str:
    var = method.leaf_owner(leaf)
    if leaf == var.id:
        return var.label
    return next(c.label for c in var.components if c.id == leaf)


def _aggregate(method: Method, reference: np.ndarray, leaf_scores: dict, usable: dict, imputed: dict, out: OutputBlock,
               report: RunReport) -> None:
    n = len(reference)
    require_all = method.missing_rule == "parent"
    var_scores = {}
    for var in method.variables:
        parts = [leaf_scores[leaf] for leaf in var.leaves if usable[leaf]]
        if not parts:
            var_scores[var.id] = None
            continue
        if var.is_composite:
            score, _ = mean_with_share(parts, None, method.min_share, require_all=False)
            out[F.score_field(var.id)] = score
        else:
            score = parts[0]
        var_scores[var.id] = score
    for var in method.variables:
        if var.is_composite and F.score_field(var.id) not in out:
            out[F.score_field(var.id)] = np.nan

    axis_scores = []
    axis_weights = []
    kept_vars = []
    kept_axis_index = []
    for axis in method.axes:
        present = [v for v in axis.variables if var_scores[v.id] is not None]
        if not present:
            report.warnings.append(Message(_N(CONTEXT, "Axis '{axis}' has no usable variable; it is left out of "
                                                       "the composite and its weight shared by the others."),
                                           axis=axis.label))
            out[F.axis_field(axis.id)] = np.nan
            continue
        score, _ = mean_with_share([var_scores[v.id] for v in present], None, method.min_share,
                                   require_all=require_all)
        out[F.axis_field(axis.id)] = score
        # A variable counts in the contributions only where its axis has a score.
        for v in present:
            kept_vars.append(np.where(np.isnan(score), np.nan, var_scores[v.id]))
        kept_axis_index.extend([len(axis_scores)] * len(present))
        axis_scores.append(score)
        weight = axis.weight * (len(present) if method.composite_weighting == "variables" else 1)
        axis_weights.append(weight)
        report.axis_weights[axis.id] = weight

    if axis_scores and sum(axis_weights) > 0:
        weights = np.asarray(axis_weights, dtype=float)
        composite, present_weight = mean_with_share(axis_scores, weights, method.min_share,
                                                    require_all=not method.composite_available)
        composite = composite * method.composite_scale
        contrib = contributions(kept_vars, kept_axis_index, weights, present_weight, composite,
                                method.composite_scale)
    else:
        composite = np.full(n, np.nan)
        contrib = [np.full(n, np.nan)] * len(kept_vars)
    kept_ids = [v.id for axis in method.axes for v in axis.variables if var_scores[v.id] is not None]
    for var in method.variables:
        out[F.contribution_field(var.id)] = contrib[kept_ids.index(var.id)] if var.id in kept_ids else np.nan

    for inter in method.intermediates:
        cols = [out[F.axis_field(a)] for a in inter.weights]
        w = np.asarray(list(inter.weights.values()), dtype=float)
        score, _ = mean_with_share(cols, w, method.min_share, require_all=True)
        out[F.group_field(inter.id)] = score
    for group in method.groups:
        members = [var_scores[v.id] for v in method.variables if v.group == group.code and var_scores[v.id] is not None]
        if members:
            score, _ = mean_with_share(members, None, method.min_share, require_all=require_all)
        else:
            score = np.full(n, np.nan)
        out[F.group_field(group.id)] = score

    out[F.COMPOSITE] = composite
    if method.rescale:
        for name in F.score_fields(method):
            out[name] = rescale_to_unit(out[name], reference)
    rank, decile = rank_and_decile(out[F.COMPOSITE], reference)
    out[F.RANK] = rank
    out[F.DECILE] = decile
    out[F.IN_REFERENCE] = reference.astype(int)

    leaves = method.leaves
    # Per leaf: observed, imputed or without value, from the flag counts (no comparison of all the
    # flags when a leaf is wholly absent or wholly observed).
    observed = np.zeros((n, len(leaves)), dtype=bool)
    without = np.zeros((n, len(leaves)), dtype=bool)
    for column, leaf in enumerate(leaves):
        imp = imputed[leaf]
        counts = imp.counts or {}
        if counts.get(ABSENT):
            without[:, column] = True
        elif counts.get(OBSERVED) == n:
            observed[:, column] = True
        else:
            observed[:, column] = imp.observed
            if counts.get(MISSING):
                without[:, column] = imp.missing
    is_imputed = ~observed & ~without
    out[F.COVERAGE] = observed.sum(axis=1) / max(len(leaves), 1)
    out[F.N_IMPUTED] = is_imputed.sum(axis=1)
    leaf_array = np.asarray(leaves, dtype=object)
    out[F.IMPUTED] = _join_rows(is_imputed, leaf_array)
    out[F.MISSING] = _join_rows(without, leaf_array)


def _join_rows(mask: np.ndarray, names: np.ndarray) -> np.ndarray:
    """Comma-separated names per row, built once per distinct pattern of the mask."""
    n_rows, n_names = mask.shape
    if n_names == 0:
        return filled(n_rows, "")
    # Each row's pattern as one integer key (bytes of the packed bits), so np.unique stays 1-D.
    packed = np.packbits(mask, axis=1)
    keys = np.zeros(n_rows, dtype=np.uint64)
    for column in range(packed.shape[1]):
        keys = (keys << np.uint64(8)) | packed[:, column].astype(np.uint64) if column < 8 else keys
    if packed.shape[1] > 8:  # more than 64 leaves: fall back to row-wise uniqueness
        patterns, inverse = np.unique(mask, axis=0, return_inverse=True)
        texts = np.array([",".join(names[row]) for row in patterns], dtype=object)
        return texts[inverse.ravel()]
    unique_keys, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    texts = np.array([",".join(names[mask[row]]) for row in first], dtype=object)
    return texts[inverse]
