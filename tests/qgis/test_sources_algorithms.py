"""The "join source tables" and "aggregate by EPCI or department" steps, and the index on EPCI units."""

import sys
from pathlib import Path

import pytest
from qgis import processing
from qgis.core import NULL, QgsProcessingException, QgsProject, QgsVectorLayer

from fragilite_numerique.core.readers import read_table
from fragilite_numerique.core.tables import to_number

from conftest import COMMUNES_GPKG, EMBEDDED, ensure_provider, file_hash

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from source_files import write_numeric_codes_xlsx  # noqa: E402

COMMUNES = f"{COMMUNES_GPKG}|layername=communes"
ARCEP = EMBEDDED / "arcep_maconnexioninternet_communes_hdf_2019-09.csv"
PASSAGE = EMBEDDED / "cog_passage_2018_2019_hdf.csv"


def features(uri):
    layer = QgsVectorLayer(uri, "out", "ogr")
    assert layer.isValid(), uri
    return layer, list(layer.getFeatures())


def present(values: dict) -> dict:
    return {k: v for k, v in values.items() if v is not None and v != NULL}


def metadata(path):
    from fragilite_numerique.gis.scoring import read_provenance

    return read_provenance(str(path))


def test_join_arcep_on_2018_codes_loses_nothing(tmp_path, qgis_processing):
    ensure_provider()
    before = (file_hash(COMMUNES_GPKG), file_hash(ARCEP), file_hash(PASSAGE))
    result = processing.run("fragilite_numerique:join_tables", {
        "INPUT": COMMUNES, "CODE_FIELD": "code", "TABLE": str(ARCEP), "COLUMNS": "nbr, elig_thd1g",
        "PASSAGE": str(PASSAGE), "COUNTS": "nbr; elig_thd1g", "OUTPUT": str(tmp_path / "arcep.gpkg"),
        "REPORT": str(tmp_path / "arcep.html")})
    assert (file_hash(COMMUNES_GPKG), file_hash(ARCEP), file_hash(PASSAGE)) == before
    layer, feats = features(result["OUTPUT"])
    assert len(feats) == 3789 and {"nbr", "elig_thd1g"} <= {f.name() for f in layer.fields()}
    raw = read_table(ARCEP)
    assert sum(f["nbr"] for f in feats) == to_number(raw["nbr"])[0].sum()  # the sum of premises is kept
    anizy = [f for f in feats if f["code"] == "02018"][0]
    rows = raw[raw["code_insee"].isin(["02018", "02301", "02434"])]
    assert anizy["nbr"] == to_number(rows["nbr"])[0].sum()
    report = metadata(tmp_path / "arcep.gpkg")["join_report"]["join"]
    assert report["matched_units"] == 3789 and report["n_codes_without_unit"] == 0
    assert report["details"]["remapped_codes"] == 19
    page = Path(result["REPORT"]).read_text("utf-8")
    assert "Codes moved to the layer" in page and "arcep" in page and "Units without a row (0)" in page


def test_join_xlsx_with_lost_zeros_and_csv_report(tmp_path, qgis_processing):
    ensure_provider()
    table = write_numeric_codes_xlsx(tmp_path / "pop.xlsx")
    result = processing.run("fragilite_numerique:join_tables", {
        "INPUT": COMMUNES, "CODE_FIELD": "code", "TABLE": str(table), "OUTPUT": str(tmp_path / "pop.gpkg"),
        "REPORT": str(tmp_path / "pop.csv")})
    _layer, feats = features(result["OUTPUT"])
    values = present({f["code"]: f["PMUN"] for f in feats})
    assert values == {"02001": 1234.0, "59350": 232787.0, "60001": 653.0}
    header, row = Path(result["REPORT"]).read_text("utf-8").splitlines()
    fields = dict(zip(header.split(";"), row.split(";")))
    assert fields["matched"] == "3" and fields["restored_leading_zeros"] == "1"
    assert fields["units_without_row"] == "3786"


def test_join_a_table_of_the_project(tmp_path, qgis_processing):
    ensure_provider()
    uri = tmp_path / "pop.csv"
    uri.write_text("DEPCOM;PMUN\n02001;498\n59350;232787\n", encoding="utf-8")
    table = QgsVectorLayer(f"file://{uri}?delimiter=;&detectTypes=yes", "populations", "delimitedtext")
    assert table.isValid()
    QgsProject.instance().addMapLayer(table)
    try:
        result = processing.run("fragilite_numerique:join_tables", {
            "INPUT": COMMUNES, "CODE_FIELD": "code", "TABLE_LAYER": table.id(),
            "OUTPUT": str(tmp_path / "joined.gpkg")})
        _layer, feats = features(result["OUTPUT"])
        joined = present({f["code"]: f["PMUN"] for f in feats})
        assert joined == {"02001": 498.0, "59350": 232787.0}
        from fragilite_numerique.core.binding import TableSpec
        from fragilite_numerique.gis.table_io import qgis_reader

        reader = qgis_reader()
        frame = reader(Path("unused"), TableSpec(id="p", path="project:populations", code="DEPCOM"))
        # QGIS typed the codes as integers (the classic pitfall): the zero is restored by the join
        assert frame["DEPCOM"].tolist() == ["2001", "59350"]
    finally:
        QgsProject.instance().removeMapLayer(table.id())


@pytest.mark.parametrize("table_text,pattern", [
    ("nom;pop\nLille;5\nDouai;6\n", "no column holds codes of level 'commune'"),
    ("CODGEO;COM;pop\n59350;59350;5\n59178;59178;6\n", r"several columns hold codes of level 'commune' \(CODGEO, COM\)"),
    ("CODGEO;pop\n59350;5\n59350;6\n", r"code 59350 appears on several rows \(lines 2, 3\)"),
])
def test_join_bad_tables_are_named_and_leave_nothing(tmp_path, qgis_processing, table_text, pattern):
    ensure_provider()
    table = tmp_path / "bad.csv"
    table.write_text(table_text, encoding="utf-8")
    before = file_hash(table)
    with pytest.raises(QgsProcessingException, match=pattern) as info:
        processing.run("fragilite_numerique:join_tables", {
            "INPUT": COMMUNES, "CODE_FIELD": "code", "TABLE": str(table), "OUTPUT": str(tmp_path / "out.gpkg"),
            "REPORT": str(tmp_path / "out.html")})
    assert "bad.csv" in str(info.value)
    assert file_hash(table) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]


@pytest.fixture(scope="module")
def epci_layer(tmp_path_factory, qgis_processing):
    ensure_provider()
    folder = tmp_path_factory.mktemp("epci")
    result = processing.run("fragilite_numerique:aggregate_units", {
        "INPUT": COMMUNES, "CODE_FIELD": "code", "LEVEL": 0, "UNIT_FIELD": "epci", "NAME_FIELD": "epci_nom",
        "OUTPUT": str(folder / "epci.gpkg")})
    return folder, result["OUTPUT"]


def test_epci_layer_dissolved_and_summed(epci_layer):
    folder, uri = epci_layer
    layer, feats = features(uri)
    assert len(feats) == 92 and layer.crs().authid() == "EPSG:2154"
    assert sum(f["n_com"] for f in feats) == 3789
    population = to_number(read_table(EMBEDDED / "insee_populations_legales_2017_communes_hdf.csv")["PMUN"])[0]
    assert sum(f["population"] for f in feats) == population.sum()
    communes = QgsVectorLayer(COMMUNES, "c", "ogr")
    area = sum(f.geometry().area() for f in communes.getFeatures())
    assert sum(f.geometry().area() for f in feats) == pytest.approx(area, rel=1e-4)
    mel = [f for f in feats if f["code"] == "200093201"][0]
    assert mel["nom"] == "Métropole Européenne de Lille" and mel["dep"] == "59" and mel["n_com"] == 95
    from fragilite_numerique.gis.table_io import members_from_gpkg

    members = members_from_gpkg(str(folder / "epci.gpkg"))
    assert len(members) == 3789 and members["59350"] == "200093201"
    assert metadata(folder / "epci.gpkg")["aggregation"]["weighted_by"]


def test_department_units(tmp_path, qgis_processing):
    ensure_provider()
    result = processing.run("fragilite_numerique:aggregate_units", {
        "INPUT": COMMUNES, "CODE_FIELD": "code", "LEVEL": 1, "UNIT_FIELD": None,
        "SUM_FIELDS": ["nb_com2018"], "OUTPUT": str(tmp_path / "dep.gpkg")})
    _layer, feats = features(result["OUTPUT"])
    assert sorted(f["code"] for f in feats) == ["02", "59", "60", "62", "80"]
    assert sum(f["nb_com2018"] for f in feats) == 3789 + 19


def test_index_on_epci_units(epci_layer, tmp_path):
    folder, uri = epci_layer
    result = processing.run("fragilite_numerique:compute_index", {
        "INPUT": uri, "CODE_FIELD": "code", "DEP_FIELD": "dep", "UNIT_LEVEL": 1,
        "OUTPUT": str(tmp_path / "ifn_epci.gpkg")})
    _layer, feats = features(result["OUTPUT"])
    assert len(feats) == 92
    assert sorted(f["ifn_rang"] for f in feats) == list(range(1, 93))  # reference = every EPCI
    assert all(0 <= f["ifn"] <= 1 for f in feats)
    record = metadata(tmp_path / "ifn_epci.gpkg")
    levels = {(j["table"], j["level"]) for j in record["report"]["joins"]}
    assert ("arcep", "commune") in levels and ("arcep", "epci") in levels
    assert record["parameters"]["unit_level"] == "epci"


def test_index_on_epci_without_communes_is_refused(tmp_path, qgis_processing):
    ensure_provider()
    plain = tmp_path / "plain.gpkg"
    processing.run("native:dissolve", {"INPUT": COMMUNES, "FIELD": ["epci"], "OUTPUT": str(plain)})
    with pytest.raises(QgsProcessingException, match="give the communes of each unit"):
        processing.run("fragilite_numerique:compute_index", {
            "INPUT": str(plain), "CODE_FIELD": "epci", "UNIT_LEVEL": 1, "OUTPUT": str(tmp_path / "o.gpkg")})
    assert not (tmp_path / "o.gpkg").exists()


def test_qgis_reader_opens_what_ogr_opens(qgis_app):
    from fragilite_numerique.core.binding import TableSpec
    from fragilite_numerique.gis.table_io import qgis_reader

    path = EMBEDDED / "lieux_mediation_numerique_59_62_assembleurs.geojson"
    before = file_hash(path)
    frame = qgis_reader()(path, TableSpec(id="lieux", path=path.name, code="x"))
    assert len(frame) > 1000 and frame.index[0] == 1
    assert all(isinstance(v, str) for v in frame.iloc[0])
    assert file_hash(path) == before
    with pytest.raises(Exception, match="No layer or table named 'absente'"):
        qgis_reader()(path, TableSpec(id="p", path="project:absente", code="x"))
