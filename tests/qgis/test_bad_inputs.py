"""The catalogue of bad inputs for "Calculer l'indice": each gets a message naming what is at fault,
and nothing of the user's is lost (inputs byte-identical, no partial output, previous output intact).

Further steps (sources, access, maps, atlas) extend this catalogue in their own test modules.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

import pytest
from osgeo import gdal
from qgis import processing
from qgis.core import QgsProcessingException, QgsVectorLayer

from conftest import ensure_provider, file_hash
from hardening import Recorder, hashes, index_parameters, is_null, small_case
from hardening import edit_json as _edit_json
from hardening import fails as _fails
from hardening import succeeds as _succeeds
from hardening import write_table

ALG = "fragilite_numerique:compute_index"


@pytest.fixture()
def case(tmp_path, qgis_processing):
    """A small real case: 43 communes (GeoPackage), a table and a binding, in a folder of their own."""
    ensure_provider()
    return small_case(tmp_path)


def params(folder: Path, **changes) -> dict:
    (folder / "out").mkdir(exist_ok=True)
    return index_parameters(folder, folder / "out" / "ifn.gpkg", **changes)


def leftovers(folder: Path) -> list:
    return [p.name for p in (folder / "out").iterdir()] if (folder / "out").exists() else []


def fails(folder: Path, *fragments, **changes) -> str:
    """Run expecting a clear failure; inputs untouched and no output left behind."""
    message = _fails("compute_index", params(folder, **changes), *fragments, watched=[folder])
    assert leftovers(folder) == []
    return message


def succeeds(folder: Path, **changes) -> tuple:
    feedback = Recorder()
    result = _succeeds("compute_index", params(folder, **changes), watched=[folder], feedback=feedback)
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert layer.isValid()
    return layer, feedback.log


def edit_json(folder: Path, name: str, change) -> None:
    _edit_json(folder / name, change)


def test_empty_table(case):
    write_table(case, "")
    fails(case, "table.csv", "empty")


def test_header_only(case):
    write_table(case, "code;taux;num;den;autre\n")
    fails(case, "table.csv", "no rows")


def test_binary_file(case):
    write_table(case, b"PK\x03\x04\x00\x00binary\x00\x01\x02")
    fails(case, "table.csv", "binary")


def test_undecodable_text(case):
    write_table(case, b"code;taux\n59001;\x81\x8d\x90\n")
    fails(case, "table.csv", "encoding")


def test_no_code_column(case):
    write_table(case, "insee;taux;num;den;autre\n59001;1;1;1;1\n")
    fails(case, "table.csv", "code", "insee")


def test_all_codes_unmatched(case):
    write_table(case, "code;taux;num;den;autre\n80001;1;1;2;1\n80002;2;1;2;2\n")
    fails(case, "table.csv", "80001", "COG")


def test_duplicate_codes(case):
    text = (case / "table.csv").read_text("utf-8").splitlines()
    write_table(case, "\n".join(text + [text[1]]) + "\n")
    fails(case, "table.csv", text[1].split(";")[0], "several rows")


def test_column_bound_but_missing(case):
    edit_json(case, "binding.json", lambda b: b["variables"]["taux"].update(column="TAUX_2019"))
    fails(case, "table.csv", "TAUX_2019", "'taux'")


def test_table_file_missing(case):
    edit_json(case, "binding.json", lambda b: b["tables"]["t"].update(path="absente.csv"))
    fails(case, "binding.json", "'tables.t.path'", "absente.csv", "does not exist")


def test_table_path_is_a_folder(case):
    (case / "dossier").mkdir()
    edit_json(case, "binding.json", lambda b: b["tables"]["t"].update(path="dossier"))
    fails(case, "binding.json", "'tables.t.path'", "folder")


def test_unknown_variable_in_binding(case):
    edit_json(case, "binding.json", lambda b: b["variables"].update(inconnu={"status": "absent"}))
    fails(case, "binding.json", "variables.inconnu")


def test_non_numeric_and_infinite_cells_are_reported_not_zero(case):
    lines = (case / "table.csv").read_text("utf-8").splitlines()
    lines[3] = lines[3].replace(lines[3].split(";")[1], "n/d ?", 1)
    lines[5] = lines[5].replace(lines[5].split(";")[1], "inf", 1)
    write_table(case, "\n".join(lines) + "\n")
    layer, log = succeeds(case)
    assert "'taux'" in log and "2 cell(s)" in log and "line 4" in log
    flags = {f["code"]: f["i_taux"] for f in layer.getFeatures()}
    assert sorted(flags.values()).count("obs") == len(flags) - 2


def test_zero_denominators(case):
    lines = (case / "table.csv").read_text("utf-8").splitlines()
    parts = lines[2].split(";")
    parts[3] = "0"
    lines[2] = ";".join(parts)
    write_table(case, "\n".join(lines) + "\n")
    layer, log = succeeds(case)
    assert "zero denominator" in log and "'den'" in log
    values = [f["v_part"] for f in layer.getFeatures()]
    assert not any(is_null(v) for v in values)  # imputed from the EPCI, never 0 by accident
    assert sum(1 for f in layer.getFeatures() if f["i_part"] != "obs") == 1


def test_negative_counts_and_rates_above_100(case):
    lines = (case / "table.csv").read_text("utf-8").splitlines()
    parts = lines[2].split(";")
    parts[2] = "-4"
    lines[2] = ";".join(parts)
    parts = lines[3].split(";")
    parts[1] = "140"
    lines[3] = ";".join(parts)
    write_table(case, "\n".join(lines) + "\n")
    _layer, log = succeeds(case)
    assert "negative" in log and "'num'" in log
    assert "impossible value" in log and "'taux'" in log


def test_constant_variable(case):
    lines = (case / "table.csv").read_text("utf-8").splitlines()
    lines = [lines[0]] + [";".join(line.split(";")[:4] + ["3"]) for line in lines[1:]]
    write_table(case, "\n".join(lines) + "\n")
    layer, log = succeeds(case)
    assert "'autre'" in log and "same value" in log
    assert all(is_null(f["n_autre"]) for f in layer.getFeatures())


def test_all_missing_variable(case):
    lines = (case / "table.csv").read_text("utf-8").splitlines()
    lines = [lines[0]] + [";".join(line.split(";")[:4] + ["s"]) for line in lines[1:]]
    write_table(case, "\n".join(lines) + "\n")
    layer, log = succeeds(case)
    assert "'autre'" in log and "no value in the reference territory" in log
    assert all(is_null(f["ifn_ax2"]) for f in layer.getFeatures())


def test_empty_reference_territory(case):
    fails(case, "reference territory is empty", REFERENCE="\"dep\" = '99'")


def test_invalid_reference_expression(case):
    fails(case, "expression", REFERENCE="\"dep\" = = '59'")


def test_layer_with_no_features(case):
    fails(case, "no feature", INPUT=f"{case / 'communes.gpkg'}|layername=communes|subset=\"code\" = 'none'")


def test_wrong_code_field(case):
    fails(case, "INSEE", CODE_FIELD="nom")


def test_output_folder_not_writable(case):
    locked = case / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(locked, os.W_OK):  # root writes anywhere: /proc refuses even root
            fails(case, "/proc", "not writable", OUTPUT="/proc/ifn.gpkg")
        else:
            fails(case, "not writable", OUTPUT=str(locked / "ifn.gpkg"))
    finally:
        locked.chmod(stat.S_IRWXU)


def test_output_exists_and_overwrite_refused(case):
    target = case / "out" / "ifn.gpkg"
    processing.run(ALG, params(case))
    before = file_hash(target)
    with pytest.raises(QgsProcessingException, match="already exists"):
        processing.run(ALG, params(case, OVERWRITE=False))
    assert file_hash(target) == before


def test_unknown_output_format(case):
    fails(case, ".xyz", OUTPUT=str(case / "out" / "ifn.xyz"))


def test_malformed_method(case):
    (case / "method.json").write_text('{"format": "fragilite_numerique.method", "id": "x",', encoding="utf-8")
    fails(case, "method.json", "line 1")


def test_unknown_normalisation(case):
    edit_json(case, "method.json", lambda m: m.update(normalisation={"method": "logit"}))
    fails(case, "method.json", "normalisation.method", "logit")


@pytest.mark.parametrize("weights, fragment", [("ax1=-1; ax2=1", "axes[0].weight"),
                                               ("ax1=0; ax2=0", "sum to 0"),
                                               ("ax7=1", "ax7")])
def test_bad_weights(case, weights, fragment):
    fails(case, fragment, WEIGHTS=weights)


def test_input_field_names_colliding_with_ours(case):
    gdal.VectorTranslate(str(case / "collide.gpkg"), str(case / "communes.gpkg"),
                         options="-sql \"SELECT *, 0.5 AS ifn, 'x' AS ifn_rang FROM communes\" -nln communes")
    layer, log = succeeds(case, INPUT=f"{case / 'collide.gpkg'}|layername=communes")
    names = [f.name() for f in layer.fields()]
    assert names.count("ifn") == 1 and names.count("ifn_rang") == 1
    assert all(f["ifn"] != 0.5 for f in layer.getFeatures())
    assert "ifn" in log and "replaced" in log.lower()


def test_cancel_at_each_stage_keeps_the_previous_output(case):
    target = case / "out" / "ifn.gpkg"
    counting = Recorder()
    processing.run(ALG, params(case), feedback=counting)
    before = file_hash(target)
    listing = sorted(leftovers(case))  # the output and its QML copies
    assert counting.reports >= 5  # reading, computing, writing and styling all report progress
    for cancel_after in range(1, counting.reports):
        feedback = Recorder(cancel_after=cancel_after)
        with contextlib.suppress(QgsProcessingException):  # a cancelled run may end either way
            processing.run(ALG, params(case), feedback=feedback)
        assert feedback.isCanceled()
        assert file_hash(target) == before, cancel_after
        assert sorted(leftovers(case)) == listing, cancel_after


def test_same_run_twice_gives_identical_results(case):
    first, _ = succeeds(case, OUTPUT=str(case / "out" / "a.gpkg"))
    second, _ = succeeds(case, OUTPUT=str(case / "out" / "b.gpkg"))
    rows = lambda layer: sorted(tuple(f.attributes()[1:]) for f in layer.getFeatures())  # noqa: E731
    assert rows(first) == rows(second)


def test_layer_in_edit_mode_is_left_as_is(case):
    layer = QgsVectorLayer(f"{case / 'communes.gpkg'}|layername=communes", "c", "ogr")
    layer.startEditing()
    fid = next(layer.getFeatures()).id()
    layer.changeAttributeValue(fid, layer.fields().indexOf("nom"), "Nom modifié")
    before = hashes(case)
    result = processing.run(ALG, params(case, INPUT=layer))
    assert layer.isEditable() and layer.isModified()
    assert layer.getFeature(fid)["nom"] == "Nom modifié"
    assert hashes(case) == before
    assert QgsVectorLayer(result["OUTPUT"], "o", "ogr").featureCount() == 43
    layer.rollBack()


def test_shapefile_input_in_read_only_folder(case):
    folder = case / "shp"
    folder.mkdir()
    gdal.VectorTranslate(str(folder / "communes.shp"), str(case / "communes.gpkg"), format="ESRI Shapefile")
    before = hashes(folder)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        layer, _log = succeeds(case, INPUT=str(folder / "communes.shp"))
        assert layer.featureCount() == 43
        assert hashes(folder) == before
    finally:
        folder.chmod(stat.S_IRWXU)


def test_null_geometries_and_geographic_crs(case):
    gdal.VectorTranslate(str(case / "wgs84.gpkg"), str(case / "communes.gpkg"),
                         options="-t_srs EPSG:4326 -nln communes")
    layer = QgsVectorLayer(f"{case / 'wgs84.gpkg'}|layername=communes", "c", "ogr")
    layer.startEditing()
    fid = next(layer.getFeatures()).id()
    from qgis.core import QgsGeometry

    layer.changeGeometry(fid, QgsGeometry())
    assert layer.commitChanges()
    del layer
    out, _log = succeeds(case, INPUT=f"{case / 'wgs84.gpkg'}|layername=communes")
    assert out.crs().authid() == "EPSG:4326"
    assert out.featureCount() == 43
    assert not any(is_null(f["ifn"]) for f in out.getFeatures())
