"""Step 4, Résultats: output file, run summary, and the fiche of the selected unit."""

from __future__ import annotations

from typing import Optional

from qgis.gui import QgsCollapsibleGroupBox, QgsFileWidget
from qgis.PyQt.QtCore import QStringListModel, Qt, pyqtSignal
from qgis.PyQt.QtGui import QTextDocumentFragment
from qgis.PyQt.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.fiche import Fiche, ScoredUnits, Summary
from ..gis.messages import tr
from .analysis_box import AnalysisBox
from .axis_chart import AxisChart
from .export_box import ExportBox
from .typology_box import TypologyBox
from .widgets import STATUS_COLORS, cell, fit_rows, group, hint, integer, number, percent, set_hint, status_label, table


def flag_label(flag: str) -> str:
    """The origin of a value, in words (flags of core/impute.py)."""
    return {"obs": tr("observed"), "epci_t": tr("EPCI value (table)"), "epci_a": tr("EPCI mean"),
            "dep_t": tr("department value (table)"), "dep_a": tr("department mean"),
            "ref_a": tr("reference territory mean"), "na": tr("missing"), "abs": tr("absent from the data")
            }.get(flag, flag)


def value_text(value: Optional[float], unit: str) -> str:
    if value is None:
        return ""
    decimals = 0 if abs(value) >= 1000 else (1 if unit == "%" else 2)
    return number(value, decimals) + (f"\u00a0{unit}" if unit else "")


def unit_title(name: str, code: str) -> str:
    return f"{name} ({code})" if name else code


def section(title: str, widget: QWidget, name: str) -> QgsCollapsibleGroupBox:
    """A step of the results the user opens when needed (collapsed state remembered by QGIS)."""
    box = QgsCollapsibleGroupBox(title)
    box.setObjectName(name)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.addWidget(widget)
    return box


class VariableList(QWidget):
    """The fiche's variables, axis by axis: the label, then value · origin · rank · contribution.

    Two lines per variable rather than five columns, so that a narrow dock shows whole labels.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.layout_.setSpacing(2)
        self.lines: list = []          # (id, label, details, depth) as shown, for tests and copies

    def set_fiche(self, fiche: Optional[Fiche]) -> None:
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            if item.widget():
                item.widget().hide()            # deleteLater is deferred: never paint a stale row
                item.widget().deleteLater()
        self.lines = []
        if fiche is None:
            return
        for axis in fiche.axes:
            title = QLabel(f"<b>{axis.label}</b> : {number(axis.value, 3)}")
            title.setWordWrap(True)
            title.setToolTip(tr("Axis score {} (mean of the reference territory: {}).").format(
                number(axis.value, 3), number(axis.reference, 3)))
            title.setContentsMargins(0, 6, 0, 0)
            self.layout_.addWidget(title)
            for line in fiche.variables.get(axis.id, []):
                self._add_line(line, fiche.ranked)

    def _add_line(self, line, ranked: int) -> None:
        parts = []
        if line.status == "proxy":      # absent variables say so through their origin
            parts.append(f"<span style='color:{STATUS_COLORS['proxy']}'>{status_label('proxy').lower()}</span>")
        if line.flag:
            value = value_text(line.value, line.unit)
            origin = flag_label(line.flag)
            color = "#9e9e9e" if line.flag in ("na", "abs") else ("#b26a00" if line.flag != "obs" else "")
            origin = f"<span style='color:{color}'>{origin}</span>" if color else origin
            parts.append(f"{value} ({origin})" if value else origin)
        if line.rank is not None:
            parts.append(tr("rank {} of {}").format(integer(line.rank), integer(ranked)))
        if line.depth == 0 and line.contribution is not None:
            parts.append(tr("contribution {}").format(number(line.contribution, 3)))
        details = " · ".join(parts)
        label = QLabel(f"{line.label}<br><span style='color:#5f6368'>{details}</span>" if details else line.label)
        label.setTextFormat(Qt.RichText)
        label.setWordWrap(True)
        label.setToolTip(tr("{}: normalised score {}.").format(line.id, number(line.score, 3)))
        label.setContentsMargins(12 + 16 * line.depth, 0, 0, 2)
        self.layout_.addWidget(label)
        self.lines.append((line.id, line.label, QTextDocumentFragment.fromHtml(details).toPlainText(), line.depth))


class ResultsPage(QWidget):
    unit_chosen = pyqtSignal(object)        # the key (feature id) of the unit whose fiche is asked for

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.units: Optional[ScoredUnits] = None
        self.current_key = None                  # the unit whose fiche is shown
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
        self.top = table([tr("Rank"), tr("Unit"), tr("Index")], stretch=(1,))
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
        self.variables = VariableList()
        self.fiche_box, fiche_layout = group(tr("Fiche"), self.search, self.fiche_title, self.fiche_hint, self.chart,
                                        self.variables)
        layout.addWidget(self.fiche_box)

        self.typologies = TypologyBox()
        self.exports = ExportBox()
        self.analyses = AnalysisBox()
        self.sections = [section(tr("Typologies"), self.typologies, "ifn_typologies"),
                         section(tr("Atlas and table"), self.exports, "ifn_exports"),
                         section(tr("Diagnostics, stability, comparison"), self.analyses, "ifn_analyses")]
        for box in self.sections:
            layout.addWidget(box)
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
        self.fiche_box.hide()
        self.names.setStringList([])
        self._choices = {}
        self.clear_fiche()
        self.typologies.clear()
        self.set_available(False)

    def set_available(self, available: bool, atlas_problem: str = "") -> None:
        """The typologies, exports and analyses need a result and no job running."""
        self.typologies.set_available(available)
        self.exports.set_available(available, atlas_problem)
        self.analyses.set_available(available)

    def show_units(self, units: ScoredUnits, top: int = 10) -> None:
        self.units = units
        self.show_summary(units.summary(top))
        self._choices = {}
        code, name = units.code_field, units.name_field
        for key, row in units.frame.iterrows():
            self._choices[unit_title(str(row[name]) if name and row[name] is not None else "", str(row[code]))] = key
        self.names.setStringList(sorted(self._choices))
        self.search.setEnabled(True)
        self.fiche_box.show()
        self.clear_fiche()

    def show_summary(self, summary: Summary) -> None:
        items = [tr("<b>{}</b> units scored, <b>{}</b> in the reference territory.").format(
            integer(summary.n_units), integer(summary.n_reference)),
            tr("Coverage: on average {} of the variables observed; {} units have every variable "
               "observed.").format(percent(summary.mean_coverage), integer(summary.n_complete))]
        if summary.imputed:
            items.append(tr("Imputed variables: {}.").format(", ".join(
                tr("{} ({} units)").format(label, integer(count)) for _leaf, label, count in summary.imputed)))
        else:
            items.append(tr("No value was imputed."))
        if summary.absent:
            items.append(tr("Absent from the data ({}): {}.").format(
                len(summary.absent), ", ".join(label for _leaf, label in summary.absent)))
        text = "<ul style='margin-left: -24px;'>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
        text += tr("The {} most fragile units:").format(len(summary.most_fragile))
        set_hint(self.summary_text, text, "")
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
        self.current_key = None
        self.fiche_title.clear()
        set_hint(self.fiche_hint, tr("Select a unit on the map, in the list above, or type its name here.")
                 if self.units is not None else "")
        self.chart.clear()
        self.variables.set_fiche(None)
        self.variables.hide()

    def show_fiche(self, fiche: Fiche) -> None:
        self.current_key = fiche.key
        self.search.setText(unit_title(fiche.name, fiche.code))
        title = f"<b>{unit_title(fiche.name, fiche.code)}</b><br>"
        if fiche.in_reference and fiche.rank is not None:
            title += tr("Index {}: rank {} of {} (1 = most fragile), decile {}.").format(
                number(fiche.composite.value, 3), integer(fiche.rank), integer(fiche.ranked),
                integer(fiche.decile))
        else:
            title += tr("Index {}; outside the reference territory, so without a rank.").format(
                number(fiche.composite.value, 3))
        if fiche.rank_interval is not None:
            low, median, high = fiche.rank_interval
            title += "<br>" + tr("Rank interval (Monte Carlo, 5–95 %): {} to {}, median {}.").format(
                integer(low), integer(high), integer(median))
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
        self.variables.set_fiche(fiche)
        self.variables.show()
