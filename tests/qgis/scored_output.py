"""The index of the embedded communes, computed once per test session for the tests that read it."""

from __future__ import annotations

from pathlib import Path

from conftest import COMMUNES_GPKG, ensure_provider

_CACHE: dict = {}


def scored_gpkg(tmp_path_factory) -> Path:
    """A GeoPackage with layer ``fragilite_numerique`` (never modified by the tests that use it)."""
    if "path" not in _CACHE:
        from qgis import processing

        ensure_provider()
        path = Path(tmp_path_factory.mktemp("scored")) / "ifn.gpkg"
        processing.run("fragilite_numerique:compute_index", {
            "INPUT": f"{COMMUNES_GPKG}|layername=communes", "CODE_FIELD": "code", "EPCI_FIELD": "epci",
            "DEP_FIELD": "dep", "OUTPUT": str(path)})
        _CACHE["path"] = path
    return _CACHE["path"]
