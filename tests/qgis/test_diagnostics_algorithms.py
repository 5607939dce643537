"""Diagnostics report, rank stability and comparison algorithms on the embedded data."""

from pathlib import Path

import pytest
from qgis import processing
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

from fragilite_numerique.core import compare as C
from fragilite_numerique.core import fields as F

from conftest import COMMUNES_GPKG, METHOD_HDF, ROOT, ensure_provider, file_hash

BASE = {"INPUT": f"{COMMUNES_GPKG}|layername=communes", "CODE_FIELD": "code", "EPCI_FIELD": "epci",
        "DEP_FIELD": "dep"}
MEDNUM = {"METHOD": str(ROOT / "resources" / "methods" / "mednum_2019.json"),
          "BINDING": str(ROOT / "resources" / "data" / "hdf" / "binding_mednum_2019.json")}


@pytest.fixture(scope="module")
def runs(tmp_path_factory, qgis_processing):
    ensure_provider()
    folder = tmp_path_factory.mktemp("runs")
    hdf = processing.run("fragilite_numerique:compute_index", dict(BASE, OUTPUT=str(folder / "hdf.gpkg")))
    mednum = processing.run("fragilite_numerique:compute_index", dict(BASE, OUTPUT=str(folder / "mednum.gpkg"),
                                                                      **MEDNUM))
    return folder, hdf["OUTPUT"], mednum["OUTPUT"]


def no_partial(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if "partial" in p.name]


def test_diagnostics_report_html_markdown_and_charts(runs, tmp_path):
    _folder, hdf, _mednum = runs
    before = file_hash(hdf.split("|")[0])
    result = processing.run("fragilite_numerique:diagnostics_report", {"INPUT": hdf,
                                                                       "OUTPUT": str(tmp_path / "diag.html")})
    assert file_hash(hdf.split("|")[0]) == before
    html = Path(result["OUTPUT"]).read_text(encoding="utf-8")
    markdown = Path(result["MARKDOWN"]).read_text(encoding="utf-8")
    assert html.count("data:image/png;base64,") == 4
    images = sorted(p.name for p in (tmp_path / "diag_images").iterdir())
    assert images == ["axes_composite.png", "composantes.png", "correlations.png", "histogrammes.png"]
    for name in images:
        assert f"diag_images/{name}" in markdown
    # the embedded data's single-person households: one commune alone sets the min-max maximum
    assert result["WARNINGS"] >= 1 and "80528" in markdown
    for text in ("Cronbach", "ftth", "seul75", "Hauts-de-France 2021"):
        assert text in html and text in markdown
    assert no_partial(tmp_path)


def test_diagnostics_of_a_layer_without_metadata_needs_the_method(runs, tmp_path):
    folder, hdf, _mednum = runs
    shp = processing.run("native:savefeatures", {"INPUT": hdf, "OUTPUT": str(folder / "hdf.shp")})["OUTPUT"]
    with pytest.raises(QgsProcessingException, match="ifn_metadata"):
        processing.run("fragilite_numerique:diagnostics_report", {"INPUT": shp, "OUTPUT": str(tmp_path / "d.html")})
    assert not (tmp_path / "d.html").exists() and not (tmp_path / "d_images").exists()
    result = processing.run("fragilite_numerique:diagnostics_report", {
        "INPUT": shp, "METHOD": str(METHOD_HDF), "CODE_FIELD": "code", "OUTPUT": str(tmp_path / "d.html")})
    assert "80528" in Path(result["MARKDOWN"]).read_text(encoding="utf-8")


def stability(tmp_path, name, **extra):
    params = dict(BASE, RUNS=100, SEED=3, OUTPUT=str(tmp_path / f"{name}.gpkg"))
    params.update(extra)
    return processing.run("fragilite_numerique:rank_stability", params)


def test_rank_stability_layer_style_metadata_and_report(runs, tmp_path):
    from fragilite_numerique.gis.scoring import read_provenance

    result = stability(tmp_path, "stab", REPORT=str(tmp_path / "stab.html"))
    layer = QgsVectorLayer(result["OUTPUT"], "stab", "ogr")
    assert layer.featureCount() == 3789
    names = {f.name() for f in layer.fields()}
    assert {F.RANK_MEDIAN, F.RANK_LOW, F.RANK_HIGH, F.RANK_STABILITY, F.COMPOSITE, F.RANK} <= names
    rows = [(f[F.RANK_LOW], f[F.RANK_MEDIAN], f[F.RANK_HIGH], f[F.RANK_STABILITY]) for f in layer.getFeatures()]
    assert all(lo <= med <= hi and 0 <= stab <= 1 for lo, med, hi, stab in rows)
    assert layer.renderer().classAttribute() == F.RANK_STABILITY
    assert len(layer.renderer().ranges()) == 4
    assert layer.listStylesInDatabase()[0] >= 2          # the composite style stays available
    record = read_provenance(result["OUTPUT"].split("|")[0])
    assert record["rank_stability"]["seed"] == 3 and record["rank_stability"]["runs"] == 100
    assert result["MOST_INFLUENTIAL"] == record["rank_stability"]["most_influential"]
    markdown = (tmp_path / "stab.md").read_text(encoding="utf-8")
    assert "stab_images/intervalles.png" in markdown and (tmp_path / "stab_images" / "intervalles.png").exists()
    assert no_partial(tmp_path)


def test_rank_stability_same_seed_same_layer_and_fixed_choices(runs, tmp_path):
    first = QgsVectorLayer(stability(tmp_path, "a")["OUTPUT"], "a", "ogr")
    again = QgsVectorLayer(stability(tmp_path, "b")["OUTPUT"], "b", "ogr")
    values = lambda layer: [(f[F.RANK_LOW], f[F.RANK_HIGH]) for f in layer.getFeatures()]  # noqa: E731
    assert values(first) == values(again)
    fixed = stability(tmp_path, "fixed", WEIGHT_SPREAD=0.0, DRAW_NORMALISATIONS=[0], DRAW_MISSING_RULES=[0],
                      RUNS=20)
    layer = QgsVectorLayer(fixed["OUTPUT"], "fixed", "ogr")
    assert all(f[F.RANK_LOW] == f[F.RANK_HIGH] == f[F.RANK] for f in layer.getFeatures())
    assert fixed["MOST_INFLUENTIAL"] == ""


def test_comparison_of_two_methods_and_of_a_run_with_itself(runs, tmp_path):
    _folder, hdf, mednum = runs
    result = processing.run("fragilite_numerique:compare_runs", {"RUN_A": hdf, "RUN_B": mednum,
                                                                 "OUTPUT": str(tmp_path / "cmp.gpkg")})
    assert result["COMMON"] == 3789 and result["MEAN_RANK_CHANGE"] > 0
    layer = QgsVectorLayer(result["OUTPUT"], "cmp", "ogr")
    names = [f.name() for f in layer.fields()]
    assert set(C.FIELD_KINDS) <= set(names) and "code" in names and "ifn_ax1" not in names
    features = list(layer.getFeatures())
    assert all(f[C.RANK_CHANGE] == f[C.RANK_A] - f[C.RANK_B] for f in features)
    assert all(f[C.SCORE_CHANGE] == NULL for f in features)   # different scales: left empty
    assert all(isinstance(f[C.SCORE_A], float) and isinstance(f[C.SCORE_B], float) for f in features)
    assert layer.renderer().classAttribute() == C.RANK_CHANGE
    labels = [r.label() for r in layer.renderer().ranges()]
    assert len(labels) == 5 and labels[0].startswith("−") and labels[-1].startswith("+")
    same = processing.run("fragilite_numerique:compare_runs", {"RUN_A": hdf, "RUN_B": hdf,
                                                               "OUTPUT": str(tmp_path / "same.gpkg")})
    same_layer = QgsVectorLayer(same["OUTPUT"], "same", "ogr")
    assert all(f[C.SCORE_CHANGE] == 0 and f[C.RANK_CHANGE] == 0 for f in same_layer.getFeatures())
    assert same["MEAN_RANK_CHANGE"] == 0


def test_comparison_of_unrelated_layers_fails_and_writes_nothing(runs, tmp_path):
    _folder, hdf, _mednum = runs
    with pytest.raises(QgsProcessingException, match="ifn_metadata"):
        processing.run("fragilite_numerique:compare_runs", {
            "RUN_A": hdf, "RUN_B": f"{COMMUNES_GPKG}|layername=communes", "CODE_B": "code",
            "OUTPUT": str(tmp_path / "bad.gpkg")})
    assert not (tmp_path / "bad.gpkg").exists() and no_partial(tmp_path)
