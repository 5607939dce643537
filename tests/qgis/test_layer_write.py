"""The GeoPackage writer without a Python loop (copy in C++, scores set in SQL) against the Python writer.

Both must give the same layer: same fields (names, types, order), same fids, geometries and values.
"""

from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd
import pytest
from qgis.core import NULL, QgsFeatureRequest, QgsFeedback, QgsVectorLayer

from conftest import COMMUNES_GPKG, file_hash
from fragilite_numerique.core.errors import CancelledError
from fragilite_numerique.gis import layer_io
from fragilite_numerique.gis.compat import make_field
from fragilite_numerique.gis.geopackage_table import geopackage_table_of, readable_without_trace

KINDS = {"ifn": "double", "ifn_rang": "int", "ifn_typ": "text", "big": "int64",
         "ifn_ref": "int", "i_x": "text", "n_x": "double", "c_x": "text"}   # constants and empty columns


def _spec(ids: list) -> layer_io.OutputSpec:
    n = len(ids)
    values = np.linspace(0.0, 1.0, n)
    values[1] = np.nan                      # a missing score stays NULL
    ranks = pd.Series(np.arange(1, n + 1), dtype="Int64")
    ranks.iloc[2] = pd.NA
    labels = [f"class {i % 3}" if i != 3 else None for i in range(n)]
    scores = pd.DataFrame({"ifn": values, "ifn_rang": ranks.to_numpy(), "ifn_typ": labels,
                           "big": np.arange(n, dtype=np.int64) * 10_000_000_000, "ifn_ref": 1, "i_x": "l'abs",
                           "n_x": np.nan, "c_x": None}, index=ids)
    return layer_io.OutputSpec(scores=scores, kinds=KINDS, comments={"ifn": "Composite index"}, layer_name="out")


@pytest.fixture(scope="module")
def communes_copy(tmp_path_factory):
    """A copy of the embedded communes: QGIS may reopen a GeoPackage it has already opened for
    update, which rewrites its header (journal mode), and the shipped file must stay as it is."""
    path = tmp_path_factory.mktemp("communes") / "communes.gpkg"
    path.write_bytes(COMMUNES_GPKG.read_bytes())
    return path


@pytest.fixture()
def communes(communes_copy):
    def open_layer(subset: str = "") -> QgsVectorLayer:
        return _communes(communes_copy, subset)
    return open_layer


def _communes(path, subset: str = "") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername=communes", "communes", "ogr")
    assert layer.isValid()
    if subset:
        layer.setSubsetString(subset)
    return layer


def _content(path) -> tuple:
    """Fields (name, type, length) and every feature (fid, attributes, geometry as WKB)."""
    layer = QgsVectorLayer(f"{path}|layername=out", "out", "ogr")
    assert layer.isValid()
    fields = [(f.name(), f.typeName(), f.length()) for f in layer.fields()]
    features = [(f.id(), f.attributes(), f.geometry().asWkb()) for f in layer.getFeatures()]
    return fields, features


def _both(source, spec, tmp_path, monkeypatch) -> tuple:
    fast, slow = tmp_path / "fast.gpkg", tmp_path / "slow.gpkg"
    outcomes = []
    copy = layer_io._copy_then_update
    monkeypatch.setattr(layer_io, "_copy_then_update", lambda *args: outcomes.append(copy(*args)) or outcomes[-1])
    replaced_fast = layer_io.write_features(source, spec, str(fast))
    assert outcomes == [True]          # the SQL path was taken, not the fallback
    monkeypatch.undo()
    replaced_slow = layer_io.write_features(source, spec, str(slow), fast=False)
    assert replaced_fast == replaced_slow
    return _content(fast), _content(slow), replaced_fast


def test_fast_writer_gives_the_python_writers_layer(qgis_new_project, tmp_path, monkeypatch, communes,
                                                    communes_copy):
    layer = communes("dep = '80' OR fid IN (2, 4)")   # fids not 1..n: the output renumbers them the same way
    ids = sorted(layer.allFeatureIds())
    before = file_hash(communes_copy)
    fast, slow, replaced = _both(layer, _spec(ids[:-3]), tmp_path, monkeypatch)   # the last features have no score
    assert fast == slow
    fields, features = fast
    assert [name for name, _t, _l in fields][-len(KINDS):] == list(KINDS)
    assert {n: t for n, t, _l in fields}["big"] == "Integer64"
    assert len(features) == len(ids)
    by_code = {attrs[1]: attrs for _fid, attrs, _g in features}
    first = len(fields) - len(KINDS)
    assert features[0][1][first:] == [0.0, 1, "class 0", 0, 1, "l'abs", NULL, NULL]
    assert features[1][1][first] == NULL and features[2][1][first + 1] == NULL and features[3][1][first + 2] == NULL
    assert all(attrs[first:] == [NULL] * len(KINDS) for attrs in list(by_code.values())[-3:])
    assert replaced == []
    assert file_hash(communes_copy) == before          # the input is only read


def test_replaced_input_fields_dropped_the_same_way(qgis_new_project, tmp_path, monkeypatch, communes):
    source = communes("dep = '02'")
    ids = sorted(source.allFeatureIds())
    # A memory layer (with a "fid" field of its own) whose fields carry names of ours.
    memory = source.materialize(QgsFeatureRequest())
    memory.dataProvider().addAttributes([make_field("ifn", "text"), make_field("IFN_TYP", "double")])
    memory.updateFields()
    memory_ids = sorted(memory.allFeatureIds())
    fast, slow, replaced = _both(memory, _spec(memory_ids), tmp_path, monkeypatch)
    assert fast == slow
    assert sorted(replaced) == ["IFN_TYP", "ifn"]
    names = [name for name, _t, _l in fast[0]]
    assert names.count("ifn") == 1 and "IFN_TYP" not in names and "fid" not in names[1:]
    assert not any(name.startswith("fragilite_dropped") for name in names)
    assert len(ids) == len(fast[1])


def test_cancelled_copy_raises_and_the_output_is_removed(qgis_new_project, tmp_path, communes):
    layer = communes()
    spec = _spec(sorted(layer.allFeatureIds()))
    feedback = QgsFeedback()
    feedback.cancel()
    target = tmp_path / "cancelled.gpkg"
    with pytest.raises(CancelledError), layer_io.atomic_output(str(target), feedback=feedback) as temporary:
        layer_io.write_features(layer, spec, temporary, feedback)
    assert list(tmp_path.iterdir()) == []


def test_shapefile_output_keeps_the_python_writer(qgis_new_project, tmp_path, communes):
    layer = communes("dep = '60'")
    ids = sorted(layer.allFeatureIds())
    target = tmp_path / "out.shp"
    layer_io.write_features(layer, _spec(ids), str(target))
    written = QgsVectorLayer(str(target), "out", "ogr")
    assert written.featureCount() == len(ids)
    assert [f.name() for f in written.fields()][-len(KINDS):] == list(KINDS)


def test_no_journal_or_placeholder_left_in_the_geopackage(qgis_new_project, tmp_path, communes):
    layer = communes("dep = '59'")
    target = tmp_path / "out.gpkg"
    with layer_io.atomic_output(str(target)) as temporary:
        layer_io.write_features(layer, _spec(sorted(layer.allFeatureIds())), temporary)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.gpkg"]
    connection = sqlite3.connect(target)
    try:
        count = connection.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'out'").fetchone()
        rtree = connection.execute("SELECT count(*) FROM rtree_out_geom").fetchone()
    finally:
        connection.close()
    assert count == (layer.featureCount(),) and rtree == (layer.featureCount(),)


def test_geopackage_attributes_read_in_sql_as_qgis_reads_them(qgis_new_project, tmp_path, monkeypatch):
    path = tmp_path / "communes.gpkg"
    path.write_bytes(COMMUNES_GPKG.read_bytes())
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=DELETE")
    for name in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):   # GDAL's R-tree triggers, not run
        connection.create_function(name, 1, lambda geometry: None)
    connection.execute("UPDATE communes SET epci = NULL WHERE fid = 3")
    connection.commit()
    connection.close()
    layer = QgsVectorLayer(f"{path}|layername=communes", "communes", "ogr")
    fast = layer_io.layer_to_frame(layer, ["code", "epci", "nb_com2018"])
    assert geopackage_table_of(layer) is not None      # the SQL read applies here
    layer.setSubsetString("1 = 1")                     # and not to a filtered layer
    assert geopackage_table_of(layer) is None
    slow = layer_io.layer_to_frame(layer, ["code", "epci", "nb_com2018"])
    pd.testing.assert_frame_equal(fast, slow)
    assert fast.loc[3, "epci"] is None and isinstance(fast.loc[1, "nb_com2018"], int)


def test_a_geopackage_in_wal_mode_is_left_to_qgis(tmp_path):
    """A SQLite reader of a WAL database would leave -wal and -shm files beside the user's file."""
    path = tmp_path / "communes.gpkg"
    path.write_bytes(COMMUNES_GPKG.read_bytes())
    for mode, readable in (("WAL", False), ("DELETE", True)):
        connection = sqlite3.connect(path)
        connection.execute(f"PRAGMA journal_mode={mode}")
        connection.close()
        assert readable_without_trace(str(path)) is readable
    assert sorted(p.name for p in tmp_path.iterdir()) == ["communes.gpkg"]
