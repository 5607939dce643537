"""Raw values of the method's variables for each unit, from the bound tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from .binding import Binding, ValueSource
from .errors import CONTEXT, DataError, Message, QT_TRANSLATE_NOOP as _N
from .sources import LoadedTable


@dataclass
class LeafValues:
    """What the tables give for one leaf variable, aligned on the units."""

    leaf: str
    status: str                                  # real / proxy / absent
    values: np.ndarray                           # NaN where missing
    numerator: Optional[np.ndarray] = None       # for ratios: summable counts
    denominator: Optional[np.ndarray] = None
    scale: float = 1.0
    source: Optional[ValueSource] = None
    parents: dict = field(default_factory=dict)  # level -> values per unit from a parent-level table
    matched: int = 0                             # units found in the table
    zero_denominator: int = 0
    year: Optional[int] = None
    note: str = ""
    warnings: list = field(default_factory=list)


@dataclass
class JoinStats:
    table: str
    path: str
    rows: int
    matched_units: int
    units_without_row: list
    codes_without_unit: list
    n_units_without_row: int
    n_codes_without_unit: int
    level: str = "commune"
    n_targets: int = 0                 # units (or member communes) the table was matched against
    details: dict = field(default_factory=dict)    # the loaded table's report (codes, merges, reading)
    values: list = field(default_factory=list)     # bound columns: missing, not numeric, negative
    out_of_range: list = field(default_factory=list)  # bound variables with impossible values

    def to_dict(self) -> dict:
        return dict(self.__dict__)


POSITIONS = "positions"  # cache entry: (table id, codes) -> row of each code in the table (-1: none)
UNIQUE = "unique codes"  # cache entry: the codes known to be unique (the units')


def mark_unique(cache: dict, codes: pd.Index) -> None:
    """Tell ``positions`` that ``codes`` are unique (checked by the caller), so it can use their hash table."""
    cache[UNIQUE] = codes


def _rows_by_units(index: pd.Index, codes: pd.Index) -> Optional[np.ndarray]:
    """Row of each (unique) code in ``index``, looking the table's codes up in the codes' own hash table.

    That table is built once for all the tables of a run, where ``index.get_indexer`` would hash
    every table's codes. None when a code appears on several rows (the caller reports it).
    """
    unit_of_row = codes.get_indexer(index)
    found = unit_of_row >= 0
    rows = np.full(len(codes), -1, dtype=np.intp)
    rows[unit_of_row[found]] = np.flatnonzero(found)
    if np.count_nonzero(rows >= 0) != np.count_nonzero(found):
        return None
    return rows


def positions(table: LoadedTable, codes: pd.Index, cache: dict) -> np.ndarray:
    """Row of each code in the table, hashed once per table and set of codes."""
    store = cache.setdefault(POSITIONS, {})
    key = (table.spec.id, id(codes))
    hit = store.get(key)
    if hit is None or hit[0] is not codes:  # the codes object is kept, so its id cannot be reused
        rows = _rows_by_units(table.frame.index, codes) if cache.get(UNIQUE) is codes else None
        hit = (codes, table.frame.index.get_indexer(codes) if rows is None else rows)
        store[key] = hit
    return hit[1]


def _column_numbers(table: LoadedTable, column: str, codes: pd.Index, cache: dict) -> np.ndarray:
    key = (table.spec.id, column)
    if key not in cache:
        cache[key] = table.number_column(column)
    series, _report = cache[key]
    rows = positions(table, codes, cache)
    values = series.to_numpy(dtype=float)
    if not len(values):
        return np.full(len(rows), np.nan)
    if rows.size and rows.min() >= 0:
        return values.take(rows)
    return np.where(rows >= 0, values.take(rows), np.nan)


def release_columns(cache: dict) -> None:
    """Drop the joined columns and row positions, keeping the number reports (a million units ×
    a dozen columns is a hundred megabytes that the scoring that follows does not need)."""
    cache.pop(POSITIONS, None)
    for key, (_series, rep) in list(_number_items(cache)):
        cache[key] = (None, rep)


def _number_items(cache: dict):
    return ((key, value) for key, value in cache.items() if key not in (POSITIONS, UNIQUE))


def _terms(table: LoadedTable, terms: tuple, codes: pd.Index, cache: dict) -> np.ndarray:
    """A sum of signed columns (missing if any term is missing)."""
    total = np.zeros(len(codes))
    for sign, column in terms:
        total = total + sign * _column_numbers(table, column, codes, cache)
    return total


def _describe_terms(terms: tuple) -> str:
    """('num',) or 'P17_RP - P17_RP_VOIT1P' for a sum of signed columns."""
    text = ""
    for sign, column in terms:
        text += (" - " if sign < 0 else " + ") + column if text else ("-" if sign < 0 else "") + column
    return text


def number_reports(cache: dict) -> list:
    return [{"table": table, **rep.to_dict()} for (table, column), (_series, rep) in _number_items(cache)]


def number_warnings(numbers: list, tables: dict) -> list:
    """Cells that are neither numbers nor a missing-value token: named, never silently zero."""
    warnings = []
    for item in numbers:
        if not item["not_numeric"]:
            continue
        line, value = item["examples"][0] if item["examples"] else ("?", "?")
        table = tables.get(item["table"])
        warnings.append(Message(_N(CONTEXT, "{file}: column '{column}' has {count} cell(s) that are not numbers "
                                            "(e.g. line {line}: '{value}'); they are treated as missing."),
                                file=table.path if table is not None else item["table"], column=item["column"],
                                count=item["not_numeric"], line=line, value=value))
    return warnings


def evaluate_source(src: ValueSource, tables: dict, codes: pd.Index, cache: dict, leaf: str,
              ) -> tuple[np.ndarray, Optional[np.ndarray], Optional[np.ndarray], int, list]:
    table = tables[src.table]
    missing_cols = [c for c in src.columns if c not in table.frame.columns]
    if missing_cols:
        raise DataError(_N(CONTEXT, "{file}: column(s) {columns} bound to variable '{variable}' not found; "
                                    "the table has: {available}."), file=table.path, columns=missing_cols,
                        variable=leaf, available=list(table.frame.columns))
    warnings = []
    if not src.is_ratio:
        return _column_numbers(table, src.column, codes, cache), None, None, 0, warnings
    num = _terms(table, src.numerator_terms, codes, cache)
    den = _terms(table, src.denominator_terms, codes, cache)
    for terms, counts in ((src.numerator_terms, num), (src.denominator_terms, den)):
        negative = int(np.count_nonzero(counts < 0))
        if negative:
            warnings.append(Message(_N(CONTEXT, "{file}: column '{column}' (a count, bound to variable "
                                                "'{variable}') has {count} negative value(s); those units get "
                                                "no value for it."), file=table.path,
                                    column=_describe_terms(terms), variable=leaf, count=negative))
    zero = (den == 0) & ~np.isnan(num)
    with np.errstate(divide="ignore", invalid="ignore"):
        values = np.where(den > 0, num / den * src.scale, np.nan)
    values[(den < 0) | (num < 0)] = np.nan
    n_zero = int(zero.sum())
    if n_zero:
        warnings.append(Message(_N(CONTEXT, "Variable '{variable}': {count} unit(s) have a zero denominator "
                                            "('{column}' in {file}); their value is missing, not 0."),
                                variable=leaf, count=n_zero, column=src.denominator, file=table.path))
    return values, num, den, n_zero, warnings


def leaf_values(method_leaves: tuple, binding: Binding, tables: dict, unit_codes: pd.Index,
                parent_codes: dict, cache: Optional[dict] = None) -> dict:
    """Values of every leaf variable, aligned on ``unit_codes``.

    ``parent_codes`` maps a level ('epci', 'dep') to the parent code of each unit.
    """
    cache = {} if cache is None else cache
    result = {}
    parent_indexes: dict = {}
    for leaf in method_leaves:
        bound = binding.of(leaf)
        if bound.status == "absent" or bound.source is None:
            result[leaf] = LeafValues(leaf=leaf, status="absent", values=np.full(len(unit_codes), np.nan),
                                      note=bound.note, year=bound.year)
            continue
        src = bound.source
        values, num, den, n_zero, warnings = evaluate_source(src, tables, unit_codes, cache, leaf)
        matched = int(np.count_nonzero(positions(tables[src.table], unit_codes, cache) >= 0))
        parents = {}
        for level, psrc in bound.parents.items():
            if level not in parent_codes:
                continue
            if level not in parent_indexes:
                parent_indexes[level] = pd.Index(parent_codes[level])
            pvalues, _pn, _pd, _z, pwarn = evaluate_source(psrc, tables, parent_indexes[level], cache, leaf)
            parents[level] = pvalues
            warnings.extend(pwarn)
        result[leaf] = LeafValues(leaf=leaf, status=bound.status, values=values, numerator=num, denominator=den,
                                  scale=src.scale, source=src, parents=parents, matched=matched,
                                  zero_denominator=n_zero, year=bound.year, note=bound.note, warnings=warnings)
    return result


def join_stats(tables: dict, unit_codes: pd.Index, parent_codes: dict, cache: Optional[dict] = None,
               levels: Optional[dict] = None, unit_level: str = "commune") -> list:
    """How each table matched the units (or the parent units of its level).

    ``levels`` maps a level to the codes to match against (default: the units for the units'
    level, the parent codes for a parent level); ``cache`` gives the number reports of the
    columns used.
    """
    stats = []
    reports: dict = {}
    for (table_id, _column), (_series, rep) in _number_items(cache or {}):
        reports.setdefault(table_id, []).append(rep.to_dict())
    for table in tables.values():
        level = table.level
        if levels is not None and level in levels:
            targets = pd.Index(levels[level])
        elif level == unit_level:
            targets = unit_codes
        elif level in parent_codes:
            targets = pd.Index(pd.unique(pd.Series(parent_codes[level]).dropna()))
        else:
            continue
        index = table.frame.index
        rows = positions(table, targets, cache) if cache is not None else index.get_indexer(targets)
        in_table = rows >= 0
        in_units = np.zeros(len(index), dtype=bool)
        in_units[rows[in_table]] = True
        # Examples only: a table matching few of a million units must not make a million strings.
        without_row = [str(c) for c in targets[np.flatnonzero(~in_table)[:50]]]
        without_unit = [str(c) for c in index[np.flatnonzero(~in_units)[:50]]]
        stats.append(JoinStats(table=table.spec.id, path=table.path, rows=int(len(index)),
                               matched_units=int(in_table.sum()), units_without_row=without_row,
                               codes_without_unit=without_unit, n_units_without_row=int(np.count_nonzero(~in_table)),
                               n_codes_without_unit=int(np.count_nonzero(~in_units)), level=level,
                               n_targets=int(len(targets)),
                               details=table.to_report(), values=reports.get(table.spec.id, [])))
    return stats
