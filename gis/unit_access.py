"""Access times of EPCI or department units, computed on their communes then aggregated.

Equipment is located by commune (BPE counts per commune code, points inside a commune), and a
unit's access time is what its inhabitants experience: the times are computed on the communes'
own geometry and handed to the index as a commune-level table, which the pipeline aggregates to
the units like any commune table (population-weighted mean of the binding's population, flagged
in the metadata; a plain mean, flagged too, when the binding has no population).

The communes' geometry comes from a commune layer the user gives (the algorithm's commune layer
with the unit code), or from the layer ``ifn_communes`` that "Aggregate by EPCI or department"
keeps in its GeoPackage next to the units.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pandas as pd
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.access_binding import bind_access_values
from ..core.binding import Binding
from ..core.errors import CONTEXT, DataError, Message, QT_TRANSLATE_NOOP as _N
from .access_run import AccessOptions, UnitAccess, compute_binding_access
from .compat import make_field
from .table_io import dataset_path

COMMUNES_LAYER = "ifn_communes"
COMMUNE_CODE, COMMUNE_UNIT = "code", "unit"


def write_communes(path: str, source, rows: list) -> None:
    """The communes' polygons (``rows``: commune code, unit code, geometry) as ``ifn_communes`` of ``path``."""
    fields = QgsFields()
    fields.append(make_field(COMMUNE_CODE, "text"))
    fields.append(make_field(COMMUNE_UNIT, "text"))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = COMMUNES_LAYER
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    writer = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.multiType(source.wkbType()), source.sourceCrs(),
                                        QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.NoError:
        raise DataError(_N(CONTEXT, "Cannot create {file}: {reason}."), file=path, reason=writer.errorMessage())
    features = []
    for code, unit, geometry in rows:
        feature = QgsFeature(fields)
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes([str(code), str(unit)])
        features.append(feature)
    try:
        if not writer.addFeatures(features, QgsFeatureSink.FastInsert):
            raise DataError(_N(CONTEXT, "Cannot write features to {file}: {reason}."), file=path,
                            reason=writer.errorMessage())
    finally:
        del writer


def stored_communes(path: str) -> Optional[QgsVectorLayer]:
    """The ``ifn_communes`` layer an aggregation kept in its GeoPackage (None if there is none)."""
    if not path or Path(path).suffix.lower() != ".gpkg" or not Path(path).exists():
        return None
    layer = QgsVectorLayer(f"{path}|layername={COMMUNES_LAYER}", COMMUNES_LAYER, "ogr")
    return layer if layer.isValid() and layer.featureCount() > 0 else None


def has_polygons(source) -> bool:
    return source is not None and QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PolygonGeometry


def _commune_times(access: UnitAccess) -> tuple[pd.DataFrame, pd.Index]:
    """The communes' times and codes, one row per commune code."""
    if access.codes is None:
        raise DataError(_N(CONTEXT, "The commune layer used for the access times has no INSEE code field."))
    codes = access.codes.reindex(access.fids)
    named = codes[codes.notna()]
    if named.duplicated().any():
        raise DataError(_N(CONTEXT, "Commune code(s) {codes} appear more than once in the commune layer used for "
                                    "the access times; each commune must appear once (dissolve multi-part "
                                    "communes first)."), codes=sorted(set(named[named.duplicated()]))[:10])
    keep = codes.notna().to_numpy()
    return access.times_by_fid()[keep], pd.Index(codes[keep].astype(str).to_numpy())


def unit_access_from_communes(communes, code_field: str, binding: Binding, leaves: tuple,
                              options: Optional[AccessOptions], members: pd.Series, level: str,
                              feedback=None) -> tuple:
    """For an index run on EPCI or departments: the binding reading the communes' access times.

    Returns the binding, the in-memory commune-level table (``compute_index`` aggregates it to the
    units through ``members``), the access run and the message for the run report (None when the
    binding computes no access time).
    """
    access = compute_binding_access(communes, code_field, binding, leaves, options, feedback)
    if access is None:
        return binding, None, None, None
    times, codes = _commune_times(access)
    bound, extra = bind_access_values(binding, times, access.result.report, access.columns, codes, "commune")
    used = int(codes.isin(pd.Index(members.index.astype(str))).sum())
    if binding.population is not None:
        template = _N(CONTEXT, "Access times ({variables}) are computed on the {count} communes of the units and "
                               "aggregated to the '{level}' units with a mean weighted by the population ({population}), "
                               "flagged in the metadata.")
    else:
        template = _N(CONTEXT, "Access times ({variables}) are computed on the {count} communes of the units and "
                               "aggregated to the '{level}' units with a plain mean (the binding has no population), "
                               "flagged in the metadata.")
    message = Message(template, variables=sorted(access.columns), count=used, level=level,
                      population=binding.population.describe() if binding.population is not None else "")
    return bound, extra, access, message


def commune_layer_for(request_communes, source) -> Optional[object]:
    """The communes' polygons for unit access times: the given layer, else those kept beside the units."""
    if has_polygons(request_communes):
        return request_communes
    return stored_communes(dataset_path(source))
