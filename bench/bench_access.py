"""Access times at scale: 35,000 origins × 20 types in straight line, and a 100,000-edge road network.

Baselines, measured in the same run on the same data: every origin-destination pair (chunked
numpy) for the straight line; one Dijkstra run per destination, then the minimum, for the network.
Both must give the same times as the measured code (checked), so the ratios compare like with like.
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd

from fragilite_numerique.core.access import AccessParameters, Origins, brute_force_nearest, kd_tree_class
from fragilite_numerique.core.access_network import RoadNetwork
from fragilite_numerique.core.access_run import compute_access, equipment_frame
from fragilite_numerique.core.access_spec import Target, TypeSet

N_ORIGINS = 35_000
N_TYPES = 20
SIDE_M = 300_000.0
GRID = 224                      # 2 × 224 × 223 = 99,904 edges
NETWORK_DESTINATIONS = 25       # per type


def timed(function):
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def straight_line(rng) -> tuple:
    origins = Origins(rng.uniform(0, SIDE_M, (N_ORIGINS, 2)), np.zeros(N_ORIGINS))
    counts = np.geomspace(20, 2000, N_TYPES).astype(int)
    frames = [equipment_frame("bpe", [f"T{k:02d}"] * n, rng.uniform(0, SIDE_M, (n, 2)), [-1] * n)
              for k, n in enumerate(counts)]
    equipment = pd.concat(frames, ignore_index=True)
    sets = [TypeSet(f"T{k:02d}", (Target("bpe", (f"T{k:02d}",)),)) for k in range(N_TYPES)]
    params = AccessParameters()
    seconds, result = timed(lambda: compute_access(origins, equipment, sets, [], params))

    def brute():
        return {s.id: params.straight_minutes(brute_force_nearest(origins.xy, frame[["x", "y"]].to_numpy())[0])
                for s, frame in zip(sets, frames)}

    baseline, expected = timed(brute)
    worst = max(float(np.abs(result.times[k] - v).max()) for k, v in expected.items())
    assert worst < 1e-9, worst
    return ("straight line: 35,000 origins × 20 types", seconds, baseline, baseline / seconds,
            f"k-d tree vs all {int(N_ORIGINS * counts.sum()):,} pairs; {int(counts.sum()):,} destinations")


def grid_lines(rng) -> tuple:
    ticks = np.arange(GRID, dtype=float) * 500.0
    lines = [np.column_stack([ticks, np.full(GRID, y)]) for y in ticks]
    lines += [np.column_stack([np.full(GRID, x), ticks]) for x in ticks]
    speeds = rng.choice([30.0, 50.0, 80.0, 110.0], len(lines))
    return lines, speeds


def network(rng) -> list:
    params = AccessParameters(mode="network")
    lines, speeds = grid_lines(rng)
    build, graph = timed(lambda: RoadNetwork.from_polylines(lines, speeds, params))
    extent = (GRID - 1) * 500.0
    origins = Origins(rng.uniform(0, extent, (N_ORIGINS, 2)), np.zeros(N_ORIGINS))
    dest_xy = rng.uniform(0, extent, (N_TYPES * NETWORK_DESTINATIONS, 2))
    types = np.repeat([f"T{k:02d}" for k in range(N_TYPES)], NETWORK_DESTINATIONS)
    equipment = equipment_frame("bpe", types, dest_xy, [-1] * len(types))
    sets = [TypeSet(f"T{k:02d}", (Target("bpe", (f"T{k:02d}",)),)) for k in range(N_TYPES)]
    seconds, result = timed(lambda: compute_access(origins, equipment, sets, [], params, graph))

    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import dijkstra

    matrix = coo_matrix((graph.minutes, (graph.rows, graph.cols)), shape=(graph.n_nodes, graph.n_nodes)).tocsr()
    origin_node, origin_leg = graph.snap(origins.xy)

    def per_destination():
        out = {}
        for k, type_set in enumerate(sets):
            xy = dest_xy[k * NETWORK_DESTINATIONS:(k + 1) * NETWORK_DESTINATIONS]
            node, leg = graph.snap(xy)
            best = np.full(graph.n_nodes, np.inf)
            for d in range(len(node)):
                best = np.minimum(best, dijkstra(matrix, directed=False, indices=node[d])
                                  + params.straight_minutes(leg[d]))
            out[type_set.id] = best[origin_node] + params.straight_minutes(origin_leg)
        return out

    baseline, expected = timed(per_destination)
    worst = max(float(np.abs(result.times[k] - v).max()) for k, v in expected.items())
    assert worst < 1e-6, worst
    edges = graph.report.edges
    return [(f"road network: build the graph ({edges:,} edges)", build, None, None,
             f"{graph.report.nodes:,} nodes, built once per run"),
            ("road network: 35,000 origins × 20 types", seconds, baseline, baseline / seconds,
             f"one multi-source Dijkstra per type vs one per destination ({NETWORK_DESTINATIONS} per type)")]


def run() -> list:
    kd_tree_class()          # SciPy's import is paid once per session, not per computation
    rng = np.random.default_rng(2021)
    return [straight_line(rng), *network(rng)]
