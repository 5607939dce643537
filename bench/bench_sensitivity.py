"""Benchmark of the rank stability Monte Carlo (issue 10: 1,000 runs on 3,789 communes in under 30 s).

``run()`` returns rows (name, seconds, baseline seconds, ratio, notes); ``bench/run.py`` collects
them. The baseline is the naive way: the whole pipeline once per run (timed on a few runs and
extrapolated to 1,000).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 1000
NAIVE_RUNS = 5
BUDGET = 30.0


def _package():
    sys.path.insert(0, str(ROOT / "tools"))
    from bootstrap import register_package

    return register_package()


def _embedded_inputs():
    _package()
    from fragilite_numerique.core.binding import load_binding
    from fragilite_numerique.core.method import load_method
    from fragilite_numerique.core.pipeline import Units
    from fragilite_numerique.core.tables import read_csv_text

    data = ROOT / "resources" / "data" / "hdf"
    method = load_method(ROOT / "resources" / "methods" / "hdf_2021.json")
    binding = load_binding(data / "binding_hdf_2021.json", method)
    frame = read_csv_text(data / "communes_hdf_reference_cog2021_epci.csv")
    units = Units.from_frame(frame, "code_insee", {"epci": "epci_2021", "dep": "dep"})
    return units, method, binding


def run() -> list:
    import numpy as np

    units, method, binding = _embedded_inputs()
    from fragilite_numerique.core.method import MISSING_RULES, NORMALISATIONS
    from fragilite_numerique.core.pipeline import compute_index, load_tables_for
    from fragilite_numerique.core.sensitivity import SensitivityOptions, prepare_choices, simulate

    started = time.perf_counter()
    tables = load_tables_for(method, binding)
    choices = prepare_choices(units, method, binding, tables)
    prepared = time.perf_counter()
    result = simulate(choices, SensitivityOptions(runs=RUNS, seed=1))
    finished = time.perf_counter()
    total = finished - started

    rng = np.random.default_rng(1)
    naive_start = time.perf_counter()
    for _ in range(NAIVE_RUNS):
        weights = {a.id: a.weight * rng.uniform(0.75, 1.25) for a in method.axes}
        variant = method.with_options(weights=weights, normalisation=str(rng.choice(NORMALISATIONS)),
                                      missing_rule=str(rng.choice(MISSING_RULES)))
        compute_index(units, variant, binding, tables=tables)
    naive = (time.perf_counter() - naive_start) / NAIVE_RUNS * RUNS
    n = int(result.frame["ifn_rmed"].notna().sum())
    return [
        (f"rank stability, {RUNS} runs × {n} communes", total, naive, total / naive,
         f"budget {BUDGET:.0f} s ({'met' if total < BUDGET else 'MISSED'}); baseline = full pipeline per run, "
         f"extrapolated from {NAIVE_RUNS} runs"),
        ("  of which: the normalisation × rule combinations, once each", prepared - started, None, None,
         f"{len(choices.choices)} pipeline runs"),
        (f"  of which: {RUNS} weighted composites, ranks and quantiles", finished - prepared, None, None,
         "vectorised over runs"),
    ]


if __name__ == "__main__":
    for name, seconds, baseline, ratio, notes in run():
        base = f"{baseline:8.2f} s" if baseline else " " * 10
        rat = f"{ratio:6.3f}" if ratio else " " * 6
        print(f"{name:62s} {seconds:8.2f} s {base} {rat}  {notes}")
