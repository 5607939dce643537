"""Shortest-path access times on a road network (scipy.sparse.csgraph), built once per run.

The network is the lines' vertices joined by their segments (vertices in the same ``snap_m`` grid
cell are one node, so that the coincident ends of touching lines join), undirected, each segment costing its length / its speed. A point (origin or destination)
joins the network at its nearest node by a straight leg costed like any straight-line trip
(× detour / default speed). For each destination type, one Dijkstra run from a virtual node linked
to every destination node by its leg gives the time to the nearest destination of *every* node
at once (a multi-source shortest path): the cost does not grow with origins × destinations.
A unit whose node is not connected to any destination gets no value (NaN), never 0 or infinity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from .access import AccessParameters, Destinations, Origins, straight_line_minutes, with_intra_times
from .errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N

_EPSILON = 1e-9     # csgraph drops explicit zeros in sums: a zero-cost leg is kept as a tiny one


def require_csgraph():
    try:
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import dijkstra
    except ImportError:
        raise DataError(_N(CONTEXT, "The road-network mode needs SciPy, which is not installed: install it "
                                    "(Debian: apt install python3-scipy; Windows: OSGeo4W package python3-scipy) "
                                    "or use the straight-line mode.")) from None
    return coo_matrix, dijkstra


@dataclass
class NetworkReport:
    lines: int = 0
    segments: int = 0
    nodes: int = 0
    edges: int = 0
    invalid_speeds: int = 0          # segments costed at the default speed (speed missing or ≤ 0)
    zero_length: int = 0             # segments whose two ends are one node (dropped)
    components: int = 0

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class RoadNetwork:
    node_xy: np.ndarray
    rows: np.ndarray                 # edge i → j (i < j), cost in minutes
    cols: np.ndarray
    minutes: np.ndarray
    report: NetworkReport = field(default_factory=NetworkReport)
    _tree: object = None

    @property
    def n_nodes(self) -> int:
        return len(self.node_xy)

    @classmethod
    def from_polylines(cls, polylines: list, speeds_kmh: Optional[np.ndarray], params: AccessParameters,
                       ) -> "RoadNetwork":
        """``polylines``: one (k, 2) array of vertices per line part; ``speeds_kmh``: one per part."""
        require_csgraph()
        report = NetworkReport(lines=len(polylines))
        parts = [np.asarray(p, dtype=float).reshape(-1, 2) for p in polylines]
        counts = np.array([max(len(p) - 1, 0) for p in parts], dtype=np.int64)
        if not counts.sum():
            raise DataError(_N(CONTEXT, "The road network has no line with at least two vertices; choose a line "
                                        "layer of roads."))
        starts = np.concatenate([p[:-1] for p in parts if len(p) > 1])
        ends = np.concatenate([p[1:] for p in parts if len(p) > 1])
        speed = np.full(len(parts), params.speed_kmh) if speeds_kmh is None else \
            np.asarray(speeds_kmh, dtype=float).reshape(-1)
        bad_speed = ~np.isfinite(speed) | (speed <= 0)
        speed = np.where(bad_speed, params.speed_kmh, speed)
        segment_speed = np.repeat(speed, counts)
        report.invalid_speeds = int(np.repeat(bad_speed, counts).sum())
        report.segments = len(starts)
        node_xy, node = _snap(np.vstack([starts, ends]), params.snap_m)
        i, j = node[:len(starts)], node[len(starts):]
        length = np.hypot(*(ends - starts).T)
        cost = length / (segment_speed * 1000.0) * 60.0
        loops = i == j
        report.zero_length = int(loops.sum())
        i, j, cost = i[~loops], j[~loops], cost[~loops]
        low, high = np.minimum(i, j), np.maximum(i, j)
        # Parallel segments between the same two nodes: keep the fastest (a sparse sum would add them).
        order = np.lexsort((cost, high, low))
        low, high, cost = low[order], high[order], cost[order]
        first = np.ones(len(low), bool)
        first[1:] = (low[1:] != low[:-1]) | (high[1:] != high[:-1])
        network = cls(node_xy=node_xy, rows=low[first], cols=high[first], minutes=np.maximum(cost[first], _EPSILON),
                      report=report)
        report.nodes = network.n_nodes
        report.edges = int(first.sum())
        report.components = network.component_count()
        return network

    def component_count(self) -> int:
        coo_matrix, _dijkstra = require_csgraph()
        from scipy.sparse.csgraph import connected_components

        graph = coo_matrix((self.minutes, (self.rows, self.cols)), shape=(self.n_nodes, self.n_nodes)).tocsr()
        count, _labels = connected_components(graph, directed=False)
        return int(count)

    def snap(self, xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Nearest node of each point and the straight distance to it (m)."""
        if self._tree is None:
            from scipy.spatial import cKDTree

            self._tree = cKDTree(self.node_xy)
        distance, node = self._tree.query(np.asarray(xy, dtype=float).reshape(-1, 2), k=1)
        return node.astype(np.int64), distance

    def node_minutes(self, dest_xy: np.ndarray, params: AccessParameters) -> np.ndarray:
        """Minutes from the nearest destination to every node (inf where none is reachable)."""
        coo_matrix, dijkstra = require_csgraph()
        node, leg = self.snap(dest_xy)
        leg_minutes = params.straight_minutes(leg)
        # One leg per node: the shortest of the destinations snapped to it.
        best = np.full(self.n_nodes, np.inf)
        np.minimum.at(best, node, leg_minutes)
        targets = np.flatnonzero(np.isfinite(best))
        source = self.n_nodes
        rows = np.concatenate([self.rows, np.full(len(targets), source)])
        cols = np.concatenate([self.cols, targets])
        data = np.concatenate([self.minutes, np.maximum(best[targets], _EPSILON)])
        size = self.n_nodes + 1
        graph = coo_matrix((data, (rows, cols)), shape=(size, size)).tocsr()
        distances = dijkstra(graph, directed=False, indices=source)
        return distances[:self.n_nodes]


def _snap(points: np.ndarray, tolerance: float) -> tuple[np.ndarray, np.ndarray]:
    """Merge points on a grid of ``tolerance`` metres: unique nodes and the node of every point."""
    key = np.round(points / tolerance).astype(np.int64) if tolerance > 0 else points
    _unique, first, inverse = np.unique(key, axis=0, return_index=True, return_inverse=True)
    return points[first], inverse.reshape(-1).astype(np.int64)


def network_minutes(network: RoadNetwork, origins: Origins, dest: Destinations, params: AccessParameters,
                    ) -> np.ndarray:
    """Minutes from every origin to its nearest destination along the network; NaN if unreachable."""
    n = len(origins)
    minutes = np.full(n, np.nan)
    located = origins.located
    if len(dest) and located.any():
        at_node = network.node_minutes(dest.xy, params)
        node, leg = network.snap(origins.xy[located])
        total = at_node[node] + params.straight_minutes(leg)
        minutes[located] = np.where(np.isfinite(total), total, np.nan)
    return with_intra_times(minutes, origins, dest, params)


def straight_or_network(origins: Origins, dest: Destinations, params: AccessParameters,
                        network: Optional[RoadNetwork]) -> np.ndarray:
    if network is None:
        return straight_line_minutes(origins, dest, params)
    return network_minutes(network, origins, dest, params)

