"""The level of the units (communes, EPCI, departments), the communes of each unit, and the aggregation.

EPCI or department units are scored from commune tables aggregated to them: the run needs each
unit's communes, from the ``ifn_members`` table of a layer built by the aggregation, or from a
commune layer with the unit code. "Agréger les communes" builds that layer from the commune layer.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsMapLayerProxyModel, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..gis.messages import tr
from ..gis.project_config import UNIT_LEVELS, LayerRef, RunConfig
from ..gis.table_io import dataset_path, members_from_gpkg
from .widgets import ERROR_COLOR, MUTED_COLOR, compact, hint, integer, set_hint


def level_label(level: str) -> str:
    return {"commune": tr("Communes"), "epci": tr("EPCI (communes aggregated)"),
            "dep": tr("Departments (communes aggregated)")}.get(level, level)


class UnitLevelBox(QWidget):
    """Level combo; for EPCI or departments, where their communes come from; the aggregation buttons."""

    changed = pyqtSignal()
    level_changed = pyqtSignal(str)
    aggregate_requested = pyqtSignal(str)      # "epci" or "dep"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layer: Optional[QgsVectorLayer] = None
        self._members_count: Optional[int] = None     # communes in the unit layer's ifn_members table
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        # The level combo goes in the territory page's form (first row); the rest is below it.
        self.level = QComboBox()
        for level in UNIT_LEVELS:
            self.level.addItem(level_label(level), level)
        compact(self.level)

        self.members_layer = QgsMapLayerComboBox()
        self.members_layer.setFilters(QgsMapLayerProxyModel.VectorLayer)
        self.members_layer.setAllowEmptyLayer(True, tr("(ifn_members table)"))
        self.members_layer.setToolTip(tr("A commune layer or table with each commune's INSEE code and the code of "
                                         "its unit. Empty: the ifn_members table of a layer built by the "
                                         "aggregation."))
        self.members_code = QgsFieldComboBox()
        self.members_unit = QgsFieldComboBox()
        self.members_form = QWidget()
        members_form = QFormLayout(self.members_form)
        members_form.setContentsMargins(0, 0, 0, 0)
        members_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        members_form.addRow(tr("Communes from"), self.members_layer)
        members_form.addRow(tr("Commune code"), self.members_code)
        members_form.addRow(tr("Unit code"), self.members_unit)
        self.members_hint = hint()
        layout.addWidget(self.members_form)
        layout.addWidget(self.members_hint)

        self.aggregate_epci = QPushButton(tr("By EPCI"))
        self.aggregate_epci.setToolTip(tr("Build a layer of EPCI from the communes of the unit layer (geometries "
                                          "dissolved, communes listed), then score the EPCI."))
        self.aggregate_dep = QPushButton(tr("By department"))
        self.aggregate_dep.setToolTip(tr("Build a layer of departments from the communes of the unit layer, then "
                                         "score the departments."))
        self.aggregate_row = QWidget()
        column = QVBoxLayout(self.aggregate_row)
        column.setContentsMargins(0, 4, 0, 0)
        title = QLabel(tr("Aggregate the communes:"))
        title.setWordWrap(True)
        column.addWidget(title)
        row = QHBoxLayout()
        row.addWidget(self.aggregate_epci)
        row.addWidget(self.aggregate_dep)
        row.addStretch(1)
        column.addLayout(row)
        layout.addWidget(self.aggregate_row)

        self.level.currentIndexChanged.connect(self._on_level)
        self.members_layer.layerChanged.connect(self._on_members_layer)
        self.members_code.fieldChanged.connect(self._update)
        self.members_unit.fieldChanged.connect(self._update)
        self.aggregate_epci.clicked.connect(lambda: self.aggregate_requested.emit("epci"))
        self.aggregate_dep.clicked.connect(lambda: self.aggregate_requested.emit("dep"))
        self._on_level()

    # --- state -----------------------------------------------------------------------------------
    def current_level(self) -> str:
        return self.level.currentData() or "commune"

    def set_level(self, level: str) -> None:
        self.level.setCurrentIndex(max(self.level.findData(level), 0))

    def set_unit_layer(self, layer: Optional[QgsVectorLayer], is_commune_layer: bool) -> None:
        """The unit layer changed: its own commune table, and whether it can be aggregated."""
        self._layer = layer
        members = members_from_gpkg(dataset_path(layer)) if layer is not None else None
        self._members_count = None if members is None else len(members)
        self.aggregate_row.setVisible(layer is not None and is_commune_layer)
        self._update()

    def members_layer_ref(self) -> Optional[QgsVectorLayer]:
        layer = self.members_layer.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def _on_level(self, *_args) -> None:
        level = self.current_level()
        self.members_form.setVisible(level != "commune")
        self._update()
        self.level_changed.emit(level)

    def _on_members_layer(self, layer) -> None:
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        self.members_code.setLayer(layer)
        self.members_unit.setLayer(layer)
        if layer is not None:
            names = [f.name() for f in layer.fields()]
            level = self.current_level()
            self.members_code.setField(next((n for n in ("code", "insee", "codgeo", "depcom") if n in names), ""))
            self.members_unit.setField(next((n for n in (level, f"code_{level}", "siren") if n in names), ""))
        self._update()

    def _update(self, *_args) -> None:
        # the field rows mean nothing until a commune layer is chosen (empty: the ifn_members table)
        chosen = self.members_layer_ref() is not None
        for combo in (self.members_code, self.members_unit):
            combo.setVisible(chosen)
            self.members_form.layout().labelForField(combo).setVisible(chosen)
        if self.current_level() == "commune":
            set_hint(self.members_hint, "")
        else:
            problem = self.members_problem()
            if problem:
                set_hint(self.members_hint, problem, ERROR_COLOR)
            elif self.members_layer_ref() is None:
                set_hint(self.members_hint, tr("The communes of each unit come from the layer's ifn_members table "
                                               "({} communes). Commune tables are aggregated to the units.").format(
                    integer(self._members_count)), MUTED_COLOR)
            else:
                set_hint(self.members_hint, tr("Commune tables are aggregated to the units through this layer."))
        self.changed.emit()

    def members_problem(self) -> str:
        if self.current_level() == "commune":
            return ""
        layer = self.members_layer_ref()
        if layer is None:
            if self._members_count is None:
                return tr("To score EPCI or departments, choose a commune layer with the unit code of each commune, "
                          "or aggregate the communes (step Territory).")
            return ""
        if not self.members_code.currentField() or not self.members_unit.currentField():
            return tr("Choose the commune code and unit code fields of the commune layer (step Territory).")
        return ""

    # --- configuration ---------------------------------------------------------------------------
    def write_config(self, config: RunConfig) -> None:
        config.unit_level = self.current_level()
        layer = self.members_layer_ref() if config.unit_level != "commune" else None
        config.members = LayerRef(layer.id(), layer.source(), layer.providerType()) if layer else LayerRef()
        config.members_code_field = self.members_code.currentField() if layer else ""
        config.members_unit_field = self.members_unit.currentField() if layer else ""

    def read_config(self, config: RunConfig, members: Optional[QgsVectorLayer]) -> None:
        self.set_level(config.unit_level)
        self.members_layer.setLayer(members)
        self._on_members_layer(members)
        if members is not None:
            self.members_code.setField(config.members_code_field)
            self.members_unit.setField(config.members_unit_field)
        self._update()
