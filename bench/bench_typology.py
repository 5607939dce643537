"""The statistical typology (issue 5): Ward on the four axes of 35,000 units within 2 GB, k-means centres first.

The units are the synthetic 35,000 of bench_core (real communes' values, repeated with jitter),
scored by the pipeline; the typology then runs on their axis scores. Time and memory are measured
in separate runs (tracemalloc slows allocation down). A Ward on every unit would need the
35,000² / 2 condensed distance matrix: 4.9 GB in float64, so it is not run as a baseline.
"""

from __future__ import annotations

from bench_core import _setup, _vectorised
from harness import Row, max_rss_mb, timed

N_UNITS = 35_000
CLASSES = 6
BUDGET_MB = 2048


def run() -> list:
    from fragilite_numerique.core import fields as F
    from fragilite_numerique.core.typology import cluster_typology

    method, binding, units_frame, tables = _setup(N_UNITS)
    scores = _vectorised(method, binding, units_frame, tables)
    axes = scores[[F.axis_field(a.id) for a in method.axes]]
    axes = axes.loc[:, axes.notna().any()]
    composite = scores[F.COMPOSITE].to_numpy()

    def typology():
        return cluster_typology(axes, composite, CLASSES, seed=1)

    seconds, result, _ = timed(typology, repeat=2)
    _s, again, peak = timed(typology, memory=True)
    same = again.classes == result.classes
    full_matrix_mb = N_UNITS * (N_UNITS - 1) / 2 * 8 / 2 ** 20
    return [Row(f"Ward typology, {N_UNITS:,} units × {axes.shape[1]} axes, {CLASSES} classes", seconds,
                peak_mb=peak, target=f"< {BUDGET_MB} MB", met=peak is not None and peak < BUDGET_MB,
                notes=f"Ward on {result.n_centres} k-means centres; same classes on a second run: {same}; "
                      f"a full distance matrix would take {full_matrix_mb:,.0f} MB; "
                      f"process RSS so far {max_rss_mb():.0f} MB")]
