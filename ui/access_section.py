"""The access-time parameters of the Method step: detour, speed, intra-unit rule, straight line or roads.

The binding says which variables are access times and gives default parameters; what the user
changes here replaces them for the run (``RunConfig.access``, ``gis.access_run.AccessOptions``)
and is saved with the configuration. The binding file is not modified.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsFieldProxyModel, QgsMapLayerProxyModel, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QPushButton, QWidget

from ..core.access import AccessParameters
from ..core.access_spec import AccessSettings
from ..gis.messages import tr
from ..gis.project_config import AccessConfig, LayerRef, RunConfig
from .widgets import ERROR_COLOR, compact, group, hint, set_hint


def intra_label(name: str) -> str:
    return {"area": tr("Mean distance within the unit"), "zero": tr("Zero")}.get(name, name)


def mode_label(name: str) -> str:
    return {"straight": tr("Straight line × detour"), "network": tr("Road network")}.get(name, name)


class AccessSection(QWidget):
    changed = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.settings = AccessSettings()
        self.leaves: list = []
        self._filling = False
        self.following_binding = True     # showing the binding's parameters (until the user edits them)

        self.mode = QComboBox()
        for name in ("straight", "network"):
            self.mode.addItem(mode_label(name), name)
        compact(self.mode, 14)
        self.detour = QDoubleSpinBox()
        self.detour.setRange(1.0, 10.0)
        self.detour.setDecimals(2)
        self.detour.setSingleStep(0.05)
        self.detour.setToolTip(tr("Road distance / straight-line distance (1.3 on average in France)."))
        self.speed = QDoubleSpinBox()
        self.speed.setRange(1.0, 300.0)
        self.speed.setDecimals(0)
        self.speed.setSuffix("\u00a0km/h")
        self.speed.setToolTip(tr("Average speed; on a road network, the speed of the roads without a speed "
                                 "value."))
        self.intra = QComboBox()
        for name in ("area", "zero"):
            self.intra.addItem(intra_label(name), name)
        compact(self.intra, 14)
        self.intra.setToolTip(tr("Time for a unit that holds the equipment itself: the mean distance within it "
                                 "(2/3 of the radius of a disc of its area, with the detour and speed above), or "
                                 "zero."))
        self.network = QgsMapLayerComboBox()
        self.network.setFilters(QgsMapLayerProxyModel.LineLayer)
        self.network.setAllowEmptyLayer(True)
        self.network_speed = QgsFieldComboBox()
        self.network_speed.setFilters(QgsFieldProxyModel.Numeric)
        self.network_speed.setAllowEmptyFieldName(True)
        self.network_speed.setToolTip(tr("Speed of each road in km/h; empty: the speed above everywhere."))
        self.reset = QPushButton(tr("Binding's parameters"))
        self.info = hint()
        self.problem = hint("", ERROR_COLOR)

        box, box_layout = group(tr("Access times"), self.info)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapAllRows)     # labels above: the dock is narrow
        form.addRow(tr("Distance"), self.mode)
        form.addRow(tr("Detour coefficient"), self.detour)
        form.addRow(tr("Speed"), self.speed)
        form.addRow(tr("Unit holding the equipment"), self.intra)
        form.addRow(tr("Road network (lines)"), self.network)
        form.addRow(tr("Speed field of the roads"), self.network_speed)
        self.form = form
        box_layout.addLayout(form)
        box_layout.addWidget(self.problem)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reset)
        box_layout.addLayout(row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)

        for signal in (self.mode.currentIndexChanged, self.intra.currentIndexChanged, self.detour.valueChanged,
                       self.speed.valueChanged, self.network_speed.fieldChanged):
            signal.connect(self._update)
        self.network.layerChanged.connect(self._on_network)
        self.reset.clicked.connect(self.show_binding_parameters)
        self.set_binding(None)

    # --- binding ---------------------------------------------------------------------------------
    def set_binding(self, binding, labels: Optional[dict] = None) -> None:
        """The binding of the Data step: its access variables (``labels``: leaf -> label) and parameters."""
        self.settings = binding.access if binding is not None else AccessSettings()
        self.leaves = list(binding.access_leaves) if binding is not None else []
        if self.leaves:
            names = [(labels or {}).get(leaf, leaf) for leaf in self.leaves]
            set_hint(self.info, tr("The binding computes {} access time(s) from equipment locations: {}. These "
                                   "parameters replace the binding's for the run.").format(
                len(self.leaves), "; ".join(name[:1].lower() + name[1:] for name in names)))
        else:
            set_hint(self.info, tr("This binding computes no access time: these parameters are not used."))
        for widget in (self.mode, self.detour, self.speed, self.intra, self.network, self.network_speed,
                       self.reset):
            widget.setEnabled(bool(self.leaves))
        if self.following_binding:
            self.apply(None)
        else:
            self._update()

    def show_binding_parameters(self) -> None:
        self.apply(None)

    def apply(self, access: Optional[AccessConfig], network: Optional[QgsVectorLayer] = None) -> None:
        """Show ``access`` (None: the binding's parameters)."""
        base = self.settings.parameters
        self._filling = True
        self.following_binding = access is None
        try:
            self.mode.setCurrentIndex(max(self.mode.findData(access.mode if access else base.mode), 0))
            self.detour.setValue(access.detour if access else base.detour)
            self.speed.setValue(access.speed_kmh if access else base.speed_kmh)
            self.intra.setCurrentIndex(max(self.intra.findData(access.intra if access else base.intra), 0))
            self.network.setLayer(network)
            self._on_network(network)
            if access is not None and network is not None:
                self.network_speed.setField(access.network_speed_field)
        finally:
            self._filling = False
        self._update()

    def _on_network(self, layer) -> None:
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        self.network_speed.setLayer(layer)
        if layer is not None:
            numeric = [f.name() for f in layer.fields() if f.isNumeric()]
            self.network_speed.setField(next((n for n in numeric if "vit" in n.lower() or "speed" in n.lower()), ""))
        self._update()

    def network_layer(self) -> Optional[QgsVectorLayer]:
        layer = self.network.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def _update(self, *_args) -> None:
        network = self.mode.currentData() == "network"
        for widget, shown in ((self.detour, not network), (self.network, network), (self.network_speed, network)):
            widget.setVisible(shown)
            self.form.labelForField(widget).setVisible(shown)
        set_hint(self.problem, "; ".join(self.problems()), ERROR_COLOR)
        if not self._filling:
            self.following_binding = False
            self.changed.emit()

    # --- configuration ---------------------------------------------------------------------------
    def current(self) -> AccessConfig:
        layer = self.network_layer() if self.mode.currentData() == "network" else None
        return AccessConfig(detour=round(self.detour.value(), 2), speed_kmh=float(self.speed.value()),
                            intra=self.intra.currentData(), mode=self.mode.currentData(),
                            network=LayerRef(layer.id(), layer.source(), layer.providerType()) if layer else LayerRef(),
                            network_speed_field=self.network_speed.currentField() if layer else "")

    def write_config(self, config: RunConfig) -> None:
        """None when nothing differs from the binding (the run then follows the binding)."""
        access = self.current()
        base = self.settings.parameters
        same = (access.parameters(base) == base and not access.network.is_set()) or not self.leaves
        config.access = None if same else access

    def parameters(self) -> AccessParameters:
        return self.current().parameters(self.settings.parameters)

    def problems(self) -> list:
        if self.leaves and self.mode.currentData() == "network" and self.network_layer() is None \
                and self.settings.network is None:
            return [tr("Choose the road network layer of the access times, or the straight-line distance "
                       "(step Method).")]
        return []
