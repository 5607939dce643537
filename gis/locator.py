"""The locator filter "ifn": type a commune name or INSEE code, zoom to it and open its fiche.

QGIS clones the filter on the main thread for each search and runs ``fetchResults`` in a worker
thread, so the clone takes a ``PlaceIndex`` (plain Python lists) from its provider and the search
never touches a layer.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Callable, Optional

from qgis.core import QgsLocatorFilter, QgsLocatorResult
from qgis.PyQt.QtCore import QCoreApplication

from .compat import locator_user_data

PREFIX = "ifn"


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    layer_id: str
    fid: int


def folded(text: str) -> str:
    """Lower case without accents, hyphens or apostrophes: 'Saint-Rémy' → 'saint remy'."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    for sep in "-'’_":
        plain = plain.replace(sep, " ")
    return " ".join(plain.split())


class PlaceIndex:
    """Units searchable by code prefix or by name (start of the name first, then anywhere)."""

    def __init__(self, places: list) -> None:
        self.places = list(places)
        self._names = [folded(p.name) for p in self.places]

    def __len__(self) -> int:
        return len(self.places)

    def search(self, query: str, limit: int = 20) -> list:
        text = folded(query)
        if not text:
            return []
        code = query.strip().upper()
        by_code = [p for p in self.places if p.code.upper().startswith(code)]
        starts = [p for p, n in zip(self.places, self._names) if n.startswith(text)]
        inside = [p for p, n in zip(self.places, self._names) if text in n and not n.startswith(text)]
        found, seen = [], set()
        for place in sorted(by_code, key=lambda p: p.code) + sorted(starts, key=lambda p: (len(p.name), p.name)) \
                + sorted(inside, key=lambda p: p.name):
            if (place.layer_id, place.fid) not in seen:
                seen.add((place.layer_id, place.fid))
                found.append(place)
        return found[:limit]


class UnitLocatorFilter(QgsLocatorFilter):
    """``index_provider()`` gives the PlaceIndex to search (or None); ``on_chosen(place)`` opens it."""

    def __init__(self, index_provider: Callable[[], Optional[PlaceIndex]], on_chosen: Callable[[Place], None],
                 index: Optional[PlaceIndex] = None) -> None:
        super().__init__()
        self.index_provider = index_provider
        self.on_chosen = on_chosen
        self.index = index

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("fragilite_numerique", text)

    def name(self) -> str:
        return "fragilite_numerique_units"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Digital fragility: communes")

    def prefix(self) -> str:
        return PREFIX

    def clone(self) -> "UnitLocatorFilter":
        return UnitLocatorFilter(self.index_provider, self.on_chosen, self.index_provider())

    def fetchResults(self, string, context, feedback) -> None:  # noqa: N802
        if self.index is None or len(string.strip()) < 2:
            return
        for place in self.index.search(string):
            if feedback is not None and feedback.isCanceled():
                return
            # Plain values: QVariant cannot carry a Python object across QGIS versions.
            result = QgsLocatorResult(self, f"{place.name} ({place.code})",
                                      [place.code, place.name, place.layer_id, place.fid])
            result.group = self.tr("Communes")
            self.resultFetched.emit(result)

    def triggerResult(self, result) -> None:  # noqa: N802
        data = locator_user_data(result)
        if isinstance(data, (list, tuple)) and len(data) == 4:
            self.on_chosen(Place(str(data[0]), str(data[1]), str(data[2]), int(data[3])))
