"""make demo: the index of the 3,789 Hauts-de-France communes on the embedded data, headless.

Every step runs through ``processing.run`` as a user's model would, and writes under the output
folder (see the README for the list of files): the scored communes and EPCI, the access times, the
typologies, La MedNum 2019, the diagnostics, the rank stability and the comparison, PNG maps, the
EPCI atlas and commune fiches in PDF, spreadsheet tables, and the QGIS project that opens them all.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bootstrap import start_qgis  # noqa: E402

TERRITORY = "Hauts-de-France"
DEMO_EPCI = "200071785"   # CA Chauny Tergnier La Fère (48 communes): the fiches shown by the demo
LAYER = "fragilite_numerique"


class Outputs:
    """The files of the demo (output folder ``out``)."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.index = out / "fragilite_numerique_hdf_2021.gpkg"
        self.typologies = out / "fragilite_numerique_hdf_2021_typologies.gpkg"
        self.access = out / "temps_acces_hdf.gpkg"
        self.epci_units = out / "epci_hdf_2021.gpkg"
        self.epci = out / "fragilite_numerique_hdf_2021_epci.gpkg"
        self.arcep = out / "jointure_arcep_2019.gpkg"
        self.libraries = out / "jointure_bibliotheques.gpkg"
        self.mednum = out / "fragilite_numerique_mednum_2019.gpkg"
        self.stability = out / "stabilite_classement_hdf_2021.gpkg"
        self.comparison = out / "comparaison_hdf_2021_mednum_2019.gpkg"

    @staticmethod
    def uri(path: Path, layer: str = LAYER) -> str:
        return f"{path}|layername={layer}"


class Steps:
    """Prints each step and how long it took."""

    def __init__(self) -> None:
        self.started = time.time()
        self.last = self.started

    def start(self, text: str) -> None:
        print(text + " …", flush=True)
        self.last = time.time()

    def done(self, *paths) -> None:
        for path in paths:
            print(f"  → {path}")
        print(f"  ({time.time() - self.last:.1f} s)", flush=True)


def communes_uri() -> str:
    from fragilite_numerique.gis import plugin_info

    return f"{plugin_info.EMBEDDED_COMMUNES}|layername=communes"


def index_step(processing, files: Outputs, steps: Steps) -> None:
    """The regional method on the 3,789 communes (access times computed from the equipment data)."""
    steps.start("Calcul de l'indice sur les 3 789 communes (méthode Hauts-de-France 2021)")
    result = processing.run("fragilite_numerique:compute_index", {
        "INPUT": communes_uri(), "CODE_FIELD": "code", "EPCI_FIELD": "epci", "DEP_FIELD": "dep",
        "OUTPUT": str(files.index)})
    steps.done(result["OUTPUT"])


def access_step(processing, files: Outputs, steps: Steps) -> None:
    """The access-time layer of the embedded binding, with every equipment type of the ranges."""
    steps.start("Temps d'accès aux équipements (BPE 2019, bibliothèques, médiation numérique, France Services)")
    result = processing.run("fragilite_numerique:access_times", {
        "INPUT": communes_uri(), "CODE_FIELD": "code", "OUTPUT": str(files.access)})
    steps.done(result["OUTPUT"])


def typologies_step(processing, files: Outputs, steps: Steps) -> list:
    """Both typologies on the scored layer, with the 2017 population joined for the class profiles.

    The embedded commune layer has no population (a user's ADMIN EXPRESS layer has one).
    """
    from fragilite_numerique.core.provenance import METADATA_TABLE
    from fragilite_numerique.gis import layer_io, plugin_info

    steps.start("Typologies aménagement × publics et statistique (CAH)")
    work = Path(tempfile.mkdtemp(prefix="fragilite_demo_"))
    try:
        joined = processing.run("native:joinattributestable", {
            "INPUT": files.uri(files.index), "FIELD": "code",
            "INPUT_2": str(plugin_info.EMBEDDED_DIR / "insee_populations_legales_2017_communes_hdf.csv"),
            "FIELD_2": "DEPCOM", "FIELDS_TO_COPY": ["PMUN"], "METHOD": 1, "PREFIX": "",
            "OUTPUT": str(work / "scored_pop.gpkg")})["OUTPUT"]
        layer_io.write_table(joined, METADATA_TABLE, layer_io.read_table(str(files.index), METADATA_TABLE))
        policy = processing.run("fragilite_numerique:policy_typology", {
            "INPUT": joined, "POPULATION": "PMUN", "OUTPUT": str(work / "policy.gpkg"),
            "PROFILE": str(files.out / "profils_typologie_amenagement_publics.csv")})
        cluster = processing.run("fragilite_numerique:cluster_typology", {
            "INPUT": policy["OUTPUT"], "POPULATION": "PMUN", "CLASSES": 5, "SEED": 1,
            "OUTPUT": str(files.typologies), "PROFILE": str(files.out / "profils_typologie_cah.csv")})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    steps.done(cluster["OUTPUT"], policy["PROFILE"], cluster["PROFILE"])


def source_tables_step(processing, files: Outputs, steps: Steps) -> None:
    """The 2018-coded ARCEP and library files joined to the 2021 communes through the passage table
    (nothing lost), then the EPCI built from the communes and scored on EPCI units."""
    from qgis.core import QgsVectorLayer

    from fragilite_numerique.core.readers import read_table
    from fragilite_numerique.core.tables import to_number
    from fragilite_numerique.gis import plugin_info

    data = plugin_info.EMBEDDED_DIR
    passage = str(data / "cog_passage_2018_2019_hdf.csv")
    arcep = data / "arcep_maconnexioninternet_communes_hdf_2019-09.csv"
    steps.start("Jointure ARCEP (codes 2018 → 2019)")
    result = processing.run("fragilite_numerique:join_tables", {
        "INPUT": communes_uri(), "CODE_FIELD": "code", "TABLE": str(arcep), "COLUMNS": "nbr, elig_thd1g",
        "COUNTS": "nbr, elig_thd1g", "PASSAGE": passage, "OUTPUT": str(files.arcep),
        "REPORT": str(files.out / "rapport_jointure_arcep.html")})
    joined = QgsVectorLayer(result["OUTPUT"], "arcep", "ogr")
    after = sum(f["nbr"] for f in joined.getFeatures() if f["nbr"])
    before = to_number(read_table(arcep)["nbr"])[0].sum()
    before_text, after_text = (f"{v:,.0f}".replace(",", "\u202f") for v in (before, after))
    print(f"  locaux : {before_text} avant, {after_text} après harmonisation")
    steps.done(result["OUTPUT"], result["REPORT"])
    libraries = data / "bibliotheques_publiques_hdf.csv"
    steps.start("Jointure des bibliothèques (codes 2018, une ligne par bibliothèque, sommées par commune)")
    result = processing.run("fragilite_numerique:join_tables", {
        "INPUT": communes_uri(), "CODE_FIELD": "code", "TABLE": str(libraries), "TABLE_CODE": "INSEE",
        "COLUMNS": "surface", "COUNTS": "surface", "SUM_DUPLICATES": True, "PASSAGE": passage,
        "OUTPUT": str(files.libraries), "REPORT": str(files.out / "rapport_jointure_bibliotheques.html")})
    joined = QgsVectorLayer(result["OUTPUT"], "bib", "ogr")
    counted = sum(f["n_rows"] for f in joined.getFeatures() if f["n_rows"])
    print(f"  {len(read_table(libraries))} bibliothèques lues, {counted:.0f} rattachées à une commune 2021")
    steps.done(result["OUTPUT"], result["REPORT"])
    steps.start("EPCI agrégés à partir des communes, puis indice sur les 92 EPCI (référence : tous les EPCI)")
    epci = processing.run("fragilite_numerique:aggregate_units", {
        "INPUT": communes_uri(), "CODE_FIELD": "code", "LEVEL": 0, "UNIT_FIELD": "epci", "NAME_FIELD": "epci_nom",
        "OUTPUT": str(files.epci_units)})
    # The EPCI layer keeps its communes' polygons: their access times are averaged by population.
    scored = processing.run("fragilite_numerique:compute_index", {
        "INPUT": epci["OUTPUT"], "CODE_FIELD": "code", "DEP_FIELD": "dep", "UNIT_LEVEL": 1,
        "OUTPUT": str(files.epci)})
    steps.done(epci["OUTPUT"], scored["OUTPUT"])


def diagnostics_step(processing, files: Outputs, steps: Steps) -> None:
    """La MedNum 2019 next to the regional method, diagnostics report, rank stability, comparison."""
    from fragilite_numerique.gis import plugin_info

    base = {"INPUT": communes_uri(), "CODE_FIELD": "code", "EPCI_FIELD": "epci", "DEP_FIELD": "dep"}
    steps.start("La MedNum 2019 (base 100)")
    mednum = processing.run("fragilite_numerique:compute_index", dict(
        base, METHOD=str(plugin_info.METHODS_DIR / "mednum_2019.json"),
        BINDING=str(plugin_info.EMBEDDED_DIR / "binding_mednum_2019.json"), OUTPUT=str(files.mednum)))["OUTPUT"]
    steps.done(mednum)
    steps.start("Diagnostic de la méthode, stabilité du classement (1 000 tirages), comparaison des classements")
    diagnostics = processing.run("fragilite_numerique:diagnostics_report", {
        "INPUT": files.uri(files.index), "OUTPUT": str(files.out / "diagnostic_hdf_2021.html")})
    stability = processing.run("fragilite_numerique:rank_stability", dict(
        base, RUNS=1000, SEED=2021, NAME_FIELD="nom", OUTPUT=str(files.stability),
        REPORT=str(files.out / "stabilite_classement_hdf_2021.html")))
    comparison = processing.run("fragilite_numerique:compare_runs", {
        "RUN_A": files.uri(files.index), "RUN_B": mednum, "OUTPUT": str(files.comparison)})
    steps.done(diagnostics["OUTPUT"], diagnostics["MARKDOWN"], stability["OUTPUT"], stability["REPORT"],
               comparison["OUTPUT"])


def project_layers(files: Outputs, method, names: list, typology_names: list) -> list:
    """Every output layer of the demo in French-named groups; the communes' index shown on opening."""
    from fragilite_numerique.gis.project import OutputLayer
    from fragilite_numerique.gis.styles import indicator_specs, typology_specs

    main = f"Indice de fragilité numérique – {TERRITORY}, méthode {method.label}"
    others = "Autres méthodes et fiabilité du classement"
    prepared = "Données préparées (jointures, EPCI)"
    indicators = [s.name for s in indicator_specs(method, names)]
    typologies = [s.name for s in typology_specs(typology_names)]
    return [
        OutputLayer(files.uri(files.index), "Communes – indice, axes et sous-indices", main, visible=True,
                    themes=indicators, style=indicators[0]),
        OutputLayer(files.uri(files.typologies), "Communes – typologies", main, themes=typologies,
                    style=typologies[0]),
        OutputLayer(files.uri(files.epci), "EPCI – indice, axes et sous-indices", main),
        OutputLayer(files.uri(files.access, "temps_acces"), "Communes – temps d'accès aux équipements (min)", main),
        OutputLayer(files.uri(files.mednum), "Communes – indice La MedNum 2019 (base 100)", others),
        OutputLayer(files.uri(files.stability, "stabilite_classement"),
                    "Communes – stabilité du classement (1 000 tirages)", others),
        OutputLayer(files.uri(files.comparison, "comparaison"),
                    "Communes – comparaison Hauts-de-France 2021 / La MedNum 2019", others),
        OutputLayer(files.uri(files.epci_units, "epci"), "EPCI agrégés à partir des communes", prepared),
        OutputLayer(files.uri(files.arcep, "jointure"), "Communes + ARCEP 2019 (codes 2018 harmonisés)",
                    prepared),
        OutputLayer(files.uri(files.libraries, "jointure"),
                    "Communes + bibliothèques publiques (codes 2018 harmonisés)", prepared),
    ]


def maps_step(project, layers: dict, files: Outputs, record: dict, method, steps: Steps) -> None:
    """A PNG per indicator and typology, each from a layout kept in the project, and the four axes
    side by side; the composite map is ``carte_ifn.png``."""
    from fragilite_numerique.gis.board import side_by_side_layout
    from fragilite_numerique.gis.indicator_maps import classification_text, export_indicator_maps, keep_in_project
    from fragilite_numerique.gis.page_text import source_names
    from fragilite_numerique.gis.project import map_sources
    from fragilite_numerique.gis.render import export_png
    from fragilite_numerique.gis.styles import indicator_specs, typology_specs

    steps.start("Cartes des indicateurs et des typologies")
    index, typologies = layers["Communes – indice, axes et sous-indices"], layers["Communes – typologies"]
    specs = indicator_specs(method, [f.name() for f in index.fields()])
    specs[0] = replace(specs[0], title=f"Indice de fragilité numérique des communes des {TERRITORY}")
    subtitle = f"Communes des {TERRITORY} – méthode {method.label}"
    sources = map_sources(record, method)
    classes = classification_text("jenks", 5)
    pngs = export_indicator_maps(project, index, specs, method, files.out, subtitle, sources, classes)
    pngs += export_indicator_maps(project, typologies, typology_specs([f.name() for f in typologies.fields()]),
                                  method, files.out, subtitle, sources)
    axes = [s for s in specs if s.field.startswith("ifn_ax")]
    board = side_by_side_layout(project, index, axes, f"Les quatre axes de la fragilité numérique – {TERRITORY}",
                                f"Méthode {method.label} – {classes}. Sources : {' ; '.join(source_names(record))}. "
                                f"Plugin Fragilité numérique {record.get('plugin_version', '')}.")
    keep_in_project(project, board)
    export_png(board, str(files.out / "planche_axes.png"))
    maps = [
        ("carte_stabilite_classement.png", files.uri(files.stability, "stabilite_classement"),
         f"Stabilité du classement des communes des {TERRITORY}",
         f"Méthode {method.label} – largeur de l'intervalle de rang 5-95 % en part du classement, 1 000 tirages "
         "(poids, normalisation, valeurs manquantes)", "Stabilité du classement"),
        ("carte_comparaison_hdf_mednum.png", files.uri(files.comparison, "comparaison"),
         f"Du classement {method.label} au classement La MedNum 2019",
         "Places gagnées vers les plus fragiles avec La MedNum 2019 (rouge = plus fragile avec La MedNum 2019)",
         "Évolution du rang"),
    ]
    from fragilite_numerique.gis.diagnostic_maps import export_layer_map

    for name, uri, title, subtitle_text, legend in maps:
        pngs.append(export_layer_map(uri, str(files.out / name), title, subtitle_text, legend, sources))
    steps.done(*pngs, files.out / "planche_axes.png", files.out / "legende_typologie_3x3.svg")


def export_atlas(processing, files: Outputs, kind: str) -> str:
    """The EPCI atlas (one page per EPCI, EPCI scored on EPCI units) or the fiches of one EPCI's communes."""
    uri = files.uri(files.typologies)
    if kind == "epci":
        result = processing.run("fragilite_numerique:export_atlas", {
            "INPUT": uri, "KIND": 0, "EXISTING": 1, "EPCI_LAYER": files.uri(files.epci), "DPI": 110,
            "OUTPUT": str(files.out / "atlas_epci.pdf")})
    else:
        result = processing.run("fragilite_numerique:export_atlas", {
            "INPUT": uri, "KIND": 1, "EXISTING": 1, "FILTER": f"\"epci\" = '{DEMO_EPCI}'", "DPI": 110,
            "OUTPUT": str(files.out / f"fiches_communes_{DEMO_EPCI}.pdf")})
    return f"{result['OUTPUT']} ({result['PAGES']} pages)"


class AtlasProcess:
    """Atlas pages printed by another QGIS process while this one makes the other outputs.

    Printing the 140 pages is the longest step of the demo and needs only the scored layers: the
    two atlases are printed beside the main process, so on two cores they add little wall time."""

    def __init__(self, files: Outputs, kind: str) -> None:
        self.started = time.time()
        self.process = subprocess.Popen([sys.executable, __file__, "--output", str(files.out), "--atlas-only", kind],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def wait(self) -> list:
        output, _ = self.process.communicate()
        if self.process.returncode != 0:
            raise RuntimeError(f"the atlas export failed:\n{output}")
        return [line for line in output.splitlines() if line.startswith("/")]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def atlas_step(processing, project, layers: dict, files: Outputs, steps: Steps, printing: list) -> None:
    """The atlas pages (from the second process), the tables for spreadsheets, and the atlas
    layouts, editable, in the project."""
    from fragilite_numerique.gis.atlas_export import add_atlas_layouts

    steps.start("Tables pour tableur (CSV pour Excel français, XLSX)")
    uri = files.uri(files.typologies)
    written = []
    for suffix in (".csv", ".xlsx"):
        result = processing.run("fragilite_numerique:export_table", {
            "INPUT": uri, "EXISTING": 1, "OUTPUT": str(files.out / f"fragilite_numerique_hdf_2021{suffix}")})
        written += result["FILES"].split(";")
    steps.done(*written)
    add_atlas_layouts(project, layers["Communes – typologies"], epci_layer=layers["EPCI – indice, axes et sous-indices"],
                      overwrite=True)
    print("Atlas des EPCI (92 pages) et fiches des communes d'un EPCI (imprimés en parallèle) …", flush=True)
    pages = [line for process in printing for line in process.wait()]
    steps.last = min(process.started for process in printing)
    steps.done(*pages)


def project_step(processing, files: Outputs, steps: Steps, printing: list) -> None:
    """The QGIS project: every output in its group, the maps' and atlas layouts, metadata; then the maps."""
    from qgis.core import QgsProject, QgsVectorLayer

    from fragilite_numerique.core.method import method_from_dict
    from fragilite_numerique.gis.project import PROJECT_NAME, add_outputs, describe_project, save_project
    from fragilite_numerique.gis.scoring import read_provenance

    record = read_provenance(str(files.index))
    method = method_from_dict(record["method"])
    project = QgsProject.instance()
    names = [f.name() for f in QgsVectorLayer(files.uri(files.index), "i", "ogr").fields()]
    typology_names = [f.name() for f in QgsVectorLayer(files.uri(files.typologies), "t", "ogr").fields()]
    layers = add_outputs(project, project_layers(files, method, names, typology_names))
    maps_step(project, layers, files, record, method, steps)
    atlas_step(processing, project, layers, files, steps, printing)
    index = layers["Communes – indice, axes et sous-indices"]
    describe_project(project, f"Indice de fragilité numérique – {TERRITORY} – méthode {method.label}", record,
                     index.extent(), index.crs())
    path = save_project(project, str(files.out / PROJECT_NAME))
    layouts = ", ".join(layout.name() for layout in project.layoutManager().layouts())
    print(f"  → {path} (mises en page : {layouts})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default="output")
    parser.add_argument("--atlas-only", choices=("epci", "fiches"), help="only print these atlas pages (a process "
                                                                           "the demo starts)")
    args = parser.parse_args()
    out = Path(args.output).resolve()
    out.mkdir(parents=True, exist_ok=True)
    app, _plugin = start_qgis()
    from qgis import processing
    from qgis.core import QgsProject

    files, steps = Outputs(out), Steps()
    if args.atlas_only:
        print(export_atlas(processing, files, args.atlas_only))
        app.exitQgis()
        return 0
    index_step(processing, files, steps)
    access_step(processing, files, steps)
    typologies_step(processing, files, steps)
    printing = [AtlasProcess(files, "fiches")]      # the typology layer it prints exists from here
    try:
        source_tables_step(processing, files, steps)
        printing.insert(0, AtlasProcess(files, "epci"))  # and the EPCI layer from here
        diagnostics_step(processing, files, steps)
        project_step(processing, files, steps, printing)
    finally:
        for process in printing:
            process.stop()
    print(f"Terminé en {time.time() - steps.started:.1f} s.")
    QgsProject.instance().clear()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
