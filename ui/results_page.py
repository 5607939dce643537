"""Step 4, Résultats: output file, run summary, and the fiche of the selected unit."""

from __future__ import annotations

from typing import Optional

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QStringListModel, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.fiche import Fiche, ScoredUnits, Summary
from ..gis.messages import tr
from .axis_chart import AxisChart
from .widgets import cell, fit_rows, group, hint, integer, number, percent, set_hint, table


def flag_label(flag: str) -> str:
    """The origin of a value, in words (flags of core/impute.py)."""
    return {"obs": tr("observed"), "epci_t": tr("EPCI value (table)"), "epci_a": tr("EPCI mean"),
            "dep_t": tr("department value (table)"), "dep_a": tr("department mean"),
            "ref_a": tr("reference territory mean"), "na": tr("missing"), "abs": tr("absent from the data")
            }.get(flag, flag)


def unit_title(name: str, code: str) -> str:
    return f"{name} ({code})" if name else code


class ResultsPage(QWidget):
    unit_chosen = pyqtSignal(object)        # the key (feature id) of the unit whose fiche is asked for

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.units: Optional[ScoredUnits] = None
        self._choices: dict = {}
        layout = QVBoxLayout(self)

        self.output_file = QgsFileWidget()
        self.output_file.setStorageMode(QgsFileWidget.SaveFile)
        self.output_file.setFilter(tr("GeoPackage (*.gpkg)"))
        self.output_hint = hint()
        output_box, _ = group(tr("Output file"), self.output_file, self.output_hint)
        layout.addWidget(output_box)

        self.summary_text = hint()
        self.summary_text.setStyleSheet("")
        self.top = table([tr("Rank"), tr("Unit"), tr("Index")], stretch=1)
        self.top.setToolTip(tr("Click a unit to open its fiche."))
        summary_box, summary_layout = group(tr("Summary"), self.summary_text, self.top)
        layout.addWidget(summary_box)

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Name or INSEE code of a unit"))
        self.search.setClearButtonEnabled(True)
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchContains)
        self.search.setCompleter(self.completer)
        self.fiche_title = QLabel()
        self.fiche_title.setWordWrap(True)
        self.fiche_title.setTextFormat(Qt.RichText)
        self.fiche_hint = hint()
        self.chart = AxisChart()
        self.variables = QTreeWidget()
        self.variables.setHeaderLabels([tr("Variable"), tr("Value"), tr("Origin"), tr("Rank"), tr("Contribution")])
        self.variables.setRootIsDecorated(True)
        self.variables.setAlternatingRowColors(True)
        self.variables.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        header = self.variables.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        fiche_box, fiche_layout = group(tr("Fiche"), self.search, self.fiche_title, self.fiche_hint, self.chart,
                                        self.variables)
        layout.addWidget(fiche_box)
        layout.addStretch(1)

        self.top.cellClicked.connect(self._on_top)
        self.completer.activated[str].connect(self._on_search)
        self.search.returnPressed.connect(lambda: self._on_search(self.search.text()))
        self.clear()

    # --- output ----------------------------------------------------------------------------------
    def output_path(self) -> str:
        return self.output_file.filePath().strip()

    def set_output_path(self, path: str) -> None:
        self.output_file.setFilePath(path)

    def set_default_folder(self, folder: str) -> None:
        set_hint(self.output_hint, tr("Leave empty to write a new GeoPackage in {}.").format(folder))

    # --- summary ---------------------------------------------------------------------------------
    def clear(self) -> None:
        self.units = None
        set_hint(self.summary_text, tr("Run the computation (button below) to see the summary and the fiches."))
        self.top.setRowCount(0)
        self.top.hide()
        self.search.setEnabled(False)
        self.names.setStringList([])
        self._choices = {}
        self.clear_fiche()

    def show_units(self, units: ScoredUnits, top: int = 10) -> None:
        self.units = units
        self.show_summary(units.summary(top))
        self._choices = {}
        code, name = units.code_field, units.name_field
        for key, row in units.frame.iterrows():
            self._choices[unit_title(str(row[name]) if name and row[name] is not None else "", str(row[code]))] = key
        self.names.setStringList(sorted(self._choices))
        self.search.setEnabled(True)
        self.clear_fiche()

    def show_summary(self, summary: Summary) -> None:
        lines = [tr("<b>{}</b> units scored, <b>{}</b> in the reference territory.").format(
            integer(summary.n_units), integer(summary.n_reference))]
        lines.append(tr("Coverage: on average {} of the variables observed; {} units have every variable "
                        "observed.").format(percent(summary.mean_coverage), integer(summary.n_complete)))
        if summary.imputed:
            items = ", ".join(tr("{} ({} units)").format(label, integer(count))
                              for _leaf, label, count in summary.imputed)
            lines.append(tr("Imputed variables: {}.").format(items))
        else:
            lines.append(tr("No value was imputed."))
        if summary.absent:
            lines.append(tr("Absent from the data: {}.").format(", ".join(label for _leaf, label in summary.absent)))
        lines.append(tr("The {} most fragile units:").format(len(summary.most_fragile)))
        set_hint(self.summary_text, "<br>".join(lines), "")
        self.top.setRowCount(0)
        for rank, key, code, name, value in summary.most_fragile:
            row = self.top.rowCount()
            self.top.insertRow(row)
            self.top.setItem(row, 0, cell(integer(rank), True))
            item = cell(unit_title(name, code))
            item.setData(Qt.UserRole, key)
            self.top.setItem(row, 1, item)
            self.top.setItem(row, 2, cell(number(value, 3), True))
        self.top.setVisible(bool(summary.most_fragile))
        fit_rows(self.top)

    def _on_top(self, row: int, _column: int) -> None:
        self.unit_chosen.emit(self.top.item(row, 1).data(Qt.UserRole))

    def _on_search(self, text: str) -> None:
        key = self._choices.get(text)
        if key is None and self.units is not None:
            key = self.units.key_of(text.strip())
        if key is not None:
            self.unit_chosen.emit(key)

    # --- fiche -----------------------------------------------------------------------------------
    def clear_fiche(self) -> None:
        self.fiche_title.clear()
        set_hint(self.fiche_hint, tr("Select a unit on the map, in the list above, or type its name here.")
                 if self.units is not None else "")
        self.chart.clear()
        self.variables.clear()
        self.variables.hide()

    def show_fiche(self, fiche: Fiche) -> None:
        self.search.setText(unit_title(fiche.name, fiche.code))
        title = f"<b>{unit_title(fiche.name, fiche.code)}</b><br>"
        if fiche.in_reference and fiche.rank is not None:
            title += tr("Index {}: rank {} of {} (1 = most fragile), decile {}.").format(
                number(fiche.composite.value, 3), integer(fiche.rank), integer(fiche.ranked),
                integer(fiche.decile))
        else:
            title += tr("Index {}; outside the reference territory, so without a rank.").format(
                number(fiche.composite.value, 3))
        title += "<br>" + tr("Observed variables: {}.").format(percent(fiche.coverage))
        self.fiche_title.setText(title)
        set_hint(self.fiche_hint, "")
        sections = [(tr("Composite index"), [(fiche.composite.label, fiche.composite.value,
                                              fiche.composite.reference)]),
                    (tr("Axes"), [(b.label, b.value, b.reference) for b in fiche.axes]),
                    (tr("Sub-indices"), [(b.label, b.value, b.reference) for b in fiche.groups])]
        self.chart.set_data(fiche.name or fiche.code, sections)
        self._fill_variables(fiche)

    def _fill_variables(self, fiche: Fiche) -> None:
        self.variables.clear()
        for axis in fiche.axes:
            top = QTreeWidgetItem([axis.label, number(axis.value, 3), "", "", ""])
            font = top.font(0)
            font.setBold(True)
            for column in range(5):
                top.setFont(column, font)
            top.setToolTip(0, axis.label)
            self.variables.addTopLevelItem(top)
            variable_item = top
            for line in fiche.variables.get(axis.id, []):
                value = number(line.value, 2) + (f"\u00a0{line.unit}" if line.unit and line.value is not None else "")
                rank = f"{integer(line.rank)} / {integer(line.ranked)}" if line.rank is not None else "–"
                contribution = number(line.contribution, 3) if line.depth == 0 else ""
                origin = flag_label(line.flag) if line.flag else ""
                item = QTreeWidgetItem([line.label, value if line.value is not None else "", origin, rank,
                                        contribution])
                item.setToolTip(0, f"{line.id}: {line.label}")
                item.setToolTip(3, tr("Rank of the normalised score {} among the units of the reference "
                                      "territory (1 = most fragile).").format(number(line.score, 3)))
                for column in (1, 3, 4):
                    item.setTextAlignment(column, int(Qt.AlignRight | Qt.AlignVCenter))
                if line.flag and line.flag != "obs":
                    item.setForeground(2, Qt.darkYellow if line.flag not in ("na", "abs") else Qt.gray)
                if line.depth == 0:
                    top.addChild(item)
                    variable_item = item
                else:
                    variable_item.addChild(item)   # a component, under its composite variable
        self.variables.expandAll()
        self.variables.show()
        self._fit_tree()

    def _fit_tree(self) -> None:
        rows = 0
        iterator = [self.variables.topLevelItem(i) for i in range(self.variables.topLevelItemCount())]
        while iterator:
            item = iterator.pop()
            rows += 1
            iterator.extend(item.child(i) for i in range(item.childCount()))
        row_height = self.variables.sizeHintForRow(0) or self.fontMetrics().height() + 6
        self.variables.setFixedHeight(self.variables.header().height() + rows * row_height + 6)
