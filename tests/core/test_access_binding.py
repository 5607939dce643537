"""The binding's access format: validation, type lists, and computed times fed to the index pipeline."""

import copy
import json

import numpy as np
import pandas as pd
import pytest

from fragilite_numerique.core.access import AccessParameters, Origins
from fragilite_numerique.core.access_binding import ACCESS_TABLE, access_plan, bind_access_values
from fragilite_numerique.core.access_run import compute_access, equipment_frame
from fragilite_numerique.core.access_sources import count_destinations, filter_rows, SourceReport, \
    table_coordinates
from fragilite_numerique.core.access_spec import expand_types, parse_range_list, parse_type_list
from fragilite_numerique.core.binding import binding_from_dict
from fragilite_numerique.core.errors import BindingError, DataError
from fragilite_numerique.core.method import method_from_dict
from fragilite_numerique.core.pipeline import Units, compute_index

from helpers import METHOD, binding_dict, units_frame, write_case

EQUIPMENT = {
    "bpe": {"kind": "counts", "path": "bpe.csv", "code": "DEPCOM", "type": "TYPEQU", "count": "NB_EQUIP"},
    "fs": {"kind": "points", "path": "fs.csv", "lat": "latitude", "lon": "longitude"},
    "lieux": {"kind": "points", "path": "lieux.geojson"},
}


def access_binding(v3_access=None, **extra):
    data = binding_dict(v3={"status": "real", "access": v3_access or {"source": "bpe", "types": ["D201"]}})
    data["equipment"] = copy.deepcopy(EQUIPMENT)
    data.update(extra)
    return data


def parse(data, tmp_path=None):
    return binding_from_dict(data, tmp_path, "b.json", method_from_dict(METHOD))


def test_codes_and_code_ranges():
    assert expand_types(["d202-D205", " A101 "]) == ("D202", "D203", "D204", "D205", "A101")
    assert expand_types(["01-03"]) == ("01", "02", "03")
    assert expand_types(["Point-relais"]) == ("POINT-RELAIS",)
    with pytest.raises(DataError, match="D214-D202"):
        expand_types(["D214-D202"], "types")


def test_type_and_range_lists():
    sets = parse_type_list("D106; D201 ; spe=D202-D204, D214; *")
    assert [s.id for s in sets] == ["D106", "D201", "spe", "equip"]
    assert sets[2].targets[0].types == ("D202", "D203", "D204", "D214")
    assert sets[3].targets[0].types is None
    ranges = parse_range_list("soins=D106,d201,spe; tout=*", sets)
    assert ranges[0].members == ("D106", "D201", "spe")
    assert ranges[1].members == ("D106", "D201", "spe", "equip")
    with pytest.raises(DataError, match="D999"):
        parse_range_list("soins=D106,D999", sets)
    with pytest.raises(DataError, match="used twice"):
        parse_type_list("D106; D106")
    with pytest.raises(DataError, match="name=type"):
        parse_range_list("D106", sets)


def test_access_block_is_parsed_into_a_plan():
    binding = parse(access_binding({"from": [{"source": "fs"}, {"source": "bpe", "types": ["A127"]}]}))
    sets, ranges, columns = access_plan(binding, ("v1", "v2", "v3"))
    assert [s.id for s in sets] == ["v3"] and ranges == [] and columns == {"v3": "v3"}
    assert binding.equipment["fs"].crs == "EPSG:4326"
    assert binding.access.parameters == AccessParameters()
    mean = parse(access_binding({"source": "bpe", "types": ["A101", "A104"], "combine": "mean"}))
    sets, ranges, _ = access_plan(mean, ("v3",))
    assert [s.id for s in sets] == ["v3_A101", "v3_A104"] and ranges[0].members == ("v3_A101", "v3_A104")


def test_embedded_binding_computes_the_six_access_leaves(hdf_binding, hdf_method):
    sets, ranges, columns = access_plan(hdf_binding, hdf_method.leaves)
    assert set(columns) == {"t_urg", "t_gp", "t_spe", "tsp", "t_compn", "t_demar"}
    by_id = {s.id: s for s in sets}
    assert by_id["t_spe"].targets[0].types == tuple(f"D2{i:02d}" for i in range(2, 15))
    assert {t.source for t in by_id["t_compn"].targets} == {"bibliotheques", "mediation_numerique",
                                                             "conseillers_numeriques"}
    assert {(t.source, t.types) for t in by_id["t_demar"].targets} == {("france_services", None),
                                                                        ("bpe", ("A127",))}
    assert [r.id for r in ranges] == ["tsp"] and len(ranges[0].members) == 17
    assert hdf_binding.access.parameters.detour == 1.3 and hdf_binding.access.parameters.speed_kmh == 50


BAD = [
    (lambda d: d["variables"]["v3"]["access"].update(source="nope"), "variables.v3.access.source", "nope"),
    (lambda d: d["variables"]["v3"]["access"].update(source="fs"), "variables.v3.access.types", "no type column"),
    (lambda d: d["variables"]["v3"].update(column="x"), "variables.v3", "both an 'access' block"),
    (lambda d: d["variables"]["v3"].update(status="absent"), "variables.v3.status", "'absent'"),
    (lambda d: d["variables"]["v3"]["access"].update(combine="max"), "variables.v3.access.combine", "max"),
    (lambda d: d["variables"]["v3"]["access"].update({"from": [{"source": "fs"}]}), "variables.v3.access",
     "either 'source'"),
    (lambda d: d["variables"]["v3"]["access"].update(types=["D214-D202"]), "variables.v3.access.types",
     "D214-D202"),
    (lambda d: d["equipment"]["fs"].pop("lat"), "equipment.fs", "'lat' goes with 'lon'"),
    (lambda d: d["equipment"]["fs"].update(lat=None, lon=None), "equipment.fs", "coordinate columns"),
    (lambda d: d["equipment"]["lieux"].update(x="X", y="Y", crs="EPSG:2154"), "equipment.lieux",
     "for CSV files"),
    (lambda d: d["equipment"]["fs"].update(x="X", y="Y", lat=None, lon=None), "equipment.fs.crs", "crs"),
    (lambda d: d["equipment"]["bpe"].pop("code"), "equipment.bpe.code", "missing key"),
    (lambda d: d["equipment"]["bpe"].update(layout="wide"), "equipment.bpe", "wide count table"),
    (lambda d: d["equipment"]["bpe"].update(lat="y"), "equipment.bpe.lat", "point sources"),
    (lambda d: d["equipment"]["bpe"].update(kind="lines"), "equipment.bpe.kind", "lines"),
    (lambda d: d["equipment"]["bpe"].update(colour="red"), "equipment.bpe.colour", "unknown key"),
    (lambda d: d["equipment"]["bpe"].update(passage="old"), "equipment.bpe.passage", "old"),
    (lambda d: d["equipment"]["fs"].update(filter={"field": "type"}), "equipment.fs.filter.values",
     "missing key"),
    (lambda d: d.update(access_parameters={"speed_kmh": 0}), "access_parameters.speed_kmh", "between"),
    (lambda d: d.update(access_parameters={"detour": "1,3"}), "access_parameters.detour", "a number"),
    (lambda d: d.update(access_parameters={"intra": "centre"}), "access_parameters.intra", "centre"),
    (lambda d: d.update(access_parameters={"mode": "network"}), "access_parameters", "needs a 'network'"),
]


@pytest.mark.parametrize("breaks, key, words", BAD)
def test_bad_access_bindings_name_the_key_at_fault(breaks, key, words):
    data = access_binding()
    breaks(data)
    for spec in data["equipment"].values():       # a key set to None stands for a key removed
        for name in [k for k, v in spec.items() if v is None]:
            del spec[name]
    with pytest.raises(BindingError) as error:
        parse(data)
    text = str(error.value)
    assert text.startswith("b.json") and key in text, text
    assert words in text, text


def test_count_tables_long_and_wide_and_filters():
    long = pd.DataFrame({"DEPCOM": ["59001", "59001", "59002", "59003"], "TYPEQU": ["d201", "D106", "D201", "D201"],
                         "NB_EQUIP": ["2", "1", "0", "1"]})
    binding = parse(access_binding())
    pairs = count_destinations(long, binding.equipment["bpe"], "bpe.csv")
    assert sorted(map(tuple, pairs.to_numpy())) == [("59001", "D106"), ("59001", "D201"), ("59003", "D201")]
    wide_binding = access_binding()
    wide_binding["equipment"]["bpe"] = {"kind": "counts", "path": "w.csv", "code": "code", "layout": "wide"}
    wide_binding["variables"]["v3"]["access"] = {"source": "bpe", "types": ["D201"]}
    spec = parse(wide_binding).equipment["bpe"]
    wide = pd.DataFrame({"code": ["59001", "59002"], "D201": ["1", "0"], "D106": ["", "3"]})
    pairs = count_destinations(wide, spec, "w.csv")
    assert sorted(map(tuple, pairs.to_numpy())) == [("59001", "D201"), ("59002", "D106")]
    bad = long.assign(NB_EQUIP=["2", "deux", "0", "1"])
    with pytest.raises(DataError, match="deux"):
        count_destinations(bad, binding.equipment["bpe"], "bpe.csv")


def test_points_filter_and_coordinates_name_the_bad_rows():
    data = access_binding()
    data["equipment"]["fs"] = {"kind": "points", "path": "fs.csv", "latlon": "coords",
                               "filter": {"field": "statut", "values": ["Ouvert"]}}
    spec = parse(data).equipment["fs"]
    frame = pd.DataFrame({"coords": ["50.1, 3.2", "", "50,3", "95, 3"],
                          "statut": ["ouvert ", "Ouvert", "Ouvert", "Ouvert"]})
    report = SourceReport("fs", "fs.csv", "points")
    kept = filter_rows(frame, spec, "fs.csv", report)
    assert len(kept) == 4 and report.rows == 4
    x, y = table_coordinates(kept, spec, "fs.csv")
    assert (x[0], y[0]) == (3.2, 50.1)
    assert np.isnan(x[1]) and (x[2], y[2]) == (3.0, 50.0) and np.isnan(y[3])
    with pytest.raises(DataError, match="statut"):
        filter_rows(frame.assign(statut="Fermé"), spec, "fs.csv", report)


def test_computed_times_are_an_ordinary_column_for_the_pipeline(tmp_path):
    method_path, binding_path = write_case(tmp_path, binding=access_binding())
    method = method_from_dict(json.loads(method_path.read_text()))
    binding = binding_from_dict(json.loads(binding_path.read_text()), tmp_path, str(binding_path), method)
    units = Units.from_frame(units_frame(), "code", {"epci": "epci", "dep": "dep"})
    # Without the geometry step the access variable has no value: it is absent, never 0.
    plain = compute_index(units, method, binding)
    assert plain.scores["i_v3"].eq("abs").all()
    origins = Origins(np.array([[0, 0], [10_000, 0], [30_000, 0], [np.nan, np.nan]]), np.zeros(4))
    result = compute_access(origins, equipment_frame("bpe", ["D201"], [[0, 0]], [0]),
                            *access_plan(binding, method.leaves)[:2], AccessParameters(intra="zero"))
    codes = pd.Index(units_frame()["code"])
    bound, extra = bind_access_values(binding, result.times, result.report, access_plan(binding, method.leaves)[2],
                                      codes)
    assert bound.variables["v3"].source.table == ACCESS_TABLE
    scored = compute_index(units, method, bound, extra_tables=extra)
    s = scored.scores
    assert s["v_v3"][:3].tolist() == pytest.approx([0.0, 15.6, 46.8])
    # The unit without geometry has no time: imputed (its EPCI and department have no other unit) and flagged.
    assert s["i_v3"].tolist() == ["obs", "obs", "obs", "ref_a"]
    assert s["n_v3"][:3].tolist() == pytest.approx([0.0, 1 / 3, 1.0])
    assert [t["table"] for t in scored.report.tables].count(ACCESS_TABLE) == 1


def test_a_variable_without_any_destination_becomes_absent(tmp_path):
    method = method_from_dict(METHOD)
    binding = binding_from_dict(access_binding(), tmp_path, "b.json", method)
    origins = Origins(np.zeros((4, 2)), np.zeros(4))
    sets, ranges, columns = access_plan(binding, method.leaves)
    result = compute_access(origins, equipment_frame("bpe", [], np.empty((0, 2)), []), sets, ranges,
                            AccessParameters())
    bound, _extra = bind_access_values(binding, result.times, result.report, columns,
                                       pd.Index(units_frame()["code"]))
    assert bound.variables["v3"].status == "absent" and bound.variables["v3"].source is None
