"""Rank stability on a QGIS layer: the Monte Carlo (core), written as a new styled layer and a report.

The Processing algorithm and the dock both call ``run_stability``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pandas as pd

from ..core import fields as F
from ..core.errors import CancelledError
from ..core.pipeline import Units, load_tables_for, unit_index
from ..core.provenance import provenance
from ..core.sensitivity import STABILITY_KINDS, SensitivityOptions, StabilityResult, rank_stability
from . import layer_io, plugin_info
from .access_run import add_access_report, bind_computed_access
from .diagnostic_report import stability_document
from .diagnostic_styles import apply_stability_style
from .messages import localized
from .report import write_report
from .scoring import QgisFeedback, ScoringRequest, finish_output, load_configuration, reference_mask
from .styled_output import save_default_style

STABILITY_STYLE = "Stabilité du classement"


@dataclass
class StabilityRequest:
    scoring: ScoringRequest                  # the same inputs as the index; output_path = the new layer
    options: SensitivityOptions = field(default_factory=SensitivityOptions)
    report_path: Optional[str] = None        # HTML report (with its Markdown twin), optional
    name_field: Optional[str] = None         # unit names shown in the report


@dataclass
class StabilityOutcome:
    path: str
    layer_name: str
    result: StabilityResult
    record: dict
    report: list                             # paths written for the report


def stability_table(result: StabilityResult) -> pd.DataFrame:
    """The index fields of the method's own run followed by the stability fields."""
    scores = result.nominal.scores.copy()
    for name in STABILITY_KINDS:
        scores[name] = result.frame[name]
    return scores


def run_stability(request: StabilityRequest, qgs_feedback=None) -> StabilityOutcome:
    scoring = request.scoring
    feedback = QgisFeedback(qgs_feedback, 0, 70)
    method, binding = load_configuration(scoring)
    used = [scoring.code_field] + [f for f in (scoring.epci_field, scoring.dep_field, request.name_field) if f]
    frame = layer_io.layer_to_frame(scoring.source, list(dict.fromkeys(used)), qgs_feedback)
    mask = reference_mask(scoring.source, scoring.reference_expression, frame.index.tolist(),
                          scoring.expression_context)
    units = Units.from_frame(frame, scoring.code_field, {"epci": scoring.epci_field, "dep": scoring.dep_field},
                             reference=mask)
    # The access times are computed once, as in the index run, and every draw reads them.
    binding, extra, access = bind_computed_access(scoring.source, scoring.code_field, binding, method.leaves,
                                                  scoring.access, unit_index(units), frame.index, units.level,
                                                  QgisFeedback(qgs_feedback, 0, 0))
    tables = load_tables_for(method, binding, feedback=feedback, loaded=extra)
    result = rank_stability(units, method, binding, request.options, tables=tables, feedback=feedback)
    if access is not None:
        scoring.access_parameters = add_access_report(result.nominal.report, access)
    for message in result.rejected + result.nominal.report.warnings:
        feedback.info(localized(message))
    parameters = dict(scoring.parameters(), runs=result.options.runs, seed=result.options.seed,
                      weight_spread=result.options.weight_spread)
    record = provenance(result.nominal, parameters, plugin_info.version())
    record["rank_stability"] = result.to_dict()
    kinds = dict(F.output_fields(method))
    kinds.update(STABILITY_KINDS)
    comments = F.describe_fields(method)
    comments.update({F.RANK_MEDIAN: "Rang médian sur les tirages Monte Carlo",
                     F.RANK_LOW: "Rang au 5e centile des tirages (borne favorable de l'intervalle)",
                     F.RANK_HIGH: "Rang au 95e centile des tirages",
                     F.RANK_STABILITY: "Stabilité du classement : 1 − largeur de l'intervalle 5-95 % / unités classées"})
    spec = layer_io.OutputSpec(scores=stability_table(result), kinds=kinds, comments=comments,
                               layer_name=scoring.layer_name)
    written: list = []
    with layer_io.atomic_output(scoring.output_path, scoring.overwrite) as temporary:
        layer_io.write_features(scoring.source, spec, temporary, qgs_feedback,
                                progress=QgisFeedback(qgs_feedback, 70, 20).set_progress)
        if feedback.is_cancelled():
            raise CancelledError()
        finish_output(temporary, scoring.layer_name, record)
        save_default_style(temporary, scoring.layer_name, apply_stability_style, STABILITY_STYLE,
                           "Intervalle de rang 5-95 % sur les tirages Monte Carlo, 4 classes")
        if request.report_path:
            codes = frame[scoring.code_field].astype(str).tolist()
            names = frame[request.name_field].tolist() if request.name_field else None
            context = {"layer": Path(scoring.output_path).name, "binding": binding.label, "date": record["date"]}
            written = write_report(stability_document(result, codes, names, context), request.report_path)
    if qgs_feedback is not None:
        qgs_feedback.setProgress(100)
    return StabilityOutcome(path=scoring.output_path, layer_name=scoring.layer_name, result=result, record=record,
                            report=written)
