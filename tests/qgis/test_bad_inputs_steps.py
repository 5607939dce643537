"""The bad-input catalogue of every Processing algorithm after "Compute the index" (issue 9).

Each case is made by the test on 43 real communes, run through ``processing.run`` (the path of
Model Builder and ``qgis_process``), and checked three ways: the message names what is at fault
and says what to do, the inputs are byte-identical afterwards, nothing partial is left (and after
a cancel, the previous output is intact).

Where each bad input of the issue is covered (module: test):

| bad input | covered in |
|---|---|
| empty table; header only; binary file; undecodable text; no code column | test_bad_inputs (index); here: test_join_bad_tables, test_access_bad_count_tables |
| all codes unmatched; duplicate codes | test_bad_inputs; here: test_join_bad_tables |
| non-numeric cells | test_bad_inputs (index); here: test_join_warns_on_cells_and_colliding_names, test_access_bad_count_tables |
| negative counts; rates above 100; zero denominators | test_bad_inputs (index); here: test_access_bad_count_tables (negative counts) |
| constant variable; all-missing variable | test_bad_inputs (index); here: test_constant_and_missing_variables_downstream |
| empty reference territory | test_bad_inputs (index); here: test_policy_typology_reference_expressions |
| layer with no features | test_bad_inputs (index); here: test_layer_without_features (every algorithm) |
| null and invalid geometries | test_bad_inputs (null, index); test_access_io (null, access); here: test_null_and_invalid_geometries |
| multipart units | here: test_multipart_units; test_sources_algorithms (EPCI units) |
| geographic CRS | test_bad_inputs (index); test_access_io; here: test_geographic_crs |
| shapefile (10-character names) in a read-only folder | test_bad_inputs (index); here: test_shapefile_in_read_only_folder |
| output path not writable | test_bad_inputs (index); here: test_output_not_writable (every destination) |
| existing output (explicit overwrite policy) | test_bad_inputs (index); here: test_existing_output_is_kept_when_asked |
| input field names colliding with ours | test_bad_inputs (index); here: test_join_warns_on_cells_and_colliding_names, test_typology_replaces_colliding_fields |
| malformed method file; unknown normalisation | test_bad_inputs (index); here: test_malformed_method_and_binding_files |
| negative or zero-sum weights | test_bad_inputs (index); here: test_rank_stability_bad_weights |
| cancel during each stage | test_bad_inputs (index); here: test_cancel_at_each_stage (every algorithm) |
| the same run twice | test_bad_inputs (index); here: test_same_run_twice (every algorithm) |
| layer in edit mode | test_bad_inputs (index); here: test_layer_in_edit_mode (every algorithm) |
| infinite values | test_bad_inputs (index); here: test_infinite_scores |
| invalid expressions (safety) | test_bad_inputs (index); here: test_policy_typology_reference_expressions, test_filters_naming_unknown_fields |
| messages in the user's language | here: test_messages_in_french |
"""

from __future__ import annotations

import re
import shutil
import stat
from pathlib import Path

import pytest
from osgeo import gdal
from qgis import processing
from qgis.core import QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from conftest import ensure_provider
from hardening import (
    OUTPUTS,
    Recorder,
    communes_uri,
    copy_dataset,
    edit_json,
    fails,
    french,
    hashes,
    index_parameters,
    is_null,
    listing,
    open_output,
    partials,
    rows,
    run_cancelled_at_each_report,
    small_case,
    succeeds,
    write_table,
)

SCORED_LAYER = "fragilite_numerique"


@pytest.fixture(scope="module")
def base(tmp_path_factory, qgis_processing):
    """The small case and two scored runs of it (min-max and rank), built once for the module."""
    ensure_provider()
    folder = small_case(tmp_path_factory.mktemp("hardening"))
    processing.run("fragilite_numerique:compute_index", index_parameters(folder, folder / "scored.gpkg"))
    processing.run("fragilite_numerique:compute_index",
                   index_parameters(folder, folder / "scored_rank.gpkg", NORMALISATION=2))
    counts = ["DEPCOM;TYPEQU;NB_EQUIP"]
    layer = QgsVectorLayer(communes_uri(folder), "c", "ogr")
    for i, feature in enumerate(sorted(layer.getFeatures(), key=lambda f: f["code"])):
        if i % 5 == 0:
            counts.append(f"{feature['code']};D201;{1 + i % 3}")
    (folder / "counts.csv").write_text("\n".join(counts) + "\n", encoding="utf-8")
    return folder


@pytest.fixture()
def case(base, tmp_path):
    """A private copy of the inputs for one test; outputs go to ``out``."""
    for path in base.iterdir():
        if path.is_file():
            shutil.copyfile(path, tmp_path / path.name)
    (tmp_path / OUTPUTS).mkdir()
    return tmp_path


def scored(folder: Path, name: str = "scored") -> str:
    return f"{folder / f'{name}.gpkg'}|layername={SCORED_LAYER}"


def runs(case: Path) -> dict:
    """A working run of every algorithm on the case: algorithm → parameters (outputs in ``out``)."""
    out = case / OUTPUTS
    communes = communes_uri(case)
    return {
        "compute_index": index_parameters(case, out / "ifn.gpkg"),
        "join_tables": {"INPUT": communes, "CODE_FIELD": "code", "TABLE": str(case / "table.csv"),
                        "OUTPUT": str(out / "jointure.gpkg"), "REPORT": str(out / "jointure.html")},
        "aggregate_units": {"INPUT": communes, "CODE_FIELD": "code", "UNIT_FIELD": "epci", "NAME_FIELD": "epci_nom",
                            "SUM_FIELDS": ["nb_com2018"], "OUTPUT": str(out / "epci.gpkg")},
        "access_times": {"INPUT": communes, "CODE_FIELD": "code", "SOURCE": 1, "COUNTS": str(case / "counts.csv"),
                         "TYPES": "D201", "OUTPUT": str(out / "acces.gpkg")},
        "apply_styles": {"INPUT": scored(case), "SAVE": False, "QML_FOLDER": str(out / "qml")},
        "policy_typology": {"INPUT": scored(case), "OUTPUT": str(out / "typo.gpkg"),
                            "PROFILE": str(out / "profils.csv")},
        "cluster_typology": {"INPUT": scored(case), "CLASSES": 3, "OUTPUT": str(out / "cah.gpkg"),
                             "PROFILE": str(out / "profils_cah.csv")},
        "diagnostics_report": {"INPUT": scored(case), "OUTPUT": str(out / "diagnostic.html")},
        "rank_stability": index_parameters(case, out / "stabilite.gpkg", RUNS=20, REPORT=str(out / "stabilite.html")),
        "compare_runs": {"RUN_A": scored(case), "RUN_B": scored(case, "scored_rank"),
                         "OUTPUT": str(out / "comparaison.gpkg")},
        "export_atlas": {"INPUT": scored(case), "KIND": 0, "DPI": 50, "OUTPUT": str(out / "atlas.pdf")},
        "export_table": {"INPUT": scored(case), "OUTPUT": str(out / "table.csv")},
    }


ALGORITHMS = ("compute_index", "join_tables", "aggregate_units", "access_times", "apply_styles", "policy_typology",
              "cluster_typology", "diagnostics_report", "rank_stability", "compare_runs", "export_atlas",
              "export_table")
# The destinations of each algorithm (apply_styles writes its QML copies to a folder).
DESTINATIONS = [("compute_index", "OUTPUT"), ("join_tables", "OUTPUT"), ("join_tables", "REPORT"),
                ("aggregate_units", "OUTPUT"), ("access_times", "OUTPUT"), ("apply_styles", "QML_FOLDER"),
                ("policy_typology", "OUTPUT"), ("policy_typology", "PROFILE"), ("cluster_typology", "OUTPUT"),
                ("cluster_typology", "PROFILE"), ("diagnostics_report", "OUTPUT"), ("rank_stability", "OUTPUT"),
                ("rank_stability", "REPORT"), ("compare_runs", "OUTPUT"), ("export_atlas", "OUTPUT"),
                ("export_table", "OUTPUT")]
# The policy that keeps an existing output (the others replace it, as QGIS does, unless told not to).
KEEP_EXISTING = {"export_atlas": {"EXISTING": 0}, "export_table": {"EXISTING": 0}}
REPLACE_EXISTING = {"export_atlas": {"EXISTING": 1}, "export_table": {"EXISTING": 1}}
# The parameter holding the layer each algorithm reads.
LAYER_INPUT = {"compare_runs": "RUN_A"}


def test_every_algorithm_is_in_the_catalogue():
    from fragilite_numerique.algorithms.provider import algorithm_classes

    assert sorted(cls().name() for cls in algorithm_classes()) == sorted(ALGORITHMS)


@pytest.mark.parametrize("algorithm, key", DESTINATIONS)
def test_output_not_writable(case, algorithm, key):
    # Tests run as root, who writes anywhere but in /proc.
    parameters = runs(case)[algorithm]
    parameters[key] = f"/proc/fragilite/{Path(parameters[key]).name}"
    fails(algorithm, parameters, "/proc/fragilite", watched=[case], outputs=case / OUTPUTS)
    parameters[key] = f"/proc/{Path(parameters[key]).name}"
    fails(algorithm, parameters, "/proc", "not writable", watched=[case], outputs=case / OUTPUTS)


@pytest.mark.parametrize("algorithm", [a for a in ALGORITHMS if a != "apply_styles"])
def test_existing_output_is_kept_when_asked(case, algorithm):
    parameters = runs(case)[algorithm]
    succeeds(algorithm, parameters, watched=[case])
    written = hashes(case / OUTPUTS)
    keep = dict(parameters, **KEEP_EXISTING.get(algorithm, {"OVERWRITE": False}))
    fails(algorithm, keep, "already exists", watched=[case], outputs=case / OUTPUTS)
    assert hashes(case / OUTPUTS) == written


@pytest.mark.parametrize("algorithm", [a for a in ALGORITHMS if a not in ("apply_styles", "compute_index")])
def test_cancel_at_each_stage(case, algorithm):
    parameters = dict(runs(case)[algorithm], **REPLACE_EXISTING.get(algorithm, {}))
    reports = run_cancelled_at_each_report(algorithm, parameters, case / OUTPUTS)
    assert reports >= 2, f"{algorithm} reports no progress: a cancel cannot be tested"
    assert partials(case / OUTPUTS) == []


def content(path: Path):
    """A file's content without what legitimately changes between runs: dates, QGIS's random rule keys,
    the PNG header (compared as pixels)."""
    if path.suffix == ".png":
        image = QImage(str(path)).convertToFormat(QImage.Format_ARGB32)
        return image.width(), image.height(), bytes(image.constBits().asstring(image.sizeInBytes()))
    text = path.read_bytes().decode("utf-8", errors="replace")
    text = re.sub(r'key="\{[0-9a-f-]+\}"', "", text)
    return re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", "<date>", text)


def snapshot(folder: Path, result: dict) -> dict:
    """What a run wrote: the rows of its layer, the content of its other files."""
    out = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if not path.is_file() or "_metadonnees" in name:
            continue
        out[name] = rows(result["OUTPUT"]) if path.suffix == ".gpkg" else content(path)
    return out


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_same_run_twice(case, algorithm):
    parameters = dict(runs(case)[algorithm], **REPLACE_EXISTING.get(algorithm, {}))
    if algorithm == "export_atlas":
        parameters["MODE"] = 2  # PNG pages: a PDF records the time it was written
    first = snapshot(case / OUTPUTS, succeeds(algorithm, parameters, watched=[case]))
    second = snapshot(case / OUTPUTS, succeeds(algorithm, parameters, watched=[case]))
    assert first and first.keys() == second.keys()
    for name in first:
        assert first[name] == second[name], name


@pytest.mark.parametrize("algorithm", [a for a in ALGORITHMS if a != "compute_index"])
def test_layer_in_edit_mode(case, algorithm):
    parameters = runs(case)[algorithm]
    key = LAYER_INPUT.get(algorithm, "INPUT")
    layer = QgsVectorLayer(parameters[key], "en cours", "ogr")
    assert layer.startEditing()
    feature = next(layer.getFeatures())
    assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf("nom"), "Nom en cours de saisie")
    parameters[key] = layer
    succeeds(algorithm, parameters, watched=[case])
    assert layer.isEditable() and layer.isModified()
    assert layer.getFeature(feature.id())["nom"] == "Nom en cours de saisie"
    layer.rollBack()


def test_styles_saved_into_a_layer_in_edit_mode_keep_its_edits(case):
    path = case / "scored.gpkg"
    layer = QgsVectorLayer(scored(case), "en cours", "ogr")
    assert layer.startEditing()
    feature = next(layer.getFeatures())
    assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf("nom"), "Nom en cours de saisie")
    before = path.read_bytes()
    succeeds("apply_styles", {"INPUT": layer, "SAVE": True})
    assert layer.isEditable() and layer.isModified()
    assert layer.getFeature(feature.id())["nom"] == "Nom en cours de saisie"
    assert path.read_bytes() != before  # the styles went into the plugin's GeoPackage…
    assert layer.rollBack()
    assert "Nom en cours de saisie" not in [f["nom"] for f in QgsVectorLayer(scored(case)).getFeatures()]  # …not the edit


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_layer_without_features(case, algorithm):
    parameters = runs(case)[algorithm]
    key = "RUN_B" if algorithm == "compare_runs" else "INPUT"
    parameters[key] = f"{parameters[key]}|subset=\"code\" = 'aucune'"
    fails(algorithm, parameters, "no feature", watched=[case], outputs=case / OUTPUTS)


@pytest.fixture(scope="module")
def read_only_shapefiles(base):
    """The communes and their scores as shapefiles (field names ≤ 10 characters) in read-only folders."""
    communes = base / "shp"
    communes.mkdir()
    gdal.VectorTranslate(str(communes / "communes.shp"), str(base / "communes.gpkg"), format="ESRI Shapefile")
    scores = base / "shp_scores"
    scores.mkdir()
    processing.run("fragilite_numerique:compute_index", index_parameters(base, scores / "scored.shp"))
    folders = (communes, scores)
    for folder in folders:
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield folders
    for folder in folders:
        folder.chmod(stat.S_IRWXU)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_shapefile_in_read_only_folder(case, read_only_shapefiles, algorithm):
    communes, scores = read_only_shapefiles
    parameters = runs(case)[algorithm]
    method = str(case / "method.json")
    if algorithm in ("compute_index", "join_tables", "aggregate_units", "access_times", "rank_stability"):
        parameters["INPUT"] = str(communes / "communes.shp")
    elif algorithm == "compare_runs":
        parameters.update(RUN_A=str(scores / "scored.shp"), CODE_A="code", METHOD_A=method)
    else:
        parameters["INPUT"] = str(scores / "scored.shp")
        if algorithm != "export_table":  # the others need the method, which a shapefile cannot record
            parameters["METHOD"] = method
    result = succeeds(algorithm, parameters, watched=[case, communes, scores])
    if "OUTPUT" in result and algorithm not in ("apply_styles", "export_atlas", "export_table",
                                                "diagnostics_report"):
        assert open_output(result["OUTPUT"]).featureCount() == (1 if algorithm == "aggregate_units" else 43)
    assert listing(case / OUTPUTS)
