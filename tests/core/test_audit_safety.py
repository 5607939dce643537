"""Safety (issue 9, item 4): method, binding and configuration files are data, never code, and no
shipped module runs a shell or evaluates text.

The source scan reads every shipped Python module (not tools/, bench/ or tests/, which do not
ship) and refuses calls that would turn a user's string into code or a command.
"""

from __future__ import annotations

import ast
import copy
import json
import os
from pathlib import Path

import pytest

from fragilite_numerique.core.binding import load_binding
from fragilite_numerique.core.errors import DataError, FragiliteError, MethodError
from fragilite_numerique.core.method import load_method
from fragilite_numerique.core.pipeline import Units, compute_index

from helpers import METHOD, binding_dict, units_frame, write_case

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("core", "gis", "algorithms", "ui", "plugin.py", "__init__.py")
CODE_CALLS = {"eval", "exec", "compile", "__import__", "input", "breakpoint"}
SHELL_CALLS = {("os", "system"), ("os", "popen"), ("os", "startfile")}
SHELL_PREFIXES = ("execv", "execl", "spawn", "posix_spawn")
FORBIDDEN_MODULES = {"subprocess", "pickle", "marshal", "shelve", "yaml", "ctypes", "pty", "commands"}
PAYLOAD = "__import__('os').system('touch pwned')"


def shipped_modules() -> list:
    files = []
    for entry in SHIPPED:
        path = ROOT / entry
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def unsafe_calls(source: str, name: str) -> list:
    """Each call or import in ``source`` that could run a user's string as code or a command."""
    found = []
    for node in ast.walk(ast.parse(source, filename=name)):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in CODE_CALLS:
                found.append(f"{name}:{node.lineno}: {func.id}()")
            elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                pair = (func.value.id, func.attr)
                if pair in SHELL_CALLS or (func.value.id == "os" and func.attr.startswith(SHELL_PREFIXES)):
                    found.append(f"{name}:{node.lineno}: {'.'.join(pair)}()")
            if isinstance(func, ast.Name) and func.id == "QProcess" or \
                    isinstance(func, ast.Attribute) and func.attr == "QProcess":
                found.append(f"{name}:{node.lineno}: QProcess")
        elif isinstance(node, ast.Import):
            found += [f"{name}:{node.lineno}: import {a.name}" for a in node.names
                      if a.name.split(".")[0] in FORBIDDEN_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in FORBIDDEN_MODULES:
            found.append(f"{name}:{node.lineno}: from {node.module}")
    return found


def test_the_scan_recognises_what_it_refuses():
    snippet = ("import subprocess\nfrom pickle import loads\nimport os\n"
               "eval(x)\nos.system(cmd)\nos.execvp('a', [])\nexec(y)\nQProcess().start(z)\n")
    assert len(unsafe_calls(snippet, "x.py")) == 7     # every line but "import os"
    assert unsafe_calls("re.compile(r'x')\nlayer.evaluate()\nos.path.join(a, b)\n", "ok.py") == []


def test_no_shipped_module_evaluates_text_or_runs_a_shell():
    modules = shipped_modules()
    assert len(modules) > 50, "the scan found no sources: check SHIPPED"
    found = [hit for path in modules for hit in unsafe_calls(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert found == []


def test_a_method_file_is_data_only(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    method = copy.deepcopy(METHOD)
    method["label"] = PAYLOAD
    method["axes"][0]["variables"][0]["label"] = PAYLOAD
    method_path, _ = write_case(tmp_path, method=method)
    loaded = load_method(method_path)
    assert loaded.label == PAYLOAD and loaded.axes[0].variables[0].label == PAYLOAD   # text, kept as text
    method["normalisation"] = {"method": PAYLOAD}
    method_path.write_text(json.dumps(method), encoding="utf-8")
    with pytest.raises(MethodError) as error:
        load_method(method_path)
    assert "normalisation.method" in str(error.value) and "method.json" in str(error.value)
    # a Python literal instead of JSON is refused, never evaluated
    method_path.write_text(repr({"format": "fragilite_numerique.method", "id": PAYLOAD}), encoding="utf-8")
    with pytest.raises(MethodError, match="invalid JSON at line 1"):
        load_method(method_path)
    assert not (tmp_path / "pwned").exists() and "pwned" not in os.listdir(tmp_path)


def test_a_binding_column_is_a_name_not_code(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    binding = binding_dict(v1={"status": "real", "table": "t1", "column": PAYLOAD})
    method_path, binding_path = write_case(tmp_path, binding=binding)
    method = load_method(method_path)
    loaded = load_binding(binding_path, method)
    assert loaded.of("v1").source.column == PAYLOAD
    units = Units.from_frame(units_frame(), "code", {"epci": "epci", "dep": "dep"})
    with pytest.raises(DataError) as error:
        compute_index(units, method, loaded)
    assert "t1.csv" in str(error.value) and PAYLOAD in str(error.value)
    assert not (tmp_path / "pwned").exists()


def test_a_binding_path_outside_its_folder_is_resolved_and_checked(tmp_path):
    binding = binding_dict()
    binding["tables"]["t1"]["path"] = "../ailleurs/t1.csv"
    method_path, binding_path = write_case(tmp_path, binding=binding)
    with pytest.raises(FragiliteError) as error:
        compute_index(Units.from_frame(units_frame(), "code", {"epci": "epci", "dep": "dep"}),
                      load_method(method_path), load_binding(binding_path, load_method(method_path)))
    message = str(error.value)
    assert "binding.json" in message and "tables.t1.path" in message and "ailleurs" in message
    assert "does not exist" in message
