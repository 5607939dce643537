"""Two scored layers compared: a new layer of score and rank changes with a diverging style.

The Processing algorithm and the dock both call ``run_comparison``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import QgsFeature, QgsFeatureRequest, QgsFields, QgsLayerMetadata

from ..core import compare as C
from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N
from . import layer_io, plugin_info
from .diagnostic_styles import apply_diverging_style
from .messages import localized
from .scored_layer import read_scored_layer
from .scoring import QgisFeedback
from .styled_output import save_default_style

COMPARISON_TABLE = "ifn_comparaison"


@dataclass
class ComparisonOutcome:
    path: str
    layer_name: str
    comparison: C.Comparison


class FieldSubset:
    """A feature source showing only some fields of another (the output keeps the code, not run A's scores)."""

    def __init__(self, source, names: list) -> None:
        self.source = source
        all_fields = source.fields()
        self.indexes = [all_fields.indexOf(n) for n in names]
        self._fields = QgsFields()
        for i in self.indexes:
            self._fields.append(all_fields.at(i))

    def fields(self) -> QgsFields:
        return self._fields

    def wkbType(self):  # noqa: N802 - QGIS API
        return self.source.wkbType()

    def sourceCrs(self):  # noqa: N802
        return self.source.sourceCrs() if hasattr(self.source, "sourceCrs") else self.source.crs()

    def featureCount(self) -> int:  # noqa: N802
        return self.source.featureCount()

    def getFeatures(self, request: Optional[QgsFeatureRequest] = None):  # noqa: N802
        for feature in self.source.getFeatures(request or QgsFeatureRequest()):
            out = QgsFeature(self._fields, feature.id())
            out.setGeometry(feature.geometry())
            attrs = feature.attributes()
            out.setAttributes([attrs[i] for i in self.indexes])
            yield out


def _run_label(scored, fallback: str) -> str:
    label = scored.record.get("method_label") or scored.method.label
    return f"{label} ({scored.name})" if scored.name else label or fallback


def run_comparison(layer_a, layer_b, output_path: str, code_a: Optional[str] = None, code_b: Optional[str] = None,
                   keep_fields: tuple = ("nom",), overwrite: bool = True, layer_name: str = "comparaison",
                   method_a: Optional[str] = None, method_b: Optional[str] = None,
                   qgs_feedback=None) -> ComparisonOutcome:
    """Changes from run A to run B, on the geometry of A."""
    stages = QgisFeedback(qgs_feedback)
    layer_io.check_output_path(output_path, overwrite)
    scored_a = read_scored_layer(layer_a, method_a, code_a, feedback=qgs_feedback)
    stages.step(20)
    scored_b = read_scored_layer(layer_b, method_b, code_b, feedback=qgs_feedback)
    stages.step(40)
    for scored in (scored_a, scored_b):
        if not scored.code_field:
            raise DataError(_N(CONTEXT, "Layer {file}: choose the field that holds the unit codes."),
                            file=scored.name)
    run_a = C.RunScores.from_frame(scored_a.frame, scored_a.code_field, _run_label(scored_a, "A"), scored_a.method)
    run_b = C.RunScores.from_frame(scored_b.frame, scored_b.code_field, _run_label(scored_b, "B"), scored_b.method)
    comparison = C.compare_runs(run_a, run_b)
    stages.step(50)
    for warning in comparison.warnings:
        if qgs_feedback is not None:
            qgs_feedback.pushInfo(localized(warning))
    names = [f.name() for f in layer_a.fields()]
    kept = [scored_a.code_field] + [f for f in keep_fields if f in names and f != scored_a.code_field]
    spec = layer_io.OutputSpec(scores=comparison.frame, kinds=C.FIELD_KINDS, comments=C.FIELD_COMMENTS,
                               layer_name=layer_name)
    record = {"plugin_version": plugin_info.version(), "run_a": run_a.label, "run_b": run_b.label,
              "summary": comparison.to_dict()}
    with layer_io.atomic_output(output_path, overwrite, qgs_feedback) as temporary:
        layer_io.write_features(FieldSubset(layer_a, kept), spec, temporary, qgs_feedback,
                                progress=QgisFeedback(qgs_feedback, 50, 30).set_progress)
        stages.step(80)
        _finish(temporary, layer_name, record, comparison)
    stages.set_progress(100)
    return ComparisonOutcome(path=output_path, layer_name=layer_name, comparison=comparison)


def _finish(path: str, layer_name: str, record: dict, comparison: C.Comparison) -> None:
    if Path(path).suffix.lower() != ".gpkg":
        return
    layer_io.write_table(path, COMPARISON_TABLE, [(k, v if isinstance(v, str) else json.dumps(v, default=str,
                                                                                           ensure_ascii=False))
                                                  for k, v in record.items()])
    layer = layer_io.open_layer(path, layer_name)
    metadata = QgsLayerMetadata()
    metadata.setTitle("Comparaison de deux calculs de l'indice de fragilité numérique")
    metadata.setAbstract(f"A : {comparison.label_a}\nB : {comparison.label_b}\n"
                         "Valeurs positives : unité plus fragile dans B que dans A.")
    metadata.setLanguage("fra")
    layer.setMetadata(metadata)
    layer.saveDefaultMetadata()
    del layer
    if comparison.scores_comparable:
        save_default_style(path, layer_name, lambda lyr: apply_diverging_style(lyr, C.SCORE_CHANGE, 2),
                           "Évolution de l'indice", "B − A, divergent", as_default=False)
    save_default_style(path, layer_name, lambda lyr: apply_diverging_style(lyr, C.RANK_CHANGE, 0),
                       "Évolution du rang", "Places gagnées vers les plus fragiles, divergent")
