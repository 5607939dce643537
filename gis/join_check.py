"""The join report of a run, before the run: the tables read and joined to the units as the index does.

``check_joins`` computes the index of a request in memory (nothing is written) and returns its
join report: the same tables, code repairs, COG passages, merges and impossible values the run
will meet. ``join_report_html`` renders a run report's joins for the dock (core.join_report).
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QLocale

from ..core.join_report import render_html
from .messages import localized, tr, translate
from .scoring import QgisFeedback, ScoringRequest, compute


def join_report_html(report, title: str, summary: bool = False) -> str:
    """A run report's joins (and its warnings) as the HTML page the join step also writes.

    Without the summary table by default: the dock shows the counts in its own narrow table.
    """
    return render_html(report.joins, title, [localized(w) for w in report.warnings], translate,
                       language=QLocale().name()[:2] or "en", summary=summary)


def check_joins(request: ScoringRequest, qgs_feedback=None) -> tuple[list, str]:
    """(join entries as dicts, HTML report) of ``request``; its output is not written."""
    result, _frame = compute(request, QgisFeedback(qgs_feedback, 0, 100))
    return [j.to_dict() for j in result.report.joins], join_report_html(result.report, tr("Join report"))
