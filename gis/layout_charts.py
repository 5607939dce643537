"""Horizontal bar charts made of plain layout items (rectangles and labels with data-defined size
and position), so they follow the atlas page, print the values on the bars, export as real
text in a PDF and work in every QGIS build (no web view, no plotting library)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from qgis.core import (
    QgsLayoutItemShape,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsProperty,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt

from .layout_items import plain_fill, text_label

MM = QgsUnitTypes.LayoutMillimeters
FONT = "DejaVu Sans"


@dataclass(frozen=True)
class Series:
    """One bar per row: ``values`` maps a row's field to the expression of its value."""

    name: str
    color: str
    values: dict


@dataclass(frozen=True)
class BarChart:
    rows: Sequence                    # (label, field)
    series: Sequence[Series]
    low: float
    high: float
    decimals: int = 2
    font_size: float = 6.5
    item_prefix: str = "graphique"


def value_text(expression: str, decimals: int) -> str:
    """Label text printing a value in French format, 'n.d.' when it has none."""
    return f"[% coalesce(format_number({expression}, {decimals}, 'fr'), 'n.d.') %]"


def _rectangle(layout, item_id: str, color: str, x: float, y: float, w: float, h: float) -> QgsLayoutItemShape:
    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(QgsLayoutItemShape.Rectangle)
    shape.setSymbol(plain_fill(color))
    shape.attemptMove(QgsLayoutPoint(x, y, MM))
    shape.attemptResize(QgsLayoutSize(w, h, MM))
    shape.setId(item_id)
    layout.addLayoutItem(shape)
    return shape


def _data_defined(item, key, expression: str) -> None:
    item.dataDefinedProperties().setProperty(key, QgsProperty.fromExpression(expression))


def add_bar_chart(layout, chart: BarChart, x: float, y: float, w: float, h: float) -> list:
    """Draw ``chart`` in the rectangle (x, y, w, h) in mm; returns the items added.

    Layout: series legend on the first line, then one block per row (label on the left, one bar
    per series). Bars start at zero and grow right (left for negative values); the value is
    printed just after the bar end."""
    items = []
    legend_h = 6.5
    label_w = max(w * 0.36, min(48.0, w * 0.42))
    value_w = 11.0
    x_bars = x + label_w + 1.0
    bars_w = max(w - label_w - 1.0 - value_w, 10.0)
    scale = bars_w / (chart.high - chart.low)
    x_zero = x_bars - chart.low * scale
    for i, series in enumerate(chart.series):
        key_x = x_bars + i * (bars_w + value_w) / max(len(chart.series), 1)
        items.append(_rectangle(layout, f"{chart.item_prefix}_cle_{i}", series.color, key_x, y + 1.0, 3.0, 2.5))
        items.append(text_label(layout, series.name, key_x + 4.0, y + 0.5, (bars_w + value_w) / len(chart.series) - 4.5,
                                legend_h - 0.5, chart.font_size - 0.5, f"{chart.item_prefix}_serie_{i}"))
    row_h = (h - legend_h) / max(len(chart.rows), 1)
    bar_h = min(3.4, (row_h - 1.2) / max(len(chart.series), 1))
    for r, (label, field) in enumerate(chart.rows):
        top = y + legend_h + r * row_h
        items.append(text_label(layout, label, x, top, label_w, row_h, chart.font_size,
                                f"{chart.item_prefix}_ligne_{r}", valign=Qt.AlignVCenter))
        block_top = top + (row_h - bar_h * len(chart.series)) / 2
        for s, series in enumerate(chart.series):
            value = f"coalesce({series.values[field]}, 0)"
            bar_top = block_top + s * bar_h
            bar = _rectangle(layout, f"{chart.item_prefix}_barre_{field}_{s}", series.color, x_zero, bar_top,
                             0.1, bar_h * 0.86)
            _data_defined(bar, QgsLayoutObject.PositionX, f"{x_zero:.4f} + min({value}, 0) * {scale:.6f}")
            _data_defined(bar, QgsLayoutObject.ItemWidth, f"max(abs({value}) * {scale:.6f}, 0.01)")
            items.append(bar)
            text = text_label(layout, value_text(series.values[field], chart.decimals), x_zero + 0.8, bar_top,
                              value_w, bar_h * 0.86, chart.font_size - 0.5,
                              f"{chart.item_prefix}_valeur_{field}_{s}", valign=Qt.AlignVCenter)
            _data_defined(text, QgsLayoutObject.PositionX, f"{x_zero + 0.8:.4f} + max({value}, 0) * {scale:.6f}")
            items.append(text)
    axis = _rectangle(layout, f"{chart.item_prefix}_axe", "#4d4d4d", x_zero - 0.1, y + legend_h, 0.2, h - legend_h)
    items.append(axis)
    return items

