"""The diagnostics report of a scored layer. The Processing algorithm and the dock call ``run_diagnostics``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd

from ..core import fields as F
from ..core.diagnostics import Diagnostics, diagnose
from ..core.impute import OBSERVED
from .diagnostic_report import diagnostics_document
from .report import check_report_destination, write_report
from .scored_layer import ScoredLayer, read_scored_layer


@dataclass
class DiagnosticsOutcome:
    diagnostics: Diagnostics
    paths: list                  # HTML, Markdown, charts folder


def observed_values(scored: ScoredLayer, diagnostics: Diagnostics) -> dict:
    """Observed values of each variable in the reference territory, for the histograms."""
    frame = scored.frame
    reference = pd.to_numeric(frame.get(F.IN_REFERENCE, pd.Series(1, index=frame.index)),
                              errors="coerce").to_numpy() == 1
    out = {}
    for stats in diagnostics.variables:
        if stats.absent or stats.observed == 0 or F.raw_field(stats.id) not in frame:
            continue
        values = pd.to_numeric(frame[F.raw_field(stats.id)], errors="coerce").to_numpy(dtype=float)
        keep = reference & ~np.isnan(values)
        if F.flag_field(stats.id) in frame:
            keep &= frame[F.flag_field(stats.id)].to_numpy() == OBSERVED
        out[stats.id] = values[keep]
    return out


def run_diagnostics(layer, html_path: str, method_path: Optional[str] = None, code_field: Optional[str] = None,
                    qgs_feedback=None, overwrite: bool = True) -> DiagnosticsOutcome:
    check_report_destination(html_path, overwrite)
    scored = read_scored_layer(layer, method_path, code_field, feedback=qgs_feedback)
    codes = scored.frame[scored.code_field].astype(str).tolist() if scored.code_field else None
    result = diagnose(scored.frame, scored.method, codes)
    if qgs_feedback is not None:
        qgs_feedback.setProgress(50)
    context = {"layer": scored.name, "binding": scored.record.get("binding_label", ""),
               "date": scored.record.get("date", "")}
    document = diagnostics_document(result, context, observed_values(scored, result))
    paths = write_report(document, html_path, overwrite)
    if qgs_feedback is not None:
        qgs_feedback.setProgress(100)
    return DiagnosticsOutcome(diagnostics=result, paths=paths)
