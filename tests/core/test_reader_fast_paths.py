"""The shortcuts of the CSV reader and the number parser give what the general ways give.

Each case is read twice: as it is (the shortcut taken when the file allows it) and with the
shortcut switched off, so that pandas' parser, stripping every cell and parsing every cell
one by one decide; both readings must be the same frame and the same numbers.
"""

import numpy as np
import pandas as pd
import pytest

from fragilite_numerique.core import readers
from fragilite_numerique.core.codes import _clean_digits
from fragilite_numerique.core.errors import DataError
from fragilite_numerique.core.readers import read_table, separator_counts
from fragilite_numerique.core.tables import _parse_cell, to_number

NBSP = "\u00a0"
NNBSP = "\u202f"


def read_both_ways(path, monkeypatch):
    """The frame as read, and as read with every shortcut of the reader off."""
    fast = read_table(path)
    with monkeypatch.context() as patch:
        patch.setattr(readers, "_split_cells", lambda *args: None)
        patch.setattr(readers, "_spaces_in_cells", lambda body, sep: True)
        patch.setattr(readers, "_has_edge_space", lambda cells: True)
        slow = read_table(path)
    pd.testing.assert_frame_equal(fast, slow, check_exact=True)
    assert fast.attrs == slow.attrs
    return fast


def test_separators_counted_per_line_in_utf8():
    body = "a;b;c\nÉvreux;«x»;\n\n;;;\nŒ"
    assert separator_counts(body, ";").tolist() == [2, 2, 0, 3, 0]
    assert separator_counts("x", ",").tolist() == [0]


@pytest.mark.parametrize("sep", [";", ",", "\t", "|"])
def test_plain_body_split_in_one_go_is_what_pandas_reads(tmp_path, monkeypatch, sep):
    rows = [["02001", "Abbécourt", "1234", "19361.5"], ["2A004", "", "70000", ""], ["59350", "Lille", "", "s"]]
    text = sep.join(["CODGEO", "LIBGEO", "POP", "MED"]) + "\r\n" + "".join(sep.join(r) + "\r\n" for r in rows)
    path = tmp_path / "t.csv"
    path.write_bytes((text + "\r\n").encode("utf-8"))  # an empty last line: no row
    lines = text.replace("\r\n", "\n").split("\n")[1:]
    body = "\n".join(lines)
    assert readers._split_cells(lines, body, separator_counts(body, sep), sep, 4) is not None  # the shortcut applies
    frame = read_both_ways(path, monkeypatch)
    assert frame.values.tolist() == rows
    assert frame.index.tolist() == [2, 3, 4]


@pytest.mark.parametrize("body", [
    "02001;A;1\n\n59350;B;2\n",                 # an empty line inside: pandas reads it
    '02001;"A; B";1\n59350;B;2\n',              # a quoted separator
    "02001;A;1\n59350;B\n",                     # a short line, padded
    "02001;A;1;;\n59350;B;2\n",                 # trailing separators
])
def test_bodies_the_shortcut_leaves_to_pandas(tmp_path, monkeypatch, body):
    path = tmp_path / "t.csv"
    path.write_text("CODGEO;NOM;POP\n" + body, encoding="utf-8")
    lines = body.split("\n")
    assert readers._split_cells(lines, body, separator_counts(body, ";"), ";", 3) is None
    frame = read_both_ways(path, monkeypatch)
    assert frame["CODGEO"].tolist() == ["02001", "59350"]


@pytest.mark.parametrize("space", [" ", NBSP, NNBSP, "\u2009", "\t"])
def test_only_cells_with_edge_spaces_are_stripped_and_all_of_them_are(tmp_path, monkeypatch, space):
    sep = ";"
    text = (f"CODGEO{sep}LIBGEO{sep}POP\n"
            f"02001{sep}Saint{space}Omer{sep}{space}1{NBSP}234\n"
            f"59350{sep}Lille{space}{sep}12{space}\n"
            f'2A004{sep}"{space}Ajaccio"{sep}3\n')
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    frame = read_both_ways(path, monkeypatch)
    assert frame["LIBGEO"].tolist() == [f"Saint{space}Omer", "Lille", "Ajaccio"]  # inside spaces kept
    assert frame["POP"].tolist() == [f"1{NBSP}234", "12", "3"]
    assert to_number(frame["POP"])[0].tolist() == [1234.0, 12.0, 3.0]


def test_edge_spaces_found_in_every_position():
    assert not readers._has_edge_space(np.array(["a b", "c", "d\u200be"], dtype=object))  # zero-width: no space
    for cells in (["a", " b"], ["a ", "b"], [" a", "b"], ["a", f"b{NBSP}"], ["a", "\u3000", "c"], ["", "\x85"]):
        assert readers._has_edge_space(np.array(cells, dtype=object)), cells


def test_tab_separated_empty_cells_need_no_strip(tmp_path, monkeypatch):
    path = tmp_path / "t.tsv"
    path.write_text("CODGEO\tPOP\tMED\n02001\t\t12\n59350\t3\t\n", encoding="utf-8")
    assert not readers._spaces_in_cells("02001\t\t12\n59350\t3\t", "\t")
    frame = read_both_ways(path, monkeypatch)
    assert frame.values.tolist() == [["02001", "", "12"], ["59350", "3", ""]]
    # With another separator, a tab is white space to strip (an ASCII file: no regular expression).
    path.write_text("CODGEO;POP\n02001;\t12\n59350;3\n", encoding="ascii")
    assert read_both_ways(path, monkeypatch)["POP"].tolist() == ["12", "3"]


def test_blank_rows_dropped_lines_kept(tmp_path, monkeypatch):
    path = tmp_path / "t.csv"
    path.write_text("CODGEO;POP\n02001;1\n;\n  ;\n59350;2\n", encoding="utf-8")
    frame = read_both_ways(path, monkeypatch)
    assert frame.index.tolist() == [2, 5]


def test_mixed_separators_named_at_their_line_far_down(tmp_path):
    lines = [f"{59000 + i:05d};{i};{i / 4}" for i in range(3000)]
    lines[2500] = "61001,7,8"
    path = tmp_path / "big.csv"
    path.write_text("CODGEO;POP;TAUX\n" + "\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"big\.csv, line 2502: 1 field\(s\) where the header \(line 1\) has 3"):
        read_table(path)


def test_a_line_with_another_separator_is_named_before_one_with_extra_fields(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("CODGEO;POP;TAUX\n02001;1;2,5;9\n59350;2;3\n60001,3,4\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"line 4: 1 field\(s\)"):
        read_table(path)
    path.write_text("CODGEO;POP;TAUX\n02001;1;2;9\n59350;2;3\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"line 2: 4 field\(s\) where the header \(line 1\) has 3"):
        read_table(path)


def test_trailing_separators_and_quoted_extra_fields_are_not_errors(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('CODGEO;POP\n02001;1;;\n59350;"2;5"\n60001\n', encoding="utf-8")
    assert read_table(path).values.tolist() == [["02001", "1"], ["59350", "2;5"], ["60001", ""]]


def per_cell(values):
    """What to_number gives, computed cell by cell with the general parser."""
    parsed = [_parse_cell("" if v is None or v is pd.NA or v != v else str(v)) for v in values]
    return np.array([v if isinstance(v, float) else np.nan for v in parsed])


@pytest.mark.parametrize("cells", [
    ["1", "2.5", "-3", "1e3"],                               # every cell a plain number
    ["1", "", "2.5", ""],                                    # plus secret (empty) cells
    ["1", "", "1 234,5", "s", "12a", "1_000", "inf", "nan"],  # plus French numbers, tokens, text
    [None, "2", 3, 4.5, pd.NA],                              # not all text
])
def test_numbers_parsed_in_c_are_those_parsed_cell_by_cell(cells):
    values, report = to_number(pd.Series(cells, dtype=object), "x")
    np.testing.assert_array_equal(values, per_cell(cells))
    expected_bad = sum(1 for v in cells if isinstance(v, str) and v in ("12a", "inf"))
    assert report.not_numeric == expected_bad


def test_parsing_keeps_every_digit():
    # A value pandas' fast parser may round one unit off in the last place.
    text = "0.29543392232394217"
    assert to_number(pd.Series([text, ""], dtype=object))[0][0] == float(text)


def test_codes_of_the_right_width_checked_on_one_join():
    assert _clean_digits(pd.Series(["0100", "020021"], dtype=object), 5, "commune") is False   # same total length
    assert _clean_digits(pd.Series(["0100,", "02002"], dtype=object), 5, "commune") is False
    assert _clean_digits(pd.Series(["010,1", "02002"], dtype=object), 5, "commune") is False
    assert _clean_digits(pd.Series(["200071785", "245900410"], dtype=object), 9, "epci") is True


def test_number_reports_of_a_loaded_table_name_the_file_line(tmp_path):
    from fragilite_numerique.core.binding import TableSpec
    from fragilite_numerique.core.sources import harmonise

    path = tmp_path / "t.csv"
    path.write_text("Titre\n\nCODGEO;POP\n2001;1\n;\n59350;abc\n60001;3\n", encoding="utf-8")
    table = harmonise(read_table(path), TableSpec(id="t", path="t.csv", code="CODGEO"), str(path), [])
    values, report = table.number_column("POP")
    assert values.index.tolist() == ["02001", "59350", "60001"]
    assert values.tolist()[::2] == [1.0, 3.0] and np.isnan(values["59350"])
    assert report.examples == [(6, "abc")]
    assert table.lines.tolist() == [4, 6, 7]
