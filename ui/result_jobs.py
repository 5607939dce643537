"""The background work of the dock's actions after a run, each a function of the worker's feedback.

Every work opens the files it reads itself (never a project layer: the worker thread must not
touch the project) and calls the same function as the Processing algorithm. Outputs go next to
the result, under names that do not overwrite anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from ..core.sensitivity import SensitivityOptions
from ..gis import layer_io
from ..gis.atlas_export import AtlasRequest, export_atlas
from ..gis.comparison import run_comparison
from ..gis.diagnosis import run_diagnostics
from ..gis.geopackage_table import whole_geopackage_table
from ..gis.join_check import check_joins
from ..gis.scoring import ScoringRequest
from ..gis.stability import StabilityRequest, run_stability
from ..gis.table_export import TableRequest, export_table
from ..gis.typologies import TypologyRequest, cluster_gains, run_cluster_typology, run_policy_typology
from ..gis.units_layer import AggregateRequest, run_aggregation

Work = Callable[[object], object]


def unique_path(folder: Path, stem: str, suffix: str) -> str:
    """``folder/stem.suffix``, or ``stem_2.suffix``… when it exists."""
    path = Path(folder) / f"{stem}{suffix}"
    n = 2
    while path.exists():
        path = Path(folder) / f"{stem}_{n}{suffix}"
        n += 1
    return str(path)


def beside(result_path: str, name: str, suffix: str = ".gpkg") -> str:
    """A new file next to the result, named after it: ``<result>_<name><suffix>``."""
    result = Path(result_path)
    return unique_path(result.parent, f"{result.stem}_{name}", suffix)


def prepared(request: ScoringRequest, before: list) -> ScoringRequest:
    for prepare in before:
        prepare(request)
    return request


def typology_work(kind: str, path: str, layer_name: str, output: str, classes: int = 5, seed: int = 1) -> Work:
    """``kind``: 'policy' (2 × 2 and 3 × 3) or 'cluster' (Ward)."""
    def work(feedback):
        layer = layer_io.open_layer(path, layer_name)
        request = TypologyRequest(source=layer, output_path=output, source_path=path, layer_name=layer_name,
                                  classes=classes, seed=seed, overwrite=False,
                                  source_table=whole_geopackage_table(layer))
        run = run_policy_typology if kind == "policy" else run_cluster_typology
        return run(request, feedback)
    return work


def gains_work(path: str, layer_name: str, seed: int = 1) -> Work:
    def work(_feedback):
        return cluster_gains(layer_io.open_layer(path, layer_name), seed=seed)
    return work


def diagnostics_work(path: str, layer_name: str, html: str, code_field: Optional[str]) -> Work:
    def work(feedback):
        return run_diagnostics(layer_io.open_layer(path, layer_name), html, code_field=code_field or None,
                               qgs_feedback=feedback)
    return work


def comparison_work(path_a: str, name_a: str, path_b: str, name_b: Optional[str], output: str,
                    code_a: Optional[str]) -> Work:
    def work(feedback):
        layer_a = layer_io.open_layer(path_a, name_a)
        layer_b = layer_io.open_layer(path_b, name_b)
        return run_comparison(layer_a, layer_b, output, code_a=code_a or None, overwrite=False,
                              qgs_feedback=feedback)
    return work


def stability_work(request: ScoringRequest, before: list, options: SensitivityOptions, report: str,
                   name_field: Optional[str]) -> Work:
    def work(feedback):
        stability = StabilityRequest(prepared(request, before), options, report, name_field or None)
        return run_stability(stability, feedback)
    return work


def join_check_work(request: ScoringRequest, before: list) -> Work:
    def work(feedback):
        return check_joins(prepared(request, before), feedback)
    return work


def atlas_work(path: str, layer_name: str, **fields) -> Work:
    """``fields``: the other attributes of ``AtlasRequest`` (kind, output, mode, filter, field names)."""
    def work(feedback):
        return export_atlas(AtlasRequest(layer=layer_io.open_layer(path, layer_name), **fields), feedback)
    return work


def table_work(path: str, layer_name: str, output: str, filter_expression: str) -> Work:
    def work(feedback):
        request = TableRequest(layer=layer_io.open_layer(path, layer_name), output=output,
                               filter_expression=filter_expression)
        return export_table(request, feedback)
    return work


def aggregation_work(request: AggregateRequest) -> Work:
    def work(feedback):
        return run_aggregation(request, feedback)
    return work
