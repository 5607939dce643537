"""A binding being edited in the dock: statuses and columns changed, tables added, then saved.

The draft keeps the binding file's dictionary and validates it with ``binding_from_dict`` after
every change, so what the user builds is always a binding the engine accepts. Table paths are
rebased when the draft is written elsewhere, so it still finds its tables.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Optional

from .binding import PROJECT_PREFIX, Binding, binding_from_dict
from .errors import BindingError, CONTEXT, QT_TRANSLATE_NOOP as _N
from .method import Method
from .proposals import binding_with_proposals

_SOURCE_KEYS = ("table", "column", "numerator", "denominator", "scale")


class BindingDraft:
    def __init__(self, raw: dict, base_dir: Path, method: Method, source: str = "<binding>") -> None:
        self.raw = json.loads(json.dumps(raw))
        self.base_dir = Path(base_dir)
        self.method = method
        self.source = source
        self.modified = False
        self.binding = binding_from_dict(self.raw, self.base_dir, source, method)
        self._original = json.loads(json.dumps(self.raw.get("variables", {})))

    @classmethod
    def of(cls, binding: Binding, method: Method) -> "BindingDraft":
        return cls(binding.raw, binding.base_dir, method, binding.source)

    def _apply(self, raw: dict) -> None:
        self.binding = binding_from_dict(raw, self.base_dir, self.source, self.method)
        self.raw = raw
        self.modified = True

    def _copy(self) -> dict:
        return json.loads(json.dumps(self.raw))

    def status(self, leaf: str) -> str:
        return self.binding.of(leaf).status

    def source_text(self, leaf: str) -> str:
        bound = self.binding.of(leaf)
        return bound.source.describe() if bound.source is not None else ""

    def set_status(self, leaf: str, status: str) -> None:
        raw = self._copy()
        spec = raw.setdefault("variables", {}).setdefault(leaf, {"status": "absent"})
        if status != "absent" and not ("table" in spec and ("column" in spec or "numerator" in spec)):
            original = self._original.get(leaf, {})
            if "table" in original:
                spec.update({k: original[k] for k in _SOURCE_KEYS if k in original})
            else:
                raise BindingError(_N(CONTEXT, "Variable '{variable}' has no column yet: choose its table and "
                                               "column before marking it real or proxy."), variable=leaf)
        spec["status"] = status
        self._apply(raw)

    def set_column(self, leaf: str, table: str, column: str) -> None:
        """Bind ``leaf`` to one column; an absent variable becomes real, a proxy stays a proxy."""
        raw = self._copy()
        spec = raw.setdefault("variables", {}).setdefault(leaf, {"status": "absent"})
        for key in (*_SOURCE_KEYS, "parent", "note", "access"):
            spec.pop(key, None)
        spec.update({"table": table, "column": column})
        if spec.get("status", "absent") == "absent":
            spec["status"] = "real"
        year = raw.get("tables", {}).get(table, {}).get("year")
        if year is not None:
            spec["year"] = year
        else:
            spec.pop("year", None)
        self._apply(raw)

    def add_table(self, path: str, code_column: str, level: str = "commune", source: str = "",
                  year: Optional[int] = None, sheet: Optional[str] = None) -> str:
        """Declare a new table; returns its id, made from the file (or sheet, or layer) name.

        ``path``: a file (made absolute) or ``project:<layer name>``, a layer of the QGIS project;
        ``sheet``: the sheet of a workbook or the table of a GeoPackage.
        """
        raw = self._copy()
        tables = raw.setdefault("tables", {})
        in_project = path.startswith(PROJECT_PREFIX)
        name = path[len(PROJECT_PREFIX):] if in_project else (sheet or Path(path).stem)
        stem = re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_") or "table"
        table_id, n = stem, 2
        while table_id in tables:
            table_id, n = f"{stem}_{n}", n + 1
        spec = {"path": path if in_project else str(Path(path).resolve()), "code": code_column, "level": level,
                "source": source or (name if in_project else Path(path).name)}
        if sheet:
            spec["sheet"] = spec["layer"] = sheet     # a workbook reads 'sheet', a GeoPackage 'layer'
        if year is not None:
            spec["year"] = year
        tables[table_id] = spec
        self._apply(raw)
        return table_id

    def accept(self, proposals: dict) -> None:
        """Bind the variables to the proposals the user accepted (``leaf -> core.proposals.Proposal``)."""
        self._apply(binding_with_proposals(self._copy(), proposals, replace_bound=True))

    def table_path(self, table_id: str) -> Path:
        return self.binding.table_path(table_id)

    def rebased(self, target_dir: Path) -> dict:
        """The dictionary with table and passage paths valid from ``target_dir``."""
        raw = self._copy()
        specs = [spec for section in ("tables", "passages", "equipment") for spec in (raw.get(section) or {}).values()]
        network = (raw.get("access_parameters") or {}).get("network")
        if isinstance(network, dict):
            specs.append(network)
        for spec in specs:
            if not isinstance(spec, dict) or not isinstance(spec.get("path"), str) or \
                    spec["path"].startswith(PROJECT_PREFIX):
                continue  # "project:<layer>" names a project layer, not a file
            absolute = Path(spec["path"]) if Path(spec["path"]).is_absolute() else self.base_dir / spec["path"]
            absolute = Path(os.path.normpath(absolute))
            try:
                spec["path"] = absolute.relative_to(Path(target_dir).resolve()).as_posix()
            except ValueError:
                spec["path"] = str(absolute)
        return raw

    def to_json(self, target_dir: Path) -> str:
        return json.dumps(self.rebased(target_dir), ensure_ascii=False, indent=2) + "\n"
