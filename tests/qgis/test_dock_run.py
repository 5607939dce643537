"""The dock on the embedded data: one run, its layer group, fields, style, summary, fiche and locator."""

from pathlib import Path

import pytest
from qgis.core import Qgis, QgsLocatorContext, QgsProject

from fragilite_numerique.core import fields as F

from conftest import COMMUNES_GPKG, file_hash
from dock_helpers import make_dock, preferences, run_embedded


@pytest.fixture(scope="module")
def ran(qgis_iface, tmp_path_factory):
    folder = tmp_path_factory.mktemp("dock_run")
    project = QgsProject.instance()
    project.clear()
    qgis_iface.messageBar().clear_messages()
    before = file_hash(COMMUNES_GPKG)
    with preferences(output_folder=str(folder), zoom_to_unit=True):
        dock = make_dock(qgis_iface, project)
        task = run_embedded(dock)
        yield dock, task, folder
        dock.teardown()
    assert file_hash(COMMUNES_GPKG) == before, "the embedded layer must never be modified"
    project.clear()


def test_the_run_adds_a_layer_group_with_every_output_field(ran, hdf_method):
    dock, task, folder = ran
    assert task.error is None and not task.failure and not task.cancelled
    layer = dock.result_layer()
    assert layer is not None and layer.isValid() and layer.featureCount() == 3789
    node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
    group = node.parent()
    assert group.name() == "Hauts-de-France communes (2021) – Hauts-de-France 2021 method"
    # presented as the maps module does: every indicator style loaded, one map theme each
    styles = layer.styleManager().styles()
    assert len(styles) == 1 + 4 + 2                       # composite, four axes, two sub-indices
    assert layer.styleManager().currentStyle() == "Composite index (ifn)"
    themes = QgsProject.instance().mapThemeCollection()
    assert set(styles) <= set(themes.mapThemes())
    record = next(r for r in themes.mapThemeState("Axis 1 (ifn_ax1)").layerRecords() if r.layer() is layer)
    assert record.usingCurrentStyle and record.currentStyle == "Axis 1 (ifn_ax1)"
    names = set(layer.fields().names())
    assert {name for name, _kind in F.output_fields(hdf_method)} <= names
    assert {"code", "nom", "epci", "dep"} <= names
    assert Path(layer.source().split("|")[0]).parent == folder
    assert not [p for p in folder.iterdir() if "partial" in p.name]


def test_the_result_layer_is_styled_on_the_composite(ran):
    layer = ran[0].result_layer()
    renderer = layer.renderer()
    assert renderer.type() == "RuleRenderer"
    rules = renderer.rootRule().children()
    assert len(rules) == 6 and rules[-1].isElse()  # five classes and the "no value" class
    assert all(f'"{F.COMPOSITE}"' in rule.filterExpression() for rule in rules[:5])


def test_success_message_and_join_report(ran, qgis_iface):
    dock = ran[0]
    successes = qgis_iface.messageBar().get_messages(Qgis.Success)
    assert any("3789 units" in text for text in successes)
    assert not qgis_iface.messageBar().get_messages(Qgis.Critical)
    joins = dock.data.joins
    tables = {joins.item(row, 0).text(): joins.item(row, 1).text() for row in range(joins.rowCount())}
    assert {"arcep", "dfg", "filosofi_com"} <= set(tables)
    assert tables["dfg"].replace(",", "").replace("\u00a0", "") == "3789"


def test_summary_lists_coverage_imputations_and_the_ten_most_fragile(ran):
    dock = ran[0]
    text = dock.results.summary_text.text()
    assert "3,789" in text or "3789" in text
    assert "Taux de pauvreté monétaire" in text          # imputed from the EPCI for most communes
    assert "Part des zones blanches" in text              # absent from the embedded data
    top = dock.results.top
    assert top.rowCount() == 10
    ranks = [int(top.item(row, 0).text()) for row in range(10)]
    assert ranks == sorted(ranks) and ranks[0] == 1
    layer = dock.result_layer()
    first = next(f for f in layer.getFeatures() if f[F.RANK] == 1)
    assert top.item(0, 1).text() == f"{first['nom']} ({first['code']})"


def test_fiche_of_maubeuge(ran):
    dock = ran[0]
    assert dock.show_code("59392")
    layer = dock.result_layer()
    feature = next(f for f in layer.getFeatures() if f["code"] == "59392")
    assert layer.selectedFeatureIds() == [feature.id()]
    results = dock.results
    assert "Maubeuge (59392)" in results.fiche_title.text()
    assert f"rank {feature[F.RANK]} of 3,789" in results.fiche_title.text()
    titles = [title for title, _rows in results.chart.sections]
    assert titles == ["Composite index", "Axes", "Sub-indices"]
    axes = results.chart.sections[1][1]
    assert [label for label, _v, _r in axes][0] == "Accès aux interfaces numériques"
    assert axes[0][1] == pytest.approx(feature["ifn_ax1"])
    reference_mean = sum(f["ifn_ax1"] for f in layer.getFeatures()) / layer.featureCount()
    assert axes[0][2] == pytest.approx(reference_mean)
    assert results.chart.height() > 100
    lines = {ident: (label, details, depth) for ident, label, details, depth in results.variables.lines}
    assert len(lines) == 17 + 2                       # every leaf, and the two composite variables
    label, details, depth = lines["pauv"]
    origin = "observed" if feature["i_pauv"] == "obs" else "EPCI value (table)"
    assert (label, depth) == ("Taux de pauvreté monétaire", 0)
    assert f"({origin})" in details
    rank = sorted((f["n_pauv"] for f in layer.getFeatures()), reverse=True).index(feature["n_pauv"]) + 1
    assert f"rank {rank:,} of 3,789" in details
    assert f"contribution {feature['c_pauv']:.3f}" in details
    assert lines["zblanch"][1] == "absent from the data"
    # a composite variable lists its components under it
    assert lines["tsoins"][2] == 0 and lines["t_urg"][2] == 1 and "contribution" not in lines["t_urg"][1]


def test_selecting_a_unit_on_the_map_opens_its_fiche(ran):
    dock = ran[0]
    layer = dock.result_layer()
    feature = next(f for f in layer.getFeatures() if f["code"] == "80021")
    layer.selectByIds([feature.id()])
    assert f"({feature['code']})" in dock.results.fiche_title.text()


def test_locator_finds_maubeuge_and_opens_its_fiche(ran):
    from qgis.core import QgsFeedback

    from fragilite_numerique.gis.locator import UnitLocatorFilter

    dock = ran[0]
    chosen = []
    locator = UnitLocatorFilter(dock.place_index, chosen.append)
    search = locator.clone()          # as QGIS does for each search, on the main thread
    found = []
    search.resultFetched.connect(found.append)
    search.fetchResults("maubeu", QgsLocatorContext(), QgsFeedback())
    assert [r.displayString for r in found][:1] == ["Maubeuge (59392)"]
    search.triggerResult(found[0])
    assert chosen and chosen[0].code == "59392"
    dock.results.fiche_title.clear()
    dock.open_place(chosen[0])
    assert "Maubeuge (59392)" in dock.results.fiche_title.text()
    found.clear()
    search.fetchResults("59392", QgsLocatorContext(), QgsFeedback())
    assert [r.displayString for r in found] == ["Maubeuge (59392)"]
    assert locator.prefix() == "ifn"
