"""Table exports of the scored layer: CSV and XLSX read back with the same values and codes,
metadata with method, sources, proxies and absents, overwrite policy and bad input."""

import pandas as pd
import pytest
from qgis import processing
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

from fragilite_numerique.core.errors import DataError
from fragilite_numerique.gis.table_export import TableRequest, export_table

from conftest import ensure_provider, file_hash
from scored_output import scored_gpkg

ALG = "fragilite_numerique:export_table"


@pytest.fixture(scope="module")
def scored(qgis_processing, tmp_path_factory):
    ensure_provider()        # another module may have unloaded the plugin, and the provider with it
    return f"{scored_gpkg(tmp_path_factory)}|layername=fragilite_numerique"


@pytest.fixture(scope="module")
def aisne(scored):
    """The scored communes of the Aisne (codes 02…), read by QGIS, by code."""
    layer = QgsVectorLayer(scored, "ifn", "ogr")
    names = [f.name() for f in layer.fields()]
    rows = [dict(zip(names, (None if v == NULL else v for v in f.attributes()))) for f in layer.getFeatures()]
    return {r["code"]: r for r in rows if r["dep"] == "02"}


def read_french_csv(path):
    return pd.read_csv(path, sep=";", decimal=",", encoding="utf-8-sig", dtype={"code": str, "dep": str, "epci": str},
                       float_precision="round_trip")


def test_csv_opens_back_with_the_same_values_and_codes(scored, aisne, tmp_path):
    output = tmp_path / "aisne.csv"
    result = processing.run(ALG, {"INPUT": scored, "FILTER": "\"dep\" = '02'", "OUTPUT": str(output)})
    sidecar = tmp_path / "aisne_metadonnees.csv"
    assert result["FILES"] == f"{output};{sidecar}"
    raw = output.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.splitlines()[0]
    table = read_french_csv(output)
    assert "fid" not in table.columns
    assert len(table) == len(aisne)
    assert table["code"].str.len().eq(5).all() and table["code"].str.startswith("02").all()
    for row in table.head(50).itertuples(index=False):
        expected = aisne[row.code]
        assert row.nom == expected["nom"] and row.epci == expected["epci"]
        assert row.ifn == expected["ifn"]                       # full precision, decimal comma read back
        assert row.ifn_rang == expected["ifn_rang"]
        assert (row.i_pauv, row.v_pauv) == (expected["i_pauv"], expected["v_pauv"])
        assert pd.isna(row.v_zblanch) and expected["v_zblanch"] is None     # absent: empty cell, not 0
    first = raw.decode("utf-8-sig").splitlines()[1]
    assert first.startswith("02") and "," in first                 # decimal comma in the file itself
    metadata = read_french_csv(sidecar)
    rows = {(r, e): v for r, e, v in metadata.itertuples(index=False)}
    assert rows[("Export", "filtre")] == "\"dep\" = '02'"
    assert rows[("Export", "lignes")] == str(len(aisne))
    assert rows[("Méthode", "identifiant")] == "hdf_2021"
    assert "année 2016" in rows[("Sources", "INSEE, Filosofi 2016, communes")]
    assert any(r == "Variables approchées" and e.startswith("ftth") for r, e in rows)
    assert any(r == "Variables absentes" and e.startswith("zblanch") for r, e in rows)
    assert rows[("Calcul", "plugin")].startswith("Fragilité numérique ")


@pytest.mark.parametrize("engine", ["gdal", "openpyxl"])
def test_xlsx_has_data_and_metadata_sheets(scored, aisne, tmp_path, engine):
    openpyxl = pytest.importorskip("openpyxl")
    layer = QgsVectorLayer(scored, "ifn", "ogr")
    output = tmp_path / f"aisne_{engine}.xlsx"
    files = export_table(TableRequest(layer, str(output), "\"dep\" = '02'", fields=["code", "nom", "ifn", "ifn_rang"],
                                      xlsx_engine=engine))
    assert files == [str(output)]
    book = openpyxl.load_workbook(output)
    assert book.sheetnames == ["Données", "Métadonnées"]
    rows = list(book["Données"].iter_rows(values_only=True))
    assert rows[0] == ("code", "nom", "ifn", "ifn_rang")
    assert len(rows) - 1 == len(aisne)
    for code, nom, ifn, rank in rows[1:30]:
        assert isinstance(code, str) and code.startswith("02")
        # XLSX writers keep 16 significant digits (Excel shows 15).
        assert (nom, ifn, rank) == (aisne[code]["nom"], pytest.approx(aisne[code]["ifn"], rel=1e-15),
                                    aisne[code]["ifn_rang"])


def test_existing_files_and_bad_input(scored, tmp_path):
    layer = QgsVectorLayer(scored, "ifn", "ogr")
    output = tmp_path / "t.csv"
    sidecar = tmp_path / "t_metadonnees.csv"
    sidecar.write_text("old", encoding="utf-8")
    with pytest.raises(DataError, match="already exists"):
        export_table(TableRequest(layer, str(output)))
    assert not output.exists() and sidecar.read_text(encoding="utf-8") == "old"
    export_table(TableRequest(layer, str(output), overwrite=True))
    before = file_hash(output)
    with pytest.raises(QgsProcessingException, match="already exists"):
        processing.run(ALG, {"INPUT": scored, "OUTPUT": str(output)})
    assert file_hash(output) == before
    with pytest.raises(DataError, match="selects no feature"):
        export_table(TableRequest(layer, str(tmp_path / "u.csv"), "\"dep\" = '99'"))
    with pytest.raises(DataError, match="is not valid"):
        export_table(TableRequest(layer, str(tmp_path / "u.csv"), "\"dep\" = = '99'"))
    with pytest.raises(DataError, match="use .csv or .xlsx"):
        export_table(TableRequest(layer, str(tmp_path / "u.ods")))
    with pytest.raises(DataError, match="does not exist"):
        export_table(TableRequest(layer, str(tmp_path / "no" / "u.csv")))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv", "t_metadonnees.csv"]
