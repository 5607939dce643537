"""Typologies in the Results step: the policy typology, and the Ward typology after its inertia gains.

The gains of the Ward hierarchy (``gis.typologies.cluster_gains``) are shown before the user picks
the number of classes; the suggested number is where the gain drops most.
"""

from __future__ import annotations

import pandas as pd
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ..core.typology import suggested_classes
from ..gis.messages import tr
from ..gis.project_config import ResultOptions
from .widgets import WrapButton, cell, fit_rows, hint, integer, number, set_hint, table


class TypologyBox(QWidget):
    policy_requested = pyqtSignal()
    gains_requested = pyqtSignal()
    cluster_requested = pyqtSignal(int)       # number of classes

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint(tr("Each typology is a new layer in the result's group, with a map theme per "
                                 "style; the result layer is not modified.")))
        self.policy_button = WrapButton(tr("Infrastructure × publics typology (2 × 2 and 3 × 3)"))
        self.policy_button.setToolTip(tr("Units classed at the medians (2 × 2) and terciles (3 × 3) of the "
                                         "\"aménagement\" and \"publics exposés\" sub-indices of the reference "
                                         "territory."))
        layout.addWidget(self.policy_button)

        self.gains_button = QPushButton(tr("Inertia gains (Ward)…"))
        self.gains_button.setToolTip(tr("Compute the Ward hierarchy on the axis scores and show how much each "
                                        "additional class explains, to choose the number of classes."))
        self.gains = table([tr("Classes"), tr("Gain"), tr("Explained")], stretch=(0,))
        self.gains.hide()
        self.gains_hint = hint()
        self.classes = QSpinBox()
        self.classes.setRange(2, 10)
        self.cluster_button = QPushButton(tr("Statistical typology"))
        self.cluster_button.setEnabled(False)
        self.cluster_button.setToolTip(tr("Compute the inertia gains first, then choose the number of classes."))
        row = QHBoxLayout()
        row.addWidget(self.gains_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.gains)
        layout.addWidget(self.gains_hint)
        form = QFormLayout()
        classes_row = QHBoxLayout()
        classes_row.addWidget(self.classes)
        classes_row.addWidget(self.cluster_button, 1)
        form.addRow(tr("Classes"), classes_row)
        layout.addLayout(form)

        self.policy_button.clicked.connect(self.policy_requested)
        self.gains_button.clicked.connect(self.gains_requested)
        self.cluster_button.clicked.connect(lambda: self.cluster_requested.emit(self.classes.value()))
        self.clear()

    def clear(self) -> None:
        """No gains yet (new result): the number of classes is chosen after seeing them."""
        self.gains.setRowCount(0)
        self.gains.hide()
        set_hint(self.gains_hint, "")
        self.cluster_button.setEnabled(False)

    def show_gains(self, gains: pd.DataFrame) -> int:
        """The gains table; the suggested number of classes is selected and returned."""
        self.gains.setRowCount(0)
        for values in gains.itertuples(index=False):
            row = self.gains.rowCount()
            self.gains.insertRow(row)
            classes = cell(integer(values.classes))
            # the column is wide: right-aligned, the count sat far from its header
            classes.setTextAlignment(int(Qt.AlignCenter))
            self.gains.setItem(row, 0, classes)
            self.gains.setItem(row, 1, cell(number(values.gain_pct, 1) + "\u00a0%", True))
            self.gains.setItem(row, 2, cell(number(values.r2_pct, 1) + "\u00a0%", True))
        self.gains.show()
        fit_rows(self.gains)
        suggested = suggested_classes(gains)
        self.classes.setMaximum(int(gains["classes"].max()))
        self.classes.setValue(suggested)
        set_hint(self.gains_hint, tr("Gain: share of the inertia gained by the last class added. The gain drops "
                                     "most after {} classes: a good number to start with.").format(suggested))
        self.cluster_button.setEnabled(True)
        self.cluster_button.setToolTip("")
        return suggested

    def set_available(self, available: bool) -> None:
        for widget in (self.policy_button, self.gains_button):
            widget.setEnabled(available)
        self.cluster_button.setEnabled(available and self.gains.rowCount() > 0)

    def write_options(self, options: ResultOptions) -> None:
        options.classes = self.classes.value()

    def read_options(self, options: ResultOptions) -> None:
        self.classes.setValue(options.classes)
