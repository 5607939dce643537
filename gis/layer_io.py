"""Layer ↔ DataFrame, and scored output layers written atomically to a new file.

The user's layer is only read. Results go to a new file, written under a
temporary name next to the target and moved into place at the end, so a
failed or cancelled run never leaves a half-written output.
"""

from __future__ import annotations

import contextlib
import operator
import os
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

import numpy as np
import pandas as pd
from qgis.core import (
    NULL,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFeedback,
    QgsFields,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..core.errors import CONTEXT, CancelledError, DataError, Message, QT_TRANSLATE_NOOP as _N
from ..core import textfile
from .compat import make_field
from .geopackage_table import BackgroundCopy, GeoPackageTable, geopackage_table_of

DRIVERS = {".gpkg": "GPKG", ".shp": "ESRI Shapefile", ".geojson": "GeoJSON", ".fgb": "FlatGeobuf"}


_PLAIN = frozenset((bool, int, float, str))


def _python(value):
    if value.__class__ in _PLAIN:
        return value
    if value is None or value == NULL:
        return None
    try:
        if value.isNull():  # a QVariant NULL under PyQt5
            return None
    except AttributeError:
        pass
    if hasattr(value, "toPyObject"):
        return value.toPyObject()
    return value


def layer_to_frame(source, field_names: Optional[Iterable[str]] = None, feedback=None,
                   table: Optional[GeoPackageTable] = None) -> pd.DataFrame:
    """Attributes of a layer or feature source, without geometry, indexed by feature id.

    NULLs become None; values keep their Python types (codes stay text). ``table``: the GeoPackage
    table the source reads whole, when the caller knows it (a Processing source does not tell).
    """
    fields = source.fields()
    names = list(field_names) if field_names is not None else [f.name() for f in fields]
    unknown = [n for n in names if fields.indexOf(n) < 0]
    if unknown:
        raise DataError(_N(CONTEXT, "The layer has no field {columns}; its fields are: {available}."),
                        columns=unknown, available=[f.name() for f in fields])
    table = table or geopackage_table_of(source)
    frame = _geopackage_frame(table, fields, names) if table is not None else None
    if frame is not None:
        return frame
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(names, fields)
    indexes = [fields.indexOf(n) for n in names]
    pick = (lambda attrs: ()) if not indexes else operator.itemgetter(*indexes) if len(indexes) > 1 \
        else (lambda attrs: (attrs[indexes[0]],))
    ids, rows = [], []
    for count, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and count % 1000 == 0 and feedback.isCanceled():
            raise CancelledError()
        ids.append(feature.id())
        rows.append(pick(feature.attributes()))
    data = {}
    for name, column in zip(names, zip(*rows) if rows else [()] * len(names)):
        if not set(map(type, column)) <= _PLAIN:     # NULLs (QVariant) and other Qt values
            column = [_python(v) for v in column]
        data[name] = np.array(column, dtype=object)
    return pd.DataFrame(data, columns=names, index=pd.Index(ids, name="fid"), dtype=object)


# Field types read straight from a GeoPackage, and the Python types QGIS gives their values.
_SQL_TYPES = {QVariant.Int: (int,), QVariant.LongLong: (int,), QVariant.Double: (float,),
              QVariant.String: (str,)}


def _geopackage_frame(table: GeoPackageTable, fields: QgsFields, names: list) -> Optional[pd.DataFrame]:
    """The same frame read with SQLite from an unfiltered GeoPackage layer (None where that does not apply).

    Reading 35,000 features through QGIS costs a Python call per feature; one SQL query does not.
    Only plain number and text fields of the file itself qualify, and values of an unexpected type
    (possible in a GeoPackage written by other software) send the caller back to QGIS's reading.
    """
    kinds = []
    for name in names:
        index = fields.indexOf(name)
        if fields.fieldOrigin(index) != QgsFields.OriginProvider or fields.at(index).type() not in _SQL_TYPES:
            return None
        kinds.append(_SQL_TYPES[fields.at(index).type()])
    columns = ", ".join(f"CAST({_quoted(n)} AS TEXT)" if kind == (str,) else _quoted(n)
                        for n, kind in zip(names, kinds))
    try:
        connection = sqlite3.connect(f"{Path(table.path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute(f"SELECT rowid{', ' if names else ''}{columns} FROM {_quoted(table.table)}"
                                      ).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    values = list(zip(*rows)) if rows else [()] * (len(names) + 1)
    data = {}
    for name, kind, column in zip(names, kinds, values[1:]):
        if not set(map(type, column)) - {type(None)} <= set(kind):
            return None
        data[name] = np.array(column, dtype=object)
    frame = pd.DataFrame(data, columns=names, index=pd.Index(list(values[0]), name="fid"), dtype=object)
    return frame


def source_name(source) -> str:
    """What the user calls a layer or a Processing feature source."""
    if hasattr(source, "sourceName"):
        return source.sourceName()
    return source.name() if hasattr(source, "name") else "?"


def require_features(source) -> None:
    """Refuse a layer without any feature (an empty file, or a filter that keeps nothing) by its name."""
    request = QgsFeatureRequest().setLimit(1).setNoAttributes().setFlags(QgsFeatureRequest.NoGeometry)
    if next(iter(source.getFeatures(request)), None) is None:
        raise DataError(_N(CONTEXT, "Layer {layer} has no feature (check its filter or selection); choose a layer "
                                    "that holds the units."), layer=source_name(source))


def refuse_infinite(frame: pd.DataFrame, columns: Optional[Iterable[str]] = None) -> None:
    """Scores are finite: an infinite value (typed in by hand, or from another tool) is refused, named by field
    and feature, rather than classed, ranked or averaged as if it were a number."""
    names = list(frame.columns if columns is None else columns)
    if not names:
        return
    values = frame[names].apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float)
    infinite = np.isinf(values)
    if infinite.any():
        row, column = (int(i[0]) for i in np.nonzero(infinite))
        raise DataError(_N(CONTEXT, "Field {field} holds {count} infinite value(s) (e.g. feature {fid}): they are "
                                    "not scores. Correct them (field calculator) or recompute the index."),
                        field=names[column], count=int(infinite[:, column].sum()), fid=frame.index[row])


def refuse_invalid_geometries(source) -> None:
    """Processing's default policy, "stop at an invalid geometry", applied before any work.

    Processing's own check throws a C++ exception from inside Python's loop over the features: on
    QGIS 3.22 that leaves the Python interpreter corrupt and QGIS crashes a little later. So the
    algorithms check here, reading without that check, and name the features at fault. The common
    case (every geometry valid) is settled in C++; a Processing source then reads without checking
    again, since its geometries were just found valid.
    """
    from qgis.core import QgsProcessingFeatureSource

    processing_source = isinstance(source, QgsProcessingFeatureSource)
    if _all_geometries_valid(source, processing_source):
        if processing_source:
            source.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
        return
    if processing_source:
        source.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)
    flags = [QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks] if processing_source else []
    invalid = [feature.id() for feature in source.getFeatures(QgsFeatureRequest().setNoAttributes(), *flags)
               if not feature.geometry().isNull() and not feature.geometry().isGeosValid()]
    if invalid:
        raise DataError(_N(CONTEXT, "Layer {layer}: {count} feature(s) have an invalid geometry (feature ids {fids}). "
                                    "Fix them (Processing algorithm \"Fix geometries\"), or set Processing's "
                                    "\"Invalid features filtering\" option to skip or not check them."),
                        layer=source_name(source), count=len(invalid), fids=invalid)


def _all_geometries_valid(source, processing_source: bool) -> bool:
    """Whether skipping the invalid geometries keeps every feature, counted in C++ (no Python per feature)."""
    from qgis.core import QgsFeatureStore

    everything, valid = QgsFeatureStore(), QgsFeatureStore()
    everything.addFeatures(source.getFeatures(QgsFeatureRequest().setNoAttributes().setFlags(
        QgsFeatureRequest.NoGeometry)))
    if processing_source:
        source.setInvalidGeometryCheck(QgsFeatureRequest.GeometrySkipInvalid)
        valid.addFeatures(source.getFeatures(QgsFeatureRequest().setNoAttributes()))
    else:
        valid.addFeatures(source.getFeatures(QgsFeatureRequest().setNoAttributes().setInvalidGeometryCheck(
            QgsFeatureRequest.GeometrySkipInvalid)))
    return valid.count() == everything.count()


def python_column(values, kind: str) -> list:
    """Values that QGIS writes faithfully: numpy scalars would silently become NULL.

    ``astype(object)`` turns numpy floats and ints into Python ones in C; missing values become None.
    """
    array = np.asarray(values)
    if kind == "double":
        floats = array.astype(float)
        out = floats.astype(object)
        out[~np.isfinite(floats)] = None
        return out.tolist()
    if kind in ("int", "int64"):
        floats = pd.to_numeric(pd.Series(array), errors="coerce").to_numpy(dtype=float)
        missing = np.isnan(floats)
        out = np.where(missing, 0, floats).astype(np.int64).astype(object)
        out[missing] = None
        return out.tolist()
    out = np.array(array, dtype=object)
    out[pd.isna(out)] = None
    if pd.api.types.infer_dtype(out, skipna=True) not in ("string", "empty"):   # codes read as numbers
        return [v if v is None or isinstance(v, str) else str(v) for v in out.tolist()]
    return out.tolist()


@dataclass
class OutputSpec:
    """What to write: the scores (rows indexed by feature id) and their field kinds."""

    scores: pd.DataFrame
    kinds: dict                      # field name -> 'double' | 'int' | 'text'
    comments: dict = field(default_factory=dict)
    layer_name: str = "communes"


def driver_for(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in DRIVERS:
        raise DataError(_N(CONTEXT, "Output {file}: the format '{suffix}' is not supported; use .gpkg (or .shp, "
                                    ".geojson, .fgb)."), file=path, suffix=suffix or "?")
    return DRIVERS[suffix]


def check_output_path(path: str, overwrite: bool) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.exists():
        raise DataError(_N(CONTEXT, "Output folder {file} does not exist."), file=str(folder))
    try:  # a real probe: permissions, read-only mounts and special file systems all show up here
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".fragilite_probe_"):
            pass
    except OSError:
        raise DataError(_N(CONTEXT, "Output folder {file} is not writable; choose another folder."),
                        file=str(folder)) from None
    if target.exists() and not overwrite:
        raise DataError(_N(CONTEXT, "Output {file} already exists; choose another name or allow overwriting."),
                        file=str(target))


def refuse_output_over_inputs(path: str, inputs: dict) -> None:
    """Refuse an output written over an input file ({file: what the user calls it}): the atomic move
    would replace that file (every layer of a GeoPackage) with the result."""
    def resolved(name: str) -> str:
        text = str(name or "").split("|")[0].strip()
        return str(Path(text).resolve()) if text and Path(text).is_file() else ""

    output = resolved(path)
    for name, label in inputs.items():
        if output and resolved(name) == output:
            raise DataError(_N(CONTEXT, "The output {file} is an input of the run ({input}): writing it would "
                                        "replace that file. Choose another output file."), file=output, input=label)


def _output_fields(source_fields: QgsFields, spec: OutputSpec, driver: str) -> tuple[QgsFields, list, list]:
    """Input fields kept (those not replaced by ours) followed by ours."""
    ours = {name.lower() for name in spec.kinds}
    out = QgsFields()
    kept = []
    replaced = []
    for i, fld in enumerate(source_fields):
        if fld.name().lower() in ours or fld.name().lower() == "fid" and driver == "GPKG":
            replaced.append(fld.name())
            continue
        out.append(fld)
        kept.append(i)
    for name, kind in spec.kinds.items():
        out.append(make_field(name, kind, comment=spec.comments.get(name, "")))
    return out, kept, [r for r in replaced if r.lower() != "fid"]


def replaced_fields_message(fields: list) -> Message:
    """What to tell the user when input fields carry the names of the fields an output writes."""
    return Message(_N(CONTEXT, "Input field(s) {fields} have the names of result fields: they are replaced in the "
                               "output (the input layer is not modified)."), fields=fields)


def temporary_sibling(path: str) -> str:
    target = Path(path)
    return str(target.with_name(f".{target.stem}.{uuid.uuid4().hex[:8]}.partial{target.suffix}"))


def sidecars(path: str) -> list:
    """Files that belong with a dataset (shapefile parts, SQLite journals)."""
    target = Path(path)
    if target.suffix.lower() == ".shp":
        return [target.with_suffix(ext) for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qmd", ".qix")]
    return [target, Path(str(target) + "-wal"), Path(str(target) + "-shm"), Path(str(target) + "-journal")]


def remove_dataset(path: str) -> None:
    for part in sidecars(path):
        with contextlib.suppress(FileNotFoundError):
            part.unlink()


def settle_sqlite(path: str) -> None:
    """Checkpoint a GeoPackage so that no -wal file is left behind before it is moved."""
    if Path(path).suffix.lower() != ".gpkg":
        return
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def write_text_atomically(path: str, text: str, overwrite: bool = True) -> None:
    """A UTF-8 text file (report, legend) written under a temporary name and moved into place."""
    check_output_path(path, overwrite)
    textfile.write_text_atomically(path, text)


def move_into_place(temporary: str, path: str) -> None:
    settle_sqlite(temporary)
    target = Path(path)
    if target.suffix.lower() == ".shp":
        for part in sidecars(temporary):
            if part.exists():
                os.replace(part, target.with_suffix(part.suffix))
        return
    for journal in sidecars(path)[1:]:   # a stale journal must not meet the new file; the file itself is
        with contextlib.suppress(FileNotFoundError):   # replaced in one step, so a crash keeps the old one
            journal.unlink()
    os.replace(temporary, path)


def _create_writer(path: str, fields: QgsFields, source, layer_name: str) -> QgsVectorFileWriter:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver_for(path)
    options.layerName = layer_name
    options.fileEncoding = "UTF-8"
    writer = QgsVectorFileWriter.create(path, fields, source.wkbType(), source.sourceCrs(),
                                        QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.NoError:
        raise DataError(_N(CONTEXT, "Cannot create {file}: {reason}."), file=path, reason=writer.errorMessage())
    return writer


def _write_error(path: str, reason: str) -> DataError:
    return DataError(_N(CONTEXT, "Cannot write features to {file}: {reason}."), file=path, reason=reason)


def write_features(source, spec: OutputSpec, path: str, feedback=None, progress: Optional[Callable] = None,
                   batch_size: int = 2000, fast: bool = True, copy: Optional[BackgroundCopy] = None) -> list:
    """Copy the source's features with the scores appended; returns the input fields replaced by ours.

    ``path`` is written directly: callers go through ``atomic_output``. ``copy``: GDAL's copy of the
    source's whole GeoPackage table to ``path``, started earlier; the scores are then set in SQL.
    Otherwise a GeoPackage is written by QGIS in C++ (features copied as they are) and the scores are
    then set in one SQL transaction (``_copy_then_update``); other formats, or a GeoPackage that these
    paths cannot handle, go through the Python writer, which reuses the source features and writes
    them in batches.
    """
    driver = driver_for(path)
    fields, kept, replaced = _output_fields(source.fields(), spec, driver)
    if copy is not None:
        if copy.wait() and _score_copied_table(path, spec, replaced):
            if progress is not None:
                progress(100.0)
            return replaced
        remove_dataset(path)
    if fast and driver == "GPKG":
        if _copy_then_update(source, spec, path, kept, feedback, progress):
            return replaced
        remove_dataset(path)
    writer = _create_writer(path, fields, source, spec.layer_name)
    columns = [python_column(spec.scores[name].to_numpy(), kind) for name, kind in spec.kinds.items()]
    rows = [list(row) for row in zip(*columns)] if columns else [[] for _ in range(len(spec.scores))]
    empty = [None] * len(columns)
    position = {fid: i for i, fid in enumerate(spec.scores.index.tolist())}
    keep_all = len(kept) == source.fields().count()
    total = max(source.featureCount(), 1)
    batch: list = []

    def flush(sink) -> None:
        if batch and not sink.addFeatures(batch, QgsFeatureSink.FastInsert):
            raise _write_error(path, sink.errorMessage())
        batch.clear()

    try:
        for count, feature in enumerate(source.getFeatures()):
            row = position.get(feature.id())
            attrs = feature.attributes()
            values = attrs if keep_all else [attrs[i] for i in kept]
            values.extend(rows[row] if row is not None else empty)
            feature.setFields(fields, False)
            feature.setAttributes(values)
            batch.append(feature)
            if len(batch) >= batch_size:
                if feedback is not None and feedback.isCanceled():
                    raise CancelledError()
                flush(writer)
                if progress is not None:
                    progress(100.0 * count / total)
        flush(writer)
    finally:
        del writer
    return replaced


# Functions of GDAL's R-tree triggers on a GeoPackage table. They only run when a geometry or a fid
# changes, which the score update never does; SQLite still wants them to exist to prepare the UPDATE.
_RTREE_FUNCTIONS = ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")


def _never_called(_geometry):
    raise sqlite3.OperationalError("geometry functions are not available to the score update")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _copy_then_update(source, spec: OutputSpec, path: str, kept: list, feedback, progress) -> bool:
    """A GeoPackage written without a Python loop over the features; False if this path does not apply.

    QGIS copies the features (geometry and the input fields kept, in C++); an input field replaced by
    ours gets an empty placeholder column, dropped afterwards, so the fields come out in the same order
    and types as the Python writer's. A GeoPackage source's fid is not read, so the writer numbers the
    features 1..n in the source's order, as the Python writer does. The score fields are then added and
    set by fid in one SQL transaction. Any surprise (a feature skipped on the way, an unexpected
    schema) gives False and the caller writes the layer the slow way.
    """
    source_fields = source.fields()
    request = QgsFeatureRequest().setSubsetOfAttributes(kept)
    # The order the writer will see the features in: the same iteration, without geometry.
    fid_index = next((i for i, f in enumerate(source_fields) if f.name().lower() == "fid" and i not in kept
                      and f.type() in (QVariant.Int, QVariant.LongLong)), -1)
    ids, fid_values = [], False
    for feature in source.getFeatures(QgsFeatureRequest(request).setFlags(QgsFeatureRequest.NoGeometry)):
        ids.append(feature.id())
        if fid_index >= 0 and not fid_values:
            fid_values = _python(feature.attribute(fid_index)) is not None
    if feedback is not None and feedback.isCanceled():
        raise CancelledError()
    kept_set = set(kept)
    taken = {f.name().lower() for f in source_fields} | {n.lower() for n in spec.kinds}
    fields = QgsFields()
    placeholders = []
    for i, fld in enumerate(source_fields):
        # A GeoPackage source's fid, not read, is left to the writer's own fid (1..n), as the Python writer does.
        if i in kept_set or i == fid_index and not fid_values:
            fields.append(fld)
            continue
        name = f"fragilite_dropped_{i}"
        while name.lower() in taken:
            name += "_"
        taken.add(name.lower())
        placeholders.append(name)
        fields.append(make_field(name, "text"))
    if isinstance(feedback, QgsFeedback):
        request.setFeedback(feedback)   # a cancel stops the copy between two features
    writer = _create_writer(path, fields, source, spec.layer_name)
    try:
        written = writer.addFeatures(source.getFeatures(request), QgsFeatureSink.FastInsert)
        reason = writer.errorMessage()
    finally:
        del writer
    if feedback is not None and feedback.isCanceled():
        raise CancelledError()
    if not written:
        raise _write_error(path, reason)
    if progress is not None:
        progress(70.0)
    scores = spec.scores.reindex(ids)   # features without scores get NULL, as in the Python writer
    scores.index = pd.RangeIndex(1, len(ids) + 1)
    return _add_score_fields(path, spec) and _update_scores(path, spec, scores, placeholders, len(ids))


def _score_copied_table(path: str, spec: OutputSpec, replaced: list) -> bool:
    """The scores set by fid in a whole-table copy: input fields replaced by ours dropped first."""
    return (_drop_columns(path, spec.layer_name, replaced) and _add_score_fields(path, spec)
            and _update_scores(path, spec, spec.scores, [], None))


def _drop_columns(path: str, layer_name: str, names: list) -> bool:
    if not names:
        return True
    table = _quoted(layer_name)
    try:
        with contextlib.closing(sqlite3.connect(path)) as connection, connection:
            for name in names:
                connection.execute(f"ALTER TABLE {table} DROP COLUMN {_quoted(name)}")
            described = connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_data_columns'").fetchone()
            if described:   # their aliases and comments, copied from the input, go with them
                connection.executemany("DELETE FROM gpkg_data_columns WHERE table_name = ? AND column_name = ?",
                                       [(layer_name, name) for name in names])
    except sqlite3.Error:
        return False
    return True


_OGR_TYPES = {"double": "OFTReal", "int": "OFTInteger", "int64": "OFTInteger64", "text": "OFTString"}


def _add_score_fields(path: str, spec: OutputSpec) -> bool:
    """The score fields added after the copy (GDAL's ADD COLUMN), as QGIS's writer would have created them.

    Copying features into a layer that already has 80 empty fields costs a third more than the copy.
    """
    from osgeo import ogr

    dataset = ogr.Open(path, 1)
    if dataset is None:
        return False
    try:
        layer = dataset.GetLayerByName(spec.layer_name)
        if layer is None:
            return False
        dataset.StartTransaction()   # one commit for all the fields, not one per field
        for name, kind in spec.kinds.items():
            definition = ogr.FieldDefn(name, getattr(ogr, _OGR_TYPES[kind]))
            comment = spec.comments.get(name, "")
            if comment and hasattr(definition, "SetComment"):   # GDAL >= 3.7 keeps field comments
                definition.SetComment(comment)
            if layer.CreateField(definition) != 0:
                dataset.RollbackTransaction()
                return False
        if dataset.CommitTransaction() != 0:
            return False
    finally:
        dataset = None
    return True


def _assignments(scores: pd.DataFrame, kinds: dict) -> tuple[list, list]:
    """SET clauses of the score update and the columns they bind.

    Columns left empty need no clause (the copy wrote NULL); a whole column of one integer or text is
    written as a literal. The bound values (Python types, see ``python_column``) are what remains.
    """
    clauses, bound = [], []
    for name, kind in kinds.items():
        values = scores[name]
        if kind == "double":
            # SQLite stores a bound NaN as NULL: plain floats, converted in C, as python_column's None.
            floats = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float, copy=True)
            finite = np.isfinite(floats)
            if not finite.any():
                continue
            floats[~finite] = np.nan
            clauses.append(f"{_quoted(name)} = ?")
            bound.append(floats.tolist())
            continue
        if values.isna().all():
            continue
        column = python_column(values.to_numpy(), kind)
        if kind != "double" and values.nunique(dropna=False) == 1:
            value = column[0]
            literal = str(int(value)) if kind in ("int", "int64") else "'" + value.replace("'", "''") + "'"
            clauses.append(f"{_quoted(name)} = {literal}")
            continue
        clauses.append(f"{_quoted(name)} = ?")
        bound.append(column)
    return clauses, bound


def _update_scores(path: str, spec: OutputSpec, scores: pd.DataFrame, placeholders: list,
                   expected_rows: Optional[int]) -> bool:
    """Set the score columns by fid (``scores`` indexed by the fids written; other rows get NULL); drop
    the placeholders. False, with nothing changed, if a fid is missing or the row count is not expected."""
    table = _quoted(spec.layer_name)
    connection = sqlite3.connect(path)
    try:
        for name in _RTREE_FUNCTIONS:
            connection.create_function(name, 1, _never_called)
        # A fresh temporary file removed on any failure: no rollback journal needed.
        connection.execute("PRAGMA journal_mode=OFF")
        connection.execute("PRAGMA synchronous=OFF")
        rowids = pd.Index([row[0] for row in connection.execute(f"SELECT rowid FROM {table} ORDER BY rowid")])
        if expected_rows is not None and len(rowids) != expected_rows or not scores.index.isin(rowids).all():
            return False
        clauses, bound = _assignments(scores.reindex(rowids), spec.kinds)
        connection.execute("BEGIN")
        if bound:
            connection.executemany(f"UPDATE {table} SET {', '.join(clauses)} WHERE rowid = ?",
                                   zip(*bound, rowids.tolist()))
        elif clauses:
            connection.execute(f"UPDATE {table} SET {', '.join(clauses)}")
        for name in placeholders:
            connection.execute(f"ALTER TABLE {table} DROP COLUMN {_quoted(name)}")
        connection.execute("COMMIT")
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return True


class atomic_output:
    """Context manager: yields a temporary path next to ``path``; moves it into place on success.

    On any error (or cancel) the temporary dataset is removed and ``path`` is left as it was. With a
    ``feedback``, a cancel asked at any moment before the move also stops it (CancelledError).
    """

    def __init__(self, path: str, overwrite: bool = True, feedback=None) -> None:
        self.path = str(path)
        self.overwrite = overwrite
        self.feedback = feedback
        self.temporary = ""

    def __enter__(self) -> str:
        check_output_path(self.path, self.overwrite)
        self.temporary = temporary_sibling(self.path)
        return self.temporary

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            try:
                if self.feedback is not None and self.feedback.isCanceled():
                    raise CancelledError()
                move_into_place(self.temporary, self.path)
            except BaseException:
                remove_dataset(self.temporary)
                raise
        else:
            remove_dataset(self.temporary)
        return False


def open_layer(path: str, layer_name: Optional[str] = None, display_name: Optional[str] = None) -> QgsVectorLayer:
    uri = f"{path}|layername={layer_name}" if layer_name else path
    layer = QgsVectorLayer(uri, display_name or layer_name or Path(path).stem, "ogr")
    if not layer.isValid():
        raise DataError(_N(CONTEXT, "Cannot open {file} as a vector layer."), file=uri)
    return layer


def write_table(path: str, table_name: str, rows: list, columns: tuple = ("key", "value")) -> None:
    """A non-spatial table of text columns in a GeoPackage (created or replaced)."""
    from osgeo import ogr

    dataset = ogr.Open(path, update=1)
    if dataset is None:
        raise DataError(_N(CONTEXT, "Cannot open {file} to write table '{table}'."), file=path, table=table_name)
    try:
        if dataset.GetLayerByName(table_name) is not None:
            dataset.DeleteLayer(table_name)
        layer = dataset.CreateLayer(table_name, geom_type=ogr.wkbNone)
        for column in columns:
            layer.CreateField(ogr.FieldDefn(column, ogr.OFTString))
        definition = layer.GetLayerDefn()
        dataset.StartTransaction()
        for row in rows:
            feature = ogr.Feature(definition)
            for column, value in zip(columns, row):
                feature.SetField(column, "" if value is None else str(value))
            layer.CreateFeature(feature)
        dataset.CommitTransaction()
    finally:
        dataset = None


def read_table(path: str, table_name: str) -> list:
    from osgeo import ogr

    dataset = ogr.Open(path)
    if dataset is None:
        return []
    layer = dataset.GetLayerByName(table_name)
    if layer is None:
        return []
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    rows = [tuple(feature.GetField(n) for n in names) for feature in layer]
    dataset = None
    return rows


def temporary_output_path(suffix: str = ".gpkg") -> str:
    folder = tempfile.mkdtemp(prefix="fragilite_")
    return str(Path(folder) / f"fragilite_numerique{suffix}")
