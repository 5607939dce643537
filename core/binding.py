"""The binding: which table and column feed each variable of a method.

A binding file lists the tables (path relative to the binding file, code
column, geographic level, COG vintage, year, source, licence) and, for each
leaf variable of the method, its source and status: ``real``, ``proxy``
(the closest open variable, always reported as such) or ``absent``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Optional

from .access_spec import AccessSettings, parse_access, parse_equipment, parse_parameters
from .errors import BindingError, CONTEXT, QT_TRANSLATE_NOOP as _N
from .jsonfile import read_json_file
from .method import Method

BINDING_FORMAT = "fragilite_numerique.binding"
STATUSES = ("real", "proxy", "absent")
LEVELS = ("commune", "epci", "dep", "iris")
PROJECT_PREFIX = "project:"          # a table path naming a layer of the QGIS project
FOLDER_DATASETS = (".gdb",)          # datasets that are folders (ESRI file geodatabase)

_TOP_KEYS = {"format", "format_version", "label", "description", "method", "cog", "tables", "passages",
             "population", "variables", "equipment", "access_parameters"}
_TABLE_KEYS = {"path", "code", "level", "cog", "year", "source", "licence", "passage", "layer", "sheet",
               "description", "duplicates", "counts", "weight"}
DUPLICATES = ("error", "sum")
_PASSAGE_KEYS = {"path", "old", "new", "description"}
_VAR_KEYS = {"status", "table", "column", "numerator", "denominator", "scale", "year", "note", "parent",
             "access"}
_PARENT_KEYS = {"table", "column", "numerator", "denominator", "scale"}


@dataclass(frozen=True)
class TableSpec:
    id: str
    path: str
    code: str
    level: str = "commune"
    cog: Optional[int] = None
    year: Optional[int] = None
    source: str = ""
    licence: str = ""
    passage: Optional[str] = None
    layer: Optional[str] = None
    sheet: Optional[str] = None
    duplicates: str = "error"            # "sum": rows sharing a code are merged (counts summed)
    counts: tuple = ()                   # columns that are counts (summed when rows are merged)
    weight: Optional[str] = None         # column weighting the other values when rows are merged


@dataclass(frozen=True)
class PassageSpec:
    id: str
    path: str
    old: str
    new: str


def parse_terms(value) -> tuple:
    """A numerator or denominator: a column, or a list of columns summed ('-' before a name subtracts)."""
    items = [value] if isinstance(value, str) else list(value or ())
    return tuple((-1, item[1:].strip()) if item.startswith("-") else (1, item.strip()) for item in items)


def terms_text(terms: tuple) -> str:
    text = " ".join(("- " if sign < 0 else "+ ") + column for sign, column in terms)
    return text[2:] if text.startswith("+ ") else text


@dataclass(frozen=True)
class ValueSource:
    """A column, or a numerator / denominator pair (× scale), of one table.

    A numerator or denominator may be a sum of columns (``numerator_terms``: (sign, column)
    pairs); ``numerator`` is then its text, e.g. ``P17_RP - P17_RP_VOIT1P``.
    """

    table: str
    column: Optional[str] = None
    numerator: Optional[str] = None
    denominator: Optional[str] = None
    scale: float = 1.0
    numerator_terms: tuple = ()
    denominator_terms: tuple = ()

    def __post_init__(self) -> None:
        if self.numerator is not None and not self.numerator_terms:
            object.__setattr__(self, "numerator_terms", ((1, self.numerator),))
        if self.denominator is not None and not self.denominator_terms:
            object.__setattr__(self, "denominator_terms", ((1, self.denominator),))

    @property
    def is_ratio(self) -> bool:
        return self.numerator is not None

    @property
    def columns(self) -> tuple[str, ...]:
        if not self.is_ratio:
            return (self.column,)
        names = [c for _s, c in self.numerator_terms + self.denominator_terms]
        return tuple(dict.fromkeys(names))

    def describe(self) -> str:
        if self.is_ratio:
            scale = f" × {self.scale:g}" if self.scale != 1 else ""
            return f"{self.table}: {self.numerator} / {self.denominator}{scale}"
        return f"{self.table}: {self.column}"


@dataclass(frozen=True)
class VariableBinding:
    leaf: str
    status: str
    source: Optional[ValueSource] = None
    year: Optional[int] = None
    note: str = ""
    parents: dict = field(default_factory=dict)   # level -> ValueSource
    access: Optional[object] = None               # core.access_spec.AccessSpec: a computed access time


@dataclass(frozen=True)
class Binding:
    label: str
    tables: dict
    variables: dict
    passages: dict = field(default_factory=dict)
    population: Optional[ValueSource] = None
    cog: Optional[int] = None
    method: Optional[str] = None
    base_dir: Path = Path(".")
    source: str = "<binding>"
    raw: dict = field(default_factory=dict, compare=False, repr=False)
    equipment: dict = field(default_factory=dict)            # id -> core.access_spec.EquipmentSpec
    access: AccessSettings = field(default_factory=AccessSettings)

    def resolve(self, path: str) -> Path:
        """A path of the binding (table, equipment, network), relative to the binding file."""
        resolved = Path(path)
        return resolved if resolved.is_absolute() else self.base_dir / resolved

    def checked_path(self, key: str, path: str) -> Path:
        """A file the binding names under ``key``, relative to its folder; it must exist and be a file."""
        resolved = self.resolve(path)
        if not resolved.exists():
            raise BindingError(_N(CONTEXT, "{file}: '{key}' names {path}, which does not exist; correct the path "
                                           "or put the file back."), file=self.source, key=key, path=str(resolved))
        if resolved.is_dir() and resolved.suffix.lower() not in FOLDER_DATASETS:
            raise BindingError(_N(CONTEXT, "{file}: '{key}' names the folder {path}, not a file; name the table "
                                           "file itself (paths are relative to the binding file's folder)."),
                               file=self.source, key=key, path=str(resolved))
        return resolved

    def table_path(self, table_id: str) -> Path:
        return self.resolve(self.tables[table_id].path)

    def table_file(self, table_id: str) -> Path:
        """The table's path, checked before it is read (a project layer is found by the reader)."""
        spec = self.tables[table_id]
        if spec.path.startswith(PROJECT_PREFIX):
            return self.resolve(spec.path)
        return self.checked_path(f"tables.{table_id}.path", spec.path)

    def passage_path(self, passage_id: str) -> Path:
        return self.checked_path(f"passages.{passage_id}.path", self.passages[passage_id].path)

    def of(self, leaf: str) -> VariableBinding:
        return self.variables.get(leaf, VariableBinding(leaf=leaf, status="absent",
                                                        note="not bound"))

    def to_dict(self) -> dict:
        return json.loads(json.dumps(self.raw))

    @property
    def access_leaves(self) -> list:
        return [leaf for leaf, bound in self.variables.items() if bound.access is not None]

    def without_access(self, note: str) -> "Binding":
        """A copy where every computed access time is absent (units where it cannot be computed)."""
        variables = {leaf: (replace(bound, status="absent", source=None, access=None, note=note)
                            if bound.access is not None else bound)
                     for leaf, bound in self.variables.items()}
        return replace(self, variables=variables)


def _fail(source: str, template: str, **params: Any) -> None:
    raise BindingError(template, file=source, **params)


def _check_keys(obj: Any, allowed: set, required: set, path: str, source: str) -> dict:
    if not isinstance(obj, dict):
        _fail(source, _N(CONTEXT, "{file}: '{key}' must be an object."), key=path)
    for key in obj:
        if key not in allowed:
            _fail(source, _N(CONTEXT, "{file}: unknown key '{key}' (allowed: {allowed})."),
                  key=f"{path}.{key}" if path else key, allowed=sorted(allowed))
    for key in required:
        if key not in obj:
            _fail(source, _N(CONTEXT, "{file}: missing key '{key}'."), key=f"{path}.{key}" if path else key)
    return obj


def _value_source(spec: dict, path: str, source: str, tables: dict, default_table: Optional[str] = None,
                  ) -> ValueSource:
    table = spec.get("table", default_table)
    if table not in tables:
        _fail(source, _N(CONTEXT, "{file}: '{key}' names table '{value}', which is not declared in "
                                  "'tables' ({choices})."), key=f"{path}.table", value=table,
              choices=sorted(tables))
    has_column = "column" in spec
    has_ratio = "numerator" in spec or "denominator" in spec
    if has_column == has_ratio:
        _fail(source, _N(CONTEXT, "{file}: '{key}' needs either 'column' or both 'numerator' and "
                                  "'denominator'."), key=path)
    if has_ratio and not ("numerator" in spec and "denominator" in spec):
        _fail(source, _N(CONTEXT, "{file}: '{key}' needs both 'numerator' and 'denominator'."), key=path)
    scale = spec.get("scale", 1.0)
    if isinstance(scale, bool) or not isinstance(scale, (int, float)) or scale <= 0:
        _fail(source, _N(CONTEXT, "{file}: '{key}' must be a positive number."), key=f"{path}.scale")
    if "column" in spec and (not isinstance(spec["column"], str) or not spec["column"]):
        _fail(source, _N(CONTEXT, "{file}: '{key}' must be a column name."), key=f"{path}.column")
    terms = {}
    for key in ("numerator", "denominator"):
        if key not in spec:
            continue
        value = spec[key]
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.lstrip("-").strip()
                                                              for n in names):
            _fail(source, _N(CONTEXT, "{file}: '{key}' must be a column name or a list of column names."),
                  key=f"{path}.{key}")
        terms[key] = parse_terms(value)
    if not terms:
        return ValueSource(table=table, column=spec.get("column"), scale=float(scale))
    return ValueSource(table=table, numerator=terms_text(terms["numerator"]),
                       denominator=terms_text(terms["denominator"]), scale=float(scale),
                       numerator_terms=terms["numerator"], denominator_terms=terms["denominator"])


def binding_from_dict(data: Any, base_dir: Path, source: str = "<binding>",
                      method: Optional[Method] = None) -> Binding:
    _check_keys(data, _TOP_KEYS, {"format", "tables", "variables"}, "", source)
    if data["format"] != BINDING_FORMAT:
        _fail(source, _N(CONTEXT, "{file}: 'format' must be \"{expected}\"."), expected=BINDING_FORMAT)
    passages = {}
    for pid, spec in (data.get("passages") or {}).items():
        _check_keys(spec, _PASSAGE_KEYS, {"path", "old", "new"}, f"passages.{pid}", source)
        passages[pid] = PassageSpec(id=pid, path=spec["path"], old=spec["old"], new=spec["new"])
    tables = {}
    if not isinstance(data["tables"], dict):
        _fail(source, _N(CONTEXT, "{file}: '{key}' must be an object."), key="tables")
    for tid, spec in data["tables"].items():
        path = f"tables.{tid}"
        _check_keys(spec, _TABLE_KEYS, {"path", "code"}, path, source)
        level = spec.get("level", "commune")
        if level not in LEVELS:
            _fail(source, _N(CONTEXT, "{file}: '{key}' = '{value}' is not one of {choices}."),
                  key=f"{path}.level", value=level, choices=list(LEVELS))
        passage = spec.get("passage")
        if passage is not None and passage not in passages:
            _fail(source, _N(CONTEXT, "{file}: '{key}' names passage '{value}', which is not declared in "
                                      "'passages'."), key=f"{path}.passage", value=passage)
        duplicates = spec.get("duplicates", "error")
        if duplicates not in DUPLICATES:
            _fail(source, _N(CONTEXT, "{file}: '{key}' = '{value}' is not one of {choices}."),
                  key=f"{path}.duplicates", value=duplicates, choices=list(DUPLICATES))
        counts = spec.get("counts", [])
        if not isinstance(counts, list) or not all(isinstance(c, str) and c for c in counts):
            _fail(source, _N(CONTEXT, "{file}: '{key}' must be a list of column names."), key=f"{path}.counts")
        tables[tid] = TableSpec(id=tid, path=spec["path"], code=spec["code"], level=level, cog=spec.get("cog"),
                                year=spec.get("year"), source=spec.get("source", ""),
                                licence=spec.get("licence", ""), passage=passage, layer=spec.get("layer"),
                                sheet=spec.get("sheet"), duplicates=duplicates, counts=tuple(counts),
                                weight=spec.get("weight"))
    population = None
    if data.get("population") is not None:
        population = _value_source(data["population"], "population", source, tables)
    equipment = parse_equipment(data.get("equipment"), source, passages, LEVELS)
    access = parse_parameters(data.get("access_parameters"), source)
    variables = {}
    if not isinstance(data["variables"], dict):
        _fail(source, _N(CONTEXT, "{file}: '{key}' must be an object."), key="variables")
    leaves = set(method.leaves) if method else None
    for leaf, spec in data["variables"].items():
        path = f"variables.{leaf}"
        if leaves is not None and leaf not in leaves:
            _fail(source, _N(CONTEXT, "{file}: '{key}' binds a variable that method '{method}' does not have "
                                      "(its variables: {choices})."), key=path, method=method.id,
                  choices=sorted(leaves))
        _check_keys(spec, _VAR_KEYS, {"status"}, path, source)
        status = spec["status"]
        if status not in STATUSES:
            _fail(source, _N(CONTEXT, "{file}: '{key}' = '{value}' is not one of {choices}."),
                  key=f"{path}.status", value=status, choices=list(STATUSES))
        value_source = None
        parents = {}
        access_spec = _access_of(spec, status, path, source, equipment)
        if status != "absent" and access_spec is None:
            value_source = _value_source(spec, path, source, tables)
        for level, pspec in (spec.get("parent") or {}).items():
            ppath = f"{path}.parent.{level}"
            if level not in ("epci", "dep"):
                _fail(source, _N(CONTEXT, "{file}: '{key}': a parent level is 'epci' or 'dep'."), key=ppath)
            _check_keys(pspec, _PARENT_KEYS, {"table"}, ppath, source)
            parents[level] = _value_source(pspec, ppath, source, tables)
        variables[leaf] = VariableBinding(leaf=leaf, status=status, source=value_source, year=spec.get("year"),
                                          note=str(spec.get("note", "")), parents=parents,
                                          access=access_spec)
    return Binding(label=str(data.get("label", "")), tables=tables, variables=variables, passages=passages,
                   population=population, cog=data.get("cog"), method=data.get("method"), base_dir=base_dir,
                   source=source, raw=json.loads(json.dumps(data)), equipment=equipment, access=access)


def _access_of(spec: dict, status: str, path: str, source: str, equipment: dict):
    """A variable bound to a computed access time: its parsed ``access`` block (else None)."""
    if "access" not in spec:
        return None
    if status == "absent":
        _fail(source, _N(CONTEXT, "{file}: '{key}' is 'absent' but has an 'access' block; set its status to "
                                  "'real' (or 'proxy') or remove 'access'."), key=f"{path}.status")
    clash = [key for key in ("table", "column", "numerator", "denominator", "scale") if key in spec]
    if clash:
        _fail(source, _N(CONTEXT, "{file}: '{key}' has both an 'access' block and {columns}; a variable is either "
                                  "read from a table or computed as an access time."), key=path, columns=clash)
    return parse_access(spec["access"], f"{path}.access", source, equipment)


def load_binding(path: "str | Path", method: Optional[Method] = None) -> Binding:
    path = Path(path)
    data = read_json_file(path, BindingError, _N(CONTEXT, "Binding file not found: {file}."),
                          _N(CONTEXT, "Cannot read the binding file {file}: {reason}."))
    return binding_from_dict(data, path.parent, str(path), method)
