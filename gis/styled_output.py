"""A further style saved as the default one in an output GeoPackage (the others stay available)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from qgis.core import QgsVectorLayer

from . import layer_io
from .compat import save_style_to_database
from .messages import log


def save_default_style(path: str, layer_name: str, apply: Callable[[QgsVectorLayer], None], name: str,
                       description: str, as_default: bool = True) -> None:
    """Apply ``apply`` to the layer of ``path`` and store it in the GeoPackage under ``name``."""
    if Path(path).suffix.lower() != ".gpkg":
        return
    layer = layer_io.open_layer(path, layer_name)
    apply(layer)
    message = save_style_to_database(layer, name, description, as_default)
    if message:
        log(f"Style non enregistré dans {path} : {message}")
    # QGIS 3.22 cannot read a GeoPackage layer again after saving a style until it is reloaded.
    layer.reload()
    del layer
