"""Shortest-path access times on a small grid whose shortest paths are known by hand."""

import sys

import numpy as np
import pytest

from fragilite_numerique.core.access import AccessParameters, Destinations, Origins, straight_line_minutes
from fragilite_numerique.core.access_network import RoadNetwork, network_minutes
from fragilite_numerique.core.access_run import compute_access, equipment_frame
from fragilite_numerique.core.access_spec import Target, TypeSet
from fragilite_numerique.core.errors import DataError

PER_METRE = 1.3 * 60 / 50_000      # straight legs: detour 1.3 at 50 km/h


def grid_lines(row0_speed=60.0):
    """A 3 × 3 grid of 1 km streets at 60 km/h (1 min per km), plus a road far away, not connected."""
    lines, speeds = [], []
    for k in range(3):
        lines.append(np.array([[0, k * 1000], [1000, k * 1000], [2000, k * 1000]], float))
        speeds.append(row0_speed if k == 0 else 60.0)
        lines.append(np.array([[k * 1000, 0], [k * 1000, 1000], [k * 1000, 2000]], float))
        speeds.append(60.0)
    lines.append(np.array([[10_000, 10_000], [11_000, 10_000]], float))
    speeds.append(60.0)
    return lines, np.array(speeds)


ORIGINS = Origins(np.array([[2000, 2000], [2000, 2300], [1000, 0], [10_500, 10_000]], float), np.zeros(4),
                  np.array(["NE", "N", "S", "far"], dtype=object))


def test_network_is_built_once_with_its_nodes_edges_and_components():
    network = RoadNetwork.from_polylines(*grid_lines(), AccessParameters(mode="network"))
    report = network.report
    assert (report.nodes, report.edges, report.components) == (11, 13, 2)
    assert report.lines == 7 and report.invalid_speeds == 0


def test_shortest_paths_on_the_grid_against_straight_lines():
    params = AccessParameters(mode="network")
    network = RoadNetwork.from_polylines(*grid_lines(), params)
    dest = Destinations([[0, 0]], [-1])
    minutes = network_minutes(network, ORIGINS, dest, params)
    # NE: 4 km of streets = 4 min; N: the same plus a 300 m straight leg; S: 1 km; far: not connected.
    assert minutes[:3].tolist() == pytest.approx([4.0, 4.0 + 300 * PER_METRE, 1.0])
    assert np.isnan(minutes[3])
    straight = straight_line_minutes(ORIGINS, dest, params)
    assert straight[0] == pytest.approx(np.hypot(2000, 2000) * PER_METRE)
    assert straight[3] > 0 and not np.isnan(straight[3])


def test_speed_field_and_parallel_roads_keep_the_fastest():
    lines, speeds = grid_lines(row0_speed=120.0)
    lines.append(np.array([[0, 0], [1000, 0]], float))        # a slower road alongside the fast one
    speeds = np.append(speeds, 30.0)
    params = AccessParameters(mode="network")
    network = RoadNetwork.from_polylines(lines, speeds, params)
    minutes = network_minutes(network, ORIGINS, Destinations([[0, 0]], [-1]), params)
    # NE: 2 km north-south at 1 min/km then 2 km on the fast row at 0.5 min/km = 3 min; S: 0.5 min.
    assert minutes[[0, 2]].tolist() == pytest.approx([3.0, 0.5])


def test_missing_speeds_use_the_default_speed_and_are_counted():
    lines, speeds = grid_lines()
    speeds[0] = np.nan
    speeds[2] = -5
    network = RoadNetwork.from_polylines(lines, speeds, AccessParameters(mode="network", speed_kmh=30))
    assert network.report.invalid_speeds == 4       # two lines of two segments each


def test_multi_source_gives_the_nearest_destination_and_holders_keep_their_intra_time():
    params = AccessParameters(mode="network", intra="zero")
    network = RoadNetwork.from_polylines(*grid_lines(), params)
    equipment = equipment_frame("bpe", ["D201", "D201"], [[0, 0], [2000, 2000]], [-1, 0])
    result = compute_access(ORIGINS, equipment, [TypeSet("gp", (Target("bpe", ("D201",)),))], [], params, network)
    gp = result.times["gp"]
    assert gp[:3].tolist() == pytest.approx([0.0, 300 * PER_METRE, 1.0])
    assert np.isnan(gp[3])
    assert result.report.sets["gp"].no_value == 1 and result.report.sets["gp"].examples == ["far"]
    assert any("cannot reach" in str(w) and "far" in str(w) for w in result.report.warnings)
    assert result.report.network["components"] == 2


def test_a_network_without_lines_is_refused():
    with pytest.raises(DataError, match="no line with at least two vertices"):
        RoadNetwork.from_polylines([np.array([[0.0, 0.0]])], None, AccessParameters(mode="network"))


def test_without_scipy_the_network_mode_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "scipy.sparse.csgraph", None)
    with pytest.raises(DataError, match="python3-scipy"):
        RoadNetwork.from_polylines(*grid_lines(), AccessParameters(mode="network"))
