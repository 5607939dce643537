"""A scored output in the project: its layer group, its display filter, and its units for the fiche.

``add_results`` is what the dock does after a run; the maps, typologies and atlas steps register
their own finishing step in ``FINISHERS`` (called with the project, the new layer and the outcome
path) so that a run from the dock gives their styles, themes and layouts too.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable, Optional

import pandas as pd
from qgis.core import QgsProject, QgsVectorLayer

from ..core.errors import CONTEXT, DataError, FragiliteError, QT_TRANSLATE_NOOP as _N
from ..core.fiche import ScoredUnits
from ..core.method import Method, method_from_dict
from . import layer_io
from .messages import localized, tr
from .themes import add_output_to_project
from .scoring import read_provenance

# Called in order after the layer is added: finisher(project, layer, path). A FragiliteError is
# reported as a warning and does not undo the run.
Finisher = Callable[[QgsProject, QgsVectorLayer, str], None]
FINISHERS: list = []


def stored_method(path: str, record: Optional[dict] = None) -> Method:
    """The method a scored GeoPackage was computed with (from its ifn_metadata table)."""
    record = read_provenance(path) if record is None else record
    if not isinstance(record.get("method"), dict):
        raise DataError(_N(CONTEXT, "{file} has no description of its method (table ifn_metadata); compute "
                                    "the index again to get one."), file=path)
    return method_from_dict(record["method"], source=f"{path} (ifn_metadata)")


def _gpkg_attributes(path: str, table: str) -> Optional[pd.DataFrame]:
    """Every attribute of a GeoPackage table by feature id, read straight from SQLite (fast)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?",
                                 (table,)).fetchone()
        columns = [c[1] for c in connection.execute(f'PRAGMA table_info("{table}")')]
        key = next((c[1] for c in connection.execute(f'PRAGMA table_info("{table}")') if c[5]), None)
        if not columns or key is None:
            return None
        wanted = [c for c in columns if c != key and (row is None or c != row[0])]
        names = ", ".join(f'"{c}"' for c in [key, *wanted])
        frame = pd.read_sql_query(f'SELECT {names} FROM "{table}"', connection, index_col=key)
    except (sqlite3.Error, pd.errors.DatabaseError):
        return None
    finally:
        connection.close()
    frame.index = frame.index.astype(int)
    return frame.astype(object).where(frame.notna(), None)


def variable_statuses(record: dict) -> dict:
    """Leaf -> 'proxy' or 'absent', as the run's binding had them (ifn_metadata record)."""
    out = {entry["variable"]: "proxy" for entry in record.get("proxies") or [] if isinstance(entry, dict)}
    out.update({entry["variable"]: "absent" for entry in record.get("absents") or [] if isinstance(entry, dict)})
    return out


def read_attributes(path: str, layer_name: str):
    """Every attribute of an output layer by feature id (from any thread)."""
    is_gpkg = Path(path).suffix.lower() == ".gpkg"
    frame = _gpkg_attributes(path, layer_name) if is_gpkg else None
    if frame is None:
        layer = layer_io.open_layer(path, layer_name if is_gpkg else None)
        frame = layer_io.layer_to_frame(layer)
        del layer
    return frame


def load_scored_units(path: str, layer_name: str, code_field: str, name_field: str = "",
                      method: Optional[Method] = None) -> ScoredUnits:
    """Read a scored output (from any thread: nothing here belongs to the project)."""
    frame = read_attributes(path, layer_name)
    record = read_provenance(path) if Path(path).suffix.lower() == ".gpkg" else {}
    method = method or stored_method(path, record)
    return ScoredUnits(frame, method, code_field, name_field or None, variable_statuses(record))


def add_results(project: QgsProject, path: str, layer_name: str, territory: str, method_label: str,
                display_name: str, display_filter: str = "") -> tuple[QgsVectorLayer, list]:
    """Add the scored layer as the maps module presents an output: its named styles, in the group
    "<territory> – méthode <method>", one map theme per indicator.

    Returns the layer and the warnings (translated) of the steps that could not be done.
    """
    layer, _themes = add_output_to_project(project, path, layer_name, display_name, territory, method_label)
    warnings = []
    if display_filter and not layer.setSubsetString(display_filter):
        warnings.append(tr("The display filter {} is not valid for the result layer; every unit is shown.")
                        .format(display_filter))
    for finisher in FINISHERS:
        try:
            finisher(project, layer, path)
        except FragiliteError as error:
            warnings.append(localized(error))
    return layer, warnings
