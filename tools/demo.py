"""make demo: the index of the 3,789 Hauts-de-France communes on the embedded data, headless.

Writes under the output folder: the scored GeoPackage (styles and provenance inside), a QGIS
project that opens it, and a PNG map of the composite with its legend.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bootstrap import start_qgis  # noqa: E402


def source_tables_step(out: Path) -> None:
    """Issue 3: the 2018-coded ARCEP and library files joined to the 2021 communes through the passage
    table (nothing lost), then the EPCI built from the communes and scored on EPCI units."""
    from qgis import processing

    from fragilite_numerique.core.readers import read_table
    from fragilite_numerique.core.tables import to_number
    from fragilite_numerique.gis import plugin_info

    communes = f"{plugin_info.EMBEDDED_COMMUNES}|layername=communes"
    data = plugin_info.EMBEDDED_DIR
    passage = str(data / "cog_passage_2018_2019_hdf.csv")
    arcep = data / "arcep_maconnexioninternet_communes_hdf_2019-09.csv"
    print("Jointure ARCEP (codes 2018 → 2019) …")
    result = processing.run("fragilite_numerique:join_tables", {
        "INPUT": communes, "CODE_FIELD": "code", "TABLE": str(arcep), "COLUMNS": "nbr, elig_thd1g",
        "COUNTS": "nbr, elig_thd1g", "PASSAGE": passage, "OUTPUT": str(out / "jointure_arcep_2019.gpkg"),
        "REPORT": str(out / "rapport_jointure_arcep.html")})
    from qgis.core import QgsVectorLayer

    joined = QgsVectorLayer(result["OUTPUT"], "arcep", "ogr")
    after = sum(f["nbr"] for f in joined.getFeatures() if f["nbr"])
    before = to_number(read_table(arcep)["nbr"])[0].sum()
    before_text, after_text = (f"{v:,.0f}".replace(",", "\u202f") for v in (before, after))
    print(f"  → locaux : {before_text} avant, {after_text} après harmonisation ; {result['REPORT']}")
    libraries = data / "bibliotheques_publiques_hdf.csv"
    print("Jointure des bibliothèques (codes 2018, une ligne par bibliothèque, sommées par commune) …")
    result = processing.run("fragilite_numerique:join_tables", {
        "INPUT": communes, "CODE_FIELD": "code", "TABLE": str(libraries), "TABLE_CODE": "INSEE",
        "COLUMNS": "surface", "COUNTS": "surface", "SUM_DUPLICATES": True, "PASSAGE": passage,
        "OUTPUT": str(out / "jointure_bibliotheques.gpkg"), "REPORT": str(out / "rapport_jointure_bibliotheques.html")})
    joined = QgsVectorLayer(result["OUTPUT"], "bib", "ogr")
    counted = sum(f["n_rows"] for f in joined.getFeatures() if f["n_rows"])
    print(f"  → {len(read_table(libraries))} bibliothèques lues, {counted:.0f} rattachées à une commune 2021 ; "
          f"{result['REPORT']}")
    print("EPCI agrégés à partir des communes …")
    epci = processing.run("fragilite_numerique:aggregate_units", {
        "INPUT": communes, "CODE_FIELD": "code", "LEVEL": 0, "UNIT_FIELD": "epci", "NAME_FIELD": "epci_nom",
        "OUTPUT": str(out / "epci_hdf_2021.gpkg")})
    print(f"  → {epci['OUTPUT']}")
    print("Calcul de l'indice sur les 92 EPCI (référence : tous les EPCI) …")
    scored = processing.run("fragilite_numerique:compute_index", {
        "INPUT": epci["OUTPUT"], "CODE_FIELD": "code", "DEP_FIELD": "dep", "UNIT_LEVEL": 1,
        "OUTPUT": str(out / "fragilite_numerique_hdf_2021_epci.gpkg")})
    print(f"  → {scored['OUTPUT']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default="output")
    args = parser.parse_args()
    out = Path(args.output).resolve()
    out.mkdir(parents=True, exist_ok=True)
    started = time.time()
    app, _plugin = start_qgis()
    from qgis import processing
    from qgis.core import QgsProject

    from fragilite_numerique.gis import plugin_info
    from fragilite_numerique.gis.project import build_demo_project

    gpkg = out / "fragilite_numerique_hdf_2021.gpkg"
    print(f"Calcul de l'indice sur {plugin_info.EMBEDDED_COMMUNES.name} …")
    result = processing.run("fragilite_numerique:compute_index", {
        "INPUT": f"{plugin_info.EMBEDDED_COMMUNES}|layername=communes",
        "CODE_FIELD": "code", "EPCI_FIELD": "epci", "DEP_FIELD": "dep",
        "OUTPUT": str(gpkg),
    })
    print(f"  → {result['OUTPUT']}")
    access_times(out)
    written = build_demo_project(QgsProject.instance(), result["OUTPUT"], out)
    for path in written:
        print(f"  → {path}")
    source_tables_step(out)
    for path in demo_diagnostics(processing, out, result["OUTPUT"]):
        print(f"  → {path}")
    print(f"Terminé en {time.time() - started:.1f} s.")
    QgsProject.instance().clear()
    app.exitQgis()
    return 0


def demo_diagnostics(processing, out: Path, index_uri: str) -> list:
    """La MedNum 2019 next to the regional method, diagnostics report, rank stability, comparison."""
    from fragilite_numerique.gis import plugin_info
    from fragilite_numerique.gis.diagnostic_maps import export_layer_map

    base = {"INPUT": f"{plugin_info.EMBEDDED_COMMUNES}|layername=communes", "CODE_FIELD": "code",
            "EPCI_FIELD": "epci", "DEP_FIELD": "dep"}
    print("La MedNum 2019 (base 100), diagnostic, stabilité du classement, comparaison …")
    mednum = processing.run("fragilite_numerique:compute_index", dict(
        base, METHOD=str(plugin_info.METHODS_DIR / "mednum_2019.json"),
        BINDING=str(plugin_info.EMBEDDED_DIR / "binding_mednum_2019.json"),
        OUTPUT=str(out / "fragilite_numerique_mednum_2019.gpkg")))["OUTPUT"]
    diagnostics = processing.run("fragilite_numerique:diagnostics_report", {
        "INPUT": index_uri, "OUTPUT": str(out / "diagnostic_hdf_2021.html")})
    stability = processing.run("fragilite_numerique:rank_stability", dict(
        base, RUNS=1000, SEED=2021, NAME_FIELD="nom", OUTPUT=str(out / "stabilite_classement_hdf_2021.gpkg"),
        REPORT=str(out / "stabilite_classement_hdf_2021.html")))
    comparison = processing.run("fragilite_numerique:compare_runs", {
        "RUN_A": index_uri, "RUN_B": mednum, "OUTPUT": str(out / "comparaison_hdf_2021_mednum_2019.gpkg")})
    sources = "Données ouvertes embarquées (INSEE, ARCEP, Data For Good)\nPlugin Fragilité numérique"
    maps = [
        export_layer_map(stability["OUTPUT"], str(out / "carte_stabilite_classement.png"),
                         "Stabilité du classement des communes des Hauts-de-France",
                         "Méthode Hauts-de-France 2021 – largeur de l'intervalle de rang 5-95 % en part du classement, 1 000 tirages "
                         "(poids, normalisation, valeurs manquantes)", "Stabilité du classement", sources),
        export_layer_map(comparison["OUTPUT"], str(out / "carte_comparaison_hdf_mednum.png"),
                         "Du classement Hauts-de-France 2021 au classement La MedNum 2019",
                         "Places gagnées vers les plus fragiles avec La MedNum 2019 (rouge = plus fragile)",
                         "Évolution du rang", sources)]
    return [mednum, diagnostics["OUTPUT"], diagnostics["MARKDOWN"], stability["OUTPUT"], stability["REPORT"],
            comparison["OUTPUT"], *maps]


def access_times(out: Path) -> None:
    """The access-time layer of the embedded binding (the index run above computed the same times)."""
    from qgis import processing

    from fragilite_numerique.gis import plugin_info

    path = out / "temps_acces_hdf.gpkg"
    print("Temps d'accès aux équipements (BPE 2019, bibliothèques, médiation numérique, France Services) …")
    result = processing.run("fragilite_numerique:access_times", {
        "INPUT": f"{plugin_info.EMBEDDED_COMMUNES}|layername=communes", "CODE_FIELD": "code",
        "OUTPUT": str(path)})
    print(f"  → {result['OUTPUT']}")


if __name__ == "__main__":
    sys.exit(main())
