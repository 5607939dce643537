"""Comparison of two runs on a hand-made case."""

import numpy as np
import pandas as pd
import pytest

from fragilite_numerique.core import compare as C
from fragilite_numerique.core.errors import DataError
from fragilite_numerique.core.method import load_method

from conftest import METHOD_HDF, ROOT


def run(codes, ifn, rang, dec):
    return pd.DataFrame({"code": codes, "ifn": ifn, "ifn_rang": rang, "ifn_dec": dec})


A = run(["02001", "59002", "59003", "59004", "59005"], [0.9, 0.5, 0.4, 0.2, 0.1], [1, 2, 3, 4, 5],
        [10, 8, 6, 4, 2])
# B lost the leading zero of 02001 (read as a number), has no 59005 and an extra 62001
B = run([2001, "59002", "59003", "59004", "62001"], [0.3, 0.6, 0.8, 0.2, 0.5], [3, 2, 1, 5, 4],
        [6, 8, 10, 2, 4])


def test_changes_by_hand_same_scale():
    method = load_method(METHOD_HDF)
    a = C.RunScores.from_frame(A, "code", "A", method)
    b = C.RunScores.from_frame(B, "code", "B", method)
    result = C.compare_runs(a, b)
    f = result.frame
    assert result.scores_comparable and result.n_common == 4
    assert result.only_a == ["59005"] and result.only_b == ["62001"]
    assert f[C.SCORE_CHANGE].tolist()[:4] == pytest.approx([-0.6, 0.1, 0.4, 0.0])
    # positive = more fragile in B: 59003 climbs from rank 3 to 1 (+2), 02001 falls from 1 to 3 (−2)
    assert f[C.RANK_CHANGE].tolist()[:4] == [-2, 0, 2, -1]
    assert f[C.DECILE_CHANGE].tolist()[:4] == [-4, 0, 4, -2]
    assert np.isnan(f.loc[4, C.RANK_B]) and np.isnan(f.loc[4, C.RANK_CHANGE])
    assert result.top_up == [("59003", 2)] and result.top_down == [("02001", -2), ("59004", -1)]
    assert result.mean_abs_rank_change == pytest.approx(5 / 4)
    assert result.decile_changed_share == pytest.approx(3 / 4)
    # Spearman over the 4 common units: A ranks 1 2 3 4 against B ranks 3 2 1 4 → 1 − 6·8/(4·15) = 0.2
    assert result.rank_correlation == pytest.approx(0.2)
    assert not result.warnings


def test_different_scales_leave_score_changes_empty():
    a = C.RunScores.from_frame(A, "code", "A", load_method(METHOD_HDF))
    b = C.RunScores.from_frame(B, "code", "B", load_method(ROOT / "resources" / "methods" / "mednum_2019.json"))
    result = C.compare_runs(a, b)
    assert not result.scores_comparable and result.frame[C.SCORE_CHANGE].isna().all()
    assert result.frame[C.RANK_CHANGE].tolist()[:4] == [-2, 0, 2, -1]
    assert any("same scale" in str(w) for w in result.warnings)


def test_bad_runs_are_named():
    with pytest.raises(DataError, match="ifn_rang"):
        C.RunScores.from_frame(A.drop(columns=["ifn_rang"]), "code", "A")
    dup = run(["59001", "59001"], [1, 2], [1, 2], [1, 2])
    with pytest.raises(DataError, match="59001"):
        C.RunScores.from_frame(dup, "code", "A")
    other = C.RunScores.from_frame(run(["80001"], [1], [1], [1]), "code", "B")
    with pytest.raises(DataError, match="No code"):
        C.compare_runs(C.RunScores.from_frame(A, "code", "A"), other)
