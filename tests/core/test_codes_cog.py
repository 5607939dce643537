"""Codes (INSEE, SIREN, IRIS, department), passage tables and the Paris/Lyon/Marseille arrondissements."""

import pandas as pd
import pytest

from fragilite_numerique.core.codes import detect_code_column, normalise_codes_for
from fragilite_numerique.core.cog import plm_folding, read_passage
from fragilite_numerique.core.errors import DataError
from fragilite_numerique.core.readers import read_table

from conftest import file_hash


def test_commune_codes_repaired_and_checked():
    values = pd.Series(["2001", "02001", "2A004", "2b033", " 59350 ", "1001.0", "'08105", "20004", "7510", "", None,
                        "ABCDE"], index=pd.Index(range(2, 14), name="line"))
    codes, report = normalise_codes_for(values, "commune")
    assert codes.tolist()[:7] == ["02001", "02001", "2A004", "2B033", "59350", "01001", "08105"]
    assert pd.isna(codes.iloc[7]) and codes.iloc[8] == "07510" and codes.iloc[9:].isna().all()
    assert report.restored == 3  # 2001, 1001.0 and 7510
    assert report.invalid == ("20004", "ABCDE")
    assert report.invalid_lines == (9, 13)
    assert report.empty == 2


def test_other_levels():
    epci, report = normalise_codes_for(pd.Series(["200071785", "200071785.0", "24590041"]), "epci")
    assert epci.tolist() == ["200071785", "200071785", "024590041"] and report.restored == 1
    dep, _ = normalise_codes_for(pd.Series(["2", "59", "2A", "971", "100"]), "dep")
    assert dep.tolist()[:4] == ["02", "59", "2A", "971"] and pd.isna(dep.iloc[4])
    iris, report = normalise_codes_for(pd.Series(["20010000", "2A0040101", "591780103"]), "iris")
    assert iris.tolist() == ["020010000", "2A0040101", "591780103"] and report.restored == 1


def test_code_column_detection():
    frame = pd.DataFrame({"nom": ["Abbécourt", "Ajaccio", "Lille"], "CODGEO": ["2001", "2A004", "59350"],
                          "pop": ["1234", "70000", "232787"]})
    assert detect_code_column(frame) == "CODGEO"
    assert detect_code_column(frame.assign(CP=["02300", "20000", "59000"])) == "CODGEO"
    with pytest.raises(DataError, match="no column holds codes of level 'commune'"):
        detect_code_column(frame[["nom", "pop"]], file="t.csv")
    twice = frame.assign(COM=["02001", "2A004", "59350"])
    with pytest.raises(DataError, match=r"several columns hold codes of level 'commune' \(CODGEO, COM\)"):
        detect_code_column(twice, file="t.csv")


INSEE_PASSAGE = (
    "Table de passage des codes communes entre 2018 et 2019;;;\r\n"
    "Source : Insee, COG;;;\r\n"
    ";;;\r\n"
    "CODGEO_2018;LIBGEO_2018;CODGEO_2019;LIBGEO_2019\r\n"
    "02018;Anizy-le-Château;02018;Anizy-le-Grand\r\n"
    "02301;Faucoucourt;02018;Anizy-le-Grand\r\n"
    "2434;Lizy;2018;Anizy-le-Grand\r\n"
    "59350;Lille;59350;Lille\r\n"
    "59350;Lille;59350;Lille\r\n"
)


def test_insee_passage_table_as_it_comes(tmp_path):
    path = tmp_path / "passage.csv"
    path.write_bytes(INSEE_PASSAGE.encode("cp1252"))
    before = file_hash(path)
    passage = read_passage(read_table(path), str(path))
    assert file_hash(path) == before
    assert (passage.old_column, passage.new_column) == ("CODGEO_2018", "CODGEO_2019")
    assert passage.mapping.to_dict() == {"02301": "02018", "02434": "02018"}
    assert passage.unchanged == 2 and passage.rows == 5


def _passage(tmp_path, text):
    path = tmp_path / "p.csv"
    path.write_text(text, encoding="utf-8")
    return path, read_table(path)


def test_passage_chains_are_followed(tmp_path):
    path, frame = _passage(tmp_path, "old,new\n01001,01002\n01002,01003\n01004,01004\n")
    passage = read_passage(frame, str(path), "old", "new")
    assert passage.mapping.to_dict() == {"01001": "01003", "01002": "01003"}
    assert passage.chained == 1


@pytest.mark.parametrize("text,pattern", [
    ("old,new\n01001,01002\n01002,01001\n", r"cycle through code\(s\) 01001, 01002"),
    ("old,new\n01001,01002\n01002,01003\n01003,01001\n", "cycle"),
    ("old,new\n01001,01002\n01001,01003\n", r"lines 2, 3: code 01001 is mapped to several new codes \(01002, 01003\)"),
    ("old,new\n01001,01002\n2X001,01003\n", r"line 3: '2X001' in column 'old' is not an INSEE commune code"),
])
def test_bad_passage_tables_are_named(tmp_path, text, pattern):
    path, frame = _passage(tmp_path, text)
    with pytest.raises(DataError, match=pattern) as error:
        read_passage(frame, str(path), "old", "new")
    assert "p.csv" in str(error.value)


def test_passage_columns_must_be_recognised(tmp_path):
    path, frame = _passage(tmp_path, "a,b\n01001,01002\n")
    with pytest.raises(DataError, match="cannot tell the old and new code columns"):
        read_passage(frame, str(path))


def test_arrondissements_fold_into_their_commune_only_when_the_layer_has_it():
    table = pd.Series(["75101", "75102", "69381", "13201", "59350"])
    fold, drop = plm_folding(table, pd.Index(["75056", "69381", "13055", "59350"]))
    assert fold.iloc[0] == "75056" and pd.isna(fold.iloc[2]) and fold.iloc[3] == "13055" and pd.isna(fold.iloc[4])
    assert not drop.any()
    # The table already has Paris as a whole: its arrondissements would count twice.
    fold, drop = plm_folding(pd.Series(["75056", "75101", "75102"]), pd.Index(["75056"]))
    assert drop.tolist() == [False, True, True] and fold.isna().all()
