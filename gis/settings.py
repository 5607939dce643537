"""The user's preferences: one typed dataclass stored in QgsSettings under the plugin's group.

Every preference is a field with a typed default; ``load()`` reads them all (a value of the wrong
type falls back to the default), ``save()`` writes them all, ``update()`` changes a few. Nothing
else in the plugin reads or writes QgsSettings for its own keys.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from qgis.core import QgsSettings

GROUP = "fragilite_numerique"


@dataclass(frozen=True)
class Preferences:
    output_folder: str = ""          # where the dock proposes to write results ('' = a temporary folder)
    config_folder: str = ""          # last folder of a configuration file (open / save)
    table_folder: str = ""           # last folder a table was added from
    last_run: str = ""               # configuration of the last run, as JSON, for "re-run"
    dock_step: int = 0               # step shown when the dock opens
    zoom_to_unit: bool = True        # zoom the map to the unit whose fiche is opened
    top_units: int = 10              # how many of the most fragile units the summary lists


def _read(settings: QgsSettings, name: str, default):
    kind = type(default)
    try:
        value = settings.value(name, default, type=kind)
    except TypeError:
        return default
    return value if isinstance(value, kind) else default


def load(settings: QgsSettings = None) -> Preferences:
    settings = settings or QgsSettings()
    settings.beginGroup(GROUP)
    try:
        return Preferences(**{f.name: _read(settings, f.name, f.default) for f in fields(Preferences)})
    finally:
        settings.endGroup()


def save(preferences: Preferences, settings: QgsSettings = None) -> None:
    settings = settings or QgsSettings()
    settings.beginGroup(GROUP)
    try:
        for name, value in asdict(preferences).items():
            settings.setValue(name, value)
    finally:
        settings.endGroup()


def update(**changes) -> Preferences:
    """Change some preferences (unknown names raise TypeError) and return the new set."""
    preferences = replace(load(), **changes)
    save(preferences)
    return preferences
