"""The whole computation on a 4-unit case computed by hand (see the comments for the arithmetic)."""

import json

import numpy as np
import pytest

from fragilite_numerique.core.binding import load_binding
from fragilite_numerique.core.errors import BindingError, DataError
from fragilite_numerique.core.method import load_method
from fragilite_numerique.core.pipeline import Units, compute_index

from helpers import METHOD, binding_dict, units_frame, write_case


def run(tmp_path, method=None, binding=None, reference=None, table=None, extra_files=None, **options):
    kwargs = {} if table is None else {"table": table}
    method_path, binding_path = write_case(tmp_path, method, binding, extra_files=extra_files, **kwargs)
    m = load_method(method_path)
    if options:
        m = m.with_options(**options)
    b = load_binding(binding_path, m)
    units = Units.from_frame(units_frame(), "code", {"epci": "epci", "dep": "dep"}, reference=reference)
    return compute_index(units, m, b)


def test_parent_rule_by_hand(tmp_path):
    r = run(tmp_path)
    s = r.scores
    # v1: 59003 is secret ('s') → mean of its EPCI's units (10, 20) = 15, flagged epci_a
    assert s["v_v1"].tolist() == [10, 20, 15, 40]
    assert s["i_v1"].tolist() == ["obs", "obs", "epci_a", "obs"]
    # v2 = num/den×100; 62001 has den = 0 → missing, alone in its EPCI and department →
    # reference ratio of sums (50+25+10)/(100+100+50) = 34 %, flagged ref_a
    assert s["v_v2"].tolist() == pytest.approx([50, 25, 20, 34])
    assert s["i_v2"].tolist() == ["obs", "obs", "obs", "ref_a"]
    # min-max on observed values: v1 in [10, 40]; v2 (sense −) in [20, 50]; v3 in [1, 5]
    assert s["n_v1"].tolist() == pytest.approx([0, 1 / 3, 1 / 6, 1])
    assert s["n_v2"].tolist() == pytest.approx([0, 5 / 6, 1, 16 / 30])
    assert s["n_v3"].tolist() == pytest.approx([0, 0.25, 0.5, 1])
    assert s["ifn_ax1"].tolist() == pytest.approx([0, 7 / 12, 7 / 12, 23 / 30])
    assert s["ifn_ax2"].tolist() == pytest.approx([0, 0.25, 0.5, 1])
    assert s["ifn"].tolist() == pytest.approx([0, 10 / 24, 13 / 24, 53 / 60])
    assert s["ifn_pub"].tolist() == pytest.approx([0, 7 / 24, 1 / 3, 1])
    assert s["ifn_amg"].tolist() == pytest.approx([0, 5 / 6, 1, 16 / 30])
    assert s["ifn_rang"].tolist() == [4, 3, 2, 1]
    assert s["ifn_dec"].tolist() == [3, 5, 8, 10]
    assert s["ifn_cov"].tolist() == pytest.approx([1, 1, 2 / 3, 2 / 3])
    assert s["ifn_nimp"].tolist() == [0, 0, 1, 1]
    assert s["ifn_imp"].tolist() == ["", "", "v1", "v2"]
    # contributions of 59002: v1 = 1×(1/3)/(2×2), v2 = (5/6)/4, v3 = (1/4)/2; they sum to the composite
    assert [s.loc[1, c] for c in ("c_v1", "c_v2", "c_v3")] == pytest.approx([1 / 12, 5 / 24, 1 / 8])
    total = s[["c_v1", "c_v2", "c_v3"]].sum(axis=1)
    assert total.tolist() == pytest.approx(s["ifn"].tolist())
    assert r.report.variables[0].imputed == {"epci_a": 1}


def test_available_rule_by_hand(tmp_path):
    r = run(tmp_path, missing_rule="available")
    s = r.scores
    assert s["i_v1"].tolist() == ["obs", "obs", "na", "obs"]
    assert np.isnan(s.loc[2, "v_v1"])
    # 59003: ax1 = v2 alone (1 of 2 variables ≥ one half) = 1; ifn = (1 + 0.5)/2
    assert s.loc[2, "ifn_ax1"] == pytest.approx(1.0)
    assert s.loc[2, "ifn"] == pytest.approx(0.75)
    assert s.loc[3, "ifn"] == pytest.approx(1.0)
    assert s["ifn_manq"].tolist() == ["", "", "v1", "v2"]
    strict = run(tmp_path, missing_rule="available", min_share=0.75).scores
    assert np.isnan(strict.loc[2, "ifn_ax1"]) and np.isnan(strict.loc[2, "ifn"])
    assert not np.isnan(strict.loc[0, "ifn"])


def test_parent_table_value_is_used_first(tmp_path):
    binding = binding_dict(v1={"status": "real", "table": "t1", "column": "v1",
                               "parent": {"epci": {"table": "te", "column": "v1"}}})
    binding["tables"]["te"] = {"path": "te.csv", "code": "epci", "level": "epci"}
    r = run(tmp_path, binding=binding, extra_files={"te.csv": "epci,v1\n200000001,17\n"})
    assert r.scores["v_v1"].tolist() == [10, 20, 17, 40]
    assert r.scores["i_v1"].tolist() == ["obs", "obs", "epci_t", "obs"]


def test_reference_territory_subset(tmp_path):
    ref = np.array([True, True, True, False])
    s = run(tmp_path, reference=ref).scores
    # v1 observed in the reference: 10, 20 → 62001 (40) is outside the range and clipped to 1
    assert s["n_v1"].tolist() == pytest.approx([0, 1, 0.5, 1])
    assert s["ifn_ref"].tolist() == [1, 1, 1, 0]
    assert np.isnan(s.loc[3, "ifn_rang"]) and s["ifn_rang"].iloc[:3].notna().all()


def test_ratio_normalisation_uses_ratio_of_sums(tmp_path):
    r = run(tmp_path, normalisation="ratio")
    s = r.scores
    # v2 reference rate = Σnum/Σden over observed units = 85/250 = 34 % (a mean of rates would be 31.67 %)
    assert r.report.variables[1].params["reference"] == pytest.approx(34.0)
    # sense −, a rate: complement on both sides: 100·(100−50)/(100−34)
    assert s.loc[0, "n_v2"] == pytest.approx(100 * 50 / 66)
    assert s.loc[0, "n_v2"] != pytest.approx(100 * 50 / (100 - 95 / 3))


def test_absent_variable_drops_its_axis_with_a_warning(tmp_path):
    r = run(tmp_path, binding=binding_dict(v3={"status": "absent", "note": "pas de source"}))
    s = r.scores
    assert s["ifn_ax2"].isna().all()
    assert s["ifn"].tolist() == pytest.approx(s["ifn_ax1"].tolist())
    assert s["i_v3"].tolist() == ["abs"] * 4
    texts = [str(w) for w in r.report.warnings]
    assert any("'v3' is absent" in t for t in texts) and any("Axe 2" in t for t in texts)
    assert [v.id for v in r.report.absents] == ["v3"]


def test_weights_change_the_composite(tmp_path):
    s = run(tmp_path, weights={"ax2": 3}).scores
    # 59002: (1×7/12 + 3×1/4) / 4
    assert s.loc[1, "ifn"] == pytest.approx((7 / 12 + 0.75) / 4)


def test_constant_variable_is_left_out_and_reported(tmp_path):
    table = "code;v1;num;den;v3\n59001;10;50;100;2\n59002;20;25;100;2\n59003;30;10;50;2\n62001;40;1;2;2\n"
    r = run(tmp_path, table=table)
    assert r.scores["n_v3"].isna().all()
    assert any("same value" in str(w) for w in r.report.warnings)
    assert r.report.excluded == [{"variable": "v3", "reason": "constant"}]


def test_same_input_same_output(tmp_path):
    a = run(tmp_path).scores
    b = run(tmp_path).scores
    assert a.equals(b)


def test_errors_name_the_file_column_and_codes(tmp_path):
    bad = binding_dict(v1={"status": "real", "table": "t1", "column": "V1_TYPO"})
    with pytest.raises(DataError) as info:
        run(tmp_path, binding=bad)
    assert "t1.csv" in str(info.value) and "V1_TYPO" in str(info.value) and "'v1'" in str(info.value)
    with pytest.raises(BindingError, match="table 'nope'"):
        run(tmp_path, binding=binding_dict(v1={"status": "real", "table": "nope", "column": "v1"}))
    unmatched = "code;v1;num;den;v3\n80001;1;1;1;1\n80002;2;2;2;2\n"
    with pytest.raises(DataError) as info:
        run(tmp_path, table=unmatched)
    assert "80001" in str(info.value) and "59001" in str(info.value)
    dup = "code;v1;num;den;v3\n59001;1;1;1;1\n59001;2;2;2;2\n"
    with pytest.raises(DataError, match="59001"):
        run(tmp_path, table=dup)


def test_layer_without_code_field_and_empty_reference(tmp_path):
    method_path, binding_path = write_case(tmp_path)
    m = load_method(method_path)
    b = load_binding(binding_path, m)
    with pytest.raises(DataError, match="INSEE"):
        Units.from_frame(units_frame(), "INSEE")
    units = Units.from_frame(units_frame(), "code", reference=np.zeros(4, bool))
    with pytest.raises(DataError, match="reference territory is empty"):
        compute_index(units, m, b)


def test_binding_naming_unknown_variable(tmp_path):
    binding = binding_dict()
    binding["variables"]["v9"] = {"status": "absent"}
    (tmp_path / "b.json").write_text(json.dumps(binding))
    with pytest.raises(BindingError, match="variables.v9"):
        load_binding(tmp_path / "b.json", load_method(write_case(tmp_path, METHOD)[0]))
