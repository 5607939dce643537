"""French statistical codes, always handled as text (METHOD.md §2)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

COMMUNE_PATTERN = re.compile(r"^([013-9]\d|2[AB1-9])\d{3}$")
_COMMUNE_RE = COMMUNE_PATTERN.pattern
_FLOAT_SUFFIX = re.compile(r"\.0+$")


@dataclass
class CodeReport:
    restored: int = 0            # codes that had lost their leading zero
    invalid: tuple = ()          # codes that do not match the pattern, as found
    n_invalid: int = 0


def clean_code_text(values: pd.Series) -> pd.Series:
    """Strip spaces and a spurious '.0' left by spreadsheets; keep text."""
    text = values.astype("string").str.strip()
    text = text.str.replace(_FLOAT_SUFFIX, "", regex=True)
    return text.str.upper()


def normalise_commune_codes(values: pd.Series) -> tuple[pd.Series, CodeReport]:
    """INSEE commune codes as 5-character text; lost leading zeros restored.

    A 4-digit code (``2001``) is the Aisne's ``02001`` read as a number; a 4-character
    Corsican code (``A004``) cannot occur, so only digits are padded.
    """
    text = clean_code_text(values)
    short = text.str.fullmatch(r"\d{4}").fillna(False)
    fixed = text.where(~short, text.str.zfill(5))
    valid = fixed.str.fullmatch(_COMMUNE_RE).fillna(False)
    missing = fixed.isna() | (fixed == "")
    bad = ~valid & ~missing
    invalid = tuple(pd.unique(fixed[bad].astype(str)))
    return fixed.where(valid, pd.NA), CodeReport(int(short.sum()), invalid[:50], int(bad.sum()))


def normalise_plain_codes(values: pd.Series, width: int) -> pd.Series:
    """Codes of a fixed width made of digits (SIREN of an EPCI: 9, department: 2 or 3, IRIS: 9)."""
    text = clean_code_text(values)
    numeric = text.str.fullmatch(r"\d+").fillna(False)
    return text.where(~numeric, text.str.zfill(width))


def department_of(codes: pd.Series) -> pd.Series:
    """Department of a commune code: 3 characters overseas (97x), else 2."""
    codes = codes.astype("string")
    overseas = codes.str.startswith("97").fillna(False)
    return codes.str[:2].where(~overseas, codes.str[:3])


def as_object_array(series: pd.Series) -> np.ndarray:
    return series.astype(object).where(series.notna(), None).to_numpy()
