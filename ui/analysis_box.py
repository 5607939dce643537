"""Analyses in the Results step: diagnostics report, rank stability (Monte Carlo), comparison of two runs."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QUrl, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import fields as F
from ..gis.messages import tr
from ..gis.project_config import ResultOptions
from .widgets import compact, hint, set_hint


def file_link(path: str) -> str:
    return f"<a href='{QUrl.fromLocalFile(path).toString()}'>{Path(path).name}</a>"


def index_layers(project: QgsProject, exclude: str = "") -> list:
    """Layers of the project holding the composite index (outputs of a run), but ``exclude``."""
    return [layer for layer in project.mapLayers().values()
            if isinstance(layer, QgsVectorLayer) and layer.id() != exclude
            and layer.fields().indexOf(F.COMPOSITE) >= 0 and layer.providerType() == "ogr"]


class AnalysisBox(QWidget):
    diagnostics_requested = pyqtSignal()
    stability_requested = pyqtSignal()
    comparison_requested = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.diagnostics_button = QPushButton(tr("Diagnostics report"))
        self.diagnostics_button.setToolTip(tr("Per variable: coverage, distribution, outliers; correlations, "
                                              "Cronbach's alpha, principal components (HTML report)."))
        row = QHBoxLayout()
        row.addWidget(self.diagnostics_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.runs = QSpinBox()
        self.runs.setRange(10, 100000)
        self.runs.setSingleStep(100)
        self.spread = QDoubleSpinBox()
        self.spread.setRange(0, 95)
        self.spread.setDecimals(0)
        self.spread.setSuffix("\u00a0%")
        self.spread.setToolTip(tr("Each axis weight is drawn within ± this share of its value."))
        self.vary = QCheckBox(tr("Also draw the method's choices"))
        self.vary.setToolTip(tr("The normalisation and the missing-value rule are drawn too, not only the axis "
                                "weights."))
        self.stability_button = QPushButton(tr("Rank stability (Monte Carlo)"))
        self.stability_button.setToolTip(tr("Compute the index many times with drawn weights and choices: each "
                                            "unit's 5–95 % rank interval, shown in its fiche."))
        form = QFormLayout()
        form.addRow(tr("Runs"), self.runs)
        form.addRow(tr("Weight spread"), self.spread)
        layout.addLayout(form)
        layout.addWidget(self.vary)
        row = QHBoxLayout()
        row.addWidget(self.stability_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.other_run = QComboBox()
        compact(self.other_run, 14)
        self.other_run.setToolTip(tr("Another result of the index in the project (another method or data year)."))
        self.compare_button = QPushButton(tr("Compare"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapAllRows)
        compare_row = QHBoxLayout()
        compare_row.addWidget(self.other_run, 1)
        compare_row.addWidget(self.compare_button)
        form.addRow(tr("Compare the result (A) with (B)"), compare_row)
        layout.addLayout(form)

        self.outputs = hint()
        self.outputs.setOpenExternalLinks(True)
        layout.addWidget(self.outputs)

        self.diagnostics_button.clicked.connect(self.diagnostics_requested)
        self.stability_button.clicked.connect(self.stability_requested)
        self.compare_button.clicked.connect(self.comparison_requested)
        self.read_options(ResultOptions())
        set_hint(self.outputs, "")

    def fill_runs(self, project: QgsProject, result_id: str) -> None:
        current = self.other_run.currentData()
        self.other_run.clear()
        for layer in index_layers(project, result_id):
            self.other_run.addItem(layer.name(), layer.id())
        self.other_run.setCurrentIndex(max(self.other_run.findData(current), 0))
        if not self.other_run.count():
            self.other_run.addItem(tr("(no other result in the project)"), None)

    def other_layer_id(self) -> str:
        return self.other_run.currentData() or ""

    def show_outputs(self, title: str, paths: list) -> None:
        set_hint(self.outputs, f"{title} " + ", ".join(file_link(p) for p in paths))

    def set_available(self, available: bool) -> None:
        for widget in (self.diagnostics_button, self.stability_button):
            widget.setEnabled(available)
        self.compare_button.setEnabled(available and bool(self.other_layer_id()))

    def write_options(self, options: ResultOptions) -> None:
        options.stability_runs = self.runs.value()
        options.weight_spread = round(self.spread.value() / 100.0, 4)
        options.vary_choices = self.vary.isChecked()

    def read_options(self, options: ResultOptions) -> None:
        self.runs.setValue(options.stability_runs)
        self.spread.setValue(round(100 * options.weight_spread))
        self.vary.setChecked(options.vary_choices)
