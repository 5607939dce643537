"""The Data step: binding table with statuses, an added table, the preview, and runs that use the edits."""

import pytest
from qgis.core import Qgis, QgsVectorLayer

from fragilite_numerique.gis import plugin_info

from conftest import file_hash
from dock_helpers import fresh_dock, run_to_result


@pytest.fixture()
def dock(qgis_iface, tmp_path):
    with fresh_dock(qgis_iface, tmp_path) as widget:
        widget.use_embedded_data()
        yield widget


def test_binding_table_shows_every_variable_with_its_status(dock):
    table = dock.data.variables
    assert table.rowCount() == 2 * len(dock.method.method.leaves) == 34
    labels = [table.item(r, 0).text() for r in range(0, table.rowCount(), 2)]
    assert labels[:3] == ["Part des locaux raccordables FTTH", "Part des zones blanches (data + voix)",
                          "Taux de pauvreté monétaire"]
    status = {leaf: box.currentData() for leaf, box in dock.data.status_boxes.items()}
    assert (status["pauv"], status["ftth"], status["zblanch"]) == ("real", "proxy", "absent")
    assert table.cellWidget(1, 0) is dock.data.status_boxes["ftth"]
    assert not dock.data.status_boxes["ftth"].itemIcon(0).isNull()
    assert dock.data.source_boxes["ftth"].currentText() == "arcep: elig_thd1g / nbr × 100"


def test_a_variable_marked_absent_is_absent_from_the_run(dock, tmp_path):
    before = file_hash(plugin_info.EMBEDDED_BINDING)
    combo = dock.data.status_boxes["ftth"]
    combo.setCurrentIndex(combo.findData("absent"))
    assert dock.data.draft.status("ftth") == "absent" and dock.data.save_binding_button.isEnabled()
    layer = run_to_result(dock)
    assert {f["i_ftth"] for f in layer.getFeatures()} == {"abs"}
    assert file_hash(plugin_info.EMBEDDED_BINDING) == before, "the binding file is never modified"
    left = sorted(p.name for p in tmp_path.iterdir())
    assert not [n for n in left if n.endswith(".json")], "the edited binding is not left behind"
    assert [n for n in left if not n.endswith("_styles")] == [p.name for p in tmp_path.glob("*.gpkg")]


def test_an_added_table_feeds_an_absent_variable(dock, tmp_path, qgis_iface):
    table = tmp_path / "neet.csv"
    table.write_text("CODGEO;part_neet\n59392;31,5\n59350;22,0\n2001;18,4\n", encoding="cp1252")
    table_id = dock.data.add_table(str(table))
    assert table_id == "neet"
    dock.data.tables.selectRow(dock.data.tables.rowCount() - 1)
    assert dock.data.preview.rowCount() == 3
    assert dock.data.preview.item(0, 1).text() == "31,5"
    source = dock.data.source_boxes["neet"]
    source.setCurrentIndex(source.findText("neet: part_neet"))
    assert dock.data.draft.status("neet") == "real"
    layer = run_to_result(dock)
    values = {f["code"]: (f["v_neet"], f["i_neet"]) for f in layer.getFeatures()
              if f["code"] in ("59392", "02001", "62041")}
    assert values["59392"] == (31.5, "obs")
    assert values["02001"] == (18.4, "obs")            # the Aisne code that lost its zero
    assert values["62041"][1] != "obs"                 # not in the table: imputed, flagged
    saved = tmp_path / "ma_liaison.json"
    dock.data.save_binding(str(saved))
    assert dock.data.binding_path() == str(saved) and not dock.data.draft.modified
    assert dock.data.draft.status("neet") == "real"


def test_a_table_without_codes_is_refused_with_its_name(dock, tmp_path, qgis_iface):
    table = tmp_path / "sans_code.csv"
    table.write_text("nom;valeur\nLille;3\nArras;4\n", encoding="utf-8")
    assert dock.data.add_table(str(table)) is None
    assert any("sans_code.csv" in t for t in qgis_iface.messageBar().get_messages(Qgis.Warning))
    assert not dock.data.draft.modified


def test_display_filter_limits_the_units_shown(dock):
    dock.territory.display_filter.setExpression("\"epci\" = '200043396'")
    layer = run_to_result(dock)
    assert isinstance(layer, QgsVectorLayer)
    assert 0 < layer.featureCount() < 100
    assert {f["epci"] for f in layer.getFeatures()} == {"200043396"}
    # ranks still come from the whole reference territory
    assert max(f["ifn_rang"] for f in layer.getFeatures()) > layer.featureCount()
