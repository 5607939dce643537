"""Merging rows onto larger or newer units: counts summed, other values population-weighted.

One rule for every merge (communes absorbed by a commune nouvelle, arrondissements into Paris,
Lyon and Marseille, duplicate rows the user chose to sum, communes into their EPCI or
department): counts are summed, so that rates are recomputed from the summed numerators and
denominators; medians, rates given without their counts and other non-additive values take a
population-weighted mean and are flagged as such; text keeps the first row's value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

import numpy as np
import pandas as pd

from .tables import NumberReport, is_numeric_column, to_number

SUM = "sum"
WEIGHTED = "weighted_mean"
MEAN = "mean"
FIRST = "first"
ROW_COUNT = "n_rows"


@dataclass
class Merged:
    """The result of a merge: one row per key."""

    frame: pd.DataFrame                      # indexed by key; numeric columns as floats, text as text
    rows: pd.Series                          # number of source rows per key
    rules: dict                              # column -> SUM / WEIGHTED / MEAN / FIRST
    numbers: dict = field(default_factory=dict)   # column -> NumberReport of the source cells
    incomplete: dict = field(default_factory=dict)  # column -> keys whose sum misses some rows' values
    unweighted: dict = field(default_factory=dict)  # column -> keys averaged without weights

    @property
    def non_additive(self) -> list:
        return [c for c, rule in self.rules.items() if rule in (WEIGHTED, MEAN)]

    def describe(self, weight_name: str = "") -> dict:
        return {"rules": dict(self.rules), "weight": weight_name,
                "incomplete_sums": {c: len(k) for c, k in self.incomplete.items() if len(k)},
                "unweighted_groups": {c: len(k) for c, k in self.unweighted.items() if len(k)}}


def _constant_in_groups(values: np.ndarray, groups: np.ndarray) -> bool:
    frame = pd.DataFrame({"g": groups, "x": values}).dropna()
    if frame.empty:
        return True
    spread = frame.groupby("g")["x"].agg(["min", "max"])
    return bool((spread["min"] == spread["max"]).all())


def numeric_columns(frame: pd.DataFrame, columns: Optional[Iterable[str]] = None) -> list:
    """Columns holding numbers; codes written with a leading zero (``02``, ``02001``) stay text."""
    names = list(frame.columns if columns is None else columns)
    out = []
    for name in names:
        values = frame[name]
        if values.dtype.kind not in "fiub" and values.astype("string").str.match(r"^\s*0\d").fillna(False).any():
            continue
        if is_numeric_column(values):
            out.append(name)
    return out


def merge_rows(frame: pd.DataFrame, keys: pd.Series, counts: Iterable[str], weights: Optional[np.ndarray] = None,
               numeric: Optional[Iterable[str]] = None) -> Merged:
    """Merge the rows of ``frame`` sharing a key (vectorised; rows without a key are left out).

    ``counts`` are summed (a group whose rows all lack the value stays missing, one that lacks
    some is reported as incomplete); other ``numeric`` columns take the mean weighted by
    ``weights`` (rows without a weight are left out of the weighting; a group with no weight at
    all takes the plain mean, reported); other columns keep the first row's text.
    """
    keys = pd.Series(np.asarray(keys, dtype=object), index=frame.index)
    present = keys.notna().to_numpy()
    frame = frame[present]
    keys = keys[present]
    order = pd.Index(pd.unique(keys))
    counts = set(counts)
    numeric = numeric_columns(frame) if numeric is None else [c for c in numeric if c in frame.columns]
    w = None if weights is None else np.asarray(weights, dtype=float)[present]
    codes = pd.Categorical(keys, categories=order)
    rows = pd.Series(np.bincount(codes.codes, minlength=len(order)), index=order)
    out = {}
    rules = {}
    numbers = {}
    incomplete = {}
    unweighted = {}
    first = ~pd.Series(codes.codes).duplicated().to_numpy()
    for column in frame.columns:
        if column not in numeric:
            out[column] = pd.Series(frame[column].to_numpy()[first], index=order[codes.codes[first]]).reindex(order)
            rules[column] = FIRST
            continue
        values, report = to_number(frame[column], column)
        numbers[column] = report
        has = ~np.isnan(values)
        n_has = np.bincount(codes.codes, weights=has, minlength=len(order))
        if column in counts:
            total = np.bincount(codes.codes, weights=np.where(has, values, 0.0), minlength=len(order))
            out[column] = pd.Series(np.where(n_has > 0, total, np.nan), index=order)
            rules[column] = SUM
            short = (n_has > 0) & (n_has < rows.to_numpy())
            incomplete[column] = list(order[short])
            continue
        plain = np.bincount(codes.codes, weights=np.where(has, values, 0.0), minlength=len(order))
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(n_has > 0, plain / n_has, np.nan)
        if _constant_in_groups(values, codes.codes):
            # An attribute of the group (its department, its own code…), not a measure: nothing to average.
            out[column] = pd.Series(frame[column].to_numpy()[first], index=order[codes.codes[first]]).reindex(order)
            rules[column] = FIRST
            numbers.pop(column)
            continue
        if w is None:
            out[column] = pd.Series(mean, index=order)
            rules[column] = MEAN
            continue
        ok = has & ~np.isnan(w) & (w > 0)
        wx = np.bincount(codes.codes, weights=np.where(ok, values * np.where(ok, w, 0.0), 0.0), minlength=len(order))
        ww = np.bincount(codes.codes, weights=np.where(ok, w, 0.0), minlength=len(order))
        with np.errstate(invalid="ignore", divide="ignore"):
            weighted = np.where(ww > 0, wx / ww, mean)
        out[column] = pd.Series(weighted, index=order)
        rules[column] = WEIGHTED
        unweighted[column] = list(order[(ww == 0) & (n_has > 0) & (rows.to_numpy() > 1)])
    merged = pd.DataFrame(out, index=order)[list(frame.columns)]
    return Merged(frame=merged, rows=rows, rules=rules, numbers=numbers, incomplete=incomplete,
                  unweighted=unweighted)


@dataclass
class UnitSummary:
    """What the aggregation of communes gives each larger unit, besides the values."""

    codes: pd.Index
    n_communes: pd.Series
    members: pd.Series                       # commune code -> unit code (the communes found)
    population: Optional[pd.Series] = None   # sum of the members' population
    main_parent: dict = field(default_factory=dict)  # level -> Series: parent code holding most people


def members_from(commune_codes: pd.Series, unit_codes: pd.Series) -> pd.Series:
    """Commune → unit mapping (text codes); communes without a unit are left out."""
    mapping = pd.Series(unit_codes.to_numpy(), index=commune_codes.astype(str).to_numpy(), dtype=object)
    mapping = mapping[mapping.notna() & (mapping.astype(str) != "")]
    return mapping[~mapping.index.duplicated()]


def summarise_units(members: pd.Series, population: Optional[pd.Series] = None,
                    parents: Optional[dict] = None) -> UnitSummary:
    """Number of communes, population and main parent (e.g. department) of each unit."""
    codes = pd.Index(pd.unique(members.to_numpy()))
    n = members.groupby(members.to_numpy()).size().reindex(codes)
    pop = None
    if population is not None:
        pop = population.reindex(members.index).groupby(members.to_numpy()).sum(min_count=1).reindex(codes)
    main = {}
    for level, parent in (parents or {}).items():
        frame = pd.DataFrame({"unit": members.to_numpy(), "parent": parent.reindex(members.index).to_numpy(),
                              "w": (population.reindex(members.index).fillna(0).to_numpy()
                                    if population is not None else np.ones(len(members)))})
        frame = frame.dropna(subset=["parent"])
        sums = frame.groupby(["unit", "parent"], sort=True)["w"].sum().reset_index()
        sums = sums.sort_values(["unit", "w"], ascending=[True, False], kind="mergesort")
        main[level] = sums.drop_duplicates("unit").set_index("unit")["parent"].reindex(codes)
    return UnitSummary(codes=codes, n_communes=n, members=members, population=pop, main_parent=main)


def aggregate_to_units(frame: pd.DataFrame, members: pd.Series, counts: Iterable[str],
                       weights: Optional[pd.Series] = None, numeric: Optional[Iterable[str]] = None) -> Merged:
    """A commune-level frame (indexed by commune code) merged onto the units of ``members``.

    ``weights`` (population by commune code) weight the non-additive columns.
    """
    keys = pd.Series(frame.index.map(members), index=frame.index)
    w = None if weights is None else weights.reindex(frame.index).to_numpy(dtype=float)
    return merge_rows(frame, keys, counts, w, numeric)


def number_report_dicts(reports: dict) -> list:
    return [r.to_dict() for r in reports.values() if isinstance(r, NumberReport)]


def binding_for_units(binding, level: str) -> tuple:
    """The binding seen from units of ``level`` (EPCI, department).

    A variable with a table at that level (a parent source, such as Filosofi's EPCI file) reads
    it directly: it is the value the producer publishes for the unit, better than any aggregate
    of communes under statistical secrecy. Its commune source is kept as a fallback for units the
    table misses. Returns the new binding and {leaf: commune-level ValueSource} fallbacks.
    """
    from dataclasses import replace

    variables = {}
    fallbacks = {}
    for leaf, bound in binding.variables.items():
        parent = bound.parents.get(level)
        if parent is None or bound.source is None:
            variables[leaf] = bound
            continue
        parents = {lvl: src for lvl, src in bound.parents.items() if lvl != level}
        variables[leaf] = replace(bound, source=parent, parents=parents)
        fallbacks[leaf] = bound.source
    return replace(binding, variables=variables), fallbacks
