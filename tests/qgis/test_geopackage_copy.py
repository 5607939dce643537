"""The whole-table path: a GeoPackage input read with SQLite and copied by GDAL while the scores are computed.

Its output must be the layer QGIS's own copy gives (same fields, values and geometries), with the
input's fids kept; anything unusual (a filter, an edit buffer, a virtual field, a failed or cancelled
copy) goes back to QGIS's path or stops cleanly.
"""

from __future__ import annotations

import pytest
from osgeo import gdal
from qgis import processing
from qgis.core import (
    NULL,
    QgsFeatureRequest,
    QgsFeedback,
    QgsField,
    QgsProcessingFeatureSourceDefinition,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from conftest import COMMUNES_GPKG, ensure_provider, file_hash
from fragilite_numerique.core.errors import CancelledError
from fragilite_numerique.gis import layer_io
from fragilite_numerique.gis.geopackage_table import BackgroundCopy, GeoPackageTable, whole_geopackage_table
from test_layer_write import KINDS, _spec


@pytest.fixture(scope="module")
def somme(tmp_path_factory):
    """The 772 communes of the Somme with fids not 1..n (kept from the embedded file) and two fields that
    carry names of ours (a layer scored before, scored again)."""
    path = tmp_path_factory.mktemp("somme") / "somme.gpkg"
    gdal.VectorTranslate(str(path), str(COMMUNES_GPKG), options="-where \"dep = '80'\" -preserve_fid -nln communes "
                                                                 "-sql \"SELECT *, 'old' AS ifn, 1.5 AS IFN_TYP "
                                                                 "FROM communes WHERE dep = '80'\"")
    return path


def _layer(path) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername=communes", "communes", "ogr")
    assert layer.isValid()
    return layer


def _by_code(path, layer_name="out") -> tuple:
    layer = QgsVectorLayer(f"{path}|layername={layer_name}", "out", "ogr")
    assert layer.isValid()
    fields = [(f.name(), f.typeName()) for f in layer.fields()]
    rows = {f["code"]: (f.id(), f.attributes()[1:], f.geometry().asWkb()) for f in layer.getFeatures()}
    return fields, rows


def test_the_gdal_copy_gives_qgiss_layer_and_keeps_the_fids(qgis_new_project, tmp_path, somme):
    layer = _layer(somme)
    table = whole_geopackage_table(layer)
    assert table == GeoPackageTable(str(somme), "communes")
    ids = sorted(layer.allFeatureIds())
    assert ids != list(range(1, len(ids) + 1))
    spec = _spec(ids[:-3])                      # the last three features have no score
    before = file_hash(somme)
    copied, written = tmp_path / "copied.gpkg", tmp_path / "written.gpkg"
    with BackgroundCopy(table, str(copied), spec.layer_name) as copy:
        replaced_copied = layer_io.write_features(layer, spec, str(copied), copy=copy)
    replaced_written = layer_io.write_features(layer, spec, str(written))
    assert sorted(replaced_copied) == sorted(replaced_written) == ["IFN_TYP", "ifn"]
    fields_copied, rows_copied = _by_code(copied)
    fields_written, rows_written = _by_code(written)
    assert [n for n, _t in fields_copied] == [n for n, _t in fields_written]
    assert [n for n, _t in fields_copied][-len(KINDS):] == list(KINDS)
    assert fields_copied == fields_written
    assert rows_copied.keys() == rows_written.keys() and len(rows_copied) == len(ids)
    for code, (_fid, attributes, geometry) in rows_copied.items():
        assert (attributes, geometry) == rows_written[code][1:], code
    source_fids = {f["code"]: f.id() for f in layer.getFeatures()}
    assert {code: row[0] for code, row in rows_copied.items()} == source_fids     # scores went by fid
    first = len(fields_copied) - len(KINDS) - 1
    by_fid = {row[0]: row[1] for row in rows_copied.values()}
    assert by_fid[ids[0]][first:first + 2] == [0.0, 1] and by_fid[ids[-1]][first:] == [NULL] * len(KINDS)
    assert file_hash(somme) == before


def test_a_failed_copy_falls_back_to_qgiss_copy(qgis_new_project, tmp_path, somme):
    layer = _layer(somme)
    spec = _spec(sorted(layer.allFeatureIds()))
    target = tmp_path / "out.gpkg"
    missing = GeoPackageTable(str(tmp_path / "missing.gpkg"), "communes")
    with BackgroundCopy(missing, str(target), spec.layer_name) as copy:
        layer_io.write_features(layer, spec, str(target), copy=copy)
    assert copy.error
    _fields, rows = _by_code(target)
    assert len(rows) == layer.featureCount()


def test_a_cancelled_copy_leaves_nothing(qgis_new_project, tmp_path, somme):
    layer = _layer(somme)
    spec = _spec(sorted(layer.allFeatureIds()))
    feedback = QgsFeedback()
    feedback.cancel()
    target = tmp_path / "out" / "cancelled.gpkg"
    target.parent.mkdir()
    with pytest.raises(CancelledError), layer_io.atomic_output(str(target), feedback=feedback) as temporary, \
            BackgroundCopy(whole_geopackage_table(layer), temporary, spec.layer_name, feedback) as copy:
        layer_io.write_features(layer, spec, temporary, feedback, copy=copy)
    assert list(target.parent.iterdir()) == []


def test_only_a_whole_unedited_table_of_file_fields_is_copied(qgis_new_project, somme):
    assert whole_geopackage_table(_layer(somme)) is not None
    filtered = _layer(somme)
    filtered.setSubsetString("code LIKE '801%'")
    edited = _layer(somme)
    edited.startEditing()
    virtual = _layer(somme)
    virtual.addExpressionField("1", QgsField("one", QVariant.Int))
    assert [whole_geopackage_table(layer) for layer in (filtered, edited, virtual)] == [None, None, None]
    edited.rollBack()


def _by_either_path(algorithm: str, uri: str, folder, **parameters) -> tuple:
    """The outputs of ``algorithm`` on the whole layer and on the same features read through QGIS (a
    feature limit above the count leaves the whole-table path): {code: (attributes, WKB)} and fids of each."""
    ensure_provider()
    outputs, fids = {}, {}
    for name, source in (("whole", uri), ("limited", QgsProcessingFeatureSourceDefinition(uri, False, 100_000))):
        result = processing.run(f"fragilite_numerique:{algorithm}",
                                dict(parameters, INPUT=source, OUTPUT=str(folder / f"{algorithm}_{name}.gpkg")))
        layer = QgsVectorLayer(result["OUTPUT"], name, "ogr")
        outputs[name] = {f["code"]: (f.attributes()[1:], f.geometry().asWkb())
                         for f in layer.getFeatures(QgsFeatureRequest())}
        fids[name] = sorted(layer.allFeatureIds())
    return outputs, fids


def test_the_algorithms_give_the_same_outputs_by_either_path(qgis_processing, tmp_path, somme):
    outputs, fids = _by_either_path("compute_index", f"{somme}|layername=communes", tmp_path, CODE_FIELD="code",
                                    EPCI_FIELD="epci", DEP_FIELD="dep")
    assert len(outputs["whole"]) == 772 and outputs["whole"] == outputs["limited"]
    # The whole table was copied by GDAL (the input's fids kept), the limited source by QGIS (1..n).
    assert fids["whole"] == sorted(_layer(somme).allFeatureIds()) != fids["limited"] == list(range(1, 773))
    scored = f"{tmp_path / 'compute_index_whole.gpkg'}|layername=fragilite_numerique"
    for algorithm, parameters in (("policy_typology", {}), ("cluster_typology", {"CLASSES": 4})):
        outputs, fids = _by_either_path(algorithm, scored, tmp_path, **parameters)
        assert len(outputs["whole"]) == 772 and outputs["whole"] == outputs["limited"], algorithm
        assert fids["whole"] != fids["limited"] == list(range(1, 773))
