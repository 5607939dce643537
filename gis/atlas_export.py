"""Export the atlas pages: one multi-page PDF, or one PDF or PNG per feature, with a filter
expression and an explicit overwrite policy. Nothing is left half-written: a single PDF goes
through ``layer_io.atomic_output``; per-feature files are written in a hidden sibling folder and
moved into place once every page is done.

``export_atlas`` builds the layout in a private project (the user's project is not touched);
``add_atlas_layouts`` adds editable layouts to a project; ``export_layout`` exports any atlas
layout (for example one the user edited).
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import QgsLayoutExporter, QgsPrintLayout, QgsProject, QgsRenderContext, QgsVectorLayer

from ..core.errors import CONTEXT, CancelledError, DataError, QT_TRANSLATE_NOOP as _N
from ..core.method import load_method
from . import layer_io
from .expressions import checked_expression
from .layouts import (
    CODE_PROPERTY,
    COMMUNE_LAYOUT,
    EPCI_LAYOUT,
    LAYER_GROUP,
    commune_fiche_layout,
    epci_atlas_layout,
    epci_pages_from_communes,
    epci_pages_from_layer,
    provenance_of,
    read_scored_layer,
)
from .page_text import column, literal
from .scoring import QgisFeedback

KINDS = ("epci", "commune")
MODES = ("pdf", "pdfs", "pngs")      # one multi-page PDF, one PDF per feature, one PNG per feature


@dataclass
class AtlasRequest:
    """An atlas export. ``output`` is the PDF (mode 'pdf'), or for one file per feature the folder and
    name prefix of the files: ``…/fiche.pdf`` gives ``…/fiche_<code>.pdf`` (or ``.png``)."""

    layer: QgsVectorLayer                 # scored communes (only read)
    kind: str                             # 'epci' or 'commune'
    output: str
    mode: str = "pdf"
    filter_expression: str = ""
    overwrite: bool = False
    code_field: str = "code"
    name_field: Optional[str] = "nom"
    epci_field: str = "epci"
    epci_name_field: Optional[str] = "epci_nom"
    dep_field: Optional[str] = "dep"
    epci_layer: Optional[QgsVectorLayer] = None   # EPCI-level scored layer; None: mean of the communes
    epci_layer_code: str = "code"
    epci_layer_name: Optional[str] = "nom"
    template: Optional[str] = None
    dpi: int = 150
    method_path: Optional[str] = None             # the method of a layer that does not record it (a shapefile…)


@dataclass
class AtlasOutcome:
    files: list
    pages: int


def build_layout(project: QgsProject, request: AtlasRequest, feedback=None) -> QgsPrintLayout:
    """The atlas layout of ``request.kind`` for the scored layer, its page layers added to ``project``."""
    if request.kind not in KINDS:
        raise ValueError(request.kind)
    record = provenance_of(request.layer)
    if request.method_path and not isinstance(record.get("method"), dict):
        record = dict(record, method=load_method(request.method_path).to_dict())
    communes = read_scored_layer(request.layer, request.code_field, request.name_field, record)
    if request.kind == "commune":
        return commune_fiche_layout(project, communes, request.epci_name_field, request.dep_field, request.template)
    if request.epci_layer is not None:
        pages = epci_pages_from_layer(request.epci_layer, request.epci_layer_code, request.epci_layer_name,
                                      request.epci_field)
    else:
        pages = epci_pages_from_communes(communes, request.epci_field, request.epci_name_field, feedback=feedback)
    return epci_atlas_layout(project, communes, pages, request.template)


def add_atlas_layouts(project: QgsProject, layer: QgsVectorLayer, coverage_path: Optional[str] = None,
                      epci_layer: Optional[QgsVectorLayer] = None, overwrite: bool = False, **fields) -> list:
    """Add (or replace) the editable layouts "Atlas EPCI" and "Fiche commune" to ``project``.

    Without ``epci_layer`` the EPCI pages use the communes' means, saved to the GeoPackage
    ``coverage_path`` when given (an existing file is replaced only with ``overwrite``) so that the
    project can be saved and reopened. ``fields``
    overrides the field names of ``AtlasRequest`` (code_field, name_field, epci_field…)."""
    manager = project.layoutManager()
    # The previous layouts and page layers go only once the new ones are built: a failure keeps them.
    old_layouts = [manager.layoutByName(name) for name in (EPCI_LAYOUT, COMMUNE_LAYOUT)]
    group = project.layerTreeRoot().findGroup(LAYER_GROUP)
    old_layers = [node.layerId() for node in group.findLayers()] if group is not None else []
    request = AtlasRequest(layer=layer, kind="epci", output="", epci_layer=epci_layer, **fields)
    try:
        communes = read_scored_layer(layer, request.code_field, request.name_field)
        if epci_layer is not None:
            pages = epci_pages_from_layer(epci_layer, request.epci_layer_code, request.epci_layer_name,
                                          request.epci_field)
        else:
            pages = epci_pages_from_communes(communes, request.epci_field, request.epci_name_field, coverage_path,
                                             overwrite=overwrite)
        layouts = [epci_atlas_layout(project, communes, pages, request.template),
                   commune_fiche_layout(project, communes, request.epci_name_field, request.dep_field,
                                        request.template)]
    except BaseException:
        group = project.layerTreeRoot().findGroup(LAYER_GROUP)
        added = [n.layerId() for n in group.findLayers() if n.layerId() not in old_layers] if group else []
        project.removeMapLayers(added)
        raise
    for old in old_layouts:
        if old is not None:
            manager.removeLayout(old)
    project.removeMapLayers(old_layers)
    for layout in layouts:
        manager.addLayout(layout)
    return layouts


def export_atlas(request: AtlasRequest, feedback=None) -> AtlasOutcome:
    """Build the atlas in a private project and export it as ``request`` says."""
    if request.mode not in MODES:
        raise ValueError(request.mode)
    check_destination(request)
    project = QgsProject()
    try:
        layout = build_layout(project, request, feedback)
        QgisFeedback(feedback).step(20)
        return export_layout(layout, request.output, request.mode, request.filter_expression, request.overwrite,
                             request.dpi, feedback)
    finally:
        project.clear()


def check_destination(request: AtlasRequest) -> None:
    """Fail before any work when the output cannot be written."""
    if request.mode == "pdf":
        layer_io.check_output_path(request.output, request.overwrite)
    else:
        layer_io.check_output_path(str(Path(request.output).parent / ".atlas"), True)


def _apply_filter(layout: QgsPrintLayout, expression: str) -> int:
    atlas = layout.atlas()
    expression = (expression or "").strip()
    if expression:
        coverage = atlas.coverageLayer()
        checked_expression(expression, coverage.fields(), coverage.name(),
                           _N(CONTEXT, "The filter expression {expression} is not valid: {reason}"))
    atlas.setFilterFeatures(bool(expression))
    atlas.setFilterExpression(expression)
    count = atlas.updateFeatures()
    if count == 0:
        raise DataError(_N(CONTEXT, "The filter expression {expression} selects no page of the layout \"{layout}\": "
                                    "nothing was written. Check the expression (for example \"epci\" = '200071785')."),
                        expression=expression or "–", layout=layout.name())
    return count


def _pdf_settings(dpi: int) -> QgsLayoutExporter.PdfExportSettings:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText   # searchable, selectable text
    settings.appendGeoreference = False
    return settings


def _image_settings(dpi: int) -> QgsLayoutExporter.ImageExportSettings:
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.generateWorldFile = False
    return settings


def _check_result(result, error: str, path: str) -> None:
    if result == QgsLayoutExporter.Canceled:
        raise CancelledError()
    if result != QgsLayoutExporter.Success:
        raise DataError(_N(CONTEXT, "Cannot export the atlas to {file}: {reason} (layout export error {code})."),
                        file=path, reason=error or "–", code=int(result))


def page_file_names(layout: QgsPrintLayout, prefix: str, code_field: str, suffix: str) -> list:
    """The file of each page (``<prefix>_<code><suffix>``), in page order."""
    atlas = layout.atlas()
    atlas.setFilenameExpression(f"{literal(prefix + '_')} || {column(code_field)}")
    names = []
    for i in range(atlas.count()):
        atlas.seekTo(i)
        names.append(atlas.currentFilename() + suffix)
    return names


def export_layout(layout: QgsPrintLayout, output: str, mode: str = "pdf", filter_expression: str = "",
                  overwrite: bool = False, dpi: int = 150, feedback=None) -> AtlasOutcome:
    """Export an atlas layout of this plugin (or one edited from it)."""
    atlas = layout.atlas()
    pages = _apply_filter(layout, filter_expression)
    stages = QgisFeedback(feedback)
    stages.step(30)
    if mode == "pdf":
        with layer_io.atomic_output(output, overwrite, feedback) as temporary:
            result, error = QgsLayoutExporter.exportToPdf(atlas, temporary, _pdf_settings(dpi), feedback)
            _check_result(result, error, output)
            stages.step(95)
        stages.set_progress(100)
        return AtlasOutcome([output], pages)
    target = Path(output)
    suffix = ".pdf" if mode == "pdfs" else ".png"
    names = page_file_names(layout, target.stem, layout.customProperty(CODE_PROPERTY, "code"), suffix)
    existing = [n for n in names if (target.parent / n).exists()]
    if existing and not overwrite:
        raise DataError(_N(CONTEXT, "{count} file(s) already exist in {file}, for example {example}; choose another "
                                    "folder or name, or allow overwriting."), count=len(existing),
                        file=str(target.parent), example=existing[0])
    staging = target.parent / f".{target.stem}.{uuid.uuid4().hex[:8]}.partial"
    staging.mkdir()
    try:
        if mode == "pdfs":
            result, error = QgsLayoutExporter.exportToPdfs(atlas, str(staging / "page.pdf"), _pdf_settings(dpi),
                                                           feedback)
        else:
            result, error = _export_images(atlas, str(staging / "page"), dpi, feedback)
        _check_result(result, error, str(target.parent))
        stages.step(95)
        for name in names:
            os.replace(staging / name, target.parent / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    stages.set_progress(100)
    return AtlasOutcome([str(target.parent / n) for n in names], pages)


def _export_images(atlas, base: str, dpi: int, feedback):
    from osgeo import gdal

    # QGIS tries to georeference each PNG through GDAL, which cannot update a PNG: silence that noise.
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        return QgsLayoutExporter.exportToImage(atlas, base, "png", _image_settings(dpi), feedback)
    finally:
        gdal.PopErrorHandler()

