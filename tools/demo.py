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


def use_french():
    """The demo's maps, legends and labels are for French readers: load the French catalogue first."""
    from fragilite_numerique.plugin import install_translator

    return install_translator("fr")


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

    _translator = use_french()

    gpkg = out / "fragilite_numerique_hdf_2021.gpkg"
    print(f"Calcul de l'indice sur {plugin_info.EMBEDDED_COMMUNES.name} …")
    result = processing.run("fragilite_numerique:compute_index", {
        "INPUT": f"{plugin_info.EMBEDDED_COMMUNES}|layername=communes",
        "CODE_FIELD": "code", "EPCI_FIELD": "epci", "DEP_FIELD": "dep",
        "OUTPUT": str(gpkg),
    })
    print(f"  → {result['OUTPUT']}")
    written = build_demo_project(QgsProject.instance(), result["OUTPUT"], out)
    written += maps_step(out, result["OUTPUT"])
    for path in written:
        print(f"  → {path}")
    print(f"Terminé en {time.time() - started:.1f} s.")
    QgsProject.instance().clear()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
