"""A new layer of access times: the units' features with one field per type and per range, in minutes.

The Processing algorithm "Calculer des temps d'accès" and the dock both call ``run_access_layer``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pandas as pd

from ..core.access import AccessParameters
from ..core.access_spec import EquipmentSpec, parse_range_list, parse_type_list
from ..core.binding import load_binding
from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N
from ..core.provenance import metadata_rows
from . import layer_io, plugin_info
from .access_io import layer_name
from .access_style import store_access_styles
from .access_run import AccessOptions, UnitAccess, compute_binding_access, compute_layer_access
from .scoring import QgisFeedback, read_provenance

ACCESS_METADATA_TABLE = "temps_acces_metadata"
MAX_FIELD = 10                      # shapefile limit, kept for every format
_NOT_FIELD = re.compile(r"[^A-Za-z0-9_]")


@dataclass
class AccessLayerRequest:
    """Everything a run needs. Destinations: ``binding_path`` (its equipment and access variables), or
    ``points`` and/or ``counts_path`` with ``types``/``ranges`` (see core.access_spec for the syntax)."""

    source: object                                  # unit layer or feature source (only read)
    output_path: str
    code_field: Optional[str] = None
    parameters: AccessParameters = field(default_factory=AccessParameters)
    binding_path: Optional[str] = None
    variables: tuple = ()                           # binding variables to compute (empty: all)
    points: object = None
    points_type_field: Optional[str] = None
    counts_path: Optional[str] = None
    counts_layout: str = "long"
    counts_code: str = "DEPCOM"
    counts_type: Optional[str] = "TYPEQU"
    counts_count: Optional[str] = "NB_EQUIP"
    types: str = ""
    ranges: str = ""
    options: AccessOptions = field(default_factory=AccessOptions)
    crs: str = "EPSG:2154"
    layer_name: str = "temps_acces"
    overwrite: bool = True


@dataclass
class AccessLayerOutcome:
    path: str
    layer_name: str
    access: UnitAccess
    fields: dict                                    # output field -> type set or range id
    replaced_fields: list = field(default_factory=list)


def field_names(ids: list, prefix: str) -> dict:
    """Output field (≤ 10 characters, unique, letters digits and _) for each id, in order."""
    out: dict = {}
    used: set = set()
    for name in ids:
        base = _NOT_FIELD.sub("_", f"{prefix}{name}")[:MAX_FIELD]
        candidate, number = base, 1
        while candidate.lower() in used:
            suffix = str(number)
            candidate = base[:MAX_FIELD - len(suffix)] + suffix
            number += 1
        used.add(candidate.lower())
        out[candidate] = name
    return out


def _binding_access(request: AccessLayerRequest, feedback) -> UnitAccess:
    binding = load_binding(request.binding_path or plugin_info.EMBEDDED_BINDING)
    bound = [leaf for leaf, var in binding.variables.items() if var.access is not None and var.status != "absent"]
    wanted = [v.strip() for v in request.variables if v.strip()]
    unknown = [v for v in wanted if v not in bound]
    if unknown:
        raise DataError(_N(CONTEXT, "{file}: {values} are not variables computed as access times; choose among "
                                    "{choices}."), file=binding.source, values=unknown, choices=bound)
    options = AccessOptions(parameters=request.parameters, crs=request.crs, network=request.options.network,
                            network_speed_field=request.options.network_speed_field,
                            chef_lieu=request.options.chef_lieu,
                            chef_lieu_code_field=request.options.chef_lieu_code_field)
    access = compute_binding_access(request.source, request.code_field, binding, tuple(wanted or bound), options,
                                    feedback)
    if access is None:
        raise DataError(_N(CONTEXT, "{file} binds no variable to an access time ('access' blocks)."),
                        file=binding.source)
    return access


def _own_access(request: AccessLayerRequest, feedback) -> UnitAccess:
    sets = parse_type_list(request.types)
    ranges = parse_range_list(request.ranges, sets)
    if not request.ranges.strip() and len(sets) > 1:
        ranges = parse_range_list("gamme=*", sets)
    points_spec = EquipmentSpec(id=layer_name(request.points), kind="points", path="",
                                type=request.points_type_field or None) if request.points is not None else None
    counts_spec = None
    if request.counts_path:
        wide = request.counts_layout == "wide"
        counts_spec = EquipmentSpec(id=Path(request.counts_path).name, kind="counts", path=request.counts_path,
                                    code=request.counts_code, layout=request.counts_layout,
                                    type=None if wide else (request.counts_type or None),
                                    count=None if wide else (request.counts_count or None))
    return compute_layer_access(request.source, request.code_field, sets, ranges, request.parameters,
                                points=request.points, points_spec=points_spec, counts_path=request.counts_path,
                                counts_spec=counts_spec, options=request.options, crs_text=request.crs,
                                feedback=feedback)


def run_access_layer(request: AccessLayerRequest, feedback=None) -> AccessLayerOutcome:
    """Compute the access times and write them, with their report, to ``request.output_path``."""
    core_feedback = QgisFeedback(feedback, 0, 70)
    layer_io.require_features(request.source)
    layer_io.check_output_path(request.output_path, request.overwrite)
    core_feedback.step(0)
    if request.binding_path is not None:
        access = _binding_access(request, core_feedback)
        prefix = ""
    else:
        access = _own_access(request, core_feedback)
        prefix = "t_"
    core_feedback.step(100)
    times = access.times_by_fid()
    names = field_names(list(times.columns), prefix)
    scores = pd.DataFrame({name: times[column].to_numpy() for name, column in names.items()}, index=times.index)
    comments = {name: f"Temps d'accès en minutes : {column}" for name, column in names.items()}
    spec = layer_io.OutputSpec(scores=scores, kinds=dict.fromkeys(names, "double"), comments=comments,
                               layer_name=request.layer_name)
    write_feedback = QgisFeedback(feedback, 70, 30)
    with layer_io.atomic_output(request.output_path, request.overwrite, feedback) as temporary:
        replaced = layer_io.write_features(request.source, spec, temporary, feedback,
                                           progress=write_feedback.set_progress)
        write_feedback.step(90)
        if Path(temporary).suffix.lower() == ".gpkg":
            record = {"plugin_version": plugin_info.version(), "fields": names,
                      "report": access.result.report.to_dict()}
            layer_io.write_table(temporary, ACCESS_METADATA_TABLE, metadata_rows(record))
            store_access_styles(temporary, request.layer_name, names)
    write_feedback.set_progress(100)
    return AccessLayerOutcome(path=request.output_path, layer_name=request.layer_name, access=access, fields=names,
                              replaced_fields=replaced)


def read_access_report(path: str) -> dict:
    """The parameters, fields and report stored with an access-time layer (GeoPackage)."""
    return read_provenance(path, ACCESS_METADATA_TABLE)
