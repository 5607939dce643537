"""Styles and typologies on degenerate layers (issue 5 bad input), and the QGIS 3.22 style-save gotcha."""

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from fragilite_numerique.core.errors import DataError
from fragilite_numerique.gis.style_store import save_style_set
from fragilite_numerique.gis.styles import ClassOptions, apply_style_set, style_set_to_store

FIELDS = ("ifn", "ifn_ax1", "ifn_ax2", "ifn_ax3", "ifn_ax4", "ifn_pub", "ifn_amg")


def scores_layer(rows: list) -> QgsVectorLayer:
    """A memory layer of squares with the composite, axes and sub-indices (one list of values per unit)."""
    spec = "&".join(f"field={name}:double" for name in FIELDS)
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:2154&field=code:string&{spec}", "units", "memory")
    features = []
    for i, row in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"59{i:03d}", *row])
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({i} 0,{i + 1} 0,{i + 1} 1,{i} 1,{i} 0))"))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def rule_labels(layer):
    return [rule.label() for rule in layer.renderer().rootRule().children()]


def test_a_single_unit_gets_one_class_per_field_and_a_warning(qgis_app, hdf_method):
    layer = scores_layer([[0.3, 0.1, 0.2, 0.4, 0.5, 0.25, 0.75]])
    result = apply_style_set(layer, hdf_method, ClassOptions("jenks", 5))
    assert list(result.names) == list(FIELDS)
    assert all(c.k == 1 for c in result.classifications.values())
    assert rule_labels(layer) == ["0,30 – 0,30", "No value"]
    warned = [str(w) for w in result.warnings]
    assert "Field ifn has only 1 distinct value(s): 1 class(es) instead of 5." in warned
    assert len(warned) == len(FIELDS)


def test_more_classes_than_units_gives_one_class_per_unit_with_distinct_labels(qgis_app, hdf_method):
    layer = scores_layer([[v] * 7 for v in (0.101, 0.104, 0.9)])
    result = apply_style_set(layer, hdf_method, ClassOptions("jenks", 8))
    assert result.classifications["ifn"].counts == (1, 1, 1)
    # 0,10 and 0,10 would print the same: a third decimal keeps the classes apart.
    assert rule_labels(layer) == ["0,101 – 0,101", "0,101 – 0,104", "0,104 – 0,900", "No value"]
    assert any("ifn_ax3" in str(w) and "3 class(es) instead of 8" in str(w) for w in result.warnings)


def test_all_values_missing_is_refused_naming_every_field(qgis_app, hdf_method):
    layer = scores_layer([[None] * 7, [None] * 7])
    with pytest.raises(DataError) as raised:
        apply_style_set(layer, hdf_method)
    text = str(raised.value)
    assert "No field of layer units could be styled" in text
    assert all(f"Field {name}: no unit has a value" in text for name in FIELDS)


def test_policy_typology_of_a_single_unit_warns_that_levels_stay_empty(qgis_app, tmp_path):
    from fragilite_numerique.gis.typologies import TypologyRequest, run_policy_typology

    layer = scores_layer([[0.3, 0.1, 0.2, 0.4, 0.5, 0.25, 0.75]])
    outcome = run_policy_typology(TypologyRequest(source=layer, output_path=str(tmp_path / "typo.gpkg")))
    warned = [str(w) for w in outcome.warnings]
    assert any(w.startswith("Field ifn_pub:") and "1 of the 3 levels of the 3 × 3" in w for w in warned)
    assert any(w.startswith("Field ifn_amg:") and "1 of the 2 levels of the 2 × 2" in w for w in warned)
    written = QgsVectorLayer(f"{tmp_path / 'typo.gpkg'}|layername=fragilite_numerique", "typo", "ogr")
    assert [f["ifn_typ"] for f in written.getFeatures()] == ["11"]


def test_a_layer_read_before_its_styles_are_saved_can_be_read_again(qgis_app, hdf_method, tmp_path):
    """QGIS 3.22 cannot read a GeoPackage layer again after saveStyleToDatabase unless it is reloaded."""
    path = tmp_path / "scores.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "fragilite_numerique"
    source = scores_layer([[0.1 * i] * 7 for i in range(12)])
    error = QgsVectorFileWriter.writeAsVectorFormatV3(source, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    layer = QgsVectorLayer(f"{path}|layername=fragilite_numerique", "scores", "ogr")
    assert len(list(layer.getFeatures())) == 12
    result = apply_style_set(layer, hdf_method, default_field="ifn")
    assert save_style_set(layer, result) == []
    assert len(list(layer.getFeatures())) == 12
    fresh = QgsVectorLayer(f"{path}|layername=fragilite_numerique", "fresh", "ogr")
    assert '"ifn"' in fresh.renderer().rootRule().children()[0].filterExpression()
    assert len(list(fresh.getFeatures())) == 12


def scores_gpkg(path, rows: list) -> QgsVectorLayer:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "fragilite_numerique"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(scores_layer(rows), str(path), QgsCoordinateTransformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    return QgsVectorLayer(f"{path}|layername=fragilite_numerique", "scores", "ogr")


def stored_styles(path) -> list:
    """(name, default, description, QML, SLD) as stored, with rule keys and attribute order made comparable."""
    import re
    import sqlite3
    import xml.etree.ElementTree as ET

    def canonical(text):
        text = re.sub(r"<!DOCTYPE[^>]*>", "", re.sub(r"\{[0-9a-f-]{36}\}", "{key}", text))
        return ET.canonicalize(text, strip_text=True)

    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT styleName, useAsDefault, description, styleQML, styleSLD FROM layer_styles "
                                  "ORDER BY id").fetchall()
    finally:
        connection.close()
    return [(name, default, description, canonical(qml), canonical(sld)) for name, default, description, qml, sld
            in rows]


def test_styles_made_to_store_are_stored_as_qgis_stores_named_styles(qgis_app, hdf_method, tmp_path):
    rows = [[0.1 * i + 0.01 * (i % 4)] * 7 for i in range(15)] + [[None] * 7]
    stored = []
    for documents in (False, True):
        path = tmp_path / f"scores_{documents}.gpkg"
        layer = scores_gpkg(path, rows)
        build = style_set_to_store if documents else apply_style_set
        result = build(layer, hdf_method, default_field="ifn_ax2")
        assert bool(result.documents) is documents
        assert save_style_set(layer, result) == []
        del layer
        stored.append(stored_styles(path))
    assert [row[:2] for row in stored[1]] == [(name, int(name == "Axis 2 (ifn_ax2)"))
                                              for name in result.names.values()]
    assert stored[1] == stored[0]
    fresh = QgsVectorLayer(f"{tmp_path / 'scores_True.gpkg'}|layername=fragilite_numerique", "fresh", "ogr")
    assert '"ifn_ax2"' in fresh.renderer().rootRule().children()[0].filterExpression()


def test_styling_again_replaces_every_style_including_the_current_one(qgis_app, hdf_method):
    layer = scores_layer([[0.1 * i] * 7 for i in range(12)])
    first = apply_style_set(layer, hdf_method, ClassOptions("jenks", 5), default_field="ifn_ax1")
    manager = layer.styleManager()
    assert manager.currentStyle() == first.names["ifn_ax1"]
    again = apply_style_set(layer, hdf_method, ClassOptions("quantile", 3), default_field="ifn")
    assert sorted(manager.styles()) == sorted(again.names.values())
    assert manager.currentStyle() == again.names["ifn"]
    for name in again.names.values():   # the current style of the first run too: 3 classes, no 5
        manager.setCurrentStyle(name)
        assert len(rule_labels(layer)) == 4, name
    # Its current style named as one of the set: styled again, it is the one reused, then the default.
    again = apply_style_set(layer, hdf_method, ClassOptions("equal", 2), default_field="ifn_pub")
    for name in again.names.values():
        manager.setCurrentStyle(name)
        assert len(rule_labels(layer)) == 3, name
    manager.setCurrentStyle(again.names["ifn_ax4"])
    again = apply_style_set(layer, hdf_method, ClassOptions("equal", 4), default_field="ifn_ax4")
    assert manager.currentStyle() == again.names["ifn_ax4"] and len(rule_labels(layer)) == 5
    assert '"ifn_ax4"' in layer.renderer().rootRule().children()[0].filterExpression()
