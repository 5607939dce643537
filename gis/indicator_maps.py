"""One printed map per indicator style, each following its map theme (the layer itself is not restyled)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from qgis.core import (
    QgsLayoutItemLegend,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProject,
    QgsVectorLayer,
)

from ..core import fields as F
from ..core.method import Method
from ..core.typology import AMENAGEMENT_CODE, PUBLICS_CODE
from . import layer_io
from .bivariate import write_bivariate_legend
from .messages import tr
from .layout_items import MM, text_label
from .render import export_png, map_layout
from .styles import GRADUATED, StyleSpec, typology_categories

WRAP = "¦"
LINE_WIDTH = 34


def classification_text(method_name: str, classes: int) -> str:
    names = {"jenks": tr("natural breaks (Jenks)"), "quantile": tr("quantiles"), "equal": tr("equal intervals"),
             "user": tr("user limits")}
    return tr("{count} classes, {method}").format(count=classes, method=names.get(method_name, method_name))


def axis_key(method: Method) -> str:
    """'Axe 1 : Accès aux interfaces numériques' … one line per axis, for the labels of the Ward classes."""
    return "\n".join(tr("Axis {number}: {label}").format(number=i, label=axis.label)
                     for i, axis in enumerate(method.axes, start=1))


def _legend(layout: QgsPrintLayout) -> Optional[QgsLayoutItemLegend]:
    return next((item for item in layout.items() if isinstance(item, QgsLayoutItemLegend)), None)


def two_lines(label: str, width: int = LINE_WIDTH) -> str:
    """Break a long label at its first comma, else at the last space that keeps the first line short."""
    head, sep, tail = label.partition(", ")
    if sep:
        return f"{head}{WRAP}{tail}"
    if len(label) <= width:
        return label
    cut = label.rfind(" ", 0, width)
    return f"{label[:cut]}{WRAP}{label[cut + 1:]}" if cut > 0 else label


def wrap_class_labels(legend: QgsLayoutItemLegend, layer: QgsVectorLayer, spec: StyleSpec) -> None:
    """Long class labels ('Fragilité élevée, portée par les axes 1 et 3') on two lines, at their first comma.

    Labels are set by position on the legend of this layout only; the layer's own labels stay whole.
    """
    node = legend.model().rootGroup().findLayer(layer)
    if node is None:
        return
    frame = layer_io.layer_to_frame(layer, [spec.field] + ([spec.label_field] if spec.label_field else []))
    for index, (_code, label, _color) in enumerate(typology_categories(spec, frame)):
        wrapped = two_lines(str(label))
        if wrapped != label:
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, wrapped)
    legend.setWrapString(WRAP)
    legend.model().refreshLayerLegend(node)


def indicator_layout(project: QgsProject, layer: QgsVectorLayer, spec: StyleSpec, subtitle: str, sources: str,
                     method: Method, bivariate_svg: str = "") -> QgsPrintLayout:
    """A4 map of one style of ``layer`` through its theme; the 3 × 3 typology gets the bivariate legend."""
    layout = map_layout(project, layer, spec.title, subtitle, spec.title, sources, name=spec.title, theme=spec.name)
    legend = _legend(layout)
    if legend is not None:
        legend.setTitle(spec.short)
        if spec.kind != GRADUATED:
            wrap_class_labels(legend, layer, spec)
    if spec.field == F.POLICY_3X3 and bivariate_svg:
        if legend is not None:
            layout.removeLayoutItem(legend)
        picture = QgsLayoutItemPicture(layout)
        picture.setPicturePath(bivariate_svg)
        picture.attemptMove(QgsLayoutPoint(214, 34, MM))
        picture.attemptResize(QgsLayoutSize(72, 62, MM))
        layout.addLayoutItem(picture)
    elif spec.field == F.CLUSTER:
        text_label(layout, axis_key(method), 216, 104, 72, 24, 7)
    return layout


def keep_in_project(project: QgsProject, layout: QgsPrintLayout) -> None:
    """Add a layout to the project, replacing one of the same name."""
    existing = project.layoutManager().layoutByName(layout.name())
    if existing is not None:
        project.layoutManager().removeLayout(existing)
    project.layoutManager().addLayout(layout)


def export_indicator_maps(project: QgsProject, layer: QgsVectorLayer, specs: Sequence[StyleSpec], method: Method,
                          out: Path, subtitle: str, sources: str, graduated_note: str = "", prefix: str = "carte_",
                          add_to_project: bool = True) -> list:
    """A PNG per style (``<prefix><field>.png``); the layouts are kept in the project when asked.

    ``graduated_note`` (e.g. the classification) is appended to the subtitle of graduated maps.
    """
    groups = {g.code: g.label for g in method.groups}
    svg = ""
    if any(s.field == F.POLICY_3X3 for s in specs):
        svg = write_bivariate_legend(str(out / "legende_typologie_3x3.svg"), groups.get(PUBLICS_CODE, "P"),
                                     groups.get(AMENAGEMENT_CODE, "A"), tr("low"), tr("high"), tr("No value"))
    written = []
    for spec in specs:
        text = f"{subtitle} – {graduated_note}" if graduated_note and spec.kind == GRADUATED else subtitle
        layout = indicator_layout(project, layer, spec, text, sources, method, svg)
        if add_to_project:
            keep_in_project(project, layout)
        png = out / f"{prefix}{spec.field}.png"
        export_png(layout, str(png))
        written.append(str(png))
    return written
