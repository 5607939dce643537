"""Report charts drawn with QPainter on a QImage: no web view, no plotting library.

Each function returns a QImage; ``save_png`` writes it. Sizes are in pixels and text uses pixel
font sizes, so a chart looks the same whatever the screen.
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np
from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

from ..core.classify import french_number
from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N

FONT = "DejaVu Sans"
INK = QColor("#222222")
GRID = QColor("#d9d9d9")
BAR = QColor("#e6550d")
BAR_NEGATIVE = QColor("#3182bd")
# ColorBrewer RdBu, from −1 (blue) to +1 (red)
DIVERGING = ("#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b")


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class _Canvas:
    """A white image and a painter, ended properly even when drawing fails."""

    def __init__(self, width: int, height: int) -> None:
        self.image = QImage(int(width), int(height), QImage.Format_ARGB32)
        self.image.fill(QColor("white"))
        self.painter = QPainter()

    def __enter__(self) -> QPainter:
        self.painter.begin(self.image)
        self.painter.setRenderHint(QPainter.Antialiasing, True)
        self.painter.setRenderHint(QPainter.TextAntialiasing, True)
        self.painter.setPen(INK)
        return self.painter

    def __exit__(self, *exc) -> bool:
        self.painter.end()
        return False


def _title(painter: QPainter, width: int, title: str) -> None:
    painter.setFont(_font(16, True))
    painter.drawText(QRectF(10, 6, width - 20, 26), Qt.AlignLeft | Qt.AlignVCenter, title)


def _interpolate(palette: Sequence[str], t: float) -> QColor:
    t = min(max(t, 0.0), 1.0) * (len(palette) - 1)
    i = min(int(t), len(palette) - 2)
    a, b = QColor(palette[i]), QColor(palette[i + 1])
    f = t - i
    return QColor(round(a.red() + (b.red() - a.red()) * f), round(a.green() + (b.green() - a.green()) * f),
                  round(a.blue() + (b.blue() - a.blue()) * f))


def heatmap(matrix: np.ndarray, labels: Sequence[str], title: str) -> QImage:
    """A correlation matrix (−1 … 1) as coloured cells with their values."""
    n = len(labels)
    cell = 56 if n <= 10 else 40
    left, top = 110, 44
    width = left + n * cell + 20
    height = top + n * cell + 100
    canvas = _Canvas(width, height)
    with canvas as painter:
        _title(painter, width, title)
        painter.setFont(_font(11))
        for i in range(n):
            painter.drawText(QRectF(4, top + i * cell, left - 10, cell), Qt.AlignRight | Qt.AlignVCenter, labels[i])
            painter.save()
            painter.translate(left + i * cell + cell / 2, top + n * cell + 6)
            painter.rotate(45)
            painter.drawText(QRectF(0, -8, 100, 16), Qt.AlignLeft | Qt.AlignVCenter, labels[i])
            painter.restore()
            for j in range(n):
                value = matrix[i, j]
                rect = QRectF(left + j * cell, top + i * cell, cell, cell)
                if np.isnan(value):
                    painter.fillRect(rect, QColor("#eeeeee"))
                    continue
                colour = _interpolate(DIVERGING, (value + 1) / 2)
                painter.fillRect(rect, colour)
                painter.setPen(QColor("white") if abs(value) > 0.6 else INK)
                painter.drawText(rect, Qt.AlignCenter, french_number(value, 2))
                painter.setPen(INK)
        painter.setPen(QPen(GRID, 1))
        painter.drawRect(QRectF(left, top, n * cell, n * cell))
    return canvas.image


def bar_chart(labels: Sequence[str], values: Sequence[float], title: str, low: Optional[float] = None,
              high: Optional[float] = None, decimals: int = 2, percent: bool = False) -> QImage:
    """Horizontal bars with their values printed (negative bars go left of zero)."""
    values = np.asarray(values, dtype=float)
    finite = values[np.isfinite(values)]
    low = min(0.0, float(finite.min()) if finite.size else 0.0) if low is None else low
    high = max(0.0, float(finite.max()) if finite.size else 1.0) if high is None else high
    if high <= low:
        high = low + 1.0
    row = 26
    left, right, top = 220, 70, 44
    width = 760
    height = top + row * len(labels) + 20
    plot = width - left - right

    def x_of(v: float) -> float:
        return left + plot * (v - low) / (high - low)

    canvas = _Canvas(width, height)
    with canvas as painter:
        _title(painter, width, title)
        zero = x_of(0.0)
        for i, (label, value) in enumerate(zip(labels, values)):
            y = top + i * row
            painter.setFont(_font(12))
            painter.setPen(INK)
            painter.drawText(QRectF(4, y, left - 12, row), Qt.AlignRight | Qt.AlignVCenter, label)
            if not np.isfinite(value):
                painter.drawText(QRectF(zero + 4, y, 60, row), Qt.AlignLeft | Qt.AlignVCenter, "–")
                continue
            end = x_of(value)
            rect = QRectF(min(zero, end), y + 4, abs(end - zero), row - 8)
            painter.fillRect(rect, BAR if value >= 0 else BAR_NEGATIVE)
            text = french_number(100 * value, 0) + " %" if percent else french_number(value, decimals)
            painter.setFont(_font(11))
            if value >= 0:
                painter.drawText(QRectF(end + 4, y, right + 40, row), Qt.AlignLeft | Qt.AlignVCenter, text)
            else:
                painter.drawText(QRectF(end - 64, y, 60, row), Qt.AlignRight | Qt.AlignVCenter, text)
        painter.setPen(QPen(INK, 1))
        painter.drawLine(QPointF(zero, top - 2), QPointF(zero, top + row * len(labels)))
    return canvas.image


def histograms(series: dict, title: str, bins: int = 20) -> QImage:
    """Small multiples: one histogram per variable (label → observed values)."""
    items = [(label, np.asarray(v, dtype=float)[np.isfinite(np.asarray(v, dtype=float))])
             for label, v in series.items()]
    columns = 3
    panel_w, panel_h = 250, 150
    rows = max(1, -(-len(items) // columns))
    width = columns * panel_w + 20
    height = 44 + rows * panel_h
    canvas = _Canvas(width, height)
    with canvas as painter:
        _title(painter, width, title)
        for k, (label, data) in enumerate(items):
            x0 = 10 + (k % columns) * panel_w
            y0 = 44 + (k // columns) * panel_h
            painter.setFont(_font(11, True))
            painter.drawText(QRectF(x0, y0, panel_w - 10, 16), Qt.AlignLeft | Qt.AlignVCenter, label)
            area = QRectF(x0 + 4, y0 + 20, panel_w - 24, panel_h - 56)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(area.bottomLeft(), area.bottomRight())
            painter.setPen(INK)
            painter.setFont(_font(10))
            if data.size == 0:
                painter.drawText(area, Qt.AlignCenter, "–")
                continue
            lo, hi = float(data.min()), float(data.max())
            counts, _edges = np.histogram(data, bins=bins, range=(lo, hi if hi > lo else lo + 1))
            peak = max(int(counts.max()), 1)
            bar_w = area.width() / bins
            for b, count in enumerate(counts):
                h = area.height() * count / peak
                painter.fillRect(QRectF(area.left() + b * bar_w, area.bottom() - h, bar_w - 1, h), BAR)
            painter.drawText(QRectF(area.left(), area.bottom() + 2, area.width() / 2, 14),
                             Qt.AlignLeft | Qt.AlignTop, french_number(lo, 1))
            painter.drawText(QRectF(area.center().x(), area.bottom() + 2, area.width() / 2, 14),
                             Qt.AlignRight | Qt.AlignTop, french_number(hi, 1))
            painter.drawText(QRectF(area.left(), area.bottom() + 16, area.width(), 14),
                             Qt.AlignLeft | Qt.AlignTop, f"n = {data.size}")
    return canvas.image


def interval_chart(median: np.ndarray, low: np.ndarray, high: np.ndarray, title: str, x_label: str,
                   y_label: str) -> QImage:
    """Each unit's 5–95 % rank interval (grey) and median rank (dot), units ordered by median."""
    ok = np.isfinite(median) & np.isfinite(low) & np.isfinite(high)
    order = np.argsort(median[ok], kind="stable")
    med, lo, hi = median[ok][order], low[ok][order], high[ok][order]
    n = med.size
    width, height = 1000, 560
    left, right, top, bottom = 70, 20, 44, 50
    plot_w, plot_h = width - left - right, height - top - bottom
    top_rank = max(float(np.max(hi)) if n else 1.0, 1.0)

    def y_of(rank: float) -> float:
        return top + plot_h * (rank - 1) / max(top_rank - 1, 1)

    canvas = _Canvas(width, height)
    with canvas as painter:
        _title(painter, width, title)
        painter.setFont(_font(11))
        for tick in np.linspace(1, top_rank, 5):
            y = y_of(tick)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(left, y), QPointF(left + plot_w, y))
            painter.setPen(INK)
            painter.drawText(QRectF(0, y - 8, left - 6, 16), Qt.AlignRight | Qt.AlignVCenter,
                             french_number(round(tick), 0))
        step = plot_w / max(n, 1)
        pen = QPen(QColor(120, 120, 120, 90), max(step, 0.6))
        painter.setPen(pen)
        for i in range(n):
            x = left + (i + 0.5) * step
            painter.drawLine(QPointF(x, y_of(lo[i])), QPointF(x, y_of(hi[i])))
        painter.setPen(QPen(BAR, max(1.2, min(step, 3))))
        for i in range(n):
            x = left + (i + 0.5) * step
            painter.drawPoint(QPointF(x, y_of(med[i])))
        painter.setPen(INK)
        painter.drawText(QRectF(left, height - 26, plot_w, 18), Qt.AlignCenter, x_label)
        painter.save()
        painter.translate(14, top + plot_h / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-plot_h / 2, -9, plot_h, 18), Qt.AlignCenter, y_label)
        painter.restore()
    return canvas.image


def save_png(image: QImage, path: str) -> None:
    if image.isNull() or not image.save(str(path), "PNG"):
        raise DataError(_N(CONTEXT, "Cannot write the chart {file}."), file=str(path))
