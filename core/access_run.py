"""Access times of every unit for a list of destination types and ranges, with what was missing reported.

The equipment is one table of destinations (``source``, ``type``, ``x``, ``y`` in metres, ``unit``:
the position of the unit holding it or -1); type sets select from it and ranges average type sets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from .access import AccessParameters, Destinations, Origins, range_mean
from .access_network import RoadNetwork, straight_or_network
from .access_spec import TypeSet
from .errors import CONTEXT, Feedback, Message, QT_TRANSLATE_NOOP as _N

FAR_FROM_NETWORK_M = 2000.0

def empty_equipment() -> pd.DataFrame:
    return pd.DataFrame({"source": pd.Series(dtype=object), "type": pd.Series(dtype=object),
                         "x": pd.Series(dtype=float), "y": pd.Series(dtype=float),
                         "unit": pd.Series(dtype=np.int64)})


def equipment_frame(source: str, types, xy: np.ndarray, unit: np.ndarray) -> pd.DataFrame:
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    return pd.DataFrame({"source": source, "type": np.asarray(types, dtype=object), "x": xy[:, 0],
                         "y": xy[:, 1], "unit": np.asarray(unit, dtype=np.int64)})


@dataclass
class SetReport:
    id: str
    destinations: int = 0
    absent_types: list = field(default_factory=list)   # "source:type" with no destination
    no_value: int = 0                                   # units with a geometry but no time (unreachable)
    examples: list = field(default_factory=list)

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class AccessReport:
    parameters: dict = field(default_factory=dict)
    sets: dict = field(default_factory=dict)           # id -> SetReport
    empty: list = field(default_factory=list)          # type sets and ranges with no destination at all
    no_origin: list = field(default_factory=list)      # units without geometry (labels)
    n_no_origin: int = 0
    sources: list = field(default_factory=list)        # access_sources.SourceReport
    network: Optional[dict] = None
    warnings: list = field(default_factory=list)       # Message

    def to_dict(self) -> dict:
        return {"parameters": self.parameters, "sets": {k: v.to_dict() for k, v in self.sets.items()},
                "empty": self.empty, "no_origin": self.no_origin, "n_no_origin": self.n_no_origin,
                "sources": [s.to_dict() for s in self.sources], "network": self.network,
                "warnings": [w.to_dict() for w in self.warnings]}


@dataclass
class AccessResult:
    times: pd.DataFrame          # one row per unit (positions), one column per type set and range (minutes)
    report: AccessReport


def select(equipment: pd.DataFrame, type_set: TypeSet) -> tuple[pd.DataFrame, list]:
    """The destinations of a type set and the listed (source, type) that have none."""
    mask = np.zeros(len(equipment), bool)
    absent = []
    for target in type_set.targets:
        in_source = np.ones(len(equipment), bool) if target.source is None else \
            (equipment["source"] == target.source).to_numpy()
        if target.types is None:
            mask |= in_source
            if not in_source.any():
                absent.append(f"{target.source}:*")
            continue
        present = set(equipment.loc[in_source, "type"])
        absent.extend(f"{target.source}:{t}" if target.source else t for t in target.types if t not in present)
        mask |= in_source & equipment["type"].isin(target.types).to_numpy()
    return equipment[mask], absent


def compute_access(origins: Origins, equipment: pd.DataFrame, sets: list, ranges: list,
                   params: AccessParameters, network: Optional[RoadNetwork] = None,
                   feedback: Optional[Feedback] = None) -> AccessResult:
    """Nearest time per type set (straight line or network), then the range means."""
    feedback = feedback or Feedback()
    report = AccessReport(parameters=params.describe())
    if network is not None:
        report.network = network.report.to_dict()
        report.warnings.extend(far_from_network(origins, network))
    missing = ~origins.located
    report.n_no_origin = int(missing.sum())
    report.no_origin = [str(v) for v in origins.labels[missing][:20]]
    if report.n_no_origin:
        report.warnings.append(Message(_N(CONTEXT, "{count} unit(s) have no geometry (e.g. {units}); their access "
                                                   "times are missing."), count=report.n_no_origin,
                                       units=report.no_origin))
    columns: dict = {}
    for position, type_set in enumerate(sets):
        feedback.check()
        chosen, absent = select(equipment, type_set)
        dest = Destinations(chosen[["x", "y"]].to_numpy(dtype=float), chosen["unit"].to_numpy())
        set_report = SetReport(type_set.id, destinations=len(dest), absent_types=absent)
        report.sets[type_set.id] = set_report
        if not len(dest):
            report.empty.append(type_set.id)
            report.warnings.append(Message(_N(CONTEXT, "Access time '{name}': no destination of {types} in the "
                                                       "data; it has no value."), name=type_set.id,
                                           types=absent or ["-"]))
            columns[type_set.id] = np.full(len(origins), np.nan)
            continue
        if absent:
            report.warnings.append(Message(_N(CONTEXT, "Access time '{name}': type(s) {types} have no destination "
                                                       "in the data; they are left out."), name=type_set.id,
                                           types=absent))
        minutes = straight_or_network(origins, dest, params, network)
        unreachable = np.isnan(minutes) & origins.located
        set_report.no_value = int(unreachable.sum())
        if set_report.no_value:
            set_report.examples = [str(v) for v in origins.labels[unreachable][:10]]
            report.warnings.append(Message(_N(CONTEXT, "Access time '{name}': {count} unit(s) cannot reach any "
                                                       "destination on the road network (e.g. {units}); they get "
                                                       "no value, not 0."), name=type_set.id,
                                           count=set_report.no_value, units=set_report.examples))
        columns[type_set.id] = minutes
        feedback.set_progress(100.0 * (position + 1) / max(len(sets), 1))
    for access_range in ranges:
        members = [m for m in access_range.members if m not in report.empty]
        if not members:
            report.empty.append(access_range.id)
            columns[access_range.id] = np.full(len(origins), np.nan)
            continue
        columns[access_range.id] = range_mean([columns[m] for m in members])
    times = pd.DataFrame(columns, index=pd.RangeIndex(len(origins)))
    return AccessResult(times=times, report=report)


def far_from_network(origins: Origins, network: RoadNetwork) -> list:
    """Units whose straight leg to the network is long: their time is mostly off the network."""
    located = origins.located
    if not located.any():
        return []
    _node, leg = network.snap(origins.xy[located])
    far = leg > FAR_FROM_NETWORK_M
    if not far.any():
        return []
    return [Message(_N(CONTEXT, "{count} unit(s) are more than {km} km from the nearest node of the road network "
                                "(e.g. {units}); their time includes that distance in straight line."),
                    count=int(far.sum()), km=FAR_FROM_NETWORK_M / 1000.0,
                    units=[str(v) for v in origins.labels[located][far][:10]])]
