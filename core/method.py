"""The method file: axes, variables, sense, group, weights, normalisation, missing-value rule.

A method is data. This module loads and validates it; every error names the
file and the key at fault (for example ``axes[1].variables[0].sense``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from .errors import CONTEXT, MethodError, QT_TRANSLATE_NOOP as _N
from .jsonfile import read_json_file

METHOD_FORMAT = "fragilite_numerique.method"
METHOD_FORMAT_VERSION = 1

NORMALISATIONS = ("minmax", "ratio", "rank", "zscore", "deciles")
MISSING_RULES = ("parent", "available")
# How the composite weighs the axes: "axes" = the axis weights as given; "variables" = each axis
# weight times its number of usable variables, so that every variable counts the same (La MedNum
# 2022 sums the points of the indicators present).
WEIGHTINGS = ("axes", "variables")
SENSES = {"+": 1, "-": -1, "−": -1}
# Linear decile-to-points mapping, rounded: points = round((decile - 5.5) * 2 / 3).
DEFAULT_DECILE_POINTS = (-3, -2, -2, -1, 0, 0, 1, 2, 2, 3)

VARIABLE_ID = re.compile(r"^[a-z][a-z0-9_]{0,7}$")
# Axis, group and intermediate ids become fields "ifn_<id>": these suffixes are taken by other fields.
RESERVED_IDS = frozenset({"rang", "dec", "ref", "cov", "nimp", "imp", "manq", "typ", "typl", "t9", "t9l", "cah",
                          "cahl", "rmed", "r05", "r95", "stab"})
AXIS_ID = re.compile(r"^[a-z][a-z0-9]{0,5}$")
GROUP_FIELD = re.compile(r"^[a-z][a-z0-9]{0,5}$")


@dataclass(frozen=True)
class Component:
    """A part of a composite variable (e.g. the access time to a GP)."""

    id: str
    label: str
    sense: int = 1
    definition: str = ""


@dataclass(frozen=True)
class Variable:
    id: str
    label: str
    sense: int
    group: Optional[str] = None
    year: Optional[int] = None
    unit: str = ""
    definition: str = ""
    normalisation: Optional[str] = None
    components: tuple[Component, ...] = ()

    @property
    def is_composite(self) -> bool:
        return bool(self.components)

    @property
    def leaves(self) -> tuple[str, ...]:
        """The ids that a binding gives values for."""
        return tuple(c.id for c in self.components) if self.components else (self.id,)

    def leaf_sense(self, leaf: str) -> int:
        for comp in self.components:
            if comp.id == leaf:
                return comp.sense
        return self.sense


@dataclass(frozen=True)
class Axis:
    id: str
    label: str
    weight: float
    variables: tuple[Variable, ...]


@dataclass(frozen=True)
class Group:
    code: str
    id: str
    label: str


@dataclass(frozen=True)
class Intermediate:
    """A weighted score of several axes (La MedNum 2019 "accès", "compétences")."""

    id: str
    label: str
    weights: dict


@dataclass(frozen=True)
class Method:
    id: str
    label: str
    axes: tuple[Axis, ...]
    groups: tuple[Group, ...] = ()
    intermediates: tuple[Intermediate, ...] = ()
    description: str = ""
    reference: str = ""
    normalisation: str = "minmax"
    clip: bool = True
    winsorise: Optional[tuple[float, float]] = None
    ratio_base: float = 100.0
    decile_points: tuple[int, ...] = DEFAULT_DECILE_POINTS
    missing_rule: str = "parent"
    min_share: float = 0.5
    composite_available: bool = False
    composite_scale: float = 1.0
    composite_weighting: str = "axes"
    rescale: bool = False
    source: str = ""
    raw: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def variables(self) -> tuple[Variable, ...]:
        return tuple(v for axis in self.axes for v in axis.variables)

    def variable(self, var_id: str) -> Variable:
        for var in self.variables:
            if var.id == var_id:
                return var
        raise KeyError(var_id)

    @property
    def leaves(self) -> tuple[str, ...]:
        return tuple(leaf for var in self.variables for leaf in var.leaves)

    def leaf_owner(self, leaf: str) -> Variable:
        for var in self.variables:
            if leaf in var.leaves:
                return var
        raise KeyError(leaf)

    def axis_of(self, var_id: str) -> Axis:
        for axis in self.axes:
            if any(v.id == var_id for v in axis.variables):
                return axis
        raise KeyError(var_id)

    def with_options(self, **changes: Any) -> "Method":
        """A copy with run-time overrides (normalisation, missing rule, weights…), validated."""
        raw = json.loads(json.dumps(self.raw))
        norm = raw.setdefault("normalisation", {})
        missing = raw.setdefault("missing", {})
        composite = raw.setdefault("composite", {})
        for key, value in changes.items():
            if value is None:
                continue
            if key == "normalisation":
                norm["method"] = value
            elif key == "winsorise":
                norm["winsorise"] = list(value) if value else None
            elif key == "clip":
                norm["clip"] = bool(value)
            elif key == "missing_rule":
                missing["rule"] = value
            elif key == "min_share":
                missing["min_share"] = value
            elif key == "composite_available":
                missing["composite_available"] = bool(value)
            elif key == "rescale":
                composite["rescale"] = bool(value)
            elif key == "weights":
                for axis in raw["axes"]:
                    if axis.get("id") in value:
                        axis["weight"] = value[axis["id"]]
                unknown = set(value) - {a.get("id") for a in raw["axes"]}
                if unknown:
                    raise MethodError(_N(CONTEXT, "Weights name an axis the method does not have: {axes}."),
                                      axes=sorted(unknown))
            else:
                raise ValueError(key)
        return method_from_dict(raw, source=self.source)

    def to_dict(self) -> dict:
        return json.loads(json.dumps(self.raw))


# --- loading -----------------------------------------------------------------------------------

_TOP_KEYS = {"format", "format_version", "id", "label", "description", "reference", "normalisation",
             "missing", "composite", "groups", "intermediates", "axes"}
_NORM_KEYS = {"method", "clip", "winsorise", "ratio_base", "decile_points"}
_MISSING_KEYS = {"rule", "min_share", "composite_available"}
_COMPOSITE_KEYS = {"scale", "rescale", "weighting"}
_GROUP_KEYS = {"id", "label"}
_AXIS_KEYS = {"id", "label", "weight", "variables"}
_VAR_KEYS = {"id", "label", "sense", "group", "year", "unit", "definition", "normalisation", "components"}
_COMP_KEYS = {"id", "label", "sense", "definition"}
_INTER_KEYS = {"id", "label", "weights"}


class _Checker:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, template: str, **params: Any) -> None:
        raise MethodError(template, file=self.source, **params)

    def keys(self, obj: Any, allowed: set, required: set, path: str) -> dict:
        if not isinstance(obj, dict):
            self.fail(_N(CONTEXT, "{file}: '{key}' must be an object."), key=path or "(root)")
        for key in obj:
            if key not in allowed:
                self.fail(_N(CONTEXT, "{file}: unknown key '{key}' (allowed: {allowed})."),
                          key=_join(path, key), allowed=sorted(allowed))
        for key in required:
            if key not in obj:
                self.fail(_N(CONTEXT, "{file}: missing key '{key}'."), key=_join(path, key))
        return obj

    def text(self, obj: dict, key: str, path: str, default: Optional[str] = None) -> str:
        value = obj.get(key, default)
        if not isinstance(value, str) or (default is None and not value.strip()):
            self.fail(_N(CONTEXT, "{file}: '{key}' must be a non-empty text."), key=_join(path, key))
        return value

    def number(self, obj: dict, key: str, path: str, default: float, low: float, high: float,
               low_open: bool = False) -> float:
        value = obj.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            self.fail(_N(CONTEXT, "{file}: '{key}' must be a number."), key=_join(path, key))
        if value < low or value > high or (low_open and value == low):
            self.fail(_N(CONTEXT, "{file}: '{key}' = {value} is out of range ({low} to {high})."),
                      key=_join(path, key), value=value, low=low, high=high)
        return float(value)

    def boolean(self, obj: dict, key: str, path: str, default: bool) -> bool:
        value = obj.get(key, default)
        if not isinstance(value, bool):
            self.fail(_N(CONTEXT, "{file}: '{key}' must be true or false."), key=_join(path, key))
        return value

    def choice(self, obj: dict, key: str, path: str, choices: tuple, default: Optional[str]) -> Optional[str]:
        value = obj.get(key, default)
        if value is None and default is None:
            return None
        if value not in choices:
            self.fail(_N(CONTEXT, "{file}: '{key}' = '{value}' is not one of {choices}."),
                      key=_join(path, key), value=value, choices=list(choices))
        return value

    def ident(self, obj: dict, path: str, pattern: re.Pattern, seen: set, reserved: frozenset = frozenset()
              ) -> str:
        value = obj.get("id")
        if not isinstance(value, str) or not pattern.match(value):
            self.fail(_N(CONTEXT, "{file}: '{key}' = '{value}' is not a valid id (pattern {pattern})."),
                      key=_join(path, "id"), value=value, pattern=pattern.pattern)
        if value in reserved:
            self.fail(_N(CONTEXT, "{file}: '{key}' = '{value}' is reserved for another output field; choose "
                                  "another id."), key=_join(path, "id"), value=value)
        if value in seen:
            self.fail(_N(CONTEXT, "{file}: id '{value}' at '{key}' is used twice."), key=_join(path, "id"),
                      value=value)
        seen.add(value)
        return value

    def sense(self, obj: dict, path: str) -> int:
        value = obj.get("sense")
        if value not in SENSES:
            self.fail(_N(CONTEXT, "{file}: '{key}' must be \"+\" (higher is more fragile) or \"-\"."),
                      key=_join(path, "sense"))
        return SENSES[value]


def _join(path: str, key: Any) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


def method_from_dict(data: Any, source: str = "<method>") -> Method:
    check = _Checker(source)
    check.keys(data, _TOP_KEYS, {"format", "id", "label", "axes"}, "")
    if data["format"] != METHOD_FORMAT:
        check.fail(_N(CONTEXT, "{file}: 'format' must be \"{expected}\"."), expected=METHOD_FORMAT)
    version = data.get("format_version", METHOD_FORMAT_VERSION)
    if version != METHOD_FORMAT_VERSION:
        check.fail(_N(CONTEXT, "{file}: format_version {value} is not supported (expected {expected})."),
                   value=version, expected=METHOD_FORMAT_VERSION)
    method_id = check.text(data, "id", "")
    label = check.text(data, "label", "")

    norm = check.keys(data.get("normalisation", {}), _NORM_KEYS, set(), "normalisation")
    normalisation = check.choice(norm, "method", "normalisation", NORMALISATIONS, "minmax")
    clip = check.boolean(norm, "clip", "normalisation", True)
    winsorise = norm.get("winsorise")
    if winsorise is not None:
        ok = (isinstance(winsorise, list) and len(winsorise) == 2
              and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in winsorise)
              and 0 <= winsorise[0] < winsorise[1] <= 1)
        if not ok:
            check.fail(_N(CONTEXT, "{file}: 'normalisation.winsorise' must be [low, high] percentiles "
                                   "between 0 and 1, low < high (e.g. [0.05, 0.95]) or null."))
        winsorise = (float(winsorise[0]), float(winsorise[1]))
    ratio_base = check.number(norm, "ratio_base", "normalisation", 100.0, 0.0, 1e12, low_open=True)
    points = norm.get("decile_points", list(DEFAULT_DECILE_POINTS))
    if (not isinstance(points, list) or len(points) != 10
            or not all(isinstance(p, (int, float)) and not isinstance(p, bool) for p in points)):
        check.fail(_N(CONTEXT, "{file}: 'normalisation.decile_points' must list 10 numbers, "
                               "one per decile."))

    missing = check.keys(data.get("missing", {}), _MISSING_KEYS, set(), "missing")
    rule = check.choice(missing, "rule", "missing", MISSING_RULES, "parent")
    min_share = check.number(missing, "min_share", "missing", 0.5, 0.0, 1.0, low_open=True)
    composite_available = check.boolean(missing, "composite_available", "missing", False)

    composite = check.keys(data.get("composite", {}), _COMPOSITE_KEYS, set(), "composite")
    scale = check.number(composite, "scale", "composite", 1.0, 0.0, 1e12, low_open=True)
    rescale = check.boolean(composite, "rescale", "composite", False)
    weighting = check.choice(composite, "weighting", "composite", WEIGHTINGS, "axes")

    groups_raw = data.get("groups", {})
    if not isinstance(groups_raw, dict):
        check.fail(_N(CONTEXT, "{file}: 'groups' must be an object such as {{\"P\": {{\"id\": \"pub\", "
                               "\"label\": \"Publics exposés\"}}}}."))
    groups = []
    group_ids: set = set()
    for code, spec in groups_raw.items():
        path = f"groups.{code}"
        check.keys(spec, _GROUP_KEYS, {"id", "label"}, path)
        gid = check.ident(spec, path, GROUP_FIELD, group_ids, RESERVED_IDS)
        groups.append(Group(code=code, id=gid, label=check.text(spec, "label", path)))

    axes_raw = data["axes"]
    if not isinstance(axes_raw, list) or not axes_raw:
        check.fail(_N(CONTEXT, "{file}: 'axes' must be a non-empty list."))
    axis_ids: set = set()
    var_ids: set = set()
    axes = []
    total_weight = 0.0
    for ai, axis_raw in enumerate(axes_raw):
        apath = _join("axes", ai)
        check.keys(axis_raw, _AXIS_KEYS, {"id", "label", "variables"}, apath)
        aid = check.ident(axis_raw, apath, AXIS_ID, axis_ids, RESERVED_IDS | frozenset(group_ids))
        weight = check.number(axis_raw, "weight", apath, 1.0, 0.0, 1e6)
        total_weight += weight
        vars_raw = axis_raw["variables"]
        if not isinstance(vars_raw, list) or not vars_raw:
            check.fail(_N(CONTEXT, "{file}: '{key}' must be a non-empty list."), key=_join(apath, "variables"))
        variables = []
        for vi, var_raw in enumerate(vars_raw):
            vpath = _join(_join(apath, "variables"), vi)
            check.keys(var_raw, _VAR_KEYS, {"id", "label", "sense"}, vpath)
            vid = check.ident(var_raw, vpath, VARIABLE_ID, var_ids)
            group = var_raw.get("group")
            if group is not None and group not in groups_raw:
                check.fail(_N(CONTEXT, "{file}: '{key}' = '{value}' is not a group declared in 'groups' "
                                       "({choices})."), key=_join(vpath, "group"), value=group,
                           choices=sorted(groups_raw))
            year = var_raw.get("year")
            if year is not None and (not isinstance(year, int) or isinstance(year, bool)
                                     or not 1900 <= year <= 2100):
                check.fail(_N(CONTEXT, "{file}: '{key}' must be a year such as 2019."), key=_join(vpath, "year"))
            comps = []
            comps_raw = var_raw.get("components", [])
            if not isinstance(comps_raw, list):
                check.fail(_N(CONTEXT, "{file}: '{key}' must be a list."), key=_join(vpath, "components"))
            for ci, comp_raw in enumerate(comps_raw):
                cpath = _join(_join(vpath, "components"), ci)
                check.keys(comp_raw, _COMP_KEYS, {"id", "label", "sense"}, cpath)
                cid = check.ident(comp_raw, cpath, VARIABLE_ID, var_ids)
                comps.append(Component(id=cid, label=check.text(comp_raw, "label", cpath),
                                       sense=check.sense(comp_raw, cpath),
                                       definition=str(comp_raw.get("definition", ""))))
            variables.append(Variable(
                id=vid, label=check.text(var_raw, "label", vpath), sense=check.sense(var_raw, vpath),
                group=group, year=year, unit=str(var_raw.get("unit", "")),
                definition=str(var_raw.get("definition", "")),
                normalisation=check.choice(var_raw, "normalisation", vpath, NORMALISATIONS, None),
                components=tuple(comps)))
        axes.append(Axis(id=aid, label=check.text(axis_raw, "label", apath), weight=weight,
                         variables=tuple(variables)))
    if total_weight <= 0:
        check.fail(_N(CONTEXT, "{file}: the axis weights sum to {value}; at least one weight must be "
                               "positive."), value=total_weight)

    intermediates = []
    inter_ids: set = set()
    inter_raw = data.get("intermediates", [])
    if not isinstance(inter_raw, list):
        check.fail(_N(CONTEXT, "{file}: 'intermediates' must be a list."))
    for ii, item in enumerate(inter_raw):
        ipath = _join("intermediates", ii)
        check.keys(item, _INTER_KEYS, {"id", "label", "weights"}, ipath)
        iid = check.ident(item, ipath, GROUP_FIELD, inter_ids | group_ids | axis_ids, RESERVED_IDS)
        inter_ids.add(iid)
        weights = item["weights"]
        if not isinstance(weights, dict) or not weights:
            check.fail(_N(CONTEXT, "{file}: '{key}' must map axis ids to weights."), key=_join(ipath, "weights"))
        for axis_id in weights:
            if axis_id not in axis_ids:
                check.fail(_N(CONTEXT, "{file}: '{key}' names an unknown axis '{value}'."),
                           key=_join(ipath, "weights"), value=axis_id)
            check.number(weights, axis_id, _join(ipath, "weights"), 1.0, 0.0, 1e6)
        intermediates.append(Intermediate(id=iid, label=check.text(item, "label", ipath), weights=dict(weights)))

    return Method(
        id=method_id, label=label, axes=tuple(axes), groups=tuple(groups), intermediates=tuple(intermediates),
        description=str(data.get("description", "")), reference=str(data.get("reference", "")),
        normalisation=normalisation, clip=clip, winsorise=winsorise, ratio_base=ratio_base,
        decile_points=tuple(points), missing_rule=rule, min_share=min_share,
        composite_available=composite_available, composite_scale=scale, composite_weighting=weighting,
        rescale=rescale,
        source=source, raw=json.loads(json.dumps(data)))


def load_method(path: "str | Path") -> Method:
    path = Path(path)
    data = read_json_file(path, MethodError, _N(CONTEXT, "Method file not found: {file}."),
                          _N(CONTEXT, "Cannot read the method file {file}: {reason}."))
    return method_from_dict(data, source=str(path))
