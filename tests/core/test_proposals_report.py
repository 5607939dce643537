"""Binding proposals from INSEE codes, sums of columns in a binding, and the join report."""

import json

import pytest

from fragilite_numerique.core.binding import binding_from_dict, load_binding
from fragilite_numerique.core.join_report import render_csv, render_html
from fragilite_numerique.core.method import load_method
from fragilite_numerique.core.pipeline import Units, compute_index
from fragilite_numerique.core.proposals import binding_with_proposals, parse_insee, propose, save_binding

from helpers import binding_dict, units_frame, write_case


@pytest.mark.parametrize("column,family,stem,year,kind", [
    ("P17_POP75P", "census", "POP75P", 2017, "count"),
    ("P20_POP75P", "census", "POP75P", 2020, "count"),
    ("C17_MEN", "census", "MEN", 2017, "count"),
    ("P17_RP_VOIT1P", "census", "RP_VOIT1P", 2017, "count"),
    ("P17_NSCOL15P_DIPLMIN", "census", "NSCOL15P_DIPLMIN", 2017, "count"),
    ("MED18", "filosofi", "MED", 2018, "non_additive"),
    ("TP6018", "filosofi", "TP60", 2018, "rate"),
    ("PPSOC18", "filosofi", "PPSOC", 2018, "rate"),
    ("NBMENFISC16", "filosofi", "NBMENFISC", 2016, "count"),
])
def test_insee_codes_recognised_whatever_the_year(column, family, stem, year, kind):
    code = parse_insee(column)
    assert (code.family, code.stem, code.year, code.kind) == (family, stem, year, kind)


def test_not_insee_codes():
    assert parse_insee("CODGEO") is None and parse_insee("nbr") is None and parse_insee("TX_MENSEUL") is None


CENSUS = ["CODGEO", "P17_POP", "P17_POP75P", "P17_POP65P", "C17_MEN", "C17_MENPSEUL", "P17_RP", "P17_RP_VOIT1P",
          "P17_CHOM1564", "P17_ACT1564", "P17_NSCOL15P", "P17_NSCOL15P_DIPLMIN", "P17_NSCOL15P_BEPC"]
FILOSOFI = ["CODGEO", "MED18", "TP6018", "PPSOC18", "PCHO18"]
RECENT = ["CODGEO", "P20_POP", "P20_POP75P"]


def test_proposals_for_the_hdf_method(hdf_method):
    proposals = propose(hdf_method, {"rp": CENSUS, "filo": FILOSOFI, "rp20": RECENT})
    p75 = proposals["p75"]
    assert (p75.table, p75.year, p75.status) == ("rp20", 2020, "real")  # the most recent year wins
    assert p75.numerator == ((1, "P20_POP75P"),) and p75.denominator == ((1, "P20_POP"),) and p75.scale == 100
    assert proposals["ssvoit"].numerator == ((1, "P17_RP"), (-1, "P17_RP_VOIT1P"))
    assert proposals["nodipl"].numerator == ((1, "P17_NSCOL15P_DIPLMIN"), (1, "P17_NSCOL15P_BEPC"))
    assert proposals["chom"].status == "real" and proposals["chom"].numerator == ((1, "P17_CHOM1564"),)
    assert proposals["chom"].alternatives[0].column == "PCHO18"
    assert proposals["revmed"].column == "MED18" and proposals["revmed"].year == 2018
    assert proposals["pauv"].column == "TP6018" and proposals["psoc"].column == "PPSOC18"
    assert proposals["seul75"].status == "proxy"
    assert proposals["ftth"] is None and proposals["t_urg"] is None
    assert "P17_RP - P17_RP_VOIT1P" in proposals["ssvoit"].describe()


def test_a_proposed_binding_computes_rates_from_sums_of_columns(tmp_path):
    method_path, _ = write_case(tmp_path)
    method = load_method(method_path)
    table = ("code;P17_RP;P17_RP_VOIT1P;P17_NSCOL15P;P17_NSCOL15P_DIPLMIN;P17_NSCOL15P_BEPC\n"
             "59001;100;80;200;40;20\n59002;50;45;100;10;10\n59003;10;5;10;2;1\n62001;40;30;80;8;0\n")
    (tmp_path / "rp.csv").write_text(table, encoding="utf-8")
    recipes = {"v1": [{"family": "census", "numerator": ["RP", "-RP_VOIT1P"], "denominator": ["RP"], "scale": 100}],
               "v3": [{"family": "census", "numerator": ["NSCOL15P_DIPLMIN", "NSCOL15P_BEPC"],
                       "denominator": ["NSCOL15P"], "scale": 100}]}
    proposals = propose(method, {"rp": table.splitlines()[0].split(";")}, recipes)
    base = binding_dict()
    base["tables"]["rp"] = {"path": "rp.csv", "code": "code"}
    data = binding_with_proposals(base, proposals, replace_bound=True)
    assert data["variables"]["v1"]["numerator"] == ["P17_RP", "-P17_RP_VOIT1P"]
    save_binding(data, tmp_path / "proposed.json")
    binding = load_binding(tmp_path / "proposed.json", method)
    assert json.loads((tmp_path / "proposed.json").read_text("utf-8")) == data
    r = compute_index(Units.from_frame(units_frame(), "code"), method, binding)
    # households without a car: (100−80)/100, (50−45)/50, (10−5)/10, (40−30)/40
    assert r.scores["v_v1"].tolist() == pytest.approx([20, 10, 50, 25])
    # at most the brevet: (40+20)/200, (10+10)/100, (2+1)/10, 8/80
    assert r.scores["v_v3"].tolist() == pytest.approx([30, 20, 30, 10])


def test_proposals_from_the_embedded_binding(hdf_method, hdf_binding):
    from fragilite_numerique.core.proposals import propose_for_binding

    proposals = propose_for_binding(hdf_method, hdf_binding)
    # Filosofi 2016 columns are recognised in the commune and EPCI files; the census is not embedded
    assert proposals["revmed"].column == "MED16" and proposals["revmed"].year == 2016
    assert proposals["chom"].column == "PCHO16" and proposals["chom"].status == "proxy"
    assert proposals["p75"] is None and proposals["ssvoit"] is None


def test_binding_rejects_bad_term_lists(tmp_path):
    data = binding_dict(v2={"status": "real", "table": "t1", "numerator": [], "denominator": "den"})
    with pytest.raises(Exception, match="column name or a list of column names"):
        binding_from_dict(data, tmp_path)


def test_impossible_values_are_reported(tmp_path):
    table = "code;v1;num;den;v3\n59001;120;50;100;1\n59002;20;-5;100;2\n59003;10;10;50;3\n62001;40;1;2;5\n"
    method_path, binding_path = write_case(tmp_path, table=table)
    method = load_method(method_path)
    r = compute_index(Units.from_frame(units_frame(), "code"), method, load_binding(binding_path, method))
    join = [j for j in r.report.joins if j.table == "t1"][0]
    problems = {p["variable"]: p for p in join.out_of_range}
    assert problems["v1"]["above_100"] == 1 and problems["v1"]["examples"][0] == ["59001", 120.0]
    # a negative count gives no value (imputed, flagged), so no negative rate reaches the index
    assert problems["v2"]["negative_counts"] == 1 and problems["v2"]["below_0"] == 0
    assert r.scores.loc[1, "i_v2"] != "obs"
    assert sum("impossible value" in str(w) for w in r.report.warnings) == 2
    csv_text = render_csv(r.report.joins)
    header, row = csv_text.splitlines()
    values = dict(zip(header.split(";"), row.split(";")))
    assert values["table"] == "t1" and values["matched"] == "4" and values["out_of_range_values"] == "2"
    page = render_html(r.report.joins, "Report")
    assert "<h2>t1 (commune)</h2>" in page and "1 above 100" in page and "59001" in page
    french = render_html(r.report.joins, "Rapport", translate=lambda _c, text: {"Summary": "Synthèse"}.get(text, text))
    assert "<h2>Synthèse</h2>" in french
    narrow = render_html(r.report.joins, "Report", summary=False)     # the dock's own table gives the counts
    assert "<table>" not in narrow and "<h2>t1 (commune)</h2>" in narrow and "1 above 100" in narrow
    assert json.dumps(r.report.to_dict(), default=str)  # the metadata can store it
