"""Small builders of layout items shared by the atlas pages and their charts."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsFillSymbol, QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize, QgsRectangle, QgsUnitTypes
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont

MM = QgsUnitTypes.LayoutMillimeters
FONT = "DejaVu Sans"


def plain_fill(color: str, outline: Optional[str] = None, outline_width: float = 0.2) -> QgsFillSymbol:
    """A flat fill, with an outline of ``outline`` colour or none."""
    properties = {"color": color, "outline_style": "no" if outline is None else "solid",
                  "outline_color": outline or color, "outline_width": str(outline_width),
                  "outline_width_unit": "MM"}
    if color == "none":
        properties.update({"color": "0,0,0,0", "style": "no"})
    return QgsFillSymbol.createSimple(properties)


def text_label(layout, text: str, x: float, y: float, w: float, h: float, size: float, item_id: str = "",
               bold: bool = False, valign=Qt.AlignTop, halign=Qt.AlignLeft) -> QgsLayoutItemLabel:
    """A plain-text label (``[% expression %]`` allowed) in a fixed box; long text wraps."""
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    label.setMarginX(0.3)
    label.setMarginY(0.0)
    label.setVAlign(valign)
    label.setHAlign(halign)
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(w, h, MM))
    if item_id:
        label.setId(item_id)
    layout.addLayoutItem(label)
    return label


def fit_extent(item, extent) -> None:
    """Show ``extent`` whole in the map ``item`` without changing the item's size (setExtent alone
    would reshape the item to the extent)."""
    ratio = item.rect().width() / item.rect().height()
    width, height = extent.width(), extent.height()
    if width / max(height, 1e-9) < ratio:
        width = height * ratio
    else:
        height = width / ratio
    center = extent.center()
    item.setExtent(QgsRectangle(center.x() - width / 2, center.y() - height / 2, center.x() + width / 2,
                                center.y() + height / 2))
