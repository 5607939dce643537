"""What to compute: equipment sources, destination types and ranges (the binding's access format).

A binding may declare equipment sources and bind a variable to a computed access time::

    "access_parameters": {"detour": 1.3, "speed_kmh": 50, "intra": "area"},
    "equipment": {
      "bpe": {"kind": "counts", "path": "bpe.csv", "code": "DEPCOM", "type": "TYPEQU", "count": "NB_EQUIP"},
      "fs":  {"kind": "points", "path": "france_services.csv", "lat": "latitude", "lon": "longitude"}
    },
    "variables": {
      "t_gp":  {"status": "real", "access": {"source": "bpe", "types": ["D201"]}},
      "tsp":   {"status": "real", "access": {"source": "bpe", "types": ["A101", "A104"], "combine": "mean"}},
      "t_dem": {"status": "real", "access": {"from": [{"source": "fs"}, {"source": "bpe", "types": ["A127"]}]}}
    }

``combine`` is ``nearest`` (default: the nearest destination of any listed type and source) or
``mean`` (a range: the mean of the nearest time of each type). ``"D202-D214"`` lists D202 … D214.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from .access import AccessParameters, INTRA_MODES, MODES
from .errors import BindingError, CONTEXT, DataError, QT_TRANSLATE_NOOP as _N

EQUIPMENT_KINDS = ("counts", "points")
COUNT_LAYOUTS = ("long", "wide")
COMBINE = ("nearest", "mean")
ANY_TYPE = "*"
EVERY_DESTINATION = "equip"      # name of the type set "*" (every destination)
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
MAX_RANGE = 1000

_EQUIPMENT_KEYS = {"kind", "path", "layer", "code", "type", "count", "layout", "columns", "lat", "lon", "latlon",
                   "x", "y", "crs", "filter", "level", "passage", "year", "source", "licence", "description"}
_ACCESS_KEYS = {"source", "types", "from", "combine", "description"}
_TARGET_KEYS = {"source", "types"}
_PARAMETER_KEYS = {"detour", "speed_kmh", "intra", "mode", "snap_m", "crs", "network", "description"}
_NETWORK_KEYS = {"path", "layer", "speed"}
_CODE_RANGE = re.compile(r"^([A-Z_]*)(\d+)-([A-Z_]*)(\d+)$")


@dataclass(frozen=True)
class EquipmentSpec:
    """One equipment source: commune-level counts, or points (vector file, or CSV with coordinates)."""

    id: str
    kind: str
    path: str
    layer: Optional[str] = None
    code: Optional[str] = None
    type: Optional[str] = None
    count: Optional[str] = None
    layout: str = "long"
    columns: tuple = ()
    lat: Optional[str] = None
    lon: Optional[str] = None
    latlon: Optional[str] = None
    x: Optional[str] = None
    y: Optional[str] = None
    crs: Optional[str] = None
    filter_field: Optional[str] = None
    filter_values: tuple = ()
    level: str = "commune"
    passage: Optional[str] = None
    year: Optional[int] = None
    source: str = ""
    licence: str = ""

    @property
    def has_types(self) -> bool:
        return self.type is not None or (self.kind == "counts" and self.layout == "wide")

    @property
    def coordinates_in_table(self) -> bool:
        return any((self.lat, self.latlon, self.x))


@dataclass(frozen=True)
class Target:
    source: Optional[str]             # None: any source
    types: Optional[tuple] = None     # None: every destination of the source


@dataclass(frozen=True)
class TypeSet:
    """A destination set whose nearest member gives one time: the union of its targets."""

    id: str
    targets: tuple


@dataclass(frozen=True)
class AccessRange:
    """A range (gamme) time: the mean of its members' times."""

    id: str
    members: tuple


@dataclass(frozen=True)
class AccessSpec:
    """How one variable of a binding is computed."""

    targets: tuple
    combine: str = "nearest"

    def plan(self, leaf: str) -> tuple[list, list]:
        """Type sets and ranges for ``leaf``; the leaf's time is the set or range named ``leaf``."""
        if self.combine == "nearest":
            return [TypeSet(leaf, self.targets)], []
        sets = []
        for target in self.targets:
            for code in target.types or (None,):
                name = f"{leaf}_{code}" if code is not None else f"{leaf}_{target.source}"
                sets.append(TypeSet(name, (Target(target.source, None if code is None else (code,)),)))
        return sets, [AccessRange(leaf, tuple(s.id for s in sets))]


@dataclass(frozen=True)
class NetworkSpec:
    path: str
    layer: Optional[str] = None
    speed: Optional[str] = None


@dataclass(frozen=True)
class AccessSettings:
    """The binding's access parameters (defaults documented in core.access)."""

    parameters: AccessParameters = AccessParameters()
    crs: str = "EPSG:2154"
    network: Optional[NetworkSpec] = None


def expand_types(items: list, where: str = "") -> tuple:
    """Type codes, upper-case, with ``A-B`` ranges expanded (``D202-D214`` → D202 … D214)."""
    out = []
    for item in items:
        text = str(item).strip().upper()
        match = _CODE_RANGE.match(text.replace(" ", ""))
        if match and match.group(1) == match.group(3) and len(match.group(2)) == len(match.group(4)):
            prefix, first, last = match.group(1), int(match.group(2)), int(match.group(4))
            if last < first or last - first >= MAX_RANGE:
                raise DataError(_N(CONTEXT, "{where}: the code range '{value}' is not a range of at most {count} "
                                            "codes in increasing order (e.g. D202-D214)."), where=where or "?",
                                value=text, count=MAX_RANGE)
            width = len(match.group(2))
            out.extend(f"{prefix}{number:0{width}d}" for number in range(first, last + 1))
        elif text:
            out.append(text)
    return tuple(dict.fromkeys(out))


def normalise_type(values):
    """Type codes compared as upper-case stripped text (pandas Series)."""
    return values.astype("string").str.strip().str.upper()


class _Checker:
    """Validation of the access parts of a binding, with messages naming the file and the key."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, template: str, **params: Any) -> None:
        raise BindingError(template, file=self.source, **params)

    def keys(self, obj: Any, allowed: set, path: str, required: tuple = ()) -> dict:
        if not isinstance(obj, dict):
            self.fail(_N(CONTEXT, "{file}: '{key}' must be an object."), key=path)
        for key in obj:
            if key not in allowed:
                self.fail(_N(CONTEXT, "{file}: unknown key '{key}' (allowed: {allowed})."), key=f"{path}.{key}",
                          allowed=sorted(allowed))
        for key in required:
            if key not in obj:
                self.fail(_N(CONTEXT, "{file}: missing key '{key}'."), key=f"{path}.{key}")
        return obj

    def text(self, obj: dict, key: str, path: str) -> Optional[str]:
        value = obj.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            self.fail(_N(CONTEXT, "{file}: '{key}' must be a non-empty text (a column or file name)."),
                      key=f"{path}.{key}")
        return value

    def texts(self, obj: dict, key: str, path: str) -> tuple:
        value = obj.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(_N(CONTEXT, "{file}: '{key}' must be a non-empty list of texts."), key=f"{path}.{key}")
        return tuple(value)

    def choice(self, obj: dict, key: str, path: str, choices: tuple, default: str) -> str:
        value = obj.get(key, default)
        if value not in choices:
            self.fail(_N(CONTEXT, "{file}: '{key}' = '{value}' is not one of {choices}."), key=f"{path}.{key}",
                      value=value, choices=list(choices))
        return value

    def number(self, obj: dict, key: str, path: str, default: float) -> float:
        value = obj.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(_N(CONTEXT, "{file}: '{key}' must be a number."), key=f"{path}.{key}")
        return float(value)


def parse_equipment(data: Any, source: str, passages: dict, levels: tuple) -> dict:
    """The ``equipment`` block of a binding: source id → EquipmentSpec."""
    check = _Checker(source)
    if data is None:
        return {}
    if not isinstance(data, dict):
        check.fail(_N(CONTEXT, "{file}: '{key}' must be an object."), key="equipment")
    specs = {}
    for eid, spec in data.items():
        path = f"equipment.{eid}"
        check.keys(spec, _EQUIPMENT_KEYS, path, ("kind", "path"))
        kind = check.choice(spec, "kind", path, EQUIPMENT_KINDS, "")
        names = {key: check.text(spec, key, path) for key in ("path", "layer", "code", "type", "count", "lat", "lon",
                                                               "latlon", "x", "y", "crs", "passage")}
        layout = check.choice(spec, "layout", path, COUNT_LAYOUTS, "long")
        level = check.choice(spec, "level", path, levels, "commune")
        columns = check.texts(spec, "columns", path)
        filter_field, filter_values = _filter(check, spec.get("filter"), f"{path}.filter")
        if kind == "counts":
            _counts_rules(check, spec, names, layout, path)
        else:
            _points_rules(check, spec, names, path)
        if names["passage"] is not None and names["passage"] not in passages:
            check.fail(_N(CONTEXT, "{file}: '{key}' names passage '{value}', which is not declared in 'passages'."),
                       key=f"{path}.passage", value=names["passage"])
        crs = names["crs"] or ("EPSG:4326" if names["lat"] or names["latlon"] else None)
        specs[eid] = EquipmentSpec(
            id=eid, kind=kind, path=names["path"], layer=names["layer"], code=names["code"], type=names["type"],
            count=names["count"], layout=layout, columns=columns, lat=names["lat"], lon=names["lon"],
            latlon=names["latlon"], x=names["x"], y=names["y"], crs=crs, filter_field=filter_field,
            filter_values=filter_values, level=level, passage=names["passage"], year=spec.get("year"),
            source=str(spec.get("source", "")), licence=str(spec.get("licence", "")))
    return specs


def _filter(check: _Checker, data: Any, path: str) -> tuple:
    if data is None:
        return None, ()
    check.keys(data, {"field", "values"}, path, ("field", "values"))
    return check.text(data, "field", path), check.texts(data, "values", path)


def _counts_rules(check: _Checker, spec: dict, names: dict, layout: str, path: str) -> None:
    if names["code"] is None:
        check.fail(_N(CONTEXT, "{file}: missing key '{key}'."), key=f"{path}.code")
    for key in ("lat", "lon", "latlon", "x", "y", "crs"):
        if names[key] is not None:
            check.fail(_N(CONTEXT, "{file}: '{key}' is for point sources; a count table is located by its unit "
                                   "codes ('code')."), key=f"{path}.{key}")
    if layout == "wide" and (names["type"] or names["count"]):
        check.fail(_N(CONTEXT, "{file}: '{key}': a wide count table has one column per type; give 'columns' (or "
                               "nothing: every other column), not 'type' or 'count'."), key=path)
    if layout == "long" and spec.get("columns"):
        check.fail(_N(CONTEXT, "{file}: '{key}' is for wide count tables (\"layout\": \"wide\")."),
                   key=f"{path}.columns")


def _points_rules(check: _Checker, spec: dict, names: dict, path: str) -> None:
    for key in ("code", "count", "passage"):
        if names[key] is not None:
            check.fail(_N(CONTEXT, "{file}: '{key}' is for count tables; points are located by their "
                                   "coordinates."), key=f"{path}.{key}")
    pairs = [bool(names["lat"]) or bool(names["lon"]), bool(names["latlon"]), bool(names["x"]) or bool(names["y"])]
    if sum(pairs) > 1:
        check.fail(_N(CONTEXT, "{file}: '{key}': give the coordinates once: 'lat' and 'lon', or 'latlon', or 'x' "
                               "and 'y'."), key=path)
    if (names["lat"] is None) != (names["lon"] is None) or (names["x"] is None) != (names["y"] is None):
        check.fail(_N(CONTEXT, "{file}: '{key}': 'lat' goes with 'lon' and 'x' with 'y'."), key=path)
    if names["x"] and not names["crs"]:
        check.fail(_N(CONTEXT, "{file}: '{key}': coordinates 'x'/'y' need their 'crs' (e.g. \"EPSG:2154\")."),
                   key=f"{path}.crs")
    is_table = Path(names["path"]).suffix.lower() in CSV_SUFFIXES
    if is_table and not any(pairs):
        check.fail(_N(CONTEXT, "{file}: '{key}': a CSV of points needs its coordinate columns: 'lat' and 'lon', "
                               "'latlon' (\"lat,lon\" in one column) or 'x', 'y' and 'crs'."), key=path)
    if not is_table and any(pairs):
        check.fail(_N(CONTEXT, "{file}: '{key}': coordinate columns are for CSV files; a vector file is located "
                               "by its geometry."), key=path)
    if spec.get("layout") is not None or spec.get("columns") is not None:
        check.fail(_N(CONTEXT, "{file}: '{key}': 'layout' and 'columns' are for count tables."), key=path)


def parse_access(data: Any, path: str, source: str, equipment: dict) -> AccessSpec:
    """A variable's ``access`` block."""
    check = _Checker(source)
    check.keys(data, _ACCESS_KEYS, path)
    if ("from" in data) == ("source" in data):
        check.fail(_N(CONTEXT, "{file}: '{key}' needs either 'source' (with optional 'types') or 'from' (a list "
                               "of {{\"source\": …, \"types\": […]}})."), key=path)
    if "from" in data:
        if "types" in data:
            check.fail(_N(CONTEXT, "{file}: '{key}': 'types' goes inside each item of 'from'."), key=f"{path}.types")
        items = data["from"]
        if not isinstance(items, list) or not items:
            check.fail(_N(CONTEXT, "{file}: '{key}' must be a non-empty list."), key=f"{path}.from")
        paths = [f"{path}.from[{i}]" for i in range(len(items))]
    else:
        items, paths = [{k: data[k] for k in _TARGET_KEYS if k in data}], [path]
    targets = tuple(_target(check, item, item_path, equipment) for item, item_path in zip(items, paths))
    combine = check.choice(data, "combine", path, COMBINE, "nearest")
    return AccessSpec(targets=targets, combine=combine)


def _target(check: _Checker, item: Any, path: str, equipment: dict) -> Target:
    check.keys(item, _TARGET_KEYS, path, ("source",))
    sid = item["source"]
    if sid not in equipment:
        check.fail(_N(CONTEXT, "{file}: '{key}' names equipment source '{value}', which is not declared in "
                               "'equipment' ({choices})."), key=f"{path}.source", value=sid, choices=sorted(equipment))
    if "types" not in item:
        return Target(sid, None)
    types = check.texts(item, "types", path)
    if not equipment[sid].has_types:
        check.fail(_N(CONTEXT, "{file}: '{key}': equipment source '{value}' has no type column; remove 'types' "
                               "(every row is a destination) or declare its 'type' column."),
                   key=f"{path}.types", value=sid)
    try:
        return Target(sid, expand_types(list(types), f"{check.source}: {path}.types"))
    except DataError as error:
        raise BindingError(error.message.template, **error.message.params) from None


def parse_parameters(data: Any, source: str) -> AccessSettings:
    """The binding's ``access_parameters`` block."""
    check = _Checker(source)
    if data is None:
        return AccessSettings()
    check.keys(data, _PARAMETER_KEYS, "access_parameters")
    defaults = AccessParameters()
    path = "access_parameters"
    values = {key: check.number(data, key, path, getattr(defaults, key)) for key in ("detour", "speed_kmh", "snap_m")}
    values["intra"] = check.choice(data, "intra", path, INTRA_MODES, defaults.intra)
    values["mode"] = check.choice(data, "mode", path, MODES, defaults.mode)
    try:
        parameters = AccessParameters(**values)
    except DataError as error:
        wrong = error.message.params
        check.fail(_N(CONTEXT, "{file}: '{key}' = {value} is not a number between {low} and {high}."),
                   key=f"{path}.{wrong['key']}", value=wrong["value"], low=wrong["low"], high=wrong["high"])
    network = None
    if data.get("network") is not None:
        npath = f"{path}.network"
        check.keys(data["network"], _NETWORK_KEYS, npath, ("path",))
        network = NetworkSpec(**{key: check.text(data["network"], key, npath) for key in _NETWORK_KEYS})
    if values["mode"] == "network" and network is None:
        check.fail(_N(CONTEXT, "{file}: '{key}': the network mode needs a 'network' (path of a line layer of "
                               "roads, optional 'layer' and 'speed' field)."), key=path)
    return AccessSettings(parameters=parameters, crs=check.text(data, "crs", path) or "EPSG:2154", network=network)


def binding_plan(variables: dict, leaves: tuple) -> tuple[list, list, dict]:
    """Type sets, ranges and leaf → computed column for the leaves bound to an access time."""
    sets, ranges, columns = [], [], {}
    for leaf in leaves:
        bound = variables.get(leaf)
        spec = getattr(bound, "access", None)
        if not isinstance(spec, AccessSpec) or bound.status == "absent":
            continue
        leaf_sets, leaf_ranges = spec.plan(leaf)
        sets.extend(leaf_sets)
        ranges.extend(leaf_ranges)
        columns[leaf] = leaf
    return sets, ranges, columns


def parse_type_list(text: str) -> list:
    """The algorithm's types: ``D106; D201; spe=D202-D214; *`` → type sets (one per item or code)."""
    sets = []
    for item in _items(text):
        name, sep, codes = item.partition("=")
        if sep:
            name = name.strip()
            if not name:
                raise DataError(_N(CONTEXT, "Types: '{value}' has no name before '='."), value=item)
            sets.append(TypeSet(name, (Target(None, _codes(codes, item)),)))
        else:
            for code in _codes(name, item) or ():
                every = code == ANY_TYPE
                sets.append(TypeSet(EVERY_DESTINATION if every else code, (Target(None, None if every else (code,)),)))
    _unique([s.id for s in sets], _N(CONTEXT, "Types: the name(s) {values} are used twice; give each type its own "
                                              "name."))
    return sets


def parse_range_list(text: str, sets: list) -> list:
    """The algorithm's ranges: ``soins=urg,gp,spe; sp=*`` → ranges over the named type sets."""
    names = [s.id for s in sets]
    upper = {n.upper(): n for n in names}
    ranges = []
    for item in _items(text):
        name, sep, members = item.partition("=")
        if not sep or not name.strip():
            raise DataError(_N(CONTEXT, "Ranges: write each range as name=type,type (e.g. soins=urg,gp,spe); "
                                        "'{value}' is not."), value=item)
        wanted = [m.strip() for m in members.split(",") if m.strip()]
        if wanted == [ANY_TYPE]:
            wanted = names
        unknown = [m for m in wanted if m.upper() not in upper]
        if unknown or not wanted:
            raise DataError(_N(CONTEXT, "Range '{range}': {values} are not among the types ({choices})."),
                            range=name.strip(), values=unknown or ["-"], choices=names)
        ranges.append(AccessRange(name.strip(), tuple(upper[m.upper()] for m in wanted)))
    _unique(names + [r.id for r in ranges], _N(CONTEXT, "Ranges: the name(s) {values} are used twice or are also "
                                                        "type names; give each range its own name."))
    return ranges


def _items(text: str) -> list:
    return [part.strip() for part in (text or "").replace("\n", ";").split(";") if part.strip()]


def _codes(text: str, item: str) -> tuple:
    parts = [p for p in (t.strip() for t in text.split(",")) if p]
    if not parts:
        raise DataError(_N(CONTEXT, "Types: '{value}' lists no type code."), value=item)
    if ANY_TYPE in parts:
        if len(parts) > 1:
            raise DataError(_N(CONTEXT, "Types: '{value}': '*' (every destination) cannot be mixed with codes."),
                            value=item)
        return None if "=" in item else (ANY_TYPE,)
    return expand_types(parts, item)


def _unique(names: list, template: str) -> None:
    seen, twice = set(), []
    for name in names:
        if name.upper() in seen:
            twice.append(name)
        seen.add(name.upper())
    if twice:
        raise DataError(template, values=twice)
