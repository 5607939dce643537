"""What an atlas page shows, computed without QGIS: rows of the variable table, labels of the
scores, means of units by group and over the reference territory, the range of a chart.

Page content is French: the atlas is a French document, like the field descriptions of fields.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

import numpy as np
import pandas as pd

from . import fields as F
from .impute import ABSENT, MISSING, OBSERVED, flag
from .method import Method
from .pipeline import PARENT_LEVELS

COUNT = "n_unites"

_LEVEL_WORDS = {"epci": "de l'EPCI", "dep": "du département", "ref": "du territoire de référence"}


def origin_labels() -> dict:
    """Imputation flag code → French words (the codes of core.impute)."""
    labels = {OBSERVED: "observée", MISSING: "manquante", ABSENT: "absente des données"}
    for level in (*PARENT_LEVELS, "ref"):
        words = _LEVEL_WORDS.get(level, level)
        labels[flag(level, True)] = f"valeur {words} (table)"
        labels[flag(level, False)] = f"valeur {words} (agrégat)"
    return labels


def score_rows(method: Method) -> list:
    """(label, field) of the composite, the axes, the intermediate scores and the sub-indices."""
    rows = [("Indice composite", F.COMPOSITE)]
    rows += [(f"Axe {i} – {axis.label}", F.axis_field(axis.id)) for i, axis in enumerate(method.axes, start=1)]
    rows += [(f"Score – {inter.label}", F.group_field(inter.id)) for inter in method.intermediates]
    rows += [(f"Sous-indice – {group.label}", F.group_field(group.id)) for group in method.groups]
    return rows


@dataclass(frozen=True)
class TableRow:
    """One line of a page's variable table; fields are None where the line has no such value."""

    label: str
    year: Optional[int]
    unit: str
    status: str                       # 'real', 'proxy', 'absent' or '' when the run report is unknown
    value_field: Optional[str] = None
    flag_field: Optional[str] = None
    score_field: Optional[str] = None
    contribution_field: Optional[str] = None
    component: bool = False


def _leaf_reports(report_variables: Iterable[dict]) -> dict:
    return {item.get("id"): item for item in report_variables or () if isinstance(item, dict)}


def _year(report: Optional[dict], method_year: Optional[int]) -> Optional[int]:
    """The year of the data used; none for a variable absent from the data; the method's year when
    the run report is unknown."""
    if report is None:
        return method_year
    return None if report.get("status") == "absent" else report.get("year")


def _variable_status(statuses: Sequence[str]) -> str:
    if statuses and all(s == "absent" for s in statuses):
        return "absent"
    if "proxy" in statuses:
        return "proxy"
    return statuses[0] if len(set(statuses)) == 1 else ("real" if statuses else "")


def variable_rows(method: Method, report_variables: Iterable[dict] = ()) -> list:
    """The variable table: one row per variable; a composite variable is followed by its components
    unless all of them are absent. Years and status come from the run report (the data actually
    used), else the method's year."""
    reports = _leaf_reports(report_variables)
    rows = []
    for var in method.variables:
        statuses = [reports.get(leaf, {}).get("status", "") for leaf in var.leaves]
        status = _variable_status(statuses)
        if not var.is_composite:
            year = _year(reports.get(var.id), var.year)
            rows.append(TableRow(var.label, year, var.unit, status, F.raw_field(var.id), F.flag_field(var.id),
                                 F.score_field(var.id), F.contribution_field(var.id)))
            continue
        years = [_year(reports.get(leaf), var.year) for leaf in var.leaves]
        year = next((y for y in years if y), None)
        rows.append(TableRow(var.label, year, var.unit, status, None, None, F.score_field(var.id),
                             F.contribution_field(var.id)))
        if status == "absent":
            continue
        for comp, leaf_status, leaf_year in zip(var.components, statuses, years):
            rows.append(TableRow(comp.label, leaf_year, var.unit, leaf_status, F.raw_field(comp.id),
                                 F.flag_field(comp.id), F.score_field(comp.id), None, component=True))
    return rows


def unit_decimals(unit: str) -> int:
    """Decimals to print a raw value: none for money, one for rates and times."""
    return 0 if unit.strip() in ("€", "EUR", "euros") else 1


def numeric(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    return frame[list(columns)].apply(pd.to_numeric, errors="coerce").astype(float)


def reference_mask(frame: pd.DataFrame) -> np.ndarray:
    """Units of the reference territory: ``ifn_ref`` = 1, or every unit when the field is absent."""
    if F.IN_REFERENCE not in frame:
        return np.ones(len(frame), dtype=bool)
    return (pd.to_numeric(frame[F.IN_REFERENCE], errors="coerce") == 1).to_numpy()


def reference_means(frame: pd.DataFrame, columns: Sequence[str]) -> dict:
    """Simple mean of each column over the reference units (NaN when no unit has a value)."""
    values = numeric(frame, columns)[reference_mask(frame)]
    return {column: float(values[column].mean()) for column in columns}


def group_means(frame: pd.DataFrame, group: str, columns: Sequence[str]) -> pd.DataFrame:
    """Simple mean of each column over the units of each group, and the number of units (``n_unites``).

    Units without a group code are left out. Indexed by group code (text)."""
    keys = frame[group].map(lambda v: None if v is None or v != v or str(v).strip() == "" else str(v))
    keep = keys.notna().to_numpy()
    values = numeric(frame, columns)[keep]
    grouped = values.groupby(keys[keep].to_numpy())
    out = grouped.mean()
    out.insert(0, COUNT, grouped.size().astype(int))
    out.index.name = group
    return out


def class_counts(frame: pd.DataFrame, group: str, label: str) -> pd.Series:
    """'12 cumul des enjeux ; 3 fragilité moindre' per group: how many units fall in each class,
    most frequent first; units without a class are counted as 'sans classe'."""
    labels = frame[label].map(lambda v: "sans classe" if v is None or v != v or str(v).strip() == ""
                              else str(v))
    table = pd.DataFrame({"g": frame[group].astype(str).to_numpy(), "c": labels.to_numpy()})
    counts = table.groupby(["g", "c"]).size().reset_index(name="n")
    counts = counts.sort_values(["g", "n", "c"], ascending=[True, False, True])
    # Only the value columns: pandas 2.2 deprecates applying on the grouping column, pandas 3 drops it.
    return counts.groupby("g")[["c", "n"]].apply(
        lambda part: " ; ".join(f"{n} {c}" for c, n in zip(part["c"], part["n"])))


def chart_range(*arrays: Iterable[float]) -> tuple:
    """(low, high) of a bar chart holding these values, always including zero."""
    data = np.concatenate([np.asarray(list(a), dtype=float).ravel() for a in arrays]) if arrays else np.array([])
    data = data[np.isfinite(data)]
    low = min(0.0, float(data.min())) if data.size else 0.0
    high = max(0.0, float(data.max())) if data.size else 1.0
    if high - low <= 0:
        high = low + 1.0
    return low, high
