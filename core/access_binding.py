"""Computed access times handed to the index pipeline as an ordinary in-memory table.

A binding variable with an ``access`` block has no table of its own; once its times are computed,
``bind_access_values`` returns a binding where it reads column ``<leaf>`` of the table
``ACCESS_TABLE``, and that table, so that imputation and normalisation treat it like any column.
A variable without any destination in the data becomes absent (reported, never zeros).
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from .access_run import AccessReport, AccessResult
from .access_spec import binding_plan
from .binding import Binding, TableSpec, ValueSource
from .sources import LoadedTable

ACCESS_TABLE = "temps_acces"
COMPUTED_PATH = "(calcul)"


def equipment_table_id(source_id: str) -> str:
    return f"equipement_{source_id}"


def access_plan(binding: Binding, leaves: tuple) -> tuple[list, list, dict]:
    """Type sets, ranges and leaf → column of the method leaves bound to a computed access time."""
    return binding_plan(binding.variables, leaves)


def used_sources(sets: list) -> list:
    """Equipment source ids the type sets read, in order of first use."""
    return list(dict.fromkeys(t.source for s in sets for t in s.targets if t.source is not None))


def describe_computation(parameters: dict) -> str:
    """French description for the provenance (metadata are written in French)."""
    detour = f"{parameters.get('detour'):g}".replace(".", ",")
    speed = f"{parameters.get('speed_kmh'):g}".replace(".", ",")
    mode = "réseau routier" if parameters.get("mode") == "network" else f"vol d'oiseau × {detour}"
    return f"Temps d'accès calculés ({mode}, {speed} km/h)"


def bind_access_values(binding: Binding, times: pd.DataFrame, report: AccessReport, columns: dict,
                       unit_codes: pd.Index, level: str = "commune") -> tuple[Binding, dict]:
    """The binding reading the computed times, and the in-memory table to give ``compute_index``.

    ``times``: one row per unit, in the order of ``unit_codes``.
    """
    description = describe_computation(report.parameters)
    frame = pd.DataFrame({leaf: times[column].to_numpy(dtype=float) for leaf, column in columns.items()},
                         index=pd.Index(unit_codes, name="code"))
    variables = dict(binding.variables)
    for leaf, column in columns.items():
        bound = binding.variables[leaf]
        if column in report.empty:
            variables[leaf] = replace(bound, status="absent", source=None)
        else:
            variables[leaf] = replace(bound, source=ValueSource(table=ACCESS_TABLE, column=leaf))
    spec = TableSpec(id=ACCESS_TABLE, path="", code="code", level=level, source=description)
    tables = dict(binding.tables)
    tables[ACCESS_TABLE] = spec
    for source in report.sources:
        equipment = binding.equipment.get(source.id)
        if equipment is not None:
            tables[equipment_table_id(source.id)] = TableSpec(
                id=equipment_table_id(source.id), path=equipment.path, code=equipment.code or "",
                level=equipment.level, year=equipment.year, source=equipment.source, licence=equipment.licence)
    loaded = LoadedTable(spec=spec, path=COMPUTED_PATH, frame=frame)
    return replace(binding, variables=variables, tables=tables), {ACCESS_TABLE: loaded}


def source_table_reports(result: AccessResult) -> list:
    """Entries for the run report's tables (provenance lists them as sources)."""
    out = []
    for source in result.report.sources:
        entry = source.to_table_report()
        entry["table"] = equipment_table_id(source.id)
        out.append(entry)
    return out
