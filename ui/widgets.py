"""Small pieces the dock's pages share: status icons, hint labels, number formats, tables."""

from __future__ import annotations

import contextlib
from typing import Optional

from qgis.PyQt.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..gis.messages import tr

STATUS_COLORS = {"real": "#2e7d32", "proxy": "#ef6c00", "absent": "#9e9e9e"}
WARNING_COLOR = "#b26a00"
ERROR_COLOR = "#c62828"
MUTED_COLOR = "#5f6368"


class WrapButton(QPushButton):
    """A push button whose text wraps onto several lines in a narrow dock."""

    PADDING = 8

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignCenter)
        self.label.setAttribute(Qt.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(self.PADDING, self.PADDING // 2, self.PADDING, self.PADDING // 2)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self.label.text()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self.label.heightForWidth(width - 2 * self.PADDING) + self.PADDING + 6

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = self.label.sizeHint()
        return QSize(hint.width() + 2 * self.PADDING, hint.height() + self.PADDING + 6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(120, self.label.fontMetrics().height() + self.PADDING + 6)


def disconnect(signal, slot) -> None:
    """Disconnect if connected (Qt raises TypeError otherwise)."""
    with contextlib.suppress(TypeError):
        signal.disconnect(slot)


def status_label(status: str) -> str:
    return {"real": tr("Real"), "proxy": tr("Proxy"), "absent": tr("Absent")}.get(status, status)


def status_help(status: str) -> str:
    return {"real": tr("The variable of the method, from the bound table."),
            "proxy": tr("The closest open variable; reported as a proxy in the results."),
            "absent": tr("No data: the axis is computed from its other variables.")}.get(status, "")


def status_icon(status: str, size: int = 16) -> QIcon:
    """A disc with a check (real), a wave (proxy) or a dash (absent), drawn so it needs no theme."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    color = QColor(STATUS_COLORS.get(status, "#9e9e9e"))
    painter.setPen(Qt.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    pen = QPen(QColor("white"), max(1.6, size / 9))
    pen.setCapStyle(Qt.RoundCap)
    pen.setJoinStyle(Qt.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.NoBrush)
    s = size / 16.0
    if status == "real":
        path = QPainterPath(QPointF(4.5 * s, 8.5 * s))
        path.lineTo(7 * s, 11 * s)
        path.lineTo(11.5 * s, 5.5 * s)
        painter.drawPath(path)
    elif status == "proxy":
        for dy in (-1.8, 1.8):
            path = QPainterPath(QPointF(4 * s, (8 + dy) * s))
            path.cubicTo(6 * s, (6.5 + dy) * s, 10 * s, (9.5 + dy) * s, 12 * s, (8 + dy) * s)
            painter.drawPath(path)
    else:
        painter.drawLine(QPointF(4.5 * s, 8 * s), QPointF(11.5 * s, 8 * s))
    painter.end()
    return QIcon(pixmap)


def hint(text: str = "", color: str = MUTED_COLOR) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.RichText)
    label.setStyleSheet(f"color: {color};")
    label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
    return label


def set_hint(label: QLabel, text: str, color: str = MUTED_COLOR) -> None:
    label.setText(text)
    label.setStyleSheet(f"color: {color};")
    label.setVisible(bool(text))


def group(title: str, *widgets) -> tuple:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 8)
    for widget in widgets:
        layout.addWidget(widget)
    return box, layout


def line() -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.HLine)
    frame.setFrameShadow(QFrame.Sunken)
    return frame


def bold(font: QFont) -> QFont:
    font = QFont(font)
    font.setBold(True)
    return font


def _unbreakable(text: str) -> str:
    """French groups digits with a narrow no-break space, which Qt's labels still break at: '3\n789'."""
    return text.replace("\u202f", "\u00a0")


def number(value: Optional[float], decimals: int = 2) -> str:
    """A number in the user's locale (QGIS sets the default QLocale); '–' when missing."""
    if value is None:
        return "–"
    return _unbreakable(QLocale().toString(float(value), "f", decimals))


def integer(value: Optional[int]) -> str:
    return "–" if value is None else _unbreakable(QLocale().toString(int(value)))


def percent(share: Optional[float]) -> str:
    return "–" if share is None else f"{QLocale().toString(100.0 * share, 'f', 0)}\u00a0%"


def compact(combo: QComboBox, characters: int = 12) -> QComboBox:
    """A combo box that does not widen the dock to its longest item (the popup still shows it whole)."""
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
    return combo


def table(headers: list, stretch: tuple = ()) -> QTableWidget:
    """A read-only table, rows selected whole, sized to its rows (the page scrolls, not the table)."""
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(headers)
    widget.verticalHeader().setVisible(False)
    widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SingleSelection)
    widget.setWordWrap(False)
    widget.setAlternatingRowColors(True)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.Stretch)
    widget.setTextElideMode(Qt.ElideRight)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    return widget


def fit_rows(widget: QTableWidget, max_rows: int = 20) -> None:
    """Height for up to ``max_rows`` rows, so short tables take no more room than they need."""
    rows = min(widget.rowCount(), max_rows)
    height = widget.horizontalHeader().height() + 2 * widget.frameWidth()
    height += sum(widget.rowHeight(i) for i in range(rows))
    if widget.horizontalScrollBar().isVisible() or widget.horizontalScrollBar().maximum() > 0:
        height += widget.horizontalScrollBar().sizeHint().height()
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded if widget.rowCount() > max_rows
                                      else Qt.ScrollBarAlwaysOff)
    widget.setFixedHeight(height)


def cell(text, align_right: bool = False, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if align_right:
        item.setTextAlignment(int(Qt.AlignRight | Qt.AlignVCenter))
    if tooltip:
        item.setToolTip(tooltip)
    return item
