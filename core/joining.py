"""Joining one source table to the units of a layer: the values, their kinds, and the report.

Used by the "join source tables" step (a new layer with the table's columns) and by the dock.
The table is read, its codes repaired, harmonised to the layer's COG vintage and merged as
``core.sources`` does for a scoring run; numbers become numbers, the rest stays text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import pandas as pd

from .binding import TableSpec
from .codes import normalise_codes_for
from .cog import Passage, read_passage
from .errors import CONTEXT, DataError, Message, QT_TRANSLATE_NOOP as _N
from .meshes import ROW_COUNT, numeric_columns
from .readers import read_table
from .sources import LoadedTable, Reader, harmonise, require_match
from .variables import JoinStats, join_stats, number_reports, number_warnings


@dataclass
class Joined:
    values: pd.DataFrame                 # one row per unit (the layer's index), one column per joined column
    kinds: dict                          # column -> 'double' or 'text'
    names: dict                          # table column -> output field name
    stats: JoinStats
    table: LoadedTable
    messages: list = field(default_factory=list)

    def report(self) -> dict:
        return {"join": self.stats.to_dict(), "fields": self.names, "messages": [m.to_dict() for m in self.messages]}


def unit_codes(codes: pd.Series, level: str) -> pd.Series:
    """The layer's codes, normalised; a layer whose codes are not of ``level`` is refused."""
    normalised, report = normalise_codes_for(codes, level)
    if normalised.notna().sum() == 0:
        raise DataError(_N(CONTEXT, "The unit field holds no code of level '{kind}' (e.g. {codes}); choose the field that "
                                    "holds the codes, or check the geographic level."),
                        kind=level, codes=list(report.invalid[:5]))
    return normalised


def load_source(path: str, spec: TableSpec, reader: Optional[Reader] = None, passage_path: Optional[str] = None,
                passage_columns: tuple = (None, None), target_codes: Optional[pd.Index] = None,
                columns: Optional[list] = None) -> LoadedTable:
    """A table file (or project layer through ``reader``) harmonised to the units (``columns``: default all)."""
    frame = reader(path, spec) if reader is not None else read_table(path, sheet=spec.sheet, layer=spec.layer)
    passage: Optional[Passage] = None
    if passage_path:
        passage_frame = read_table(passage_path)
        passage = read_passage(passage_frame, str(passage_path), *passage_columns)
    return harmonise(frame, spec, str(path), list(spec.counts), passage, target_codes, columns=columns)


def field_names(columns: list, taken: set, prefix: str = "") -> dict:
    """Output field names: the column name with the prefix; a name the layer already has gets '_j'."""
    names = {}
    used = {t.lower() for t in taken}
    for column in columns:
        name = f"{prefix}{column}"
        while name.lower() in used:
            name = f"{name}_j"
        used.add(name.lower())
        names[column] = name
    return names


def join_to_units(codes: pd.Series, table: LoadedTable, columns: Optional[list] = None, prefix: str = "",
                  taken: Optional[set] = None) -> Joined:
    """The table's columns aligned on the units (``codes``: normalised codes, indexed like the layer)."""
    frame = table.frame
    wanted = [c for c in (columns or list(frame.columns)) if c != table.spec.code]
    if ROW_COUNT in frame.columns and ROW_COUNT not in wanted:
        wanted.append(ROW_COUNT)  # how many rows were summed into each unit
    unknown = [c for c in wanted if c not in frame.columns]
    if unknown:
        raise DataError(_N(CONTEXT, "{file}: column(s) {columns} not found; the table has: {available}."),
                        file=table.path, columns=unknown, available=list(frame.columns))
    numeric = {c for c in wanted if frame[c].dtype.kind == "f"} | set(
        numeric_columns(frame, [c for c in wanted if frame[c].dtype.kind != "f"]))
    names = field_names(wanted, taken or set(), prefix)
    values = {}
    kinds = {}
    reports = {}
    keys = codes.astype(object).where(codes.notna(), None)
    for column in wanted:
        name = names[column]
        if column in numeric:
            series, report = table.number_column(column)
            reports[(table.spec.id, column)] = (series, report)
            values[name] = keys.map(series).astype(float).to_numpy()
            kinds[name] = "double"
        else:
            values[name] = keys.map(frame[column]).to_numpy()
            kinds[name] = "text"
    joined = pd.DataFrame(values, index=codes.index)
    targets = pd.Index(codes.dropna().astype(str).unique())
    require_match(table, targets)
    stats = join_stats({table.spec.id: table}, targets, {}, reports, unit_level=table.level)[0]
    messages = list(table.messages) + number_warnings(number_reports(reports), {table.spec.id: table})
    renamed = [name for column, name in names.items() if name != f"{prefix}{column}"]
    if renamed:
        messages.append(Message(_N(CONTEXT, "{file}: column(s) {columns} have the names of fields of the layer; they "
                                            "are written as {fields} (the layer is not modified)."),
                                file=table.path, columns=[c for c, n in names.items() if n != f"{prefix}{c}"],
                                fields=renamed))
    return Joined(values=joined, kinds=kinds, names=names, stats=stats, table=table, messages=messages)
