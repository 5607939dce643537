"""The join report in the Data step: a table per source table, and the full report (HTML) below.

"Vérifier les jointures" asks the dock to read the tables and join them to the units as the run
will, before any run; a run shows its own report the same way.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ..gis.messages import tr
from .widgets import cell, fit_rows, group, hint, integer, set_hint, table

REPORT_HEIGHT = 320


class JoinReportBox(QWidget):
    check_requested = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hint = hint()
        self.check_button = QPushButton(tr("Check the joins"))
        self.check_button.setToolTip(tr("Read the tables and join them to the units as the run will, without "
                                        "computing or writing anything."))
        # Short headers (the dock is narrow); the tooltips say what they count.
        self.joins = table([tr("Table"), tr("Found"), tr("No row"), tr("Extra codes")], stretch=(0,))
        for column, tip in ((1, tr("Units of the layer found in the table")),
                            (2, tr("Units of the layer without a row in the table")),
                            (3, tr("Codes of the table that match no unit"))):
            self.joins.horizontalHeaderItem(column).setToolTip(tip)
        self.joins.hide()
        self.report = QTextBrowser()
        self.report.setOpenExternalLinks(False)
        self.report.setFixedHeight(REPORT_HEIGHT)
        # The report's titles at the size of the panel's text, not of a web page.
        self.report.document().setDefaultStyleSheet("h1 {font-size: large;} h2 {font-size: medium;} "
                                                     "ul {margin-left: 0px; -qt-list-indent: 1;}")
        self.report.hide()
        box, layout = group(tr("Join report"), self.hint)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.joins)
        layout.addWidget(self.report)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        self.check_button.clicked.connect(self.check_requested)
        self.show_joins([])

    def show_joins(self, joins: list, html: str = "") -> None:
        """``joins``: join entries (dicts of the run report); ``html``: the full report, if any."""
        self.joins.setRowCount(0)
        for entry in joins:
            row = self.joins.rowCount()
            self.joins.insertRow(row)
            self.joins.setItem(row, 0, cell(entry.get("table", ""), tooltip=entry.get("path", "")))
            self.joins.setItem(row, 1, cell(integer(entry.get("matched_units", 0)), True))
            self.joins.setItem(row, 2, cell(integer(entry.get("n_units_without_row", 0)), True,
                                            ", ".join(entry.get("units_without_row", [])[:20])))
            self.joins.setItem(row, 3, cell(integer(entry.get("n_codes_without_unit", 0)), True,
                                            ", ".join(entry.get("codes_without_unit", [])[:20])))
        self.joins.setVisible(bool(joins))
        fit_rows(self.joins)
        self.report.setHtml(html)
        self.report.setVisible(bool(html))
        set_hint(self.hint, tr("Units of the layer found in each table; hover a count to see the codes. The full "
                               "report follows.") if joins else
                 tr("Check the joins before computing: for each table, the units that find their row, the codes "
                    "that match nothing, repaired codes and impossible values. A run shows its own report here."))

    def set_busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)
