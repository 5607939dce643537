"""Small hand-made methods, tables and bindings for core tests."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

TABLE = (
    "code;v1;num;den;v3\n"
    "59001;10;50;100;1\n"
    "59002;20;25;100;2\n"
    "59003;s;10;50;3\n"
    "62001;40;0;0;5\n"
)

METHOD = {
    "format": "fragilite_numerique.method", "id": "small", "label": "Small",
    "groups": {"P": {"id": "pub", "label": "Publics"}, "A": {"id": "amg", "label": "Aménagement"}},
    "axes": [
        {"id": "ax1", "label": "Axe 1", "variables": [
            {"id": "v1", "label": "V1", "sense": "+", "group": "P", "unit": "%"},
            {"id": "v2", "label": "V2", "sense": "-", "group": "A", "unit": "%"}]},
        {"id": "ax2", "label": "Axe 2", "variables": [
            {"id": "v3", "label": "V3", "sense": "+", "group": "P", "unit": "%"}]},
    ],
}


def binding_dict(**variables) -> dict:
    base = {
        "format": "fragilite_numerique.binding", "label": "small",
        "tables": {"t1": {"path": "t1.csv", "code": "code", "level": "commune"}},
        "variables": {
            "v1": {"status": "real", "table": "t1", "column": "v1"},
            "v2": {"status": "real", "table": "t1", "numerator": "num", "denominator": "den", "scale": 100},
            "v3": {"status": "real", "table": "t1", "column": "v3"},
        },
    }
    base["variables"].update(variables)
    return base


def units_frame() -> pd.DataFrame:
    return pd.DataFrame({"code": ["59001", "59002", "59003", "62001"],
                         "epci": ["200000001", "200000001", "200000001", "200000002"],
                         "dep": ["59", "59", "59", "62"]})


def write_case(folder: Path, method: dict = None, binding: dict = None, table: str = TABLE,
               extra_files: dict = None) -> tuple:
    (folder / "t1.csv").write_text(table, encoding="utf-8")
    for name, text in (extra_files or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    method_path = folder / "method.json"
    method_path.write_text(json.dumps(method or METHOD), encoding="utf-8")
    binding_path = folder / "binding.json"
    binding_path.write_text(json.dumps(binding or binding_dict()), encoding="utf-8")
    return method_path, binding_path
