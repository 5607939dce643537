"""Styles kept with the data: named styles in the GeoPackage, QML copies beside it, and loading them back."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import uuid
from pathlib import Path

from qgis.core import QgsMapLayerStyle, QgsProviderRegistry, QgsVectorLayer

from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N
from .compat import save_style_documents, save_style_to_database
from .layer_io import check_output_path
from .styles import StyleSet

_FIELD_IN_NAME = re.compile(r"\(([A-Za-z0-9_]+)\)\s*$")


def save_style_set(layer: QgsVectorLayer, style_set: StyleSet) -> list:
    """Every style of the set into the layer's GeoPackage (the set's default as default); returns errors."""
    manager = layer.styleManager()
    current = manager.currentStyle()
    errors = []
    by_name = {spec.name: spec for spec in style_set.specs}
    # QGIS 3.22 blocks forever when saving over a style name already stored in a GeoPackage that is not
    # in WAL mode: delete the old versions first.
    errors.extend(_delete_stored_styles(layer, set(by_name)))
    for name in style_set.names.values():
        spec = by_name.get(name)
        description = spec.title if spec is not None else name
        classification = style_set.classifications.get(spec.field) if spec is not None else None
        if classification is not None:
            description = f"{description} – {classification.method}, {classification.k}"
        documents = style_set.documents.get(name)
        if documents is not None:  # made when the style was built: no switching styles back and forth
            message = save_style_documents(layer, documents, name, description, name == style_set.default)
        else:
            manager.setCurrentStyle(name)
            message = save_style_to_database(layer, name, description, name == style_set.default)
        if message:
            errors.append(f"{name}: {message}")
    manager.setCurrentStyle(current)
    # QGIS 3.22: after saving a style, the next read of a GeoPackage layer fails unless it is reloaded.
    layer.reload()
    return errors


def _delete_stored_styles(layer: QgsVectorLayer, names: set) -> list:
    """Remove stored styles of these names, straight in the GeoPackage's layer_styles table.

    Done with sqlite rather than listStylesInDatabase(), which crashes QGIS 3.22 now and then on a
    GeoPackage just written (seen as a segmentation fault in our tests).
    """
    path = layer.source().split("|")[0]
    table = layer.source().split("layername=")[-1].split("|")[0] if "layername=" in layer.source() else None
    if Path(path).suffix.lower() != ".gpkg" or not names:
        return []
    try:
        connection = sqlite3.connect(path)
        try:
            exists = connection.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='layer_styles'"
                                        ).fetchone()
            if exists:
                marks = ",".join("?" * len(names))
                query = f"DELETE FROM layer_styles WHERE styleName IN ({marks})"
                arguments = list(names)
                if table:
                    query += " AND f_table_name = ?"
                    arguments.append(table)
                connection.execute(query, arguments)
                connection.commit()
        finally:
            connection.close()
    except sqlite3.Error as error:
        return [str(error)]
    return []


def database_styles(layer: QgsVectorLayer) -> list:
    """(id, name, QML) of the styles stored for this layer in its data source."""
    listed = layer.listStylesInDatabase()
    count, ids, names = listed[0], listed[1], listed[2]
    out = []
    for style_id, name in zip(ids[:count], names[:count]):
        qml = layer.getStyleFromDatabase(style_id)
        if isinstance(qml, tuple):
            qml = qml[0]
        if qml:
            out.append((style_id, name, qml))
    return out


def default_style_qml(layer: QgsVectorLayer) -> str:
    result = QgsProviderRegistry.instance().loadStyle(layer.providerType(), layer.source(), "")
    return result[0] if isinstance(result, tuple) else (result or "")


def load_style_set(layer: QgsVectorLayer) -> list:
    """The GeoPackage's named styles into the layer's style manager, the default one current; returns the names."""
    stored = database_styles(layer)
    if not stored:
        return []
    manager = layer.styleManager()
    initial = manager.currentStyle()
    default_qml = default_style_qml(layer)
    default_name = next((name for _id, name, qml in stored if qml == default_qml), stored[0][1])
    for _id, name, qml in stored:
        style = QgsMapLayerStyle(qml)
        if name == manager.currentStyle():
            style.writeToLayer(layer)
            continue
        if name in manager.styles():
            manager.removeStyle(name)
        manager.addStyle(name, style)
    manager.setCurrentStyle(default_name)
    if initial not in {name for _id, name, _qml in stored} and initial in manager.styles():
        manager.removeStyle(initial)
    return [name for _id, name, _qml in stored]


def qml_file_name(style_name: str) -> str:
    """'Indice composite (ifn)' → 'ifn.qml'; other names are made file-safe."""
    match = _FIELD_IN_NAME.search(style_name)
    stem = match.group(1) if match else re.sub(r"[^\w-]+", "_", style_name).strip("_") or "style"
    return f"{stem}.qml"


def remove_output(path: str) -> None:
    """A scored output and the QML copies written beside it."""
    from .layer_io import remove_dataset

    remove_dataset(path)
    shutil.rmtree(qml_folder_for(path), ignore_errors=True)


def qml_folder_for(path: str) -> Path:
    target = Path(path)
    return target.with_name(f"{target.stem}_styles")


def manager_styles(layer: QgsVectorLayer, names) -> list:
    """(name, QML) of named styles of the layer's style manager."""
    manager = layer.styleManager()
    return [(name, manager.style(name).xmlData()) for name in names if name in manager.styles()]


def write_qml_files(styles, folder: str) -> list:
    """One QML file per (name, QML) in ``folder``, replaced as a whole so that old and new files never mix."""
    target = Path(folder)
    check_output_path(str(target), True)   # the parent folder exists and can be written
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
    temporary.mkdir()
    written = []
    try:
        for name, qml in styles:
            (temporary / qml_file_name(name)).write_text(qml, encoding="utf-8")
            written.append(str(target / qml_file_name(name)))
        if target.exists():
            shutil.rmtree(target)
        os.replace(temporary, target)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return written


def write_qml_copies(layer: QgsVectorLayer, folder: str) -> list:
    """A QML file per style stored in the layer's GeoPackage."""
    return write_qml_files([(name, qml) for _id, name, qml in database_styles(layer)], folder)


def write_qml_beside(path: str, layer_name: str) -> list:
    """QML copies of the styles of a GeoPackage output, in '<name>_styles/' next to it (nothing for other formats)."""
    if Path(path).suffix.lower() != ".gpkg":
        return []
    layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    if not layer.isValid():
        raise DataError(_N(CONTEXT, "Cannot open {file} as a vector layer."), file=path)
    return write_qml_copies(layer, str(qml_folder_for(path)))
