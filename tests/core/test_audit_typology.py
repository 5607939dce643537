"""Policy typology bad input (issue 5): a single unit or tied values cannot fill every level, and say so."""

import pytest

from fragilite_numerique.core.typology import policy_typology


def texts(result):
    return [str(w) for w in result.warnings]


def test_a_single_unit_fills_one_level_of_each_scheme_and_is_warned():
    result = policy_typology([0.3], [0.5], names=("ifn_pub", "ifn_amg"))
    # The unit equals every cut: below or at the median (2 × 2), between the equal terciles (3 × 3).
    assert result.code_2x2 == ["11"] and result.code_3x3 == ["22"]
    warned = texts(result)
    assert len(warned) == 4
    assert any("ifn_pub" in t and "1 of the 2 levels of the 2 × 2" in t for t in warned)
    assert any("ifn_amg" in t and "1 of the 3 levels of the 3 × 3" in t for t in warned)


def test_two_distinct_values_fill_two_of_the_three_terciles():
    # 5 units at 0 and 4 at 1 in the reference territory: the terciles are 0 and 1; the units at 0 are
    # the low level, those at 1 the high one (their side of each tie keeps the shares closest to 1/3).
    publics = [0, 0, 0, 0, 0, 1, 1, 1, 1]
    amenagement = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    result = policy_typology(publics, amenagement, names=("ifn_pub", "ifn_amg"))
    assert [code[1] for code in result.code_3x3] == ["1"] * 5 + ["3"] * 4
    assert [code[1] for code in result.code_2x2] == ["1"] * 5 + ["2"] * 4
    assert texts(result) == [
        "Field ifn_pub: its 2 distinct value(s) in the reference territory fill only 2 of the 3 levels of the "
        "3 × 3 typology; the units that tie share a level, so some classes stay empty."]


def test_levels_are_counted_in_the_reference_territory_only():
    # Outside the reference territory the values differ, but the cuts (and the levels) come from the
    # reference territory, where the publics are constant.
    publics = [0.2, 0.2, 0.2, 0.9, 0.1]
    amenagement = [0.1, 0.5, 0.9, 0.3, 0.7]
    result = policy_typology(publics, amenagement, [True, True, True, False, False], names=("p", "a"))
    assert {t.split(":")[0] for t in texts(result)} == {"Field p"}
    assert [code[1] for code in result.code_2x2] == ["1", "1", "1", "2", "1"]


@pytest.mark.parametrize("n", [4, 9, 30])
def test_distinct_values_raise_no_warning(n):
    values = [i / n for i in range(n)]
    assert policy_typology(values, values[::-1]).warnings == []
