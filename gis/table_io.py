"""Tables seen from QGIS: project layers, any dataset OGR opens, and the commune → unit tables.

``qgis_reader`` is the reader the scoring and the join steps give ``core.sources``: a table spec
whose path is ``project:<layer name or id>`` reads that layer of the current project; the files
``core.readers`` knows (CSV, XLSX, ODS, DBF, GeoPackage) go there; anything else OGR opens
(GeoJSON, FlatGeobuf, MapInfo…) goes through a QGIS layer. Every cell comes back as text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd
from qgis.core import QgsProject, QgsVectorLayer

from ..core.binding import PROJECT_PREFIX, TableSpec
from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N
from ..core.readers import SUPPORTED, ReadInfo
from ..core.sources import Reader, default_reader
from ..core.tables import LINE_INDEX, cell_text
from . import layer_io

MEMBERS_TABLE = "ifn_members"
MEMBER_COLUMNS = ("commune", "unit")


def layer_text_frame(source, feedback=None, name: str = "") -> pd.DataFrame:
    """Every attribute of a layer or feature source as text, indexed by row number (1…n)."""
    frame = layer_io.layer_to_frame(source, None, feedback)
    text = pd.DataFrame({column: [cell_text(v) for v in frame[column].tolist()] for column in frame.columns},
                        dtype=object)
    text.index = pd.Index(np.arange(1, len(text) + 1), name=LINE_INDEX)
    label = name or (source.name() if hasattr(source, "name") else "layer")
    text.attrs["read"] = ReadInfo(path=label, format="layer").to_dict()
    if text.empty:
        raise DataError(_N(CONTEXT, "{file} has a header (line {line}) but no rows."), file=label, line=1)
    return text


def project_layer(name_or_id: str, project: Optional[QgsProject] = None) -> QgsVectorLayer:
    project = project or QgsProject.instance()
    layer = project.mapLayer(name_or_id)
    if layer is None:
        matches = [lyr for lyr in project.mapLayersByName(name_or_id) if isinstance(lyr, QgsVectorLayer)]
        layer = matches[0] if matches else None
    if not isinstance(layer, QgsVectorLayer):
        names = sorted(lyr.name() for lyr in project.mapLayers().values() if isinstance(lyr, QgsVectorLayer))
        raise DataError(_N(CONTEXT, "No layer or table named '{sheet}' in the project; its layers are: {available}."),
                        sheet=name_or_id, available=names)
    return layer


def ogr_frame(path: Path, layer_name: Optional[str] = None) -> pd.DataFrame:
    """A dataset the core readers do not know, opened by QGIS (OGR)."""
    uri = f"{path}|layername={layer_name}" if layer_name else str(path)
    layer = QgsVectorLayer(uri, path.stem, "ogr")
    if not layer.isValid():
        raise DataError(_N(CONTEXT, "{file} cannot be read as a spreadsheet or a table."), file=uri)
    frame = layer_text_frame(layer, name=str(path))
    frame.attrs["read"] = ReadInfo(path=str(path), format=path.suffix.lower().lstrip("."),
                                   sheet=layer_name or "").to_dict()
    return frame


def qgis_reader(project: Optional[QgsProject] = None) -> Reader:
    """A reader for ``core.sources``: project layers, the core's files, then anything OGR opens."""

    def read(path: Path, spec: TableSpec) -> pd.DataFrame:
        if spec.path.startswith(PROJECT_PREFIX):
            name = spec.path[len(PROJECT_PREFIX):] or spec.layer or ""
            return layer_text_frame(project_layer(name, project), name=name)
        if Path(path).suffix.lower() in SUPPORTED:
            return default_reader(Path(path), spec)
        if not Path(path).exists():
            raise DataError(_N(CONTEXT, "Table not found: {file}."), file=str(path))
        return ogr_frame(Path(path), spec.layer or spec.sheet)

    return read


def dataset_path(layer) -> str:
    """The file behind a layer (without ``|layername=…``), or ''."""
    source = layer.source() if hasattr(layer, "source") else ""
    return source.split("|")[0] if source else ""


def members_from_gpkg(path: str) -> Optional[pd.Series]:
    """The commune → unit table an aggregation wrote into its GeoPackage (None if absent)."""
    if not path or Path(path).suffix.lower() != ".gpkg" or not Path(path).exists():
        return None
    rows = layer_io.read_table(path, MEMBERS_TABLE)
    if not rows:
        return None
    return pd.Series([r[1] for r in rows], index=[r[0] for r in rows], dtype=object)


def members_from_source(source, code_field: str, unit_field: str) -> pd.Series:
    """Commune → unit from a commune layer or table (its code and unit code fields)."""
    frame = layer_io.layer_to_frame(source, [code_field, unit_field])
    text = frame.apply(lambda column: column.map(cell_text))
    keep = (text[code_field] != "") & (text[unit_field] != "")
    return pd.Series(text.loc[keep, unit_field].to_numpy(), index=text.loc[keep, code_field].to_numpy(), dtype=object)


def write_members(path: str, members: pd.Series) -> None:
    layer_io.write_table(path, MEMBERS_TABLE, list(zip(members.index.astype(str), members.astype(str))),
                         MEMBER_COLUMNS)
