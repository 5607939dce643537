"""The EPCI layer an EPCI atlas pages through when no EPCI-level scored layer is given: the
communes dissolved by EPCI code, with the simple mean of their scores and values ("moyenne des
communes", never presented as an EPCI index) and how many communes fall in each typology class."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Optional

import pandas as pd
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import fields as F
from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N
from ..core.pages import COUNT, class_counts, group_means
from . import layer_io
from .compat import make_field

TYPOLOGY_COUNTS = "typ_comm"
LAYER_NAME = "epci_moyennes_communes"
MEAN_PREFIXES = ("v_", "n_", "c_")


def mean_fields(frame: pd.DataFrame, score_fields: list) -> list:
    """Index fields of the commune layer averaged per EPCI: scores, values, normalised scores and
    contributions."""
    names = [f for f in score_fields if f in frame]
    names += [c for c in frame.columns if c.startswith(MEAN_PREFIXES) and c not in names]
    return names


def _union_by_group(layer: QgsVectorLayer, group_field: str, feedback=None) -> dict:
    """The union of the geometries of each group, {group code: geometry}; {} if cancelled.

    The unions run in GDAL (GEOS underneath, as QGIS's unaryUnion) on every core: GDAL's Python calls
    release the GIL, QGIS's do not. At national scale (35,000 communes, 864 EPCI) this is most of an
    EPCI atlas page's time."""
    request = QgsFeatureRequest().setSubsetOfAttributes([group_field], layer.fields())
    parts: dict = {}
    for feature in layer.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            return {}
        key = feature[group_field]
        if key is None or not feature.hasGeometry() or str(key).strip() in ("", "NULL"):
            continue
        parts.setdefault(str(key), []).append(bytes(feature.geometry().asWkb()))
    unions = {}
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        futures = {key: pool.submit(_union_of_wkb, geometries) for key, geometries in parts.items()}
        for key, future in futures.items():
            if feedback is not None and feedback.isCanceled():
                for pending in futures.values():
                    pending.cancel()
                return {}
            union = future.result()
            if union is None:     # not plain polygons, or GEOS refused them: QGIS's own union
                unions[key] = QgsGeometry.unaryUnion([_geometry(wkb) for wkb in parts[key]])
            else:
                unions[key] = _geometry(union)
    return unions


def _geometry(wkb: bytes) -> QgsGeometry:
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


def _union_of_wkb(geometries: list) -> Optional[bytes]:
    """The union of 2D (multi)polygons given as WKB; None for anything else or if GEOS fails."""
    from osgeo import ogr

    parts = ogr.Geometry(ogr.wkbMultiPolygon)
    for wkb in geometries:
        geometry = ogr.CreateGeometryFromWkb(wkb)
        kind = geometry.GetGeometryType() if geometry is not None else None
        if kind == ogr.wkbPolygon:
            pieces = [geometry]
        elif kind == ogr.wkbMultiPolygon:
            pieces = [geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount())]
        else:
            return None
        for piece in pieces:
            if parts.AddGeometry(piece) != 0:
                return None
    union = parts.UnionCascaded()
    return bytes(union.ExportToIsoWkb()) if union is not None else None


def epci_layer_from_communes(communes: QgsVectorLayer, frame: pd.DataFrame, epci_field: str,
                             name_field: Optional[str], score_fields: list, feedback=None) -> QgsVectorLayer:
    """A memory layer: one feature per EPCI code of ``epci_field`` (communes without one are left out)."""
    if epci_field not in frame:
        raise DataError(_N(CONTEXT, "The layer has no field {columns}; its fields are: {available}."),
                        columns=[epci_field], available=list(frame.columns))
    averaged = mean_fields(frame, score_fields)
    means = group_means(frame, epci_field, averaged)
    if means.empty:
        raise DataError(_N(CONTEXT, "No commune of {layer} has an EPCI code in field '{field}': the EPCI pages "
                                    "cannot be built."), layer=communes.name(), field=epci_field)
    names = frame.groupby(frame[epci_field].astype(str))[name_field].first() if name_field in frame else None
    typology = class_counts(frame, epci_field, F.POLICY_2X2_LABEL) if F.POLICY_2X2_LABEL in frame else None
    geometries = _union_by_group(communes, epci_field, feedback)
    fields = QgsFields()
    fields.append(make_field(epci_field, "text"))
    if names is not None:
        fields.append(make_field(name_field, "text"))
    fields.append(make_field(COUNT, "int", comment="nombre de communes"))
    if typology is not None:
        fields.append(make_field(TYPOLOGY_COUNTS, "text", comment="communes par classe de la typologie"))
    for name in averaged:
        fields.append(make_field(name, "double", comment="moyenne des communes"))
    geometry_type = QgsWkbTypes.displayString(QgsWkbTypes.multiType(communes.wkbType()))
    layer = QgsVectorLayer(f"{geometry_type}?crs={communes.crs().authid()}", LAYER_NAME, "memory")
    provider = layer.dataProvider()
    provider.addAttributes(fields.toList())
    layer.updateFields()
    features = []
    for code, row in means.iterrows():
        feature = QgsFeature(layer.fields())
        values = [code] + ([names.get(code)] if names is not None else []) + [int(row[COUNT])]
        values += [typology.get(code)] if typology is not None else []
        values += layer_io.python_column(row[averaged].to_numpy(dtype=float), "double")
        feature.setAttributes(values)
        geometry = geometries.get(code)
        if geometry is not None:
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def save_layer(layer: QgsVectorLayer, path: str, overwrite: bool = False) -> QgsVectorLayer:
    """Write ``layer`` to a new GeoPackage (atomically) and open it."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = LAYER_NAME
    options.fileEncoding = "UTF-8"
    with layer_io.atomic_output(path, overwrite) as temporary:
        result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, temporary, QgsCoordinateTransformContext(), options)
        if result[0] != QgsVectorFileWriter.NoError:
            raise DataError(_N(CONTEXT, "Cannot create {file}: {reason}."), file=path, reason=result[1])
    return layer_io.open_layer(path, LAYER_NAME, layer.name())
