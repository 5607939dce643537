"""Access times from unit origins to the nearest destination of a type (METHOD.md §7). Pure numpy.

Everything here works on coordinates in metres in a projected CRS (the QGIS side extracts and
reprojects them). The default time is the straight-line distance × a detour coefficient / a speed;
``core.access_network`` gives shortest-path times on a road network instead.

A unit *holding* a destination (an equipment located in it: a commune counted in a BPE table, or a
point inside its polygon) gets the **intra-unit time** instead of a distance between points:

    intra = (2/3) · √(A / π) · detour / speed

the mean distance from a point spread uniformly over a disc of the unit's area A to its centre
(2/3 of the radius), travelled like any other straight-line leg. With ``intra="zero"`` the time is
0 (the convention of METHOD.md §7).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from .errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N

DEFAULT_DETOUR = 1.3
DEFAULT_SPEED_KMH = 50.0
INTRA_MODES = ("area", "zero")
MODES = ("straight", "network")
NO_UNIT = -1
_BRUTE_FORCE_CELLS = 2_000_000     # origin × destination distances held in memory at once


@dataclass(frozen=True)
class AccessParameters:
    """How a distance becomes a time (documented defaults: detour 1.3, 50 km/h)."""

    detour: float = DEFAULT_DETOUR
    speed_kmh: float = DEFAULT_SPEED_KMH
    intra: str = "area"
    mode: str = "straight"
    snap_m: float = 1.0                # road-network vertices in one grid cell of this size are one node

    def __post_init__(self) -> None:
        checks = (("detour", self.detour, 1.0, 10.0), ("speed_kmh", self.speed_kmh, 0.1, 300.0),
                  ("snap_m", self.snap_m, 0.0, 1000.0))
        for name, value, low, high in checks:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
                raise DataError(_N(CONTEXT, "Access-time parameter '{key}' = {value} is not a number between "
                                            "{low} and {high}."), key=name, value=value, low=low, high=high)
        if self.intra not in INTRA_MODES:
            raise DataError(_N(CONTEXT, "Access-time parameter '{key}' = '{value}' is not one of {choices}."),
                            key="intra", value=self.intra, choices=list(INTRA_MODES))
        if self.mode not in MODES:
            raise DataError(_N(CONTEXT, "Access-time parameter '{key}' = '{value}' is not one of {choices}."),
                            key="mode", value=self.mode, choices=list(MODES))

    @property
    def minutes_per_metre(self) -> float:
        return 60.0 / (self.speed_kmh * 1000.0)

    def straight_minutes(self, distance_m: np.ndarray) -> np.ndarray:
        return np.asarray(distance_m, dtype=float) * self.detour * self.minutes_per_metre

    def describe(self) -> dict:
        return {"mode": self.mode, "detour": self.detour, "speed_kmh": self.speed_kmh, "intra": self.intra,
                "snap_m": self.snap_m}


@dataclass
class Origins:
    """One point per unit (NaN where the unit has no geometry) and the unit's area in m²."""

    xy: np.ndarray
    area: np.ndarray
    labels: Optional[np.ndarray] = None    # codes or feature ids, to name units in reports

    def __post_init__(self) -> None:
        self.xy = np.asarray(self.xy, dtype=float).reshape(-1, 2)
        self.area = np.asarray(self.area, dtype=float).reshape(-1)
        if len(self.area) != len(self.xy):
            raise ValueError("one area per origin")
        if self.labels is None:
            self.labels = np.arange(len(self.xy)).astype(str)

    def __len__(self) -> int:
        return len(self.xy)

    @property
    def located(self) -> np.ndarray:
        return np.isfinite(self.xy).all(axis=1)


@dataclass
class Destinations:
    """Destination points and, for each, the index of the unit holding it (NO_UNIT if none)."""

    xy: np.ndarray
    unit: np.ndarray

    def __post_init__(self) -> None:
        self.xy = np.asarray(self.xy, dtype=float).reshape(-1, 2)
        self.unit = np.asarray(self.unit, dtype=np.int64).reshape(-1)
        keep = np.isfinite(self.xy).all(axis=1)
        self.xy, self.unit = self.xy[keep], self.unit[keep]

    def __len__(self) -> int:
        return len(self.xy)

    def holders(self, n_units: int) -> np.ndarray:
        mask = np.zeros(n_units, bool)
        held = self.unit[(self.unit >= 0) & (self.unit < n_units)]
        mask[held] = True
        return mask


def intra_unit_minutes(area_m2: np.ndarray, params: AccessParameters) -> np.ndarray:
    """Time inside a unit holding the equipment (see the module docstring for the formula)."""
    area = np.asarray(area_m2, dtype=float)
    if params.intra == "zero":
        return np.where(np.isnan(area), np.nan, 0.0)
    radius = np.sqrt(np.clip(area, 0.0, None) / np.pi)
    return params.straight_minutes(2.0 / 3.0 * radius)


def brute_force_nearest(origins_xy: np.ndarray, dest_xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distance to and index of the nearest destination, comparing every pair (chunked numpy)."""
    origins_xy = np.asarray(origins_xy, dtype=float).reshape(-1, 2)
    dest_xy = np.asarray(dest_xy, dtype=float).reshape(-1, 2)
    n = len(origins_xy)
    distance = np.full(n, np.inf)
    index = np.full(n, NO_UNIT, dtype=np.int64)
    if not len(dest_xy):
        return distance, index
    step = max(1, _BRUTE_FORCE_CELLS // len(dest_xy))
    for start in range(0, n, step):
        block = origins_xy[start:start + step]
        squared = ((block[:, None, :] - dest_xy[None, :, :]) ** 2).sum(axis=2)
        best = squared.argmin(axis=1)
        index[start:start + step] = best
        distance[start:start + step] = np.sqrt(squared[np.arange(len(block)), best])
    return distance, index


def kd_tree_class():
    """scipy's cKDTree, or None when SciPy is not installed (the numpy search is used instead)."""
    try:
        from scipy.spatial import cKDTree
    except ImportError:
        return None
    return cKDTree


def nearest(origins_xy: np.ndarray, dest_xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distance to and index of the nearest destination of every origin (inf / NO_UNIT if none).

    A k-d tree (SciPy) makes this O((n + m) log m); without SciPy, the exact chunked numpy search.
    """
    origins_xy = np.asarray(origins_xy, dtype=float).reshape(-1, 2)
    dest_xy = np.asarray(dest_xy, dtype=float).reshape(-1, 2)
    tree_class = kd_tree_class()
    if tree_class is None or not len(dest_xy) or not len(origins_xy):
        return brute_force_nearest(origins_xy, dest_xy)
    distance, index = tree_class(dest_xy).query(origins_xy, k=1)
    index = np.where(np.isfinite(distance), index, NO_UNIT).astype(np.int64)
    return np.asarray(distance, dtype=float), index


def straight_line_minutes(origins: Origins, dest: Destinations, params: AccessParameters) -> np.ndarray:
    """Minutes from every origin to its nearest destination; NaN without an origin or a destination."""
    n = len(origins)
    minutes = np.full(n, np.nan)
    located = origins.located
    if len(dest) and located.any():
        distance, _index = nearest(origins.xy[located], dest.xy)
        minutes[located] = params.straight_minutes(distance)
    return with_intra_times(minutes, origins, dest, params)


def with_intra_times(minutes: np.ndarray, origins: Origins, dest: Destinations, params: AccessParameters,
                     ) -> np.ndarray:
    """Units holding a destination get their intra-unit time (only where they have a geometry)."""
    held = dest.holders(len(origins)) & origins.located
    out = np.array(minutes, dtype=float)
    out[held] = intra_unit_minutes(origins.area[held], params)
    return out


def range_mean(times: list) -> np.ndarray:
    """A range (gamme) time: the mean of its types' nearest times; missing where one is missing."""
    if not times:
        raise ValueError("a range needs at least one type")
    return np.column_stack(times).mean(axis=1)
