"""Printed maps made with QGIS's own layout engine: title, map, legend, scale bar, north arrow and
sources on an A4 landscape page, exported as PNG."""

from __future__ import annotations

from typing import Optional

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPathResolver,
    QgsPrintLayout,
    QgsProject,
    QgsScaleBarSettings,
    QgsSymbolLayerUtils,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont

from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N
from .layout_items import FONT, MM, fit_extent, text_label

# A4 landscape: the map on the left, the legend and the sources in a column on the right.
MAP_BOX = (10, 26, 200, 172)
SIDE_X, SIDE_WIDTH = 216, 72
SOURCES_TOP = 110          # the sources sit at the bottom of the right column, below the legend
NORTH_ARROW = "arrows/NorthArrow_02.svg"


def add_scale_bar(layout: QgsPrintLayout, item: QgsLayoutItemMap, x: float, y: float, km_per_segment: float,
                  size: float = 7) -> QgsLayoutItemScaleBar:
    """A two-segment scale bar in kilometres on a white box, linked to ``item``."""
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item)
    bar.applyDefaultSettings()
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(2)
    bar.setUnitsPerSegment(km_per_segment)
    bar.setHeight(1.5)
    text = QgsTextFormat()
    text.setFont(QFont(FONT))
    text.setSize(size)
    text.setSizeUnit(QgsUnitTypes.RenderPoints)
    bar.setTextFormat(text)
    bar.setBackgroundEnabled(True)
    bar.attemptMove(QgsLayoutPoint(x, y, MM))
    layout.addLayoutItem(bar)
    bar.update()
    return bar


def add_north_arrow(layout: QgsPrintLayout, item: QgsLayoutItemMap, x: float, y: float, height: float = 10
                    ) -> QgsLayoutItemPicture:
    """QGIS's north arrow, following the map's rotation."""
    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW, QgsPathResolver()))
    arrow.setLinkedMap(item)
    arrow.attemptMove(QgsLayoutPoint(x, y, MM))
    arrow.attemptResize(QgsLayoutSize(height * 0.7, height, MM))
    layout.addLayoutItem(arrow)
    return arrow


def map_layout(project: QgsProject, layer: QgsVectorLayer, title: str, subtitle: str, legend_title: str,
               source_text: str, name: Optional[str] = None, theme: Optional[str] = None) -> QgsPrintLayout:
    """An A4 landscape layout: title, map of ``layer`` (following ``theme`` if given), legend, scale
    bar, north arrow and sources."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name or title)
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", page.Landscape)
    text_label(layout, title, 10, 6, 277, 10, 16, bold=True)
    text_label(layout, subtitle, 10, 17, 277, 8, 10)
    x, y, width, height = MAP_BOX
    item = QgsLayoutItemMap(layout)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(width, height, MM))
    item.setLayers([layer])
    item.setCrs(layer.crs())
    if theme:
        item.setFollowVisibilityPreset(True)
        item.setFollowVisibilityPresetName(theme)
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    extent = layer.extent()
    extent.scale(1.03)
    fit_extent(item, extent)
    add_scale_bar(layout, item, x + 3, y + height - 14, km_per_segment=25)
    add_north_arrow(layout, item, x + width - 11, y + 4)
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(legend_title)
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)
    model_root = legend.model().rootGroup()
    model_root.clear()
    model_root.addLayer(layer)
    legend.setStyleFont(QgsLegendStyle.Subgroup, QFont(FONT, 9))
    QgsLegendRenderer.setNodeLegendStyle(model_root.findLayer(layer), QgsLegendStyle.Hidden)
    legend.setStyleFont(QgsLegendStyle.Title, QFont(FONT, 11, QFont.Bold))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, QFont(FONT, 9))
    legend.attemptMove(QgsLayoutPoint(SIDE_X, 30, MM))
    layout.addLayoutItem(legend)
    text_label(layout, source_text, SIDE_X, SOURCES_TOP, SIDE_WIDTH, y + height - SOURCES_TOP, 6.5,
               valign=Qt.AlignBottom)
    return layout


def export_png(layout: QgsPrintLayout, path: str, dpi: int = 120) -> None:
    from osgeo import gdal

    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.generateWorldFile = False
    # QGIS tries to georeference the PNG through GDAL, which cannot update a PNG: silence that noise.
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        result = QgsLayoutExporter(layout).exportToImage(path, settings)
    finally:
        gdal.PopErrorHandler()
    if result != QgsLayoutExporter.Success:
        raise DataError(_N(CONTEXT, "Cannot export the map to {file} (layout export error {code})."), file=path,
                        code=int(result))
