"""Styles of an access-time layer: one graduated style per time field, in minutes, stored in its
GeoPackage like the index styles (the first field's is the default)."""

from __future__ import annotations

from qgis.core import QgsVectorLayer

from . import layer_io
from ..core.errors import FragiliteError
from .messages import localized, log, tr
from .style_store import save_style_set
from .styles import GRADUATED, StyleSet, StyleSpec, apply_specs

# ColorBrewer PuBu: light = near, dark = far.
ACCESS_PALETTE = ("#f1eef6", "#bdc9e1", "#74a9cf", "#2b8cbe", "#045a8d")


def access_specs(fields: dict) -> list:
    """A style per output field (``fields``: field → type set or range it holds), minutes to one decimal."""
    return [StyleSpec(name, tr("Access time: {what} (minutes)").format(what=what), tr("Access time"), GRADUATED,
                      ACCESS_PALETTE, decimals=1) for name, what in fields.items()]


def style_access_layer(layer: QgsVectorLayer, fields: dict) -> StyleSet:
    """The access styles on ``layer`` and in its GeoPackage (errors are logged: the times stay written)."""
    style_set = apply_specs(layer, access_specs(fields))
    for error in save_style_set(layer, style_set):
        log(f"Style non enregistré dans {layer.source()} : {error}")
    return style_set


def store_access_styles(path: str, layer_name: str, fields: dict) -> None:
    """The styles in the access-time GeoPackage ``path``; a layer without any time keeps QGIS's default."""
    layer = layer_io.open_layer(path, layer_name)
    try:
        style_access_layer(layer, fields)
    except FragiliteError as error:
        log(localized(error))
    del layer
