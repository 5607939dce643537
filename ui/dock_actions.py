"""The dock's actions besides the run: join check, aggregation, typologies, exports and analyses.

A mixin of ``FragiliteDock``: each action checks what it needs, starts one background job
(``gis.tasks.JobTask``: the dock's progress bar and Cancel follow it) and, on the main thread,
puts its output in the project (the result's layer group, map themes for the styles it adds) or
says where its files are. Messages go to the message bar and the log, never to a modal box.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from qgis.core import Qgis, QgsApplication, QgsExpression, QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtWidgets import QFileDialog

from ..core import fields as F
from ..core.errors import FragiliteError
from ..core.sensitivity import SensitivityOptions
from ..gis import layer_io
from ..gis.messages import LOG_TAG, localized, log, tr
from ..gis.project_config import to_dict
from ..gis.results import read_attributes
from ..gis.style_store import load_style_set, remove_output
from ..gis.styles import indicator_specs
from ..gis.table_io import dataset_path
from ..gis.tasks import JobTask, LayerSnapshot
from ..gis.themes import present_layer
from ..gis.units_layer import AggregateRequest
from . import result_jobs as jobs
from .widgets import set_hint

PROJECT_STABILITY_KEY = "stability_layer"


def layer_name_of(layer: QgsVectorLayer) -> Optional[str]:
    """The ``layername=`` part of an OGR layer's source (None for a single-layer file)."""
    _path, _, rest = layer.source().partition("|")
    name = rest.partition("layername=")[2].split("|")[0]
    return name or None


def epci_name_field(layer: QgsVectorLayer) -> Optional[str]:
    """The field naming each commune's EPCI (e.g. epci_nom, lib_epci), if the layer has one."""
    for fld in layer.fields():
        name = fld.name().lower()
        if "epci" in name and any(hint in name for hint in ("nom", "lib", "name")):
            return fld.name()
    return None


def comparable(config) -> dict:
    """What decides a run's scores, to tell whether the steps changed since the result was computed."""
    data = to_dict(config, None)
    for key in ("output", "results", "extra", "display_filter"):
        data.pop(key, None)
    data["layer"].pop("id", None)
    return data


class DockActions:
    """Mixin: needs the dock's pages, ``project``, ``notify``, ``_update_state`` and the run helpers."""

    def connect_actions(self) -> None:
        self.data.join_report.check_requested.connect(self.check_joins)
        self.territory.aggregate_requested.connect(self.aggregate)
        typologies, exports, analyses = self.results.typologies, self.results.exports, self.results.analyses
        typologies.policy_requested.connect(self.policy_typology)
        typologies.gains_requested.connect(self.cluster_gains)
        typologies.cluster_requested.connect(self.cluster_typology)
        exports.atlas_requested.connect(self.choose_atlas_target)
        exports.table_requested.connect(self.choose_table_target)
        analyses.diagnostics_requested.connect(self.diagnostics)
        analyses.stability_requested.connect(self.stability)
        analyses.comparison_requested.connect(self.comparison)

    # --- jobs ------------------------------------------------------------------------------------
    def run_job(self, description: str, work: Callable, on_done: Callable, outputs: tuple = ()) -> Optional[JobTask]:
        """Start ``work`` in the background; ``outputs`` are removed if it fails or is cancelled."""
        if self.busy():
            self.notify(tr("Wait for the current computation to finish, or cancel it."), Qgis.Info, 4)
            return None

        def cleanup(_task) -> None:
            for path in outputs:
                remove_output(path)

        def done(task: JobTask) -> None:
            self.job = None
            self._drop_run_folder()
            self.progress.setValue(0)
            self._update_state()
            for text in task.messages:
                log(text)
            if task.cancelled:
                self.notify(tr("{} cancelled; nothing was written.").format(description), Qgis.Info, 4)
            elif task.error is not None:
                self.notify(localized(task.error), Qgis.Warning, 0)
            elif task.failure:
                log(task.failure, Qgis.Critical)
                self.notify(tr("{} failed on an unexpected error; the details are in the message log ({}).").format(
                    description, LOG_TAG), Qgis.Critical, 0)
            else:
                try:
                    on_done(task.result)
                except FragiliteError as error:
                    self.notify(localized(error), Qgis.Warning, 0)

        self.job = JobTask(description, work, done, cleanup)
        self.job.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.progress.setValue(0)
        self._update_state()
        set_hint(self.status, tr("{}… the map stays usable; Cancel stops it and writes nothing.").format(description))
        QgsApplication.taskManager().addTask(self.job)
        return self.job

    # --- before a run: joins, aggregation --------------------------------------------------------
    def check_joins(self) -> Optional[JobTask]:
        """The join report of the tables as the run will read them, before any run."""
        prepared = self.prepare_request(check_only=True)
        if prepared is None:
            return None
        request, before = prepared

        def done(result) -> None:
            joins, html = result
            self.data.show_joins(joins, html)
            self.tabs.setCurrentIndex(self.DATA)
            missing = sum(1 for j in joins if j.get("n_units_without_row"))
            self.notify(tr("Joins checked: {} table(s), {} with units that find no row (see step Data).").format(
                len(joins), missing), Qgis.Success, 5)

        return self.run_job(tr("Checking the joins"), jobs.join_check_work(request, before), done)

    def aggregate(self, level: str) -> Optional[JobTask]:
        """EPCI or department units built from the commune layer, which becomes the unit layer."""
        layer = self.territory.layer()
        code = self.territory.code_combo.currentField()
        unit_field = self.territory.epci_combo.currentField() if level == "epci" else \
            (self.territory.dep_combo.currentField() or None)
        if layer is None or not code:
            self.notify(tr("Choose the commune layer and its INSEE code field first (step Territory)."), Qgis.Warning)
            return None
        if level == "epci" and not unit_field:
            self.notify(tr("Choose the EPCI code field of the communes (step Territory) to aggregate them."),
                        Qgis.Warning)
            return None
        folder = Path(self.output_folder())
        folder.mkdir(parents=True, exist_ok=True)
        output = jobs.unique_path(folder, f"{level}_{Path(dataset_path(layer) or layer.name()).stem}", ".gpkg")
        request = AggregateRequest(source=LayerSnapshot(layer), code_field=code, output_path=output, level=level,
                                   unit_field=unit_field, name_field=epci_name_field(layer) if level == "epci" else None,
                                   binding_path=self.data.binding_path() or None, layer_name=level)
        name = tr("EPCI of {}").format(layer.name()) if level == "epci" else tr("Departments of {}").format(layer.name())

        def done(outcome) -> None:
            units = layer_io.open_layer(outcome.path, outcome.layer_name, name)
            self.project.addMapLayer(units)
            self.territory.unit_level.set_level(level)
            self.territory.set_layer(units)
            self.notify(tr("{} units built from {} communes in {}; they are now the unit layer.").format(
                outcome.record["units"], outcome.record["communes"], outcome.path), Qgis.Success, 6)

        return self.run_job(tr("Aggregating the communes"), jobs.aggregation_work(request), done, (output,))

    # --- after a run -----------------------------------------------------------------------------
    def result_source(self) -> Optional[tuple]:
        """(file, layer name) of the result layer, or None with a message."""
        layer = self.result_layer()
        if layer is None or self.units is None:
            self.notify(tr("Compute the index first (button below)."), Qgis.Info, 4)
            return None
        return dataset_path(layer), layer_name_of(layer)

    def present_output(self, path: str, layer_name: Optional[str], display_name: str) -> QgsVectorLayer:
        """An output of a later step in the result's group, with a map theme for each style it adds."""
        layer = layer_io.open_layer(path, layer_name, display_name)
        names = load_style_set(layer)
        display_filter = self.run_config.display_filter
        if display_filter:
            # Only where the layer has the filter's fields (a comparison keeps only the code and name).
            fields = set(layer.fields().names())
            if not set(QgsExpression(display_filter).referencedColumns()) <= fields \
                    or not layer.setSubsetString(display_filter):
                log(tr("The display filter {} does not apply to {}; every unit is shown.").format(
                    display_filter, display_name))
        method = self.units.method
        index_styles = {spec.name for spec in indicator_specs(method, layer.fields().names())}
        present_layer(self.project, layer, self.territory_label(self.run_config), method.label,
                      [name for name in names if name not in index_styles])
        return layer

    def policy_typology(self) -> Optional[JobTask]:
        return self._typology("policy", "typologie", tr("Infrastructure × publics typology"))

    def cluster_typology(self, classes: int) -> Optional[JobTask]:
        return self._typology("cluster", "cah", tr("Statistical typology ({} classes)").format(classes), classes)

    def _typology(self, kind: str, suffix: str, display_name: str, classes: int = 5) -> Optional[JobTask]:
        source = self.result_source()
        if source is None:
            return None
        path, layer_name = source
        output = jobs.beside(path, suffix)
        seed = self.current_config().results.seed

        def done(outcome) -> None:
            self.present_output(outcome.path, outcome.layer_name, display_name)
            for text in outcome.warnings:
                self.notify(text, Qgis.Warning)
            self.notify(tr("{} added to the result's group ({}).").format(display_name, outcome.path), Qgis.Success, 5)

        work = jobs.typology_work(kind, path, layer_name, output, classes, seed)
        return self.run_job(display_name, work, done, (output,))

    def cluster_gains(self) -> Optional[JobTask]:
        source = self.result_source()
        if source is None:
            return None

        def done(gains) -> None:
            suggested = self.results.typologies.show_gains(gains)
            self.notify(tr("Inertia gains computed; {} classes suggested (step Results, Typologies).").format(
                suggested), Qgis.Info, 4)

        return self.run_job(tr("Inertia gains"), jobs.gains_work(*source, self.current_config().results.seed), done)

    # --- exports ---------------------------------------------------------------------------------
    def export_filter(self, kind: str) -> str:
        """The display filter for the pages: the communes' own, or the EPCI of the communes shown."""
        expression = self.run_config.display_filter if self.results.exports.use_filter.isChecked() else ""
        if not expression or kind != "epci":
            return expression
        layer = self.result_layer()
        field = self.run_config.epci_field or "epci"
        request = QgsFeatureRequest(QgsExpression(expression)).setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes([field], layer.fields())
        codes = sorted({str(f[field]) for f in layer.dataProvider().getFeatures(request) if f[field]})
        return QgsExpression.createFieldEqualityExpression(field, codes[0]) if len(codes) == 1 else \
            f"{QgsExpression.quotedColumnRef(field)} IN ({', '.join(QgsExpression.quotedValue(c) for c in codes)})"

    def atlas_problem(self) -> str:
        if self.run_config is not None and self.run_config.unit_level != "commune":
            return tr("The atlas pages are made for communes: score the communes to export them.")
        return ""

    def _target(self, title: str, default: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, default, filters)
        return path

    def choose_atlas_target(self) -> None:
        source = self.result_source()
        if source is None:
            return
        options = self.current_config().results
        stem = "atlas_epci" if options.atlas_kind == "epci" else "fiches"
        path = self._target(tr("Export the atlas"), jobs.beside(source[0], stem, ".pdf"), tr("PDF (*.pdf)"))
        if path:
            self.export_atlas(path)

    def export_atlas(self, output: str) -> Optional[JobTask]:
        """The atlas of the result (EPCI pages or commune fiches), limited by the display filter if asked."""
        source = self.result_source()
        if source is None:
            return None
        if self.atlas_problem():
            self.notify(self.atlas_problem(), Qgis.Warning)
            return None
        options = self.current_config().results
        config = self.run_config
        fields = {"kind": options.atlas_kind, "output": output, "mode": options.atlas_mode,
                  "filter_expression": self.export_filter(options.atlas_kind), "overwrite": False,
                  "code_field": config.code_field, "name_field": config.name_field or None,
                  "epci_field": config.epci_field or "epci", "epci_name_field": epci_name_field(self.result_layer()),
                  "dep_field": config.dep_field or None}

        def done(outcome) -> None:
            self.results.analyses.show_outputs(tr("Atlas:"), outcome.files[:3])
            self.notify(tr("Atlas exported: {} page(s) in {} file(s), {}.").format(
                outcome.pages, len(outcome.files), outcome.files[0]), Qgis.Success, 8)

        outputs = (output,) if options.atlas_mode == "pdf" else ()
        return self.run_job(tr("Exporting the atlas"), jobs.atlas_work(*source, **fields), done, outputs)

    def choose_table_target(self) -> None:
        source = self.result_source()
        if source is None:
            return
        suffix = "." + self.current_config().results.table_format
        path = self._target(tr("Export the table"), jobs.beside(source[0], "table", suffix),
                            tr("Tables (*{})").format(suffix))
        if path:
            self.export_table(path if path.lower().endswith(suffix) else path + suffix)

    def export_table(self, output: str) -> Optional[JobTask]:
        source = self.result_source()
        if source is None:
            return None
        expression = self.export_filter("commune")

        def done(files) -> None:
            self.results.analyses.show_outputs(tr("Table:"), files)
            self.notify(tr("Table exported: {}.").format(", ".join(files)), Qgis.Success, 8)

        return self.run_job(tr("Exporting the table"), jobs.table_work(*source, output, expression), done, (output,))

    # --- analyses --------------------------------------------------------------------------------
    def diagnostics(self) -> Optional[JobTask]:
        source = self.result_source()
        if source is None:
            return None
        html = jobs.beside(source[0], "diagnostic", ".html")

        def done(outcome) -> None:
            self.results.analyses.show_outputs(tr("Diagnostics report:"), outcome.paths[:1])
            self.notify(tr("Diagnostics report written to {}.").format(outcome.paths[0]), Qgis.Success, 8)

        work = jobs.diagnostics_work(*source, html, self.run_config.code_field)
        return self.run_job(tr("Diagnostics report"), work, done, (html,))

    def stability(self) -> Optional[JobTask]:
        """Monte Carlo rank stability of the result's run; the 5–95 % rank interval goes to the fiches."""
        source = self.result_source()
        if source is None:
            return None
        config = self.current_config()
        if comparable(config) != comparable(self.run_config):
            self.notify(tr("The steps changed since the result was computed: compute the index again, then its "
                           "rank stability."), Qgis.Warning)
            return None
        output = jobs.beside(source[0], "stabilite")
        report = str(Path(output).with_suffix(".html"))
        prepared = self.prepare_request(output=output)
        if prepared is None:
            return None
        request, before = prepared
        options = config.results
        method = self.units.method
        draws = {} if options.vary_choices else {
            "normalisations": (config.normalisation or method.normalisation,),
            "missing_rules": (config.missing_rule or method.missing_rule,)}
        sensitivity = SensitivityOptions(runs=options.stability_runs, seed=options.seed,
                                         weight_spread=options.weight_spread, **draws)

        def work(feedback):
            outcome = jobs.stability_work(request, before, sensitivity, report, config.name_field)(feedback)
            return outcome, read_attributes(outcome.path, outcome.layer_name)

        def done(result) -> None:
            outcome, frame = result
            layer = self.present_output(outcome.path, outcome.layer_name, tr("Rank stability"))
            self.project.writeEntry("fragilite_numerique", PROJECT_STABILITY_KEY, layer.id())
            self.add_rank_intervals(frame)
            self.results.analyses.show_outputs(tr("Rank stability:"), outcome.report[:1] or [outcome.path])
            self.notify(tr("Rank stability of {} runs added to the result's group; the fiches show each unit's "
                           "rank interval.").format(outcome.result.options.runs), Qgis.Success, 6)

        return self.run_job(tr("Rank stability"), work, done, (output, report))

    def add_rank_intervals(self, frame) -> None:
        if self.units is None or self.units.code_field not in frame.columns:
            return
        self.units.with_rank_intervals(frame)
        key = self.results.current_key
        if key is not None:
            self.show_unit(key, select=False)

    def restore_rank_intervals(self) -> None:
        """The rank stability layer saved with the project, back in the fiches."""
        layer_id, _ = self.project.readEntry("fragilite_numerique", PROJECT_STABILITY_KEY, "")
        layer = self.project.mapLayer(layer_id) if layer_id else None
        if isinstance(layer, QgsVectorLayer) and layer.fields().indexOf(F.RANK_LOW) >= 0:
            try:
                self.add_rank_intervals(read_attributes(dataset_path(layer), layer_name_of(layer)))
            except FragiliteError as error:
                self.notify(localized(error), Qgis.Warning)

    def comparison(self) -> Optional[JobTask]:
        source = self.result_source()
        if source is None:
            return None
        other = self.project.mapLayer(self.results.analyses.other_layer_id())
        if not isinstance(other, QgsVectorLayer):
            self.notify(tr("Choose the other result to compare with (step Results)."), Qgis.Info, 4)
            return None
        output = jobs.beside(source[0], "comparaison")
        display_name = tr("Comparison with {}").format(other.name())

        def done(outcome) -> None:
            self.present_output(outcome.path, outcome.layer_name, display_name)
            self.notify(tr("{} added to the result's group: positive changes mean more fragile in {}.").format(
                display_name, other.name()), Qgis.Success, 6)

        work = jobs.comparison_work(*source, dataset_path(other), layer_name_of(other), output,
                                    self.run_config.code_field)
        return self.run_job(tr("Comparison"), work, done, (output,))
