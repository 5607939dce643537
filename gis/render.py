"""Printed outputs made with QGIS's own layout engine: a titled map with its legend, as PNG."""

from __future__ import annotations

from typing import Optional

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont

from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N

MM = QgsUnitTypes.LayoutMillimeters


def _label(layout, text: str, x: float, y: float, w: float, h: float, size: int, bold: bool = False):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont("DejaVu Sans", size)
    font.setBold(bold)
    label.setFont(font)
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(w, h, MM))
    layout.addLayoutItem(label)
    return label


def map_layout(project: QgsProject, layer: QgsVectorLayer, title: str, subtitle: str, legend_title: str,
               source_text: str, name: Optional[str] = None, theme: Optional[str] = None) -> QgsPrintLayout:
    """An A4 landscape layout: title, map of ``layer``, legend and sources."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name or title)
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", page.Landscape)
    _label(layout, title, 10, 6, 277, 10, 16, bold=True)
    _label(layout, subtitle, 10, 16, 277, 8, 10)
    item = QgsLayoutItemMap(layout)
    item.attemptMove(QgsLayoutPoint(10, 26, MM))
    item.attemptResize(QgsLayoutSize(200, 172, MM))
    item.setLayers([layer])
    item.setCrs(layer.crs())
    if theme:
        item.setFollowVisibilityPreset(True)
        item.setFollowVisibilityPresetName(theme)
    extent = layer.extent()
    extent.scale(1.03)
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    # setExtent() would resize the item to the extent's shape; fit the extent in the item instead.
    height = extent.height()
    width = height * item.rect().width() / item.rect().height()
    if width < extent.width():
        width = extent.width()
        height = width * item.rect().height() / item.rect().width()
    center = extent.center()
    item.setExtent(QgsRectangle(center.x() - width / 2, center.y() - height / 2, center.x() + width / 2,
                                center.y() + height / 2))
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(legend_title)
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)
    model_root = legend.model().rootGroup()
    model_root.clear()
    model_root.addLayer(layer)
    legend.setStyleFont(QgsLegendStyle.Subgroup, QFont("DejaVu Sans", 9))
    QgsLegendRenderer.setNodeLegendStyle(model_root.findLayer(layer), QgsLegendStyle.Hidden)
    legend.setStyleFont(QgsLegendStyle.Title, QFont("DejaVu Sans", 11, QFont.Bold))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, QFont("DejaVu Sans", 9))
    legend.attemptMove(QgsLayoutPoint(216, 30, MM))
    layout.addLayoutItem(legend)
    _label(layout, source_text, 216, 120, 72, 78, 7)   # room for a dozen sources (computed access times)
    return layout


def export_png(layout: QgsPrintLayout, path: str, dpi: int = 120) -> None:
    from osgeo import gdal

    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    # QGIS tries to georeference the PNG through GDAL, which cannot update a PNG: silence that noise.
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        result = QgsLayoutExporter(layout).exportToImage(path, settings)
    finally:
        gdal.PopErrorHandler()
    if result != QgsLayoutExporter.Success:
        raise DataError(_N(CONTEXT, "Cannot export the map to {file} (layout export error {code})."), file=path,
                        code=int(result))
