"""The QGIS project of a run: the output layer in a named group, saved with relative paths."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N
from ..core.provenance import METADATA_TABLE
from .render import export_png, map_layout
from .scoring import read_provenance

PROJECT_NAME = "fragilite_numerique_hdf.qgz"


def add_output_layer(project: QgsProject, uri: str, group_name: str, layer_name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, layer_name, "ogr")
    if not layer.isValid():
        raise DataError(_N(CONTEXT, "Cannot open {file} as a vector layer."), file=uri)
    project.addMapLayer(layer, False)
    root = project.layerTreeRoot()
    group = root.findGroup(group_name) or root.insertGroup(0, group_name)
    group.addLayer(layer)
    return layer


def sources_text(record: dict) -> str:
    lines = [f"Méthode : {record.get('method_label', '')}"]
    for source in record.get("sources", []):
        year = f" ({source['year']})" if source.get("year") else ""
        lines.append(f"{source.get('source') or source.get('file')}{year}")
    if record.get("proxies"):
        lines.append("Variables approchées : " + ", ".join(p["variable"] for p in record["proxies"]))
    if record.get("absents"):
        lines.append("Variables absentes : " + ", ".join(a["variable"] for a in record["absents"]))
    lines.append(f"Plugin Fragilité numérique {record.get('plugin_version', '')}, {record.get('date', '')[:10]}")
    return "\n".join(lines)


def build_demo_project(project: QgsProject, uri: str, out: Path) -> list:
    path = uri.split("|")[0]
    record = read_provenance(path)
    method_label = record.get("method_label", "")
    group_name = f"Hauts-de-France – méthode {method_label}"
    layer = add_output_layer(project, uri, group_name, "Indice de fragilité numérique")
    project.setTitle(f"Indice de fragilité numérique – {group_name}")
    project.setCrs(layer.crs())
    project.writeEntry("Paths", "/Absolute", False)
    layout = map_layout(project, layer, "Indice de fragilité numérique des communes des Hauts-de-France",
                        f"Méthode {method_label} – 1 = commune la plus fragile de la région",
                        "Indice composite", sources_text(record), name="Carte de l'indice composite")
    project.layoutManager().addLayout(layout)
    png = out / "carte_ifn.png"
    export_png(layout, str(png))
    qgz = out / PROJECT_NAME
    if not project.write(str(qgz)):
        raise DataError(_N(CONTEXT, "Cannot write the project {file}."), file=str(qgz))
    return [str(png), str(qgz), f"{path} (table {METADATA_TABLE})"]
