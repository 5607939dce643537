"""Geometry for access times: units and points in any CRS are measured in Lambert-93 metres."""

import math

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

from fragilite_numerique.core.access import AccessParameters
from fragilite_numerique.core.access_spec import parse_range_list, parse_type_list, EquipmentSpec
from fragilite_numerique.core.errors import DataError
from fragilite_numerique.gis.access_io import unit_geometry, working_crs
from fragilite_numerique.gis.access_run import compute_layer_access

L93 = QgsCoordinateReferenceSystem("EPSG:2154")
PER_METRE = 1.3 * 60 / 50_000
# Three places in Lambert-93 metres: B is 10 km east of A, C 30 km north of A.
PLACES = {"59001": (700_000.0, 7_000_000.0), "59002": (710_000.0, 7_000_000.0), "59003": (700_000.0, 7_030_000.0)}


def to_crs(geometry: QgsGeometry, authid: str) -> QgsGeometry:
    geometry = QgsGeometry(geometry)
    geometry.transform(QgsCoordinateTransform(L93, QgsCoordinateReferenceSystem(authid), QgsProject.instance()))
    return geometry


def square(x, y, side=2000.0) -> QgsGeometry:
    h = side / 2
    return QgsGeometry.fromWkt(f"POLYGON(({x - h} {y - h},{x + h} {y - h},{x + h} {y + h},{x - h} {y + h},"
                               f"{x - h} {y - h}))")


def memory_layer(kind: str, authid: str, fields: str, rows: list) -> QgsVectorLayer:
    """rows: (geometry in Lambert-93 or None, attributes)."""
    layer = QgsVectorLayer(f"{kind}?crs={authid}&{fields}", "test", "memory")
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        if geometry is not None:
            feature.setGeometry(to_crs(geometry, authid))
        feature.setAttributes(attributes)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def wgs84_units(with_null=False) -> QgsVectorLayer:
    rows = [(square(x, y), [code]) for code, (x, y) in PLACES.items()]
    if with_null:
        rows.append((None, ["59004"]))
    return memory_layer("Polygon", "EPSG:4326", "field=code:string", rows)


def test_wgs84_units_get_lambert93_origins_and_areas(qgis_new_project):
    units = unit_geometry(wgs84_units(), working_crs("EPSG:2154"))
    assert units.origins.xy == pytest.approx(np.array(list(PLACES.values())), abs=0.5)
    assert units.origins.area == pytest.approx([4e6] * 3, rel=1e-3)


def test_wgs84_units_and_web_mercator_points_give_lambert93_distances(qgis_new_project):
    points = memory_layer("Point", "EPSG:3857", "field=kind:string",
                          [(QgsGeometry.fromPointXY(QgsPointXY(*PLACES["59001"])), ["gp"])])
    spec = EquipmentSpec(id="points", kind="points", path="", type="kind")
    access = compute_layer_access(wgs84_units(), "code", parse_type_list("gp"), [],
                                  AccessParameters(intra="area"), points=points, points_spec=spec)
    gp = access.result.times["GP"].tolist()
    intra = 2 / 3 * math.sqrt(4e6 / math.pi) * PER_METRE     # A holds the point: its intra-unit time
    assert gp == pytest.approx([intra, 10_000 * PER_METRE, 30_000 * PER_METRE], rel=1e-3)
    assert access.result.report.sources[0].outside == 0


def test_destinations_without_geometry_are_reported_and_ignored(qgis_new_project):
    points = memory_layer("Point", "EPSG:2154", "field=kind:string",
                          [(QgsGeometry.fromPointXY(QgsPointXY(*PLACES["59002"])), ["a"]), (None, ["a"])])
    spec = EquipmentSpec(id="points", kind="points", path="")
    access = compute_layer_access(wgs84_units(), "code", parse_type_list("*"), [], AccessParameters(intra="zero"),
                                  points=points, points_spec=spec)
    source = access.result.report.sources[0]
    assert (source.n_bad, source.destinations) == (1, 1)
    assert access.result.times["equip"].tolist() == pytest.approx([10_000 * PER_METRE, 0,
                                                                   math.hypot(10_000, 30_000) * PER_METRE], rel=1e-4)
    assert any("no usable location" in str(w) for w in access.result.report.warnings)


def test_null_geometries_give_no_value_and_are_reported(qgis_new_project, tmp_path):
    counts = tmp_path / "counts.csv"
    counts.write_text("DEPCOM;TYPEQU;NB_EQUIP\n59001;D201;1\n59004;D201;2\n59999;D201;1\n", encoding="utf-8")
    spec = EquipmentSpec(id="counts.csv", kind="counts", path=str(counts), code="DEPCOM", type="TYPEQU",
                         count="NB_EQUIP")
    sets = parse_type_list("D201; D106")
    access = compute_layer_access(wgs84_units(with_null=True), "code", sets, parse_range_list("r=*", sets),
                                  AccessParameters(intra="zero"), counts_path=str(counts), counts_spec=spec)
    times = access.result.times
    assert times["D201"][:3].tolist() == pytest.approx([0.0, 10_000 * PER_METRE, 30_000 * PER_METRE], abs=1e-3)
    assert np.isnan(times["D201"][3])
    assert times["D106"].isna().all() and times["r"][:3].tolist() == pytest.approx(times["D201"][:3].tolist())
    report = access.result.report
    assert report.no_origin == ["59004"]
    assert report.sources[0].unmatched_codes == ["59999"]
    texts = [str(w) for w in report.warnings]
    assert any("59999" in t and "outside the territory" in t for t in texts)
    assert any("D106" in t for t in texts)


def test_a_geographic_working_crs_is_refused():
    with pytest.raises(DataError, match="projected CRS"):
        working_crs("EPSG:4326")


def test_points_far_from_every_unit_are_refused_as_a_crs_error(qgis_new_project):
    # Latitude and longitude swapped: the points land in the Indian Ocean.
    far = QgsVectorLayer("Point?crs=EPSG:4326&field=kind:string", "swapped", "memory")
    feature = QgsFeature(far.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(50.6, 3.05)))
    feature.setAttributes(["x"])
    far.dataProvider().addFeatures([feature])
    spec = EquipmentSpec(id="swapped", kind="points", path="")
    with pytest.raises(DataError, match="swapped"):
        compute_layer_access(wgs84_units(), "code", parse_type_list("*"), [], AccessParameters(), points=far,
                             points_spec=spec)


def test_chefs_lieux_replace_the_point_on_surface(qgis_new_project):
    chefs = memory_layer("Point", "EPSG:4326", "field=insee:string",
                         [(QgsGeometry.fromPointXY(QgsPointXY(700_500.0, 7_000_400.0)), ["59001"]),
                          (QgsGeometry.fromPointXY(QgsPointXY(0.0, 0.0)), [None])])
    from fragilite_numerique.gis.access_run import unit_codes

    units_layer = wgs84_units()
    codes, level = unit_codes(units_layer, "code")
    units = unit_geometry(units_layer, working_crs("EPSG:2154"), codes, chefs, "insee", level)
    assert units.chef_lieu_used == 1
    assert units.origins.xy[0] == pytest.approx([700_500.0, 7_000_400.0], abs=0.5)
    assert units.origins.xy[1] == pytest.approx(PLACES["59002"], abs=0.5)


def test_a_binding_in_network_mode_reads_its_road_file(qgis_new_project, tmp_path):
    import json

    from fragilite_numerique.core.binding import load_binding
    from fragilite_numerique.gis.access_run import compute_binding_access

    (ax, ay), (bx, by), _c = PLACES.values()
    roads = tmp_path / "roads.geojson"
    line = to_crs(QgsGeometry.fromPolylineXY([QgsPointXY(ax, ay), QgsPointXY(bx, by)]), "EPSG:4326")
    roads.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"v": 100}, "geometry": json.loads(line.asJson())}]}), encoding="utf-8")
    (tmp_path / "fs.csv").write_text("nom;lat;lon\nA;{};{}\n".format(*reversed(
        [round(c, 7) for c in to_crs(QgsGeometry.fromPointXY(QgsPointXY(ax, ay)), "EPSG:4326").asPoint()])),
        encoding="utf-8")
    binding = {"format": "fragilite_numerique.binding", "tables": {}, "variables": {
        "t": {"status": "real", "access": {"source": "fs"}}},
        "equipment": {"fs": {"kind": "points", "path": "fs.csv", "lat": "lat", "lon": "lon"}},
        "access_parameters": {"mode": "network", "intra": "zero", "network": {"path": "roads.geojson", "speed": "v"}}}
    (tmp_path / "b.json").write_text(json.dumps(binding), encoding="utf-8")
    access = compute_binding_access(wgs84_units(), "code", load_binding(tmp_path / "b.json"), ("t",))
    times = access.result.times["t"]
    assert times[0] == 0 and times[1] == pytest.approx(6.0, rel=1e-3)      # 10 km at 100 km/h
    # C is 30 km from the only road: a straight leg to its nearest node (A), and a warning.
    assert times[2] == pytest.approx(30_000 * PER_METRE, rel=1e-3)
    assert any("59003" in str(w) and "road network" in str(w) for w in access.result.report.warnings)
    assert access.result.report.network["edges"] == 1
