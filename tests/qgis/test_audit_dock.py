"""Acceptance audit of the dock (issue 6): what the other dock tests leave unproved.

Every toolbar and menu action reaches its target; the Method step shows every preset and the sum
of the weights, and refuses weights that sum to 0; the locator zooms the map to the unit; warnings
go to the message bar and the log, never to a modal box; the Data and Territory steps say what a
computed access time and an EPCI layer's own communes are.
"""

from pathlib import Path

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject, QgsRectangle
from qgis.PyQt.QtWidgets import QMessageBox

from fragilite_numerique.gis import plugin_info
from fragilite_numerique.ui import method_page

from dock_helpers import fresh_dock, preferences
from test_dock_plugin import plugin  # noqa: F401 - the plugin fixture, loaded as QGIS loads it


@pytest.fixture()
def dock(qgis_iface, tmp_path):
    with fresh_dock(qgis_iface, tmp_path) as widget:
        widget.use_embedded_data()
        yield widget


@pytest.fixture()
def no_modal_box(monkeypatch):
    """Any modal message box fails the test (a warning belongs to the message bar)."""
    def refuse(*args, **_kwargs):
        pytest.fail(f"a modal message box was opened: {args[1:3]}")
    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QMessageBox, "exec_", refuse)


def test_every_action_reaches_its_target(plugin, monkeypatch):  # noqa: F811
    import qgis.PyQt.QtGui as qtgui
    from qgis import processing

    opened, urls = [], []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda name, params: opened.append(name))

    class Desktop:
        @staticmethod
        def openUrl(url):  # noqa: N802 - Qt API
            urls.append(url)
            return True
    monkeypatch.setattr(qtgui, "QDesktopServices", Desktop)
    by_text = {action.text(): action for action in plugin.actions}
    for text in ("Export the atlas…", "Export the table for spreadsheets…",
                 "Compute the digital fragility index (Processing)…", "Digital fragility help"):
        by_text[text].trigger()
    assert opened == ["fragilite_numerique:export_atlas", "fragilite_numerique:export_table",
                      "fragilite_numerique:compute_index"]
    registry = QgsApplication.processingRegistry()
    assert all(registry.algorithmById(name) is not None for name in opened), "an action opens no algorithm"
    help_file = Path(urls[0].toLocalFile())
    assert help_file == Path(plugin_info.PLUGIN_DIR) / "README.md" and help_file.is_file()
    assert "Troubleshooting" in help_file.read_text(encoding="utf-8")
    toolbar = [a.text() for a in plugin.toolbar.actions()]
    assert toolbar == ["Digital fragility", "Re-run the last configuration", "Export the atlas…"]


def test_method_step_lists_every_preset_and_the_sum_of_the_weights(dock, tmp_path):
    combo = dock.method.method_combo
    offered = {Path(combo.itemData(i)).name for i in range(combo.count()) if combo.itemData(i) != method_page.CUSTOM}
    assert {"hdf_2021.json", "mednum_2019.json", "mednum_2022.json"} <= offered
    assert combo.itemData(combo.count() - 1) == method_page.CUSTOM
    boxes = dock.method.weight_boxes
    assert sorted(boxes) == ["ax1", "ax2", "ax3", "ax4"]
    boxes["ax1"].setValue(3)
    assert "6" in dock.method.weights_sum.text()
    assert dock.method.weight_shares["ax1"].text().replace("\u00a0", " ") == "50 %"
    assert dock.method.weight_shares["ax2"].text().replace("\u00a0", " ") == "17 %"
    for box in boxes.values():
        box.setValue(0)
    assert "0" in dock.method.weights_sum.text()
    assert any("weight above 0" in problem for problem in dock.problems())
    assert dock.start_run() is None and dock.task is None
    assert list(tmp_path.iterdir()) == [], "a refused run writes nothing"
    dock.method.reset_weights.click()
    assert dock.method.weights() == {"ax1": 1, "ax2": 1, "ax3": 1, "ax4": 1}


def test_locator_zooms_the_map_to_the_unit_before_any_run(dock, qgis_iface):
    layer = dock.territory.layer()
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(layer.crs())
    canvas.setExtent(layer.extent())
    whole = canvas.extent().width()
    maubeuge = next(p for p in dock.place_index().search("maubeuge") if p.code == "59392")
    with preferences(zoom_to_unit=True):
        dock.open_place(maubeuge)
    box = layer.getFeature(maubeuge.fid).geometry().boundingBox()
    extent = canvas.extent()
    assert extent.contains(QgsRectangle(box)) and extent.width() < whole / 10
    infos = qgis_iface.messageBar().get_messages(Qgis.Info)
    assert any("Maubeuge" in text and "Compute the index" in text for text in infos)


def test_warnings_go_to_the_message_bar_and_the_log_never_to_a_modal_box(dock, qgis_iface, tmp_path, no_modal_box):
    logged = []

    def keep(message, tag, level):
        logged.append((message, tag, level))
    QgsApplication.messageLog().messageReceived.connect(keep)
    try:
        bad = tmp_path / "config.json"
        bad.write_text('{"format": "fragilite_numerique.configuration", "parameters": {"weights": "lourd"}}',
                       encoding="utf-8")
        assert not dock.load_config_file(str(bad))
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(keep)
    warnings = qgis_iface.messageBar().get_messages(Qgis.Warning)
    assert any("config.json" in text and "parameters.weights" in text for text in warnings)
    ours = [(m, level) for m, tag, level in logged if tag == "Fragilité numérique"]
    assert any("parameters.weights" in m and level == Qgis.Warning for m, level in ours)
    assert dock.status.text(), "the warning is also shown under the steps"


def test_computed_access_times_are_named_not_left_without_a_column(dock):
    boxes = dock.data.source_boxes
    assert boxes["t_urg"].currentText() == "(computed time)"
    assert "D106" in boxes["t_urg"].toolTip()
    assert boxes["zblanch"].currentText() == "(no column)"       # absent: really no column


def test_epci_layer_asks_for_commune_fields_only_once_a_commune_layer_is_chosen(dock):
    level_box = dock.territory.unit_level
    communes = dock.territory.layer()
    level_box.set_level("epci")
    assert level_box.members_code.isHidden() and level_box.members_unit.isHidden()
    assert level_box.members_layer.currentText() == "(ifn_members table)"
    level_box.members_layer.setLayer(communes)
    assert not level_box.members_code.isHidden() and level_box.members_code.currentField() == "code"
    assert level_box.members_unit.currentField() == "epci"
    level_box.members_layer.setLayer(None)
    assert level_box.members_unit.isHidden()


def test_the_reference_field_is_offered_on_the_department(dock):
    assert dock.territory.reference_field.currentField() == "dep"
    assert dock.territory.reference_mode() == "all"
    assert dock.territory.reference_expression_text() == ""
    assert dock.territory.display_filter.asExpression() == ""
    assert QgsProject.instance().mapLayer(dock.territory.layer().id()) is not None
