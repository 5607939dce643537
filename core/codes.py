"""French statistical codes, always handled as text (METHOD.md §2).

Commune (INSEE, 5 characters, Corsica ``2A``/``2B``), IRIS (9), EPCI (SIREN, 9), department
(2, or 3 overseas). A code that lost its leading zero in a spreadsheet (``2001`` for the Aisne's
``02001``) is restored and counted, never dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd

from .errors import CONTEXT, DataError, Message, QT_TRANSLATE_NOOP as _N

COMMUNE_PATTERN = re.compile(r"^([013-9]\d|2[AB1-9])\d{3}$")
_COMMUNE_RE = COMMUNE_PATTERN.pattern
PATTERNS = {
    "commune": _COMMUNE_RE,
    "iris": r"^([013-9]\d|2[AB1-9])\d{7}$",
    "epci": r"^\d{9}$",
    "dep": r"^(\d{2}|2[AB]|97\d)$",
}
WIDTHS = {"commune": 5, "iris": 9, "epci": 9, "dep": 2}
_FLOAT_SUFFIX = re.compile(r"\.0+$")
_POSTAL = re.compile(r"postal|postaux|^cp$|^code_?post", re.IGNORECASE)


@dataclass
class CodeReport:
    restored: int = 0            # codes that had lost their leading zero(s)
    invalid: tuple = ()          # codes that do not match the pattern, as found (first 50)
    n_invalid: int = 0
    invalid_lines: tuple = ()    # file lines of the first invalid codes
    empty: int = 0               # rows without a code

    def to_dict(self) -> dict:
        return {"restored_leading_zeros": self.restored, "invalid_codes": list(self.invalid),
                "n_invalid_codes": self.n_invalid, "invalid_lines": list(self.invalid_lines),
                "empty_codes": self.empty}

    def messages(self, file: str, column: str, level: str) -> list:
        out = []
        if self.restored:
            out.append(Message(_N(CONTEXT, "{file}: {count} code(s) of column '{column}' had lost their leading "
                                           "zero (e.g. read as numbers by a spreadsheet); they were restored."),
                               file=file, count=self.restored, column=column))
        if self.n_invalid:
            out.append(Message(_N(CONTEXT, "{file}: {count} value(s) of column '{column}' are not codes of level '{kind}' and "
                                           "were left out, e.g. {codes} (lines {lines})."),
                               file=file, count=self.n_invalid, column=column, kind=level,
                               codes=list(self.invalid[:5]), lines=list(self.invalid_lines[:5])))
        return out


def clean_code_text(values: pd.Series) -> pd.Series:
    """Strip spaces, a spreadsheet's text mark (') and a spurious '.0'; keep text, upper case."""
    text = values.astype("string").str.strip().str.lstrip("'")
    text = text.str.replace(_FLOAT_SUFFIX, "", regex=True)
    return text.str.upper()


def _clean_digits(values: pd.Series, width: int, level: str = "") -> bool:
    """True when every value is already a valid code of ``width`` ASCII digits (the common case).

    Checked on one joined string and its bytes rather than value by value: numpy's character
    functions call Python once per value, which took seconds on a million codes.
    """
    if width == 0 or values.dtype != object or len(values) == 0:
        return False
    array = values.to_numpy()
    try:
        listed = ",".join(array)
    except TypeError:
        return False  # missing values, numbers or mixed types go the careful way
    # n * width digits and n - 1 commas, each comma where codes of ``width`` end: every code has that width.
    joined = listed.replace(",", "")
    if (len(joined) != width * len(array) or listed[width::width + 1] != "," * (len(array) - 1)
            or not (joined.isascii() and joined.isdigit())):
        return False
    # Commune and IRIS codes never start with "20" (Corsica is 2A/2B): those go the careful way.
    if level not in ("commune", "iris"):
        return True
    digits = np.frombuffer(joined.encode("ascii"), dtype=np.uint8).reshape(len(array), width)
    return not ((digits[:, 0] == ord("2")) & (digits[:, 1] == ord("0"))).any()


def normalise_codes_for(values: pd.Series, level: str) -> tuple[pd.Series, CodeReport]:
    """Codes of ``level`` as text of the right width; invalid codes become missing and are reported."""
    width = WIDTHS.get(level, 0)
    if _clean_digits(values, width, level):
        return values.astype(object), CodeReport()
    text = clean_code_text(values)
    digits = text.str.fullmatch(r"\d+").fillna(False)
    # Only one leading zero can be lost (departments 01-09, SIREN are 9 digits): a shorter code is wrong.
    short = digits & (text.str.len() == width - 1)
    fixed = text.where(~short, text.str.zfill(width)) if width else text
    pattern = PATTERNS.get(level)
    empty = fixed.isna() | (fixed == "")
    if pattern is None:
        return fixed.where(~empty, pd.NA), CodeReport(empty=int(empty.sum()))
    valid = fixed.str.fullmatch(pattern).fillna(False)
    bad = ~valid & ~empty
    first_bad = np.flatnonzero(bad.to_numpy())[:50]
    lines = tuple(int(values.index[i]) for i in first_bad[:10]) if values.index.name == "line" else tuple(
        int(i) for i in first_bad[:10])
    invalid = tuple(pd.unique(fixed[bad].astype(str)))[:50]
    report = CodeReport(restored=int((short & valid).sum()), invalid=invalid, n_invalid=int(bad.sum()),
                        invalid_lines=lines, empty=int(empty.sum()))
    return fixed.where(valid, pd.NA), report


def normalise_commune_codes(values: pd.Series) -> tuple[pd.Series, CodeReport]:
    """INSEE commune codes as 5-character text; lost leading zeros restored.

    A 4-digit code (``2001``) is the Aisne's ``02001`` read as a number; Corsican codes keep
    their letter (``2A004``).
    """
    return normalise_codes_for(values, "commune")


def normalise_plain_codes(values: pd.Series, width: int) -> pd.Series:
    """Codes of a fixed width made of digits (SIREN of an EPCI: 9, department: 2, IRIS: 9)."""
    if _clean_digits(values, width):
        return values.astype(object)
    return _repaired_plain_codes(values, width)


def plain_code_array(values: pd.Series, width: int) -> np.ndarray:
    """``normalise_plain_codes`` as an object array, None where a value has no code (parent codes)."""
    if _clean_digits(values, width):
        return values.to_numpy(dtype=object).copy()  # no missing value there: nothing to replace
    return _repaired_plain_codes(values, width).astype(object).where(values.notna(), None).to_numpy()


def _repaired_plain_codes(values: pd.Series, width: int) -> pd.Series:
    text = clean_code_text(values)
    numeric = text.str.fullmatch(r"\d+").fillna(False)
    return text.where(~numeric, text.str.zfill(width)) if width else text


def department_of(codes: pd.Series) -> pd.Series:
    """Department of a commune code: 3 characters overseas (97x), else 2."""
    codes = codes.astype("string")
    overseas = codes.str.startswith("97").fillna(False)
    return codes.str[:2].where(~overseas, codes.str[:3])


def as_object_array(series: pd.Series) -> np.ndarray:
    return series.astype(object).where(series.notna(), None).to_numpy()


def code_share(values: pd.Series, level: str) -> float:
    """Share of the non-empty cells of a column that are valid codes of ``level`` (after repair)."""
    codes, report = normalise_codes_for(values, level)
    present = len(values) - report.empty
    return float(codes.notna().sum()) / present if present else 0.0


def detect_code_column(frame: pd.DataFrame, level: str = "commune", file: str = "",
                       threshold: float = 0.9) -> str:
    """The one column of ``frame`` holding codes of ``level``; none or several is an error."""
    candidates = []
    for column in frame.columns:
        if _POSTAL.search(str(column)):
            continue  # postal codes look like commune codes but are not
        values = frame[column]
        if values.dtype.kind in "f":
            continue
        sample = values.iloc[:2000]
        if code_share(sample, level) < threshold:
            continue
        # Names, years or counts that happen to match the pattern are not unique per row.
        if sample.nunique() < 0.5 * len(sample):
            continue
        candidates.append(column)
    # Columns that mostly hold full-width codes as written beat columns that only match once repaired
    # (identifiers or counts such as 8724 → 08724).
    width = WIDTHS.get(level, 0)
    full = [c for c in candidates if clean_code_text(frame[c].iloc[:2000]).str.len().eq(width).mean() >= 0.5]
    candidates = full or candidates
    if len(candidates) > 1:
        raise DataError(_N(CONTEXT, "{file}: several columns hold codes of level '{kind}' ({columns}); choose the code column."),
                        file=file, kind=level, columns=candidates)
    if not candidates:
        raise DataError(_N(CONTEXT, "{file}: no column holds codes of level '{kind}' (for communes, 5 characters such as 02001 or 2A004); "
                                    "choose the code column, or check the geographic level."),
                        file=file, kind=level)
    return candidates[0]


def check_level(level: Optional[str]) -> str:
    level = level or "commune"
    if level not in WIDTHS:
        raise DataError(_N(CONTEXT, "Unknown geographic level '{value}' (choose among {choices})."), value=level,
                        choices=list(WIDTHS))
    return level
