"""Readers: every format a technician has, read as text, exactly; files never modified."""

import numpy as np
import pytest

from fragilite_numerique.core.codes import normalise_commune_codes
from fragilite_numerique.core.errors import DataError
from fragilite_numerique.core.readers import read_info, read_table
from fragilite_numerique.core.tables import to_number

from conftest import file_hash
from source_files import (EXPECTED_MED, EXPECTED_POP, EXPECTED_TP60, HEADER, NBSP, NNBSP, ROWS, write_csv, write_dbf,
                          write_gpkg_tables, write_insee_spreadsheet, write_numeric_codes_xlsx)


def read_unchanged(path, **options):
    """Read a file and check that reading did not touch it."""
    before = file_hash(path)
    siblings = sorted(p.name for p in path.parent.iterdir())
    frame = read_table(path, **options)
    assert file_hash(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings
    return frame


def assert_expected(frame, thousands=NBSP):
    assert list(frame.columns) == HEADER
    assert frame.values.tolist() == [[c.replace(NBSP, thousands) for c in row] for row in ROWS]
    pop, pop_report = to_number(frame["P17_POP"], "P17_POP")
    assert pop.tolist() == EXPECTED_POP and pop_report.not_numeric == 0
    med, _ = to_number(frame["MED17"])
    assert med.tolist() == EXPECTED_MED
    tp60, report = to_number(frame["TP6017"])
    assert [None if np.isnan(v) else v for v in tp60] == EXPECTED_TP60
    assert report.missing == 2 and report.not_numeric == 0


@pytest.mark.parametrize("encoding,sep,thousands,quote", [
    ("cp1252", ";", NBSP, False),          # French Excel "CSV (séparateur : point-virgule)"
    ("cp1252", ",", NBSP, True),           # comma separator: French numbers are quoted
    ("utf-8-sig", ";", NNBSP, False),      # Excel "CSV UTF-8" (BOM), narrow no-break space thousands
    ("utf-8", "\t", " ", False),           # tab, plain space thousands
    ("utf-16", "\t", NBSP, False),         # Excel "Texte Unicode"
    ("utf-8", "|", NBSP, False),
])
def test_csv_variants(tmp_path, encoding, sep, thousands, quote):
    path = write_csv(tmp_path / "t.csv", encoding=encoding, sep=sep, thousands=thousands, quote_numbers=quote)
    frame = read_unchanged(path)
    assert_expected(frame, thousands)
    info = read_info(frame)
    assert info["separator"] == sep
    assert info["encoding"] == {"utf-8": "utf-8-sig", "utf-16": "utf-16"}.get(encoding, encoding)
    assert frame.index.tolist() == [2, 3, 4, 5]  # file lines


def test_csv_with_insee_title_rows(tmp_path):
    path = write_csv(tmp_path / "insee.csv", sep=";", title_rows=True)
    frame = read_unchanged(path)
    assert_expected(frame)
    info = read_info(frame)
    assert info["header_line"] == 5 and info["title_rows"] == 3  # title, source, labels (the blank line is not counted)
    assert frame.index.tolist() == [6, 7, 8, 9]


@pytest.mark.parametrize("suffix,engine", [(".xlsx", "openpyxl"), (".xlsx", "gdal"), (".ods", "gdal")])
def test_spreadsheet_with_insee_title_rows(tmp_path, suffix, engine):
    pytest.importorskip("openpyxl") if engine == "openpyxl" else None
    path = write_insee_spreadsheet(tmp_path / f"base_cc{suffix}")
    frame = read_unchanged(path, sheet="COM", engine=engine)
    assert_expected(frame)
    info = read_info(frame)
    assert info["sheet"] == "COM" and info["header_line"] == 5
    assert frame.index.tolist() == [6, 7, 8, 9]  # spreadsheet rows


@pytest.mark.parametrize("engine", ["openpyxl", "gdal"])
def test_xlsx_numeric_codes_lose_their_zero_and_get_it_back(tmp_path, engine):
    path = write_numeric_codes_xlsx(tmp_path / "pop.xlsx")
    frame = read_unchanged(path, engine=engine)
    assert frame["DEPCOM"].tolist() == ["2001", "59350", "60001"]
    codes, report = normalise_commune_codes(frame["DEPCOM"])
    assert codes.tolist() == ["02001", "59350", "60001"]
    assert report.restored == 1 and report.n_invalid == 0
    assert to_number(frame["PMUN"])[0].tolist() == [1234, 232787, 653]


@pytest.mark.parametrize("encoding", ["UTF-8", "CP1252"])
def test_dbf_with_numeric_codes(tmp_path, encoding):
    path = write_dbf(tmp_path / "communes.dbf", encoding)
    frame = read_unchanged(path)
    assert list(frame.columns) == ["INSEE_COM", "NOM", "POPULATION"]
    assert frame["NOM"].tolist() == ["Abbécourt", "Lille", "Abbeville"]
    assert normalise_commune_codes(frame["INSEE_COM"])[0].tolist() == ["02001", "59350", "80001"]
    assert to_number(frame["POPULATION"])[0].tolist() == [1234.0, 232787.0, 23000.5]


def test_gpkg_attribute_table_and_layer(tmp_path):
    path = write_gpkg_tables(tmp_path / "data.gpkg")
    stats = read_unchanged(path, layer="stats")
    assert stats.values.tolist() == [["02001", "1234", "19361.5"], ["2A004", "70000", "21000.25"]]
    points = read_unchanged(path, layer="points")
    assert "geom" not in points.columns and points["code"].tolist() == ["59350"]
    with pytest.raises(DataError, match="several tables"):
        read_table(path)
    with pytest.raises(DataError, match="no table 'nope'.*points, stats"):
        read_table(path, layer="nope")


def test_padding_short_lines_and_commas_inside_values(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes("CODGEO;LIBGEO;TAUX\r\n02001;Abbécourt, Aisne;12,5;;\r\n59350;Lille\r\n".encode("cp1252"))
    frame = read_table(path)
    assert frame.values.tolist() == [["02001", "Abbécourt, Aisne", "12,5"], ["59350", "Lille", ""]]


def test_french_and_english_number_notations():
    import pandas as pd

    cells = pd.Series(["1 234,5", "1.234,5", "1,234.5", "1 234 567", "1.234.567", "12,5 %", "-3,2", "0,5",
                       f"2{NNBSP}000", "secret", "nd", "", "12a", "inf"])
    values, report = to_number(cells, "x")
    expected = [1234.5, 1234.5, 1234.5, 1234567, 1234567, 12.5, -3.2, 0.5, 2000]
    assert values[:9].tolist() == expected
    assert np.isnan(values[9:]).all()
    assert report.missing == 3 and report.not_numeric == 2 and report.negative == 1
    assert report.examples == [(14, "12a"), (15, "inf")]


# ------------------------------------------------------------------------------------------ bad input

@pytest.mark.parametrize("content,pattern", [
    (b"", "is empty"),
    (b"   \r\n\r\n", "is empty"),
    (b"CODGEO;P17_POP\r\n", r"has a header \(line 1\) but no rows"),
    (bytes(range(256)) * 8, "binary content"),
    (b"CODGEO;NOM\r\n02001;Abb\x81court\r\n", r"line 2: unknown text encoding"),
    (b"CODGEO;NOM;POP\r\n02001;A;1\r\n02002,B,2\r\n", r"line 3: 1 field\(s\) where the header \(line 1\) has 3"),
    (b"CODGEO;NOM;CODGEO\r\n02001;A;1\r\n", "column name 'CODGEO' appears twice"),
])
def test_bad_text_files_are_named(tmp_path, content, pattern):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = file_hash(path)
    with pytest.raises(DataError, match=pattern) as error:
        read_table(path)
    assert "bad.csv" in str(error.value)
    assert file_hash(path) == before


def test_bad_spreadsheets_are_named(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_text("CODGEO;POP\n02001;3\n", encoding="utf-8")
    with pytest.raises(DataError, match="fake.xlsx is not a valid spreadsheet"):
        read_table(fake)
    path = write_insee_spreadsheet(tmp_path / "insee.ods")
    with pytest.raises(DataError, match="no sheet 'ARM'; its sheets are: COM"):
        read_table(path, sheet="ARM")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(DataError, match=r"\.xls\) is not read"):
        read_table(old)
    with pytest.raises(DataError, match="Table not found"):
        read_table(tmp_path / "missing.csv")
