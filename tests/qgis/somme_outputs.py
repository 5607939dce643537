"""The communes of the Somme and their EPCI, built once per test session (one department keeps the
tests that need a whole chain of outputs short)."""

from __future__ import annotations

from pathlib import Path

from conftest import COMMUNES_GPKG, ensure_provider

_CACHE: dict = {}


def somme_outputs(tmp_path_factory) -> tuple:
    """(folder, commune layer URI, EPCI layer URI built by "Aggregate by EPCI or department")."""
    if "outputs" not in _CACHE:
        from qgis import processing

        ensure_provider()
        folder = Path(tmp_path_factory.mktemp("somme"))
        communes = processing.run("native:extractbyattribute", {
            "INPUT": f"{COMMUNES_GPKG}|layername=communes", "FIELD": "dep", "OPERATOR": 0, "VALUE": "80",
            "OUTPUT": str(folder / "communes_80.gpkg")})["OUTPUT"]
        epci = processing.run("fragilite_numerique:aggregate_units", {
            "INPUT": communes, "CODE_FIELD": "code", "LEVEL": 0, "UNIT_FIELD": "epci", "NAME_FIELD": "epci_nom",
            "OUTPUT": str(folder / "epci_80.gpkg")})["OUTPUT"]
        _CACHE["outputs"] = (folder, communes, epci)
    return _CACHE["outputs"]
