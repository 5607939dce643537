"""Joining a source table to a unit layer: a new layer with the table's columns, and the report.

The Processing algorithm "Joindre des tables sources" and the dock both call ``run_join``. The
unit layer and the table are only read; the output (and the report file) are written atomically.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pandas as pd
from qgis.core import QgsLayerMetadata
from qgis.PyQt.QtCore import QLocale

from ..core.binding import TableSpec
from ..core.codes import detect_code_column
from ..core.errors import CONTEXT, CancelledError, DataError, QT_TRANSLATE_NOOP as _N
from ..core.join_report import render_csv, render_html
from ..core.joining import Joined, join_to_units, load_source, unit_codes
from ..core.provenance import METADATA_TABLE, metadata_rows
from ..core.readers import read_table
from ..core.textfile import write_text_atomically
from . import layer_io, plugin_info
from .messages import localized, tr, translate
from .table_io import PROJECT_PREFIX, layer_text_frame


@dataclass
class JoinRequest:
    source: object                       # the unit layer (QgsFeatureSource or QgsVectorLayer), only read
    code_field: str
    output_path: str
    table_path: str = ""                 # a file…
    table_layer: object = None           # …or a layer / table of the project
    sheet: Optional[str] = None          # sheet (XLSX, ODS) or table (GeoPackage)
    table_code: Optional[str] = None     # code column of the table (None: found)
    level: str = "commune"
    columns: Optional[list] = None       # columns to join (None: all)
    passage_path: Optional[str] = None
    passage_old: Optional[str] = None
    passage_new: Optional[str] = None
    counts: tuple = ()                   # columns summed when rows are merged (INSEE counts are known)
    weight: Optional[str] = None         # column weighting the other values when rows are merged
    sum_duplicates: bool = False
    prefix: str = ""
    report_path: Optional[str] = None    # .html or .csv
    layer_name: str = "jointure"
    overwrite: bool = True

    def parameters(self) -> dict:
        return {"code_field": self.code_field, "table": self.table_path or getattr(self.table_layer, "name",
                                                                                      lambda: "")(),
                "sheet": self.sheet, "table_code": self.table_code, "level": self.level, "columns": self.columns,
                "passage": self.passage_path, "counts": list(self.counts), "weight": self.weight,
                "sum_duplicates": self.sum_duplicates, "prefix": self.prefix}


@dataclass
class JoinOutcome:
    path: str
    layer_name: str
    joined: Joined
    record: dict
    report_path: Optional[str] = None
    warnings: list = field(default_factory=list)


def _table_frame(request: JoinRequest):
    if request.table_layer is not None:
        return layer_text_frame(request.table_layer), request.table_layer.name()
    if not request.table_path:
        raise DataError(_N(CONTEXT, "Choose a source table: a file or a layer of the project."))
    return read_table(request.table_path, sheet=request.sheet, layer=request.sheet), request.table_path


def write_report_file(path: str, text: str) -> None:
    layer_io.check_output_path(path, True)
    write_text_atomically(path, text)


def render_report(joined: Joined, path: str) -> str:
    if Path(path).suffix.lower() == ".csv":
        return render_csv([joined.stats])
    title = tr("Join report: {}").format(Path(joined.stats.path).name)
    return render_html([joined.stats], title, [localized(m) for m in joined.messages], translate,
                       language=QLocale().name()[:2] or "en")


def run_join(request: JoinRequest, qgs_feedback=None) -> JoinOutcome:
    frame, label = _table_frame(request)
    code = request.table_code or detect_code_column(frame, request.level, label)
    spec = TableSpec(id=Path(label).stem or "table", path=label, code=code, level=request.level,
                     sheet=request.sheet, layer=request.sheet, duplicates="sum" if request.sum_duplicates else "error",
                     counts=tuple(request.counts), weight=request.weight or None)
    units = layer_io.layer_to_frame(request.source, [request.code_field], qgs_feedback)
    codes = unit_codes(units[request.code_field], request.level)

    def reader(_path, _spec):  # the table is read once, above
        return frame

    table = load_source(label, spec, reader, request.passage_path, (request.passage_old, request.passage_new),
                        target_codes=pd.Index(codes.dropna().astype(str)), columns=request.columns)
    taken = {f.name() for f in request.source.fields()}
    joined = join_to_units(codes, table, request.columns, request.prefix, taken)
    if qgs_feedback is not None and qgs_feedback.isCanceled():
        raise CancelledError()
    record = {"plugin": "Fragilité numérique", "plugin_version": plugin_info.version(),
              "date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"), "step": "join_source_table",
              "parameters": request.parameters(), "join_report": joined.report()}
    spec_out = layer_io.OutputSpec(scores=joined.values, kinds=joined.kinds, layer_name=request.layer_name)
    with layer_io.atomic_output(request.output_path, request.overwrite) as temporary:
        layer_io.write_features(request.source, spec_out, temporary, qgs_feedback)
        if qgs_feedback is not None and qgs_feedback.isCanceled():
            raise CancelledError()
        _document(temporary, request.layer_name, record, joined)
    report_path = None
    if request.report_path:
        write_report_file(request.report_path, render_report(joined, request.report_path))
        report_path = request.report_path
    return JoinOutcome(path=request.output_path, layer_name=request.layer_name, joined=joined, record=record,
                       report_path=report_path, warnings=list(joined.messages))


def _document(path: str, layer_name: str, record: dict, joined: Joined) -> None:
    if Path(path).suffix.lower() != ".gpkg":
        return
    layer_io.write_table(path, METADATA_TABLE, metadata_rows(record))
    layer = layer_io.open_layer(path, layer_name)
    stats = joined.stats
    metadata = QgsLayerMetadata()
    metadata.setTitle(f"Jointure de {Path(stats.path).name}")
    metadata.setAbstract(
        f"Table {Path(stats.path).name} jointe sur le code ({stats.level}) : {stats.matched_units} unités sur "
        f"{stats.n_targets} trouvées, {stats.n_units_without_row} sans ligne, {stats.n_codes_without_unit} codes de "
        f"la table sans unité. Rapport complet dans la table {METADATA_TABLE} (clé join_report).\n"
        + json.dumps(record["join_report"]["join"].get("details", {}).get("merges", []), ensure_ascii=False))
    metadata.setLanguage("fra")
    metadata.setHistory([f"{record['date']} : jointure par le plugin Fragilité numérique {record['plugin_version']}"])
    layer.setMetadata(metadata)
    layer.saveDefaultMetadata()
    del layer


def project_table_spec_path(layer_name: str) -> str:
    """The binding path that names a layer of the project (read through ``qgis_reader``)."""
    return f"{PROJECT_PREFIX}{layer_name}"

