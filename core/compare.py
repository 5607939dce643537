"""Two runs of the index side by side (two methods, or two data years): score and rank changes.

Signs read the same way everywhere: a positive change means the unit is more fragile in run B
than in run A (a higher score, a rank nearer to 1, a higher decile). Scores are only subtracted
when both runs are on the same scale; otherwise only ranks and deciles are compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from .codes import clean_code_text, normalise_commune_codes
from .errors import CONTEXT, DataError, Message, QT_TRANSLATE_NOOP as _N
from .method import Method

SCORE_A = "ifn_a"
SCORE_B = "ifn_b"
SCORE_CHANGE = "ifn_delta"      # B − A, when the scales match
RANK_A = "rang_a"
RANK_B = "rang_b"
RANK_CHANGE = "rang_delta"      # rank A − rank B: places climbed towards the most fragile
DECILE_A = "dec_a"
DECILE_B = "dec_b"
DECILE_CHANGE = "dec_delta"     # decile B − decile A
FIELD_KINDS = {SCORE_A: "double", SCORE_B: "double", SCORE_CHANGE: "double", RANK_A: "int", RANK_B: "int",
               RANK_CHANGE: "int", DECILE_A: "int", DECILE_B: "int", DECILE_CHANGE: "int"}
FIELD_COMMENTS = {
    SCORE_A: "Indice composite, calcul A", SCORE_B: "Indice composite, calcul B",
    SCORE_CHANGE: "Évolution de l'indice (B − A ; positif = plus fragile dans B), vide si les échelles diffèrent",
    RANK_A: "Rang, calcul A", RANK_B: "Rang, calcul B",
    RANK_CHANGE: "Places gagnées vers les plus fragiles (rang A − rang B)",
    DECILE_A: "Décile, calcul A", DECILE_B: "Décile, calcul B",
    DECILE_CHANGE: "Évolution du décile (B − A ; positif = plus fragile dans B)"}
TOP_MOVERS = 10


def scale_key(method: Method) -> tuple:
    """What makes two composites directly comparable: same normalisation and scale."""
    if method.rescale:
        return ("rescaled",)
    per_variable = tuple(sorted({v.normalisation for v in method.variables if v.normalisation}))
    norm = method.normalisation
    detail = method.ratio_base if norm == "ratio" else tuple(method.decile_points) if norm == "deciles" else None
    return (norm, per_variable, detail, method.composite_scale)


def _unit_codes(values: pd.Series) -> pd.Series:
    """Commune codes with their leading zeros restored; other codes (EPCI, IRIS) as clean text."""
    values = values.astype(object).where(values.notna(), None)
    communes, report = normalise_commune_codes(values)
    if report.n_invalid == 0:
        return communes
    return clean_code_text(values)


@dataclass
class RunScores:
    """What a comparison needs from one run: codes and, per unit, composite, rank and decile."""

    label: str
    codes: pd.Series               # unit codes as text, any index
    composite: np.ndarray
    rank: np.ndarray
    decile: np.ndarray
    scale: Optional[tuple] = None  # scale_key of the run's method, None when unknown
    n_reference: Optional[int] = None

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, code: str, label: str, method: Optional[Method] = None,
                   composite: str = "ifn", rank: str = "ifn_rang", decile: str = "ifn_dec") -> "RunScores":
        missing = [c for c in (code, composite, rank, decile) if c not in frame.columns]
        if missing:
            raise DataError(_N(CONTEXT, "Run '{run}' has no field {columns}: compare two outputs of the index "
                                        "computation."), run=label, columns=missing)
        values = {name: pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype=float)
                  for name in (composite, rank, decile)}
        codes = _unit_codes(frame[code])
        if codes.isna().any():
            raise DataError(_N(CONTEXT, "Run '{run}': {count} unit(s) have no code in field '{field}'."), run=label,
                            count=int(codes.isna().sum()), field=code)
        dup = codes[codes.duplicated()]
        if len(dup):
            raise DataError(_N(CONTEXT, "Run '{run}': code(s) {codes} appear more than once in field '{field}'."),
                            run=label, codes=sorted(set(dup.astype(str))), field=code)
        n_ref = int(np.count_nonzero(~np.isnan(values[rank])))
        return cls(label=label, codes=codes.astype(str), composite=values[composite], rank=values[rank],
                   decile=values[decile], scale=scale_key(method) if method is not None else None,
                   n_reference=n_ref)


@dataclass
class Comparison:
    frame: pd.DataFrame            # indexed like run A: the fields above
    label_a: str
    label_b: str
    scores_comparable: bool
    n_common: int
    only_a: list                   # codes of A without a match in B
    only_b: list
    rank_correlation: Optional[float]     # Spearman, over units ranked in both runs
    mean_abs_rank_change: Optional[float]
    decile_changed_share: Optional[float]
    top_up: list = field(default_factory=list)      # (code, places) more fragile in B
    top_down: list = field(default_factory=list)
    warnings: list = field(default_factory=list)    # Message

    def to_dict(self) -> dict:
        out = dict(self.__dict__)
        out.pop("frame")
        out["warnings"] = [w.to_dict() for w in self.warnings]
        out["only_a"] = self.only_a[:50]
        out["only_b"] = self.only_b[:50]
        return out


def _spearman(a: np.ndarray, b: np.ndarray) -> Optional[float]:
    if a.size < 3:
        return None
    ra = pd.Series(a).rank().to_numpy()
    rb = pd.Series(b).rank().to_numpy()
    if ra.std() == 0 or rb.std() == 0:
        return None
    return float(np.corrcoef(ra, rb)[0, 1])


def compare_runs(a: RunScores, b: RunScores) -> Comparison:
    """Join B onto A by code and measure the changes."""
    position = pd.Series(np.arange(len(b.codes)), index=pd.Index(b.codes.to_numpy()))
    match = position.reindex(a.codes.to_numpy()).to_numpy()
    found = ~np.isnan(match)
    if not found.any():
        raise DataError(_N(CONTEXT, "No code of run '{a}' is found in run '{b}' (e.g. {codes_a} against {codes_b}); "
                                    "choose the code field of each layer."), a=a.label, b=b.label,
                        codes_a=list(a.codes[:3]), codes_b=list(b.codes[:3]))
    take = match[found].astype(int)

    def aligned(values: np.ndarray) -> np.ndarray:
        out = np.full(len(a.codes), np.nan)
        out[found] = values[take]
        return out

    score_b, rank_b, decile_b = aligned(b.composite), aligned(b.rank), aligned(b.decile)
    comparable = a.scale is not None and a.scale == b.scale
    warnings = []
    if not comparable:
        warnings.append(Message(_N(CONTEXT, "The two runs do not put the composite on the same scale (method, "
                                            "normalisation or scale differ): score changes are left empty; compare "
                                            "ranks and deciles.")))
    if a.n_reference and b.n_reference and a.n_reference != b.n_reference:
        warnings.append(Message(_N(CONTEXT, "Run A ranks {a} units and run B {b}: the reference territories differ, "
                                            "so rank changes mix two rankings."), a=a.n_reference, b=b.n_reference))
    rank_change = a.rank - rank_b
    frame = pd.DataFrame({SCORE_A: a.composite, SCORE_B: score_b,
                          SCORE_CHANGE: score_b - a.composite if comparable else np.full(len(a.codes), np.nan),
                          RANK_A: a.rank, RANK_B: rank_b, RANK_CHANGE: rank_change,
                          DECILE_A: a.decile, DECILE_B: decile_b, DECILE_CHANGE: decile_b - a.decile},
                         index=a.codes.index)
    both = ~np.isnan(a.rank) & ~np.isnan(rank_b)
    only_b = sorted(set(b.codes) - set(a.codes))
    codes = a.codes.to_numpy()
    order = np.argsort(-np.where(both, rank_change, -np.inf), kind="stable")
    top_up = [(str(codes[i]), int(rank_change[i])) for i in order[:TOP_MOVERS] if both[i] and rank_change[i] > 0]
    order = np.argsort(np.where(both, rank_change, np.inf), kind="stable")
    top_down = [(str(codes[i]), int(rank_change[i])) for i in order[:TOP_MOVERS] if both[i] and rank_change[i] < 0]
    deciles = ~np.isnan(a.decile) & ~np.isnan(decile_b)
    return Comparison(
        frame=frame, label_a=a.label, label_b=b.label, scores_comparable=comparable, n_common=int(found.sum()),
        only_a=[str(c) for c in codes[~found]], only_b=only_b,
        rank_correlation=_spearman(a.composite[both], score_b[both]),
        mean_abs_rank_change=float(np.abs(rank_change[both]).mean()) if both.any() else None,
        decile_changed_share=float((a.decile[deciles] != decile_b[deciles]).mean()) if deciles.any() else None,
        top_up=top_up, top_down=top_down, warnings=warnings)
