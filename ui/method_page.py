"""Step 3, Méthode: the method file, normalisation, axis weights, missing values; configuration files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.method import METHOD_FORMAT
from ..core.errors import FragiliteError
from ..core.method import MISSING_RULES, NORMALISATIONS, Method, load_method
from ..gis import plugin_info
from ..gis.messages import localized, tr
from ..gis.project_config import RunConfig
from .access_section import AccessSection
from .widgets import ERROR_COLOR, MUTED_COLOR, compact, group, hint, number, percent, set_hint

CUSTOM = "custom"


def presets() -> list:
    """(label, path) of the method files shipped in resources/methods, by label."""
    found = []
    for path in sorted(plugin_info.METHODS_DIR.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict) or data.get("format") != METHOD_FORMAT:
            continue  # only method files are presets
        label = data.get("label") or path.stem
        found.append((str(label), str(path)))
    return sorted(found)


def normalisation_label(name: str) -> str:
    return {"minmax": tr("Min-max over the reference (1 = most fragile)"),
            "ratio": tr("Ratio to the reference rate (base 100)"),
            "rank": tr("Percentile rank"),
            "zscore": tr("Z-score"),
            "deciles": tr("Decile points (−3 to +3)")}.get(name, name)


def missing_rule_label(name: str) -> str:
    return {"parent": tr("Value of the EPCI, then the department, then the reference territory"),
            "available": tr("Mean of the variables present")}.get(name, name)


class MethodPage(QWidget):
    changed = pyqtSignal()
    method_changed = pyqtSignal(object)       # the loaded Method or None
    load_requested = pyqtSignal()
    save_requested = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.method: Optional[Method] = None
        self.weight_boxes: dict = {}
        self.weight_shares: dict = {}
        layout = QVBoxLayout(self)

        self.method_combo = QComboBox()
        for label, path in presets():
            self.method_combo.addItem(label, path)
        self.method_combo.addItem(tr("Custom method file…"), CUSTOM)
        compact(self.method_combo)
        self.method_file = QgsFileWidget()
        self.method_file.setFilter(tr("Method (*.json)"))
        self.method_info = hint()
        method_box, method_layout = group(tr("Method"), self.method_combo, self.method_file, self.method_info)
        layout.addWidget(method_box)

        self.normalisation = QComboBox()
        self.missing_rule = QComboBox()
        self.min_share = QDoubleSpinBox()
        self.min_share.setRange(1, 100)
        self.min_share.setDecimals(0)
        self.min_share.setSuffix("\u00a0%")
        self.min_share.setToolTip(tr("Under the \"mean of the variables present\" rule, an axis gets a score only "
                                     "when at least this share of its variables has a value."))
        options_box, options_layout = group(tr("Normalisation and missing values"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapAllRows)     # labels above: the dock is narrow
        form.addRow(tr("Normalisation"), self.normalisation)
        form.addRow(tr("Missing values"), self.missing_rule)
        form.addRow(tr("Minimum share present"), self.min_share)
        options_layout.addLayout(form)
        layout.addWidget(options_box)

        self.weights_grid = QGridLayout()
        self.weights_sum = hint()
        self.reset_weights = QPushButton(tr("Method's weights"))
        weights_box, weights_layout = group(tr("Axis weights"))
        weights_layout.addLayout(self.weights_grid)
        row = QHBoxLayout()
        row.addWidget(self.weights_sum, 1)
        row.addWidget(self.reset_weights)
        weights_layout.addLayout(row)
        layout.addWidget(weights_box)
        self.extra_layout = QVBoxLayout()      # sections of later steps go here
        layout.addLayout(self.extra_layout)
        self.access = AccessSection()
        self.add_section(self.access)

        self.load_button = QPushButton(tr("Open…"))
        self.load_button.setToolTip(tr("Load a configuration file: every step of the dock is set from it."))
        self.save_button = QPushButton(tr("Save…"))
        self.save_button.setToolTip(tr("Save the current steps of the dock as a configuration file."))
        config_box, config_layout = group(tr("Configuration file"))
        config_layout.addWidget(hint(tr("The layer, territory, method, binding and parameters in one JSON file, "
                                        "to share or to run again.")))
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        config_layout.addLayout(buttons)
        layout.addWidget(config_box)
        layout.addStretch(1)

        self.method_combo.currentIndexChanged.connect(self._on_choice)
        self.method_file.fileChanged.connect(self._on_file)
        self.normalisation.currentIndexChanged.connect(self._emit)
        self.missing_rule.currentIndexChanged.connect(self._on_rule)
        self.min_share.valueChanged.connect(self._emit)
        self.reset_weights.clicked.connect(self._reset_weights)
        self.access.changed.connect(self._emit)
        self.load_button.clicked.connect(self.load_requested)
        self.save_button.clicked.connect(self.save_requested)
        self._on_choice()

    def add_section(self, widget: QWidget) -> None:
        """A section of a later step (access-time parameters…), shown under the weights."""
        self.extra_layout.addWidget(widget)

    def _emit(self, *_args) -> None:
        self.changed.emit()

    # --- method ----------------------------------------------------------------------------------
    def method_path(self) -> str:
        choice = self.method_combo.currentData()
        return self.method_file.filePath() if choice == CUSTOM else choice

    def set_method_path(self, path: str) -> None:
        index = next((i for i in range(self.method_combo.count())
                      if self.method_combo.itemData(i) != CUSTOM
                      and Path(self.method_combo.itemData(i)).resolve() == Path(path).resolve()), -1)
        self.method_combo.blockSignals(True)
        if index >= 0:
            self.method_combo.setCurrentIndex(index)
        else:
            self.method_combo.setCurrentIndex(self.method_combo.count() - 1)
            self.method_file.setFilePath(path)
        self.method_combo.blockSignals(False)
        self._on_choice()

    def _on_choice(self, *_args) -> None:
        self.method_file.setVisible(self.method_combo.currentData() == CUSTOM)
        self.load_method()

    def _on_file(self, *_args) -> None:
        if self.method_combo.currentData() == CUSTOM:
            self.load_method()

    def load_method(self) -> None:
        path = self.method_path()
        self.method = None
        if not path:
            set_hint(self.method_info, tr("Choose a method file (JSON)."))
        else:
            try:
                self.method = load_method(path)
                text = f"<b>{self.method.label}</b><br>{self.method.description}"
                if self.method.reference:
                    text += f"<br><i>{self.method.reference}</i>"
                set_hint(self.method_info, text)
            except FragiliteError as error:
                set_hint(self.method_info, localized(error), ERROR_COLOR)
        self._fill_options()
        self._fill_weights()
        self.method_changed.emit(self.method)
        self.changed.emit()

    def _fill_options(self) -> None:
        method = self.method
        for combo, names, label, default in (
                (self.normalisation, NORMALISATIONS, normalisation_label, method.normalisation if method else ""),
                (self.missing_rule, MISSING_RULES, missing_rule_label, method.missing_rule if method else "")):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("As in the method: {}").format(label(default)) if method else tr("As in the method"),
                          None)
            for name in names:
                combo.addItem(label(name), name)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            compact(combo)
            combo.blockSignals(False)
        if method is not None:
            self.min_share.setValue(round(100 * method.min_share))
        self._on_rule()

    def _on_rule(self, *_args) -> None:
        rule = self.missing_rule.currentData() or (self.method.missing_rule if self.method else None)
        self.min_share.setEnabled(rule == "available")
        self.changed.emit()

    # --- weights ---------------------------------------------------------------------------------
    def _fill_weights(self) -> None:
        while self.weights_grid.count():
            item = self.weights_grid.takeAt(0)
            if item.widget():
                item.widget().hide()            # deleteLater is deferred: never paint a stale row
                item.widget().deleteLater()
        self.weight_boxes, self.weight_shares = {}, {}
        if self.method is None:
            self._update_sum()
            return
        for row, axis in enumerate(self.method.axes):
            label = QLabel(axis.label)
            label.setWordWrap(True)
            label.setToolTip(f"{axis.id}: {axis.label}")
            box = QDoubleSpinBox()
            box.setRange(0, 100)
            box.setDecimals(2)
            box.setSingleStep(0.5)
            box.setValue(axis.weight)
            box.valueChanged.connect(self._update_sum)
            share = QLabel()
            share.setStyleSheet(f"color: {MUTED_COLOR};")
            self.weights_grid.addWidget(label, row, 0)
            self.weights_grid.addWidget(box, row, 1)
            self.weights_grid.addWidget(share, row, 2)
            self.weight_boxes[axis.id] = box
            self.weight_shares[axis.id] = share
        self.weights_grid.setColumnStretch(0, 1)
        self._update_sum()

    def weights(self) -> dict:
        return {axis_id: box.value() for axis_id, box in self.weight_boxes.items()}

    def _update_sum(self, *_args) -> None:
        total = sum(self.weights().values())
        for axis_id, share in self.weight_shares.items():
            share.setText(percent(self.weight_boxes[axis_id].value() / total) if total > 0 else "–")
        if not self.weight_boxes:
            set_hint(self.weights_sum, "")
        elif total > 0:
            set_hint(self.weights_sum, tr("Sum of the weights: {}; each axis counts for its weight divided by "
                                          "the sum.").format(number(total, 0 if total == int(total) else 2)))
        else:
            set_hint(self.weights_sum, tr("Sum of the weights: 0; give at least one axis a weight."), ERROR_COLOR)
        self.changed.emit()

    def _reset_weights(self) -> None:
        if self.method is not None:
            for axis in self.method.axes:
                self.weight_boxes[axis.id].setValue(axis.weight)

    # --- configuration ---------------------------------------------------------------------------
    def write_config(self, config: RunConfig) -> None:
        config.method_path = self.method_path()
        config.normalisation = self.normalisation.currentData()
        config.missing_rule = self.missing_rule.currentData()
        share = self.min_share.value() / 100.0
        config.min_share = share if self.method is not None and abs(share - self.method.min_share) > 1e-9 else None
        weights = self.weights()
        same = self.method is not None and all(abs(weights[a.id] - a.weight) < 1e-9 for a in self.method.axes)
        config.weights = None if same or not weights else weights
        self.access.write_config(config)

    def read_config(self, config: RunConfig, network=None) -> None:
        """``network``: the road layer of ``config.access``, found in the project by the dock."""
        self.set_method_path(config.method_path)
        for combo, value in ((self.normalisation, config.normalisation), (self.missing_rule, config.missing_rule)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        if config.min_share is not None:
            self.min_share.setValue(round(100 * config.min_share))
        for axis_id, weight in (config.weights or {}).items():
            if axis_id in self.weight_boxes:
                self.weight_boxes[axis_id].setValue(weight)
        self.access.apply(config.access, network)

    def problems(self) -> list:
        if self.method is None:
            return [tr("Choose a valid method file (step Method).")]
        if self.weight_boxes and sum(self.weights().values()) <= 0:
            return [tr("Give at least one axis a weight above 0 (step Method).")]
        return self.access.problems()
