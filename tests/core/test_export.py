"""Tables for spreadsheets: French CSV, XLSX through openpyxl or GDAL, metadata."""

import pandas as pd
import pytest

from fragilite_numerique.core import export as X

RECORD = {
    "plugin": "Fragilité numérique", "plugin_version": "9.9.9", "date": "2024-05-01T10:00:00+02:00",
    "binding_label": "données de test",
    "method": {"id": "m1", "label": "Méthode test", "description": "une description", "reference": "réf",
               "normalisation": {"method": "minmax"}, "missing": {"rule": "parent"},
               "axes": [{"id": "ax1", "label": "Axe un", "weight": 2, "variables": [{"id": "v1"}, {"id": "v2"}]}]},
    "parameters": {"code_field": "code", "weights": None, "reference_expression": "\"dep\" = '59'"},
    "sources": [{"table": "t", "source": "INSEE, Filosofi 2016", "year": 2016, "cog": 2019, "licence": "LO",
                 "file": "f.csv"}],
    "proxies": [{"variable": "v1", "label": "Variable un", "source": "t: COL", "note": "approche de v1"}],
    "absents": [{"variable": "v2", "label": "Variable deux", "note": "pas de source"}],
    "fields": {"ifn": "Indice composite de fragilité numérique"},
}


def _table():
    frame = pd.DataFrame({"code": ["02001", "59350", "2A004"], "ifn": [0.123456789, 1.5, None],
                          "rang": [3, None, 1], "nom": ["Abbécourt", "Lille", "Ajaccio"]}, dtype=object)
    return X.typed_frame(frame, {"ifn": "double", "rang": "int", "code": "text"})


def test_typed_frame_kinds():
    table = _table()
    assert str(table["ifn"].dtype) == "float64"
    assert str(table["rang"].dtype) == "Int64"
    assert table["code"].tolist() == ["02001", "59350", "2A004"]
    assert table["rang"].isna().tolist() == [False, True, False]


def test_french_csv_bytes_and_round_trip(tmp_path):
    path = tmp_path / "t.csv"
    X.write_french_csv(_table(), str(path))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                          # UTF-8 BOM for Excel
    text = raw.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "code;ifn;rang;nom"
    assert lines[1] == "02001;0,123456789;3;Abbécourt"
    assert lines[2] == "59350;1,5;;Lille"
    back = pd.read_csv(path, sep=";", decimal=",", encoding="utf-8-sig", dtype={"code": str, "nom": str})
    assert back["code"].tolist() == ["02001", "59350", "2A004"]
    assert back["ifn"].tolist()[:2] == [0.123456789, 1.5]
    assert back["rang"].tolist()[0] == 3


def test_metadata_rows_name_method_sources_proxies_absents():
    frame = X.metadata_frame(RECORD, {"date de l'export": "2024-06-01", "lignes": 3})
    assert list(frame.columns) == list(X.METADATA_COLUMNS)
    rows = {(r, e): v for r, e, v in frame.itertuples(index=False)}
    assert rows[("Export", "lignes")] == "3"
    assert rows[("Calcul", "plugin")] == "Fragilité numérique 9.9.9"
    assert rows[("Calcul", "date du calcul")] == RECORD["date"]
    assert rows[("Méthode", "libellé")] == "Méthode test"
    assert rows[("Méthode", "axe ax1")] == "Axe un – poids 2 – variables : v1, v2"
    assert rows[("Paramètres", "reference_expression")] == "\"dep\" = '59'"
    assert ("Paramètres", "weights") not in rows                      # unset parameters are left out
    assert rows[("Sources", "INSEE, Filosofi 2016")].startswith("année 2016 ; COG 2019")
    assert rows[("Variables approchées", "v1 – Variable un")] == "t: COL : approche de v1"
    assert rows[("Variables absentes", "v2 – Variable deux")] == "pas de source"
    assert rows[("Champs", "ifn")] == "Indice composite de fragilité numérique"


def test_metadata_without_provenance_says_so():
    frame = X.metadata_frame({}, {"couche": "x"})
    assert frame.iloc[-1]["rubrique"] == "Calcul"
    assert "inconnus" in frame.iloc[-1]["valeur"]


def test_metadata_sidecar_name():
    assert X.metadata_sidecar("/a/b/table.csv") == "/a/b/table_metadonnees.csv"


@pytest.mark.parametrize("engine", ["openpyxl", "gdal"])
def test_xlsx_keeps_codes_as_text_and_numbers_as_numbers(tmp_path, engine):
    if engine == "openpyxl":
        pytest.importorskip("openpyxl")
    else:
        pytest.importorskip("osgeo")
    openpyxl = pytest.importorskip("openpyxl")  # to read back
    path = tmp_path / f"t_{engine}.xlsx"
    X.write_xlsx({X.DATA_SHEET: _table(), X.METADATA_SHEET: X.metadata_frame(RECORD, {})}, str(path), engine)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [X.DATA_SHEET, X.METADATA_SHEET]
    sheet = book[X.DATA_SHEET]
    assert [c.value for c in sheet[1]] == ["code", "ifn", "rang", "nom"]
    code, ifn, rang, nom = sheet[2]
    assert (code.value, code.data_type) == ("02001", "s")
    assert (ifn.value, ifn.data_type) == (0.123456789, "n")
    assert rang.value == 3 and nom.value == "Abbécourt"
    assert sheet["C3"].value is None                                  # missing stays empty, not 0
    values = [row[2].value for row in book[X.METADATA_SHEET].iter_rows(min_row=2)]
    assert "pas de source" in values


def test_xlsx_engine_choice(monkeypatch):
    import sys

    assert X.xlsx_engine("gdal") == "gdal"
    monkeypatch.setitem(sys.modules, "openpyxl", None)          # as in QGIS for Windows since 3.28
    assert X.xlsx_engine() == "gdal"
    assert X.xlsx_engine() in X.XLSX_ENGINES
    with pytest.raises(ValueError):
        X.xlsx_engine("xlwt")
