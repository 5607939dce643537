"""Equipment tables as destinations: counts per unit code, or rows with coordinates. Pure pandas.

The QGIS side reads vector files and reprojects coordinates; everything that is a table (CSV
counts, CSV points with latitude/longitude) is interpreted here, with the file, line and column of
any bad cell named in the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from .access_spec import ANY_TYPE, EquipmentSpec, normalise_type
from .codes import CodeReport
from .errors import CONTEXT, DataError, Message, QT_TRANSLATE_NOOP as _N
from .sources import normalise_codes
from .tables import require_columns, to_number

_PAIR_SEPARATOR = re.compile(r"\s*[;,]\s*|\s+")
FIRST_LINE = 2       # file line of the first data row (line 1 is the header)


@dataclass
class SourceReport:
    """What one equipment source gave: rows read, kept, unusable, outside the units."""

    id: str
    file: str
    kind: str
    rows: int = 0
    filtered_out: int = 0
    bad_rows: list = field(default_factory=list)      # file lines (or feature ids) without usable location
    n_bad: int = 0
    unmatched_codes: list = field(default_factory=list)
    n_unmatched: int = 0
    outside: int = 0                                  # points in no unit (kept as destinations)
    destinations: int = 0
    types: int = 0
    year: Optional[int] = None
    source: str = ""
    licence: str = ""

    def to_dict(self) -> dict:
        return dict(self.__dict__)

    def to_table_report(self) -> dict:
        """The shape of ``LoadedTable.to_report`` for the run's provenance."""
        return {"table": self.id, "path": self.file, "rows": self.rows, "level": None, "cog": None,
                "year": self.year, "destinations": self.destinations, "unusable_rows": self.n_bad,
                "codes_without_unit": self.n_unmatched, "points_outside_units": self.outside}

    def warnings(self) -> list:
        out = []
        if self.n_bad:
            out.append(Message(_N(CONTEXT, "Equipment source '{source}' ({file}): {count} row(s) have no usable "
                                           "location (lines or features {rows}); they are ignored."),
                               source=self.id, file=self.file, count=self.n_bad, rows=self.bad_rows))
        if self.n_unmatched:
            out.append(Message(_N(CONTEXT, "Equipment source '{source}' ({file}): {count} code(s) match no unit of "
                                           "the layer (e.g. {codes}); these equipments outside the territory "
                                           "cannot be located and are ignored."),
                               source=self.id, file=self.file, count=self.n_unmatched, codes=self.unmatched_codes))
        if self.outside:
            out.append(Message(_N(CONTEXT, "Equipment source '{source}' ({file}): {count} point(s) lie in no unit "
                                           "of the layer; they still serve the units nearby."),
                               source=self.id, file=self.file, count=self.outside))
        return out


def filter_rows(frame: pd.DataFrame, spec: EquipmentSpec, file: str, report: SourceReport) -> pd.DataFrame:
    """The rows whose filter field holds one of the filter values (all rows without a filter)."""
    report.rows = len(frame)
    if spec.filter_field is None:
        return frame
    require_columns(frame, [spec.filter_field], file)
    wanted = {v.strip().casefold() for v in spec.filter_values}
    values = frame[spec.filter_field].astype("string").fillna("").str.strip().str.casefold()
    kept = frame[values.isin(wanted).to_numpy()]
    report.filtered_out = len(frame) - len(kept)
    if kept.empty:
        sample = sorted(set(frame[spec.filter_field].astype(str)))[:10]
        raise DataError(_N(CONTEXT, "{file}: no row has {values} in field '{column}' (its values include: "
                                    "{available}); check the filter of equipment source '{source}'."), file=file,
                        values=list(spec.filter_values), column=spec.filter_field, available=sample, source=spec.id)
    return kept


def row_types(frame: pd.DataFrame, spec: EquipmentSpec, file: str) -> pd.Series:
    """The type code of every row (ANY_TYPE for a source without a type column)."""
    if spec.type is None:
        return pd.Series(ANY_TYPE, index=frame.index, dtype="string")
    require_columns(frame, [spec.type], file)
    return normalise_type(frame[spec.type])


def count_destinations(frame: pd.DataFrame, spec: EquipmentSpec, file: str) -> pd.DataFrame:
    """(code, type) pairs with at least one equipment, from a long or wide count table."""
    require_columns(frame, [spec.code], file)
    if spec.layout == "wide":
        columns = list(spec.columns) or [c for c in frame.columns if c != spec.code]
        require_columns(frame, columns, file)
        long = frame.melt(id_vars=[spec.code], value_vars=columns, var_name="type", value_name="count")
        codes, types, counts = long[spec.code], normalise_type(long["type"]), long["count"]
        count_column = ", ".join(columns)
    else:
        codes, types = frame[spec.code], row_types(frame, spec, file)
        counts = frame[spec.count] if spec.count else pd.Series("1", index=frame.index)
        if spec.count:
            require_columns(frame, [spec.count], file)
        count_column = spec.count or ""
    numbers, number_report = to_number(counts.reset_index(drop=True), count_column, FIRST_LINE)
    if number_report.not_numeric:
        raise DataError(_N(CONTEXT, "{file}: column '{column}' holds text that is not a count (line, value: "
                                    "{examples}); counts of equipment must be numbers."), file=file,
                        column=count_column, examples=number_report.examples)
    pairs = pd.DataFrame({"code": codes.to_numpy(), "type": types.to_numpy(), "count": numbers})
    negative = pairs[pairs["count"] < 0]
    if len(negative):
        raise DataError(_N(CONTEXT, "{file}: column '{column}' holds {count} negative count(s) (e.g. code {codes}); "
                                    "a number of equipments cannot be negative: correct the table."), file=file,
                        column=count_column, count=len(negative), codes=negative["code"].astype(str).tolist()[:5])
    return pairs[pairs["count"] > 0][["code", "type"]].drop_duplicates()


def locate_codes(codes: pd.Series, level: str, unit_index: pd.Index, mapping: Optional[pd.Series] = None,
                 ) -> tuple[np.ndarray, list, CodeReport]:
    """Position of each code among the units (-1 where none), and the codes matching no unit."""
    normalised, code_report = normalise_codes(codes.reset_index(drop=True), level)
    if mapping is not None:
        normalised = normalised.map(mapping).fillna(normalised)
    position = unit_index.get_indexer(normalised.astype(object).where(normalised.notna(), None))
    unmatched = sorted(set(normalised[position < 0].dropna().astype(str)))
    return position.astype(np.int64), unmatched, code_report


def table_coordinates(frame: pd.DataFrame, spec: EquipmentSpec, file: str) -> tuple[np.ndarray, np.ndarray]:
    """x (longitude) and y (latitude) of every row, NaN where unreadable, in the source's CRS."""
    if spec.latlon:
        require_columns(frame, [spec.latlon], file)
        parts = frame[spec.latlon].astype("string").fillna("").str.strip().str.split(_PAIR_SEPARATOR, n=1,
                                                                                   expand=True, regex=True)
        parts = parts.reindex(columns=[0, 1])
        lat, _ = to_number(parts[0].reset_index(drop=True), spec.latlon, FIRST_LINE)
        lon, _ = to_number(parts[1].reset_index(drop=True), spec.latlon, FIRST_LINE)
        x, y = lon, lat
    else:
        x_column, y_column = (spec.lon, spec.lat) if spec.lat else (spec.x, spec.y)
        require_columns(frame, [x_column, y_column], file)
        x, _ = to_number(frame[x_column].reset_index(drop=True), x_column, FIRST_LINE)
        y, _ = to_number(frame[y_column].reset_index(drop=True), y_column, FIRST_LINE)
    if spec.lat or spec.latlon:
        wrong = (np.abs(y) > 90) | (np.abs(x) > 180)
        x, y = np.where(wrong, np.nan, x), np.where(wrong, np.nan, y)
    return x, y


def bad_lines(frame: pd.DataFrame, ok: np.ndarray, limit: int = 10) -> list:
    """File lines of the rows that are not ``ok`` (the frame keeps the CSV's row positions)."""
    positions = np.asarray(frame.index)[~ok]
    return [int(p) + FIRST_LINE for p in positions[:limit]]
