"""Facts about the installed plugin read from its files (version, paths)."""

from __future__ import annotations

import configparser
from functools import lru_cache
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parents[1]
RESOURCES = PLUGIN_DIR / "resources"
METHODS_DIR = RESOURCES / "methods"
EMBEDDED_DIR = RESOURCES / "data" / "hdf"
DEFAULT_METHOD = METHODS_DIR / "hdf_2021.json"
EMBEDDED_BINDING = EMBEDDED_DIR / "binding_hdf_2021.json"
EMBEDDED_COMMUNES = EMBEDDED_DIR / "communes_hdf_2021.gpkg"
ICON = RESOURCES / "icons" / "icon.svg"


@lru_cache(maxsize=1)
def metadata() -> dict:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def version() -> str:
    return metadata().get("version", "0")
