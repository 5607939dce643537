"""Cells read as text, converted to numbers explicitly.

Every cell is read as text first (see ``core.readers``), so codes keep their
leading zeros and a French number (``1 234,5``) is understood; cells that are
not numbers (``s``, ``nd``, ``secret``, empty) become missing and are counted.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd

from .errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N

# Secrecy and "not available" markers of INSEE, Excel and other producers.
MISSING_TOKENS = frozenset({"", "s", "nd", "n.d.", "nc", "n.c.", "secret", "na", "n/a", "nan", "null", "none",
                            "-", "–", "—", "x", "so", "s.o.", ".", "#n/a", "#valeur!", "#div/0!", "ns"})
# Thousands separators: space, no-break space, narrow no-break space, thin space, apostrophe.
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_NUMBER_LIKE = re.compile(r"^[+-]?[\d\s\u00a0\u202f\u2009.,']*\d[\d\s\u00a0\u202f\u2009.,']*\s*%?$")
LINE_INDEX = "line"                  # name of the index of a table read from a file: its line numbers


@dataclass
class NumberReport:
    column: str
    missing: int = 0                 # empty or secrecy tokens
    not_numeric: int = 0             # anything else that is not a number
    examples: list = field(default_factory=list)  # (line, value) of non-numeric cells, first few
    negative: int = 0

    def to_dict(self) -> dict:
        return {"column": self.column, "missing": self.missing, "not_numeric": self.not_numeric,
                "negative": self.negative, "examples": [list(e) for e in self.examples]}


def looks_numeric(text: str) -> bool:
    """Whether a (stripped) cell reads as a number (French or English notation, optional %)."""
    return _NUMBER_LIKE.match(text) is not None


_MISSING_MARK = "missing"
_BAD_MARK = "bad"


def _parse_cell(text: str):
    """One cell: a float, or _MISSING_MARK, or _BAD_MARK.

    With both '.' and ',', the last one is the decimal mark (``1.234,5`` and ``1,234.5``);
    several commas or several dots are thousands separators; a single comma is a French
    decimal comma.
    """
    t = _SPACES.sub("", text)
    if t.lower() in MISSING_TOKENS:
        return _MISSING_MARK
    if t.endswith("%"):
        t = t[:-1]
    comma, dot = t.rfind(","), t.rfind(".")
    if comma >= 0 and dot >= 0:
        t = t.replace(".", "").replace(",", ".") if comma > dot else t.replace(",", "")
    elif comma >= 0:
        t = t.replace(",", "") if t.count(",") > 1 else t.replace(",", ".")
    elif t.count(".") > 1:
        t = t.replace(".", "")
    try:
        value = float(t)
    except ValueError:
        return _BAD_MARK
    return value if math.isfinite(value) else _BAD_MARK


def _lines(values: pd.Series, first_row: int) -> np.ndarray:
    """File line of each cell: the index when the table was read from a file, else from ``first_row``."""
    if values.index.name == LINE_INDEX:
        return values.index.to_numpy()
    return np.arange(len(values)) + first_row


def _floats(cells: np.ndarray) -> np.ndarray:
    """Cells (an object array of text) that are plain numbers, parsed by Python's float(); NaN elsewhere.

    float() is correctly rounded (pandas' fast parser may be one ulp off, which would change an
    observed value) and numpy calls it in C on a whole object array; empty cells (secrecy) are
    set aside first, and only a column with other text is parsed once per distinct value.
    """
    try:
        return cells.astype(float)
    except ValueError:
        pass
    arr = np.full(len(cells), np.nan)
    filled = cells != ""
    try:
        arr[filled] = cells[filled].astype(float)
        return arr
    except ValueError:
        pass
    codes, uniques = pd.factorize(cells[filled])
    arr[filled] = np.array([_float_or_nan(u) for u in uniques], dtype=float)[codes]
    return arr


def _float_or_nan(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return math.nan


def to_number(values: pd.Series, column: str = "", first_row: int = 2) -> tuple[np.ndarray, NumberReport]:
    """Explicit conversion of text cells to floats (French or English notation).

    ``first_row`` is the file line of the first data row, used when the series does not carry
    its line numbers, so examples name the line.
    """
    report = NumberReport(column=column)
    if values.dtype.kind in "fiub":
        if isinstance(values.dtype, np.dtype):  # plain numpy numbers: one copy (to_numpy with na_value copies too)
            arr = np.array(values.to_numpy(), dtype=float)
        else:  # nullable numbers: pd.NA becomes NaN
            arr = values.to_numpy(dtype=float, na_value=np.nan).copy()
        report.missing = int(np.isnan(arr).sum())
        report.negative = int((arr < 0).sum())
        return arr, report
    cells = values.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(cells, skipna=False) != "string":  # missing cells, numbers among the text
        cells = values.astype(object).where(values.notna(), "").astype(str).to_numpy(dtype=object)
    # Plain numbers are parsed in C; only the other cells are parsed one by one, once per distinct text.
    arr = _floats(cells)
    arr[np.isinf(arr)] = np.nan
    missing = np.zeros(len(arr), dtype=bool)
    bad = np.zeros(len(arr), dtype=bool)
    rest = np.flatnonzero(np.isnan(arr))
    if rest.size:
        codes, uniques = pd.factorize(cells[rest])
        parsed = [_parse_cell(u) for u in uniques]
        kinds = np.array([0 if isinstance(v, float) else (1 if v == _MISSING_MARK else 2) for v in parsed])
        floats = np.array([v if isinstance(v, float) else np.nan for v in parsed], dtype=float)
        arr[rest] = floats[codes]
        missing[rest] = kinds[codes] == 1
        bad[rest] = kinds[codes] == 2
    report.missing = int(missing.sum())
    report.not_numeric = int(bad.sum())
    if report.not_numeric:
        positions = np.flatnonzero(bad)[:5]
        lines = _lines(values, first_row)
        report.examples = [(int(lines[p]), str(cells[p])) for p in positions]
    report.negative = int((arr < 0).sum())
    return arr, report


def is_numeric_column(values: pd.Series) -> bool:
    """A column is numeric when more of its non-missing cells are numbers than not."""
    if values.dtype.kind in "fiub":
        return True
    _arr, report = to_number(values)
    present = len(values) - report.missing
    return present > 0 and report.not_numeric * 2 < present


def cell_text(value) -> str:
    """A spreadsheet, database or layer cell as text: integral floats without '.0', None as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace").strip()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value).strip()


def read_csv_text(path: "str | Path") -> pd.DataFrame:
    """A CSV file as a DataFrame of text (no type guessing), positional index."""
    from .readers import read_table

    return read_table(path).reset_index(drop=True)


def require_columns(frame: pd.DataFrame, columns: list, source: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise DataError(_N(CONTEXT, "{file}: column(s) {columns} not found; the table has: {available}."),
                        file=source, columns=missing, available=list(frame.columns))


def optional_int(value: Optional[str]) -> Optional[int]:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None
