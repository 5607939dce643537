"""Loading the tables a binding names: codes normalised, COG vintages harmonised, rows merged right.

A table on an older COG vintage is brought to the layer's vintage with its passage table; the
municipal arrondissements of Paris, Lyon and Marseille are folded into their commune when the
layer holds the commune; rows sharing a code are an error unless the table says to sum them.
Whenever rows are merged, counts are summed (rates are recomputed from them later) and the
other values take a population-weighted mean, flagged in the report (``core.meshes``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import numpy as np
import pandas as pd

from .binding import Binding, TableSpec
from .codes import WIDTHS, CodeReport, normalise_codes_for
from .cog import Passage, plm_folding, read_passage
from .errors import CONTEXT, DataError, Feedback, Message, QT_TRANSLATE_NOOP as _N
from .meshes import ROW_COUNT, Merged, aggregate_to_units, merge_rows, numeric_columns
from .proposals import insee_counts
from .readers import read_info, read_table
from .tables import LINE_INDEX, NumberReport, require_columns, to_number

# A reader gets (path, table spec) and returns every cell as text.
Reader = Callable[[Path, TableSpec], pd.DataFrame]
LEVEL_WIDTH = {level: width for level, width in WIDTHS.items() if level != "commune"}
CODE_INDEX = "code"


@dataclass
class LoadedTable:
    spec: TableSpec
    path: str
    frame: pd.DataFrame                   # indexed by the normalised code, unique
    code_report: CodeReport = field(default_factory=CodeReport)
    remapped: int = 0                     # rows moved to a newer code by the passage table
    merged: int = 0                       # rows merged into another row's code
    non_additive: tuple = ()              # columns averaged (population-weighted), not summed, when merging
    rows_read: int = 0
    lines: Optional[pd.Series] = None     # code -> file line of its (first) row
    merges: list = field(default_factory=list)   # what was merged and why
    rules: dict = field(default_factory=dict)    # column -> how it was merged
    numbers: dict = field(default_factory=dict)  # column -> NumberReport of the source cells (merged columns)
    passage: Optional[dict] = None
    messages: list = field(default_factory=list)  # Message
    level: str = ""                       # level of the rows (the spec's, or the units' after aggregation)
    weight: str = ""                      # what weighted the non-additive columns
    read: dict = field(default_factory=dict)      # how the file was read (encoding, separator, title rows…)
    aggregated: Optional[dict] = None     # set when commune rows were aggregated to larger units

    def __post_init__(self) -> None:
        self.level = self.level or self.spec.level

    def number_column(self, column: str) -> tuple[pd.Series, NumberReport]:
        """A column as numbers indexed by code, with the report of its source cells."""
        values = self.frame[column]
        if column in self.numbers and values.dtype.kind == "f":
            return pd.Series(values.to_numpy(dtype=float), index=self.frame.index), self.numbers[column]
        lines = self.lines.reindex(self.frame.index).to_numpy() if self.lines is not None else None
        source = values if lines is None else pd.Series(values.to_numpy(), index=pd.Index(lines, name=LINE_INDEX))
        numbers, report = to_number(source, column)
        return pd.Series(numbers, index=self.frame.index), report

    def to_report(self) -> dict:
        return {"table": self.spec.id, "path": self.path, "rows": int(len(self.frame)), "rows_read": self.rows_read,
                "level": self.level, "cog": self.spec.cog, "year": self.spec.year,
                "restored_leading_zeros": self.code_report.restored,
                "invalid_codes": list(self.code_report.invalid), "n_invalid_codes": self.code_report.n_invalid,
                "invalid_lines": list(self.code_report.invalid_lines), "remapped_codes": self.remapped,
                "merged_rows": self.merged, "merges": self.merges, "non_additive_columns": list(self.non_additive),
                "merge_rules": self.rules, "weight": self.weight, "passage": self.passage, "read": self.read,
                "aggregated": self.aggregated, "messages": [m.to_dict() for m in self.messages]}


def default_reader(path: Path, spec: TableSpec) -> pd.DataFrame:
    return read_table(path, sheet=spec.sheet, layer=spec.layer)


def normalise_codes(values: pd.Series, level: str) -> tuple[pd.Series, CodeReport]:
    return normalise_codes_for(values, level)


def load_passage(binding: Binding, passage_id: str, reader: Reader) -> Passage:
    spec = binding.passages[passage_id]
    path = binding.passage_path(passage_id)
    frame = reader(path, TableSpec(id=passage_id, path=spec.path, code=spec.old))
    return read_passage(frame, str(path), spec.old, spec.new)


def _duplicate_error(path: str, column: str, codes: pd.Series, lines: pd.Index) -> DataError:
    dup = codes[codes.duplicated(keep=False)]
    first = dup.iloc[0]
    where = [int(x) for x in lines[(codes == first).to_numpy()]][:10]
    return DataError(_N(CONTEXT, "{file}: code {code} appears on several rows (lines {lines}) of column '{column}', "
                                 "and {count} code(s) in all; each unit must appear once. If the rows are parts to "
                                 "add up, choose to sum duplicates (\"duplicates\": \"sum\")."),
                     file=path, code=first, lines=where, column=column, count=int(dup.nunique()))


def table_counts(spec: TableSpec, frame: pd.DataFrame, bound_counts: list) -> set:
    """Columns summed when rows are merged: bound numerators, denominators and population, the
    spec's ``counts`` and ``weight``, and INSEE count codes (``P17_POP``…)."""
    counts = set(bound_counts) | set(spec.counts) | set(insee_counts(frame.columns))
    if spec.weight:
        counts.add(spec.weight)
    return counts


def _row_weights(spec: TableSpec, frame: pd.DataFrame, codes: pd.Series, weights: Optional[pd.Series],
                 path: str) -> tuple[Optional[np.ndarray], str]:
    if spec.weight:
        require_columns(frame, [spec.weight], path)
        return to_number(frame[spec.weight], spec.weight)[0], spec.weight
    if weights is not None:
        return weights.reindex(codes.to_numpy()).to_numpy(dtype=float), "population"
    return None, ""


def harmonise(frame: pd.DataFrame, spec: TableSpec, path: str, counts: list,
              passage: Optional[Passage] = None, target_codes: Optional[pd.Index] = None,
              weights: Optional[pd.Series] = None, columns: Optional[list] = None) -> LoadedTable:
    """A text table (as read, indexed by line) → one row per code of the layer's vintage.

    ``columns``: the columns to keep besides the code (default: all).
    """
    require_columns(frame, [spec.code] + list(columns or []), path)
    if passage is not None and spec.level != "commune":
        raise DataError(_N(CONTEXT, "{file}: a passage table maps commune codes, but this table is at level "
                                    "'{level}'; remove its passage."), file=path, level=spec.level)
    if columns is not None:
        keep = [spec.code] + [c for c in dict.fromkeys(list(columns) + ([spec.weight] if spec.weight else []))
                              if c != spec.code]
        frame = frame[keep]
    read = read_info(frame)
    rows_read = len(frame)
    codes, code_report = normalise_codes_for(frame[spec.code], spec.level)
    messages = code_report.messages(path, spec.code, spec.level)
    valid = codes.notna().to_numpy()
    frame, codes = frame[valid], codes[valid]
    if frame.empty:
        raise DataError(_N(CONTEXT, "{file}: no row has a valid code in column '{column}' (e.g. {codes}); choose the "
                                    "column that holds the codes, or check the geographic level ({level})."),
                        file=path, column=spec.code, codes=list(code_report.invalid[:3]), level=spec.level)
    lines = frame.index
    merges = []
    repeated = codes.duplicated().to_numpy()   # hashed once: the keys are the codes unless remapped below
    if repeated.any():
        if spec.duplicates != "sum":
            raise _duplicate_error(path, spec.code, codes, lines)
        merges.append({"reason": "duplicates", "rows": int(codes.duplicated(keep=False).sum()),
                       "codes": int(codes[codes.duplicated(keep=False)].nunique())})
    keys = codes.astype(object)
    remapped_keys = False
    remapped = 0
    passage_info = None
    if passage is not None:
        _check_vintage(passage, target_codes, path, messages)
        new = keys.map(passage.mapping)
        remapped = int(new.notna().sum())
        keys = new.fillna(keys)
        remapped_keys = True
        passage_info = passage.to_dict()
        if remapped:
            merges.append({"reason": "passage", "rows": remapped, "codes": int(new.dropna().nunique())})
    if spec.level == "commune" and target_codes is not None:
        fold, drop = plm_folding(keys, target_codes)
        if drop.any():
            messages.append(Message(_N(CONTEXT, "{file}: {count} arrondissement row(s) of Paris, Lyon or Marseille left "
                                                "out: the table already has a row for their commune."),
                                    file=path, count=int(drop.sum())))
            merges.append({"reason": "arrondissements_dropped", "rows": int(drop.sum()), "codes": 0})
            frame, keys, codes, fold = frame[~drop], keys[~drop], codes[~drop], fold[~drop]
            remapped_keys = True
        if fold.notna().any():
            merges.append({"reason": "arrondissements", "rows": int(fold.notna().sum()),
                           "codes": int(fold.dropna().nunique())})
            keys = fold.fillna(keys)
            remapped_keys = True
    count_set = table_counts(spec, frame, counts)
    frame = frame.copy()
    key_text = keys.astype(str).to_numpy()
    frame[spec.code] = key_text   # the code the row now has, normalised
    loaded = LoadedTable(spec=spec, path=path, frame=frame, code_report=code_report, remapped=remapped,
                         rows_read=rows_read, merges=merges, passage=passage_info, messages=messages, read=read)
    if remapped_keys:
        repeated = keys.duplicated().to_numpy()
    if not repeated.any():
        index = pd.Index(key_text, name=CODE_INDEX)
        # The frame's own index: number_column aligns the lines on it without hashing the codes.
        loaded.lines = pd.Series(frame.index.to_numpy(), index=index)
        frame.index = index  # the frame is this function's copy: no second one
        return loaded
    first_line = pd.Series(frame.index.to_numpy(), index=keys.to_numpy())
    loaded.lines = first_line[~repeated]
    # The row that kept its code comes first, so text columns keep the surviving unit's values.
    order = np.argsort((codes.to_numpy() != keys.to_numpy()).astype(np.int8), kind="stable")
    frame, keys, codes = frame.iloc[order], keys.iloc[order], codes.iloc[order]
    row_weights, weight_name = _row_weights(spec, frame, codes, weights, path)
    numeric = [c for c in numeric_columns(frame) if c != spec.code]
    merged = merge_rows(frame, keys, count_set, row_weights, numeric)
    _apply_merge(loaded, merged, weight_name)
    if spec.duplicates == "sum":
        loaded.frame[ROW_COUNT] = merged.rows.reindex(loaded.frame.index).to_numpy(dtype=float)
        loaded.rules[ROW_COUNT] = "rows"
    return loaded


def _check_vintage(passage: Passage, target_codes: Optional[pd.Index], path: str, messages: list) -> None:
    """Warn when the layer holds the old codes of the passage rather than the new ones."""
    if target_codes is None or passage.mapping.empty:
        return
    old_in_layer = int(passage.mapping.index.isin(target_codes).sum())
    new_in_layer = int(pd.Index(passage.mapping.unique()).isin(target_codes).sum())
    if old_in_layer > new_in_layer:
        messages.append(Message(_N(CONTEXT, "{file}: the layer holds {count} of the old codes of the passage table "
                                            "(e.g. {codes}); it may be on the older COG vintage, and the passage "
                                            "should not be applied."),
                                file=path, count=old_in_layer,
                                codes=list(passage.mapping.index[passage.mapping.index.isin(target_codes)][:5])))


def _apply_merge(loaded: LoadedTable, merged: Merged, weight_name: str) -> None:
    frame = merged.frame
    frame.index = pd.Index(frame.index.astype(str), name=CODE_INDEX)
    loaded.frame = frame
    loaded.merged = int((merged.rows - 1).clip(lower=0).sum())
    loaded.rules = dict(merged.rules)
    loaded.numbers = dict(merged.numbers)
    loaded.non_additive = tuple(merged.non_additive)
    loaded.weight = weight_name
    if merged.non_additive and weight_name:
        loaded.messages.append(Message(
            _N(CONTEXT, "{file}: merging rows, column(s) {columns} cannot be summed; they take a mean weighted by "
                        "{weight} (flagged in the metadata)."),
            file=loaded.path, columns=merged.non_additive, weight=weight_name))
    elif merged.non_additive:
        loaded.messages.append(Message(
            _N(CONTEXT, "{file}: merging rows, column(s) {columns} cannot be summed and no weight is known; they "
                        "take a plain mean (flagged in the metadata). Declare them as counts if they can be "
                        "summed."), file=loaded.path, columns=merged.non_additive))
    incomplete = {c: k for c, k in merged.incomplete.items() if k}
    if incomplete:
        column, keys = next(iter(incomplete.items()))
        loaded.messages.append(Message(
            _N(CONTEXT, "{file}: the sum of column '{column}' misses values for {count} merged code(s), e.g. {codes}."),
            file=loaded.path, column=column, count=len(keys), codes=list(keys[:5])))


def require_match(table: LoadedTable, unit_codes: pd.Index) -> None:
    """A table none of whose codes is a unit of the layer is an error, not an empty join."""
    if not table.frame.empty and not table.frame.index.isin(unit_codes).any():
        raise unmatched_table_error(table, unit_codes)


def unmatched_table_error(table: LoadedTable, unit_codes: pd.Index) -> DataError:
    return DataError(_N(CONTEXT, "{file}: none of its codes (column '{column}', e.g. {codes}) matches a "
                                 "unit of the layer (e.g. {units}); check the code field and the COG "
                                 "vintage."), file=table.path, column=table.spec.code,
                     codes=list(table.frame.index[:3]), units=list(unit_codes[:3]))


def load_table(binding: Binding, table_id: str, count_columns: list, reader: Reader = default_reader,
               target_codes: Optional[pd.Index] = None, weights: Optional[pd.Series] = None) -> LoadedTable:
    spec = binding.tables[table_id]
    path = binding.table_file(table_id)
    frame = reader(path, spec)
    passage = load_passage(binding, spec.passage, reader) if spec.passage else None
    return harmonise(frame, spec, str(path), count_columns, passage, target_codes, weights)


def count_columns_by_table(binding: Binding) -> dict:
    """Columns used as numerator, denominator or population are counts: they can be summed."""
    counts: dict = {}
    sources = [b.source for b in binding.variables.values() if b.source is not None]
    sources += [p for b in binding.variables.values() for p in b.parents.values()]
    for src in sources:
        if src.is_ratio:
            counts.setdefault(src.table, []).extend(src.columns)
    if binding.population is not None:
        counts.setdefault(binding.population.table, []).extend(binding.population.columns)
    return counts


def columns_by_table(binding: Binding) -> dict:
    """Every column the binding reads, by table (sources, parents, population)."""
    used: dict = {}
    sources = [b.source for b in binding.variables.values() if b.source is not None]
    sources += [p for b in binding.variables.values() for p in b.parents.values()]
    if binding.population is not None:
        sources.append(binding.population)
    for src in sources:
        used.setdefault(src.table, set()).update(src.columns)
    return used


def population_by_code(binding: Binding, tables: dict) -> Optional[pd.Series]:
    """The binding's population per code of its table (weights of the non-additive columns)."""
    src = binding.population
    if src is None or src.table not in tables or src.is_ratio:
        return None
    table = tables[src.table]
    if src.column not in table.frame.columns:
        return None
    return table.number_column(src.column)[0]


def load_bound_tables(binding: Binding, table_ids: Optional[set] = None, reader: Reader = default_reader,
                      feedback: Optional[Feedback] = None, target_codes: Optional[pd.Index] = None) -> dict:
    """The tables of the binding, the population table first (its values weight the others' merges)."""
    counts = count_columns_by_table(binding)
    wanted = sorted(table_ids if table_ids is not None else binding.tables)
    population_table = binding.population.table if binding.population is not None else None
    if population_table in wanted:
        wanted.remove(population_table)
        wanted.insert(0, population_table)
    loaded: dict = {}
    weights = None
    for i, table_id in enumerate(wanted):
        if feedback is not None:
            feedback.check()
            feedback.set_progress(100.0 * i / max(len(wanted), 1))
        level_weights = weights if binding.tables[table_id].level == "commune" else None
        loaded[table_id] = load_table(binding, table_id, counts.get(table_id, []), reader, target_codes,
                                      level_weights)
        if table_id == population_table:
            weights = population_by_code(binding, loaded)
    return loaded


def aggregate_table(table: LoadedTable, members: pd.Series, level: str, counts: list,
                    weights: Optional[pd.Series] = None, columns: Optional[list] = None) -> LoadedTable:
    """A commune-level table aggregated onto larger units (EPCI, department): counts summed,
    non-additive columns population-weighted and flagged. ``columns``: those to keep (default all)."""
    count_set = table_counts(table.spec, table.frame, counts)
    names = [c for c in (table.frame.columns if columns is None else columns) if c != table.spec.code]
    numeric = [c for c in names if table.frame[c].dtype.kind == "f" or c in numeric_columns(table.frame, [c])]
    converted = pd.DataFrame({c: table.number_column(c)[0] if c in numeric else table.frame[c] for c in names},
                             index=table.frame.index)
    merged = aggregate_to_units(converted, members, count_set, weights, numeric)
    communes = int(table.frame.index.isin(members.index).sum())
    out = LoadedTable(spec=table.spec, path=table.path, frame=table.frame, code_report=table.code_report,
                      remapped=table.remapped, rows_read=table.rows_read, merges=list(table.merges),
                      passage=table.passage, messages=list(table.messages), level=level, read=table.read)
    _apply_merge(out, merged, "population" if weights is not None else "")
    out.numbers = {c: table.number_column(c)[1] for c in numeric}
    out.merged = 0
    out.lines = None
    out.aggregated = {"from": table.level, "to": level, "communes": communes, "units": int(len(merged.frame)),
                      **merged.describe(out.weight)}
    return out
