"""Access-time maths on hand-computed cases (core.access, core.access_run)."""

import math

import numpy as np
import pandas as pd
import pytest

from fragilite_numerique.core import access as A
from fragilite_numerique.core.access import AccessParameters, Destinations, Origins
from fragilite_numerique.core.access_run import compute_access, equipment_frame
from fragilite_numerique.core.access_spec import AccessRange, Target, TypeSet
from fragilite_numerique.core.errors import CancelledError, DataError, Feedback

# 1.3 × 60 min / 50,000 m: minutes per metre of straight line with the defaults.
PER_METRE = 1.3 * 60 / 50_000


def line_of_three(area=0.0):
    """Three units on a line, at 0, 10 and 30 km."""
    xy = np.array([[0.0, 0.0], [10_000.0, 0.0], [30_000.0, 0.0]])
    return Origins(xy, np.full(3, area), np.array(["A", "B", "C"], dtype=object))


def test_defaults_are_the_documented_ones():
    params = AccessParameters()
    assert (params.detour, params.speed_kmh, params.intra, params.mode) == (1.3, 50.0, "area", "straight")
    assert params.straight_minutes(np.array([1000.0]))[0] == pytest.approx(1.56)


def test_three_units_on_a_line_with_the_equipment_in_the_first():
    origins = line_of_three()
    dest = Destinations(origins.xy[[0]], [0])
    minutes = A.straight_line_minutes(origins, dest, AccessParameters(intra="zero"))
    assert minutes.tolist() == pytest.approx([0.0, 15.6, 46.8])


def test_a_point_destination_between_units():
    origins = line_of_three()
    dest = Destinations([[22_000.0, 0.0], [-3_000.0, 4_000.0]], [-1, -1])
    minutes = A.straight_line_minutes(origins, dest, AccessParameters())
    # nearest: A → the second point (5 km, a 3-4-5 triangle), B → the first (12 km; the second is
    # √(13² + 4²) ≈ 13.6 km), C → the first (8 km)
    assert minutes.tolist() == pytest.approx([5_000 * PER_METRE, 12_000 * PER_METRE, 8_000 * PER_METRE])


def test_unit_holding_the_equipment_gets_the_intra_unit_time_from_its_area():
    # A disc of radius 1,500 m: mean distance to the centre 2/3 × 1,500 = 1,000 m → 1.56 min.
    origins = line_of_three(area=math.pi * 1500.0 ** 2)
    dest = Destinations(origins.xy[[0]], [0])
    minutes = A.straight_line_minutes(origins, dest, AccessParameters())
    assert minutes.tolist() == pytest.approx([1.56, 15.6, 46.8])
    assert A.intra_unit_minutes(np.array([math.pi * 1500.0 ** 2]), AccessParameters(speed_kmh=100, detour=1.0))[0] \
        == pytest.approx(0.6)


def test_unit_without_geometry_gets_no_value_and_is_reported():
    origins = line_of_three()
    origins.xy[1] = np.nan
    equipment = equipment_frame("bpe", ["D201"], origins.xy[[0]], [0])
    result = compute_access(origins, equipment, [TypeSet("gp", (Target("bpe", ("D201",)),))], [],
                            AccessParameters(intra="zero"))
    assert np.isnan(result.times["gp"][1]) and result.times["gp"][2] == pytest.approx(46.8)
    assert result.report.no_origin == ["B"] and result.report.n_no_origin == 1
    assert any("no geometry" in str(w) and "B" in str(w) for w in result.report.warnings)


def test_ranges_are_the_mean_of_their_types_and_absent_types_are_reported():
    origins = line_of_three()
    equipment = pd.concat([equipment_frame("bpe", ["A101"], origins.xy[[0]], [0]),
                           equipment_frame("bpe", ["A104"], origins.xy[[2]], [2])], ignore_index=True)
    sets = [TypeSet(code, (Target("bpe", (code,)),)) for code in ("A101", "A104", "A115")]
    result = compute_access(origins, equipment, sets, [AccessRange("sp", ("A101", "A104", "A115"))],
                            AccessParameters(intra="zero"))
    t = result.times
    assert t["A101"].tolist() == pytest.approx([0, 15.6, 46.8])
    assert t["A104"].tolist() == pytest.approx([46.8, 31.2, 0])
    assert t["A115"].isna().all()
    assert t["sp"].tolist() == pytest.approx([23.4, 23.4, 23.4])
    assert result.report.empty == ["A115"]
    texts = [str(w) for w in result.report.warnings]
    assert any("bpe:A115" in text and "no value" in text for text in texts)


def test_a_named_set_takes_the_nearest_of_its_types_and_sources():
    origins = line_of_three()
    equipment = pd.concat([equipment_frame("bpe", ["D202"], origins.xy[[2]], [2]),
                           equipment_frame("libraries", ["*"], [[8_000.0, 0.0]], [-1])], ignore_index=True)
    spe = TypeSet("spe", (Target("bpe", ("D202", "D204")), Target("libraries", None)))
    result = compute_access(origins, equipment, [spe], [], AccessParameters(intra="zero"))
    assert result.times["spe"].tolist() == pytest.approx([8_000 * PER_METRE, 2_000 * PER_METRE, 0])
    assert result.report.sets["spe"].absent_types == ["bpe:D204"]


def test_no_destination_at_all_gives_no_value_never_zero():
    origins = line_of_three()
    result = compute_access(origins, equipment_frame("bpe", [], np.empty((0, 2)), []),
                            [TypeSet("urg", (Target("bpe", ("D106",)),))], [AccessRange("r", ("urg",))],
                            AccessParameters())
    assert result.times.isna().all().all()
    assert result.report.empty == ["urg", "r"]


def test_kd_tree_and_numpy_search_agree(monkeypatch):
    rng = np.random.default_rng(4)
    origins = rng.uniform(0, 100_000, (500, 2))
    dest = rng.uniform(0, 100_000, (70, 2))
    tree_d, tree_i = A.nearest(origins, dest)
    brute_d, brute_i = A.brute_force_nearest(origins, dest)
    assert np.allclose(tree_d, brute_d) and (tree_i == brute_i).all()
    full = np.sqrt(((origins[:, None, :] - dest[None, :, :]) ** 2).sum(axis=2)).min(axis=1)
    assert np.allclose(brute_d, full)
    monkeypatch.setattr(A, "kd_tree_class", lambda: None)
    fallback_d, _ = A.nearest(origins, dest)
    assert np.allclose(fallback_d, full)


def test_brute_force_works_in_chunks(monkeypatch):
    monkeypatch.setattr(A, "_BRUTE_FORCE_CELLS", 7)
    distance, index = A.brute_force_nearest([[0, 0], [9, 0], [20, 0]], [[10, 0], [1, 0]])
    assert distance.tolist() == [1, 1, 10] and index.tolist() == [1, 0, 0]


@pytest.mark.parametrize("change", [{"detour": 0.5}, {"speed_kmh": 0}, {"intra": "centre"}, {"mode": "walk"},
                                    {"speed_kmh": True}])
def test_bad_parameters_are_named(change):
    with pytest.raises(DataError) as error:
        AccessParameters(**change)
    assert list(change)[0] in str(error.value)


def test_cancel_stops_the_computation():
    origins = line_of_three()
    feedback = Feedback()
    feedback.cancelled = True
    with pytest.raises(CancelledError):
        compute_access(origins, equipment_frame("bpe", ["D201"], origins.xy[[0]], [0]),
                       [TypeSet("gp", (Target("bpe", ("D201",)),))], [], AccessParameters(), feedback=feedback)
