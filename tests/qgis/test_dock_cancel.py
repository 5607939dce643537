"""Cancelling a run from the dock leaves no layer and no file, whenever the cancel arrives."""

import pytest
from qgis.core import Qgis, QgsProject

from fragilite_numerique.gis import tasks

from dock_helpers import fresh_dock, run_embedded, wait_for_run


@pytest.fixture()
def dock(qgis_iface, tmp_path):
    with fresh_dock(qgis_iface, tmp_path) as widget:
        yield widget


def test_cancel_while_the_output_is_being_written(dock, tmp_path, monkeypatch, qgis_iface):
    seen = []
    original = tasks.ScoringTask.report_progress

    def cancel_in_the_write_stage(task, percent):
        original(task, percent)
        seen.append(percent)
        if percent > 45:          # run_scoring writes the features between 40 and 90 %
            task.cancel()
    monkeypatch.setattr(tasks.ScoringTask, "report_progress", cancel_in_the_write_stage)
    layers_before = set(QgsProject.instance().mapLayers())
    task = run_embedded(dock)
    assert task.cancelled and task.outcome is None and task.error is None
    assert max(seen) < 100, "the run must stop at the cancel, not finish"
    assert list(tmp_path.iterdir()) == [], "no output, no partial file"
    new_layers = set(QgsProject.instance().mapLayers()) - layers_before
    assert [QgsProject.instance().mapLayer(i).name() for i in new_layers] == ["Hauts-de-France communes (2021)"]
    assert dock.result_layer() is None
    assert any("cancelled" in text for text in qgis_iface.messageBar().get_messages(Qgis.Info))
    assert dock.run_button.isEnabled() and not dock.cancel_button.isEnabled()


def test_a_cancel_after_the_file_was_written_removes_it(dock, tmp_path, monkeypatch):
    original = tasks.ScoringTask.run

    def run_then_cancel(task):
        ok = original(task)
        task.cancel()             # the user clicks Cancel just as the worker finishes
        return ok
    monkeypatch.setattr(tasks.ScoringTask, "run", run_then_cancel)
    task = run_embedded(dock)
    assert task.cancelled
    assert list(tmp_path.iterdir()) == []
    assert dock.result_layer() is None


def test_an_error_is_reported_in_the_message_bar_without_output(dock, tmp_path, qgis_iface):
    dock.use_embedded_data()
    dock.territory.code_combo.setField("nom")       # names are not INSEE codes
    task = dock.start_run()
    wait_for_run(dock)
    assert task.error is not None
    warnings = qgis_iface.messageBar().get_messages(Qgis.Warning)
    assert any("INSEE" in text for text in warnings)
    assert "INSEE" in dock.status.text()
    assert list(tmp_path.iterdir()) == []
