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
    written = build_demo_project(QgsProject.instance(), result["OUTPUT"], out)
    for path in written:
        print(f"  → {path}")
    atlas_and_exports(out, result["OUTPUT"])
    print(f"Terminé en {time.time() - started:.1f} s.")
    QgsProject.instance().clear()
    app.exitQgis()
    return 0


DEMO_EPCI = "200071785"   # CA Chauny Tergnier La Fère (48 communes): the fiches shown by the demo


def atlas_and_exports(out: Path, uri: str) -> None:
    """The EPCI atlas (one page per EPCI), the fiches of one EPCI's communes, the tables for
    spreadsheets, and the editable layouts added to the demo project."""
    from qgis import processing
    from qgis.core import QgsProject

    from fragilite_numerique.gis.atlas_export import add_atlas_layouts
    from fragilite_numerique.gis.project import PROJECT_NAME

    started = time.time()
    print("Atlas des EPCI …")
    result = processing.run("fragilite_numerique:export_atlas", {
        "INPUT": uri, "KIND": 0, "EXISTING": 1, "OUTPUT": str(out / "atlas_epci.pdf")})
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
