"""The Processing algorithm on the embedded data: output layer, styles, provenance, bad input."""

from pathlib import Path

import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsVectorLayer

from fragilite_numerique.core import fields as F

from conftest import COMMUNES_GPKG, ensure_provider, file_hash

ALG = "fragilite_numerique:compute_index"


def run(tmp_path, **params):
    base = {"INPUT": f"{COMMUNES_GPKG}|layername=communes", "CODE_FIELD": "code", "EPCI_FIELD": "epci",
            "DEP_FIELD": "dep", "OUTPUT": str(tmp_path / "ifn.gpkg")}
    base.update(params)
    return processing.run(ALG, base)


@pytest.fixture(scope="module")
def scored(tmp_path_factory, qgis_processing):
    ensure_provider()
    folder = tmp_path_factory.mktemp("scored")
    before = file_hash(COMMUNES_GPKG)
    result = run(folder)
    assert file_hash(COMMUNES_GPKG) == before, "the input layer must never be modified"
    return folder, result["OUTPUT"]


def test_output_layer_has_every_commune_and_field(scored, hdf_method):
    _folder, uri = scored
    layer = QgsVectorLayer(uri, "out", "ogr")
    assert layer.isValid() and layer.featureCount() == 3789
    names = [f.name() for f in layer.fields()]
    for name, _kind in F.output_fields(hdf_method):
        assert name in names, name
        assert len(name) <= 10, name
    assert {"code", "nom", "epci", "dep"} <= set(names)
    values = [f["ifn"] for f in layer.getFeatures()]
    assert all(isinstance(v, float) and 0 <= v <= 1 for v in values)
    imputed = [f for f in layer.getFeatures() if f["i_pauv"] != "obs"]
    assert imputed and all(f["ifn_nimp"] >= 1 for f in imputed)
    assert layer.crs().authid() == "EPSG:2154"


def test_default_style_and_metadata_reload_in_a_fresh_layer(scored):
    _folder, uri = scored
    layer = QgsVectorLayer(uri, "fresh", "ogr")
    # Default style: the composite in 5 classes, then the no-value class (the full set: tests/qgis/test_maps_*).
    assert layer.renderer().type() == "RuleRenderer"
    rules = layer.renderer().rootRule().children()
    assert all('"ifn"' in r.filterExpression() for r in rules[:5]) and rules[5].isElse()
    labels = [r.label() for r in rules[:5]]
    assert len(labels) == 5 and all("," in label and "–" in label for label in labels)
    styles = layer.listStylesInDatabase()
    assert styles[0] >= 1
    assert "fragilité" in layer.metadata().abstract().lower()
    assert layer.featureCount() == 3789  # the 3.22 reload gotcha would give 0 here


def test_provenance_table(scored):
    from fragilite_numerique.gis.scoring import read_provenance

    _folder, uri = scored
    record = read_provenance(uri.split("|")[0])
    assert record["method_id"] == "hdf_2021"
    assert record["plugin_version"]
    assert record["date"][:4].isdigit()
    assert {p["variable"] for p in record["proxies"]} == {"ftth", "seul75", "chom", "p75"}
    assert "zblanch" in {a["variable"] for a in record["absents"]}
    assert any(s["year"] == 2016 and "Filosofi" in s["source"] for s in record["sources"])
    assert record["method"]["axes"][0]["id"] == "ax1"


def test_reference_expression_and_overrides(tmp_path, provider):
    result = run(tmp_path, REFERENCE="\"dep\" = '59'", NORMALISATION=3, MISSING_RULE=2)
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    in_ref = [f["ifn_ref"] for f in layer.getFeatures()]
    assert 0 < sum(in_ref) < 3789
    ranks = [f["ifn_rang"] for f in layer.getFeatures() if f["ifn_ref"] == 1]
    assert max(ranks) <= sum(in_ref)


def test_bad_input_leaves_no_output(tmp_path, provider):
    out = tmp_path / "bad.gpkg"
    with pytest.raises(QgsProcessingException) as info:
        run(tmp_path, CODE_FIELD="nom", OUTPUT=str(out))
    assert "INSEE" in str(info.value)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_bad_method_file_names_the_key(tmp_path, provider):
    method = tmp_path / "m.json"
    method.write_text(Path(COMMUNES_GPKG).parents[2].joinpath("methods", "hdf_2021.json").read_text("utf-8")
                      .replace('"weight": 1,', '"poids": 1,', 1), encoding="utf-8")
    with pytest.raises(QgsProcessingException) as info:
        run(tmp_path, METHOD=str(method))
    assert "axes[0].poids" in str(info.value) and "m.json" in str(info.value)
    assert not (tmp_path / "ifn.gpkg").exists()


def test_weights_parameter(tmp_path, provider):
    with pytest.raises(QgsProcessingException, match="ax1=1"):
        run(tmp_path, WEIGHTS="ax1:2")
    result = run(tmp_path, WEIGHTS="ax1=2; ax2=1; ax3=1; ax4=1")
    assert QgsVectorLayer(result["OUTPUT"], "o", "ogr").featureCount() == 3789


def test_shapefile_output_keeps_field_names(tmp_path, provider, hdf_method):
    result = run(tmp_path, OUTPUT=str(tmp_path / "ifn.shp"))
    layer = QgsVectorLayer(result["OUTPUT"], "shp", "ogr")
    names = {f.name() for f in layer.fields()}
    assert {"ifn", "ifn_ax1", "ifn_pub", "ifn_amg", "ifn_rang", "c_revmed"} <= names
