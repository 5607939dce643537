"""PNG maps of the diagnostics layers (rank stability, changes between two runs) with their legend."""

from __future__ import annotations

from qgis.core import QgsProject, QgsVectorLayer

from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N
from .render import export_png, map_layout


def export_layer_map(uri: str, png: str, title: str, subtitle: str, legend_title: str, sources: str) -> str:
    """The layer of ``uri`` with its default style, in a titled A4 map with legend, as PNG."""
    layer = QgsVectorLayer(uri, legend_title, "ogr")
    if not layer.isValid():
        raise DataError(_N(CONTEXT, "Cannot open {file} as a vector layer."), file=uri)
    project = QgsProject()
    project.addMapLayer(layer)
    layout = map_layout(project, layer, title, subtitle, legend_title, sources)
    export_png(layout, png)
    return png
