"""Access times of EPCI units: computed on their communes, aggregated with the population as weight."""

import numpy as np
import pandas as pd
import pytest
from qgis import processing
from qgis.core import NULL, QgsVectorLayer

from fragilite_numerique.core.readers import read_table
from fragilite_numerique.core.tables import to_number

from conftest import EMBEDDED, ensure_provider, file_hash
from somme_outputs import somme_outputs

ACCESS = ("t_urg", "t_gp", "t_spe", "tsp", "t_compn", "t_demar")


def features(uri: str) -> pd.DataFrame:
    layer = QgsVectorLayer(uri, "out", "ogr")
    assert layer.isValid(), uri
    names = [f.name() for f in layer.fields()]
    return pd.DataFrame([f.attributes() for f in layer.getFeatures()], columns=names).set_index("code")


@pytest.fixture(scope="module")
def somme(tmp_path_factory, qgis_processing):
    ensure_provider()
    return somme_outputs(tmp_path_factory)


@pytest.fixture(scope="module")
def expected_epci_times(somme):
    """Each EPCI's access times as the population-weighted mean of its communes' own times."""
    from fragilite_numerique.core.binding import load_binding
    from fragilite_numerique.core.method import load_method
    from fragilite_numerique.gis import plugin_info
    from fragilite_numerique.gis.access_run import compute_binding_access

    _folder, communes, _epci = somme
    layer = QgsVectorLayer(communes, "communes", "ogr")
    method = load_method(plugin_info.DEFAULT_METHOD)
    access = compute_binding_access(layer, "code", load_binding(plugin_info.EMBEDDED_BINDING, method), method.leaves)
    times = access.times_by_fid().rename(columns={c: leaf for leaf, c in access.columns.items()})
    frame = pd.DataFrame({f.id(): {"code": f["code"], "epci": f["epci"]} for f in layer.getFeatures()}).T
    times = times.join(frame)
    population = read_table(EMBEDDED / "insee_populations_legales_2017_communes_hdf.csv")
    weights = pd.Series(to_number(population["PMUN"])[0], index=population["DEPCOM"].to_numpy())
    times["w"] = weights.reindex(times["code"]).to_numpy()
    return {epci: {leaf: float(np.average(group[leaf], weights=group["w"])) for leaf in ACCESS}
            for epci, group in times.groupby("epci")}


def provenance(uri: str) -> dict:
    from fragilite_numerique.gis.scoring import read_provenance

    return read_provenance(uri.split("|")[0])


def test_aggregation_keeps_the_communes_polygons(somme):
    _folder, communes, epci = somme
    stored = QgsVectorLayer(f"{epci.split('|')[0]}|layername=ifn_communes", "c", "ogr")
    source = QgsVectorLayer(communes, "c", "ogr")
    assert stored.isValid() and stored.featureCount() == source.featureCount()
    kept = {f["code"]: (f["unit"], f.geometry().area()) for f in stored.getFeatures()}
    for feature in source.getFeatures():
        unit, area = kept[feature["code"]]
        assert unit == feature["epci"] and area == pytest.approx(feature.geometry().area(), rel=1e-9)


def test_epci_access_times_from_the_stored_communes(somme, expected_epci_times, tmp_path):
    _folder, _communes, epci = somme
    before = file_hash(epci.split("|")[0])
    result = processing.run("fragilite_numerique:compute_index", {
        "INPUT": epci, "CODE_FIELD": "code", "DEP_FIELD": "dep", "UNIT_LEVEL": 1,
        "OUTPUT": str(tmp_path / "ifn_epci.gpkg")})
    assert file_hash(epci.split("|")[0]) == before
    scores = features(result["OUTPUT"])
    assert set(scores.index) == set(expected_epci_times)
    for code, expected in expected_epci_times.items():
        for leaf in ACCESS:
            assert scores.at[code, f"i_{leaf}"] == "obs"
            assert scores.at[code, f"v_{leaf}"] == pytest.approx(expected[leaf], rel=1e-9), (code, leaf)
    record = provenance(result["OUTPUT"])
    assert not set(ACCESS) & {a["variable"] for a in record["absents"]}
    assert any("computed on the" in w["message"] and "weighted by the population" in w["message"]
               for w in record["report"]["warnings"])
    flagged = [h for h in record["harmonisation"] if h["table"] == "temps_acces"]
    assert flagged and flagged[0]["aggregated_to"] == "epci"
    assert sorted(flagged[0]["population_weighted"]) == sorted(ACCESS)


def test_epci_access_times_from_a_commune_layer(somme, expected_epci_times, tmp_path):
    """A plain dissolved EPCI layer (no stored communes) with the commune layer given."""
    folder, communes, _epci = somme
    plain = processing.run("native:dissolve", {"INPUT": communes, "FIELD": ["epci"],
                                                "OUTPUT": str(folder / "plain.gpkg")})["OUTPUT"]
    result = processing.run("fragilite_numerique:compute_index", {
        "INPUT": plain, "CODE_FIELD": "epci", "UNIT_LEVEL": 1, "MEMBERS": communes, "MEMBERS_CODE": "code",
        "MEMBERS_UNIT": "epci", "OUTPUT": str(tmp_path / "ifn_plain.gpkg")})
    scores = features(result["OUTPUT"]).set_index("epci")
    for code, expected in expected_epci_times.items():
        assert scores.at[code, "v_t_gp"] == pytest.approx(expected["t_gp"], rel=1e-9)
        assert scores.at[code, "v_tsp"] == pytest.approx(expected["tsp"], rel=1e-9)


def test_epci_without_commune_polygons_reports_absent_access_times(somme, tmp_path):
    folder, communes, _epci = somme
    plain = processing.run("native:dissolve", {"INPUT": communes, "FIELD": ["epci"],
                                                "OUTPUT": str(folder / "plain_2.gpkg")})["OUTPUT"]
    table = folder / "members.csv"
    layer = QgsVectorLayer(communes, "c", "ogr")
    table.write_text("code;epci\n" + "".join(f"{f['code']};{f['epci']}\n" for f in layer.getFeatures()), "utf-8")
    result = processing.run("fragilite_numerique:compute_index", {
        "INPUT": plain, "CODE_FIELD": "epci", "UNIT_LEVEL": 1, "MEMBERS": str(table), "MEMBERS_CODE": "code",
        "MEMBERS_UNIT": "epci", "OUTPUT": str(tmp_path / "ifn_no_geometry.gpkg")})
    scores = features(result["OUTPUT"])
    assert (scores["i_t_gp"] == "abs").all() and all(v in (None, NULL) for v in scores["v_t_gp"])
    record = provenance(result["OUTPUT"])
    assert set(ACCESS) <= {a["variable"] for a in record["absents"]}
    assert any("need the communes' polygons" in w["message"] for w in record["report"]["warnings"])


def test_rank_stability_reads_the_access_times_of_the_index(somme, tmp_path):
    """The Monte Carlo's own run is the index run: same access times, same composite."""
    _folder, communes, _epci = somme
    common = {"INPUT": communes, "CODE_FIELD": "code", "EPCI_FIELD": "epci", "DEP_FIELD": "dep"}
    index = features(processing.run("fragilite_numerique:compute_index", dict(
        common, OUTPUT=str(tmp_path / "ifn.gpkg")))["OUTPUT"])
    result = processing.run("fragilite_numerique:rank_stability", dict(
        common, RUNS=20, SEED=3, OUTPUT=str(tmp_path / "stability.gpkg")))
    stability = features(result["OUTPUT"])
    assert (stability["i_t_gp"] == "obs").all()
    assert stability["v_t_gp"].astype(float).to_numpy() == pytest.approx(index["v_t_gp"].astype(float).to_numpy())
    assert stability["ifn"].astype(float).to_numpy() == pytest.approx(index["ifn"].astype(float).to_numpy())
    assert provenance(result["OUTPUT"])["parameters"]["access"]["speed_kmh"] == 50
