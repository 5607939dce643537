"""A layer that is a whole GeoPackage table, read and copied without QGIS's per-feature work.

Scoring 35,000 units spends most of its time moving features: QGIS reads each one into Python or
converts it on the way to the writer. When the input is a whole table of a GeoPackage (no filter,
selection, edit buffer, joined or virtual field), SQLite reads its attributes in one query and GDAL
copies it to the output in C, in a thread of its own while Python computes the scores (GDAL's
Python bindings release the GIL; QGIS's do not).
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import QgsFields, QgsProviderRegistry, QgsVectorLayer

from ..core.errors import CancelledError


@dataclass(frozen=True)
class GeoPackageTable:
    path: str
    table: str


def readable_without_trace(path: str) -> bool:
    """Whether SQLite can read the file leaving it and its folder untouched: a database in rollback-journal
    mode. One in WAL mode gets -wal and -shm files from a reader, which a read-only reader cannot remove."""
    try:
        with open(path, "rb") as stream:
            header = stream.read(20)
    except OSError:
        return False
    return header[:16] == b"SQLite format 3\x00" and header[18:20] == b"\x01\x01"


def geopackage_table_of(layer) -> Optional[GeoPackageTable]:
    """The GeoPackage table an unfiltered, unedited OGR layer reads (None for any other layer)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid() or layer.providerType() != "ogr" \
            or layer.subsetString() or layer.isEditable():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, table = parts.get("path", ""), parts.get("layerName")
    if Path(path).suffix.lower() != ".gpkg" or not table or not readable_without_trace(path):
        return None
    return GeoPackageTable(path, table)


def whole_geopackage_table(layer) -> Optional[GeoPackageTable]:
    """The table when the layer's features are exactly its rows: every field read from the file (a joined
    or virtual field would be missing from a copy made without QGIS)."""
    table = geopackage_table_of(layer)
    if table is None:
        return None
    fields = layer.fields()
    if any(fields.fieldOrigin(i) != QgsFields.OriginProvider for i in range(fields.count())):
        return None
    return table


class BackgroundCopy:
    """The table copied by GDAL to a new GeoPackage layer in a thread; fids are kept.

    ``wait()`` returns whether the copy is complete. Leaving the ``with`` block always waits for the
    thread (after asking it to stop if the block failed), so the caller may then remove the file.
    """

    def __init__(self, table: GeoPackageTable, path: str, layer_name: str, feedback=None) -> None:
        self.table = table
        self.path = path
        self.layer_name = layer_name
        self.feedback = feedback
        self.error = ""
        self._stop = threading.Event()
        self._done = False
        self._thread = threading.Thread(target=self._copy, name="fragilite-copy", daemon=True)

    def __enter__(self) -> "BackgroundCopy":
        self._thread.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is not None:
            self._stop.set()
        self._thread.join()
        return False

    def _keep_going(self, *_args) -> int:
        cancelled = self._stop.is_set() or (self.feedback is not None and self.feedback.isCanceled())
        return 0 if cancelled else 1

    def _copy(self) -> None:
        from osgeo import gdal

        try:
            options = gdal.VectorTranslateOptions(
                format="GPKG", layers=[self.table.table], layerName=self.layer_name, callback=self._keep_going,
                # -nomd: the source's metadata is not ours to carry; the output gets its own.
                options=["-preserve_fid", "-nomd", "-gt", "unlimited"])
            dataset = gdal.VectorTranslate(self.path, self.table.path, options=options)
            self._done = dataset is not None
            if dataset is None:
                self.error = gdal.GetLastErrorMsg() or "GDAL VectorTranslate failed"
            dataset = None
        except Exception as error:  # noqa: BLE001 - GDAL raises RuntimeError or returns None by mode
            self.error = str(error)

    def wait(self) -> bool:
        self._thread.join()
        if self.feedback is not None and self.feedback.isCanceled():
            raise CancelledError()
        return self._done


def background_copy(table: Optional[GeoPackageTable], path: str, layer_name: str, feedback=None):
    """GDAL's copy of a whole table to a new GeoPackage ``path`` (to pass to ``layer_io.write_features``), or
    nothing when the input is not a whole GeoPackage table or the output not a GeoPackage."""
    if table is None or Path(path).suffix.lower() != ".gpkg":
        return contextlib.nullcontext()
    return BackgroundCopy(table, path, layer_name, feedback)
