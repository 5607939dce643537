"""Access times on QGIS layers: equipment sources located on the units, then core.access_run.

``compute_binding_access`` computes the access variables of a binding for an index run (and the
Processing algorithm's binding mode); ``compute_layer_access`` the types and ranges the user lists,
from a point layer and/or a count table.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd
from qgis.core import QgsCoordinateReferenceSystem

from ..core.access import AccessParameters
from ..core.access_binding import access_plan, bind_access_values, source_table_reports, used_sources
from ..core.access_network import RoadNetwork
from ..core.access_run import AccessResult, compute_access, empty_equipment, equipment_frame
from ..core.access_sources import (SourceReport, bad_lines, count_destinations, filter_rows, locate_codes,
                                   row_types, table_coordinates)
from ..core.access_spec import ANY_TYPE, CSV_SUFFIXES, EVERY_DESTINATION, EquipmentSpec, Target, TypeSet
from ..core.binding import Binding
from ..core.codes import normalise_commune_codes
from ..core.errors import CONTEXT, DataError, Feedback, QT_TRANSLATE_NOOP as _N
from ..core.sources import default_reader, load_passage, normalise_codes
from ..core.tables import read_csv_text
from . import layer_io
from .access_io import (UnitGeometry, check_near_units, read_network, read_points, transform_xy, transformer,
                        unit_geometry, working_crs)


@dataclass
class AccessOptions:
    """What a run may change from the binding's access parameters (the dock and algorithms fill it)."""

    parameters: Optional[AccessParameters] = None      # None: the binding's
    crs: Optional[str] = None                          # projected CRS of the distances; None: the binding's
    network: object = None                             # QgsFeatureSource of road lines (network mode)
    network_speed_field: Optional[str] = None
    chef_lieu: object = None                           # QgsFeatureSource of chef-lieu points
    chef_lieu_code_field: Optional[str] = None

    def describe(self, parameters: AccessParameters, crs: str) -> dict:
        out = parameters.describe()
        out.update(crs=crs, network_speed_field=self.network_speed_field,
                   chef_lieu=self.chef_lieu is not None)
        return out


@dataclass
class UnitAccess:
    """Access times of the units of a layer, aligned on its feature ids."""

    fids: list
    codes: Optional[pd.Series]          # normalised unit codes by feature id
    result: AccessResult
    columns: dict = field(default_factory=dict)      # binding leaf -> column of result.times
    units: Optional[UnitGeometry] = None

    def times_by_fid(self) -> pd.DataFrame:
        return self.result.times.set_axis(pd.Index(self.fids, name="fid"), axis=0)


def unit_codes(source, code_field: Optional[str], feedback=None) -> tuple[Optional[pd.Series], str]:
    """Units' codes (commune codes when every code is one, else plain text) by feature id, and the level."""
    if not code_field:
        return None, "commune"
    raw = layer_io.layer_to_frame(source, [code_field], feedback)[code_field]
    codes, report = normalise_commune_codes(raw)
    if report.n_invalid == 0:
        return codes, "commune"
    return normalise_codes(raw, "other")[0].where(raw.notna()), "other"


def _require_file(path: Path, source_id: str) -> None:
    if not path.exists():
        raise DataError(_N(CONTEXT, "Equipment source '{source}': file not found: {file}."), source=source_id,
                        file=str(path))


def _read_frame(path: Path, spec: EquipmentSpec, feedback) -> pd.DataFrame:
    """A count table's rows as text: CSV, or the attributes of a vector file (GeoPackage table…)."""
    if path.suffix.lower() in CSV_SUFFIXES:
        return read_csv_text(path)
    frame = layer_io.layer_to_frame(layer_io.open_layer(str(path), spec.layer), None, feedback)
    return frame.astype(object).where(frame.notna(), "").astype(str).reset_index(drop=True)


def counts_equipment(frame: pd.DataFrame, spec: EquipmentSpec, file: str, units: UnitGeometry,
                     codes: Optional[pd.Series], mapping: Optional[pd.Series] = None) -> tuple:
    """Destinations of a count table: the units with at least one equipment of a type."""
    report = SourceReport(spec.id, file, spec.kind, year=spec.year, source=spec.source, licence=spec.licence)
    if codes is None:
        raise DataError(_N(CONTEXT, "Equipment source '{source}' ({file}) is a count table per unit code: choose "
                                    "the unit code field of the unit layer."), source=spec.id, file=file)
    frame = filter_rows(frame, spec, file, report)
    pairs = count_destinations(frame, spec, file)
    index = pd.Index(codes.reindex(units.fids).astype(object).to_numpy())
    twice = index[index.duplicated() & index.notna()]
    if len(twice):
        raise DataError(_N(CONTEXT, "Equipment source '{source}' is located by unit code, but code(s) {codes} "
                                    "appear more than once in the unit layer; choose the field holding each unit's "
                                    "own code."), source=spec.id, codes=sorted(set(map(str, twice))))
    position, unmatched, _code_report = locate_codes(pairs["code"], spec.level, index, mapping)
    report.n_unmatched, report.unmatched_codes = len(unmatched), unmatched[:20]
    ok = position >= 0
    if len(pairs) and not ok.any():
        raise DataError(_N(CONTEXT, "{file}: none of its codes (column '{column}', e.g. {codes}) matches a unit of "
                                    "the layer (e.g. {units}); check the code field and the COG vintage."),
                        file=file, column=spec.code, codes=unmatched[:3], units=list(index[:3]))
    held = position[ok]
    equipment = equipment_frame(spec.id, pairs["type"].to_numpy()[ok], units.origins.xy[held], held)
    report.destinations, report.types = len(equipment), int(pairs["type"][ok].nunique())
    return equipment, report


def _points_equipment(xy: np.ndarray, types: pd.Series, spec: EquipmentSpec, file: str, units: UnitGeometry,
                      report: SourceReport, crs_text: str, bad: list) -> tuple:
    ok = np.isfinite(xy).all(axis=1)
    report.n_bad, report.bad_rows = len(bad), bad[:10]
    check_near_units(xy[ok], units, f"'{spec.id}' ({file})", crs_text)
    unit = units.locate(xy[ok])
    report.outside = int((unit < 0).sum())
    equipment = equipment_frame(spec.id, types.to_numpy()[ok], xy[ok], unit)
    report.destinations, report.types = len(equipment), int(types[ok].nunique())
    return equipment, report


def table_points_equipment(frame: pd.DataFrame, spec: EquipmentSpec, file: str, units: UnitGeometry,
                           crs: QgsCoordinateReferenceSystem) -> tuple:
    """Destinations of a CSV with coordinate columns (any CRS, WGS84 latitude/longitude by default)."""
    report = SourceReport(spec.id, file, spec.kind, year=spec.year, source=spec.source, licence=spec.licence)
    frame = filter_rows(frame, spec, file, report)
    point_crs = QgsCoordinateReferenceSystem(spec.crs)
    if not point_crs.isValid():
        raise DataError(_N(CONTEXT, "Equipment source '{source}': the CRS '{crs}' is not valid (e.g. EPSG:4326)."),
                        source=spec.id, crs=spec.crs)
    x, y = table_coordinates(frame, spec, file)
    xy = transform_xy(x, y, transformer(point_crs, crs))
    bad = bad_lines(frame, np.isfinite(xy).all(axis=1), limit=len(frame))
    return _points_equipment(xy, row_types(frame, spec, file).reset_index(drop=True), spec, file, units, report,
                             spec.crs, bad)


def layer_points_equipment(layer, spec: EquipmentSpec, file: str, units: UnitGeometry,
                           crs: QgsCoordinateReferenceSystem, feedback=None) -> tuple:
    """Destinations of a point layer (any CRS), with the source's filter and type field."""
    report = SourceReport(spec.id, file, spec.kind, year=spec.year, source=spec.source, licence=spec.licence)
    points = read_points(layer, crs, [spec.type, spec.filter_field], feedback)
    attributes = points.attributes.reset_index()
    kept = filter_rows(attributes, spec, file, report)
    rows = kept.index.to_numpy()
    xy = points.xy[rows]
    null_ids = set(points.null_ids)
    bad = [fid for fid in kept["fid"].tolist() if fid in null_ids]
    return _points_equipment(xy, row_types(kept, spec, file).reset_index(drop=True), spec, file, units, report,
                             layer.sourceCrs().authid(), bad)


def source_equipment(binding: Binding, spec: EquipmentSpec, units: UnitGeometry, codes: Optional[pd.Series],
                     crs: QgsCoordinateReferenceSystem, feedback=None) -> tuple:
    """One declared equipment source, read from its file and located on the units."""
    path = binding.checked_path(f"equipment.{spec.id}.path", spec.path)
    file = str(path)
    if spec.kind == "counts":
        mapping = load_passage(binding, spec.passage, default_reader) if spec.passage else None
        return counts_equipment(_read_frame(path, spec, feedback), spec, file, units, codes, mapping)
    if spec.coordinates_in_table:
        return table_points_equipment(read_csv_text(path), spec, file, units, crs)
    return layer_points_equipment(layer_io.open_layer(file, spec.layer), spec, file, units, crs, feedback)


def combine_equipment(parts: list) -> pd.DataFrame:
    frames = [frame for frame, _report in parts if len(frame)]
    return pd.concat(frames, ignore_index=True) if frames else empty_equipment()


def road_network(options: AccessOptions, binding: Optional[Binding], parameters: AccessParameters,
                 crs: QgsCoordinateReferenceSystem, feedback=None) -> Optional[RoadNetwork]:
    """The road network of a network-mode run: the options' layer, else the binding's; built once."""
    if parameters.mode != "network":
        return None
    source, speed_field = options.network, options.network_speed_field
    if source is None and binding is not None and binding.access.network is not None:
        spec = binding.access.network
        source = layer_io.open_layer(str(binding.checked_path("access_parameters.network.path", spec.path)),
                                     spec.layer)
        speed_field = speed_field or spec.speed
    if source is None:
        raise DataError(_N(CONTEXT, "The road-network mode needs a line layer of roads; choose one or use the "
                                    "straight-line mode."))
    lines, speeds = read_network(source, crs, speed_field, feedback)
    return RoadNetwork.from_polylines(lines, speeds, parameters)


def _run(source, code_field, options, binding, parameters, crs_text, feedback, load_equipment) -> tuple:
    """Units, equipment (``load_equipment(units, codes, level, crs)``) and network, ready for the core."""
    core_feedback = feedback or Feedback()
    crs = working_crs(crs_text)
    codes, level = unit_codes(source, code_field, getattr(feedback, "qgs", None))
    units = unit_geometry(source, crs, codes, options.chef_lieu, options.chef_lieu_code_field, level,
                          getattr(feedback, "qgs", None))
    core_feedback.check()
    network = road_network(options, binding, parameters, crs, getattr(feedback, "qgs", None))
    parts = load_equipment(units, codes, level, crs)
    return units, codes, parts, network, core_feedback


def compute_binding_access(source, code_field: Optional[str], binding: Binding, leaves: tuple,
                           options: Optional[AccessOptions] = None, feedback: Optional[Feedback] = None,
                           ) -> Optional[UnitAccess]:
    """The binding's access variables among ``leaves``, computed on the unit layer (None if there is none)."""
    sets, ranges, columns = access_plan(binding, leaves)
    if not sets:
        return None
    options = options or AccessOptions()
    parameters = options.parameters or binding.access.parameters
    crs_text = options.crs or binding.access.crs

    def load(units, codes, _level, crs):
        return [source_equipment(binding, binding.equipment[sid], units, codes, crs, getattr(feedback, "qgs", None))
                for sid in used_sources(sets)]

    units, codes, parts, network, core_feedback = _run(source, code_field, options, binding, parameters, crs_text,
                                                       feedback, load)
    result = compute_access(units.origins, combine_equipment(parts), sets, ranges, parameters, network,
                            core_feedback)
    _attach_sources(result, parts, options.describe(parameters, crs_text))
    return UnitAccess(fids=units.fids, codes=codes, result=result, columns=columns, units=units)


def compute_layer_access(source, code_field: Optional[str], sets: list, ranges: list, parameters: AccessParameters,
                         points=None, points_spec: Optional[EquipmentSpec] = None,
                         counts_path: Optional[str] = None, counts_spec: Optional[EquipmentSpec] = None,
                         options: Optional[AccessOptions] = None, crs_text: str = "EPSG:2154",
                         feedback: Optional[Feedback] = None) -> UnitAccess:
    """Types and ranges from a point layer and/or a count table (the Processing algorithm's own data)."""
    options = options or AccessOptions()
    if points is None and not counts_path:
        raise DataError(_N(CONTEXT, "Give the destinations: a point layer of equipment, a count table per unit "
                                    "code, or both."))

    def load(units, codes, level, crs):
        parts = []
        if points is not None:
            parts.append(layer_points_equipment(points, points_spec, points_spec.id, units, crs,
                                                getattr(feedback, "qgs", None)))
        if counts_path:
            path = Path(counts_path)
            _require_file(path, counts_spec.id)
            spec = replace(counts_spec, level=level)
            parts.append(counts_equipment(_read_frame(path, spec, getattr(feedback, "qgs", None)), spec, str(path),
                                          units, codes))
        return parts

    units, codes, parts, network, core_feedback = _run(source, code_field, options, None, parameters, crs_text,
                                                       feedback, load)
    equipment = combine_equipment(parts)
    if not sets:
        sets = sets_for_every_type(equipment)
    result = compute_access(units.origins, equipment, sets, ranges, parameters, network, core_feedback)
    _attach_sources(result, parts, options.describe(parameters, crs_text))
    return UnitAccess(fids=units.fids, codes=codes, result=result, units=units)


def sets_for_every_type(equipment: pd.DataFrame) -> list:
    """One type set per type code present (the default when the user lists no type)."""
    return [TypeSet(EVERY_DESTINATION, (Target(None, None),)) if code == ANY_TYPE else
            TypeSet(code, (Target(None, (code,)),)) for code in sorted(set(equipment["type"]))]


def _attach_sources(result: AccessResult, parts: list, parameters: dict) -> None:
    reports = [report for _frame, report in parts]
    result.report.sources = reports
    result.report.parameters = parameters
    result.report.warnings[:0] = [w for report in reports for w in report.warnings()]


def bind_computed_access(source, code_field: Optional[str], binding: Binding, leaves: tuple,
                         options: Optional[AccessOptions], codes: pd.Index, fids: pd.Index, level: str,
                         feedback: Optional[Feedback] = None) -> tuple:
    """For an index run: the binding reading the computed access times, its in-memory table, the access run.

    ``codes`` are the units' checked codes in the order of the feature ids ``fids``. Without any
    access variable, the binding is returned as it is, with no table.
    """
    access = compute_binding_access(source, code_field, binding, leaves, options, feedback)
    if access is None:
        return binding, None, None
    times = access.times_by_fid().reindex(fids)
    bound, extra = bind_access_values(binding, times, access.result.report, access.columns, codes, level)
    return bound, extra, access


def add_access_report(report, access: UnitAccess) -> dict:
    """The access warnings and equipment sources in an index run's report; returns the parameters used."""
    report.warnings[:0] = access.result.report.warnings
    report.tables.extend(source_table_reports(access.result))
    return access.result.report.parameters
