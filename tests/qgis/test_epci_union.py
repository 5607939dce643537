"""The dissolve of the communes by EPCI for the EPCI atlas pages: GDAL's unions on every core must give
QGIS's own unaryUnion, and anything GDAL's path does not take goes back to QGIS's."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsFeedback, QgsGeometry, QgsVectorLayer, QgsWkbTypes

from conftest import COMMUNES_GPKG
from fragilite_numerique.gis.epci_coverage import _union_by_group


def _somme(tmp_path) -> QgsVectorLayer:
    path = tmp_path / "communes.gpkg"
    path.write_bytes(COMMUNES_GPKG.read_bytes())   # QGIS may rewrite the header of a file it opens
    layer = QgsVectorLayer(f"{path}|layername=communes", "communes", "ogr")
    layer.setSubsetString("dep = '80'")
    return layer


def test_the_unions_are_qgiss(qgis_new_project, tmp_path):
    layer = _somme(tmp_path)
    expected: dict = {}
    for feature in layer.getFeatures():
        expected.setdefault(feature["epci"], []).append(feature.geometry())
    unions = _union_by_group(layer, "epci")
    assert sorted(unions) == sorted(expected) and len(unions) > 5
    for code, geometries in expected.items():
        reference = QgsGeometry.unaryUnion(geometries)
        assert unions[code].isGeosValid()
        assert unions[code].symDifference(reference).area() < 1e-6 * reference.area(), code


def test_other_geometries_go_to_qgiss_union_and_a_cancel_stops(qgis_new_project):
    layer = QgsVectorLayer("PolygonZ?crs=EPSG:2154&field=epci:string", "z", "memory")
    features = []
    for x in (0, 10):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["A"])
        feature.setGeometry(QgsGeometry.fromWkt(f"PolygonZ(({x} 0 1, {x + 10} 0 1, {x + 10} 10 1, {x} 10 1, {x} 0 1))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    unions = _union_by_group(layer, "epci")
    assert unions["A"].area() == 200 and unions["A"].boundingBox().width() == 20
    assert QgsWkbTypes.hasZ(unions["A"].wkbType())      # QGIS's union, which keeps the Z
    feedback = QgsFeedback()
    feedback.cancel()
    assert _union_by_group(layer, "epci", feedback) == {}
