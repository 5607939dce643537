"""COG vintages: passage tables (old commune code → new code) and the Paris, Lyon, Marseille
municipal arrondissements.

A passage table is accepted as INSEE publishes it (title rows, ``CODGEO_INI`` / ``CODGEO_2019``
columns, every commune listed, unchanged ones mapped to themselves) or as a two-column file.
Chains (A → B, then B → C in a multi-year table) are followed to the final code; a cycle or an
old code mapped to two different new codes (a split commune cannot be summed) is an error that
names the lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from .codes import normalise_codes_for
from .errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N

# Municipal arrondissements summed to their commune when the layer holds the commune.
PLM = {"75056": [f"751{i:02d}" for i in range(1, 21)],      # Paris
       "69123": [f"6938{i}" for i in range(1, 10)],          # Lyon
       "13055": [f"132{i:02d}" for i in range(1, 17)]}       # Marseille
_YEAR_COLUMN = re.compile(r"^(?:codgeo|code|cod|com|depcom|insee|code_insee|codecommune)[_ -]?(ini|\d{4})$",
                          re.IGNORECASE)


@dataclass
class Passage:
    """Old code → final new code, for the codes that change."""

    mapping: pd.Series                   # index: old code, values: new code
    source: str = ""
    rows: int = 0                        # rows read
    unchanged: int = 0                   # rows mapping a code to itself
    chained: int = 0                     # old codes whose new code was itself renamed, followed to the end
    old_column: str = ""
    new_column: str = ""
    notes: list = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"file": self.source, "rows": self.rows, "changed_codes": int(len(self.mapping)),
                "unchanged_codes": self.unchanged, "chained_codes": self.chained, "old_column": self.old_column,
                "new_column": self.new_column}


def plm_arrondissements() -> pd.Series:
    """Arrondissement code → commune code (Paris, Lyon, Marseille)."""
    pairs = [(arr, com) for com, arrs in PLM.items() for arr in arrs]
    return pd.Series([c for _a, c in pairs], index=[a for a, _c in pairs], dtype=object)


def detect_passage_columns(frame: pd.DataFrame, file: str) -> tuple[str, str]:
    """The old and new code columns of an INSEE passage table (``CODGEO_INI``/``CODGEO_2019``…)."""
    found = []
    for column in frame.columns:
        match = _YEAR_COLUMN.match(str(column).strip())
        if match:
            year = match.group(1).lower()
            found.append((0 if year == "ini" else int(year), column))
    if len(found) >= 2:
        found.sort()
        return found[0][1], found[-1][1]
    raise DataError(_N(CONTEXT, "{file}: cannot tell the old and new code columns of the passage table (expected "
                                "columns such as CODGEO_2018 and CODGEO_2019); name them. The table has: "
                                "{available}."), file=file, available=list(frame.columns))


def _follow_chains(mapping: pd.Series, file: str, lines: pd.Series, columns: tuple) -> tuple[pd.Series, int]:
    """Replace each new code that is itself renamed by its final code; refuse cycles.

    ``lines``: the file line of each old code, to name the rows of a cycle.
    """
    chained = 0
    current = mapping.copy()
    for _step in range(len(current) + 1):
        further = current.map(current)
        moving = further.notna() & (further != current)
        if not moving.any():
            return current, chained
        chained = max(chained, int(moving.sum()))
        current = current.where(~moving, further)
        back = current.index[current.to_numpy() == current.index.to_numpy()]
        if len(back):
            _cycle_error(file, sorted(back), lines, columns)
    _cycle_error(file, sorted(current.index[current.map(current).notna()]), lines, columns)
    return current, chained  # not reached: a chain longer than the table is a cycle


def _cycle_error(file: str, codes: list, lines: pd.Series, columns: tuple):
    raise DataError(_N(CONTEXT, "{file}, lines {lines} (columns '{old}' → '{new}'): the passage table has a cycle "
                                "through code(s) {codes} (a code leads back to itself); fix the table."),
                    file=file, lines=sorted(int(v) for v in lines.reindex(codes[:20]).dropna()), old=columns[0],
                    new=columns[1], codes=codes[:20])


def read_passage(frame: pd.DataFrame, file: str, old: Optional[str] = None, new: Optional[str] = None) -> Passage:
    """A passage table from a text frame (as read by ``core.readers``)."""
    if not old or not new:
        old, new = detect_passage_columns(frame, file)
    missing = [c for c in (old, new) if c not in frame.columns]
    if missing:
        raise DataError(_N(CONTEXT, "{file}: column(s) {columns} not found; the table has: {available}."),
                        file=file, columns=missing, available=list(frame.columns))
    old_codes, old_report = normalise_codes_for(frame[old], "commune")
    new_codes, new_report = normalise_codes_for(frame[new], "commune")
    for column, report in ((old, old_report), (new, new_report)):
        if report.n_invalid:
            raise DataError(_N(CONTEXT, "{file}, line {line}: '{value}' in column '{column}' is not an INSEE commune "
                                        "code; fix the passage table."), file=file, line=report.invalid_lines[0],
                            value=report.invalid[0], column=column)
    pairs = pd.DataFrame({"old": old_codes, "new": new_codes}).dropna()
    pairs = pairs[~pairs.duplicated()]
    twice = pairs["old"][pairs["old"].duplicated(keep=False)]
    if len(twice):
        code = twice.iloc[0]
        rows = pairs[pairs["old"] == code]
        lines = [int(i) for i in rows.index] if frame.index.name == "line" else list(range(len(rows)))
        raise DataError(_N(CONTEXT, "{file}, lines {lines}: code {code} is mapped to several new codes ({codes}); a "
                                    "split commune cannot be harmonised by summing. Keep one row per old code."),
                        file=file, lines=lines, code=code, codes=list(rows["new"]))
    unchanged = pairs["old"] == pairs["new"]
    mapping = pd.Series(pairs.loc[~unchanged, "new"].to_numpy(), index=pairs.loc[~unchanged, "old"].to_numpy(),
                        dtype=object)
    changed = pairs[~unchanged]
    line_of = pd.Series(changed.index if frame.index.name == "line" else range(len(changed)),
                        index=changed["old"].to_numpy())
    mapping, chained = _follow_chains(mapping, file, line_of, (old, new))
    return Passage(mapping=mapping, source=file, rows=int(len(frame)), unchanged=int(unchanged.sum()),
                   chained=chained, old_column=old, new_column=new)


def plm_folding(table_codes: pd.Series, target_codes: pd.Index) -> tuple[pd.Series, np.ndarray]:
    """Arrondissements to fold into their commune, for a layer holding the commune.

    Returns the commune code for each row to fold (NaN elsewhere) and a mask of arrondissement
    rows to drop because the table already has a row for the commune itself (summing would
    count its people twice).
    """
    arrondissements = plm_arrondissements()
    target = pd.Index(target_codes)
    commune = table_codes.map(arrondissements)
    wanted = commune.notna() & commune.isin(target) & ~table_codes.isin(target)
    has_own_row = commune.isin(set(table_codes.dropna()))
    drop = (wanted & has_own_row).to_numpy()
    fold = commune.where(wanted & ~has_own_row)
    return fold, drop
