"""The dock's summary and fiche, read back from the output fields of the 4-unit case."""

import pandas as pd
import pytest

from fragilite_numerique.core.binding import load_binding
from fragilite_numerique.core.fiche import ScoredUnits
from fragilite_numerique.core.method import load_method
from fragilite_numerique.core.pipeline import Units, compute_index

from helpers import units_frame, write_case


@pytest.fixture()
def scored(tmp_path):
    method_path, binding_path = write_case(tmp_path)
    method = load_method(method_path)
    units = units_frame()
    units["nom"] = ["Alpha", "Beta", "Gamma", "Delta"]
    reference = units["dep"].eq("59").to_numpy()  # 62001 is outside the reference territory
    result = compute_index(Units.from_frame(units, "code", {"epci": "epci", "dep": "dep"}, reference=reference),
                           method, load_binding(binding_path, method))
    # What the dock reads back from a layer: input fields then output fields, text as stored.
    frame = pd.concat([units, result.scores], axis=1).astype(object)
    frame.index = [11, 12, 13, 14]  # feature ids, not positions
    return ScoredUnits(frame, method, "code", "nom"), result.scores


def test_fiche_of_a_unit_against_the_reference(scored):
    units, scores = scored
    fiche = units.fiche(12)
    assert (fiche.code, fiche.name, fiche.in_reference) == ("59002", "Beta", True)
    # composite over the reference 59001..59003 only: ranks 3, 2, 1 → 59002 is 2nd of 3
    assert (fiche.rank, fiche.ranked) == (2, 3)
    assert fiche.composite.value == pytest.approx(scores.loc[1, "ifn"])
    assert fiche.composite.reference == pytest.approx(scores["ifn"][:3].mean())
    ax1 = fiche.axes[0]
    assert (ax1.id, ax1.label) == ("ax1", "Axe 1")
    assert ax1.value == pytest.approx(scores.loc[1, "ifn_ax1"])
    assert ax1.reference == pytest.approx(scores["ifn_ax1"][:3].mean())
    assert [g.id for g in fiche.groups] == ["pub", "amg"]
    lines = {line.id: line for lines in fiche.variables.values() for line in lines}
    assert list(fiche.variables) == ["ax1", "ax2"]
    v1 = lines["v1"]
    assert v1.value == pytest.approx(scores.loc[1, "v_v1"]) and v1.flag == "obs"
    assert v1.contribution == pytest.approx(scores.loc[1, "c_v1"])
    # rank of n_v1 among the reference units' scores, 1 = highest score = most fragile
    ref_scores = scores["n_v1"][:3].tolist()
    expected = 1 + sum(s > scores.loc[1, "n_v1"] for s in ref_scores)
    assert (v1.rank, v1.ranked) == (expected, 3)
    assert lines["v2"].unit == "%"


def test_fiche_outside_the_reference_has_no_rank(scored):
    units, _scores = scored
    fiche = units.fiche(14)
    assert not fiche.in_reference
    assert fiche.rank is None
    assert all(line.rank is None for lines in fiche.variables.values() for line in lines)
    assert units.key_of("62001") == 14 and units.key_of("99999") is None


def test_summary(scored):
    units, scores = scored
    summary = units.summary(top=2)
    assert (summary.n_units, summary.n_reference, summary.n_scored) == (4, 3, 3)
    assert summary.mean_coverage == pytest.approx(scores["ifn_cov"].mean())
    assert summary.n_complete == int((scores["ifn_cov"] == 1).sum())
    # v1 of 59003 imputed from its EPCI; v2 of 62001 from the reference
    assert [(leaf, count) for leaf, _label, count in summary.imputed] == [("v1", 1), ("v2", 1)]
    assert summary.absent == []
    assert [(rank, code, name) for rank, _key, code, name, _value in summary.most_fragile] == \
        [(1, "59003", "Gamma"), (2, "59002", "Beta")]


def test_fiche_lines_carry_the_binding_status_and_the_rank_interval(scored):
    units, _scores = scored
    units.statuses = {"v1": "proxy"}
    fiche = units.fiche(12)
    lines = {line.id: line for lines in fiche.variables.values() for line in lines}
    assert (lines["v1"].status, lines["v3"].status) == ("proxy", "real")
    assert fiche.rank_interval is None
    stability = pd.DataFrame({"code": ["59003", "59002", "59001"], "ifn_r05": [1.0, 1.0, 2.0],
                              "ifn_rmed": [1.0, 2.0, 3.0], "ifn_r95": [2.0, 3.0, 3.0]})
    units.with_rank_intervals(stability)
    assert units.fiche(12).rank_interval == (1, 2, 3)            # matched on the code, not the order
    assert units.fiche(14).rank_interval is None                 # 62001: not in the stability run


def test_a_variable_absent_from_every_unit_is_absent_in_the_fiche(scored):
    units, _scores = scored
    units.frame["i_v3"] = "abs"
    lines = {line.id: line for lines in units.fiche(11).variables.values() for line in lines}
    assert lines["v3"].status == "absent"
