"""Territory and Method steps: EPCI units (aggregated or with a commune layer) and access-time parameters."""

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from fragilite_numerique.core import fields as F
from fragilite_numerique.gis.scoring import read_provenance

from dock_helpers import fresh_dock, run_to_result, wait_for_run


@pytest.fixture()
def dock(qgis_iface, tmp_path):
    with fresh_dock(qgis_iface, tmp_path) as widget:
        widget.use_embedded_data()
        yield widget


def test_epci_units_need_their_communes(dock):
    communes = dock.territory.layer()
    dock.territory.unit_level.set_level("epci")
    # the commune layer holds no unique EPCI code, and no commune table: the run says what to do
    assert dock.territory.code_combo.currentField() == ""
    assert any("aggregate the communes" in p for p in dock.problems())
    assert not dock.run_button.isEnabled()
    assert dock.territory.epci_combo.isHidden() and not dock.territory.dep_combo.isHidden()
    box = dock.territory.unit_level
    box.members_layer.setLayer(communes)
    assert (box.members_code.currentField(), box.members_unit.currentField()) == ("code", "epci")
    assert box.members_problem() == ""


def test_aggregated_epci_become_the_unit_layer_and_are_scored(dock, tmp_path):
    communes = dock.territory.layer()
    assert not dock.territory.unit_level.aggregate_row.isHidden()
    dock.aggregate("epci")
    wait_for_run(dock)
    units = dock.territory.layer()
    assert units is not communes and units.featureCount() == 92
    assert dock.territory.unit_level.current_level() == "epci"
    assert dock.territory.code_combo.currentField() == "code"
    assert dock.territory.unit_level.aggregate_row.isHidden()       # EPCI are not aggregated again
    assert "3,789 communes" in dock.territory.unit_level.members_hint.text()
    assert dock.problems() == []
    layer = run_to_result(dock)
    assert layer.featureCount() == 92
    record = read_provenance(layer.source().split("|")[0])
    assert record["parameters"]["unit_level"] == "epci"
    values = {f["code"]: f for f in layer.getFeatures()}
    chauny = values["200071785"]
    assert chauny[F.COMPOSITE] is not None and chauny["i_pauv"] == "obs"   # the Filosofi EPCI table, read directly
    assert {f["i_t_urg"] for f in layer.getFeatures()} == {"abs"}          # access times: communes only

    # the same units with the commune layer giving their communes: the same scores
    dock.territory.unit_level.members_layer.setLayer(communes)
    dock.results.set_output_path(str(tmp_path / "epci_bis.gpkg"))
    again = {f["code"]: f[F.COMPOSITE] for f in run_to_result(dock).getFeatures()}
    assert again == pytest.approx({code: f[F.COMPOSITE] for code, f in values.items()})


def test_access_time_parameters_replace_the_bindings(dock):
    access = dock.method.access
    assert access.mode.isEnabled() and "6 access time(s)" in access.info.text()
    assert (access.detour.value(), access.speed.value(), access.intra.currentData()) == (1.3, 50, "area")
    config = dock.current_config()
    assert config.access is None                    # nothing changed: the binding's parameters
    access.speed.setValue(30)
    access.intra.setCurrentIndex(access.intra.findData("zero"))
    config = dock.current_config()
    assert (config.access.speed_kmh, config.access.intra, config.access.detour) == (30, "zero", 1.3)
    layer = run_to_result(dock)
    record = read_provenance(layer.source().split("|")[0])
    used = record["parameters"]["access"]
    assert (used["speed_kmh"], used["intra"], used["detour"]) == (30, "zero", 1.3)
    times = [f["v_t_urg"] for f in layer.getFeatures()]
    assert min(times) == 0 and max(times) > 0       # a commune holding an emergency service: 0 minutes


def test_the_road_network_mode_needs_a_line_layer(dock):
    access = dock.method.access
    access.mode.setCurrentIndex(access.mode.findData("network"))
    assert any("road network" in p for p in dock.problems())
    assert access.detour.isHidden() and not access.network.isHidden()
    roads = QgsVectorLayer("LineString?crs=EPSG:2154&field=vitesse:double", "routes", "memory")
    QgsProject.instance().addMapLayer(roads)
    access.network.setLayer(roads)
    assert access.network_speed.currentField() == "vitesse"
    assert dock.problems() == []
    options = dock.access_options(dock.current_config())
    assert options.parameters.mode == "network" and options.network_speed_field == "vitesse"
    assert options.network.featureCount() == 0      # a snapshot of the layer, safe in the worker
    assert dock.current_config().access.network.id == roads.id()
