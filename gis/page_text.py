"""The texts of atlas pages, in French: QGIS label texts with ``[% expression %]`` parts evaluated
on the current atlas feature, and the cells of the variable table.

Reference-territory values are layout variables (``@ref_<field>``), so a user can read and edit
them in the layout properties.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsExpression, QgsProperty, QgsTableCell

from ..core import fields as F
from ..core.classify import french_number
from ..core.method import Method
from ..core.pages import TableRow, origin_labels, unit_decimals

DASH = "–"
NO_VALUE = "n.d."


def column(name: str) -> str:
    return QgsExpression.quotedColumnRef(name)


def literal(text: str) -> str:
    return QgsExpression.quotedString(text)


def reference_variable(field: str) -> str:
    """Name of the layout variable holding the reference territory's value of ``field``."""
    return f"ref_{field}"


def number(expression: str, decimals: int, suffix: str = "", missing: str = NO_VALUE) -> str:
    """Expression: the value in French format (and unit), or ``missing``."""
    text = f"format_number({expression}, {decimals}, 'fr')"
    if suffix:
        text = f"{text} || {literal(' ' + suffix)}"
    return f"coalesce({text}, {literal(missing)})"


def show(expression: str) -> str:
    return f"[% {expression} %]"


def method_line(method: Method) -> str:
    return f"Indice de fragilité numérique, méthode « {method.label} »"


def epci_title(code_field: str, name_field: Optional[str]) -> tuple:
    title = show(column(name_field)) if name_field else f"EPCI {show(column(code_field))}"
    return title, f"SIREN {show(column(code_field))}"


def commune_title(code_field: str, name_field: Optional[str], parents: list) -> tuple:
    title = f"{show(column(name_field))} ({show(column(code_field))})" if name_field else show(column(code_field))
    return title, " – ".join(show(f"coalesce({column(f)}, '')") if not label else f"{label} {show(column(f))}"
                             for label, f in parents)


def _rank_line(n_reference: int, units: str) -> str:
    rank = number(column(F.RANK), 0, missing="hors du territoire de référence")
    return (f"Rang : {show(rank)} sur {french_number(n_reference, 0)} {units} du territoire de référence "
            f"(1 = le plus fragile) – décile {show(number(column(F.DECILE), 0, missing=DASH))}")


def by_code(values: dict, code_field: str) -> str:
    """Expression: the text of ``values`` (code → text) for the current feature's code, else a dash."""
    pairs = ", ".join(f"{literal(str(code))}, {literal(str(text))}" for code, text in values.items())
    return f"coalesce(map_get(map({pairs}), to_string({column(code_field)})), {literal(DASH)})"


def key_figures(fields: set, n_reference: int, units: str, averaged: bool,
                commune_typology: Optional[str] = None) -> str:
    """The key figures block: composite against the reference, rank, sensitivity, typology, coverage.

    Lines whose fields the layer lacks are left out (no empty line). ``commune_typology``: an
    expression giving the communes' typology counts of a page whose layer does not hold them."""
    mean = " (moyenne des communes)" if averaged else ""
    reference = f"moyenne des {units}"
    lines = [f"Indice composite{mean} : {show(number(column(F.COMPOSITE), 2))}",
             f"Territoire de référence ({reference}) : {show(number('@' + reference_variable(F.COMPOSITE), 2))}"]
    if "n_unites" in fields:
        lines.append(f"Communes : {show(number(column('n_unites'), 0))}")
    if F.RANK in fields:
        lines.append(_rank_line(n_reference, units))
    if {F.RANK_MEDIAN, F.RANK_LOW, F.RANK_HIGH} <= fields:
        lines.append(f"Rang selon les choix de méthode : médiane {show(number(column(F.RANK_MEDIAN), 0, missing=DASH))}"
                     f", de {show(number(column(F.RANK_LOW), 0, missing=DASH))} à "
                     f"{show(number(column(F.RANK_HIGH), 0, missing=DASH))}")
    if F.POLICY_2X2_LABEL in fields:
        lines.append(f"Typologie : {show(f'coalesce({column(F.POLICY_2X2_LABEL)}, {literal(DASH)})')}")
    if "typ_comm" in fields:
        lines.append(f"Typologie des communes : {show(column('typ_comm'))}")
    elif commune_typology:
        lines.append(f"Typologie des communes : {show(commune_typology)}")
    if F.COVERAGE in fields:
        observed = number(f"{column(F.COVERAGE)} * 100", 0, "%", DASH)
        lines.append(f"Variables observées : {show(observed)} – imputées : "
                     f"{show(number(column(F.N_IMPUTED), 0, missing=DASH))}")
    return "\n".join(lines)


def source_names(record: dict) -> list:
    """Each source of a run with its year, the year left out when the name already gives it."""
    names = []
    for source in record.get("sources", []):
        name = source.get("source") or source.get("file") or ""
        year = str(source.get("year") or "")
        names.append(f"{name} ({year})" if year and year not in name else name)
    return names


def variable_labels(method: Method, record: dict, key: str) -> list:
    """Labels of the run's proxy (``key`` = 'proxies') or absent ('absents') variables, each once."""
    labels = []
    for item in record.get(key, []):
        try:
            label = method.leaf_owner(item["variable"]).label
        except KeyError:
            label = item.get("label") or item["variable"]
        if label not in labels:
            labels.append(label)
    return labels


def sources_text(method: Method, record: dict) -> str:
    """Method, sources with their years, proxy and absent variables, in a few dense lines."""
    lines = [f"Méthode : {method.description or method.label}"]
    if method.reference:
        lines.append(f"Référence : {method.reference}")
    sources = source_names(record)
    if sources:
        lines.append("Sources : " + " ; ".join(sources) + ".")
    for key, title in (("proxies", "Variables approchées"), ("absents", "Variables absentes")):
        labels = variable_labels(method, record, key)
        if labels:
            lines.append(f"{title} : " + " ; ".join(labels) + ".")
    return "\n".join(lines)


def date_text(record: dict) -> str:
    computed = record.get("date", "")[:10]
    when = f" – indice calculé le {'/'.join(reversed(computed.split('-')))}" if computed else ""
    version = record.get("plugin_version", "")
    today = show("format_date(now(), 'dd/MM/yyyy')")
    return f"Édité le {today}{when} – plugin Fragilité numérique {version}".rstrip()


def cell(text: str) -> QgsTableCell:
    return QgsTableCell(text)


def expression_cell(expression: str) -> QgsTableCell:
    return QgsTableCell(QgsProperty.fromExpression(expression))


def row_label(row: TableRow) -> str:
    label = f"   · {row.label}" if row.component else row.label
    return f"{label} (approchée)" if row.status == "proxy" else label


def value_cell(row: TableRow, expression_of) -> QgsTableCell:
    """The raw value of the row (``expression_of(field)`` gives its expression), or why there is none."""
    if row.status == "absent":
        return cell("absente")
    if not row.value_field:
        return cell("")
    return expression_cell(number(expression_of(row.value_field), unit_decimals(row.unit), row.unit, DASH))


def origin_cell(row: TableRow) -> QgsTableCell:
    if row.status == "absent" or not row.flag_field:
        return cell("" if row.status != "absent" else DASH)
    pairs = ", ".join(f"{literal(code)}, {literal(text)}" for code, text in origin_labels().items())
    field = column(row.flag_field)
    return expression_cell(f"coalesce(map_get(map({pairs}), {field}), {field}, {literal(DASH)})")


def score_cell(field: Optional[str], decimals: int, absent: bool) -> QgsTableCell:
    if absent or not field:
        return cell(DASH if absent else "")
    return expression_cell(number(column(field), decimals, missing=DASH))


def year_cell(row: TableRow) -> QgsTableCell:
    return cell(str(row.year) if row.year else DASH)
