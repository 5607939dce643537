"""Step 1, Territoire: the unit layer, its fields, the reference territory and the display filter."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsExpression, QgsFeatureRequest, QgsFieldProxyModel, QgsMapLayerProxyModel, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsFieldExpressionWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from ..core import detect
from ..gis.messages import tr
from ..gis.project_config import RunConfig
from .unit_level import UnitLevelBox
from .widgets import ERROR_COLOR, compact, MUTED_COLOR, WARNING_COLOR, group, hint, integer, set_hint

SAMPLE_SIZE = 200
MAX_VALUES = 2000


def field_samples(layer: QgsVectorLayer, size: int = SAMPLE_SIZE) -> dict:
    """Field name → the values of the first features, read without geometry."""
    names = [f.name() for f in layer.fields()]
    samples = {name: [] for name in names}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setLimit(size)
    for feature in layer.getFeatures(request):
        for name, value in zip(names, feature.attributes()):
            samples[name].append(None if value is None or value != value or str(value) == "NULL" else value)
    return samples


def count_matching(layer: QgsVectorLayer, expression: str) -> Optional[int]:
    if not expression:
        return layer.featureCount()
    request = QgsFeatureRequest().setFilterExpression(expression).setFlags(QgsFeatureRequest.NoGeometry)
    request.setNoAttributes()
    return sum(1 for _ in layer.getFeatures(request))


class TerritoryPage(QWidget):
    changed = pyqtSignal()
    layer_changed = pyqtSignal(object)
    aggregate_requested = pyqtSignal(str)      # "epci" or "dep"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._samples: dict = {}
        layout = QVBoxLayout(self)

        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(QgsMapLayerProxyModel.HasGeometry)
        self.layer_combo.setAllowEmptyLayer(True)
        compact(self.layer_combo)
        self.code_combo = compact(QgsFieldComboBox())
        self.name_combo = self._field_combo(QgsFieldProxyModel.String)
        self.epci_combo = self._field_combo()
        self.dep_combo = self._field_combo()
        self.detection = hint()
        self.unit_level = UnitLevelBox()
        units, form_layout = group(tr("Units"))
        form = QFormLayout()
        form.addRow(tr("Level"), self.unit_level.level)
        form.addRow(tr("Layer"), self.layer_combo)
        form.addRow(tr("Unit code"), self.code_combo)
        form.addRow(tr("Name"), self.name_combo)
        form.addRow(tr("EPCI code"), self.epci_combo)
        form.addRow(tr("Department"), self.dep_combo)
        self.fields_form = form
        form_layout.addLayout(form)
        form_layout.addWidget(self.detection)
        form_layout.addWidget(hint(tr("The EPCI and department codes let a missing value take the value of the "
                                      "EPCI, then of the department. The layer is only read, never modified.")))
        form_layout.addWidget(self.unit_level)
        layout.addWidget(units)

        self.all_radio = QRadioButton(tr("The whole layer"))
        self.value_radio = QRadioButton(tr("Units where a field has a value"))
        self.expression_radio = QRadioButton(tr("Units matching an expression"))
        self.reference_group = QButtonGroup(self)
        for i, radio in enumerate((self.all_radio, self.value_radio, self.expression_radio)):
            self.reference_group.addButton(radio, i)
        self.all_radio.setChecked(True)
        self.reference_field = self._field_combo()
        self.reference_field.setAllowEmptyFieldName(False)
        self.reference_value = QComboBox()
        self.reference_value.setEditable(True)
        compact(self.reference_value)
        self.reference_expression = QgsFieldExpressionWidget()
        self.reference_count = hint()
        reference, ref_layout = group(tr("Reference territory"))
        ref_layout.addWidget(hint(tr("Minimum, maximum and reference rates are taken over these units, and the "
                                     "ranks are given among them.")))
        ref_layout.addWidget(self.all_radio)
        ref_layout.addWidget(self.value_radio)
        value_form = QFormLayout()
        value_form.setContentsMargins(22, 0, 0, 0)      # under its radio button
        value_form.addRow(tr("Field"), self.reference_field)
        value_form.addRow(tr("Value"), self.reference_value)
        ref_layout.addLayout(value_form)
        ref_layout.addWidget(self.expression_radio)
        expression_row = QHBoxLayout()
        expression_row.setContentsMargins(22, 0, 0, 0)
        expression_row.addWidget(self.reference_expression)
        ref_layout.addLayout(expression_row)
        ref_layout.addWidget(self.reference_count)
        layout.addWidget(reference)

        self.display_filter = QgsFieldExpressionWidget()
        self.display_hint = hint(tr("Optional: only these units are shown in the result layer, for example "
                                    "the communes of one EPCI. Scores and ranks still use the reference "
                                    "territory."))
        display, display_layout = group(tr("Display filter"), self.display_filter, self.display_hint)
        layout.addWidget(display)
        layout.addStretch(1)

        self.layer_combo.layerChanged.connect(self._on_layer)
        for combo in (self.code_combo, self.name_combo, self.epci_combo, self.dep_combo):
            combo.fieldChanged.connect(self._emit)
        self.reference_group.buttonClicked.connect(self._update_reference)
        self.reference_field.fieldChanged.connect(self._fill_values)
        self.reference_value.currentTextChanged.connect(self._update_reference)
        self.reference_expression.fieldChanged.connect(self._update_reference)
        self.display_filter.fieldChanged.connect(self._update_display)
        self.unit_level.changed.connect(self._emit)
        self.unit_level.level_changed.connect(self._on_level)
        self.unit_level.aggregate_requested.connect(self.aggregate_requested)
        self._on_layer(self.layer_combo.currentLayer())

    @staticmethod
    def _field_combo(filters=None) -> QgsFieldComboBox:
        combo = compact(QgsFieldComboBox())
        combo.setAllowEmptyFieldName(True)
        if filters is not None:
            combo.setFilters(filters)
        return combo

    def _emit(self, *_args) -> None:
        self.changed.emit()

    def layer(self) -> Optional[QgsVectorLayer]:
        layer = self.layer_combo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def set_layer(self, layer: Optional[QgsVectorLayer]) -> None:
        self.layer_combo.setLayer(layer)
        self._on_layer(layer)

    def _on_layer(self, layer) -> None:
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        for combo in (self.code_combo, self.name_combo, self.epci_combo, self.dep_combo, self.reference_field):
            combo.setLayer(layer)
        for widget in (self.reference_expression, self.display_filter):
            widget.setLayer(layer)
            # setLayer leaves the first field half-selected (its type icon shown beside an empty text)
            widget.setExpression(widget.asExpression())
        self._samples = field_samples(layer) if layer is not None else {}
        self.unit_level.set_unit_layer(layer, detect.commune_code_field(self._samples) is not None)
        if layer is not None:
            self.propose_fields(layer)
        else:
            set_hint(self.detection, tr("Choose the layer of the units to score (communes, with their INSEE "
                                        "code), or use the embedded Hauts-de-France data (step Data)."))
        self._fill_values()
        self.layer_changed.emit(layer)
        self.changed.emit()

    def propose_fields(self, layer: QgsVectorLayer) -> None:
        found = detect.unit_fields(self._samples)
        for key, combo in (("name", self.name_combo), ("epci", self.epci_combo), ("dep", self.dep_combo)):
            combo.setField(found[key] or "")
        if found["dep"]:
            # the usual reference territory is a department: offered first (else the layer's first field, "fid")
            self.reference_field.setField(found["dep"])
        self._propose_code(layer)

    def _propose_code(self, layer: QgsVectorLayer) -> None:
        level = self.unit_level.current_level()
        code = detect.level_code_field(self._samples, level)
        self.code_combo.setField(code or "")
        if code and level == "commune":
            set_hint(self.detection, tr("Detected: INSEE codes in <b>{}</b>; {} units.").format(
                code, integer(layer.featureCount())))
        elif code:
            set_hint(self.detection, tr("Detected: unit codes in <b>{}</b>; {} units.").format(
                code, integer(layer.featureCount())))
        elif level == "commune":
            set_hint(self.detection, tr("No field of this layer holds INSEE commune codes (5 characters, e.g. "
                                        "59350 or 2A004); choose the code field."), WARNING_COLOR)
        else:
            set_hint(self.detection, tr("No field of this layer holds one code per unit of this level; choose the "
                                        "code field, or aggregate the communes below."), WARNING_COLOR)

    def _on_level(self, level: str) -> None:
        """Units larger than communes have no EPCI parent; departments no department parent."""
        for combo, shown in ((self.epci_combo, level == "commune"), (self.dep_combo, level != "dep")):
            combo.setVisible(shown)
            self.fields_form.labelForField(combo).setVisible(shown)
        layer = self.layer()
        if layer is not None:
            self._propose_code(layer)

    def _fill_values(self, *_args) -> None:
        layer = self.layer()
        current = self.reference_value.currentText()
        self.reference_value.blockSignals(True)
        self.reference_value.clear()
        name = self.reference_field.currentField()
        if layer is not None and name:
            values = sorted({str(v) for v in layer.uniqueValues(layer.fields().indexOf(name), MAX_VALUES)
                             if v is not None and str(v) != "NULL"})
            self.reference_value.addItems(values)
        self.reference_value.setCurrentText(current)
        self.reference_value.blockSignals(False)
        self._update_reference()

    def reference_mode(self) -> str:
        return ("all", "value", "expression")[max(self.reference_group.checkedId(), 0)]

    def _update_reference(self, *_args) -> None:
        mode = self.reference_mode()
        self.reference_field.setEnabled(mode == "value")
        self.reference_value.setEnabled(mode == "value")
        self.reference_expression.setEnabled(mode == "expression")
        layer = self.layer()
        expression = self.reference_expression_text()
        if layer is None:
            set_hint(self.reference_count, "")
        elif expression and QgsExpression(expression).hasParserError():
            set_hint(self.reference_count, tr("This expression is not valid: {}").format(
                QgsExpression(expression).parserErrorString()), ERROR_COLOR)
        else:
            count = count_matching(layer, expression)
            text = tr("{} of {} units are in the reference territory.").format(integer(count),
                                                                                 integer(layer.featureCount()))
            set_hint(self.reference_count, text, MUTED_COLOR if count else ERROR_COLOR)
        self.changed.emit()

    def _update_display(self, *_args) -> None:
        text = self.display_filter.asExpression().strip()
        if text and QgsExpression(text).hasParserError():
            set_hint(self.display_hint, tr("This expression is not valid: {}").format(
                QgsExpression(text).parserErrorString()), ERROR_COLOR)
        else:
            set_hint(self.display_hint, tr("Optional: only these units are shown in the result layer, for "
                                           "example the communes of one EPCI. Scores and ranks still use the "
                                           "reference territory."))
        self.changed.emit()

    def reference_expression_text(self) -> str:
        config = RunConfig()
        self.write_config(config)
        return config.reference_filter()

    # --- configuration ---------------------------------------------------------------------------
    def write_config(self, config: RunConfig) -> None:
        layer = self.layer()
        config.layer_id = layer.id() if layer else ""
        config.layer_source = layer.source() if layer else ""
        config.layer_provider = layer.providerType() if layer else "ogr"
        config.code_field = self.code_combo.currentField()
        config.name_field = self.name_combo.currentField()
        config.epci_field = self.epci_combo.currentField()
        config.dep_field = self.dep_combo.currentField()
        config.reference_mode = self.reference_mode()
        config.reference_field = self.reference_field.currentField()
        config.reference_value = self.reference_value.currentText()
        config.reference_expression = self.reference_expression.asExpression()
        config.display_filter = self.display_filter.asExpression().strip()
        self.unit_level.write_config(config)

    def read_config(self, config: RunConfig, layer: Optional[QgsVectorLayer],
                    members: Optional[QgsVectorLayer] = None) -> None:
        self.set_layer(layer)
        self.unit_level.read_config(config, members)
        for combo, name in ((self.code_combo, config.code_field), (self.name_combo, config.name_field),
                            (self.epci_combo, config.epci_field), (self.dep_combo, config.dep_field)):
            combo.setField(name)
        radio = {"value": self.value_radio, "expression": self.expression_radio}.get(config.reference_mode,
                                                                                    self.all_radio)
        radio.setChecked(True)
        if config.reference_field or config.reference_mode == "value":
            self.reference_field.setField(config.reference_field)   # else the proposed department field
        self.reference_value.setCurrentText(config.reference_value)
        self.reference_expression.setExpression(config.reference_expression)
        self.display_filter.setExpression(config.display_filter)
        self._update_reference()

    def problems(self) -> list:
        """What prevents a run, as sentences saying what to do."""
        layer = self.layer()
        if layer is None:
            return [tr("Choose the unit layer (step Territory).")]
        out = []
        if not self.code_combo.currentField():
            out.append(tr("Choose the field of the INSEE codes (step Territory)."))
        if self.unit_level.members_problem():
            out.append(self.unit_level.members_problem())
        if self.reference_mode() == "value" and not self.reference_field.currentField():
            out.append(tr("Choose the field that defines the reference territory (step Territory)."))
        for text in (self.reference_expression_text(), self.display_filter.asExpression().strip()):
            if text and QgsExpression(text).hasParserError():
                out.append(tr("The expression {} is not valid: {}").format(
                    text, QgsExpression(text).parserErrorString()))
        return out
