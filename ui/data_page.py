"""Step 2, Données: the tables, their preview, the binding of each variable and the join report."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pandas as pd
from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import detect
from ..core.binding import PROJECT_PREFIX, STATUSES, load_binding
from ..core.binding_draft import BindingDraft
from ..core.errors import FragiliteError
from ..core.method import Method
from ..core.proposals import propose
from ..gis.messages import localized, tr
from ..gis.table_io import qgis_reader, table_names
from .join_report_box import JoinReportBox
from .proposals_box import ProposalsBox
from .widgets import (
    ERROR_COLOR,
    bold,
    cell,
    compact,
    fit_rows,
    group,
    hint,
    integer,
    set_hint,
    status_help,
    status_icon,
    status_label,
    table,
    WrapButton,
)

PREVIEW_ROWS = 20
SAMPLE_ROWS = 200
TABLE_FILES = "*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.dbf *.shp *.gpkg *.sqlite"


def leaf_label(method: Method, leaf: str) -> str:
    """The label of a leaf variable: the variable's, or its component's."""
    var = method.leaf_owner(leaf)
    return var.label if leaf == var.id else next(c.label for c in var.components if c.id == leaf)


def code_column(frame: pd.DataFrame) -> tuple:
    """(column, level) of the codes of a table: commune codes, else EPCI SIREN, else departments."""
    sample = {name: frame[name].head(SAMPLE_ROWS).tolist() for name in frame.columns}
    for level in ("commune", "epci", "dep"):
        column = detect.level_code_field(sample, level)
        if column is not None:
            return column, level
    return None, None


class DataPage(QWidget):
    changed = pyqtSignal()
    embedded_requested = pyqtSignal()
    binding_changed = pyqtSignal(object)        # the binding as edited (core.binding.Binding) or None
    message = pyqtSignal(str, int)      # text, Qgis message level

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.method: Optional[Method] = None
        self.draft: Optional[BindingDraft] = None
        self.project: QgsProject = QgsProject.instance()
        self._columns: dict = {}                 # (table path, sheet) -> its columns (read once)
        self._filling = False
        layout = QVBoxLayout(self)

        self.embedded_button = WrapButton(tr("Use the embedded Hauts-de-France data"))
        self.embedded_button.setToolTip(tr("The 3,789 communes of Hauts-de-France (2021) and the open data "
                                           "tables shipped with the plugin, bound to the Hauts-de-France 2021 "
                                           "method."))
        layout.addWidget(self.embedded_button)

        self.binding_file = QgsFileWidget()
        self.binding_file.setFilter(tr("Binding (*.json)"))
        self.binding_info = hint()
        binding_box, binding_layout = group(tr("Binding file"), self.binding_file, self.binding_info)
        layout.addWidget(binding_box)

        self.tables = table([tr("Table"), tr("Level"), tr("Year"), tr("Source")], stretch=(3,))
        self.add_table_button = QPushButton(tr("Add a file…"))
        self.add_table_button.setToolTip(tr("A table with a code column (INSEE commune code, EPCI SIREN or "
                                            "department): CSV, Excel (XLSX), LibreOffice (ODS), DBF or GeoPackage. "
                                            "Its columns can then be bound to the variables below."))
        self.project_layer = QgsMapLayerComboBox()
        self.project_layer.setFilters(QgsMapLayerProxyModel.VectorLayer)
        self.project_layer.setAllowEmptyLayer(True)
        self.project_layer.setToolTip(tr("A layer or table already open in the project, read when the index is "
                                         "computed (it is not copied)."))
        self.add_layer_button = QPushButton(tr("Add"))
        self.add_layer_button.setEnabled(False)
        self.preview = table([])
        self.preview.setSelectionMode(self.preview.NoSelection)
        self.preview_title = hint()
        self.proposals = ProposalsBox()
        tables_box, tables_layout = group(tr("Tables"), self.tables)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_table_button)
        buttons.addStretch(1)
        tables_layout.addLayout(buttons)
        layer_row = QHBoxLayout()
        layer_row.addWidget(QLabel(tr("Project table")))
        layer_row.addWidget(self.project_layer, 1)
        layer_row.addWidget(self.add_layer_button)
        tables_layout.addLayout(layer_row)
        tables_layout.addWidget(self.proposals)
        tables_layout.addWidget(self.preview_title)
        tables_layout.addWidget(self.preview)
        layout.addWidget(tables_box)

        # Two rows per variable (its label across, then status and column) so labels stay whole.
        self.variables = table([tr("Status"), tr("Source column")], stretch=(1,))
        self.status_boxes: dict = {}
        self.source_boxes: dict = {}
        # Sized by the status box, not by the labels that span both columns.
        self.variables.horizontalHeader().setSectionResizeMode(0, QHeaderView.Fixed)
        self.variables.setSelectionMode(self.variables.NoSelection)
        self.binding_error = hint("", ERROR_COLOR)
        self.save_binding_button = QPushButton(tr("Save the binding as…"))
        self.save_binding_button.setEnabled(False)
        legend = QHBoxLayout()
        for status in STATUSES:
            icon = QLabel()
            icon.setPixmap(status_icon(status).pixmap(14, 14))
            icon.setToolTip(status_help(status))
            text = QLabel(status_label(status))
            text.setToolTip(status_help(status))
            legend.addWidget(icon)
            legend.addWidget(text)
            legend.addSpacing(10)
        legend.addStretch(1)
        variables_box, variables_layout = group(tr("Binding of the method's variables"))
        variables_layout.addWidget(hint(tr("Each variable of the method takes its values from a table column. "
                                           "Change a status or a column here; the binding file itself is not "
                                           "modified.")))
        variables_layout.addLayout(legend)
        variables_layout.addWidget(self.variables)
        variables_layout.addWidget(self.binding_error)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_binding_button)
        variables_layout.addLayout(save_row)
        layout.addWidget(variables_box)

        self.join_report = JoinReportBox()
        self.joins = self.join_report.joins
        layout.addWidget(self.join_report)
        layout.addStretch(1)

        self.embedded_button.clicked.connect(self.embedded_requested)
        self.binding_file.fileChanged.connect(self._on_binding_file)
        self.add_table_button.clicked.connect(self.choose_table)
        self.project_layer.layerChanged.connect(lambda layer: self.add_layer_button.setEnabled(layer is not None))
        self.add_layer_button.clicked.connect(lambda: self.add_project_table(self.project_layer.currentLayer()))
        self.proposals.accepted.connect(self.accept_proposals)
        self.tables.itemSelectionChanged.connect(self._show_preview)
        self.save_binding_button.clicked.connect(self.choose_binding_target)

    # --- binding ---------------------------------------------------------------------------------
    def binding_path(self) -> str:
        return self.binding_file.filePath()

    def set_binding_path(self, path: str) -> None:
        self.binding_file.setFilePath(path)   # emits fileChanged → _on_binding_file

    def set_method(self, method: Optional[Method]) -> None:
        self.method = method
        self.load_binding()

    def _on_binding_file(self, _path: str = "") -> None:
        self.load_binding()

    def load_binding(self) -> None:
        self.draft = None
        path = self.binding_path()
        if self.method is None or not path:
            set_hint(self.binding_info, tr("Choose the binding of the variables to the tables (JSON), or use "
                                           "the embedded data."))
            self._fill()
            return
        try:
            binding = load_binding(path, self.method)
        except FragiliteError as error:
            set_hint(self.binding_info, localized(error), ERROR_COLOR)
            self._fill()
            return
        self.draft = BindingDraft.of(binding, self.method)
        description = binding.raw.get("description", "")
        set_hint(self.binding_info, f"<b>{binding.label}</b>" + (f"<br>{description}" if description else ""))
        self._fill()

    def _fill(self) -> None:
        self._filling = True
        try:
            self._fill_tables()
            self._fill_variables()
        finally:
            self._filling = False
        self.save_binding_button.setEnabled(self.draft is not None and self.draft.modified)
        self.binding_changed.emit(self.draft.binding if self.draft is not None else None)
        self.changed.emit()

    def _fill_tables(self) -> None:
        self.tables.setRowCount(0)
        if self.draft is None:
            fit_rows(self.tables)
            self._show_preview()
            return
        for spec in self.draft.binding.tables.values():
            row = self.tables.rowCount()
            self.tables.insertRow(row)
            path = str(self.draft.table_path(spec.id))
            self.tables.setItem(row, 0, cell(spec.id, tooltip=path))
            self.tables.setItem(row, 1, cell(spec.level))
            self.tables.setItem(row, 2, cell(spec.year or ""))
            self.tables.setItem(row, 3, cell(spec.source, tooltip=f"{spec.source}\n{spec.licence}".strip()))
        fit_rows(self.tables)
        self._show_preview()

    def read_table(self, table_id: str) -> pd.DataFrame:
        """A table of the binding being edited, as the run reads it (files, project layers)."""
        spec = self.draft.binding.tables[table_id]
        return qgis_reader(self.project)(self.draft.table_path(table_id), spec)

    def _columns_of(self, table_id: str) -> list:
        spec = self.draft.binding.tables[table_id]
        key = (str(self.draft.table_path(table_id)), spec.sheet or spec.layer)
        if key not in self._columns:
            try:
                self._columns[key] = list(self.read_table(table_id).columns)
            except FragiliteError:
                self._columns[key] = []
        return self._columns[key]

    def _source_choices(self) -> list:
        choices = []
        for table_id, spec in self.draft.binding.tables.items():
            choices += [(table_id, column) for column in self._columns_of(table_id) if column != spec.code]
        return choices

    def _fill_variables(self) -> None:
        self.variables.clearSpans()
        self.variables.setRowCount(0)
        self.status_boxes, self.source_boxes = {}, {}
        if self.draft is None or self.method is None:
            fit_rows(self.variables)
            return
        choices = self._source_choices()
        for var in self.method.variables:
            for leaf in var.leaves:
                self._add_variable_row(var, leaf, choices)
        if self.status_boxes:
            width = max(box.sizeHint().width() for box in self.status_boxes.values())
            self.variables.horizontalHeader().resizeSection(0, width + 4)
        fit_rows(self.variables, max_rows=2 * len(self.method.leaves))

    def _add_variable_row(self, var, leaf: str, choices: list) -> None:
        row = self.variables.rowCount()
        self.variables.insertRow(row)
        self.variables.insertRow(row + 1)
        label = leaf_label(self.method, leaf)
        bound = self.draft.binding.of(leaf)
        tip = f"{leaf}: {label}" + (f"\n{bound.note}" if bound.note else "")
        title = cell(label, tooltip=tip)
        title.setFont(bold(title.font()))
        self.variables.setItem(row, 0, title)
        self.variables.setSpan(row, 0, 1, 2)
        status = QComboBox()
        for value in STATUSES:
            status.addItem(status_icon(value), status_label(value), value)
            status.setItemData(status.count() - 1, status_help(value), Qt.ToolTipRole)
        compact(status, 8)
        status.setCurrentIndex(STATUSES.index(bound.status))
        status.setToolTip(bound.note or status_help(bound.status))
        status.currentIndexChanged.connect(lambda _i, leaf=leaf, box=status: self._on_status(leaf, box))
        self.variables.setCellWidget(row + 1, 0, status)
        source = QComboBox()
        current = self.draft.source_text(leaf)
        # a computed access time has no column: "(no column)" next to "real" read as a contradiction
        empty = tr("(computed time)") if bound.access is not None else tr("(no column)")
        source.addItem(current or empty, None)
        for table_id, column in choices:
            text = f"{table_id}: {column}"
            if text != current:
                source.addItem(text, (table_id, column))
        compact(source, 10)
        source.setToolTip(current or (bound.note if bound.access is not None else ""))
        source.currentIndexChanged.connect(lambda _i, leaf=leaf, box=source: self._on_source(leaf, box))
        self.variables.setCellWidget(row + 1, 1, source)
        self.status_boxes[leaf] = status
        self.source_boxes[leaf] = source

    def _edit(self, change) -> None:
        try:
            change()
            set_hint(self.binding_error, "")
        except FragiliteError as error:
            set_hint(self.binding_error, localized(error), ERROR_COLOR)
        self._fill()

    def _on_status(self, leaf: str, box: QComboBox) -> None:
        if not self._filling:
            self._edit(lambda: self.draft.set_status(leaf, box.currentData()))

    def _on_source(self, leaf: str, box: QComboBox) -> None:
        if not self._filling and box.currentData():
            table_id, column = box.currentData()
            self._edit(lambda: self.draft.set_column(leaf, table_id, column))

    # --- tables ----------------------------------------------------------------------------------
    def choose_table(self) -> None:
        from ..gis import settings

        folder = settings.load().table_folder
        path, _ = QFileDialog.getOpenFileName(self, tr("Add a table"), folder,
                                              tr("Tables ({});;All files (*)").format(TABLE_FILES))
        if not path:
            return
        settings.update(table_folder=str(Path(path).parent))
        try:
            names = table_names(path)
        except FragiliteError as error:
            self.message.emit(localized(error), 1)
            return
        sheet = None
        if len(names) > 1:
            sheet, ok = QInputDialog.getItem(self, tr("Add a table"), tr("Sheet or table of {}:").format(
                Path(path).name), names, 0, False)
            if not ok:
                return
        self.add_table(path, sheet)

    def add_table(self, path: str, sheet: Optional[str] = None) -> Optional[str]:
        """Declare a table file (any format the readers know) in the binding being edited.

        Its code column and level are detected; the variables its INSEE columns can feed are proposed.
        """
        if self.draft is None:
            self.message.emit(tr("Choose a binding file (or the embedded data) before adding a table."), 1)
            return None
        try:
            frame = qgis_reader(self.project)(Path(path), _probe_spec(path, sheet))
        except FragiliteError as error:
            self.message.emit(localized(error), 1)
            return None
        return self._declare(path, sheet, frame, Path(path).name)

    def add_project_table(self, layer) -> Optional[str]:
        """Declare a layer or table of the project (``project:<name>``), read at each run."""
        if not isinstance(layer, QgsVectorLayer):
            return None
        if self.draft is None:
            self.message.emit(tr("Choose a binding file (or the embedded data) before adding a table."), 1)
            return None
        path = PROJECT_PREFIX + layer.name()
        try:
            frame = qgis_reader(self.project)(Path(path), _probe_spec(path, None))
        except FragiliteError as error:
            self.message.emit(localized(error), 1)
            return None
        return self._declare(path, None, frame, layer.name())

    def _declare(self, path: str, sheet: Optional[str], frame: pd.DataFrame, label: str) -> Optional[str]:
        code, level = code_column(frame)
        if code is None:
            self.message.emit(tr("{}: no column holds INSEE commune codes (5 characters, e.g. 59350), EPCI SIREN or "
                                 "department codes; add a code column to the table.").format(label), 1)
            return None
        table_id = None

        def change():
            nonlocal table_id
            table_id = self.draft.add_table(path, code, level, sheet=sheet)
        self._edit(change)
        if table_id is None:
            return None
        self._columns[(str(self.draft.table_path(table_id)), sheet)] = list(frame.columns)
        self.tables.selectRow(self.tables.rowCount() - 1)
        self.propose_for(table_id, list(frame.columns))
        return table_id

    # --- proposals -------------------------------------------------------------------------------
    def propose_for(self, table_id: str, columns: list) -> int:
        """Offer the bindings the INSEE column codes of ``table_id`` allow; returns how many."""
        if self.method is None or self.draft is None:
            return 0
        try:
            proposals = propose(self.method, {table_id: columns})
        except FragiliteError as error:
            self.message.emit(localized(error), 1)
            return 0
        labels = {leaf: leaf_label(self.method, leaf) for leaf in self.method.leaves}
        statuses = {leaf: self.draft.status(leaf) for leaf in self.method.leaves}
        count = self.proposals.show_proposals(table_id, proposals, labels, statuses)
        if count:
            self.message.emit(tr("{} variable(s) can be read from {}: see the proposals under the tables.").format(
                count, table_id), 0)
        return count

    def accept_proposals(self, chosen: dict) -> None:
        self._edit(lambda: self.draft.accept(chosen))
        self.message.emit(tr("Binding updated: {}.").format(", ".join(sorted(chosen))), 0)

    def _show_preview(self) -> None:
        rows = self.tables.selectionModel().selectedRows() if self.tables.selectionModel() else []
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        if self.draft is None or not rows:
            set_hint(self.preview_title, tr("Select a table to see its first rows."))
            self.preview.hide()
            return
        table_id = self.tables.item(rows[0].row(), 0).text()
        path = self.draft.table_path(table_id)
        try:
            frame = self.read_table(table_id)
        except FragiliteError as error:
            set_hint(self.preview_title, localized(error), ERROR_COLOR)
            self.preview.hide()
            return
        # The table id, not the file name: a long name cannot wrap and would widen the dock.
        set_hint(self.preview_title, tr("{}: {} rows, {} columns; the first {}:").format(
            table_id, integer(len(frame)), integer(len(frame.columns)), min(PREVIEW_ROWS, len(frame))))
        self.preview_title.setToolTip(str(path))
        head = frame.head(PREVIEW_ROWS)
        self.preview.setColumnCount(len(head.columns))
        self.preview.setHorizontalHeaderLabels([str(c) for c in head.columns])
        self.preview.setRowCount(len(head))
        for i, values in enumerate(head.itertuples(index=False)):
            for j, value in enumerate(values):
                self.preview.setItem(i, j, cell(value))
        self.preview.show()
        fit_rows(self.preview, max_rows=8)

    # --- saving ----------------------------------------------------------------------------------
    def choose_binding_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the binding as"), "", tr("Binding (*.json)"))
        if path:
            self.save_binding(path if path.lower().endswith(".json") else path + ".json")

    def save_binding(self, path: str) -> None:
        from ..gis.project_config import write_text_atomic

        write_text_atomic(path, self.draft.to_json(Path(path).parent))
        self.set_binding_path(path)
        self.message.emit(tr("Binding saved to {}.").format(path), 0)

    def problems(self) -> list:
        if self.draft is None:
            return [tr("Choose a binding file that fits the method (step Data).")]
        return []

    # --- join report -----------------------------------------------------------------------------
    def show_joins(self, joins: list, html: str = "") -> None:
        """``joins``: the run report's join entries (dicts); ``html``: the full report."""
        self.join_report.show_joins(joins, html)

    def binding_for_run(self, folder: Path) -> str:
        """The binding file the run reads: the chosen file, or the edited draft written into ``folder``."""
        if self.draft is None or not self.draft.modified:
            return self.binding_path()
        from ..gis.project_config import write_text_atomic

        path = Path(folder) / "binding.json"
        write_text_atomic(str(path), self.draft.to_json(Path(folder)))
        return str(path)


def _probe_spec(path: str, sheet: Optional[str]):
    """A table spec to read a table before it is declared (its code column is not known yet)."""
    from ..core.binding import TableSpec

    return TableSpec(id="probe", path=path, code="", sheet=sheet, layer=sheet)
