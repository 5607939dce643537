"""Guessing which field of a unit layer holds the INSEE code, the name, the EPCI and the department.

The dock proposes these fields as soon as a layer is chosen; the user can change them. A guess
looks at a sample of values first and at the field name only to break ties, so a layer whose
code field is called ``id`` is still understood.
"""

from __future__ import annotations

import re
from typing import Optional

import pandas as pd

from .codes import clean_code_text, normalise_commune_codes

# Share of sampled values that must look right for a field to be proposed.
MIN_SHARE = 0.9
_EPCI = re.compile(r"^2\d{8}$")            # SIREN of an EPCI (and of the métropoles) starts with 2
_DEPARTMENT = re.compile(r"^(\d{2}|2[AB]|97\d)$")
_NAME_HINTS = ("nom", "libelle", "libgeo", "name", "lib", "commune")
_CODE_HINTS = ("insee", "codgeo", "depcom", "code", "com")
_EPCI_HINTS = ("epci", "siren")
_DEP_HINTS = ("dep", "dept", "departement")
_PARENT_WORDS = ("epci", "dep", "reg", "arr", "cant")   # the name of a larger unit, not of the unit


def _hint_rank(name: str, hints: tuple) -> int:
    """0 for the best hint, len(hints) when the name carries none."""
    lower = name.lower()
    for i, hint in enumerate(hints):
        if hint in lower:
            return i
    return len(hints)


def _share(values: pd.Series, matches: pd.Series) -> float:
    present = values.notna() & (values.astype("string").str.strip() != "")
    count = int(present.sum())
    return float(matches[present].sum()) / count if count else 0.0


def _best(scores: dict, hints: tuple) -> Optional[str]:
    good = [name for name, share in scores.items() if share >= MIN_SHARE]
    if not good:
        return None
    return min(good, key=lambda name: (_hint_rank(name, hints), -scores[name], list(scores).index(name)))


def commune_code_field(samples: dict) -> Optional[str]:
    """The field whose values are INSEE commune codes (field name → sample of values)."""
    scores = {}
    for name, values in samples.items():
        series = pd.Series(list(values), dtype=object)
        codes, _report = normalise_commune_codes(series)
        scores[name] = _share(series, codes.notna()) if codes.dropna().is_unique else 0.0
    return _best(scores, _CODE_HINTS)


def _pattern_field(samples: dict, pattern: re.Pattern, hints: tuple, exclude: set) -> Optional[str]:
    scores = {}
    for name, values in samples.items():
        if name in exclude:
            continue
        series = pd.Series(list(values), dtype=object)
        text = clean_code_text(series)
        scores[name] = _share(series, text.str.fullmatch(pattern.pattern).fillna(False))
    return _best(scores, hints)


def epci_field(samples: dict, exclude: set = frozenset()) -> Optional[str]:
    return _pattern_field(samples, _EPCI, _EPCI_HINTS, set(exclude))


def department_field(samples: dict, exclude: set = frozenset()) -> Optional[str]:
    found = _pattern_field(samples, _DEPARTMENT, _DEP_HINTS, set(exclude))
    # Two-digit values are common (counts, classes): only trust a named department field.
    return found if found is not None and _hint_rank(found, _DEP_HINTS) < len(_DEP_HINTS) else None


def name_field(samples: dict, exclude: set = frozenset()) -> Optional[str]:
    """The text field with the most distinct values that are not numbers (a hinted name first)."""
    scores = {}
    for name, values in samples.items():
        if name in exclude:
            continue
        series = pd.Series(list(values), dtype=object).dropna().astype(str).str.strip()
        series = series[series != ""]
        if series.empty:
            continue
        numeric = pd.to_numeric(series.str.replace(",", ".", regex=False), errors="coerce").notna()
        if numeric.mean() > 0.5:
            continue
        scores[name] = series.nunique() / len(series)
    if not scores:
        return None
    return min(scores, key=lambda name: (_hint_rank(name, _PARENT_WORDS) < len(_PARENT_WORDS),
                                         _hint_rank(name, _NAME_HINTS), -scores[name]))


def level_code_field(samples: dict, level: str) -> Optional[str]:
    """The field holding each unit's own code at ``level`` (commune, epci or dep): valid and unique values."""
    if level == "commune":
        return commune_code_field(samples)
    unique = {name: values for name, values in samples.items()
              if pd.Series([v for v in values if v is not None], dtype=object).is_unique}
    pattern, hints = (_EPCI, ("code",) + _EPCI_HINTS) if level == "epci" else (_DEPARTMENT, ("code",) + _DEP_HINTS)
    return _pattern_field(unique, pattern, hints, set())


def unit_fields(samples: dict) -> dict:
    """Proposed fields: {'code': …, 'name': …, 'epci': …, 'dep': …} (None where nothing fits)."""
    code = commune_code_field(samples)
    taken = {code} if code else set()
    epci = epci_field(samples, taken)
    taken |= {epci} if epci else set()
    dep = department_field(samples, taken)
    taken |= {dep} if dep else set()
    name = name_field(samples, taken)
    return {"code": code, "name": name, "epci": epci, "dep": dep}
