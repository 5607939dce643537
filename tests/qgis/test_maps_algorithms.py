"""Styles, typologies and themes on the embedded data, through the Processing algorithms."""

import shutil

import pytest
from qgis import processing
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from fragilite_numerique.core import fields as F
from fragilite_numerique.gis.layer_io import layer_to_frame
from fragilite_numerique.gis.scoring import read_provenance
from fragilite_numerique.gis.style_store import load_style_set, qml_folder_for

from conftest import COMMUNES_GPKG, ensure_provider, file_hash

INDICATOR_STYLES = ["Composite index (ifn)", "Axis 1 (ifn_ax1)", "Axis 2 (ifn_ax2)", "Axis 3 (ifn_ax3)",
                    "Axis 4 (ifn_ax4)", "Publics exposés (ifn_pub)", "Aménagement (ifn_amg)"]


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, text):  # noqa: N802 - QGIS API
        self.lines.append(text)


@pytest.fixture(scope="module")
def scored(tmp_path_factory, qgis_processing):
    ensure_provider()
    folder = tmp_path_factory.mktemp("maps")
    result = processing.run("fragilite_numerique:compute_index", {
        "INPUT": f"{COMMUNES_GPKG}|layername=communes", "CODE_FIELD": "code", "EPCI_FIELD": "epci",
        "DEP_FIELD": "dep", "OUTPUT": str(folder / "ifn.gpkg")})
    return folder, result["OUTPUT"]


@pytest.fixture(scope="module")
def policy(scored):
    folder, uri = scored
    before = file_hash(folder / "ifn.gpkg")
    result = processing.run("fragilite_numerique:policy_typology", {
        "INPUT": uri, "OUTPUT": str(folder / "policy.gpkg"), "PROFILE": "TEMPORARY_OUTPUT"})
    assert file_hash(folder / "ifn.gpkg") == before, "the input must never be modified"
    return result


@pytest.fixture(scope="module")
def cluster(scored, policy):
    folder, _uri = scored
    log = Log()
    result = processing.run("fragilite_numerique:cluster_typology", {
        "INPUT": policy["OUTPUT"], "CLASSES": 4, "SEED": 1, "POPULATION": "nb_com2018",
        "OUTPUT": str(folder / "cluster.gpkg"), "PROFILE": "TEMPORARY_OUTPUT"}, feedback=log)
    return result, log


def as_layer(value) -> QgsVectorLayer:
    """A Processing result: a layer object for temporary outputs, else a path."""
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, "result", "ogr")


def test_styles_are_reloaded_from_the_geopackage_by_a_fresh_layer(scored):
    folder, uri = scored
    layer = QgsVectorLayer(uri, "fresh", "ogr")
    assert layer.renderer().type() == "RuleRenderer"
    assert '"ifn"' in layer.renderer().rootRule().children()[0].filterExpression()
    count, _ids, names = layer.listStylesInDatabase()[:3]
    assert names[:count] == INDICATOR_STYLES
    assert load_style_set(layer) == INDICATOR_STYLES
    assert layer.styleManager().currentStyle() == "Composite index (ifn)"
    layer.styleManager().setCurrentStyle("Axis 3 (ifn_ax3)")
    assert '"ifn_ax3"' in layer.renderer().rootRule().children()[0].filterExpression()
    assert layer.featureCount() == 3789 and len(list(layer.getFeatures())) == 3789  # the 3.22 reload gotcha
    qml = qml_folder_for(str(folder / "ifn.gpkg"))
    assert sorted(p.name for p in qml.iterdir()) == sorted(
        ["ifn.qml", "ifn_ax1.qml", "ifn_ax2.qml", "ifn_ax3.qml", "ifn_ax4.qml", "ifn_pub.qml", "ifn_amg.qml"])


def test_policy_typology_output_profile_and_provenance(scored, policy):
    layer = QgsVectorLayer(policy["OUTPUT"], "policy", "ogr")
    frame = layer_to_frame(layer, [F.POLICY_2X2, F.POLICY_2X2_LABEL, F.POLICY_3X3, F.POLICY_3X3_LABEL, "ifn_pub"])
    assert len(frame) == 3789
    assert set(frame[F.POLICY_2X2]) == {"11", "12", "21", "22"}
    assert set(frame[F.POLICY_3X3]) == {f"{a}{p}" for a in "123" for p in "123"}
    # Cut at the median of the exposed publics: about half of the units are on each side.
    high_publics = frame[F.POLICY_2X2].str[1].eq("2").mean()
    assert 0.45 < high_publics < 0.55
    assert (frame.groupby(F.POLICY_2X2)[F.POLICY_2X2_LABEL].nunique() == 1).all()
    table = layer_to_frame(as_layer(policy["PROFILE"]))
    assert len(table) == 13
    assert table.groupby("typologie")["n"].sum().to_dict() == {"2x2": 3789, "3x3": 3789}
    assert layer.renderer().type() == "categorizedSymbol" and layer.renderer().classAttribute() == F.POLICY_2X2
    record = read_provenance(policy["OUTPUT"].split("|")[0])
    assert record["method_id"] == "hdf_2021" and record["sources"]
    assert record["typology_policy"]["reference"] == '"ifn_ref" = 1'
    assert len(record["typology_policy"]["cuts"]["terciles_amg"]) == 2


def test_cluster_typology_output_is_ordered_deterministic_and_profiled(scored, cluster):
    folder, _uri = scored
    result, log = cluster
    layer = QgsVectorLayer(result["OUTPUT"], "cluster", "ogr")
    frame = layer_to_frame(layer, [F.CLUSTER, F.CLUSTER_LABEL, F.COMPOSITE, F.POLICY_2X2, "nb_com2018"])
    assert set(frame[F.CLUSTER]) == {1, 2, 3, 4}
    assert frame[F.POLICY_2X2].notna().all()          # the policy typology is kept
    means = frame.groupby(F.CLUSTER)[F.COMPOSITE].mean()
    assert means.is_monotonic_increasing
    table = layer_to_frame(as_layer(result["PROFILE"]))
    assert table["n"].sum() == 3789
    assert table["pop"].sum() == frame["nb_com2018"].sum()
    assert table["ifn"].astype(float).is_monotonic_increasing
    assert any("Inertia gains" in line for line in log.lines)
    record = read_provenance(str(folder / "cluster.gpkg"))
    assert [g["classes"] for g in record["typology_cluster"]["gains"]] == list(range(2, 11))
    assert "typology_policy" in record
    again = processing.run("fragilite_numerique:cluster_typology", {
        "INPUT": result["OUTPUT"], "CLASSES": 4, "SEED": 1, "OUTPUT": str(folder / "again.gpkg")})
    again_frame = layer_to_frame(QgsVectorLayer(again["OUTPUT"], "a", "ogr"), [F.CLUSTER, F.CLUSTER_LABEL])
    assert again_frame[F.CLUSTER].tolist() == frame[F.CLUSTER].tolist()
    assert again_frame[F.CLUSTER_LABEL].tolist() == frame[F.CLUSTER_LABEL].tolist()
    names = layer.listStylesInDatabase()[2]
    assert names[-3:] == ["Typology 2 × 2 (ifn_typ)", "Typology 3 × 3 (ifn_t9)", "Ward typology (ifn_cah)"]
    assert layer.renderer().classAttribute() == F.CLUSTER


def test_cluster_gains_for_the_dock(scored):
    from fragilite_numerique.gis.typologies import cluster_gains

    _folder, uri = scored
    gains = cluster_gains(QgsVectorLayer(uri, "scored", "ogr"), max_classes=6)
    assert gains["classes"].tolist() == [2, 3, 4, 5, 6]
    assert gains["r2_pct"].is_monotonic_increasing and 0 < gains["r2_pct"].iloc[-1] < 100


def test_apply_styles_saves_in_plugin_outputs_and_writes_qml(scored, cluster, tmp_path):
    folder, _uri = scored
    copy = tmp_path / "styled.gpkg"
    shutil.copy(folder / "cluster.gpkg", copy)
    layer = QgsVectorLayer(f"{copy}|layername=fragilite_numerique", "styled", "ogr")
    project = QgsProject.instance()
    project.addMapLayer(layer)
    try:
        result = processing.run("fragilite_numerique:apply_styles", {
            "INPUT": layer, "CLASSIFICATION": 1, "CLASSES": 4, "SAVE": True,
            "QML_FOLDER": str(tmp_path / "qml")}, context=project_context(project))
        assert result["STYLES"] == 10
        assert len(list((tmp_path / "qml").iterdir())) == 10
        assert "Axis 2 (ifn_ax2)" in project.mapThemeCollection().mapThemes()
        fresh = QgsVectorLayer(f"{copy}|layername=fragilite_numerique", "fresh", "ogr")
        rules = fresh.renderer().rootRule().children()
        assert len(rules) == 5 and '"ifn"' in rules[0].filterExpression()   # quantiles, 4 classes + no value
        assert fresh.featureCount() == 3789
    finally:
        project.removeMapLayer(layer.id())


def project_context(project):
    context = QgsProcessingContext()
    context.setProject(project)
    return context


def test_apply_styles_never_writes_into_a_foreign_file(scored, tmp_path):
    _folder, uri = scored
    foreign = tmp_path / "foreign.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    source = QgsVectorLayer(uri, "scored", "ogr")
    QgsVectorFileWriter.writeAsVectorFormatV3(source, str(foreign), QgsCoordinateTransformContext(), options)
    before = file_hash(foreign)
    log = Log()
    result = processing.run("fragilite_numerique:apply_styles", {
        "INPUT": str(foreign), "CLASSIFICATION": 3, "LIMITS": "0,3 ; 0,4", "SAVE": True}, feedback=log)
    assert result["STYLES"] == 7
    assert file_hash(foreign) == before
    assert any("not a GeoPackage written by this plugin" in line for line in log.lines)


def test_post_processor_presents_the_loaded_output(scored, qgis_new_project):
    from fragilite_numerique.algorithms.loading import PresentOutput

    _folder, uri = scored
    project = QgsProject.instance()
    layer = QgsVectorLayer(uri, "Indice", "ogr")
    project.addMapLayer(layer)
    PresentOutput("Hauts-de-France", "Hauts-de-France 2021").postProcessLayer(layer, project_context(project),
                                                                             QgsProcessingFeedback())
    group = project.layerTreeRoot().findGroup("Hauts-de-France – Hauts-de-France 2021 method")
    assert group is not None and group.findLayer(layer.id()) is not None
    assert len(project.layerTreeRoot().findLayers()) == 1
    assert set(INDICATOR_STYLES) <= set(project.mapThemeCollection().mapThemes())


def test_bad_input_gets_a_clear_message_and_no_output(scored, tmp_path, provider):
    _folder, uri = scored
    out = tmp_path / "typo.gpkg"
    with pytest.raises(QgsProcessingException, match="ifn_"):
        processing.run("fragilite_numerique:policy_typology", {
            "INPUT": f"{COMMUNES_GPKG}|layername=communes", "OUTPUT": str(out)})
    with pytest.raises(QgsProcessingException, match="nom.*not numbers"):
        processing.run("fragilite_numerique:cluster_typology", {
            "INPUT": uri, "POPULATION": "nom", "OUTPUT": str(out)})
    with pytest.raises(QgsProcessingException, match="strictly increasing"):
        processing.run("fragilite_numerique:apply_styles", {
            "INPUT": uri, "CLASSIFICATION": 3, "LIMITS": "0.5; 0.2", "SAVE": False})
    with pytest.raises(QgsProcessingException, match="not a number"):
        processing.run("fragilite_numerique:apply_styles", {
            "INPUT": uri, "CLASSIFICATION": 3, "LIMITS": "0.5; abc", "SAVE": False})
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_too_many_classes_for_a_small_layer(scored, tmp_path, provider):
    _folder, uri = scored
    small = processing.run("native:extractbyexpression", {
        "INPUT": uri, "EXPRESSION": "\"code\" IN ('02001', '02002', '02003')", "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="Cannot make 5 classes"):
        processing.run("fragilite_numerique:cluster_typology", {
            "INPUT": small["OUTPUT"], "CLASSES": 5, "OUTPUT": str(tmp_path / "c.gpkg")})
    assert not (tmp_path / "c.gpkg").exists()
