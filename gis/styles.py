"""Map styles of a scored layer: graduated indicators and categorised typologies.

Every style shows the units without value in their own hatched grey class, so a missing value is
never mistaken for a low one. Breaks come from ``core.classify`` (exact Jenks by default), legend
labels are in French number format ("0,42 – 0,57").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ..core import fields as F
from ..core.classify import JENKS, Classification, classify
from ..core.errors import CONTEXT, DataError, FragiliteError, QT_TRANSLATE_NOOP as _N
from ..core.method import Method
from ..core.typology import AMENAGEMENT_CODE, PUBLICS_CODE, policy_label_tables
from . import layer_io
from .compat import fix_profile_symbols, style_documents
from .messages import tr, translate

# ColorBrewer sequential palettes, light = less fragile.
COMPOSITE_PALETTE = ("#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000")        # OrRd
AXIS_PALETTE = ("#ffffd4", "#fed98e", "#fe9929", "#d95f0e", "#993404")             # YlOrBr
PUBLICS_PALETTE = ("#f6eff7", "#bdc9e1", "#67a9cf", "#1c9099", "#016c59")          # PuBuGn
AMENAGEMENT_PALETTE = ("#feebe2", "#fbb4b9", "#f768a1", "#c51b8a", "#7a0177")      # RdPu
# Ordered classes of the statistical typology: cool = least fragile, warm = most (RdYlBu reversed).
CLUSTER_PALETTE = ("#4575b4", "#74add1", "#abd9e9", "#e0f3f8", "#ffffbf", "#fee090", "#fdae61", "#f46d43",
                   "#d73027")
# Bivariate 3 × 3 (J. Stevens): rows = aménagement level 1-3, columns = publics level 1-3.
BIVARIATE = {"11": "#e8e8e8", "12": "#ace4e4", "13": "#5ac8c8",
             "21": "#dfb0d6", "22": "#a5add3", "23": "#5698b9",
             "31": "#be64ac", "32": "#8c62aa", "33": "#3b4994"}
# The 2 × 2 uses the corners of the 3 × 3, so both maps read the same way.
POLICY_2X2_COLORS = {"11": BIVARIATE["11"], "12": BIVARIATE["13"], "21": BIVARIATE["31"], "22": BIVARIATE["33"]}
POLICY_2X2_ORDER = ("22", "12", "21", "11")
POLICY_3X3_ORDER = ("33", "32", "31", "23", "22", "21", "13", "12", "11")
NO_VALUE_FILL = "#f2f2f2"
NO_VALUE_HATCH = "#8c8c8c"
# Thin, half-transparent grey: 3,800 communes on an A4 page stay legible without drowning the colours.
BOUNDARY = "96,96,96,120"
BOUNDARY_WIDTH = "0.05"
# Elevation profiles draw the layer's own classes; this fallback only needs to be the same on every run.
PROFILE_COLOR = "#808080"

STYLE_NAME_LENGTH = 30
GRADUATED = "graduated"
CATEGORISED = "categorised"


@dataclass(frozen=True)
class ClassOptions:
    """How graduated styles are classified."""

    method: str = JENKS
    classes: int = 5
    limits: Optional[tuple] = None


@dataclass(frozen=True)
class StyleSpec:
    """One style of the set: the field it maps, its title (legend, theme, style name) and colours."""

    field: str
    title: str
    short: str
    kind: str = GRADUATED
    palette: tuple = ()
    label_field: str = ""
    decimals: int = 2                 # of the legend labels of a graduated style

    @property
    def name(self) -> str:
        """'Axe 1 (ifn_ax1)': style and map theme name, at most 30 characters (GeoPackage's layer_styles)."""
        suffix = f" ({self.field})"
        room = STYLE_NAME_LENGTH - len(suffix)
        short = self.short if len(self.short) <= room else self.short[:room - 1].rstrip() + "…"
        return short + suffix


@dataclass
class StyleSet:
    """The styles added to a layer: style name per field, the default one, and what was skipped."""

    names: dict = field(default_factory=dict)
    specs: list = field(default_factory=list)
    default: str = ""
    warnings: list = field(default_factory=list)
    classifications: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)    # style name → (QML, SLD), from style_set_to_store


def _fill(color: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": color, "outline_color": BOUNDARY, "outline_width": BOUNDARY_WIDTH,
                                       "outline_width_unit": "MM", "joinstyle": "round"})


def no_value_symbol() -> QgsFillSymbol:
    """Pale grey with grey hatching: visibly 'no data', distinct from the lightest class."""
    symbol = _fill(NO_VALUE_FILL)
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.2)
    hatch.setSubSymbol(QgsLineSymbol.createSimple({"color": NO_VALUE_HATCH, "width": "0.15",
                                                   "width_unit": "MM"}))
    symbol.appendSymbolLayer(hatch)
    return symbol


def spread(palette: Sequence[str], n: int) -> list:
    """n colours from a palette: evenly picked when it has enough, linearly interpolated otherwise."""
    if n <= 0:
        return []
    if n == 1:
        return [palette[len(palette) // 2]]
    if n <= len(palette):
        step = (len(palette) - 1) / (n - 1)
        return [palette[round(i * step)] for i in range(n)]
    stops = [QColor(c) for c in palette]
    out = []
    for i in range(n):
        position = i * (len(stops) - 1) / (n - 1)
        low = min(int(position), len(stops) - 2)
        t = position - low
        a, b = stops[low], stops[low + 1]
        out.append(QColor(round(a.red() + t * (b.red() - a.red())), round(a.green() + t * (b.green() - a.green())),
                          round(a.blue() + t * (b.blue() - a.blue()))).name())
    return out


def _number(value: float) -> str:
    return repr(float(value))


def graduated_renderer(field_name: str, classification: Classification, palette: Sequence[str] = COMPOSITE_PALETTE,
                       decimals: int = 2) -> QgsRuleBasedRenderer:
    """One rule per class, labelled '0,42 – 0,57', and an ELSE rule for the units without value."""
    root = QgsRuleBasedRenderer.Rule(None)
    column = f'"{field_name}"' if '"' not in field_name else field_name
    edges = classification.edges
    colors = spread(palette, classification.k)
    for i, label in enumerate(classification.labels(decimals)):
        low = ">=" if i == 0 else ">"
        expression = f"{column} {low} {_number(edges[i])} AND {column} <= {_number(edges[i + 1])}"
        root.appendChild(QgsRuleBasedRenderer.Rule(_fill(colors[i]), 0, 0, expression, label))
    root.appendChild(QgsRuleBasedRenderer.Rule(no_value_symbol(), 0, 0, "ELSE", tr("No value"), "", True))
    # A renderer whose rules were made from Python corrupts memory on QGIS 3.22 once the style manager
    # switches styles (seen as crashes in our tests); a clone made in C++ owns all its rules.
    return QgsRuleBasedRenderer(root).clone()


def categorised_renderer(field_name: str, categories: Sequence[tuple]) -> QgsCategorizedSymbolRenderer:
    """``categories``: (value, label, colour); an empty-value category catches NULL and unknown codes."""
    items = [QgsRendererCategory(value, _fill(color), label) for value, label, color in categories]
    items.append(QgsRendererCategory("", no_value_symbol(), tr("No value")))
    return QgsCategorizedSymbolRenderer(field_name, items).clone()  # see graduated_renderer


def indicator_specs(method: Method, field_names: Sequence[str]) -> list:
    """Graduated styles for the composite, each axis, intermediate score and sub-index present in the layer."""
    present = set(field_names)
    specs = []
    if F.COMPOSITE in present:
        title = tr("Composite index")
        specs.append(StyleSpec(F.COMPOSITE, title, title, GRADUATED, COMPOSITE_PALETTE))
    for number, axis in enumerate(method.axes, start=1):
        name = F.axis_field(axis.id)
        if name in present:
            title = tr("Axis {number}: {label}").format(number=number, label=axis.label)
            short = tr("Axis {number}").format(number=number)
            specs.append(StyleSpec(name, title, short, GRADUATED, AXIS_PALETTE))
    for inter in method.intermediates:
        name = F.group_field(inter.id)
        if name in present:
            title = tr("Score: {label}").format(label=inter.label)
            specs.append(StyleSpec(name, title, inter.label, GRADUATED, AXIS_PALETTE))
    palettes = {PUBLICS_CODE: PUBLICS_PALETTE, AMENAGEMENT_CODE: AMENAGEMENT_PALETTE}
    for group in method.groups:
        name = F.group_field(group.id)
        if name in present:
            title = tr("Sub-index: {label}").format(label=group.label)
            specs.append(StyleSpec(name, title, group.label, GRADUATED, palettes.get(group.code, AXIS_PALETTE)))
    return specs


def typology_specs(field_names: Sequence[str]) -> list:
    present = set(field_names)
    specs = []
    if F.POLICY_2X2 in present:
        specs.append(StyleSpec(F.POLICY_2X2, tr("Infrastructure × publics typology (2 × 2)"),
                               tr("Typology 2 × 2"), CATEGORISED, label_field=F.POLICY_2X2_LABEL))
    if F.POLICY_3X3 in present:
        specs.append(StyleSpec(F.POLICY_3X3, tr("Infrastructure × publics typology (3 × 3)"),
                               tr("Typology 3 × 3"), CATEGORISED, label_field=F.POLICY_3X3_LABEL))
    if F.CLUSTER in present:
        specs.append(StyleSpec(F.CLUSTER, tr("Statistical typology (Ward)"), tr("Ward typology"), CATEGORISED,
                               CLUSTER_PALETTE, label_field=F.CLUSTER_LABEL))
    return specs


def check_numeric(layer: QgsVectorLayer, name: str) -> None:
    fld = layer.fields().field(name) if layer.fields().indexOf(name) >= 0 else None
    if fld is None:
        raise DataError(_N(CONTEXT, "The layer has no field {columns}; its fields are: {available}."),
                        columns=[name], available=[f.name() for f in layer.fields()])
    if not fld.isNumeric():
        raise DataError(_N(CONTEXT, "Field {field} is of type {type}, not a number: it cannot be classified. "
                                    "Choose a numeric field or convert it (field calculator, to_real())."),
                        field=name, type=fld.typeName())


def _pairs(frame, code_field: str, label_field: str) -> dict:
    """Class code → label, as written in the layer (first label seen for each code)."""
    out: dict = {}
    if label_field not in frame.columns:
        return out
    for code, label in zip(frame[code_field].tolist(), frame[label_field].tolist()):
        if code is not None and label is not None:
            out.setdefault(code, label)
    return out


def typology_categories(spec: StyleSpec, frame) -> list:
    pairs = _pairs(frame, spec.field, spec.label_field)
    if spec.field in (F.POLICY_2X2, F.POLICY_3X3):
        two, three = policy_label_tables(translate)
        table, order, colors = ((two, POLICY_2X2_ORDER, POLICY_2X2_COLORS) if spec.field == F.POLICY_2X2
                                else (three, POLICY_3X3_ORDER, BIVARIATE))
        return [(code, pairs.get(code, table[code]), colors[code]) for code in order]
    codes = sorted({c for c in frame[spec.field].tolist() if c is not None})
    colors = spread(spec.palette, len(codes))
    return [(code, f"{code} – {pairs[code]}" if code in pairs else str(code), color)
            for code, color in zip(codes, colors)]


def _numbers(frame, name: str) -> np.ndarray:
    """The field's values as floats (NULL → NaN); an infinite value is refused, named by feature.

    Converting the object column at once costs a fraction of pandas' value-by-value to_numeric.
    """
    column = frame[name]
    try:
        values = column.to_numpy(dtype=float)
    except (TypeError, ValueError):
        values = pd.to_numeric(column, errors="coerce").to_numpy(dtype=float)
    if np.isinf(values).any():
        layer_io.refuse_infinite(pd.DataFrame({name: values}, index=frame.index), [name])
    return values


def build_renderer(layer: QgsVectorLayer, spec: StyleSpec, options: ClassOptions = ClassOptions(), frame=None):
    """(renderer, classification or None) of one style; raises DataError on a field that cannot be styled."""
    if frame is None:
        names = [spec.field] + ([spec.label_field] if spec.label_field and
                                layer.fields().indexOf(spec.label_field) >= 0 else [])
        frame = layer_io.layer_to_frame(layer, names)
    if spec.kind == CATEGORISED:
        categories = typology_categories(spec, frame)
        if not categories:
            raise DataError(_N(CONTEXT, "Field {field}: no unit has a class; run the typology first."),
                            field=spec.field)
        return categorised_renderer(spec.field, categories), None
    check_numeric(layer, spec.field)
    classification = classify(_numbers(frame, spec.field), options.method, options.classes, options.limits,
                              name=spec.field)
    return graduated_renderer(spec.field, classification, spec.palette, spec.decimals), classification


def apply_style_set(layer: QgsVectorLayer, method: Method, options: ClassOptions = ClassOptions(),
                    default_field: Optional[str] = None) -> StyleSet:
    """Every style the layer's fields allow, as named styles of its style manager; ``default_field``'s is current.

    A field that cannot be styled (not numeric, no value) is skipped with a warning in the result;
    with no style at all, DataError.
    """
    return apply_specs(layer, index_specs(layer, method), options, default_field)


def style_set_to_store(layer: QgsVectorLayer, method: Method, options: ClassOptions = ClassOptions(),
                       default_field: Optional[str] = None, values: Optional[pd.DataFrame] = None) -> StyleSet:
    """The styles of ``apply_style_set`` as QML and SLD only (``StyleSet.documents``), for
    ``style_store.save_style_set`` to write in the layer's GeoPackage.

    For a layer opened just to store them: its style manager is left alone and its renderer ends as the
    last style's, which spares making each style current in turn. ``values``: the layer's values of the
    styled fields when the caller holds them (the scores just written), which spares reading them back.
    """
    result, renderers = _build_specs(layer, index_specs(layer, method), options, default_field, values)
    for name, renderer in renderers:
        layer.setRenderer(renderer)
        result.documents[name] = style_documents(layer)
    return result


def index_specs(layer: QgsVectorLayer, method: Method) -> list:
    """The styles of the index and typology fields the layer holds; DataError if it holds none."""
    names = [f.name() for f in layer.fields()]
    specs = indicator_specs(method, names) + typology_specs(names)
    if not specs:
        raise DataError(_N(CONTEXT, "Layer {layer} holds none of the index fields ({fields}); compute the index "
                                    "first."), layer=layer.name(), fields=F.score_fields(method))
    return specs


def apply_specs(layer: QgsVectorLayer, specs: Sequence[StyleSpec], options: ClassOptions = ClassOptions(),
                default_field: Optional[str] = None) -> StyleSet:
    """The styles of ``specs`` as named styles of the layer (see ``apply_style_set``)."""
    manager = layer.styleManager()
    initial = manager.currentStyle()
    result, renderers = _build_specs(layer, specs, options, default_field)
    # Each style is copied from the layer instead of switched to, which would parse the whole style back.
    # The layer's state belongs to the current style, so a style reusing the current name is set last.
    for name, renderer in sorted(renderers, key=lambda item: item[0] == initial):
        layer.setRenderer(renderer)
        if name != initial:
            if name in manager.styles():
                manager.removeStyle(name)
            manager.addStyleFromLayer(name)
    manager.setCurrentStyle(result.default)
    if initial not in result.names.values() and initial in manager.styles():
        manager.removeStyle(initial)
    layer.triggerRepaint()
    return result


def _build_specs(layer: QgsVectorLayer, specs: Sequence[StyleSpec], options: ClassOptions,
                 default_field: Optional[str], values: Optional[pd.DataFrame] = None) -> tuple:
    """(StyleSet without documents, [(style name, renderer)]); the fields that cannot be styled are warnings."""
    names = [f.name() for f in layer.fields()]
    wanted = [s.field for s in specs] + [s.label_field for s in specs if s.label_field and s.label_field in names]
    if values is not None and set(wanted) <= set(values.columns):
        frame = values[wanted]
    else:
        frame = layer_io.layer_to_frame(layer, wanted)
    result = StyleSet()
    fix_profile_symbols(layer, QColor(PROFILE_COLOR))
    renderers = []
    for spec in specs:
        try:
            renderer, classification = build_renderer(layer, spec, options, frame)
        except FragiliteError as error:
            result.warnings.append(error.message)
            continue
        if classification is not None:
            result.warnings.extend(classification.warnings)
            result.classifications[spec.field] = classification
        renderers.append((spec.name, renderer))
        result.names[spec.field] = spec.name
        result.specs.append(spec)
    if not result.names:
        raise DataError(_N(CONTEXT, "No field of layer {layer} could be styled: {reasons}"), layer=layer.name(),
                        reasons=[str(w) for w in result.warnings])
    default = default_field if default_field in result.names else next(iter(result.names))
    result.default = result.names[default]
    return result, renderers
