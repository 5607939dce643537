"""Renderers for the scored layer: graduated styles with French legends."""

from __future__ import annotations

from typing import Sequence

import numpy as np
from qgis.core import (
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsRendererRange,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ..core.classify import class_labels, quantile_breaks

# Sequential palette, light = less fragile (ColorBrewer "Oranges", 5 classes).
SEQUENTIAL = ("#feedde", "#fdbe85", "#fd8d3c", "#e6550d", "#a63603")
BOUNDARY = "#6e6e6e"


def _fill(color: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": color, "outline_color": BOUNDARY, "outline_width": "0.06",
                                       "outline_width_unit": "MM"})


def graduated_renderer(field: str, values: Sequence[float], breaks: Sequence[float],
                       palette: Sequence[str] = SEQUENTIAL, decimals: int = 2) -> QgsGraduatedSymbolRenderer:
    data = np.asarray(values, dtype=float)
    lower = float(np.nanmin(data))
    labels = class_labels(lower, breaks, decimals)
    colors = _spread(palette, len(breaks))
    ranges = []
    bounds = [lower, *breaks]
    for i, label in enumerate(labels):
        ranges.append(QgsRendererRange(bounds[i], bounds[i + 1], _fill(colors[i]), label))
    renderer = QgsGraduatedSymbolRenderer(field, ranges)
    renderer.setSourceSymbol(_fill(palette[0]))
    return renderer


def _spread(palette: Sequence[str], n: int) -> list:
    if n <= len(palette):
        idx = np.round(np.linspace(0, len(palette) - 1, n)).astype(int)
        return [palette[i] for i in idx]
    from qgis.core import QgsGradientColorRamp

    ramp = QgsGradientColorRamp(QColor(palette[0]), QColor(palette[-1]))
    return [ramp.color(i / max(n - 1, 1)).name() for i in range(n)]


def apply_default_style(layer: QgsVectorLayer, field: str = "ifn", classes: int = 5) -> None:
    values = [v for v in (f[field] for f in layer.getFeatures()) if isinstance(v, (int, float))]
    if not values:
        return
    breaks = quantile_breaks(values, classes)
    layer.setRenderer(graduated_renderer(field, values, breaks))
