"""The QGIS project of the results: output layers in named groups with their stored styles and map
themes, the project metadata (title, provenance), Lambert-93, relative paths.

``add_outputs`` opens each output, loads the named styles stored in its GeoPackage and puts it in
its group (groups in the order given, each layer visible or not); the layers listed with themes get
one map theme per style, so print layouts can show several indicators of the same layer side by
side. ``describe_project`` sets the title, the provenance and the view; ``save_project`` writes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsProjectMetadata,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime

from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N
from ..core.method import Method, method_from_dict
from ..core.provenance import abstract_text
from .page_text import source_names, variable_labels
from .style_store import load_style_set
from .themes import add_indicator_themes

PROJECT_NAME = "fragilite_numerique_hdf.qgz"
PROJECT_CRS = "EPSG:2154"
AUTHOR = "Plugin Fragilité numérique"


def add_output_layer(project: QgsProject, uri: str, group_name: str, layer_name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, layer_name, "ogr")
    if not layer.isValid():
        raise DataError(_N(CONTEXT, "Cannot open {file} as a vector layer."), file=uri)
    project.addMapLayer(layer, False)
    root = project.layerTreeRoot()
    group = root.findGroup(group_name) or root.insertGroup(0, group_name)
    group.addLayer(layer)
    return layer


@dataclass(frozen=True)
class OutputLayer:
    """One output in the project: where it is, its name in the layer panel, its group."""

    uri: str                          # path|layername=…
    name: str
    group: str
    visible: bool = False
    themes: Sequence[str] = ()        # stored styles that become map themes
    style: str = ""                   # style shown when the project opens ("" = the stored default)


def add_outputs(project: QgsProject, outputs: Sequence[OutputLayer]) -> dict:
    """Every output in its group (groups created in order, after the existing ones); name → layer.

    The themes are made once every layer is placed, with only the visible layers kept in them, so
    a theme never shows a hidden output over its indicator.
    """
    root = project.layerTreeRoot()
    layers = {}
    for output in outputs:
        layer = QgsVectorLayer(output.uri, output.name, "ogr")
        if not layer.isValid():
            raise DataError(_N(CONTEXT, "Cannot open {file} as a vector layer."), file=output.uri)
        load_style_set(layer)
        if output.style and output.style in layer.styleManager().styles():
            layer.styleManager().setCurrentStyle(output.style)
        project.addMapLayer(layer, False)
        group = root.findGroup(output.group) or root.addGroup(output.group)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(output.visible)
        node.setExpanded(output.visible)
        layers[output.name] = layer
    for group in root.findGroups():
        group.setExpanded(any(node.isVisible() for node in group.findLayers()))
    for output in outputs:
        if output.themes:
            add_indicator_themes(project, layers[output.name], output.themes)
    return layers


def map_sources(record: dict, method: Optional[Method] = None) -> str:
    """The sources box of a printed map: one source per line, proxies and absents, plugin and date."""
    if method is None and isinstance(record.get("method"), dict):
        method = method_from_dict(record["method"])
    lines = ["Sources :"] + source_names(record)
    for key, title in (("proxies", "Variables approchées"), ("absents", "Variables absentes")):
        labels = variable_labels(method, record, key) if method is not None else \
            [item["variable"] for item in record.get(key, [])]
        if labels:
            lines.append(f"{title} : " + " ; ".join(labels) + ".")
    day = "/".join(reversed(record.get("date", "")[:10].split("-")))
    lines.append(f"Méthode {record.get('method_label', '')} – {AUTHOR} {record.get('plugin_version', '')}"
                 + (f", calcul du {day}" if day else ""))
    return "\n".join(lines)


def describe_project(project: QgsProject, title: str, record: dict, extent: QgsRectangle,
                     extent_crs: QgsCoordinateReferenceSystem) -> None:
    """Title, provenance (the run's abstract), Lambert-93, relative paths and the view on opening."""
    project.setCrs(QgsCoordinateReferenceSystem(PROJECT_CRS))
    metadata = QgsProjectMetadata(project.metadata())
    metadata.setTitle(title)
    metadata.setAbstract(abstract_text(record))
    metadata.setAuthor(AUTHOR)
    metadata.setLanguage("fra")
    metadata.setCreationDateTime(QDateTime.currentDateTime())
    metadata.addKeywords("thème", ["inclusion numérique", "fragilité numérique", "indice composite"])
    metadata.setHistory([f"{record.get('date', '')} : calcul par le {AUTHOR} {record.get('plugin_version', '')}, "
                         f"méthode {record.get('method_id', '')}"])
    project.setMetadata(metadata)
    project.writeEntry("Paths", "/Absolute", False)
    # Without a map canvas to save its view, QGIS opens the project on its default view extent.
    view = QgsRectangle(extent)
    view.scale(1.05)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(view, extent_crs))


def save_project(project: QgsProject, path: str) -> str:
    if not project.write(str(path)):
        raise DataError(_N(CONTEXT, "Cannot write the project {file}: {reason}"), file=str(path),
                        reason=project.error())
    return str(Path(path))
