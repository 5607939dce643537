"""Issue 4 audit: destinations outside the territory still serve the units near them (and are
reported), in a layer whose CRS is geographic, measured in Lambert-93 metres."""

import math

import pytest
from qgis.core import QgsGeometry, QgsPointXY

from test_access_algorithm import Recorder, features, run, small_units
from test_access_io import PER_METRE, PLACES, memory_layer


def test_a_destination_outside_every_unit_serves_the_nearest_units(tmp_path, provider):
    (ax, ay), (bx, by), (cx, cy) = PLACES.values()
    # 3 km east of B's centre, 2 km beyond its 2 km square: in no unit (e.g. across the regional border).
    outside = memory_layer("Point", "EPSG:4326", "field=n:string",
                           [(QgsGeometry.fromPointXY(QgsPointXY(bx + 3000, by)), ["x"])])
    recorder = Recorder()
    result = run({"INPUT": small_units(), "CODE_FIELD": "code", "SOURCE": 1, "POINTS": outside,
                  "OUTPUT": str(tmp_path / "out.gpkg")}, recorder)
    _layer, feats = features(result["OUTPUT"])
    times = {f["code"]: f["t_equip"] for f in feats}
    # No unit holds it: every unit, B included, gets the straight-line time (no intra-unit time).
    assert times["59001"] == pytest.approx(13_000 * PER_METRE, rel=1e-4)
    assert times["59002"] == pytest.approx(3_000 * PER_METRE, rel=1e-4)
    assert times["59003"] == pytest.approx(math.hypot(13_000, 30_000) * PER_METRE, rel=1e-4)
    assert any("1 point(s) lie in no unit" in w and "still serve the units nearby" in w for w in recorder.warnings)


def test_destinations_inside_and_outside_the_nearest_wins(tmp_path, provider):
    (ax, ay), _b, (cx, cy) = PLACES.values()
    points = memory_layer("Point", "EPSG:4326", "field=n:string", [
        (QgsGeometry.fromPointXY(QgsPointXY(ax, ay)), ["in A"]),                 # inside A
        (QgsGeometry.fromPointXY(QgsPointXY(cx, cy + 4000)), ["beyond C"])])     # 4 km north of C, outside
    recorder = Recorder()
    result = run({"INPUT": small_units(), "CODE_FIELD": "code", "SOURCE": 1, "POINTS": points, "INTRA": 1,
                  "OUTPUT": str(tmp_path / "out.gpkg")}, recorder)
    _layer, feats = features(result["OUTPUT"])
    times = {f["code"]: f["t_equip"] for f in feats}
    assert times["59001"] == 0                                              # A holds one (intra "zero")
    assert times["59002"] == pytest.approx(10_000 * PER_METRE, rel=1e-4)    # A's is nearer than C's
    assert times["59003"] == pytest.approx(4_000 * PER_METRE, rel=1e-4)     # the outside one is nearer
    assert any("1 point(s) lie in no unit" in w for w in recorder.warnings)
