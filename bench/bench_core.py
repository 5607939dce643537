"""The core computation: vectorised vs a plain-Python loop (35,000 units), and 1,000,000 units."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from generate import EMBEDDED, core_inputs
from harness import Row, timed
from loop_baseline import loop_index


def _setup(n_units: int):
    from fragilite_numerique.core.binding import binding_from_dict
    from fragilite_numerique.core.method import load_method
    from fragilite_numerique.core.sources import LoadedTable
    from fragilite_numerique.gis import plugin_info  # noqa: F401 - paths only, no QGIS call

    method = load_method(EMBEDDED.parents[1] / "methods" / "hdf_2021.json")
    data = json.loads((EMBEDDED / "binding_hdf_2021.json").read_text(encoding="utf-8"))
    data.pop("passages", None)
    for spec in data["tables"].values():
        spec.pop("passage", None)
        if spec.get("level") == "commune":
            spec["level"] = "iris"  # 9-character unit codes (see generate.core_inputs)
    for leaf, spec in list(data["variables"].items()):
        if "access" in spec or (spec.get("table") and spec["table"] not in data["tables"]):
            data["variables"][leaf] = {"status": "absent"}
    binding = binding_from_dict(data, Path("."), method=method)
    units_frame, frames = core_inputs(n_units)
    tables = {tid: LoadedTable(spec=binding.tables[tid], path=f"{tid}.csv", frame=frame)
              for tid, frame in frames.items() if tid in binding.tables}
    return method, binding, units_frame, tables


def _vectorised(method, binding, units_frame, tables):
    from fragilite_numerique.core.pipeline import Units, compute_index

    units = Units.from_frame(units_frame, "code", {"epci": "epci", "dep": "dep"}, level="iris")
    return compute_index(units, method, binding, tables=tables).scores


def run() -> list:
    rows = []
    method, binding, units_frame, tables = _setup(35_000)
    seconds, scores, peak = timed(lambda: _vectorised(method, binding, units_frame, tables), repeat=3,
                                  memory=False)
    _s, _r, peak = timed(lambda: _vectorised(method, binding, units_frame, tables), memory=True)
    units = units_frame.to_dict("records")
    plain = {tid: table.frame.to_dict("index") for tid, table in tables.items()}
    loop_seconds, composites, _ = timed(lambda: loop_index(units, plain, method, binding))
    agree = bool(np.allclose(np.array(composites, dtype=float), scores["ifn"].to_numpy(), atol=1e-9))
    rows.append(Row("core: index on 35,000 units", seconds, loop_seconds, "plain-Python loop", peak,
                    notes=f"same composite as the loop: {agree}"))

    method, binding, units_frame, tables = _setup(1_000_000)
    # tracemalloc slows Python allocations down a lot: time and memory are measured in separate runs.
    seconds, scores, _ = timed(lambda: _vectorised(method, binding, units_frame, tables))
    _s, _r, peak = timed(lambda: _vectorised(method, binding, units_frame, tables), memory=True)
    rows.append(Row("core: index on 1,000,000 units", seconds, None, "", peak, target="< 5 s and < 2 GB",
                    met=seconds < 5 and (peak or 0) < 2000,
                    notes=f"{int(scores['ifn'].notna().sum()):,} units scored"))
    return rows
