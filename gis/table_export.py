"""Export a scored layer's attributes as a table for spreadsheets (CSV for French Excel and
LibreOffice, or XLSX) with its metadata: a sheet of the workbook, or a ``_metadonnees.csv`` file
next to the CSV. Outputs are new files written atomically; the layer is only read."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import QgsExpressionContext, QgsExpressionContextUtils, QgsFeatureRequest

from ..core import export as X
from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N
from . import layer_io, plugin_info
from .expressions import checked_expression
from .layouts import provenance_of
from .scoring import QgisFeedback

FORMATS = ("csv", "xlsx")
INTERNAL_FIELDS = ("fid",)
INTEGER_TYPES = ("integer", "integer64", "int", "int2", "int4", "int8", "smallint", "bigint", "long", "short")


@dataclass
class TableRequest:
    layer: object                      # QgsVectorLayer (only read)
    output: str                        # .csv or .xlsx
    filter_expression: str = ""
    fields: Optional[list] = None      # None: every field but the GeoPackage key
    overwrite: bool = False
    with_metadata: bool = True
    xlsx_engine: Optional[str] = None  # None: openpyxl when installed, else GDAL


def table_format(path: str) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise DataError(_N(CONTEXT, "Output {file}: the table format '{suffix}' is not supported; use .csv or .xlsx."),
                        file=path, suffix=suffix or "?")
    return suffix


def field_kinds(layer) -> dict:
    """Field name → 'double', 'int' or 'text', as a spreadsheet should type the column."""
    kinds = {}
    for fld in layer.fields():
        if not fld.isNumeric():
            kinds[fld.name()] = "text"
        elif fld.typeName().lower() in INTEGER_TYPES:
            kinds[fld.name()] = "int"
        else:
            kinds[fld.name()] = "double"
    return kinds


def selected_ids(layer, expression: str) -> Optional[list]:
    """Ids of the features the filter keeps (None: no filter)."""
    if not expression or not expression.strip():
        return None
    parsed = checked_expression(expression, layer.fields(), layer.name(),
                                _N(CONTEXT, "The filter expression {expression} is not valid: {reason}"))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    request = QgsFeatureRequest(parsed, context).setNoAttributes()
    if not parsed.needsGeometry():
        request.setFlags(QgsFeatureRequest.NoGeometry)
    ids = [f.id() for f in layer.getFeatures(request)]
    if not ids:
        raise DataError(_N(CONTEXT, "The filter expression {expression} selects no feature of {layer}: nothing was "
                                    "written. Check the expression (for example \"epci\" = '200071785')."),
                        expression=expression, layer=layer.name())
    return ids


def export_table(request: TableRequest, feedback=None) -> list:
    """Write the table (and the metadata sidecar of a CSV); returns the files written."""
    kind = table_format(request.output)
    layer = request.layer
    available = [f.name() for f in layer.fields()]
    names = request.fields or [n for n in available if n.lower() not in INTERNAL_FIELDS]
    layer_io.require_features(layer)
    stages = QgisFeedback(feedback)
    ids = selected_ids(layer, request.filter_expression)
    stages.step(20)
    frame = layer_io.layer_to_frame(layer, names, feedback)
    if ids is not None:
        frame = frame.loc[frame.index.isin(ids)]
    table = X.typed_frame(frame, field_kinds(layer)).reset_index(drop=True)
    stages.step(60)
    metadata = X.metadata_frame(provenance_of(layer), {
        "date de l'export": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "couche": layer.name(), "source": layer.source().split("|")[0], "filtre": request.filter_expression or "",
        "lignes": len(table), "plugin": f"Fragilité numérique {plugin_info.version()}",
        "format": "CSV : séparateur « ; », virgule décimale, UTF-8 avec BOM" if kind == "csv" else "XLSX"})
    if kind == "xlsx":
        sheets = {X.DATA_SHEET: table}
        if request.with_metadata:
            sheets[X.METADATA_SHEET] = metadata
        with layer_io.atomic_output(request.output, request.overwrite, feedback) as temporary:
            X.write_xlsx(sheets, temporary, request.xlsx_engine)
            stages.step(90)
        stages.set_progress(100)
        return [request.output]
    if not request.with_metadata:
        with layer_io.atomic_output(request.output, request.overwrite, feedback) as temporary:
            X.write_french_csv(table, temporary)
            stages.step(90)
        stages.set_progress(100)
        return [request.output]
    sidecar = X.metadata_sidecar(request.output)
    layer_io.check_output_path(sidecar, request.overwrite)
    # The cancel is checked before the sidecar moves; the table then moves with nothing in between.
    with layer_io.atomic_output(request.output, request.overwrite) as temporary, \
            layer_io.atomic_output(sidecar, request.overwrite, feedback) as temporary_sidecar:
        X.write_french_csv(table, temporary)
        stages.step(80)
        X.write_french_csv(metadata, temporary_sidecar)
        stages.step(90)
    stages.set_progress(100)
    return [request.output, sidecar]
