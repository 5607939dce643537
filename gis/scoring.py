"""A scoring run on a QGIS layer: read, compute (core), write a new styled layer with its provenance.

The Processing algorithm and the dock both call ``run_scoring``.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd
from qgis.core import (
    QgsExpressionContext,
    QgsFeatureRequest,
    QgsLayerMetadata,
)

from ..core import fields as F
from ..core.binding import Binding, load_binding
from ..core.errors import CONTEXT, CancelledError, DataError, Feedback, Message, QT_TRANSLATE_NOOP as _N
from ..core.method import Method, load_method, method_from_dict
from ..core.pipeline import IndexResult, Units, compute_index, unit_index
from ..core.provenance import METADATA_TABLE, abstract_text, metadata_rows, provenance
from . import layer_io, plugin_info
from .access_run import AccessOptions, add_access_report, bind_computed_access
from .expressions import checked_expression
from .geopackage_table import GeoPackageTable, background_copy
from .messages import localized, log
from .style_store import save_style_set, write_qml_beside
from .styles import style_set_to_store
from .table_io import qgis_reader, write_members
from .unit_access import COMMUNE_CODE, commune_layer_for, unit_access_from_communes


@dataclass
class ScoringRequest:
    source: object                         # QgsFeatureSource or QgsVectorLayer (only read)
    code_field: str
    output_path: str
    method_path: str = str(plugin_info.DEFAULT_METHOD)
    binding_path: str = str(plugin_info.EMBEDDED_BINDING)
    epci_field: Optional[str] = None
    dep_field: Optional[str] = None
    reference_expression: str = ""
    normalisation: Optional[str] = None
    missing_rule: Optional[str] = None
    min_share: Optional[float] = None
    weights: Optional[dict] = None
    overwrite: bool = True
    layer_name: str = "fragilite_numerique"
    expression_context: Optional[QgsExpressionContext] = None
    unit_level: str = "commune"            # "epci" or "dep": commune tables are aggregated to the units
    members: Optional[object] = None       # pandas Series commune code -> unit code (see gis.table_io)
    communes: Optional[object] = None      # commune polygons for the access times of EPCI/department units
    communes_code_field: str = "code"      # their INSEE code field
    access: Optional[AccessOptions] = None     # access-time options (None: the binding's parameters)
    access_parameters: Optional[dict] = None   # set by the run: the access-time parameters used
    # "project:<layer>" tables as feature sources taken on the main thread (a worker never reads the project)
    table_sources: Optional[dict] = None
    check_geometries: bool = False         # refuse invalid geometries before using them (access times)
    # the GeoPackage table the source reads whole, if it does (gis.geopackage_table): read with SQLite
    # and copied by GDAL while the scores are computed
    source_table: Optional[GeoPackageTable] = None

    def parameters(self) -> dict:
        return {"code_field": self.code_field, "unit_level": self.unit_level, "epci_field": self.epci_field,
                "dep_field": self.dep_field,
                "reference_expression": self.reference_expression, "method_file": self.method_path,
                "binding_file": self.binding_path, "normalisation": self.normalisation,
                "missing_rule": self.missing_rule, "min_share": self.min_share, "weights": self.weights,
                "access": self.access_parameters}


@dataclass
class ScoringOutcome:
    path: str
    layer_name: str
    result: IndexResult
    record: dict
    replaced_fields: list = field(default_factory=list)


class QgisFeedback(Feedback):
    """The core's feedback on top of a QgsFeedback (progress bar, cancel button)."""

    def __init__(self, qgs_feedback=None, start: float = 0.0, span: float = 100.0) -> None:
        super().__init__()
        self.qgs = qgs_feedback
        self.start = start
        self.span = span

    def set_progress(self, percent: float) -> None:
        if self.qgs is not None:
            self.qgs.setProgress(self.start + self.span * percent / 100.0)

    def info(self, text: str) -> None:
        if self.qgs is not None and hasattr(self.qgs, "pushInfo"):
            self.qgs.pushInfo(text)

    def is_cancelled(self) -> bool:
        return self.qgs is not None and self.qgs.isCanceled()

    def step(self, percent: float) -> None:
        """Report a stage's progress, then stop if the user cancelled: a cancel is seen at every stage."""
        self.set_progress(percent)
        if self.is_cancelled():
            raise CancelledError()


def reference_mask(source, expression: str, ids: list, context: Optional[QgsExpressionContext] = None
                   ) -> Optional[np.ndarray]:
    """Which units form the reference territory (None = every unit)."""
    if not expression or not expression.strip():
        return None
    expr = checked_expression(expression, source.fields(), layer_io.source_name(source),
                              _N(CONTEXT, "The reference territory expression {expression} is not valid: {reason}"))
    context = QgsExpressionContext(context) if context is not None else QgsExpressionContext()
    if hasattr(source, "createExpressionContextScope"):
        context.appendScope(source.createExpressionContextScope())
    context.setFields(source.fields())
    expr.prepare(context)
    chosen = set()
    request = QgsFeatureRequest()
    if not expr.needsGeometry():
        request.setFlags(QgsFeatureRequest.NoGeometry)
    for feature in source.getFeatures(request):
        context.setFeature(feature)
        value = expr.evaluate(context)
        if expr.hasEvalError():
            raise DataError(_N(CONTEXT, "The reference territory expression fails on feature {fid}: {reason}"),
                            fid=feature.id(), reason=expr.evalErrorString())
        if value:
            chosen.add(feature.id())
    return np.array([fid in chosen for fid in ids], dtype=bool)


def load_configuration(request: ScoringRequest) -> tuple[Method, Binding]:
    method = load_method(request.method_path)
    method = method.with_options(normalisation=request.normalisation, missing_rule=request.missing_rule,
                                 min_share=request.min_share, weights=request.weights)
    binding = load_binding(request.binding_path, method)
    return method, binding


@dataclass
class PreparedRun:
    """What a computation of the index needs once the layer is read and the access times computed."""

    method: Method
    binding: Binding                       # reading the computed access times, if any
    units: Units
    frame: object                          # the layer's code and parent fields by feature id
    extra_tables: Optional[dict]           # in-memory tables (access times)
    access: object                         # the access run (gis.access_run.UnitAccess) or None
    note: Optional[Message]                # why access times are absent (EPCI units without communes)

    def finish_report(self, result: IndexResult, request: ScoringRequest) -> None:
        """The access report and the note about absent access times, in the run report."""
        if self.access is not None:
            request.access_parameters = add_access_report(result.report, self.access)
        if self.note is not None:
            result.report.warnings.insert(0, self.note)


def prepare_run(request: ScoringRequest, feedback: QgisFeedback) -> PreparedRun:
    """Method, binding, units and computed access times of a request (shared by the index and its variants)."""
    method, binding = load_configuration(request)
    layer_io.require_features(request.source)
    used = [request.code_field] + [f for f in (request.epci_field, request.dep_field) if f]
    frame = layer_io.layer_to_frame(request.source, used, feedback.qgs, table=request.source_table)
    mask = reference_mask(request.source, request.reference_expression, frame.index.tolist(),
                          request.expression_context)
    parents = {"epci": request.epci_field, "dep": request.dep_field}
    units = Units.from_frame(frame, request.code_field, parents, reference=mask, level=request.unit_level,
                             members=request.members)
    codes = unit_index(units)          # bad codes are reported before any access time is computed
    progress = QgisFeedback(feedback.qgs, feedback.start, 0)   # access shares the start of the bar: cancel only
    note = None
    if units.level == "commune":
        if request.check_geometries and binding.access_leaves:
            layer_io.refuse_invalid_geometries(request.source)
        binding, extra, access = bind_computed_access(request.source, request.code_field, binding, method.leaves,
                                                      request.access, codes, frame.index, units.level, progress)
    else:
        binding, extra, access, note = units_access(request, binding, method.leaves, units.level, progress)
    return PreparedRun(method, binding, units, frame, extra, access, note)


def compute(request: ScoringRequest, feedback: QgisFeedback) -> tuple[IndexResult, object]:
    run = prepare_run(request, feedback)
    result = compute_index(run.units, run.method, run.binding, reader=qgis_reader(sources=request.table_sources),
                           feedback=feedback, extra_tables=run.extra_tables)
    run.finish_report(result, request)
    return result, run.frame


def units_access(request: ScoringRequest, binding: Binding, leaves: tuple, level: str, feedback: QgisFeedback
                 ) -> tuple:
    """EPCI or department units: access times computed on their communes (see gis.unit_access), when the
    communes' polygons and the commune → unit table are known; otherwise absent, with a warning."""
    skipped = binding.access_leaves
    if not skipped:
        return binding, None, None, None
    communes = commune_layer_for(request.communes, request.source)
    if communes is not None and request.members is not None:
        code_field = request.communes_code_field if communes is request.communes else COMMUNE_CODE
        return unit_access_from_communes(communes, code_field, binding, leaves, request.access, request.members,
                                         level, feedback)
    # Equipment is located by commune; a unit's access time needs its communes' geometry.
    binding = binding.without_access("access times need the communes' geometry")
    return binding, None, None, Message(_N(
        CONTEXT, "Access times ({variables}) need the communes' polygons: they are absent from this run on '{level}' "
                 "units. Give the commune layer (communes of each unit), or use a layer built by \"Aggregate by EPCI "
                 "or department\", which keeps them."), variables=skipped, level=level)


def run_scoring(request: ScoringRequest, qgs_feedback=None) -> ScoringOutcome:
    """Compute the index and write it, styled and documented, to ``request.output_path``."""
    feedback = QgisFeedback(qgs_feedback, 0, 40)
    write_feedback = QgisFeedback(qgs_feedback, 40, 50)
    with layer_io.atomic_output(request.output_path, request.overwrite, qgs_feedback) as temporary, \
            background_copy(request.source_table, temporary, request.layer_name, qgs_feedback) as copy:
        result, _frame = compute(request, feedback)
        for warning in result.report.warnings:
            feedback.info(localized(warning))
        record = provenance(result, request.parameters(), plugin_info.version())
        kinds = dict(F.output_fields(result.method))
        spec = layer_io.OutputSpec(scores=result.scores, kinds=kinds, comments=F.describe_fields(result.method),
                                   layer_name=request.layer_name)
        replaced = layer_io.write_features(request.source, spec, temporary, qgs_feedback,
                                           progress=write_feedback.set_progress, copy=copy)
        if feedback.is_cancelled():
            raise CancelledError()
        finish_output(temporary, request.layer_name, record, values=result.scores)
        if request.members is not None and Path(temporary).suffix.lower() == ".gpkg":
            write_members(temporary, request.members)  # the scored units keep their communes
    write_qml_beside(request.output_path, request.layer_name)
    if replaced:
        message = localized(layer_io.replaced_fields_message(replaced))
        feedback.info(message)
        log(message)
    if qgs_feedback is not None:
        qgs_feedback.setProgress(100)
    return ScoringOutcome(path=request.output_path, layer_name=request.layer_name, result=result, record=record,
                          replaced_fields=replaced)


def finish_output(path: str, layer_name: str, record: dict, values: Optional[pd.DataFrame] = None) -> None:
    """Provenance table, layer metadata and the style set (default: composite), inside the (temporary) GeoPackage.

    ``values``: the scores just written to the layer, when the caller holds them (not read back then)."""
    if Path(path).suffix.lower() != ".gpkg":
        return
    with _unsynced_writes():
        _finish_geopackage(path, layer_name, record, values)


def _finish_geopackage(path: str, layer_name: str, record: dict, values: Optional[pd.DataFrame]) -> None:
    layer_io.write_table(path, METADATA_TABLE, metadata_rows(record))
    layer = layer_io.open_layer(path, layer_name)
    metadata = QgsLayerMetadata()
    metadata.setTitle(f"Indice de fragilité numérique – {record['method_label']}")
    metadata.setAbstract(abstract_text(record))
    metadata.setLanguage("fra")
    metadata.addKeywords("thème", ["inclusion numérique", "fragilité numérique", "indice composite"])
    metadata.setHistory([f"{record['date']} : calcul par le plugin Fragilité numérique "
                         f"{record['plugin_version']}, méthode {record['method_id']}"])
    layer.setMetadata(metadata)
    style_set = style_set_to_store(layer, method_from_dict(record["method"]), default_field=F.COMPOSITE,
                                   values=values)
    for warning in style_set.warnings:
        log(localized(warning))
    # Saved after the scores were read (this write leaves the file in WAL mode, which their fast read
    # refuses) and before the styles, whose save reloads the layer after both writes.
    layer.saveDefaultMetadata()
    for error in save_style_set(layer, style_set):
        log(f"Style non enregistré dans {path} : {error}")
    del layer


@contextlib.contextmanager
def _unsynced_writes():
    """GDAL's SQLite writes in this thread without waiting for the disk after each statement.

    For the fresh temporary file of an atomic output only (removed on any failure, like
    layer_io's score update): saving seven styles otherwise waits on some ninety disk syncs.
    """
    from osgeo import gdal

    previous = gdal.GetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", None)
    gdal.SetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", "OFF")
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", previous)


def read_provenance(path: str, table: str = METADATA_TABLE) -> dict:
    rows = layer_io.read_table(path, table)
    out = {}
    for key, value in rows:
        try:
            out[key] = json.loads(value)
        except (TypeError, ValueError):
            out[key] = value
    return out
