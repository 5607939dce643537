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
    access_times(out)
    written = build_demo_project(QgsProject.instance(), result["OUTPUT"], out)
    for path in written:
        print(f"  → {path}")
    print(f"Terminé en {time.time() - started:.1f} s.")
    QgsProject.instance().clear()
    app.exitQgis()
    return 0


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
