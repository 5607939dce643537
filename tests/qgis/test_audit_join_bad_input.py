"""Issue 3, bad input through "Join source tables": a passage table with a cycle or a code mapped
twice, mixed separators, an unknown encoding, two candidate code columns. Each message names the
file and the lines (or columns) at fault; the user's files are byte-identical afterwards (hashes)
and no output, report or temporary file is left."""


import pytest
from qgis.core import QgsVectorLayer

from conftest import ensure_provider
from hardening import OUTPUTS, communes_uri, fails, private_case, small_case, succeeds, write_table


@pytest.fixture(scope="module")
def base(tmp_path_factory, qgis_processing):
    ensure_provider()
    return small_case(tmp_path_factory.mktemp("join_audit"))


@pytest.fixture()
def case(base, tmp_path):
    return private_case(base, tmp_path)


def codes(case):
    return sorted(f["code"] for f in QgsVectorLayer(communes_uri(case), "c", "ogr").getFeatures())


def parameters(case, **changes):
    out = case / OUTPUTS
    base = {"INPUT": communes_uri(case), "CODE_FIELD": "code", "TABLE": str(case / "table.csv"),
            "OUTPUT": str(out / "jointure.gpkg"), "REPORT": str(out / "jointure.html")}
    base.update(changes)
    return base


def test_a_good_passage_table_is_used(case):
    # The control case: the same files work when the passage table is right.
    a, b = codes(case)[:2]
    write_table(case, f"CODGEO_2018;CODGEO_2019\n{a};{a}\n{b};{b}\n", "passage.csv")
    result = succeeds("join_tables", parameters(case, PASSAGE=str(case / "passage.csv")), watched=[case])
    assert QgsVectorLayer(result["OUTPUT"], "j", "ogr").featureCount() == 43


def test_a_passage_table_with_a_cycle(case):
    a, b, c = codes(case)[:3]
    write_table(case, f"CODGEO_2018;CODGEO_2019\n{c};{c}\n{a};{b}\n{b};{a}\n", "passage.csv")
    fails("join_tables", parameters(case, PASSAGE=str(case / "passage.csv")), "passage.csv", "lines 3, 4",
          "'CODGEO_2018' → 'CODGEO_2019'", "cycle", f"{a}, {b}", watched=[case], outputs=case / OUTPUTS)


def test_a_passage_table_mapping_a_code_twice(case):
    a, b, c = codes(case)[:3]
    write_table(case, f"CODGEO_2018;CODGEO_2019\n{a};{b}\n{a};{c}\n", "passage.csv")
    fails("join_tables", parameters(case, PASSAGE=str(case / "passage.csv")), "passage.csv", "lines 2, 3",
          f"code {a} is mapped to several new codes ({b}, {c})", watched=[case], outputs=case / OUTPUTS)


@pytest.mark.parametrize("content,fragments", [
    # a comma line inside a semicolon file
    ("code;taux;autre\n{a};1;2\n{b},3,4\n", ["line 3", "1 field(s) where the header (line 1) has 3"]),
    # cp1252 bytes that are not text in any encoding we read
    (b"code;nom\n{a};Abb\x81court\n", ["line 2", "unknown text encoding"]),
    # two columns of commune codes: the user must choose
    ("code;COM;taux\n{a};{a};1\n{b};{b};2\n", ["several columns hold codes of level 'commune' (code, COM)"]),
])
def test_bad_tables_name_their_line_or_columns(case, content, fragments):
    a, b = codes(case)[:2]
    if isinstance(content, bytes):
        content = content.replace(b"{a}", a.encode())
    else:
        content = content.format(a=a, b=b)
    table = write_table(case, content, "source.csv")
    fails("join_tables", parameters(case, TABLE=str(table)), "source.csv", *fragments, watched=[case],
          outputs=case / OUTPUTS)


def test_duplicates_are_summed_when_the_user_asks(case):
    # The same table is refused without the option (tests/qgis/test_bad_inputs_steps.py, "duplicate codes").
    a, b = codes(case)[:2]
    table = write_table(case, f"code;n;med\n{a};1;10\n{a};2;40\n{b};3;20\n", "source.csv")
    result = succeeds("join_tables", parameters(case, TABLE=str(table), SUM_DUPLICATES=True, COUNTS="n"),
                      watched=[case])
    joined = {f["code"]: (f["n"], f["med"]) for f in QgsVectorLayer(result["OUTPUT"], "j", "ogr").getFeatures()}
    assert joined[a][0] == 3 and joined[b] == (3, 20)
    # Without a weight column, the median of the merged rows is their plain mean, flagged.
    assert joined[a][1] == 25
    page = (case / OUTPUTS / "jointure.html").read_text("utf-8")
    assert "Rows merged (duplicates): 2 row(s), 1 code(s)" in page
