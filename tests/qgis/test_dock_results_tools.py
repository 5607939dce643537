"""The Results step after a run on the embedded data: typologies, exports, diagnostics, stability, comparison."""

import csv
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsProject

from fragilite_numerique.core import fields as F
from fragilite_numerique.gis.results import read_attributes

from dock_helpers import make_dock, preferences, run_embedded, wait_for_run

EPCI = "200071785"          # CA Chauny Tergnier La Fère, 48 communes


@pytest.fixture(scope="module")
def ran(qgis_iface, tmp_path_factory):
    folder = tmp_path_factory.mktemp("dock_tools")
    project = QgsProject.instance()
    project.clear()
    qgis_iface.messageBar().clear_messages()
    with preferences(output_folder=str(folder), zoom_to_unit=False):
        dock = make_dock(qgis_iface, project)
        dock.use_embedded_data()
        dock.territory.display_filter.setExpression(f"\"epci\" = '{EPCI}'")
        run_embedded(dock)
        yield dock, folder
        dock.teardown()
    project.clear()


def group_of(layer):
    return QgsProject.instance().layerTreeRoot().findLayer(layer.id()).parent()


def added_layer(dock, before: set):
    new = [layer for layer in QgsProject.instance().mapLayers().values() if layer.id() not in before]
    assert len(new) == 1, [layer.name() for layer in new]
    return new[0]


def test_tools_wait_for_a_result(ran):
    dock = ran[0]
    assert dock.results.typologies.policy_button.isEnabled()
    assert dock.results.exports.use_filter.isChecked()               # the display filter is offered
    assert not dock.results.typologies.cluster_button.isEnabled()    # gains first


def test_policy_typology_joins_the_results_group_with_its_own_themes(ran):
    dock, _folder = ran
    result = dock.result_layer()
    before = set(QgsProject.instance().mapLayers())
    assert dock.policy_typology() is not None
    wait_for_run(dock)
    layer = added_layer(dock, before)
    assert group_of(layer) is group_of(result)
    assert {F.POLICY_2X2, F.POLICY_3X3} <= set(layer.fields().names())
    assert layer.featureCount() == 48                                  # the display filter follows
    codes = set(read_attributes(layer.source().split("|")[0], "fragilite_numerique")[F.POLICY_2X2])
    assert codes == {"11", "12", "21", "22"}
    themes = QgsProject.instance().mapThemeCollection()
    assert "Typology 2 × 2 (ifn_typ)" in themes.mapThemes()
    # the index themes still show the index layer, not the typology's copy of the scores
    record = themes.mapThemeState("Composite index (ifn)").layerRecords()
    assert [r.layer() for r in record if r.layer() is not None and r.layer().fields().indexOf(F.COMPOSITE) >= 0] \
        == [result]
    assert Path(layer.source().split("|")[0]).name.endswith("_typologie.gpkg")


def test_inertia_gains_come_before_the_number_of_classes(ran):
    dock = ran[0]
    box = dock.results.typologies
    dock.cluster_gains()
    wait_for_run(dock)
    assert box.gains.rowCount() == 9 and box.cluster_button.isEnabled()
    gains = [float(box.gains.item(r, 1).text().split("\u00a0")[0].replace(",", ".")) for r in range(9)]
    assert gains == sorted(gains, reverse=True)                      # each class adds less
    assert 2 <= box.classes.value() <= 10
    before = set(QgsProject.instance().mapLayers())
    box.classes.setValue(4)
    box.cluster_button.click()
    wait_for_run(dock)
    layer = added_layer(dock, before)
    assert set(read_attributes(layer.source().split("|")[0], "fragilite_numerique")[F.CLUSTER]) == {1, 2, 3, 4}
    assert layer.name() == "Statistical typology (4 classes)"


def test_the_table_export_keeps_the_display_filter(ran):
    dock, folder = ran
    output = folder / "communes_chauny.csv"
    dock.export_table(str(output))
    wait_for_run(dock)
    with output.open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream, delimiter=";"))
    assert len(rows) == 48 and {row["epci"] for row in rows} == {EPCI}
    assert (folder / "communes_chauny_metadonnees.csv").exists()


def test_the_epci_atlas_prints_the_epci_of_the_displayed_communes(ran):
    dock, folder = ran
    assert dock.export_filter("epci") == f"\"epci\" = '{EPCI}'"
    output = folder / "atlas.pdf"
    dock.export_atlas(str(output))
    wait_for_run(dock)
    assert output.read_bytes()[:4] == b"%PDF"
    assert "1 page(s)" in " ".join(dock.iface.messageBar().get_messages(Qgis.Success))


def test_diagnostics_report_is_written_beside_the_result(ran):
    dock, _folder = ran
    dock.diagnostics()
    wait_for_run(dock)
    result = Path(dock.result_layer().source().split("|")[0])
    report = result.with_name(f"{result.stem}_diagnostic.html")
    assert report.exists() and "Cronbach" in report.read_text(encoding="utf-8")
    assert report.name in dock.results.analyses.outputs.text()


def test_rank_stability_puts_the_rank_interval_in_the_fiche_and_can_be_compared(ran):
    dock, _folder = ran
    dock.results.analyses.runs.setValue(50)
    before = set(QgsProject.instance().mapLayers())
    dock.stability()
    wait_for_run(dock)
    layer = added_layer(dock, before)
    assert layer.fields().indexOf(F.RANK_LOW) >= 0
    result = dock.result_layer()
    assert layer.subsetString() == result.subsetString() != ""        # the display filter follows
    scores = read_attributes(result.source().split("|")[0], "fragilite_numerique").set_index("code")
    stability = read_attributes(layer.source().split("|")[0], "fragilite_numerique").set_index("code")
    assert len(stability) == 3789
    # the stability's own run has the access times, so its nominal ranks are the index's
    assert (stability[F.RANK] == scores[F.RANK].reindex(stability.index)).all()
    maubeuge = stability.loc["59392"]           # outside the display filter: its fiche is still there
    assert dock.show_code("59392")
    title = dock.results.fiche_title.text()
    low, high = round(maubeuge[F.RANK_LOW]), round(maubeuge[F.RANK_HIGH])
    assert f"{low:,} to {high:,}, median {round(maubeuge[F.RANK_MEDIAN]):,}" in title
    lines = {ident: details for ident, _label, details, _depth in dock.results.variables.lines}
    assert lines["ftth"].startswith("proxy")

    dock.results.analyses.fill_runs(QgsProject.instance(), result.id())
    box = dock.results.analyses.other_run
    box.setCurrentIndex(box.findData(layer.id()))
    before = set(QgsProject.instance().mapLayers())
    dock.comparison()
    wait_for_run(dock)
    comparison = added_layer(dock, before)
    assert group_of(comparison) is group_of(result)
    assert {f["rang_delta"] for f in comparison.getFeatures()} == {0}


def test_the_rank_intervals_come_back_with_the_project(ran):
    dock, folder = ran
    assert dock.show_code("59392")
    title = dock.results.fiche_title.text()
    assert "Rank interval" in title
    project = QgsProject.instance()
    path = folder / "etude.qgz"
    assert project.write(str(path))
    project.clear()
    assert dock.units is None
    assert project.read(str(path))
    wait_for_run(dock)
    assert dock.show_code("59392")
    assert dock.results.fiche_title.text() == title


def test_a_cancelled_job_leaves_no_file(ran):
    dock, folder = ran
    before = sorted(p.name for p in folder.iterdir())
    layers = set(QgsProject.instance().mapLayers())
    dock.results.analyses.runs.setValue(100000)
    task = dock.stability()
    assert task is not None
    dock.cancel_button.click()
    wait_for_run(dock)
    assert task.cancelled and task.result is None
    assert sorted(p.name for p in folder.iterdir()) == before
    assert set(QgsProject.instance().mapLayers()) == layers
    dock.results.analyses.runs.setValue(1000)
