"""A run's configuration: the unit layer, the territory, the method, the binding and the parameters.

The dock edits one ``RunConfig``; it is saved as a JSON file the user can share, stored in the QGIS
project (restored when the project is reopened) and turned into the ``ScoringRequest`` that the
Processing algorithm also builds. Paths inside the plugin are written ``plugin:…`` and other paths
relative to the file or project when they sit under its folder, so a configuration survives being
moved to another machine with its data.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Optional

from qgis.core import QgsExpression, QgsProject

from ..core.access import DEFAULT_DETOUR, DEFAULT_SPEED_KMH, INTRA_MODES, MODES as ACCESS_MODES, AccessParameters
from ..core.errors import CONTEXT, FragiliteError, QT_TRANSLATE_NOOP as _N
from ..core.jsonfile import read_json_file
from ..core.method import MISSING_RULES, NORMALISATIONS
from ..core.textfile import write_text_atomically
from . import plugin_info

CONFIG_FORMAT = "fragilite_numerique.configuration"
CONFIG_VERSION = 1
PLUGIN_PREFIX = "plugin:"
PROJECT_SCOPE = "fragilite_numerique"
PROJECT_KEY = "configuration"
PROJECT_RESULT_KEY = "result_layer"
REFERENCE_MODES = ("all", "value", "expression")
UNIT_LEVELS = ("commune", "epci", "dep")
ATLAS_KINDS = ("epci", "commune")
ATLAS_MODES = ("pdf", "pdfs", "pngs")
TABLE_FORMATS = ("xlsx", "csv")


class ConfigError(FragiliteError):
    """A configuration file that cannot be used as it is."""


@dataclass
class LayerRef:
    """A project layer named in a configuration: by id, else by its data source (reopened if need be)."""

    id: str = ""
    source: str = ""
    provider: str = "ogr"

    def is_set(self) -> bool:
        return bool(self.id or self.source)


@dataclass
class AccessConfig:
    """Access-time parameters chosen in the dock (they replace the binding's)."""

    detour: float = DEFAULT_DETOUR
    speed_kmh: float = DEFAULT_SPEED_KMH
    intra: str = "area"
    mode: str = "straight"
    network: LayerRef = field(default_factory=LayerRef)     # road lines (mode "network")
    network_speed_field: str = ""

    def parameters(self, base: Optional[AccessParameters] = None) -> AccessParameters:
        """These parameters over ``base`` (the binding's: it keeps what the dock does not show)."""
        return replace(base or AccessParameters(), detour=self.detour, speed_kmh=self.speed_kmh, intra=self.intra,
                       mode=self.mode)


@dataclass
class ResultOptions:
    """The choices of the Results step: typologies, exports, rank stability."""

    classes: int = 5                   # classes of the statistical typology
    seed: int = 1                      # seed of the typology's k-means and of the Monte Carlo
    atlas_kind: str = "epci"
    atlas_mode: str = "pdf"
    table_format: str = "xlsx"
    stability_runs: int = 1000
    weight_spread: float = 0.25
    vary_choices: bool = True          # the Monte Carlo also draws the normalisation and missing-value rule


@dataclass
class RunConfig:
    layer_id: str = ""                 # the unit layer in the project
    layer_source: str = ""             # its data source, to find or reopen it from a file
    layer_provider: str = "ogr"
    code_field: str = ""
    name_field: str = ""
    epci_field: str = ""
    dep_field: str = ""
    reference_mode: str = "all"        # all | value | expression
    reference_field: str = ""
    reference_value: str = ""
    reference_expression: str = ""
    display_filter: str = ""           # expression limiting the units shown (e.g. one EPCI)
    method_path: str = str(plugin_info.DEFAULT_METHOD)
    binding_path: str = str(plugin_info.EMBEDDED_BINDING)
    normalisation: Optional[str] = None
    missing_rule: Optional[str] = None
    min_share: Optional[float] = None
    weights: Optional[dict] = None
    output_path: str = ""
    unit_level: str = "commune"        # commune | epci | dep
    members: LayerRef = field(default_factory=LayerRef)   # communes of each unit; unset: the layer's ifn_members
    members_code_field: str = ""
    members_unit_field: str = ""
    access: Optional[AccessConfig] = None      # None: the binding's access parameters
    results: ResultOptions = field(default_factory=ResultOptions)
    extra: dict = field(default_factory=dict)   # parameters of later steps, saved as they are

    def reference_filter(self) -> str:
        """The reference territory as an expression ('' = every unit)."""
        if self.reference_mode == "value" and self.reference_field:
            return QgsExpression.createFieldEqualityExpression(self.reference_field, self.reference_value)
        if self.reference_mode == "expression":
            return self.reference_expression.strip()
        return ""


# --- paths ---------------------------------------------------------------------------------------

def portable_path(path: str, base: Optional[Path]) -> str:
    if not path:
        return ""
    target = Path(path).resolve()
    try:
        return PLUGIN_PREFIX + target.relative_to(plugin_info.PLUGIN_DIR).as_posix()
    except ValueError:
        pass
    if base is not None:
        try:
            return target.relative_to(Path(base).resolve()).as_posix()
        except ValueError:
            pass
    return str(target)


def resolved_path(text: str, base: Optional[Path]) -> str:
    if not text:
        return ""
    if text.startswith(PLUGIN_PREFIX):
        return str(plugin_info.PLUGIN_DIR / text[len(PLUGIN_PREFIX):])
    path = Path(text)
    if not path.is_absolute() and base is not None:
        path = Path(base) / path
    return str(path)


def _layer_source(source: str, base: Optional[Path], convert) -> str:
    """A layer URI with its file part made portable or resolved (``file.gpkg|layername=x``)."""
    if not source:
        return ""
    head, sep, tail = source.partition("|")
    if convert is portable_path and not Path(head).exists():
        return source  # not a file (database, memory…): kept as it is
    return convert(head, base) + sep + tail


# --- dictionaries --------------------------------------------------------------------------------

def to_dict(config: RunConfig, base: Optional[Path]) -> dict:
    return {
        "format": CONFIG_FORMAT, "format_version": CONFIG_VERSION,
        "method": portable_path(config.method_path, base),
        "binding": portable_path(config.binding_path, base),
        "layer": {"id": config.layer_id, "source": _layer_source(config.layer_source, base, portable_path),
                  "provider": config.layer_provider, "code_field": config.code_field,
                  "name_field": config.name_field, "epci_field": config.epci_field, "dep_field": config.dep_field},
        "reference": {"mode": config.reference_mode, "field": config.reference_field,
                      "value": config.reference_value, "expression": config.reference_expression},
        "display_filter": config.display_filter,
        "parameters": {"normalisation": config.normalisation, "missing_rule": config.missing_rule,
                       "min_share": config.min_share, "weights": config.weights},
        "output": portable_path(config.output_path, base),
        "units": {"level": config.unit_level,
                  "members": dict(_layer_ref_dict(config.members, base), code_field=config.members_code_field,
                                  unit_field=config.members_unit_field)},
        "access": None if config.access is None else _access_dict(config.access, base),
        "results": asdict(config.results),
        "extra": config.extra,
    }


def _layer_ref_dict(ref: LayerRef, base: Optional[Path]) -> dict:
    return {"id": ref.id, "source": _layer_source(ref.source, base, portable_path), "provider": ref.provider}


def _access_dict(access: AccessConfig, base: Optional[Path]) -> dict:
    out = {"detour": access.detour, "speed_kmh": access.speed_kmh, "intra": access.intra, "mode": access.mode}
    out["network"] = dict(_layer_ref_dict(access.network, base), speed_field=access.network_speed_field)
    return out


_TOP = {"format", "format_version", "method", "binding", "layer", "reference", "display_filter", "parameters",
        "output", "units", "access", "results", "extra"}
_LAYER_REF = {"id", "source", "provider"}
_UNITS = {"level", "members"}
_MEMBERS = _LAYER_REF | {"code_field", "unit_field"}
_ACCESS = {"detour", "speed_kmh", "intra", "mode", "network"}
_NETWORK = _LAYER_REF | {"speed_field"}
_RESULTS = set(ResultOptions.__dataclass_fields__)
_LAYER = {"id", "source", "provider", "code_field", "name_field", "epci_field", "dep_field"}
_REFERENCE = {"mode", "field", "value", "expression"}
_PARAMETERS = {"normalisation", "missing_rule", "min_share", "weights"}


def _fail(source: str, template: str, **params) -> None:
    raise ConfigError(template, file=source, **params)


def _check_plugin_path(text: str, key: str, source: str) -> None:
    """A shared file must not reach outside the plugin through ``plugin:../..``."""
    if not text.startswith(PLUGIN_PREFIX):
        return
    root = plugin_info.PLUGIN_DIR.resolve()
    target = (root / text[len(PLUGIN_PREFIX):].partition("|")[0]).resolve()
    if target != root and root not in target.parents:
        _fail(source, _N(CONTEXT, "{file}: '{key}' = '{path}' leaves the plugin folder; a path starting with "
                                  "plugin: names a file inside the plugin (e.g. plugin:resources/methods/"
                                  "hdf_2021.json). Correct the path."), key=key, path=text)


def _section(data: dict, key: str, allowed: set, source: str) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        _fail(source, _N(CONTEXT, "{file}: '{key}' must be an object."), key=key)
    unknown = sorted(set(value) - allowed)
    if unknown:
        _fail(source, _N(CONTEXT, "{file}: unknown key '{key}' (allowed: {allowed})."),
              key=f"{key}.{unknown[0]}", allowed=sorted(allowed))
    return value


def _text(section: dict, key: str, path: str, source: str) -> str:
    value = section.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        _fail(source, _N(CONTEXT, "{file}: '{key}' must be a text."), key=path)
    return value


def _parameters(section: dict, source: str) -> dict:
    out = {}
    for key, choices in (("normalisation", NORMALISATIONS), ("missing_rule", MISSING_RULES)):
        value = section.get(key)
        if value is not None and value not in choices:
            _fail(source, _N(CONTEXT, "{file}: '{key}' = '{value}' is not one of {choices}."),
                  key=f"parameters.{key}", value=value, choices=list(choices))
        out[key] = value
    share = section.get("min_share")
    if share is not None and (isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 < share <= 1):
        _fail(source, _N(CONTEXT, "{file}: 'parameters.min_share' must be a number above 0 and at most 1 "
                                  "(e.g. 0.5), or null."))
    out["min_share"] = None if share is None else float(share)
    weights = section.get("weights")
    if weights is not None:
        good = isinstance(weights, dict) and all(
            isinstance(k, str) and isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0
            for k, v in weights.items())
        if not good:
            _fail(source, _N(CONTEXT, "{file}: 'parameters.weights' must map axis ids to numbers of at least 0 "
                                      "(e.g. {{\"ax1\": 1, \"ax2\": 2}}), or be null."))
        weights = {k: float(v) for k, v in weights.items()}
    out["weights"] = weights
    return out


def _choice(section: dict, key: str, path: str, choices: tuple, default: str, source: str) -> str:
    value = section.get(key, default)
    if value not in choices:
        _fail(source, _N(CONTEXT, "{file}: '{key}' = '{value}' is not one of {choices}."), key=path, value=value,
              choices=list(choices))
    return value


def _number(section: dict, key: str, path: str, default, source: str, low: float, high: float,
            whole: bool = False):
    value = section.get(key, default)
    good = isinstance(value, (int, float)) and not isinstance(value, bool) and low <= value <= high
    if good and whole and value != int(value):
        good = False
    if not good:
        _fail(source, _N(CONTEXT, "{file}: '{key}' must be a number between {low} and {high}."), key=path,
              low=low, high=high)
    return int(value) if whole else float(value)


def _layer_ref(section: dict, path: str, base: Optional[Path], source: str) -> LayerRef:
    texts = {key: _text(section, key, f"{path}.{key}", source) for key in _LAYER_REF}
    return LayerRef(id=texts["id"], source=_layer_source(texts["source"], base, resolved_path),
                    provider=texts["provider"] or "ogr")


def _units(data: dict, base: Optional[Path], source: str) -> dict:
    units = _section(data, "units", _UNITS, source)
    members = _section(units, "members", _MEMBERS, source)
    return {"unit_level": _choice(units, "level", "units.level", UNIT_LEVELS, "commune", source),
            "members": _layer_ref(members, "units.members", base, source),
            "members_code_field": _text(members, "code_field", "units.members.code_field", source),
            "members_unit_field": _text(members, "unit_field", "units.members.unit_field", source)}


def _access(data: dict, base: Optional[Path], source: str) -> Optional[AccessConfig]:
    if data.get("access") is None:
        return None
    access = _section(data, "access", _ACCESS, source)
    network = _section(access, "network", _NETWORK, source)
    return AccessConfig(
        detour=_number(access, "detour", "access.detour", DEFAULT_DETOUR, source, 1.0, 10.0),
        speed_kmh=_number(access, "speed_kmh", "access.speed_kmh", DEFAULT_SPEED_KMH, source, 0.1, 300.0),
        intra=_choice(access, "intra", "access.intra", INTRA_MODES, "area", source),
        mode=_choice(access, "mode", "access.mode", ACCESS_MODES, "straight", source),
        network=_layer_ref(network, "access.network", base, source),
        network_speed_field=_text(network, "speed_field", "access.network.speed_field", source))


def _results(data: dict, source: str) -> ResultOptions:
    results = _section(data, "results", _RESULTS, source)
    default = ResultOptions()
    vary = results.get("vary_choices", default.vary_choices)
    if not isinstance(vary, bool):
        _fail(source, _N(CONTEXT, "{file}: '{key}' must be true or false."), key="results.vary_choices")
    return ResultOptions(
        classes=_number(results, "classes", "results.classes", default.classes, source, 2, 10, whole=True),
        seed=_number(results, "seed", "results.seed", default.seed, source, 0, 2 ** 31 - 1, whole=True),
        atlas_kind=_choice(results, "atlas_kind", "results.atlas_kind", ATLAS_KINDS, default.atlas_kind, source),
        atlas_mode=_choice(results, "atlas_mode", "results.atlas_mode", ATLAS_MODES, default.atlas_mode, source),
        table_format=_choice(results, "table_format", "results.table_format", TABLE_FORMATS, default.table_format,
                             source),
        stability_runs=_number(results, "stability_runs", "results.stability_runs", default.stability_runs, source,
                               10, 100000, whole=True),
        weight_spread=_number(results, "weight_spread", "results.weight_spread", default.weight_spread, source,
                              0.0, 0.95),
        vary_choices=vary)


def from_dict(data, base: Optional[Path], source: str = "<configuration>") -> RunConfig:
    if not isinstance(data, dict):
        _fail(source, _N(CONTEXT, "{file}: '{key}' must be an object."), key="(root)")
    if data.get("format") != CONFIG_FORMAT:
        _fail(source, _N(CONTEXT, "{file}: 'format' must be \"{expected}\"."), expected=CONFIG_FORMAT)
    unknown = sorted(set(data) - _TOP)
    if unknown:
        _fail(source, _N(CONTEXT, "{file}: unknown key '{key}' (allowed: {allowed})."), key=unknown[0],
              allowed=sorted(_TOP))
    layer = _section(data, "layer", _LAYER, source)
    reference = _section(data, "reference", _REFERENCE, source)
    parameters = _parameters(_section(data, "parameters", _PARAMETERS, source), source)
    mode = reference.get("mode", "all")
    if mode not in REFERENCE_MODES:
        _fail(source, _N(CONTEXT, "{file}: '{key}' = '{value}' is not one of {choices}."), key="reference.mode",
              value=mode, choices=list(REFERENCE_MODES))
    extra = data.get("extra", {})
    if not isinstance(extra, dict):
        _fail(source, _N(CONTEXT, "{file}: '{key}' must be an object."), key="extra")
    texts = {key: _text(data, key, key, source) for key in ("method", "binding", "display_filter", "output")}
    layer_texts = {key: _text(layer, key, f"layer.{key}", source) for key in _LAYER}
    for key, text in (("method", texts["method"]), ("binding", texts["binding"]), ("output", texts["output"]),
                      ("layer.source", layer_texts["source"])):
        _check_plugin_path(text, key, source)
    ref_texts = {key: _text(reference, key, f"reference.{key}", source) for key in ("field", "value", "expression")}
    defaults = RunConfig()
    return RunConfig(
        layer_id=layer_texts["id"], layer_source=_layer_source(layer_texts["source"], base, resolved_path),
        layer_provider=layer_texts["provider"] or "ogr", code_field=layer_texts["code_field"],
        name_field=layer_texts["name_field"], epci_field=layer_texts["epci_field"],
        dep_field=layer_texts["dep_field"], reference_mode=mode, reference_field=ref_texts["field"],
        reference_value=ref_texts["value"], reference_expression=ref_texts["expression"],
        display_filter=texts["display_filter"],
        method_path=resolved_path(texts["method"], base) or defaults.method_path,
        binding_path=resolved_path(texts["binding"], base) or defaults.binding_path,
        output_path=resolved_path(texts["output"], base), access=_access(data, base, source),
        results=_results(data, source), extra=extra, **parameters, **_units(data, base, source))


def check_files(config: RunConfig, source: str) -> None:
    """The method and binding files of a loaded configuration exist."""
    for key, path in (("method", config.method_path), ("binding", config.binding_path)):
        if not Path(path).is_file():
            _fail(source, _N(CONTEXT, "{file}: '{key}' names {path}, which does not exist; correct the path "
                                      "or put the file back."), key=key, path=path)


# --- files and projects --------------------------------------------------------------------------

def write_text_atomic(path: str, text: str) -> None:
    """Write a text file through a temporary sibling moved into place (never half-written)."""
    target = Path(path)
    try:
        write_text_atomically(target, text)
    except OSError as exc:
        raise ConfigError(_N(CONTEXT, "Cannot write {file}: {reason}."), file=str(target),
                          reason=exc.strerror or exc) from None


def save_file(config: RunConfig, path: str) -> None:
    """Write the configuration as JSON, paths relative to its folder where they can be."""
    text = json.dumps(to_dict(config, Path(path).parent), ensure_ascii=False, indent=2) + "\n"
    write_text_atomic(path, text)


def load_file(path: str) -> RunConfig:
    target = Path(path)
    data = read_json_file(target, ConfigError, _N(CONTEXT, "Configuration file not found: {file}."),
                          _N(CONTEXT, "Cannot read the configuration file {file}: {reason}."))
    config = from_dict(data, target.parent, str(target))
    check_files(config, str(target))
    return config


def _project_base(project: QgsProject) -> Optional[Path]:
    return Path(project.absolutePath()) if project.absolutePath() else None


def write_to_project(project: QgsProject, config: RunConfig, result_layer_id: str = "") -> None:
    text = json.dumps(to_dict(config, _project_base(project)), ensure_ascii=False)
    project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, text)
    if result_layer_id:
        project.writeEntry(PROJECT_SCOPE, PROJECT_RESULT_KEY, result_layer_id)


def read_from_project(project: QgsProject) -> tuple[Optional[RunConfig], str]:
    """The configuration stored in the project (None if there is none) and the result layer id."""
    text, found = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    result_id, _ = project.readEntry(PROJECT_SCOPE, PROJECT_RESULT_KEY, "")
    if not found or not text:
        return None, result_id
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(_N(CONTEXT, "{file}: invalid JSON at line {line}, column {column}: {reason}."),
                          file=project.fileName() or "project", line=exc.lineno, column=exc.colno,
                          reason=exc.msg) from None
    return from_dict(data, _project_base(project), project.fileName() or "project"), result_id


def to_json(config: RunConfig) -> str:
    """The configuration with absolute paths, for the user's preferences ("re-run the last run")."""
    return json.dumps(to_dict(config, None), ensure_ascii=False)


def from_json(text: str) -> RunConfig:
    return from_dict(json.loads(text), None, "last run")

