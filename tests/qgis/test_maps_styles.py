"""Styles on small layers: renderer types, classes, labels, the no-value class, named styles, themes, QML, legend."""

import xml.etree.ElementTree as ET

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRenderContext,
    QgsVectorLayer,
)

from fragilite_numerique.core import fields as F
from fragilite_numerique.core.classify import classify
from fragilite_numerique.core.errors import DataError
from fragilite_numerique.gis.layer_io import layer_to_frame
from fragilite_numerique.gis.bivariate import bivariate_legend_svg
from fragilite_numerique.gis.style_store import manager_styles, qml_file_name, write_qml_files
from fragilite_numerique.gis.styles import (
    BIVARIATE,
    NO_VALUE_FILL,
    ClassOptions,
    StyleSpec,
    apply_style_set,
    categorised_renderer,
    graduated_renderer,
    spread,
)
from fragilite_numerique.gis.themes import add_indicator_themes, group_title, place_in_group

SQUARE = "POLYGON((0 0,1 0,1 1,0 1,0 0))"


def memory_layer(spec: str, rows: list) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:2154&{spec}", "units", "memory")
    features = []
    for i, row in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        feature.setGeometry(QgsGeometry.fromWkt(SQUARE.replace("0 0", f"{i} 0", 1)))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


@pytest.fixture()
def scored_layer(qgis_app):
    fields = "&".join(f"field={name}:double" for name in ("ifn", "ifn_ax1", "ifn_ax2", "ifn_ax3", "ifn_ax4",
                                                          "ifn_pub", "ifn_amg"))
    rows = [[0.1 * i + 0.05 * (i % 3), 0.1 * i, 0.5, 0.2 + 0.01 * i, 0.3, 0.1 * (9 - i), 0.05 * i]
            for i in range(10)]
    rows.append([None] * 7)
    return memory_layer(fields + "&field=ifn_cah:integer&field=ifn_cahl:string",
                        [row + [1 + i % 3 if row[0] is not None else None,
                                f"Classe {1 + i % 3}" if row[0] is not None else None]
                         for i, row in enumerate(rows)])


def legend_labels_for(renderer, layer):
    """The legend label of the rule that draws each feature (the ELSE rule for units without value)."""
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    labels = {rule.ruleKey(): rule.label() for rule in renderer.rootRule().children()}
    out = []
    for feature in layer.getFeatures():
        keys = renderer.legendKeysForFeature(feature, context)
        out.append([labels[k] for k in keys if k in labels])
    renderer.stopRender(context)
    return out


def test_graduated_renderer_classes_labels_and_no_value_class(scored_layer):
    values = layer_to_frame(scored_layer, ["ifn"])["ifn"].tolist()
    classification = classify(values, "jenks", 4, name="ifn")
    renderer = graduated_renderer("ifn", classification)
    assert renderer.type() == "RuleRenderer"
    rules = renderer.rootRule().children()
    assert len(rules) == 5
    assert [r.label() for r in rules[:4]] == classification.labels()
    assert all(" – " in r.label() and "," in r.label() for r in rules[:4])
    assert rules[4].isElse() and rules[4].label() == "No value"
    assert rules[4].symbol().symbolLayer(0).color().name() == NO_VALUE_FILL
    assert rules[4].symbol().symbolLayerCount() == 2  # fill + hatching
    drawn = legend_labels_for(renderer, scored_layer)
    assert drawn[-1] == ["No value"]          # the unit without value
    assert all(len(d) == 1 and d[0] != "No value" for d in drawn[:-1])
    # Light = less fragile: the first class is lighter than the last.
    assert rules[0].symbol().color().lightness() > rules[3].symbol().color().lightness()


def test_categorised_renderer_catches_null(scored_layer):
    renderer = categorised_renderer("ifn_cah", [(1, "un", "#ff0000"), (2, "deux", "#00ff00")])
    assert renderer.type() == "categorizedSymbol"
    assert [c.label() for c in renderer.categories()] == ["un", "deux", "No value"]
    context = QgsRenderContext()
    renderer.startRender(context, scored_layer.fields())
    colors = [renderer.symbolForFeature(f, context).color().name() for f in scored_layer.getFeatures()]
    renderer.stopRender(context)
    assert colors[-1] == NO_VALUE_FILL          # NULL class
    assert colors[2] == NO_VALUE_FILL           # code 3 has no category here: caught too, never invisible
    assert colors[0] == "#ff0000"


def test_style_set_names_default_and_skipped_fields(scored_layer, hdf_method):
    result = apply_style_set(scored_layer, hdf_method, ClassOptions("quantile", 3), default_field=F.COMPOSITE)
    assert list(result.names) == ["ifn", "ifn_ax1", "ifn_ax2", "ifn_ax3", "ifn_ax4", "ifn_pub", "ifn_amg", "ifn_cah"]
    assert result.names["ifn_ax1"] == "Axis 1 (ifn_ax1)"
    assert all(len(name) <= 30 for name in result.names.values())
    manager = scored_layer.styleManager()
    assert set(result.names.values()) == set(manager.styles())
    assert manager.currentStyle() == result.default == "Composite index (ifn)"
    assert scored_layer.renderer().type() == "RuleRenderer"
    # ifn_ax2 is constant (0.5): one class and a warning instead of five identical labels.
    assert result.classifications["ifn_ax2"].k == 1
    assert any("ifn_ax2" in str(w) for w in result.warnings)
    manager.setCurrentStyle(result.names["ifn_cah"])
    categories = scored_layer.renderer().categories()
    assert [c.label() for c in categories] == ["1 – Classe 1", "2 – Classe 2", "3 – Classe 3", "No value"]
    manager.setCurrentStyle(result.names["ifn_pub"])
    assert '"ifn_pub"' in scored_layer.renderer().rootRule().children()[0].filterExpression()


def test_non_numeric_and_empty_fields_are_skipped_with_a_message(qgis_app, hdf_method):
    layer = memory_layer("field=ifn:double&field=ifn_ax1:string&field=ifn_ax2:double",
                         [[0.1, "a", None], [0.4, "b", None], [0.7, "c", None]])
    result = apply_style_set(layer, hdf_method)
    assert list(result.names) == ["ifn"]
    texts = [str(w) for w in result.warnings]
    assert any("ifn_ax1" in t and "not a number" in t for t in texts)
    assert any("ifn_ax2" in t and "no unit has a value" in t for t in texts)


def test_layer_without_index_fields_is_refused(qgis_app, hdf_method):
    layer = memory_layer("field=code:string", [["59001"]])
    with pytest.raises(DataError, match="none of the index fields"):
        apply_style_set(layer, hdf_method)


def test_user_limits_style(scored_layer, hdf_method):
    result = apply_style_set(scored_layer, hdf_method, ClassOptions("user", 5, (0.3, 0.6)))
    classification = result.classifications["ifn"]
    assert classification.k == 3 and classification.breaks[:2] == (0.3, 0.6)


def test_qml_copies_replace_the_folder_as_a_whole(scored_layer, hdf_method, tmp_path):
    result = apply_style_set(scored_layer, hdf_method)
    folder = tmp_path / "styles"
    folder.mkdir()
    (folder / "stale.qml").write_text("old", encoding="utf-8")
    written = write_qml_files(manager_styles(scored_layer, result.names.values()), str(folder))
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{f}.qml" for f in result.names)
    assert len(written) == len(result.names)
    ET.parse(folder / "ifn_ax1.qml")  # well-formed
    fresh = memory_layer("field=ifn_ax1:double", [[0.1], [0.9]])
    message, ok = fresh.loadNamedStyle(str(folder / "ifn_ax1.qml"))
    assert ok, message
    assert '"ifn_ax1"' in fresh.renderer().rootRule().children()[0].filterExpression()
    assert qml_file_name("Typologie 3 × 3 (ifn_t9)") == "ifn_t9.qml"
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_themes_and_group(scored_layer, hdf_method, qgis_new_project):
    project = QgsProject.instance()
    result = apply_style_set(scored_layer, hdf_method)
    title = group_title("Hauts-de-France", "Hauts-de-France 2021")
    assert title == "Hauts-de-France – Hauts-de-France 2021 method"
    place_in_group(project, scored_layer, title)
    assert project.layerTreeRoot().findGroup(title).findLayer(scored_layer.id()) is not None
    themes = add_indicator_themes(project, scored_layer, list(result.names.values()))
    collection = project.mapThemeCollection()
    assert set(themes) == set(result.names.values()) <= set(collection.mapThemes())
    record = collection.mapThemeState(result.names["ifn_ax3"]).layerRecords()[0]
    assert record.layer() is scored_layer and record.usingCurrentStyle
    assert record.currentStyle == result.names["ifn_ax3"]
    # Adding them again replaces them rather than duplicating.
    add_indicator_themes(project, scored_layer, themes)
    assert sorted(collection.mapThemes()) == sorted(themes)


def test_bivariate_legend_svg():
    svg = bivariate_legend_svg("Publics exposés", "Aménagement", "faible", "élevé", "Sans valeur")
    root = ET.fromstring(svg)
    fills = {e.get("fill") for e in root.iter("{http://www.w3.org/2000/svg}rect")}
    assert set(BIVARIATE.values()) <= fills and NO_VALUE_FILL in fills
    texts = [e.text for e in root.iter("{http://www.w3.org/2000/svg}text")]
    assert {"Publics exposés", "Aménagement", "Sans valeur"} <= set(texts)


def test_palette_spread():
    assert spread(("#000000", "#ffffff"), 3) == ["#000000", "#808080", "#ffffff"]
    assert spread(("a", "b", "c", "d", "e"), 3) == ["a", "c", "e"]
    assert StyleSpec("ifn_pub", "Sous-indice : x", "x" * 40).name.endswith("… (ifn_pub)")
    assert len(StyleSpec("ifn_pub", "t", "x" * 40).name) == 30


def test_print_layouts_follow_the_themes(scored_layer, hdf_method, qgis_new_project, tmp_path):
    from qgis.core import QgsLayoutItemMap

    from fragilite_numerique.gis.board import side_by_side_layout
    from fragilite_numerique.gis.indicator_maps import export_indicator_maps, two_lines

    project = QgsProject.instance()
    result = apply_style_set(scored_layer, hdf_method)
    project.addMapLayer(scored_layer)
    add_indicator_themes(project, scored_layer, list(result.names.values()))
    axes = [s for s in result.specs if s.field.startswith("ifn_ax")]
    board = side_by_side_layout(project, scored_layer, axes, "Axes", "footer")
    maps = [i for i in board.items() if isinstance(i, QgsLayoutItemMap)]
    assert sorted(m.followVisibilityPresetName() for m in maps) == sorted(s.name for s in axes)
    assert all(not m.extent().isEmpty() for m in maps)
    cah = [s for s in result.specs if s.field == F.CLUSTER]
    written = export_indicator_maps(project, scored_layer, cah, hdf_method, tmp_path, "sub", "sources",
                                    add_to_project=False)
    assert [p.split("/")[-1] for p in written] == ["carte_ifn_cah.png"]
    assert (tmp_path / "carte_ifn_cah.png").stat().st_size > 10000
    assert two_lines("Fragilité élevée, portée par les axes 1 et 3") == "Fragilité élevée¦portée par les axes 1 et 3"
    assert two_lines("court") == "court"


def test_bivariate_map_uses_the_legend_image(hdf_method, qgis_new_project, tmp_path):
    from qgis.core import QgsLayoutItemLegend, QgsLayoutItemPicture

    from fragilite_numerique.gis.bivariate import write_bivariate_legend
    from fragilite_numerique.gis.indicator_maps import indicator_layout

    layer = memory_layer("field=ifn_t9:string&field=ifn_t9l:string", [["11", "a"], ["33", "b"], [None, None]])
    project = QgsProject.instance()
    result = apply_style_set(layer, hdf_method)
    assert [c.value() for c in layer.renderer().categories()][:3] == ["33", "32", "31"]
    project.addMapLayer(layer)
    add_indicator_themes(project, layer, list(result.names.values()))
    svg = write_bivariate_legend(str(tmp_path / "l.svg"), "P", "A", "low", "high", "none")
    layout = indicator_layout(project, layer, result.specs[0], "sub", "sources", hdf_method, svg)
    pictures = [i for i in layout.items() if isinstance(i, QgsLayoutItemPicture)]
    assert [p.picturePath() for p in pictures if p.linkedMap() is None] == [svg]   # the other is the north arrow
    assert not [i for i in layout.items() if isinstance(i, QgsLayoutItemLegend)]


def test_typology_refuses_a_text_score_field(qgis_app, tmp_path):
    from fragilite_numerique.gis.typologies import TypologyRequest, run_policy_typology

    layer = memory_layer("field=ifn:double&field=ifn_pub:string&field=ifn_amg:double",
                         [[0.1, "0,2", 0.3], [0.2, "0,5", 0.1]])
    out = tmp_path / "typo.gpkg"
    with pytest.raises(DataError, match="ifn_pub is of type"):
        run_policy_typology(TypologyRequest(source=layer, output_path=str(out)))
    assert not out.exists()
