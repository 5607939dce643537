"""Loading the tables a binding names, with codes normalised and COG vintages harmonised."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import numpy as np
import pandas as pd

from .binding import Binding, TableSpec
from .codes import CodeReport, normalise_commune_codes, normalise_plain_codes
from .errors import CONTEXT, DataError, Feedback, QT_TRANSLATE_NOOP as _N
from .tables import read_csv_text, require_columns, to_number

# A reader gets (path, table spec) and returns every cell as text.
Reader = Callable[[Path, TableSpec], pd.DataFrame]
LEVEL_WIDTH = {"epci": 9, "dep": 2, "iris": 9}


@dataclass
class LoadedTable:
    spec: TableSpec
    path: str
    frame: pd.DataFrame                   # indexed by the normalised code, unique
    code_report: CodeReport = field(default_factory=CodeReport)
    remapped: int = 0                     # rows moved to a newer code by the passage table
    merged: int = 0                       # rows summed into another code
    non_additive: tuple = ()              # columns averaged (not summed) when merging codes

    def to_report(self) -> dict:
        return {"table": self.spec.id, "path": self.path, "rows": int(len(self.frame)),
                "level": self.spec.level, "cog": self.spec.cog, "year": self.spec.year,
                "restored_leading_zeros": self.code_report.restored,
                "invalid_codes": list(self.code_report.invalid), "remapped_codes": self.remapped,
                "merged_rows": self.merged, "non_additive_columns": list(self.non_additive)}


def default_reader(path: Path, spec: TableSpec) -> pd.DataFrame:
    return read_csv_text(path)


def normalise_codes(values: pd.Series, level: str) -> tuple[pd.Series, CodeReport]:
    if level == "commune":
        return normalise_commune_codes(values)
    return normalise_plain_codes(values, LEVEL_WIDTH.get(level, 0)), CodeReport()


def load_passage(binding: Binding, passage_id: str, reader: Reader) -> pd.Series:
    spec = binding.passages[passage_id]
    path = binding.passage_path(passage_id)
    frame = reader(path, TableSpec(id=passage_id, path=spec.path, code=spec.old))
    require_columns(frame, [spec.old, spec.new], str(path))
    old, _ = normalise_commune_codes(frame[spec.old])
    new, _ = normalise_commune_codes(frame[spec.new])
    mapping = pd.Series(new.to_numpy(), index=old.to_numpy()).dropna()
    twice = mapping.index[mapping.index.duplicated()]
    if len(twice):
        raise DataError(_N(CONTEXT, "{file}: code(s) {codes} are mapped twice in the passage table."),
                        file=str(path), codes=sorted(set(twice)))
    moved = mapping[mapping.index != mapping.to_numpy()]
    cycles = sorted(set(moved.index) & set(moved.to_numpy()))
    if cycles:
        raise DataError(_N(CONTEXT, "{file}: code(s) {codes} are both old and new codes (a chain or a "
                                    "cycle); give each old code its final code."), file=str(path), codes=cycles)
    return mapping


def _harmonise(frame: pd.DataFrame, codes: pd.Series, mapping: pd.Series, count_columns: list,
               ) -> tuple[pd.DataFrame, pd.Series, int, int, tuple]:
    """Bring rows to the newer codes: counts are summed, other used columns averaged."""
    new_codes = codes.map(mapping)
    remapped = int(new_codes.notna().sum())
    codes = new_codes.fillna(codes)
    duplicated = codes.duplicated(keep=False) & codes.notna()
    if not duplicated.any():
        return frame, codes, remapped, 0, ()
    frame = frame.copy()
    merged_rows = int(duplicated.sum() - codes[duplicated].nunique())
    keep = ~codes.duplicated(keep="first") | codes.isna()
    groups = codes[duplicated]
    averaged = []
    for column in frame.columns:
        values, _ = to_number(frame.loc[duplicated, column], column)
        if np.isnan(values).all():
            continue  # a text column: keep the first row's text
        series = pd.Series(values, index=groups.index)
        if column in count_columns:
            merged = series.groupby(groups).sum(min_count=1)
        else:
            merged = series.groupby(groups).mean()
            averaged.append(column)
        first_rows = groups[~groups.duplicated()]
        frame.loc[first_rows.index, column] = [repr(float(v)) if v == v else "" for v in
                                               merged.reindex(first_rows.to_numpy()).to_numpy()]
    return frame[keep], codes[keep], remapped, merged_rows, tuple(averaged)


def load_table(binding: Binding, table_id: str, count_columns: list, reader: Reader = default_reader
               ) -> LoadedTable:
    spec = binding.tables[table_id]
    path = binding.table_path(table_id)
    frame = reader(path, spec)
    require_columns(frame, [spec.code], str(path))
    codes, code_report = normalise_codes(frame[spec.code], spec.level)
    remapped = merged = 0
    averaged: tuple = ()
    if spec.passage:
        mapping = load_passage(binding, spec.passage, reader)
        frame, codes, remapped, merged, averaged = _harmonise(frame, codes, mapping, count_columns)
    valid = codes.notna()
    frame = frame[valid.to_numpy()]
    codes = codes[valid]
    dup = codes[codes.duplicated()]
    if len(dup):
        raise DataError(_N(CONTEXT, "{file}: code(s) {codes} appear on several rows of column '{column}'; "
                                    "each unit must appear once."), file=str(path), codes=sorted(set(dup)),
                        column=spec.code)
    frame = frame.set_axis(pd.Index(codes.astype(str).to_numpy(), name="code"), axis=0)
    return LoadedTable(spec=spec, path=str(path), frame=frame, code_report=code_report, remapped=remapped,
                       merged=merged, non_additive=averaged)


def count_columns_by_table(binding: Binding) -> dict:
    """Columns used as numerator or denominator are counts: they can be summed."""
    counts: dict = {}
    sources = [b.source for b in binding.variables.values() if b.source is not None]
    sources += [p for b in binding.variables.values() for p in b.parents.values()]
    if binding.population is not None:
        sources.append(binding.population)
    for src in sources:
        cols = counts.setdefault(src.table, [])
        if src.is_ratio:
            cols.extend([src.numerator, src.denominator])
        elif binding.population is not None and src is binding.population:
            cols.append(src.column)
    return counts


def load_bound_tables(binding: Binding, table_ids: Optional[set] = None, reader: Reader = default_reader,
                      feedback: Optional[Feedback] = None) -> dict:
    counts = count_columns_by_table(binding)
    wanted = sorted(table_ids if table_ids is not None else binding.tables)
    loaded = {}
    for i, table_id in enumerate(wanted):
        if feedback is not None:
            feedback.check()
            feedback.set_progress(100.0 * i / max(len(wanted), 1))
        loaded[table_id] = load_table(binding, table_id, counts.get(table_id, []), reader)
    return loaded
