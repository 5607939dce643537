"""Diagnostics on data with a known correlation, alpha, skewness and outliers."""

import numpy as np
import pandas as pd
import pytest

from fragilite_numerique.core import fields as F
from fragilite_numerique.core.diagnostics import (
    cronbach_alpha,
    diagnose,
    kurtosis,
    principal_components,
    skewness,
)
from fragilite_numerique.core.errors import DataError
from fragilite_numerique.core.method import method_from_dict
from fragilite_numerique.core.pipeline import Units, compute_index


def small_method(normalisation="minmax"):
    return method_from_dict({
        "format": "fragilite_numerique.method", "id": "diag", "label": "Diag",
        "normalisation": {"method": normalisation},
        "axes": [
            {"id": "ax1", "label": "Axe 1", "variables": [
                {"id": "a", "label": "A", "sense": "+"}, {"id": "b", "label": "B", "sense": "+"}]},
            {"id": "ax2", "label": "Axe 2", "variables": [{"id": "c", "label": "C", "sense": "+"}]},
        ]})


def scores_frame(a, b, c, raw_c=None):
    a, b, c = (np.asarray(v, dtype=float) for v in (a, b, c))
    ax1 = (a + b) / 2
    frame = pd.DataFrame({
        F.COMPOSITE: (ax1 + c) / 2, F.axis_field("ax1"): ax1, F.axis_field("ax2"): c,
        F.IN_REFERENCE: 1,
        "v_a": a, "i_a": "obs", "n_a": a, "v_b": b, "i_b": "obs", "n_b": b,
        "v_c": c if raw_c is None else raw_c, "i_c": "obs", "n_c": c})
    return frame


def test_skewness_and_kurtosis_by_hand():
    x = np.array([1.0, 2, 3, 4, 10])
    # mean 4, deviations −3 −2 −1 0 6: m2 = 10, m3 = 36, m4 = 278.8
    g1 = 36 / 10 ** 1.5
    assert skewness(x) == pytest.approx(np.sqrt(5 * 4) / 3 * g1)          # 1.6971
    g2 = 278.8 / 100 - 3
    assert kurtosis(x) == pytest.approx(((5 + 1) * g2 + 6) * 4 / (3 * 2))  # 3.152
    stats = pytest.importorskip("scipy.stats")
    assert skewness(x) == pytest.approx(stats.skew(x, bias=False))
    assert kurtosis(x) == pytest.approx(stats.kurtosis(x, bias=False))


def test_known_correlation_and_alpha():
    # a = 1 2 3 4, b = 1 3 2 4: deviations give cov sum 4 and var sums 5, so r = 0.8;
    # alpha = k·r/(1 + (k−1)·r) = 1.6/1.8 for two items of equal variance
    d = diagnose(scores_frame([1, 2, 3, 4], [1, 3, 2, 4], [4, 3, 2, 1]), small_method())
    assert d.correlation.loc["a", "b"] == pytest.approx(0.8)
    assert d.correlation.loc["a", "c"] == pytest.approx(-1.0)
    ax1 = d.axes[0]
    assert ax1.variables == ["a", "b"] and ax1.alpha == pytest.approx(1.6 / 1.8)
    assert d.axes[1].alpha is None                  # one variable: no alpha
    assert cronbach_alpha(np.column_stack([[1, 2, 3, 4], [2, 4, 6, 8.0]])) == pytest.approx(2 * (1 - 12.5 / 22.5))


def test_principal_components_of_two_variables():
    # correlation 0.8: eigenvalues 1 ± 0.8, so the first component explains 90 %
    values, loadings = principal_components(np.column_stack([[1, 2, 3, 4.0], [1, 3, 2, 4.0]]))
    assert values.tolist() == pytest.approx([1.8, 0.2])
    assert loadings[:, 0].tolist() == pytest.approx([np.sqrt(0.9)] * 2)
    method = method_from_dict({"format": "fragilite_numerique.method", "id": "p", "label": "P", "axes": [
        {"id": "ax1", "label": "Axe", "variables": [{"id": "a", "label": "A", "sense": "+"},
                                                     {"id": "b", "label": "B", "sense": "+"}]}]})
    frame = scores_frame([1, 2, 3, 4], [1, 3, 2, 4], [0, 0, 0, 0]).drop(columns=["v_c", "i_c", "n_c"])
    d = diagnose(frame, method)
    assert d.explained == pytest.approx([0.9, 0.1]) and d.n_complete == 4


def test_axis_correlation_with_the_composite():
    d = diagnose(scores_frame([1, 2, 3, 4], [1, 3, 2, 4], [4, 3, 2, 1]), small_method())
    # ax1 = 1, 2.5, 2.5, 4 and ifn = 2.5, 2.75, 2.25, 2.5: by hand r(ax1, ifn) = 0
    assert d.axes[0].composite_correlation == pytest.approx(0.0, abs=1e-12)
    # ax2 = 4 3 2 1: deviations 1.5 .5 −.5 −1.5 and 0 .25 −.25 0 → cov 0.25, r = 0.25/√(5 × 0.125)
    assert d.axes[1].composite_correlation == pytest.approx(0.25 / np.sqrt(5 * 0.125))


def test_single_unit_setting_the_minmax_scale_is_warned_with_its_code():
    frame = scores_frame([1, 2, 3, 4, 5], [2, 1, 4, 3, 5], [0.0, 0.1, 0.2, 0.3, 1.0], raw_c=[0, 1, 2, 3, 10])
    codes = ["59001", "59002", "59003", "59004", "59005"]
    d = diagnose(frame, small_method(), codes)
    c = next(v for v in d.variables if v.id == "c")
    assert [(s.side, s.code, s.value, s.next_value) for s in c.scale_setters] == [("max", "59005", 10, 3)]
    assert c.scale_setters[0].share == pytest.approx(0.7)
    texts = [str(w) for w in d.warnings]
    assert any("59005" in t and "maximum" in t and "70 %" in t for t in texts)
    # the same data under another normalisation: the finding stays, the min-max warning goes
    assert not any("59005" in str(w) for w in diagnose(frame, small_method("rank"), codes).warnings)


def _stats_of_c(raw):
    n = len(raw)
    frame = scores_frame(np.arange(n), np.arange(n)[::-1], np.linspace(0, 1, n), raw_c=raw)
    codes = [f"59{i:03d}" for i in range(n)]
    return next(v for v in diagnose(frame, small_method(), codes).variables if v.id == "c")


def test_outliers_and_the_jrc_skewness_rule():
    # 1 … 19 and 100: Q1 = 5.75, Q3 = 15.25, IQR = 9.5, far-out fences −22.75 and 43.75: only 100
    c = _stats_of_c(list(range(1, 20)) + [100.0])
    assert c.outliers == ["59019"] and c.n_outliers == 1
    assert c.skewness > 2 and c.kurtosis > 3.5 and c.skewed
    assert c.minimum == 1 and c.maximum == 100 and c.coverage == 1
    even = _stats_of_c([float(v) for v in range(1, 21)])
    assert even.n_outliers == 0 and not even.skewed and even.skewness == pytest.approx(0, abs=1e-12)


def test_outliers_when_most_values_are_equal():
    # IQR = 0 (fifteen 5s): beyond 3 standard deviations instead; only 100 is that far
    c = _stats_of_c([1.0, 2, 3, 100] + [5.0] * 15)
    assert c.outliers == ["59003"]


def test_coverage_counts_observed_reference_values_only():
    frame = scores_frame([1, 2, 3, 4], [1, 3, 2, 4], [4, 3, 2, 1])
    frame["i_a"] = ["obs", "epci_t", "obs", "obs"]
    frame[F.IN_REFERENCE] = [1, 1, 1, 0]
    a = diagnose(frame, small_method()).variables[0]
    assert (a.observed, a.imputed, a.n_reference) == (2, 1, 3)
    assert a.coverage == pytest.approx(2 / 3) and a.maximum == 3


def test_not_an_index_output_is_refused():
    with pytest.raises(DataError, match="'ifn'"):
        diagnose(pd.DataFrame({"x": [1, 2]}), small_method())


def test_embedded_run(hdf_method, hdf_binding, hdf_units_frame):
    units = Units.from_frame(hdf_units_frame, "code_insee", {"epci": "epci_2021", "dep": "dep"})
    result = compute_index(units, hdf_method, hdf_binding)
    d = diagnose(result.scores, hdf_method, hdf_units_frame["code_insee"])
    by_id = {v.id: v for v in d.variables}
    assert set(by_id) == set(hdf_method.leaves)
    assert by_id["pauv"].observed == 471 and by_id["pauv"].coverage == pytest.approx(471 / 3789)
    assert by_id["zblanch"].absent and by_id["zblanch"].observed == 0
    assert set(d.correlation.columns) == {"ftth", "pauv", "revmed", "seul75", "chom", "psoc", "p75", "nodipl"}
    assert np.allclose(np.diag(d.correlation), 1)
    assert sum(d.explained) == pytest.approx(1) and d.explained == sorted(d.explained, reverse=True)
    assert all(a.composite_correlation is not None and -1 <= a.composite_correlation <= 1 for a in d.axes)
