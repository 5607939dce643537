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

import json
import re
import stat
from pathlib import Path

import pytest
from osgeo import gdal
from qgis import processing
from qgis.core import QgsGeometry, QgsVectorLayer
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
    private_case,
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
    return private_case(base, tmp_path)


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
        "rank_stability": index_parameters(case, out / "stabilite.gpkg", RUNS=5, REPORT=str(out / "stabilite.html")),
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
    """A file's content without what legitimately changes between runs: dates, QGIS's random rule keys
    (and, on newer QGIS, symbol layer ids and category uuids), the PNG header (compared as pixels)."""
    if path.suffix == ".png":
        image = QImage(str(path)).convertToFormat(QImage.Format_ARGB32)
        return image.width(), image.height(), bytes(image.constBits().asstring(image.sizeInBytes()))
    text = path.read_bytes().decode("utf-8", errors="replace")
    text = re.sub(r'\b(?:key|id|uuid)="\{[0-9a-f-]+\}"', "", text)
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


BAD_TABLES = {
    "empty": ("", ["empty"]),
    "header only": ("code;taux\n", ["no rows"]),
    "binary": (b"PK\x03\x04\x00\x00binary\x00\x01\x02", ["binary"]),
    "undecodable": (b"code;taux\n59392;\x81\x8d\x90\n", ["line 2", "encoding"]),
    "no code column": ("insee_x;taux\nabc;1\n", ["no column holds codes"]),
    "all codes unmatched": ("code;taux\n80001;1\n80002;2\n", ["80001", "COG"]),
    "duplicate codes": ("code;taux\n59392;1\n59392;2\n", ["59392", "several rows", "lines 2, 3"]),
}


@pytest.mark.parametrize("name", BAD_TABLES)
def test_join_bad_tables(case, name):
    content, fragments = BAD_TABLES[name]
    table = write_table(case, content, "source.csv")
    parameters = dict(runs(case)["join_tables"], TABLE=str(table))
    fails("join_tables", parameters, "source.csv", *fragments, watched=[case], outputs=case / OUTPUTS)


def test_join_warns_on_cells_and_colliding_names(case):
    layer = QgsVectorLayer(communes_uri(case), "c", "ogr")
    codes = sorted(f["code"] for f in layer.getFeatures())
    lines = ["code;nom;taux"] + [f"{code};N{i};{'n/d ?' if i == 0 else i}" for i, code in enumerate(codes)]
    table = write_table(case, "\n".join(lines) + "\n", "source.csv")
    recorder = Recorder()
    result = succeeds("join_tables", dict(runs(case)["join_tables"], TABLE=str(table)), watched=[case],
                      feedback=recorder)
    assert "'taux'" in recorder.log and "line 2" in recorder.log and "n/d ?" in recorder.log
    assert "nom_j" in recorder.log
    joined = open_output(result["OUTPUT"])
    names = [f.name() for f in joined.fields()]
    assert "nom" in names and "nom_j" in names
    values = {f["code"]: (f["nom"], f["nom_j"], f["taux"]) for f in joined.getFeatures()}
    assert values[codes[1]][1:] == ("N1", 1.0) and is_null(values[codes[0]][2])
    assert values[codes[1]][0] != "N1"  # the layer's own names are kept


BAD_COUNTS = {
    "empty": ("", ["empty"]),
    "header only": ("DEPCOM;TYPEQU;NB_EQUIP\n", ["no rows"]),
    "binary": (b"PK\x03\x04\x00\x01binary", ["binary"]),
    "undecodable": (b"DEPCOM;TYPEQU;NB_EQUIP\n59392;D201;\x81\x8d\n", ["line 2", "encoding"]),
    "no code column": ("CODE;TYPEQU;NB_EQUIP\n59392;D201;1\n", ["DEPCOM", "CODE, TYPEQU, NB_EQUIP"]),
    "non-numeric counts": ("DEPCOM;TYPEQU;NB_EQUIP\n59392;D201;beaucoup\n", ["NB_EQUIP", "beaucoup"]),
    "negative counts": ("DEPCOM;TYPEQU;NB_EQUIP\n59392;D201;-2\n59003;D201;1\n", ["NB_EQUIP", "negative", "59392"]),
    "all codes unmatched": ("DEPCOM;TYPEQU;NB_EQUIP\n80001;D201;1\n", ["80001", "COG"]),
}


@pytest.mark.parametrize("name", BAD_COUNTS)
def test_access_bad_count_tables(case, name):
    content, fragments = BAD_COUNTS[name]
    table = write_table(case, content, "equipements.csv")
    parameters = dict(runs(case)["access_times"], COUNTS=str(table))
    fails("access_times", parameters, "equipements.csv", *fragments, watched=[case], outputs=case / OUTPUTS)


def broken_json(path: Path) -> None:
    path.write_text('{"format": "fragilite_numerique.method", "id": "x",', encoding="utf-8")


MALFORMED = [
    ("policy_typology", "METHOD", "method.json", broken_json, ["method.json", "line 1"]),
    ("cluster_typology", "METHOD", "method.json",
     lambda p: edit_json(p, lambda m: m.update(normalisation={"method": "logit"})),
     ["method.json", "normalisation.method", "logit"]),
    ("apply_styles", "METHOD", "method.json", broken_json, ["method.json", "line 1"]),
    ("rank_stability", "METHOD", "method.json",
     lambda p: edit_json(p, lambda m: m.update(normalisation={"method": "logit"})),
     ["method.json", "normalisation.method", "logit"]),
    ("rank_stability", "BINDING", "binding.json", lambda p: p.write_text("{ pas du JSON", encoding="utf-8"),
     ["binding.json", "line 1, column 3"]),
    ("aggregate_units", "BINDING", "binding.json", lambda p: p.write_text("[1, 2", encoding="utf-8"),
     ["binding.json", "line 1"]),
    ("access_times", "BINDING", "binding.json", lambda p: p.write_text("", encoding="utf-8"),
     ["binding.json", "line 1, column 1"]),
    ("access_times", "BINDING", "binding.json",
     lambda p: edit_json(p, lambda b: b.update(equipment={"bpe": {"kind": "counts", "path": "absent.csv",
                                                                  "code": "DEPCOM", "type": "TYPEQU"}},
                                               variables={"t_gp": {"status": "real",
                                                                   "access": {"source": "bpe",
                                                                              "types": ["D201"]}}})),
     ["binding.json", "'equipment.bpe.path'", "absent.csv", "does not exist"]),
]


@pytest.mark.parametrize("algorithm, key, name, damage, fragments", MALFORMED,
                         ids=[f"{m[0]}-{m[1]}-{m[4][1]}" for m in MALFORMED])
def test_malformed_method_and_binding_files(case, algorithm, key, name, damage, fragments):
    damage(case / name)
    parameters = dict(runs(case)[algorithm], **{key: str(case / name)})
    if algorithm == "access_times":
        parameters["SOURCE"] = 0
    fails(algorithm, parameters, *fragments, watched=[case], outputs=case / OUTPUTS)


@pytest.mark.parametrize("weights, fragment", [("ax1=-1; ax2=1", "axes[0].weight"), ("ax1=0; ax2=0", "sum to 0"),
                                               ("ax1=un", "ax1=1; ax2=2")])
def test_rank_stability_bad_weights(case, weights, fragment):
    parameters = dict(runs(case)["rank_stability"], WEIGHTS=weights)
    fails("rank_stability", parameters, fragment, watched=[case], outputs=case / OUTPUTS)


@pytest.mark.parametrize("expression, fragments", [
    ("\"dep\" = = '59'", ["\"dep\" = = '59'", "not valid"]),
    ("\"departement\" = '59'", ["departement", "does not have", "dep"]),
    ("\"dep\" = '99'", ["reference territory", "ifn_pub"]),
])
def test_policy_typology_reference_expressions(case, expression, fragments):
    parameters = dict(runs(case)["policy_typology"], REFERENCE=expression)
    fails("policy_typology", parameters, *fragments, watched=[case], outputs=case / OUTPUTS)


@pytest.mark.parametrize("algorithm, key", [("compute_index", "REFERENCE"), ("rank_stability", "REFERENCE"),
                                            ("export_atlas", "FILTER"), ("export_table", "FILTER")])
def test_filters_naming_unknown_fields(case, algorithm, key):
    parameters = dict(runs(case)[algorithm], **{key: "\"epci_code\" = '200043396'"})
    fails(algorithm, parameters, "epci_code", "does not have", watched=[case], outputs=case / OUTPUTS)


@pytest.fixture()
def infinite(case):
    """The scored layer with an infinite composite, axis and sub-index for one unit (typed in by hand)."""
    layer = QgsVectorLayer(scored(case), "scores", "ogr")
    assert layer.startEditing()
    feature = next(layer.getFeatures())
    for name in ("ifn", "ifn_ax1", "ifn_pub"):
        layer.changeAttributeValue(feature.id(), layer.fields().indexOf(name), float("inf"))
    assert layer.commitChanges()
    return feature.id()


@pytest.mark.parametrize("algorithm", ["policy_typology", "cluster_typology", "diagnostics_report", "compare_runs",
                                       "export_atlas"])
def test_infinite_scores_are_refused(case, infinite, algorithm):
    fails(algorithm, runs(case)[algorithm], "infinite", f"feature {infinite}", "ifn", watched=[case],
          outputs=case / OUTPUTS)


def test_infinite_scores_are_not_styled(case, infinite):
    recorder = Recorder()
    result = succeeds("apply_styles", runs(case)["apply_styles"], watched=[case], feedback=recorder)
    assert "Field ifn_ax1 holds 1 infinite value(s)" in recorder.log
    styled = {p.name for p in (case / OUTPUTS / "qml").iterdir()}
    assert "ifn_ax2.qml" in styled and "ifn.qml" not in styled and "ifn_ax1.qml" not in styled
    assert result["STYLES"] == len(styled)


def test_constant_and_missing_variables_downstream(case):
    """'autre' is constant, so axis 2 has no value anywhere: every later step says so and goes on."""
    lines = (case / "table.csv").read_text("utf-8").splitlines()
    write_table(case, "\n".join([lines[0]] + [";".join(line.split(";")[:4] + ["3"]) for line in lines[1:]]) + "\n")
    succeeds("compute_index", index_parameters(case, case / "scored.gpkg"))
    assert all(is_null(f["ifn_ax2"]) for f in open_output(scored(case)).getFeatures())
    recorder = Recorder()
    result = succeeds("cluster_typology", runs(case)["cluster_typology"], watched=[case], feedback=recorder)
    assert "ifn_ax2" in recorder.log and "other axes" in recorder.log
    assert {f["ifn_cah"] for f in open_output(result["OUTPUT"]).getFeatures()} == {1, 2, 3}
    recorder = Recorder()
    succeeds("apply_styles", runs(case)["apply_styles"], watched=[case], feedback=recorder)
    assert "Field ifn_ax2: no unit has a value" in recorder.log
    assert not (case / OUTPUTS / "qml" / "ifn_ax2.qml").exists() and (case / OUTPUTS / "qml" / "ifn.qml").exists()
    succeeds("policy_typology", runs(case)["policy_typology"], watched=[case])
    succeeds("diagnostics_report", runs(case)["diagnostics_report"], watched=[case])
    assert "autre" in (case / OUTPUTS / "diagnostic.md").read_text("utf-8")


def test_typology_replaces_colliding_fields(case):
    gdal.VectorTranslate(str(case / "collide.gpkg"), str(case / "scored.gpkg"),
                         options=f"-sql \"SELECT *, 'x' AS ifn_typ FROM {SCORED_LAYER}\" -nln {SCORED_LAYER}")
    recorder = Recorder()
    parameters = dict(runs(case)["policy_typology"], INPUT=scored(case, "collide"),
                      METHOD=str(case / "method.json"))
    result = succeeds("policy_typology", parameters, watched=[case], feedback=recorder)
    assert "ifn_typ" in recorder.log and "replaced" in recorder.log
    layer = open_output(result["OUTPUT"])
    assert [f.name() for f in layer.fields()].count("ifn_typ") == 1
    assert {f["ifn_typ"] for f in layer.getFeatures()} <= {"11", "12", "21", "22"}


def with_geometry(case: Path, name: str, change) -> str:
    """A copy of the communes where ``change(layer, features)`` altered some geometries."""
    path = copy_dataset(case / "communes.gpkg", case / name)
    layer = QgsVectorLayer(f"{path}|layername=communes", name, "ogr")
    assert layer.startEditing()
    change(layer, sorted(layer.getFeatures(), key=lambda f: f["code"]))
    assert layer.commitChanges()
    return f"{path}|layername=communes"


def bowtie(layer, features) -> None:
    box = features[1].geometry().boundingBox()
    x0, y0, x1, y1 = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    geometry = QgsGeometry.fromWkt(f"MULTIPOLYGON((({x0} {y0}, {x1} {y1}, {x1} {y0}, {x0} {y1}, {x0} {y0})))")
    assert not geometry.isGeosValid()
    layer.changeGeometry(features[1].id(), geometry)
    layer.changeGeometry(features[2].id(), QgsGeometry())  # and a null geometry


def with_access_time(case: Path) -> str:
    """A binding of the case where one variable is an access time computed from the communes' polygons."""
    binding = json.loads((case / "binding.json").read_text("utf-8"))
    binding["equipment"] = {"bpe": {"kind": "counts", "path": "counts.csv", "code": "DEPCOM", "type": "TYPEQU",
                                    "count": "NB_EQUIP", "level": "commune"}}
    binding["variables"]["autre"] = {"status": "real", "access": {"source": "bpe", "types": ["D201"]}}
    path = case / "binding_acces.json"
    path.write_text(json.dumps(binding), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("algorithm", ["compute_index", "join_tables", "aggregate_units", "access_times"])
def test_invalid_geometries_are_named_and_qgis_survives(case, algorithm):
    uri = with_geometry(case, "invalide", bowtie)
    fid = sorted(QgsVectorLayer(uri).getFeatures(), key=lambda f: f["code"])[1].id()
    parameters = dict(runs(case)[algorithm], INPUT=uri)
    if algorithm == "compute_index":   # the index checks the geometries it uses: for its access times
        parameters["BINDING"] = with_access_time(case)
    fails(algorithm, parameters, "communes", "invalid geometry", f"feature ids {fid}", "Fix geometries",
          watched=[case], outputs=case / OUTPUTS)
    # Processing's own stop, thrown inside Python's loop over the features, left the interpreter corrupt:
    # the next runs crashed QGIS. They must work.
    succeeds(algorithm, runs(case)[algorithm], watched=[case])


def test_the_index_without_access_times_copies_invalid_geometries_as_they_are(case):
    """Like QGIS's attribute algorithms (field calculator, joins), an index read from attributes only does
    not stop at a geometry it does not use; the output keeps it unchanged."""
    uri = with_geometry(case, "invalide", bowtie)
    bad = sorted(QgsVectorLayer(uri).getFeatures(), key=lambda f: f["code"])[1]
    result = succeeds("compute_index", dict(runs(case)["compute_index"], INPUT=uri), watched=[case])
    out = {f["code"]: f for f in open_output(result["OUTPUT"]).getFeatures()}
    assert len(out) == 43 and not out[bad["code"]].geometry().isGeosValid()
    assert out[bad["code"]].geometry().asWkt() == bad.geometry().asWkt()
    assert not is_null(out[bad["code"]]["ifn"])
    # The typologies read scores only: they do not stop at it either.
    typology = succeeds("policy_typology", dict(runs(case)["policy_typology"], INPUT=result["OUTPUT"]),
                        watched=[case])
    typed = {f["code"]: f for f in open_output(typology["OUTPUT"]).getFeatures()}
    assert len(typed) == 43 and not is_null(typed[bad["code"]]["ifn_typ"])


def test_invalid_geometries_follow_the_processing_setting(case):
    from qgis.core import QgsFeatureRequest, QgsProcessingFeatureSourceDefinition

    uri = with_geometry(case, "invalide", bowtie)
    skip = QgsProcessingFeatureSourceDefinition(
        uri, False, -1, QgsProcessingFeatureSourceDefinition.FlagOverrideDefaultGeometryCheck,
        QgsFeatureRequest.GeometrySkipInvalid)
    result = succeeds("compute_index", dict(runs(case)["compute_index"], INPUT=skip), watched=[case])
    assert open_output(result["OUTPUT"]).featureCount() == 42  # the invalid unit skipped, the null one kept


def test_null_geometries(case):
    uri = with_geometry(case, "nulle", lambda layer, features: layer.changeGeometry(features[2].id(), QgsGeometry()))
    code = sorted(QgsVectorLayer(uri).getFeatures(), key=lambda f: f["code"])[2]["code"]
    result = succeeds("aggregate_units", dict(runs(case)["aggregate_units"], INPUT=uri), watched=[case])
    units = list(open_output(result["OUTPUT"]).getFeatures())
    assert len(units) == 1 and units[0]["n_com"] == 43 and not units[0].geometry().isNull()
    recorder = Recorder()
    result = succeeds("access_times", dict(runs(case)["access_times"], INPUT=uri), watched=[case], feedback=recorder)
    times = {f["code"]: f["t_D201"] for f in open_output(result["OUTPUT"]).getFeatures()}
    assert is_null(times[code]) and sum(not is_null(t) for t in times.values()) == 42
    assert code in recorder.log or "geometry" in recorder.log


def test_multipart_units(case):
    """A unit in two distant parts (an exclave): its origin lies inside one of its parts, its area is the sum."""
    def merge(layer, features):
        layer.changeGeometry(features[0].id(), QgsGeometry.collectGeometry(
            [features[0].geometry(), features[-1].geometry()]))

    uri = with_geometry(case, "multi", merge)
    merged = sorted(QgsVectorLayer(uri).getFeatures(), key=lambda f: f["code"])[0]
    assert merged.geometry().isMultipart() and len(merged.geometry().asMultiPolygon()) == 2
    parameters = dict(runs(case)["access_times"], INPUT=uri, INTRA=0)
    result = succeeds("access_times", parameters, watched=[case])
    times = {f["code"]: f["t_D201"] for f in open_output(result["OUTPUT"]).getFeatures()}
    assert all(not is_null(t) and t >= 0 for t in times.values())
    result = succeeds("aggregate_units", dict(runs(case)["aggregate_units"], INPUT=uri), watched=[case])
    assert [f["n_com"] for f in open_output(result["OUTPUT"]).getFeatures()] == [43]
    succeeds("compute_index", dict(runs(case)["compute_index"], INPUT=uri), watched=[case])


def test_geographic_crs(case):
    gdal.VectorTranslate(str(case / "wgs84.gpkg"), str(case / "communes.gpkg"), options="-t_srs EPSG:4326 -nln communes")
    wgs84 = f"{case / 'wgs84.gpkg'}|layername=communes"
    lambert = succeeds("access_times", runs(case)["access_times"], watched=[case])
    degrees = succeeds("access_times", dict(runs(case)["access_times"], INPUT=wgs84,
                                            OUTPUT=str(case / OUTPUTS / "acces_wgs84.gpkg")), watched=[case])
    times = [{f["code"]: f["t_D201"] for f in open_output(r["OUTPUT"]).getFeatures()} for r in (lambert, degrees)]
    assert times[0].keys() == times[1].keys()
    assert all(abs(times[0][c] - times[1][c]) < 1e-6 for c in times[0])  # distances measured in Lambert-93
    result = succeeds("aggregate_units", dict(runs(case)["aggregate_units"], INPUT=wgs84), watched=[case])
    assert open_output(result["OUTPUT"]).crs().authid() == "EPSG:4326"


def test_binding_paths_name_their_key(case):
    edit_json(case / "binding.json", lambda b: b.update(passages={"p": {"path": "passage.csv", "old": "a", "new": "b"}}))
    edit_json(case / "binding.json", lambda b: b["tables"]["t"].update(passage="p"))
    fails("compute_index", runs(case)["compute_index"], "binding.json", "'passages.p.path'", "passage.csv",
          "does not exist", watched=[case], outputs=case / OUTPUTS)


def test_messages_in_french(case):
    """The user's language: what a French user reads when the same runs go wrong."""
    with french():
        message = fails("export_table", dict(runs(case)["export_table"], OUTPUT="/proc/table.csv"), watched=[case])
        assert "n'est pas accessible en écriture" in message and "/proc" in message
        parameters = runs(case)["policy_typology"]
        parameters["INPUT"] += "|subset=\"code\" = 'aucune'"
        message = fails("policy_typology", parameters, watched=[case], outputs=case / OUTPUTS)
        assert "aucune entité" in message
        message = fails("export_atlas", dict(runs(case)["export_atlas"], FILTER="\"epci_code\" = '1'"),
                        watched=[case], outputs=case / OUTPUTS)
        assert "epci_code" in message and "n'a pas" in message


@pytest.mark.parametrize("algorithm,output", [("compute_index", "OUTPUT"), ("join_tables", "OUTPUT"),
                                              ("aggregate_units", "OUTPUT"), ("policy_typology", "OUTPUT"),
                                              ("cluster_typology", "OUTPUT"), ("export_table", "OUTPUT")])
def test_an_output_over_an_input_is_refused(case, algorithm, output):
    """The atomic move would replace the input file (every layer of the GeoPackage) with the result."""
    parameters = runs(case)[algorithm]
    target = str(parameters["INPUT"]).split("|")[0]
    fails(algorithm, dict(parameters, **{output: target}), "is an input of the run", target,
          "Choose another output file", watched=[case], outputs=case / OUTPUTS)
    # A file of another parameter counts too (the table of a join).
    if algorithm == "join_tables":
        fails(algorithm, dict(parameters, REPORT=parameters["TABLE"]), "is an input of the run", watched=[case])
