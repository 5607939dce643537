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


def maps_step(out: Path, scored_uri: str) -> list:
    """Both typologies on the scored layer, its styles and map themes in the project, one PNG per indicator.

    The embedded commune layer has no population: the step joins the 2017 legal population (PMUN)
    first, so that the class profiles give it (a user's ADMIN EXPRESS layer already has one).
    """
    import shutil
    import tempfile

    from qgis import processing
    from qgis.core import QgsProject

    from fragilite_numerique.core.provenance import METADATA_TABLE
    from fragilite_numerique.gis import layer_io, plugin_info
    from fragilite_numerique.gis.board import side_by_side_layout
    from fragilite_numerique.gis.indicator_maps import classification_text, export_indicator_maps, keep_in_project
    from fragilite_numerique.gis.render import export_png
    from fragilite_numerique.gis.project import sources_text
    from fragilite_numerique.gis.scoring import read_provenance
    from fragilite_numerique.gis.styles import indicator_specs, typology_specs
    from fragilite_numerique.gis.themes import add_output_to_project
    from fragilite_numerique.gis.typologies import method_and_record

    scored = scored_uri.split("|")[0]
    work = Path(tempfile.mkdtemp(prefix="fragilite_demo_"))
    joined = processing.run("native:joinattributestable", {
        "INPUT": scored_uri, "FIELD": "code",
        "INPUT_2": str(plugin_info.EMBEDDED_DIR / "insee_populations_legales_2017_communes_hdf.csv"),
        "FIELD_2": "DEPCOM", "FIELDS_TO_COPY": ["PMUN"], "METHOD": 1, "PREFIX": "",
        "OUTPUT": str(work / "scored_pop.gpkg")})["OUTPUT"]
    layer_io.write_table(joined, METADATA_TABLE, layer_io.read_table(scored, METADATA_TABLE))
    print("Typologie aménagement × publics …")
    policy = processing.run("fragilite_numerique:policy_typology", {
        "INPUT": joined, "POPULATION": "PMUN", "OUTPUT": str(work / "policy.gpkg"),
        "PROFILE": str(out / "profils_typologie_amenagement_publics.csv")})
    print("Typologie statistique (CAH) …")
    final = out / "fragilite_numerique_hdf_2021_typologies.gpkg"
    cluster = processing.run("fragilite_numerique:cluster_typology", {
        "INPUT": policy["OUTPUT"], "POPULATION": "PMUN", "CLASSES": 5, "SEED": 1, "OUTPUT": str(final),
        "PROFILE": str(out / "profils_typologie_cah.csv")})
    record = read_provenance(str(final))
    method, _ = method_and_record(str(final))
    project = QgsProject.instance()
    layer, themes = add_output_to_project(project, str(final), "fragilite_numerique",
                                          "Indicateurs et typologies", "Hauts-de-France", record["method_label"])
    names = [f.name() for f in layer.fields()]
    specs = [s for s in indicator_specs(method, names) + typology_specs(names) if s.field != "ifn"]
    pngs = export_indicator_maps(project, layer, specs, method, out,
                                 f"Communes des Hauts-de-France – méthode {record['method_label']}",
                                 sources_text(record), classification_text("jenks", 5))
    axes = [s for s in specs if s.field.startswith("ifn_ax")]
    board = side_by_side_layout(project, layer, axes, "Les quatre axes de la fragilité numérique – Hauts-de-France",
                                f"Méthode {record['method_label']} – {classification_text('jenks', 5)} – "
                                "chaque carte suit son thème de carte")
    keep_in_project(project, board)
    export_png(board, str(out / "planche_axes.png"))
    pngs.append(str(out / "planche_axes.png"))
    # Open the project on the composite index; the themes switch to the other indicators.
    layer.styleManager().setCurrentStyle(next(s.name for s in indicator_specs(method, names)))
    if not project.write(str(out / "fragilite_numerique_hdf.qgz")):
        raise RuntimeError("cannot write the project")
    shutil.rmtree(work, ignore_errors=True)
    return [policy["PROFILE"], cluster["PROFILE"], str(final), f"{len(themes)} thèmes de carte"] + pngs


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
    written += maps_step(out, result["OUTPUT"])
    for path in written:
        print(f"  → {path}")
    source_tables_step(out)
    for path in demo_diagnostics(processing, out, result["OUTPUT"]):
        print(f"  → {path}")
    # The atlas reads the layer with the typologies, and the EPCI scored on EPCI units.
    atlas_and_exports(out, f"{out / 'fragilite_numerique_hdf_2021_typologies.gpkg'}|layername=fragilite_numerique",
                      f"{out / 'fragilite_numerique_hdf_2021_epci.gpkg'}|layername=fragilite_numerique")
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

DEMO_EPCI = "200071785"   # CA Chauny Tergnier La Fère (48 communes): the fiches shown by the demo


def atlas_and_exports(out: Path, uri: str, epci_uri: str) -> None:
    """The EPCI atlas (one page per EPCI), the fiches of one EPCI's communes, the tables for
    spreadsheets, and the editable layouts added to the demo project."""
    from qgis import processing
    from qgis.core import QgsProject

    from fragilite_numerique.gis.atlas_export import add_atlas_layouts
    from fragilite_numerique.gis.project import PROJECT_NAME

    started = time.time()
    print("Atlas des EPCI …")
    result = processing.run("fragilite_numerique:export_atlas", {
        "INPUT": uri, "KIND": 0, "EXISTING": 1, "EPCI_LAYER": epci_uri, "OUTPUT": str(out / "atlas_epci.pdf")})
    print(f"  → {result['OUTPUT']} ({result['PAGES']} pages, {time.time() - started:.0f} s)")
    result = processing.run("fragilite_numerique:export_atlas", {
        "INPUT": uri, "KIND": 1, "EXISTING": 1, "FILTER": f"\"epci\" = '{DEMO_EPCI}'",
        "OUTPUT": str(out / f"fiches_communes_{DEMO_EPCI}.pdf")})
    print(f"  → {result['OUTPUT']} ({result['PAGES']} pages)")
    for suffix in (".csv", ".xlsx"):
        result = processing.run("fragilite_numerique:export_table", {
            "INPUT": uri, "EXISTING": 1, "OUTPUT": str(out / f"fragilite_numerique_hdf_2021{suffix}")})
        for path in result["FILES"].split(";"):
            print(f"  → {path}")
    project = QgsProject.instance()
    layer = project.mapLayersByName("Indice de fragilité numérique")[0]
    layouts = add_atlas_layouts(project, layer, coverage_path=str(out / "atlas_epci_moyennes_communes.gpkg"),
                                overwrite=True)
    project.write(str(out / PROJECT_NAME))
    print(f"  → {out / PROJECT_NAME} (mises en page : {', '.join(lay.name() for lay in layouts)})")


if __name__ == "__main__":
    sys.exit(main())
