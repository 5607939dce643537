"""Geometry for access times: unit origins, destination points and road lines, in a projected CRS.

Layers are only read. Whatever a layer's CRS, coordinates are transformed into the working CRS
(Lambert-93 by default) so that distances and areas are in metres (METHOD.md §2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..core.access import Origins, nearest
from ..core.sources import normalise_codes
from ..core.errors import CONTEXT, CancelledError, DataError, QT_TRANSLATE_NOOP as _N
from . import layer_io

FAR_KM = 50.0     # a point source none of whose points is this close to a unit has wrong coordinates


def layer_name(source) -> str:
    if hasattr(source, "sourceName"):
        return source.sourceName()
    return getattr(source, "name", lambda: "?")()


def working_crs(authid: str) -> QgsCoordinateReferenceSystem:
    crs = QgsCoordinateReferenceSystem(authid)
    if not crs.isValid() or crs.isGeographic():
        raise DataError(_N(CONTEXT, "The CRS '{crs}' cannot measure distances: choose a projected CRS in metres "
                                    "(EPSG:2154 Lambert-93 for metropolitan France)."), crs=authid)
    return crs


def source_crs(source) -> QgsCoordinateReferenceSystem:
    crs = source.sourceCrs()
    if not crs.isValid():
        raise DataError(_N(CONTEXT, "Layer '{layer}' has no valid CRS; set it (Layer properties → Source) so "
                                    "that distances can be measured."), layer=layer_name(source))
    return crs


def transformer(crs_from: QgsCoordinateReferenceSystem, crs_to: QgsCoordinateReferenceSystem,
                ) -> QgsCoordinateTransform:
    return QgsCoordinateTransform(crs_from, crs_to, QgsProject.instance())


def transform_xy(x: np.ndarray, y: np.ndarray, transform: QgsCoordinateTransform) -> np.ndarray:
    """Points transformed one by one (NaN in, or outside the CRS's domain, gives NaN)."""
    out = np.full((len(x), 2), np.nan)
    for i, (xi, yi) in enumerate(zip(np.asarray(x, float).tolist(), np.asarray(y, float).tolist())):
        if xi != xi or yi != yi:
            continue
        try:
            point = transform.transform(QgsPointXY(xi, yi))
        except QgsCsException:
            continue
        out[i] = (point.x(), point.y())
    return out


def _check_cancel(feedback) -> None:
    if feedback is not None and feedback.isCanceled():
        raise CancelledError()


@dataclass
class UnitGeometry:
    """Units in the working CRS: feature ids, origins (with areas) and polygons to locate points in."""

    fids: list
    origins: Origins
    polygons: list = field(default_factory=list)      # QgsGeometry or None, per unit
    index: Optional[QgsSpatialIndex] = None
    chef_lieu_used: int = 0

    def locate(self, xy: np.ndarray) -> np.ndarray:
        """Position of the unit containing each point (-1 if none)."""
        out = np.full(len(xy), -1, dtype=np.int64)
        if self.index is None:
            return out
        for i, (x, y) in enumerate(np.asarray(xy, float).tolist()):
            if x != x or y != y:
                continue
            point = QgsPointXY(x, y)
            for candidate in self.index.intersects(QgsRectangle(x, y, x, y)):
                if self.polygons[candidate].contains(point):
                    out[i] = candidate
                    break
        return out


def _origin_of(geometry: QgsGeometry) -> tuple[float, float, float, Optional[QgsGeometry]]:
    """Point on surface and area of a polygon; the point itself (area 0) for points and lines."""
    kind = geometry.type()
    if kind == QgsWkbTypes.PolygonGeometry:
        point = geometry.pointOnSurface().asPoint()
        return point.x(), point.y(), geometry.area(), geometry
    if kind == QgsWkbTypes.LineGeometry:
        point = geometry.interpolate(geometry.length() / 2.0).asPoint()
    else:
        point = geometry.centroid().asPoint()
    return point.x(), point.y(), 0.0, None


def unit_geometry(source, crs: QgsCoordinateReferenceSystem, codes: Optional[pd.Series] = None,
                  chef_lieu=None, chef_lieu_code_field: Optional[str] = None, level: str = "commune",
                  feedback=None) -> UnitGeometry:
    """One origin per unit: point on surface (or chef-lieu point), area, polygon; null geometry → NaN.

    ``codes``: the units' normalised codes indexed by feature id (they name units in reports and
    match chefs-lieux); feature ids otherwise.
    """
    transform = transformer(source_crs(source), crs)
    fids, xy, areas, polygons = [], [], [], []
    request = QgsFeatureRequest().setNoAttributes()
    for feature in source.getFeatures(request):
        _check_cancel(feedback)
        fids.append(feature.id())
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            xy.append((np.nan, np.nan))
            areas.append(np.nan)
            polygons.append(None)
            continue
        geometry.transform(transform)
        x, y, area, polygon = _origin_of(geometry)
        xy.append((x, y))
        areas.append(area)
        polygons.append(polygon)
    index = QgsSpatialIndex()
    for position, polygon in enumerate(polygons):
        if polygon is not None:
            index.addFeature(position, polygon.boundingBox())
    labels = codes.reindex(fids).astype(object).where(codes.reindex(fids).notna(), "?").to_numpy() \
        if codes is not None else np.array([str(f) for f in fids], dtype=object)
    units = UnitGeometry(fids=fids, origins=Origins(np.array(xy, float).reshape(-1, 2), np.array(areas, float),
                                                    labels),
                         polygons=polygons, index=index if any(p is not None for p in polygons) else None)
    if chef_lieu is not None:
        _use_chefs_lieux(units, codes, chef_lieu, chef_lieu_code_field, level, crs, feedback)
    return units


def _use_chefs_lieux(units: UnitGeometry, codes: Optional[pd.Series], chef_lieu, chef_lieu_code_field,
                     level: str, crs, feedback) -> None:
    """Replace the point on surface by the chef-lieu point of the same code, where there is one."""
    if codes is None or not chef_lieu_code_field:
        raise DataError(_N(CONTEXT, "Chef-lieu points are matched to units by their codes: choose the unit code "
                                    "field and the chef-lieu code field."))
    points = read_points(chef_lieu, crs, [chef_lieu_code_field], feedback)
    point_codes, _report = normalise_codes(points.attributes[chef_lieu_code_field].reset_index(drop=True), level)
    by_code = pd.DataFrame(points.xy, index=point_codes.astype(object).to_numpy()).dropna()
    by_code = by_code[by_code.index.notna() & ~by_code.index.duplicated()]
    found = by_code.reindex(pd.Index(units.origins.labels, dtype=object))
    has = found.notna().all(axis=1).to_numpy()
    units.origins.xy[has] = found.to_numpy()[has]
    units.chef_lieu_used = int(has.sum())


@dataclass
class PointRows:
    """Points of a layer in the working CRS with their attributes; rows without geometry are NaN."""

    xy: np.ndarray
    attributes: pd.DataFrame       # indexed by feature id
    null_ids: list


def read_points(source, crs: QgsCoordinateReferenceSystem, fields: list, feedback=None) -> PointRows:
    if source.wkbType() != QgsWkbTypes.NoGeometry and QgsWkbTypes.geometryType(source.wkbType()) \
            != QgsWkbTypes.PointGeometry:
        raise DataError(_N(CONTEXT, "Layer '{layer}' is not a point layer; destinations and chefs-lieux are "
                                    "points."), layer=layer_name(source))
    attributes = layer_io.layer_to_frame(source, [f for f in dict.fromkeys(fields) if f], feedback)
    transform = transformer(source_crs(source), crs)
    xy = np.full((len(attributes), 2), np.nan)
    null_ids = []
    position = {fid: i for i, fid in enumerate(attributes.index.tolist())}
    request = QgsFeatureRequest().setNoAttributes()
    for feature in source.getFeatures(request):
        _check_cancel(feedback)
        geometry = QgsGeometry(feature.geometry())
        row = position.get(feature.id())
        if row is None:
            continue
        if geometry.isNull() or geometry.isEmpty():
            null_ids.append(feature.id())
            continue
        try:
            geometry.transform(transform)
        except QgsCsException:
            null_ids.append(feature.id())
            continue
        point = geometry.centroid().asPoint()
        xy[row] = (point.x(), point.y())
    return PointRows(xy=xy, attributes=attributes, null_ids=null_ids)


def check_near_units(xy: np.ndarray, units: UnitGeometry, what: str, crs_text: str) -> None:
    """A source whose points are all far from every unit has its coordinates wrong (CRS, lat/lon swap)."""
    located = units.origins.located
    points = xy[np.isfinite(xy).all(axis=1)]
    if not len(points) or not located.any():
        return
    distance, _index = nearest(points, units.origins.xy[located])
    if distance.min() > FAR_KM * 1000.0:
        raise DataError(_N(CONTEXT, "{source}: none of its {count} points lies within {km} km of a unit (nearest: "
                                    "{nearest} km); check its coordinates' CRS ({crs}) and that latitude and "
                                    "longitude are not swapped."), source=what, count=len(points), km=FAR_KM,
                        nearest=round(float(distance.min()) / 1000.0, 1), crs=crs_text)


def _as_float(value) -> float:
    """A speed cell as a number; NULL or text that is not a number gives NaN (the default speed)."""
    if value is None or value == NULL:
        return np.nan
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        return np.nan


def read_network(source, crs: QgsCoordinateReferenceSystem, speed_field: Optional[str] = None, feedback=None,
                 ) -> tuple[list, Optional[np.ndarray]]:
    """Vertices of every line part in the working CRS, and the speed (km/h) of each part."""
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.LineGeometry:
        raise DataError(_N(CONTEXT, "Layer '{layer}' is not a line layer; the road network is made of lines."),
                        layer=layer_name(source))
    if speed_field and source.fields().indexOf(speed_field) < 0:
        raise DataError(_N(CONTEXT, "The road network has no field {columns}; its fields are: {available}."),
                        columns=[speed_field], available=[f.name() for f in source.fields()])
    transform = transformer(source_crs(source), crs)
    request = QgsFeatureRequest()
    if speed_field:
        request.setSubsetOfAttributes([speed_field], source.fields())
    else:
        request.setNoAttributes()
    lines, speeds = [], []
    for feature in source.getFeatures(request):
        _check_cancel(feedback)
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometry.transform(transform)
        speed = _as_float(feature[speed_field]) if speed_field else np.nan
        parts = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        for part in parts:
            lines.append(np.array([(p.x(), p.y()) for p in part], dtype=float))
            speeds.append(speed)
    return lines, (np.array(speeds, dtype=float) if speed_field else None)
