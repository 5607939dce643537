"""Binding proposals from INSEE column codes, whatever their year.

INSEE names its columns with codes: census (recensement) variables are a prefix ``P`` or ``C``,
a two-digit year and a stem (``P17_POP75P``, ``C20_MEN``); Filosofi variables are a stem and a
two-digit year (``MED18``, ``TP6018``, ``PPSOC18``). Recognising the stem lets the plugin propose,
for each variable of a method, a column or a numerator / denominator pair with its year, from
the recipes in ``resources/recipes/insee_recipes.json`` (data, not code). The user confirms or
edits the proposal; it is then saved as a binding file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .binding import BINDING_FORMAT, terms_text
from .errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N
from .method import Method
from .textfile import write_text_atomically

RECIPES_FILE = Path(__file__).resolve().parents[1] / "resources" / "recipes" / "insee_recipes.json"
_CENSUS = re.compile(r"^(?P<prefix>[PC])(?P<yy>\d{2})_(?P<stem>[A-Z0-9_]+)$")
_FILOSOFI_COUNTS = {"NBMENFISC", "NBPERSMENFISC", "NBUC"}
_FILOSOFI_NON_ADDITIVE = {"MED", "D1", "D9", "Q1", "Q3", "RD", "S80S20", "GI", "D2", "D3", "D4", "D6", "D7", "D8"}
_FILOSOFI_RATES = {"PIMP", "TP60", "PACT", "PTSA", "PCHO", "PBEN", "PPEN", "PPAT", "PPSOC", "PPFAM", "PPMINI",
                   "PPLOGT", "PIMPOT", "TP60AGE1", "TP60AGE2", "TP60AGE3", "TP60AGE4", "TP60AGE5", "TP60AGE6",
                   "TP60TOL1", "TP60TOL2"}

COUNT = "count"
RATE = "rate"
NON_ADDITIVE = "non_additive"


@dataclass(frozen=True)
class InseeCode:
    column: str
    family: str          # "census" or "filosofi"
    stem: str
    year: int
    kind: str            # COUNT, RATE or NON_ADDITIVE
    prefix: str = ""     # census: P (main exploitation) or C (complementary)


def _year(two_digits: str) -> int:
    value = int(two_digits)
    return 2000 + value if value < 70 else 1900 + value


def parse_insee(column: str) -> Optional[InseeCode]:
    """The INSEE variable behind a column name, or None."""
    name = str(column).strip().upper()
    match = _CENSUS.match(name)
    if match:
        return InseeCode(column=column, family="census", stem=match.group("stem"), year=_year(match.group("yy")),
                         kind=COUNT, prefix=match.group("prefix"))
    if len(name) > 2 and name[-2:].isdigit():
        stem = name[:-2]
        for names, kind in ((_FILOSOFI_COUNTS, COUNT), (_FILOSOFI_NON_ADDITIVE, NON_ADDITIVE),
                            (_FILOSOFI_RATES, RATE)):
            if stem in names:
                return InseeCode(column=column, family="filosofi", stem=stem, year=_year(name[-2:]), kind=kind)
    return None


def insee_counts(columns: Iterable[str]) -> list:
    """Columns that are INSEE counts (summable when rows are merged)."""
    return [c for c in columns if (code := parse_insee(c)) is not None and code.kind == COUNT]


def load_recipes(path: "str | Path" = RECIPES_FILE) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataError(_N(CONTEXT, "Cannot read the recipes file {file}: {reason}."), file=str(path),
                        reason=str(exc)) from None
    return data.get("variables", {})


@dataclass
class Proposal:
    """A proposed binding of one method variable (the user confirms or edits it)."""

    leaf: str
    status: str
    table: str
    year: int
    note: str = ""
    column: Optional[str] = None
    numerator: tuple = ()          # (sign, column) terms
    denominator: tuple = ()
    scale: float = 1.0
    alternatives: list = field(default_factory=list)

    def describe(self) -> str:
        if self.column:
            return f"{self.table}: {self.column} ({self.year})"
        scale = f" × {self.scale:g}" if self.scale != 1 else ""
        return f"{self.table}: ({terms_text(self.numerator)}) / ({terms_text(self.denominator)}){scale} ({self.year})"

    def to_binding(self) -> dict:
        out: dict = {"status": self.status, "table": self.table, "year": self.year}
        if self.column:
            out["column"] = self.column
        else:
            out["numerator"] = _terms_json(self.numerator)
            out["denominator"] = _terms_json(self.denominator)
            if self.scale != 1:
                out["scale"] = self.scale
        if self.note:
            out["note"] = self.note
        return out


def _terms_json(terms: tuple):
    names = [("-" if sign < 0 else "") + column for sign, column in terms]
    return names[0] if len(names) == 1 else names


def _index(columns: Iterable[str]) -> dict:
    """(family, stem) → {year: column}, preferring the census's main exploitation (P) over C."""
    found: dict = {}
    for column in columns:
        code = parse_insee(column)
        if code is None:
            continue
        years = found.setdefault((code.family, code.stem), {})
        if code.year not in years or code.prefix == "P":
            years[code.year] = column
    return found


def _match(recipe: dict, table: str, index: dict) -> Optional[Proposal]:
    family = recipe.get("family", "census")
    status = recipe.get("status", "real")
    note = recipe.get("note", "")
    if "column" in recipe:
        years = index.get((family, recipe["column"]))
        if not years:
            return None
        year = max(years)
        return Proposal(leaf="", status=status, table=table, year=year, note=note, column=years[year])
    stems = [s.lstrip("-") for s in recipe["numerator"] + recipe["denominator"]]
    available = [set(index.get((family, s), {})) for s in stems]
    common = set.intersection(*available) if available else set()
    if not common:
        return None
    year = max(common)

    def terms(names: list) -> tuple:
        return tuple((-1 if n.startswith("-") else 1, index[(family, n.lstrip("-"))][year]) for n in names)

    return Proposal(leaf="", status=status, table=table, year=year, note=note, numerator=terms(recipe["numerator"]),
                    denominator=terms(recipe["denominator"]), scale=float(recipe.get("scale", 1)))


def propose(method: Method, tables: dict, recipes: Optional[dict] = None) -> dict:
    """For each leaf variable of ``method``: the best proposal (or None) from ``tables``.

    ``tables`` maps a table id to its column names. Recipes are tried in order (the real variable
    before its proxies); within a recipe the most recent year wins, then the first table.
    """
    recipes = load_recipes() if recipes is None else recipes
    indexes = {table: _index(columns) for table, columns in tables.items()}
    out = {}
    for leaf in method.leaves:
        found = []
        for recipe in recipes.get(leaf, []):
            matches = [m for table, index in indexes.items() if (m := _match(recipe, table, index)) is not None]
            if matches:
                best = max(matches, key=lambda m: m.year)
                best.leaf = leaf
                found.append(best)
        if found:
            found[0].alternatives = found[1:]
        out[leaf] = found[0] if found else None
    return out


def binding_with_proposals(base: dict, proposals: dict, replace_bound: bool = False) -> dict:
    """A binding dict with the proposals filled in (variables already bound kept unless asked)."""
    data = json.loads(json.dumps(base))
    data.setdefault("format", BINDING_FORMAT)
    variables = data.setdefault("variables", {})
    for leaf, proposal in proposals.items():
        if proposal is None:
            continue
        current = variables.get(leaf)
        if current and current.get("status") != "absent" and not replace_bound:
            continue
        variables[leaf] = proposal.to_binding()
    return data


def save_binding(data: dict, path: "str | Path") -> None:
    """Write a binding file atomically (a temporary file moved into place)."""
    write_text_atomically(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def propose_for_binding(method: Method, binding, reader=None, recipes: Optional[dict] = None) -> dict:
    """Proposals from the columns of every table a binding declares (each table read once)."""
    from .sources import default_reader

    reader = reader or default_reader
    columns = {tid: list(reader(binding.table_path(tid), spec).columns) for tid, spec in binding.tables.items()}
    return propose(method, columns, recipes)
