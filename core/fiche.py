"""What the dock shows of a scored layer: the run summary and the fiche of one unit.

Both are read from the output fields alone (core/fields.py), so they work on a fresh run and on a
layer reopened from a project. Ranks are taken over the reference territory (``ifn_ref`` = 1),
1 being the most fragile unit, as for the composite.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from . import fields as F
from .impute import ABSENT, MISSING, OBSERVED
from .method import Method


@dataclass(frozen=True)
class Bar:
    """A score of the unit and the mean of the same score over the reference territory."""

    id: str
    label: str
    value: Optional[float]
    reference: Optional[float]


@dataclass(frozen=True)
class VariableLine:
    id: str
    label: str
    unit: str
    depth: int                        # 0 = variable of an axis, 1 = component of a composite variable
    value: Optional[float]            # value used (observed or imputed); None for a composite variable
    flag: str                         # origin of the value (impute flags); '' for a composite variable
    score: Optional[float]            # normalised score
    rank: Optional[int]               # rank of the score in the reference territory, 1 = most fragile
    ranked: int                       # units of the reference territory with a score
    contribution: Optional[float]     # share of the composite (variables only)
    status: str = "real"              # real, proxy or absent: how the binding of the run fed the variable


@dataclass
class Fiche:
    key: object
    code: str
    name: str
    composite: Bar
    rank: Optional[int]
    ranked: int
    decile: Optional[int]
    coverage: Optional[float]
    in_reference: bool
    rank_interval: Optional[tuple] = None             # (5 %, median, 95 %) ranks of the Monte Carlo, if run
    axes: list = field(default_factory=list)          # Bar per axis
    groups: list = field(default_factory=list)        # Bar per sub-index
    variables: dict = field(default_factory=dict)     # axis id -> [VariableLine]


@dataclass
class Summary:
    n_units: int
    n_reference: int
    n_scored: int                      # units of the reference territory with a composite
    mean_coverage: Optional[float]
    n_complete: int                    # units whose every variable is observed
    imputed: list = field(default_factory=list)       # (leaf id, label, units imputed), most first
    absent: list = field(default_factory=list)        # (leaf id, label)
    most_fragile: list = field(default_factory=list)  # (rank, key, code, name, composite)


def _number(value) -> Optional[float]:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if np.isnan(number) else number


def _int(value) -> Optional[int]:
    number = _number(value)
    return None if number is None else int(round(number))


def _leaf_label(var, leaf: str) -> str:
    return var.label if leaf == var.id else next(c.label for c in var.components if c.id == leaf)


class ScoredUnits:
    """The attributes of a scored layer (one row per unit) read with its method."""

    def __init__(self, frame: pd.DataFrame, method: Method, code_field: str, name_field: Optional[str] = None,
                 statuses: Optional[dict] = None):
        self.frame = frame
        self.method = method
        self.code_field = code_field
        self.name_field = name_field if name_field in frame.columns else None
        self.statuses = dict(statuses or {})          # leaf -> proxy / absent (real when not listed)
        self.reference = self._numbers(F.IN_REFERENCE).fillna(0).to_numpy() == 1
        self._ranks = self._variable_ranks()

    def _numbers(self, name: str) -> pd.Series:
        if name not in self.frame.columns:
            return pd.Series(np.nan, index=self.frame.index)
        return pd.to_numeric(self.frame[name], errors="coerce")

    def _score_columns(self) -> list:
        names = []
        for var in self.method.variables:
            if var.is_composite:
                names.append(F.score_field(var.id))
            names.extend(F.score_field(leaf) for leaf in var.leaves)
        return names

    def _variable_ranks(self) -> pd.DataFrame:
        """Rank of every normalised score among the reference units (1 = most fragile), vectorised."""
        scores = pd.DataFrame({name: self._numbers(name) for name in self._score_columns()}, index=self.frame.index)
        inside = scores.where(pd.Series(self.reference, index=scores.index), axis=0)
        return inside.rank(ascending=False, method="min")

    def reference_mean(self, name: str) -> Optional[float]:
        values = self._numbers(name)[self.reference]
        return _number(values.mean()) if values.notna().any() else None

    def key_of(self, code: str) -> Optional[object]:
        matches = self.frame.index[self.frame[self.code_field].astype(str) == str(code)]
        return matches[0] if len(matches) else None

    def _name(self, row: pd.Series) -> str:
        return "" if self.name_field is None or row[self.name_field] is None else str(row[self.name_field])

    def _bar(self, row: pd.Series, name: str, ident: str, label: str) -> Bar:
        return Bar(ident, label, _number(row.get(name)), self.reference_mean(name))

    def _line(self, row: pd.Series, key, ident: str, label: str, unit: str, depth: int, leaf: bool,
              contribution: Optional[str]) -> VariableLine:
        score_name = F.score_field(ident)
        ranks = self._ranks[score_name]
        return VariableLine(
            id=ident, label=label, unit=unit, depth=depth,
            value=_number(row.get(F.raw_field(ident))) if leaf else None,
            flag=str(row.get(F.flag_field(ident)) or "") if leaf else "",
            score=_number(row.get(score_name)), rank=_int(ranks.get(key)), ranked=int(ranks.notna().sum()),
            contribution=_number(row.get(contribution)) if contribution else None,
            status=self._status(ident) if leaf else "real")

    def _status(self, leaf: str) -> str:
        """The binding's status; a variable absent from the data is absent whatever the record says."""
        flags = self.frame.get(F.flag_field(leaf))
        if flags is not None and len(flags) and (flags.astype(str) == ABSENT).all():
            return "absent"
        return self.statuses.get(leaf, "real")

    def with_rank_intervals(self, stability: pd.DataFrame) -> None:
        """Add the Monte Carlo rank fields (by unit code) of a rank-stability output to the fiches."""
        codes = self.frame[self.code_field].astype(str)
        by_code = stability.set_index(stability[self.code_field].astype(str))
        by_code = by_code[~by_code.index.duplicated()]
        for name in (F.RANK_LOW, F.RANK_MEDIAN, F.RANK_HIGH, F.RANK_STABILITY):
            if name in by_code.columns:
                self.frame[name] = by_code[name].reindex(codes).to_numpy()

    def _interval(self, row: pd.Series) -> Optional[tuple]:
        low, median, high = (_int(row.get(name)) for name in (F.RANK_LOW, F.RANK_MEDIAN, F.RANK_HIGH))
        return None if low is None or high is None else (low, median, high)

    def fiche(self, key) -> Fiche:
        row = self.frame.loc[key]
        method = self.method
        ranks = self._numbers(F.RANK)
        fiche = Fiche(
            key=key, code=str(row[self.code_field]), name=self._name(row),
            composite=self._bar(row, F.COMPOSITE, F.COMPOSITE, method.label),
            rank=_int(row.get(F.RANK)), ranked=int(ranks.notna().sum()), decile=_int(row.get(F.DECILE)),
            coverage=_number(row.get(F.COVERAGE)), in_reference=bool(self.reference[self.frame.index.get_loc(key)]),
            rank_interval=self._interval(row))
        fiche.axes = [self._bar(row, F.axis_field(a.id), a.id, a.label) for a in method.axes]
        fiche.groups = [self._bar(row, F.group_field(g.id), g.id, g.label) for g in method.groups]
        for axis in method.axes:
            lines = []
            for var in axis.variables:
                contribution = F.contribution_field(var.id)
                lines.append(self._line(row, key, var.id, var.label, var.unit, 0, not var.is_composite,
                                        contribution))
                for comp in var.components:
                    lines.append(self._line(row, key, comp.id, comp.label, var.unit, 1, True, None))
            fiche.variables[axis.id] = lines
        return fiche

    def summary(self, top: int = 10) -> Summary:
        composite = self._numbers(F.COMPOSITE)
        coverage = self._numbers(F.COVERAGE)
        summary = Summary(n_units=len(self.frame), n_reference=int(self.reference.sum()),
                          n_scored=int((composite.notna().to_numpy() & self.reference).sum()),
                          mean_coverage=_number(coverage.mean()) if coverage.notna().any() else None,
                          n_complete=int((coverage >= 1 - 1e-9).sum()))
        for var in self.method.variables:
            for leaf in var.leaves:
                name = F.flag_field(leaf)
                if name not in self.frame.columns:
                    continue
                flags = self.frame[name].astype(str)
                if (flags == ABSENT).all():
                    summary.absent.append((leaf, _leaf_label(var, leaf)))
                    continue
                count = int((~flags.isin([OBSERVED, MISSING, ABSENT])).sum())
                if count:
                    summary.imputed.append((leaf, _leaf_label(var, leaf), count))
        summary.imputed.sort(key=lambda item: -item[2])
        ranks = self._numbers(F.RANK)
        order = ranks[ranks.notna()].sort_values(kind="mergesort").index[:top]
        for key in order:
            row = self.frame.loc[key]
            summary.most_fragile.append((_int(row[F.RANK]), key, str(row[self.code_field]), self._name(row),
                                         _number(row[F.COMPOSITE])))
        return summary
