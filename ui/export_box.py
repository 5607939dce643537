"""Exports in the Results step: the atlas (EPCI pages or commune fiches) and the table for spreadsheets."""

from __future__ import annotations

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..gis.messages import tr
from ..gis.project_config import ATLAS_KINDS, ATLAS_MODES, TABLE_FORMATS, ResultOptions
from .widgets import compact, hint, set_hint


def atlas_kind_label(kind: str) -> str:
    return {"epci": tr("EPCI atlas (A4 landscape, one page per EPCI)"),
            "commune": tr("Commune fiches (A4 portrait, one page per commune)")}.get(kind, kind)


def atlas_mode_label(mode: str) -> str:
    return {"pdf": tr("One PDF"), "pdfs": tr("One PDF per page"), "pngs": tr("One PNG image per page")}.get(mode, mode)


def table_format_label(kind: str) -> str:
    return {"xlsx": tr("Excel workbook (XLSX)"), "csv": tr("CSV for French spreadsheets")}.get(kind, kind)


def _combo(values: tuple, label) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value), value)
    return compact(combo, 14)


class ExportBox(QWidget):
    atlas_requested = pyqtSignal()
    table_requested = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.atlas_kind = _combo(ATLAS_KINDS, atlas_kind_label)
        self.atlas_mode = _combo(ATLAS_MODES, atlas_mode_label)
        self.table_format = _combo(TABLE_FORMATS, table_format_label)
        self.use_filter = QCheckBox(tr("Limit to the display filter"))
        self.use_filter.setToolTip(tr("Only the units of the display filter (step Territory) are exported; for "
                                      "the EPCI atlas, the EPCI of these units."))
        self.filter_hint = hint()
        self.atlas_button = QPushButton(tr("Export the atlas…"))
        self.table_button = QPushButton(tr("Export the table…"))
        self.atlas_hint = hint()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapAllRows)
        form.addRow(tr("Atlas pages"), self.atlas_kind)
        form.addRow(tr("Atlas files"), self.atlas_mode)
        form.addRow(tr("Table format"), self.table_format)
        layout.addLayout(form)
        layout.addWidget(self.use_filter)
        layout.addWidget(self.filter_hint)
        layout.addWidget(self.atlas_hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.atlas_button)
        buttons.addWidget(self.table_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.atlas_button.clicked.connect(self.atlas_requested)
        self.table_button.clicked.connect(self.table_requested)
        self.set_display_filter("")

    def set_display_filter(self, expression: str) -> None:
        self.use_filter.setEnabled(bool(expression))
        self.use_filter.setChecked(bool(expression))
        set_hint(self.filter_hint, tr("Display filter: {}").format(expression) if expression else
                 tr("No display filter (step Territory): every unit is exported."))

    def set_available(self, available: bool, atlas_problem: str = "") -> None:
        self.table_button.setEnabled(available)
        self.atlas_button.setEnabled(available and not atlas_problem)
        set_hint(self.atlas_hint, atlas_problem)

    def write_options(self, options: ResultOptions) -> None:
        options.atlas_kind = self.atlas_kind.currentData()
        options.atlas_mode = self.atlas_mode.currentData()
        options.table_format = self.table_format.currentData()

    def read_options(self, options: ResultOptions) -> None:
        for combo, value in ((self.atlas_kind, options.atlas_kind), (self.atlas_mode, options.atlas_mode),
                             (self.table_format, options.table_format)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
