"""Styles of the diagnostics layers: rank stability classes and diverging changes between two runs."""

from __future__ import annotations

from typing import Sequence

import numpy as np
from qgis.core import QgsFillSymbol, QgsGraduatedSymbolRenderer, QgsRendererRange, QgsVectorLayer

from ..core import fields as F
from ..core.classify import french_number
from .messages import tr

BOUNDARY = "#6e6e6e"
# Light = stable, dark = unstable (ColorBrewer Purples).
STABILITY_COLOURS = ("#6a51a3", "#9e9ac8", "#cbc9e2", "#f2f0f7")
STABILITY_BREAKS = (0.0, 0.75, 0.90, 0.95, 1.0)
# Blue = less fragile in run B, red = more fragile (ColorBrewer RdBu, 5 classes).
DIVERGING_COLOURS = ("#0571b0", "#92c5de", "#f7f7f7", "#f4a582", "#ca0020")


def _fill(colour: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": BOUNDARY, "outline_width": "0.06",
                                       "outline_width_unit": "MM"})


def _renderer(field: str, bounds: Sequence[float], colours: Sequence[str], labels: Sequence[str]
              ) -> QgsGraduatedSymbolRenderer:
    ranges = [QgsRendererRange(float(bounds[i]), float(bounds[i + 1]), _fill(colours[i]), labels[i])
              for i in range(len(labels))]
    renderer = QgsGraduatedSymbolRenderer(field, ranges)
    renderer.setSourceSymbol(_fill(colours[len(colours) // 2]))
    return renderer.clone()  # made in C++: see gis.styles.graduated_renderer


def stability_renderer(field: str = F.RANK_STABILITY) -> QgsGraduatedSymbolRenderer:
    """Four fixed classes of rank stability (1 − interval width / units ranked)."""
    labels = [tr("Unstable (over 25 %)"), tr("Rather unstable (10 to 25 %)"), tr("Stable (5 to 10 %)"),
              tr("Very stable (under 5 %)")]
    return _renderer(field, STABILITY_BREAKS, STABILITY_COLOURS, labels)


def diverging_breaks(values: Sequence[float]) -> list:
    """Bounds of 5 classes symmetric around 0: ±max, ±(2/3 quantile of |x|), ±(1/3 quantile of |x|)."""
    data = np.abs(np.asarray(values, dtype=float))
    data = data[np.isfinite(data)]
    top = float(data.max()) if data.size else 1.0
    if top == 0:
        top = 1.0
    inner, outer = (float(v) for v in np.quantile(data, [1 / 3, 2 / 3])) if data.size else (top / 3, 2 * top / 3)
    inner = inner if inner > 0 else top / 3
    outer = outer if outer > inner else (inner + top) / 2
    return [-top, -outer, -inner, inner, outer, top]


def _signed(value: float, decimals: int) -> str:
    text = french_number(abs(value), decimals)
    return f"+{text}" if value > 0 else f"−{text}" if value < 0 else text


def diverging_renderer(field: str, values: Sequence[float], decimals: int = 0) -> QgsGraduatedSymbolRenderer:
    """Changes between two runs: red = more fragile in run B, blue = less, white = little change."""
    bounds = diverging_breaks(values)
    labels = [f"{_signed(bounds[i], decimals)} – {_signed(bounds[i + 1], decimals)}" for i in range(5)]
    return _renderer(field, bounds, DIVERGING_COLOURS, labels)


def apply_stability_style(layer: QgsVectorLayer) -> None:
    layer.setRenderer(stability_renderer())


def apply_diverging_style(layer: QgsVectorLayer, field: str, decimals: int = 0) -> None:
    values = [v for v in (f[field] for f in layer.getFeatures()) if isinstance(v, (int, float))]
    layer.setRenderer(diverging_renderer(field, values, decimals))
