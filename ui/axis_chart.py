"""The fiche's bar chart: a unit's scores against the mean of the reference territory (QPainter only)."""

from __future__ import annotations

import math
from typing import Optional

from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..gis.messages import tr
from .widgets import number

UNIT_COLOR = QColor("#e6550d")
REFERENCE_COLOR = QColor("#263238")
GRID_COLOR = QColor("#d0d0d0")
TEXT_COLOR = QColor("#202124")
MUTED = QColor("#5f6368")
BAR_HEIGHT = 12
ROW_GAP = 8
MARGIN = 8


def nice_scale(values: list) -> tuple:
    """(low, high, step) covering the values, 0 included; [0, 1] by 0.25 for scores within it."""
    finite = [v for v in values if v is not None and math.isfinite(v)]
    low = min([0.0] + finite)
    high = max([0.0] + finite)
    if low >= 0 and high <= 1:
        return 0.0, 1.0, 0.25
    span = (high - low) or 1.0
    raw = span / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


class AxisChart(QWidget):
    """Rows are sections of (label, value, reference) bars: composite, axes, sub-indices."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sections: list = []            # [(title, [(label, value, reference)])]
        self.unit_name = ""
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setMinimumWidth(220)

    def set_data(self, unit_name: str, sections: list) -> None:
        self.unit_name = unit_name
        self.sections = [(title, rows) for title, rows in sections if rows]
        self.updateGeometry()
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def clear(self) -> None:
        self.set_data("", [])

    def _fonts(self) -> tuple:
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.9, 7))
        title = QFont(base)
        title.setBold(True)
        return base, small, title

    def _row_height(self) -> int:
        _base, small, _title = self._fonts()
        return QFontMetrics(small).height() + BAR_HEIGHT + ROW_GAP

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        if not self.sections:
            return QSize(300, 0)
        base, small, title = self._fonts()
        height = 2 * MARGIN + 2 * QFontMetrics(base).height() + 6   # legend, two lines
        for _title, rows in self.sections:
            height += QFontMetrics(title).height() + 4 + len(rows) * self._row_height()
        height += QFontMetrics(small).height() + 4                  # scale labels
        return QSize(300, height)

    def values(self) -> list:
        return [v for _t, rows in self.sections for _l, value, ref in rows for v in (value, ref)]

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        if not self.sections:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        base, small, title_font = self._fonts()
        width = self.width() - 2 * MARGIN
        value_room = QFontMetrics(small).horizontalAdvance("−0,000") + 6
        left, right = MARGIN, MARGIN + width - value_room
        low, high, step = nice_scale(self.values())

        def x_of(value: float) -> float:
            return left + (right - left) * (value - low) / (high - low)

        legend_bottom = MARGIN + 2 * QFontMetrics(base).height() + 6
        bars_bottom = self.sizeHint().height() - MARGIN - QFontMetrics(small).height() - 4
        self._grid(painter, small, low, high, step, x_of, legend_bottom, bars_bottom)
        self._legend(painter, base, left, MARGIN)
        y = legend_bottom
        for title, rows in self.sections:
            painter.setFont(title_font)
            painter.setPen(TEXT_COLOR)
            metrics = QFontMetrics(title_font)
            painter.drawText(QPointF(left, y + metrics.ascent()), title)
            y += metrics.height() + 4
            for label, value, reference in rows:
                y = self._bar(painter, small, label, value, reference, x_of, left, right, y)
        painter.end()

    def _legend(self, painter: QPainter, font: QFont, left: float, y: float) -> None:
        """Two lines, so that a long unit name never pushes the second entry out of a narrow dock."""
        painter.setFont(font)
        metrics = QFontMetrics(font)
        room = int(self.width() - left - MARGIN - 20)
        middle = y + metrics.height() / 2
        painter.setPen(Qt.NoPen)
        painter.setBrush(UNIT_COLOR)
        painter.drawRect(QRectF(left, middle - 5, 14, 10))
        painter.setPen(TEXT_COLOR)
        name = metrics.elidedText(self.unit_name or tr("This unit"), Qt.ElideRight, room)
        painter.drawText(QPointF(left + 20, y + metrics.ascent()), name)
        y += metrics.height()
        self._marker(painter, left + 7, y + 2, metrics.height() - 4)
        painter.setPen(TEXT_COLOR)
        text = metrics.elidedText(tr("mean of the reference territory"), Qt.ElideRight, room)
        painter.drawText(QPointF(left + 20, y + metrics.ascent()), text)

    @staticmethod
    def _marker(painter: QPainter, x: float, top: float, height: float) -> None:
        painter.setPen(QPen(REFERENCE_COLOR, 2))
        painter.drawLine(QPointF(x, top), QPointF(x, top + height))
        painter.setPen(Qt.NoPen)
        painter.setBrush(REFERENCE_COLOR)
        painter.drawPolygon(QPolygonF([QPointF(x - 4, top - 1), QPointF(x + 4, top - 1), QPointF(x, top + 4)]))

    def _bar(self, painter: QPainter, font: QFont, label: str, value: Optional[float], reference: Optional[float],
             x_of, left: float, right: float, y: float) -> float:
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(MUTED)
        painter.drawText(QPointF(left, y + metrics.ascent()),
                         metrics.elidedText(label, Qt.ElideRight, int(right - left)))
        y += metrics.height() + 1
        zero = x_of(0.0)
        painter.setPen(Qt.NoPen)
        if value is not None:
            end = x_of(value)
            painter.setBrush(UNIT_COLOR)
            painter.drawRect(QRectF(min(zero, end), y, abs(end - zero), BAR_HEIGHT))
            painter.setPen(TEXT_COLOR)
            painter.drawText(QPointF(right + 4, y + BAR_HEIGHT - 2), number(value, 2))
        else:
            painter.setPen(MUTED)
            painter.drawText(QPointF(right + 4, y + BAR_HEIGHT - 2), "–")
        if reference is not None:
            self._marker(painter, x_of(reference), y - 3, BAR_HEIGHT + 6)
        return y + BAR_HEIGHT + ROW_GAP

    def _grid(self, painter: QPainter, font: QFont, low: float, high: float, step: float, x_of, top: float,
              bottom: float) -> None:
        painter.setFont(font)
        metrics = QFontMetrics(font)
        tick = low
        decimals = 2 if step < 1 else 0
        while tick <= high + step / 1000:
            x = x_of(tick)
            painter.setPen(QPen(GRID_COLOR, 1, Qt.DotLine))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.setPen(MUTED)
            text = number(tick, decimals)
            text_x = min(max(x - metrics.horizontalAdvance(text) / 2, 0), self.width() - metrics.horizontalAdvance(text))
            painter.drawText(QPointF(text_x, bottom + 2 + metrics.ascent()), text)
            tick += step
