"""Reading tables as text and converting columns to numbers explicitly.

Every cell is read as text first, so codes keep their leading zeros and a
French number (``1 234,5``) is understood; cells that are not numbers
(``s``, ``nd``, ``secret``, empty) become missing and are counted.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd

from .errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N

ENCODINGS = ("utf-8-sig", "cp1252")
SEPARATORS = ";,\t|"
MISSING_TOKENS = frozenset({"", "s", "nd", "n.d.", "nc", "n.c.", "secret", "na", "n/a", "nan", "null", "none",
                            "-", "–", "—", "x", "so", "."})
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")


@dataclass
class NumberReport:
    column: str
    missing: int = 0                 # empty or secrecy tokens
    not_numeric: int = 0             # anything else that is not a number
    examples: list = field(default_factory=list)  # (row, value) of non-numeric cells, first few
    negative: int = 0


def read_text(path: Path) -> tuple[str, str]:
    raw = path.read_bytes()
    if not raw.strip():
        raise DataError(_N(CONTEXT, "{file} is empty."), file=str(path))
    if b"\x00" in raw[:4096]:
        raise DataError(_N(CONTEXT, "{file} is not a text table (binary content)."), file=str(path))
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise DataError(_N(CONTEXT, "{file}: unknown text encoding (tried UTF-8 and Windows-1252)."),
                    file=str(path))


def sniff_separator(header: str, path: Path) -> str:
    counts = {sep: header.count(sep) for sep in SEPARATORS}
    best = max(counts, key=counts.get)
    if counts[best] == 0:
        return ","
    try:
        return csv.Sniffer().sniff(header, delimiters=SEPARATORS).delimiter
    except csv.Error:
        return best


def read_csv_text(path: "str | Path") -> pd.DataFrame:
    """A CSV file as a DataFrame of text (no type guessing), with its header checked."""
    path = Path(path)
    if not path.exists():
        raise DataError(_N(CONTEXT, "Table not found: {file}."), file=str(path))
    text, _encoding = read_text(path)
    first_line = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    sep = sniff_separator(first_line, path)
    try:
        frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                            na_filter=False, quotechar='"', skipinitialspace=False)
    except (pd.errors.ParserError, ValueError) as exc:
        raise DataError(_N(CONTEXT, "{file}: cannot read the table: {reason}."), file=str(path),
                        reason=str(exc).strip()) from None
    frame.columns = [str(c).strip().lstrip("\ufeff") for c in frame.columns]
    if frame.empty:
        raise DataError(_N(CONTEXT, "{file} has a header but no rows."), file=str(path))
    return frame


def _parse_floats(text: pd.Series, missing: pd.Series) -> pd.Series:
    """Correctly rounded parsing (numpy's str → float); pandas' fast parser may be off by one ulp."""
    candidates = text.where(~missing, "nan").fillna("nan").to_numpy(dtype=str)
    try:
        return pd.Series(candidates.astype(float), index=text.index).where(~missing)
    except ValueError:
        coerced = pd.to_numeric(pd.Series(candidates, index=text.index), errors="coerce")
        good = coerced.notna().to_numpy()
        values = np.full(len(candidates), np.nan)
        values[good] = candidates[good].astype(float)
        return pd.Series(values, index=text.index).where(~missing)


def to_number(values: pd.Series, column: str = "", first_row: int = 2) -> tuple[np.ndarray, NumberReport]:
    """Explicit conversion of text cells to floats (French or English notation).

    ``first_row`` is the file line of the first data row, so examples name the line.
    """
    report = NumberReport(column=column)
    if values.dtype.kind in "fiu":
        arr = values.to_numpy(dtype=float)
        report.missing = int(np.isnan(arr).sum())
        report.negative = int((arr < 0).sum())
        return arr, report
    text = values.astype("string").fillna("")
    stripped = text.str.replace(_SPACES, "", regex=True)
    lowered = stripped.str.lower()
    missing = lowered.isin(MISSING_TOKENS)
    # "1.234,5" (dot thousands, comma decimal) and "1234,5": the comma is the decimal mark.
    has_comma = stripped.str.contains(",", regex=False)
    european = stripped.where(~has_comma, stripped.str.replace(".", "", regex=False).str.replace(",", ".",
                                                                                                 regex=False))
    numbers = _parse_floats(european, missing)
    bad = numbers.isna() & ~missing
    report.missing = int(missing.sum())
    report.not_numeric = int(bad.sum())
    if report.not_numeric:
        positions = np.flatnonzero(bad.to_numpy())[:5]
        report.examples = [(int(p) + first_row, str(text.iloc[p])) for p in positions]
    arr = numbers.to_numpy(dtype=float)
    infinite = np.isinf(arr)
    if infinite.any():
        report.not_numeric += int(infinite.sum())
        arr[infinite] = np.nan
    report.negative = int((arr < 0).sum())
    return arr, report


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
