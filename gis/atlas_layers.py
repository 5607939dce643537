"""The styled layers an atlas page draws: communes coloured by the composite (only those of the
current EPCI, or all of them), the current feature outlined, and the locator map.

Each is a separate layer on the same data as the scored layer, so the user's layer and its style
are never touched. The current atlas feature is matched by code, not by feature id, so that
layers on different sources (communes, EPCI) can follow the same page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from qgis.PyQt.QtGui import QPainter

from ..core import fields as F
from ..core.classify import DEFAULT_CLASSES, JENKS, classify
from .layout_items import plain_fill
from .styles import BOUNDARY, COMPOSITE_PALETTE, spread

OTHER_UNITS = "#e9e9e9"
NO_VALUE = "#ffffff"
HIGHLIGHT = "#252525"
LOCATOR_BACKGROUND = "#d4d4d4"
LOCATOR_CURRENT = "#c0392b"


@dataclass(frozen=True)
class ValueClass:
    lower: float
    upper: float
    color: str
    label: str


def composite_classes(layer: QgsVectorLayer, values) -> list:
    """The classes of the composite as the layer's default style draws them (the same exact Jenks
    classes and palette, computed on the same values), so that every page uses the map's colours."""
    data = np.asarray(values, dtype=float)
    data = data[np.isfinite(data)]
    if data.size == 0:
        return []
    classification = classify(data, JENKS, DEFAULT_CLASSES, name=F.COMPOSITE)
    colors = spread(COMPOSITE_PALETTE, classification.k)
    edges = classification.edges
    return [ValueClass(float(edges[i]), float(edges[i + 1]), colors[i], label)
            for i, label in enumerate(classification.labels())]


def instance(layer: QgsVectorLayer, name: str) -> QgsVectorLayer:
    """A new layer on the same data (a copy in memory when the data lives only in memory)."""
    if layer.providerType() == "memory":
        copy = layer.materialize(QgsFeatureRequest())
        copy.setName(name)
        return copy
    return QgsVectorLayer(layer.source(), name, layer.providerType())


def current_feature(field: str, atlas_field: str) -> str:
    """Expression: the feature is (or belongs to) the current atlas feature."""
    return f"{QgsExpression.quotedColumnRef(field)} = attribute(@atlas_feature, {QgsExpression.quotedString(atlas_field)})"


def _rule(symbol, expression: str, label: str, is_else: bool = False) -> QgsRuleBasedRenderer.Rule:
    rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label)
    if is_else:
        rule.setIsElse(True)
    return rule


def class_filter(value_class: ValueClass, first: bool) -> str:
    """Graduated semantics: lower < value <= upper, the first class including its lower bound."""
    field = QgsExpression.quotedColumnRef(F.COMPOSITE)
    lower = ">=" if first else ">"
    return f"{field} {lower} {value_class.lower!r} AND {field} <= {value_class.upper!r}"


def classes_renderer(classes: list, within: Optional[str] = None, others_label: str = "",
                     no_value_label: str = "") -> QgsRuleBasedRenderer:
    """The composite classes, restricted to units matching ``within`` (others drawn plain grey)."""
    root = QgsRuleBasedRenderer.Rule(None)
    for i, value_class in enumerate(classes):
        expression = class_filter(value_class, i == 0)
        if within:
            expression = f"({within}) AND {expression}"
        root.appendChild(_rule(plain_fill(value_class.color, BOUNDARY, 0.06), expression, value_class.label))
    if no_value_label:
        expression = f"{QgsExpression.quotedColumnRef(F.COMPOSITE)} IS NULL"
        if within:
            expression = f"({within}) AND {expression}"
        root.appendChild(_rule(plain_fill(NO_VALUE, BOUNDARY, 0.06), expression, no_value_label))
    if others_label:
        root.appendChild(_rule(plain_fill(OTHER_UNITS, "#ffffff", 0.06), "", others_label, is_else=True))
    return QgsRuleBasedRenderer(root)


def outline_renderer(current: str, current_width: float = 0.6, others_width: float = 0.0
                     ) -> QgsRuleBasedRenderer:
    """The current feature outlined in black; the others thinly in grey (or not at all)."""
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(_rule(plain_fill("none", HIGHLIGHT, current_width), current, ""))
    if others_width:
        root.appendChild(_rule(plain_fill("none", "#8c8c8c", others_width), "", "", is_else=True))
    return QgsRuleBasedRenderer(root)


def current_only_renderer(current: str, color: str = LOCATOR_CURRENT) -> QgsRuleBasedRenderer:
    """Only the current feature, filled."""
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(_rule(plain_fill(color, color, 0.3), current, ""))
    return QgsRuleBasedRenderer(root)


def locator_layers(layer: QgsVectorLayer, current: str, prefix: str) -> list:
    """The current feature in red over the territory in grey (top layer first).

    The grey layer is drawn in "multiply" mode (the same look on white paper): a map with such a
    layer is exported as an image, so the thousands of polygons of the territory do not weigh on
    every PDF page."""
    background = styled(layer, f"{prefix} – territoire",
                        QgsSingleSymbolRenderer(plain_fill(LOCATOR_BACKGROUND, LOCATOR_BACKGROUND, 0.05)))
    background.setBlendMode(QPainter.CompositionMode_Multiply)
    return [styled(layer, f"{prefix} – localisation", current_only_renderer(current)), background]


def styled(layer: QgsVectorLayer, name: str, renderer) -> QgsVectorLayer:
    copy = instance(layer, name)
    copy.setRenderer(renderer)
    return copy
