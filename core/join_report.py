"""The join report: what matched, what did not, what was merged, which values are impossible.

Built by the pipeline for every run (``RunReport.joins``, stored in the output's metadata) and
by the "join source tables" step, which also writes it as HTML or CSV for the user.
"""

from __future__ import annotations

import csv
import html
import io
from typing import Optional

import numpy as np
import pandas as pd

from .errors import CONTEXT, Message, QT_TRANSLATE_NOOP as _N

# Units whose values cannot be negative; '%' must also stay within 0-100.
NON_NEGATIVE_UNITS = {"%", "€", "min", "km", "m", "nb", "hab"}


def range_checks(method, values: dict, unit_codes: pd.Index) -> tuple[list, list]:
    """Bound variables with impossible values: a rate outside 0-100, a negative count or amount.

    Returns one dict per variable with a problem, and the warnings to show.
    """
    problems = []
    warnings = []
    codes = np.asarray(unit_codes, dtype=object)
    for leaf, lv in values.items():
        if lv.status == "absent" or lv.source is None:
            continue
        unit = method.leaf_owner(leaf).unit
        x = lv.values
        below = (x < 0) if unit in NON_NEGATIVE_UNITS else np.zeros(x.shape, bool)
        above = (x > 100) if unit == "%" else np.zeros(x.shape, bool)
        negative_counts = np.zeros(x.shape, bool)
        for counts in (lv.numerator, lv.denominator):
            if counts is not None:
                negative_counts |= counts < 0
        bad = below | above | negative_counts
        if not bad.any():
            continue
        where = np.flatnonzero(bad)[:5]
        examples = [[str(codes[i]), None if np.isnan(x[i]) else float(x[i])] for i in where]
        problems.append({"variable": leaf, "table": lv.source.table, "source": lv.source.describe(), "unit": unit,
                         "below_0": int(below.sum()), "above_100": int(above.sum()),
                         "negative_counts": int(negative_counts.sum()), "examples": examples})
        warnings.append(Message(_N(CONTEXT, "Variable '{variable}' ({source}) has {count} impossible value(s) (a "
                                            "rate above 100, a negative rate, count or amount), e.g. {codes}; check "
                                            "the table."),
                                variable=leaf, source=lv.source.describe(), count=int(bad.sum()),
                                codes=[e[0] for e in examples]))
    return problems, warnings


def attach_range_problems(joins: list, problems: list, unit_level: str) -> None:
    """Each problem goes with the join of its table at the units' level."""
    by_table: dict = {}
    for problem in problems:
        by_table.setdefault(problem["table"], []).append(problem)
    for stats in joins:
        if stats.level == unit_level:
            stats.out_of_range = by_table.get(stats.table, [])


def summary_rows(joins: list) -> list:
    """One flat row per table (for CSV and the HTML summary)."""
    rows = []
    for j in joins:
        d = j if isinstance(j, dict) else j.to_dict()
        details = d.get("details", {})
        values = d.get("values", [])
        rows.append({
            "table": d["table"], "file": d["path"], "level": d.get("level", ""), "rows_read": details.get("rows_read", ""),
            "rows": d["rows"], "targets": d.get("n_targets", ""), "matched": d["matched_units"],
            "units_without_row": d["n_units_without_row"], "codes_without_unit": d["n_codes_without_unit"],
            "restored_leading_zeros": details.get("restored_leading_zeros", 0),
            "invalid_codes": details.get("n_invalid_codes", 0), "remapped_codes": details.get("remapped_codes", 0),
            "merged_rows": details.get("merged_rows", 0),
            "non_additive_columns": " ".join(details.get("non_additive_columns", [])),
            "missing_values": sum(v.get("missing", 0) for v in values),
            "not_numeric_values": sum(v.get("not_numeric", 0) for v in values),
            "out_of_range_values": sum(p["below_0"] + p["above_100"] + p["negative_counts"]
                                       for p in d.get("out_of_range", [])),
            "examples_units_without_row": " ".join(d["units_without_row"][:10]),
            "examples_codes_without_unit": " ".join(d["codes_without_unit"][:10]),
        })
    return rows


def render_csv(joins: list) -> str:
    rows = summary_rows(joins)
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=";", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return out.getvalue()


_LABELS = {
    "table": _N(CONTEXT, "Table"), "file": _N(CONTEXT, "File"), "level": _N(CONTEXT, "Level"),
    "rows_read": _N(CONTEXT, "Rows read"), "rows": _N(CONTEXT, "Codes kept"),
    "targets": _N(CONTEXT, "Units to join"), "matched": _N(CONTEXT, "Units found"),
    "units_without_row": _N(CONTEXT, "Units without a row"), "codes_without_unit": _N(CONTEXT, "Codes without a unit"),
    "restored_leading_zeros": _N(CONTEXT, "Leading zeros restored"), "invalid_codes": _N(CONTEXT, "Invalid codes"),
    "remapped_codes": _N(CONTEXT, "Codes moved to the layer's vintage"), "merged_rows": _N(CONTEXT, "Rows merged"),
    "non_additive_columns": _N(CONTEXT, "Non-additive columns (weighted mean)"),
    "missing_values": _N(CONTEXT, "Missing values (secrecy…)"), "not_numeric_values": _N(CONTEXT, "Values not numeric"),
    "out_of_range_values": _N(CONTEXT, "Impossible values"),
}
_BAD = ("units_without_row", "codes_without_unit", "invalid_codes", "not_numeric_values", "out_of_range_values")


def _list(items: list) -> str:
    """Items as text (escaped with the sentence that holds them)."""
    return ", ".join(str(i) for i in items) if items else "—"


def render_html(joins: list, title: str, messages: Optional[list] = None, translate=None, language: str = "en",
                summary: bool = True) -> str:
    """A self-contained HTML page (the user's report; the metadata keeps the same data).

    ``translate(context, text)`` gives the user's language (QGIS passes its translator);
    ``summary=False`` leaves out the wide summary table (a narrow panel shows its own).
    """
    def t(template: str, **params) -> str:
        return html.escape(Message(template, **params).text(translate))

    parts = [f"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}"
             "</title><style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;"
             "margin-bottom:1em}td,th{border:1px solid #bbb;padding:3px 8px;text-align:left;vertical-align:top}"
             "th{background:#eee}.bad{color:#a00;font-weight:bold}</style></head><body>",
             f"<h1>{html.escape(title)}</h1>"]
    rows = summary_rows(joins) if summary else []
    if rows:
        parts.append(f"<h2>{t(_N(CONTEXT, 'Summary'))}</h2><table><tr>"
                     + "".join(f"<th>{t(label)}</th>" for label in _LABELS.values()) + "</tr>")
        for row in rows:
            cells = [f"<td class=\"bad\">{html.escape(str(row[k]))}</td>" if k in _BAD and row[k] not in (0, "", None)
                     else f"<td>{html.escape(str(row[k]))}</td>" for k in _LABELS]
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</table>")
    for j in joins:
        d = j if isinstance(j, dict) else j.to_dict()
        details = d.get("details", {})
        parts.append(f"<h2>{html.escape(d['table'])} ({html.escape(str(d.get('level', '')))})</h2>"
                     f"<p>{html.escape(d['path'])}</p><ul>")
        read = details.get("read") or {}
        if read:
            parts.append("<li>" + t(_N(CONTEXT, "Read as {format}, encoding {encoding}, separator {separator}, header "
                                                "on line {line}, {count} title row(s) skipped"),
                                    format=read.get("format", ""), encoding=read.get("encoding") or "—",
                                    separator=repr(read.get("separator") or "—"), line=read.get("header_line", 1),
                                    count=read.get("title_rows", 0)) + "</li>")
        parts.append("<li>" + t(_N(CONTEXT, "Units without a row ({count}): {codes}"), count=d["n_units_without_row"],
                                codes=_list(d["units_without_row"][:50])) + "</li>")
        parts.append("<li>" + t(_N(CONTEXT, "Codes of the table without a unit ({count}): {codes}"),
                                count=d["n_codes_without_unit"], codes=_list(d["codes_without_unit"][:50])) + "</li>")
        if details.get("n_invalid_codes"):
            parts.append("<li>" + t(_N(CONTEXT, "Invalid codes ({count}): {codes} (lines {lines})"),
                                    count=details["n_invalid_codes"], codes=_list(details["invalid_codes"][:20]),
                                    lines=_list(details.get("invalid_lines", []))) + "</li>")
        for merge in details.get("merges", []):
            parts.append("<li>" + t(_N(CONTEXT, "Rows merged ({reason}): {rows} row(s), {count} code(s)"),
                                    reason=merge["reason"], rows=merge["rows"], count=merge["codes"]) + "</li>")
        rules = details.get("merge_rules") or {}
        if rules:
            parts.append("<li>" + t(_N(CONTEXT, "How columns were merged: {rules}"),
                                    rules=_list([f"{c} = {r}" for c, r in rules.items()])) + "</li>")
        for v in d.get("values", []):
            if v.get("missing") or v.get("not_numeric") or v.get("negative"):
                examples = _list([f"{line}: « {value} »" for line, value in v.get("examples", [])])
                parts.append("<li>" + t(_N(CONTEXT, "Column {column}: {missing} missing, {bad} not numeric (lines "
                                                    "{examples}), {negative} negative"),
                                        column=v["column"], missing=v.get("missing", 0), bad=v.get("not_numeric", 0),
                                        examples=examples, negative=v.get("negative", 0)) + "</li>")
        for p in d.get("out_of_range", []):
            parts.append("<li class=\"bad\">" + t(_N(CONTEXT, "Variable {variable}: {above} above 100, {below} "
                                                             "negative, {counts} negative count(s), e.g. {codes}"),
                                                  variable=p["variable"], above=p["above_100"], below=p["below_0"],
                                                  counts=p["negative_counts"],
                                                  codes=_list([e[0] for e in p["examples"]])) + "</li>")
        parts.append("</ul>")
    if messages:
        parts.append(f"<h2>{t(_N(CONTEXT, 'Messages'))}</h2><ul>"
                     + "".join(f"<li>{html.escape(str(m))}</li>" for m in messages) + "</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)
