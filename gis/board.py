"""Several maps of the same layer side by side on one page, each following its own map theme."""

from __future__ import annotations

from typing import Sequence

from qgis.core import (
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont

from .layout_items import MM, text_label
from .styles import StyleSpec

# A4 landscape in a 2 × 2 grid: each cell holds a title, a map and its legend.
CELL_ORIGINS = ((10, 22), (150, 22), (10, 110), (150, 110))
CELL_MAP = (95, 78)


def _cell(layout: QgsPrintLayout, layer: QgsVectorLayer, spec: StyleSpec, x: float, y: float) -> None:
    text_label(layout, spec.title, x, y, 137, 7, 8, bold=True)
    item = QgsLayoutItemMap(layout)
    item.attemptMove(QgsLayoutPoint(x, y + 7, MM))
    item.attemptResize(QgsLayoutSize(*CELL_MAP, MM))
    item.setLayers([layer])
    item.setCrs(layer.crs())
    item.setFollowVisibilityPreset(True)
    item.setFollowVisibilityPresetName(spec.name)
    layout.addLayoutItem(item)
    extent = layer.extent()
    extent.scale(1.02)
    # zoomToExtent keeps the item's shape but needs a first extent; setExtent alone would reshape the item.
    item.setExtent(extent)
    item.attemptResize(QgsLayoutSize(*CELL_MAP, MM))
    item.zoomToExtent(extent)
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    root.addLayer(layer)
    legend.setTitle("")
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, QFont("DejaVu Sans", 7))
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(3.5)
    QgsLegendRenderer.setNodeLegendStyle(root.findLayer(layer), QgsLegendStyle.Hidden)
    legend.attemptMove(QgsLayoutPoint(x + CELL_MAP[0] + 2, y + 10, MM))
    layout.addLayoutItem(legend)


def side_by_side_layout(project: QgsProject, layer: QgsVectorLayer, specs: Sequence[StyleSpec], title: str,
                        footer: str) -> QgsPrintLayout:
    """Up to four styles of ``layer`` on one A4 page; every map follows the theme named after its style."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(title)
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", page.Landscape)
    text_label(layout, title, 10, 6, 277, 10, 14, bold=True)
    for spec, (x, y) in zip(specs, CELL_ORIGINS):
        _cell(layout, layer, spec, x, y)
    text_label(layout, footer, 10, 197, 277, 10, 6)
    return layout
