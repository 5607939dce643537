"""The "Compute access times" algorithm and the access variables of an index run, on real and small data."""

import math

import numpy as np
import pytest
from qgis import processing
from qgis.core import (
    NULL,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from fragilite_numerique.core.tables import read_csv_text

from conftest import COMMUNES_GPKG, EMBEDDED, ensure_provider, file_hash
from test_access_io import PER_METRE, PLACES, memory_layer, square

ALG = "fragilite_numerique:access_times"
UNITS = f"{COMMUNES_GPKG}|layername=communes"
ACCESS_FIELDS = ["t_urg", "t_gp", "t_spe", "tsp", "t_compn", "t_demar"]


class Recorder(QgsProcessingFeedback):
    def __init__(self, cancel_at: float = 1e9):
        super().__init__()
        self.warnings = []
        self.cancel_at = cancel_at

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        self.warnings.append(text)
        super().pushWarning(text)

    def setProgress(self, value):  # noqa: N802
        super().setProgress(value)
        if value >= self.cancel_at:
            self.cancel()


def run(params, feedback=None):
    return processing.run(ALG, params, feedback=feedback)


def features(uri):
    layer = QgsVectorLayer(uri, "out", "ogr")
    assert layer.isValid()
    return layer, list(layer.getFeatures())


@pytest.fixture(scope="module")
def embedded_runs(tmp_path_factory, qgis_processing):
    """The embedded binding's access variables, with the intra-unit time from the area and with zero."""
    ensure_provider()
    folder = tmp_path_factory.mktemp("access")
    before = file_hash(COMMUNES_GPKG)
    recorder = Recorder()
    area = run({"INPUT": UNITS, "CODE_FIELD": "code", "OUTPUT": str(folder / "area.gpkg")}, recorder)
    zero = run({"INPUT": UNITS, "CODE_FIELD": "code", "INTRA": 1, "OUTPUT": str(folder / "zero.gpkg")})
    assert file_hash(COMMUNES_GPKG) == before, "the unit layer must never be modified"
    return area["OUTPUT"], zero["OUTPUT"], recorder.warnings


@pytest.fixture(scope="module")
def gp_communes():
    bpe = read_csv_text(EMBEDDED / "insee_bpe_2019_communes_hdf_long.csv")
    return set(bpe.loc[bpe["TYPEQU"] == "D201", "DEPCOM"])


def test_embedded_access_times_are_plausible(embedded_runs, gp_communes):
    area_uri, zero_uri, warnings = embedded_runs
    layer, feats = features(zero_uri)
    assert len(feats) == 3789
    names = [f.name() for f in layer.fields()]
    assert set(ACCESS_FIELDS) <= set(names) and "tsp_A101" in names
    for name in ACCESS_FIELDS:
        values = [f[name] for f in feats]
        assert all(isinstance(v, float) and math.isfinite(v) and v >= 0 for v in values), name
    with_gp = [f for f in feats if f["code"] in gp_communes]
    assert len(with_gp) == 955
    assert all(f["t_gp"] == 0 for f in with_gp)
    assert all(f["t_gp"] > 0 for f in feats if f["code"] not in gp_communes)
    # A commune without a GP is at least as far as the nearest straight line to another commune's point.
    assert max(f["t_gp"] for f in feats) < 60
    assert all(f["tsp_A115"] == NULL for f in feats)
    assert any("A115" in w for w in warnings) and any("D204" in w for w in warnings)


def test_intra_unit_time_comes_from_the_area(embedded_runs, gp_communes):
    """What ``make demo`` writes (the embedded binding, ``"intra": "area"``): a commune with a GP has
    its intra-unit time, not 0 (0 is the ``"intra": "zero"`` option, checked above); the others keep
    the time to the nearest GP."""
    area_uri, zero_uri, _warnings = embedded_runs
    _layer, feats = features(area_uri)
    _layer, zero = features(zero_uri)
    assert [f["code"] for f in feats] == [f["code"] for f in zero]
    holders = []
    for feature, flat in zip(feats, zero):
        expected = 2 / 3 * math.sqrt(feature.geometry().area() / math.pi) * PER_METRE
        if feature["code"] in gp_communes:
            assert feature["t_gp"] == pytest.approx(expected, rel=1e-6)
            holders.append(feature["t_gp"])
        else:
            assert feature["t_gp"] == pytest.approx(flat["t_gp"])
    # Plausible: 955 holders, each a few minutes at most (the largest commune: about 4.4 min).
    assert len(holders) == 955 and min(holders) > 0 and max(holders) < 5


def test_report_table_in_the_output(embedded_runs):
    from fragilite_numerique.gis.access_layer import read_access_report

    record = read_access_report(embedded_runs[0].split("|")[0])
    report = record["report"]
    assert report["parameters"]["detour"] == 1.3 and report["parameters"]["crs"] == "EPSG:2154"
    assert "tsp_A115" in report["empty"]
    assert {s["id"] for s in report["sources"]} == {"bpe", "bibliotheques", "mediation_numerique",
                                                    "conseillers_numeriques", "france_services"}
    assert record["fields"]["t_gp"] == "t_gp"


def test_variables_restrict_the_binding(tmp_path, provider):
    result = run({"INPUT": UNITS, "CODE_FIELD": "code", "VARIABLES": "t_urg, t_gp", "OUTPUT": str(tmp_path / "a.gpkg")})
    layer, _feats = features(result["OUTPUT"])
    assert [f.name() for f in layer.fields()][-2:] == ["t_urg", "t_gp"]


# A test holding a layer must not also catch an exception: the traceback would keep the layer alive
# until after QGIS exits (a crash at the end of the session).
def test_unknown_variables_are_named(tmp_path, provider):
    with pytest.raises(QgsProcessingException, match="tsoins"):
        run({"INPUT": UNITS, "CODE_FIELD": "code", "VARIABLES": "tsoins", "OUTPUT": str(tmp_path / "b.gpkg")})
    assert not (tmp_path / "b.gpkg").exists()


def small_units():
    return memory_layer("Polygon", "EPSG:4326", "field=code:string",
                        [(square(x, y), [code]) for code, (x, y) in PLACES.items()])


def test_own_points_and_counts_with_types_and_ranges(tmp_path, provider):
    points = memory_layer("Point", "EPSG:4326", "field=nature:string",
                          [(QgsGeometry.fromPointXY(QgsPointXY(705_000, 7_000_000)), ["lib"]),
                           (QgsGeometry.fromPointXY(QgsPointXY(700_000, 7_100_000)), ["other"])])
    counts = tmp_path / "counts.csv"
    counts.write_text("code,D201,D106\n59003,2,0\n", encoding="utf-8")
    result = run({"INPUT": small_units(), "CODE_FIELD": "code", "SOURCE": 1, "POINTS": points,
                  "POINTS_TYPE_FIELD": "nature", "COUNTS": str(counts), "COUNTS_LAYOUT": 1, "COUNTS_CODE": "code",
                  "TYPES": "LIB; D201; soin=D201,D106", "RANGES": "moy=lib,D201", "INTRA": 1,
                  "OUTPUT": str(tmp_path / "own.gpkg")})
    layer, feats = features(result["OUTPUT"])
    assert [f.name() for f in layer.fields()][-4:] == ["t_LIB", "t_D201", "t_soin", "t_moy"]
    by_code = {f["code"]: f for f in feats}
    assert by_code["59001"]["t_LIB"] == pytest.approx(5_000 * PER_METRE, rel=1e-4)
    assert by_code["59002"]["t_LIB"] == pytest.approx(5_000 * PER_METRE, rel=1e-4)
    assert by_code["59003"]["t_D201"] == 0 and by_code["59003"]["t_soin"] == 0
    assert by_code["59002"]["t_D201"] == pytest.approx(math.hypot(10_000, 30_000) * PER_METRE, rel=1e-4)
    assert by_code["59001"]["t_moy"] == pytest.approx((5_000 + 30_000) * PER_METRE / 2, rel=1e-4)


def test_road_network_mode_and_a_disconnected_unit(tmp_path, provider):
    (ax, ay), (bx, by), (cx, cy) = PLACES.values()
    roads = memory_layer("LineString", "EPSG:2154", "field=vmax:double", [
        (QgsGeometry.fromPolylineXY([QgsPointXY(ax, ay), QgsPointXY(bx, by)]), [100.0]),
        (QgsGeometry.fromPolylineXY([QgsPointXY(cx, cy), QgsPointXY(cx + 1000, cy)]), [50.0])])
    points = memory_layer("Point", "EPSG:2154", "field=n:string",
                          [(QgsGeometry.fromPointXY(QgsPointXY(ax, ay)), ["x"])])
    recorder = Recorder()
    result = run({"INPUT": small_units(), "CODE_FIELD": "code", "SOURCE": 1, "POINTS": points, "MODE": 1,
                  "NETWORK": roads, "NETWORK_SPEED_FIELD": "vmax", "INTRA": 1, "OUTPUT": str(tmp_path / "net.gpkg")},
                 recorder)
    _layer, feats = features(result["OUTPUT"])
    by_code = {f["code"]: f["t_equip"] for f in feats}
    assert by_code["59001"] == 0
    assert by_code["59002"] == pytest.approx(6.0, rel=1e-4)       # 10 km at 100 km/h
    assert by_code["59003"] == NULL                                  # unreachable: no value, not 0
    assert any("cannot reach" in w and "59003" in w for w in recorder.warnings)


def test_bad_input_is_named_and_leaves_nothing(tmp_path, provider):
    out = tmp_path / "bad.gpkg"
    with pytest.raises(QgsProcessingException, match="projected CRS"):
        run({"INPUT": small_units(), "CODE_FIELD": "code", "CRS": "EPSG:4326", "OUTPUT": str(out)})
    with pytest.raises(QgsProcessingException, match="point layer of equipment"):
        run({"INPUT": small_units(), "CODE_FIELD": "code", "SOURCE": 1, "OUTPUT": str(out)})
    with pytest.raises(QgsProcessingException, match="line layer of roads"):
        run({"INPUT": small_units(), "CODE_FIELD": "code", "MODE": 1, "OUTPUT": str(out)})
    assert not out.exists() and not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_cancel_leaves_nothing(tmp_path, provider):
    out = tmp_path / "cancelled.gpkg"
    result = run({"INPUT": UNITS, "CODE_FIELD": "code", "VARIABLES": "t_gp", "OUTPUT": str(out)}, Recorder(75))
    assert result == {} or not out.exists()
    assert not out.exists() and not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_index_run_computes_the_access_variables(qgis_processing, communes_layer, gp_communes):
    from fragilite_numerique.core.access import AccessParameters
    from fragilite_numerique.core.provenance import provenance
    from fragilite_numerique.gis.access_run import AccessOptions
    from fragilite_numerique.gis.scoring import QgisFeedback, ScoringRequest, compute

    request = ScoringRequest(source=communes_layer, code_field="code", output_path="unused.gpkg",
                             epci_field="epci", dep_field="dep",
                             access=AccessOptions(parameters=AccessParameters(intra="zero")))
    result, frame = compute(request, QgisFeedback())
    scores = result.scores
    has_gp = frame["code"].isin(gp_communes).to_numpy()
    assert (scores["v_t_gp"][has_gp] == 0).all() and (scores["v_t_gp"][~has_gp] > 0).all()
    for leaf in ACCESS_FIELDS:
        assert (scores[f"i_{leaf}"] == "obs").all(), leaf
        values = scores[f"v_{leaf}"].to_numpy(dtype=float)
        assert np.isfinite(values).all() and (values >= 0).all()
    assert {v.id: v.status for v in result.report.variables if v.id in ACCESS_FIELDS} == \
        dict.fromkeys(ACCESS_FIELDS, "real")
    assert not {"t_gp", "tsp"} & {v.id for v in result.report.absents}
    record = provenance(result, request.parameters(), "test")
    assert any(s["table"] == "equipement_bpe" and s["year"] == 2019 for s in record["sources"])
    assert record["parameters"]["access"]["speed_kmh"] == 50 and record["parameters"]["access"]["intra"] == "zero"
