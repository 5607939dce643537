"""Map themes (one per indicator style) and the output's layer group in the project.

A map theme records which named style the layer shows, so a print layout can put several maps of
the same layer side by side, each following its theme.
"""

from __future__ import annotations

from typing import Optional, Sequence

from qgis.core import (
    QgsLayerTreeGroup,
    QgsLayerTreeModel,
    QgsMapThemeCollection,
    QgsProject,
    QgsVectorLayer,
)

from ..core import fields as F
from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N
from .messages import tr
from .style_store import load_style_set


def group_title(territory: str, method_label: str) -> str:
    """'Hauts-de-France – méthode Hauts-de-France 2021'."""
    territory = (territory or "").strip() or tr("Digital fragility")
    if not method_label:
        return territory
    return tr("{territory} – {method} method").format(territory=territory, method=method_label)


def output_group(project: QgsProject, title: str) -> QgsLayerTreeGroup:
    root = project.layerTreeRoot()
    return root.findGroup(title) or root.insertGroup(0, title)


def place_in_group(project: QgsProject, layer: QgsVectorLayer, title: str) -> QgsLayerTreeGroup:
    """Put ``layer`` (already in the project or not) at the top of the group ``title``."""
    group = output_group(project, title)
    root = project.layerTreeRoot()
    if project.mapLayer(layer.id()) is None:
        project.addMapLayer(layer, False)
    node = root.findLayer(layer.id())
    if node is not None and node.parent() is group:
        return group
    group.insertLayer(0, layer)
    if node is not None:
        node.parent().removeChildNode(node)
    return group


def _is_index_layer(layer) -> bool:
    return isinstance(layer, QgsVectorLayer) and layer.fields().indexOf(F.COMPOSITE) >= 0


def add_indicator_themes(project: QgsProject, layer: QgsVectorLayer, style_names: Sequence[str]) -> list:
    """A map theme per named style of ``layer`` (replacing themes of the same name).

    Each theme keeps the layers visible now, except other index layers that would cover this one.
    """
    collection = project.mapThemeCollection()
    root = project.layerTreeRoot()
    model = QgsLayerTreeModel(root)
    state = QgsMapThemeCollection.createThemeFromCurrentState(root, model)
    others = [r for r in state.layerRecords() if r.layer() is not None and r.layer() is not layer
              and not _is_index_layer(r.layer())]
    available = set(layer.styleManager().styles())
    created = []
    for name in style_names:
        if name not in available:
            continue
        record = QgsMapThemeCollection.MapThemeLayerRecord(layer)
        record.usingCurrentStyle = True
        record.currentStyle = name
        theme = QgsMapThemeCollection.MapThemeRecord()
        theme.setLayerRecords([record] + others)
        if collection.hasMapTheme(name):
            collection.update(name, theme)
        else:
            collection.insert(name, theme)
        created.append(name)
    return created


def add_output_to_project(project: QgsProject, path: str, layer_name: str, display_name: str, territory: str,
                          method_label: str = "") -> tuple[QgsVectorLayer, list]:
    """Open an output, load its stored styles as named styles, put it in its group, one theme per style."""
    uri = f"{path}|layername={layer_name}" if layer_name and str(path).lower().endswith(".gpkg") else str(path)
    layer = QgsVectorLayer(uri, display_name, "ogr")
    if not layer.isValid():
        raise DataError(_N(CONTEXT, "Cannot open {file} as a vector layer."), file=uri)
    return layer, present_layer(project, layer, territory, method_label)


def present_layer(project: QgsProject, layer: QgsVectorLayer, territory: str, method_label: str,
                  style_names: Optional[Sequence[str]] = None) -> list:
    """Styles from the layer's GeoPackage (unless given), the layer in its group, and its themes."""
    names = list(style_names) if style_names is not None else load_style_set(layer)
    place_in_group(project, layer, group_title(territory, method_label))
    return add_indicator_themes(project, layer, names)
