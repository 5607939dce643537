"""The run's configuration in the project and in files; user preferences in QgsSettings."""

import json

import pytest
from qgis.core import Qgis, QgsProject

from fragilite_numerique.gis import plugin_info, project_config, settings

from dock_helpers import make_dock, preferences, run_embedded, wait_for_run


@pytest.fixture()
def project(qgis_iface):
    project = QgsProject.instance()
    project.clear()
    qgis_iface.messageBar().clear_messages()
    yield project
    project.clear()


def test_reopening_the_project_restores_the_dock_and_the_fiches(project, qgis_iface, tmp_path):
    with preferences(output_folder=str(tmp_path)):
        dock = make_dock(qgis_iface, project)
        try:
            run_embedded(dock)
            dock.territory.value_radio.click()
            dock.territory.reference_field.setField("dep")
            dock.territory.reference_value.setCurrentText("59")
            dock.method.weight_boxes["ax1"].setValue(2)
            path = tmp_path / "etude.qgz"
            assert project.write(str(path))
            result_id = dock.result_layer_id
            project.clear()
            assert dock.result_layer() is None and dock.territory.layer() is None
            assert project.read(str(path))
            wait_for_run(dock)                   # the fiches are read back in the background
            assert dock.territory.layer().source().startswith(str(plugin_info.EMBEDDED_COMMUNES))
            assert dock.territory.code_combo.currentField() == "code"
            assert dock.territory.epci_combo.currentField() == "epci"
            assert dock.territory.reference_mode() == "value"
            assert dock.territory.reference_expression_text() == "\"dep\" = '59'"
            assert dock.method.weights()["ax1"] == 2
            assert dock.data.binding_path() == str(plugin_info.EMBEDDED_BINDING)
            assert dock.result_layer_id == result_id and dock.units is not None
            assert dock.show_code("59392")
            assert "Maubeuge" in dock.results.fiche_title.text()
            stored, _ = project.readEntry(project_config.PROJECT_SCOPE, project_config.PROJECT_KEY, "")
            assert json.loads(stored)["method"] == "plugin:resources/methods/hdf_2021.json"
        finally:
            dock.teardown()


def test_configuration_file_round_trip(project, qgis_iface, tmp_path):
    dock = make_dock(qgis_iface, project)
    try:
        dock.use_embedded_data()
        dock.territory.expression_radio.click()
        dock.territory.reference_expression.setExpression("\"dep\" IN ('59', '62')")
        dock.method.normalisation.setCurrentIndex(dock.method.normalisation.findData("rank"))
        dock.method.missing_rule.setCurrentIndex(dock.method.missing_rule.findData("available"))
        dock.method.min_share.setValue(60)
        target = tmp_path / "config.json"
        assert dock.save_config_file(str(target))
        data = json.loads(target.read_text(encoding="utf-8"))
        assert data["format"] == "fragilite_numerique.configuration"
        assert data["binding"] == "plugin:resources/data/hdf/binding_hdf_2021.json"
        assert data["parameters"] == {"normalisation": "rank", "missing_rule": "available", "min_share": 0.6,
                                      "weights": None}
        assert data["reference"]["mode"] == "expression"
        other = make_dock(qgis_iface, project)
        try:
            assert other.load_config_file(str(target))
            assert other.method.normalisation.currentData() == "rank"
            assert other.method.missing_rule.currentData() == "available"
            assert other.method.min_share.value() == 60 and other.method.min_share.isEnabled()
            assert other.territory.reference_expression_text() == "\"dep\" IN ('59', '62')"
            assert other.territory.layer() is dock.territory.layer()   # found in the project, not reopened
        finally:
            other.teardown()
    finally:
        dock.teardown()


def test_a_bad_configuration_file_names_the_key_and_changes_nothing(project, qgis_iface, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "fragilite_numerique.configuration",
                               "parameters": {"normalisation": "median"}}), encoding="utf-8")
    dock = make_dock(qgis_iface, project)
    try:
        before = dock.current_config()
        assert not dock.load_config_file(str(bad))
        warnings = qgis_iface.messageBar().get_messages(Qgis.Warning)
        assert any("bad.json" in text and "parameters.normalisation" in text and "median" in text
                   for text in warnings)
        assert dock.current_config() == before
        missing = tmp_path / "missing.json"
        missing.write_text(json.dumps({"format": "fragilite_numerique.configuration",
                                       "method": "methode_absente.json"}), encoding="utf-8")
        with pytest.raises(project_config.ConfigError, match="methode_absente.json"):
            project_config.load_file(str(missing))
    finally:
        dock.teardown()


def test_preferences_are_typed_and_persist(qgis_app):
    with preferences():
        settings.update(output_folder="/tmp/sorties", top_units=15, zoom_to_unit=False)
        loaded = settings.load()
        assert (loaded.output_folder, loaded.top_units, loaded.zoom_to_unit) == ("/tmp/sorties", 15, False)
        from qgis.core import QgsSettings

        QgsSettings().setValue(f"{settings.GROUP}/top_units", "beaucoup")   # a hand-edited ini file
        assert settings.load().top_units == settings.Preferences().top_units
        with pytest.raises(TypeError):
            settings.update(no_such_preference=1)


def test_rerun_repeats_the_last_configuration(project, qgis_iface, tmp_path):
    with preferences(output_folder=str(tmp_path), last_run=""):
        dock = make_dock(qgis_iface, project)
        try:
            assert dock.rerun_last() is None
            assert any("No previous run" in t for t in qgis_iface.messageBar().get_messages(Qgis.Info))
            run_embedded(dock)
            first = dock.result_layer_id
            assert dock.rerun_last() is not None
            wait_for_run(dock)
            assert dock.result_layer_id not in ("", first)
            assert len(list(tmp_path.glob("*.gpkg"))) == 2
        finally:
            dock.teardown()


def test_a_configuration_moves_with_its_data(tmp_path):
    """Paths below the configuration's folder are stored relative to it, the plugin's as plugin:…"""
    import shutil

    study = tmp_path / "etude"
    (study / "donnees").mkdir(parents=True)
    shutil.copy(plugin_info.EMBEDDED_COMMUNES, study / "donnees" / "communes.gpkg")
    config = project_config.RunConfig(layer_source=f"{study / 'donnees' / 'communes.gpkg'}|layername=communes",
                                      code_field="code", binding_path=str(plugin_info.EMBEDDED_BINDING),
                                      weights={"ax1": 2.0}, output_path=str(study / "ifn.gpkg"))
    project_config.save_file(config, str(study / "config.json"))
    data = json.loads((study / "config.json").read_text(encoding="utf-8"))
    assert data["layer"]["source"] == "donnees/communes.gpkg|layername=communes"
    assert data["output"] == "ifn.gpkg"
    moved = tmp_path / "ailleurs"
    shutil.move(str(study), str(moved))
    loaded = project_config.load_file(str(moved / "config.json"))
    assert loaded.layer_source == f"{moved / 'donnees' / 'communes.gpkg'}|layername=communes"
    assert loaded.output_path == str(moved / "ifn.gpkg")
    assert loaded.binding_path == str(plugin_info.EMBEDDED_BINDING)
    assert loaded.weights == {"ax1": 2.0} and loaded.code_field == "code"


def set_new_options(dock, communes, roads):
    """Every option added with the later steps, away from its default."""
    dock.territory.unit_level.set_level("epci")
    dock.territory.unit_level.members_layer.setLayer(communes)
    access = dock.method.access
    access.mode.setCurrentIndex(access.mode.findData("network"))
    access.speed.setValue(40)
    access.intra.setCurrentIndex(access.intra.findData("zero"))
    access.network.setLayer(roads)
    access.network_speed.setField("vitesse")
    typologies, exports, analyses = dock.results.typologies, dock.results.exports, dock.results.analyses
    typologies.classes.setValue(7)
    exports.atlas_kind.setCurrentIndex(exports.atlas_kind.findData("commune"))
    exports.atlas_mode.setCurrentIndex(exports.atlas_mode.findData("pngs"))
    exports.table_format.setCurrentIndex(exports.table_format.findData("csv"))
    analyses.runs.setValue(500)
    analyses.spread.setValue(10)
    analyses.vary.setChecked(False)


def check_new_options(dock, communes, roads):
    assert dock.territory.unit_level.current_level() == "epci"
    box = dock.territory.unit_level
    assert box.members_layer_ref() is communes
    assert (box.members_code.currentField(), box.members_unit.currentField()) == ("code", "epci")
    access = dock.method.access
    assert (access.mode.currentData(), access.speed.value(), access.intra.currentData()) == ("network", 40, "zero")
    assert access.network_layer() is roads and access.network_speed.currentField() == "vitesse"
    results = dock.current_config().results
    assert (results.classes, results.atlas_kind, results.atlas_mode, results.table_format) == \
        (7, "commune", "pngs", "csv")
    assert (results.stability_runs, results.weight_spread, results.vary_choices) == (500, 0.1, False)


def test_every_option_of_the_later_steps_goes_through_files_and_projects(project, qgis_iface, tmp_path):
    from osgeo import ogr, osr
    from qgis.core import QgsVectorLayer

    roads_path = tmp_path / "routes.gpkg"
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(roads_path))
    crs = osr.SpatialReference()
    crs.ImportFromEPSG(2154)
    source.CreateLayer("routes", crs, ogr.wkbLineString).CreateField(ogr.FieldDefn("vitesse", ogr.OFTReal))
    source = None
    roads = QgsVectorLayer(str(roads_path), "routes", "ogr")
    project.addMapLayer(roads)
    with preferences(output_folder=str(tmp_path)):
        dock = make_dock(qgis_iface, project)
        try:
            communes = dock.use_embedded_data()
            set_new_options(dock, communes, roads)
            target = tmp_path / "config.json"
            assert dock.save_config_file(str(target))
            data = json.loads(target.read_text(encoding="utf-8"))
            assert data["units"]["level"] == "epci" and data["units"]["members"]["unit_field"] == "epci"
            assert data["access"]["network"]["source"] == "routes.gpkg"          # relative to the file
            assert data["results"]["classes"] == 7
            other = make_dock(qgis_iface, project)
            try:
                assert other.load_config_file(str(target))
                check_new_options(other, communes, roads)
            finally:
                other.teardown()
            path = tmp_path / "etude.qgz"
            assert project.write(str(path))
            name = communes.name()
            project.clear()
            assert project.read(str(path))
            wait_for_run(dock)
            check_new_options(dock, project.mapLayersByName(name)[0], project.mapLayersByName("routes")[0])
        finally:
            dock.teardown()


def test_bad_values_of_the_new_options_name_their_key(tmp_path):
    base = {"format": "fragilite_numerique.configuration"}
    for extra, key in (({"access": {"speed_kmh": 0}}, "access.speed_kmh"),
                       ({"access": {"intra": "disc"}}, "access.intra"),
                       ({"units": {"level": "region"}}, "units.level"),
                       ({"results": {"classes": 12}}, "results.classes"),
                       ({"results": {"atlas_mode": "svg"}}, "results.atlas_mode"),
                       ({"results": {"vary_choices": "oui"}}, "results.vary_choices")):
        path = tmp_path / "config.json"
        path.write_text(json.dumps(dict(base, **extra)), encoding="utf-8")
        with pytest.raises(project_config.ConfigError, match=key.replace(".", r"\.")):
            project_config.load_file(str(path))
