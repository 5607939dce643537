"""EPCI or department units built from a commune layer: dissolved geometry and aggregated fields.

Counts are summed; the other chosen values take a population-weighted mean, flagged in the
metadata (a median cannot be aggregated). The output GeoPackage also holds the commune → unit
table (``ifn_members``) so the index can then be computed on these units from commune tables, and
the communes' polygons (``ifn_communes``) so that their access times can be computed.
The Processing algorithm "Agréger par EPCI ou département" and the dock call ``run_aggregation``.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pandas as pd
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsLayerMetadata,
    QgsVectorFileWriter,
    QgsWkbTypes,
)

from ..core.binding import load_binding
from ..core.codes import department_of, normalise_codes_for
from ..core.errors import CONTEXT, CancelledError, DataError, QT_TRANSLATE_NOOP as _N
from ..core.meshes import Merged, members_from, merge_rows, summarise_units
from ..core.provenance import METADATA_TABLE, metadata_rows
from ..core.sources import load_bound_tables, population_by_code
from ..core.tables import cell_text, to_number
from . import layer_io, plugin_info
from .compat import make_field
from .scoring import QgisFeedback
from .table_io import qgis_reader, write_members
from .unit_access import write_communes

LEVEL_LABELS = {"epci": "EPCI", "dep": "départements"}
CODE, NAME, PARENT_DEP, N_COMMUNES, POPULATION = "code", "nom", "dep", "n_com", "population"


@dataclass
class AggregateRequest:
    source: object                        # commune layer (QgsFeatureSource or QgsVectorLayer), only read
    code_field: str
    output_path: str
    level: str = "epci"                   # "epci" or "dep"
    unit_field: Optional[str] = None      # EPCI SIREN (or department) of each commune; dep: from the code if None
    name_field: Optional[str] = None      # name of the unit (e.g. epci_nom)
    sum_fields: list = field(default_factory=list)
    mean_fields: list = field(default_factory=list)
    population_field: Optional[str] = None
    binding_path: Optional[str] = str(plugin_info.EMBEDDED_BINDING)  # population table, when no field
    layer_name: str = ""
    overwrite: bool = True

    def parameters(self) -> dict:
        return {"code_field": self.code_field, "level": self.level, "unit_field": self.unit_field,
                "name_field": self.name_field, "sum_fields": self.sum_fields, "mean_fields": self.mean_fields,
                "population_field": self.population_field, "binding_file": self.binding_path}


@dataclass
class AggregateOutcome:
    path: str
    layer_name: str
    units: pd.DataFrame                   # one row per unit: code, name, dep, n_com, population, fields
    members: pd.Series                    # commune code -> unit code
    record: dict


def _population(request: AggregateRequest, frame: pd.DataFrame, codes: pd.Series) -> tuple:
    if request.population_field:
        values, _ = to_number(frame[request.population_field].map(cell_text), request.population_field)
        return pd.Series(values, index=codes.to_numpy()), f"champ {request.population_field}"
    if request.binding_path:
        binding = load_binding(request.binding_path)
        if binding.population is not None:
            tables = load_bound_tables(binding, {binding.population.table}, qgis_reader())
            population = population_by_code(binding, tables)
            if population is not None and population.index.isin(codes.dropna()).any():
                return population.reindex(codes.to_numpy()), f"{binding.population.describe()} ({binding.label})"
    return None, ""


def aggregate_attributes(request: AggregateRequest, feedback=None) -> tuple:
    """Units, members, merged fields and the population source, from the commune layer's attributes."""
    fields = [request.code_field] + [f for f in (request.unit_field, request.name_field, request.population_field)
                                     if f] + list(request.sum_fields) + list(request.mean_fields)
    frame = layer_io.layer_to_frame(request.source, list(dict.fromkeys(fields)), feedback)
    codes, report = normalise_codes_for(frame[request.code_field].map(cell_text), "commune")
    if codes.notna().sum() == 0:
        raise DataError(_N(CONTEXT, "{count} unit code(s) are not INSEE commune codes, e.g. {codes}; choose the field "
                                    "that holds the 5-character INSEE code."), count=report.n_invalid,
                        codes=list(report.invalid))
    if request.unit_field:
        units, _ = normalise_codes_for(frame[request.unit_field].map(cell_text), request.level)
    elif request.level == "dep":
        units = department_of(codes)
    else:
        raise DataError(_N(CONTEXT, "Choose the field that holds each commune's EPCI code (SIREN)."))
    if units.notna().sum() == 0:
        raise DataError(_N(CONTEXT, "Field '{column}' holds no valid code of level '{kind}'; choose the field of the unit code."),
                        column=request.unit_field or request.code_field, kind=request.level)
    population, population_source = _population(request, frame, codes)
    if population is not None:
        population = population[~population.index.duplicated()]
    members = members_from(codes, units)
    parents = {}
    if request.level == "epci":
        parents["dep"] = pd.Series(department_of(codes).to_numpy(), index=codes.to_numpy())
    summary = summarise_units(members, population, parents)
    value_columns = list(dict.fromkeys(list(request.sum_fields) + list(request.mean_fields)))
    text = pd.DataFrame({c: frame[c].map(cell_text).to_numpy() for c in value_columns + (
        [request.name_field] if request.name_field else [])}, index=frame.index)
    weights = population.reindex(codes.to_numpy()).to_numpy(dtype=float) if population is not None else None
    merged = merge_rows(text, units.to_numpy(), counts=set(request.sum_fields), weights=weights,
                        numeric=value_columns)
    table = pd.DataFrame({CODE: summary.codes.astype(str)})
    table[NAME] = (merged.frame[request.name_field].reindex(summary.codes).to_numpy() if request.name_field
                   else table[CODE])
    if "dep" in summary.main_parent:
        table[PARENT_DEP] = summary.main_parent["dep"].to_numpy()
    table[N_COMMUNES] = summary.n_communes.to_numpy()
    if summary.population is not None:
        table[POPULATION] = summary.population.to_numpy()
    for column in value_columns:
        table[column] = merged.frame[column].reindex(summary.codes).to_numpy(dtype=float)
    of_fid = pd.DataFrame({"unit": units.to_numpy(), "code": codes.to_numpy()}, index=frame.index)
    return table, members, merged, population_source, of_fid


def dissolve(source, of_fid: pd.DataFrame, feedback=None) -> tuple[dict, list]:
    """Unit code → union of its communes' geometries (made valid), and the communes' (code, unit, geometry)."""
    unit_of_fid = of_fid["unit"]
    parts: dict = {}
    communes: list = []
    for feature in source.getFeatures():
        if feedback is not None and feedback.isCanceled():
            raise CancelledError()
        unit = unit_of_fid.get(feature.id())
        geometry = feature.geometry()
        if unit is None or pd.isna(unit) or geometry is None or geometry.isEmpty():
            continue
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        parts.setdefault(unit, []).append(geometry)
        code = of_fid.at[feature.id(), "code"]
        if not pd.isna(code):
            communes.append((code, unit, QgsGeometry(geometry)))
    out = {}
    for unit, geometries in parts.items():
        union = QgsGeometry.unaryUnion(geometries)
        union.convertToMultiType()
        out[unit] = union
    return out, communes


def _write_units(path: str, layer_name: str, source, table: pd.DataFrame, geometries: dict, feedback=None) -> None:
    kinds = {CODE: "text", NAME: "text", PARENT_DEP: "text", N_COMMUNES: "int"}
    fields = QgsFields()
    for column in table.columns:
        fields.append(make_field(column, kinds.get(column, "double")))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = layer_io.driver_for(path)
    options.layerName = layer_name
    options.fileEncoding = "UTF-8"
    writer = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.multiType(source.wkbType()), source.sourceCrs(),
                                        QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.NoError:
        raise DataError(_N(CONTEXT, "Cannot create {file}: {reason}."), file=path, reason=writer.errorMessage())
    columns = [layer_io.python_column(table[c].to_numpy(), kinds.get(c, "double")) for c in table.columns]
    try:
        for row in range(len(table)):
            if feedback is not None and feedback.isCanceled():
                raise CancelledError()
            feature = QgsFeature(fields)
            geometry = geometries.get(table[CODE].iloc[row])
            if geometry is not None:
                feature.setGeometry(geometry)
            feature.setAttributes([column[row] for column in columns])
            if not writer.addFeature(feature, QgsFeatureSink.FastInsert):
                raise DataError(_N(CONTEXT, "Cannot write feature {fid} to {file}: {reason}."), fid=row, file=path,
                                reason=writer.errorMessage())
    finally:
        del writer


def run_aggregation(request: AggregateRequest, qgs_feedback=None) -> AggregateOutcome:
    if request.level not in LEVEL_LABELS:
        raise DataError(_N(CONTEXT, "Unknown geographic level '{value}' (choose among {choices})."),
                        value=request.level, choices=list(LEVEL_LABELS))
    layer_io.require_features(request.source)
    layer_io.check_output_path(request.output_path, request.overwrite)
    stages = QgisFeedback(qgs_feedback)
    stages.step(10)
    table, members, merged, population_source, of_fid = aggregate_attributes(request, qgs_feedback)
    stages.step(40)
    geometries, communes = dissolve(request.source, of_fid, qgs_feedback)
    stages.step(70)
    layer_name = request.layer_name or request.level
    record = _record(request, table, merged, population_source)
    with layer_io.atomic_output(request.output_path, request.overwrite, qgs_feedback) as temporary:
        _write_units(temporary, layer_name, request.source, table, geometries, qgs_feedback)
        stages.step(90)
        if Path(temporary).suffix.lower() == ".gpkg":
            write_members(temporary, members)
            write_communes(temporary, request.source, communes)   # for the units' access times
            layer_io.write_table(temporary, METADATA_TABLE, metadata_rows(record))
            _layer_metadata(temporary, layer_name, record)
    stages.set_progress(100)
    return AggregateOutcome(path=request.output_path, layer_name=layer_name, units=table, members=members,
                            record=record)


def _record(request: AggregateRequest, table: pd.DataFrame, merged: Merged, population_source: str) -> dict:
    rules = {c: r for c, r in merged.rules.items() if c != request.name_field}
    return {"plugin": "Fragilité numérique", "plugin_version": plugin_info.version(),
            "date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"), "step": "aggregate_units",
            "level": request.level, "parameters": request.parameters(), "units": int(len(table)),
            "communes": int(table[N_COMMUNES].sum()), "population_source": population_source,
            "aggregation": {"rules": rules, "non_additive_fields": merged.non_additive,
                            "weighted_by": population_source or None,
                            "incomplete_sums": {c: len(k) for c, k in merged.incomplete.items() if k}}}


def _layer_metadata(path: str, layer_name: str, record: dict) -> None:
    layer = layer_io.open_layer(path, layer_name)
    metadata = QgsLayerMetadata()
    label = LEVEL_LABELS[record["level"]]
    metadata.setTitle(f"{label} agrégés à partir des communes")
    flagged = record["aggregation"]["non_additive_fields"]
    text = (f"{record['units']} {label} formés de {record['communes']} communes (géométries fusionnées). "
            "Effectifs sommés ; ")
    text += (f"valeurs non additives ({', '.join(flagged)}) en moyenne pondérée par la population "
             f"({record['population_source'] or 'non pondérée : population absente'})." if flagged else
             "aucune valeur non additive.")
    metadata.setAbstract(text)
    metadata.setLanguage("fra")
    metadata.setHistory([f"{record['date']} : agrégation par le plugin Fragilité numérique {record['plugin_version']}"])
    layer.setMetadata(metadata)
    layer.saveDefaultMetadata()
    del layer

