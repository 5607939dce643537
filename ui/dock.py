"""The dock "Fragilité numérique": four steps from a unit layer to the scored, styled layer and its fiches.

It collects a ``RunConfig`` from its pages, turns it into the ``ScoringRequest`` the Processing
algorithm also builds, runs it in a ``ScoringTask`` (progress bar, cancel) and puts the result in
the project as a layer group; the summary and the fiche of the selected unit follow. The
configuration is stored in the project when it is saved and restored when it is read.
"""

from __future__ import annotations

import datetime as _dt
import shutil
import tempfile
from pathlib import Path
from typing import Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import FragiliteError
from ..gis import layer_io, plugin_info, settings
from ..gis.locator import Place, PlaceIndex
from ..gis.messages import LOG_TAG, localized, log, tr
from ..gis.project_config import (
    ConfigError,
    RunConfig,
    from_json,
    load_file,
    read_from_project,
    save_file,
    to_json,
    write_to_project,
)
from ..core.binding import PROJECT_PREFIX
from ..core.errors import DataError, QT_TRANSLATE_NOOP as _N
from ..gis.access_run import AccessOptions
from ..gis.geopackage_table import whole_geopackage_table
from ..gis.join_check import join_report_html
from ..gis.project_config import LayerRef
from ..gis.results import add_results
from ..gis.scoring import ScoringRequest
from ..gis.table_io import dataset_path, members_from_gpkg, members_from_source, project_layer
from ..gis.tasks import LayerSnapshot, LoadUnitsTask, ScoringTask
from .data_page import DataPage, leaf_label
from .dock_actions import DockActions
from .method_page import MethodPage
from .results_page import ResultsPage
from .territory_page import TerritoryPage
from .widgets import ERROR_COLOR, disconnect, hint, set_hint

OUTPUT_LAYER = "fragilite_numerique"
EMBEDDED_URI = f"{plugin_info.EMBEDDED_COMMUNES}|layername=communes"
EMBEDDED_FIELDS = {"code_field": "code", "name_field": "nom", "epci_field": "epci", "dep_field": "dep"}


def _scrolled(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded)   # a very narrow dock scrolls, never clips
    area.setWidget(page)
    return area


def members_step(source, code_field: str, unit_field: str, path: str):
    """Sets the request's commune → unit table in the worker: from a commune layer, else the layer's own."""
    def step(request: ScoringRequest) -> None:
        if source is not None:
            request.members = members_from_source(source, code_field, unit_field)
            return
        request.members = members_from_gpkg(path)
        if request.members is None:
            raise DataError(_N("fragilite_numerique", "{file} has no commune table (ifn_members): choose the commune "
                                                      "layer giving each unit's communes (step Territory)."),
                            file=path or "?")
    return step


class FragiliteDock(DockActions, QgsDockWidget):
    TERRITORY, DATA, METHOD, RESULTS = range(4)

    def __init__(self, iface=None, project: Optional[QgsProject] = None, parent=None) -> None:
        super().__init__(tr("Digital fragility"), parent)
        self.setObjectName("FragiliteNumeriqueDock")
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.task: Optional[ScoringTask] = None
        self.job = None                       # a background step other than the run (DockActions)
        self.loading: Optional[LoadUnitsTask] = None
        self.result_layer_id = ""
        self.units = None
        self.run_config: Optional[RunConfig] = None
        self._run_folder: Optional[str] = None
        self._places: dict = {}

        self.territory = TerritoryPage()
        self.data = DataPage()
        self.method = MethodPage()
        self.results = ResultsPage()
        self.tabs = QTabWidget()
        for page, title in ((self.territory, tr("Territory")), (self.data, tr("Data")),
                            (self.method, tr("Method")), (self.results, tr("Results"))):
            self.tabs.addTab(_scrolled(page), title)
        # In a narrow dock the four steps stay visible (elided if need be) rather than scrolling.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.ElideRight)
        self.tabs.setDocumentMode(True)

        self.run_button = QPushButton(tr("Compute the index"))
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.status = hint()
        bar = QHBoxLayout()
        bar.addStretch(0)
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.run_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(bar)
        self.setWidget(body)

        self.data.project = self.project
        self.data.binding_changed.connect(self._on_binding)
        self.method.method_changed.connect(self.data.set_method)
        self.data.set_method(self.method.method)
        self.connect_actions()
        self.data.embedded_requested.connect(self.use_embedded_data)
        self.data.message.connect(lambda text, level: self.notify(text, level))
        self.method.load_requested.connect(self.choose_config_to_load)
        self.method.save_requested.connect(self.choose_config_target)
        self.results.unit_chosen.connect(self.show_unit)
        self.run_button.clicked.connect(self.start_run)
        self.cancel_button.clicked.connect(self.cancel_run)
        for page in (self.territory, self.data, self.method):
            page.changed.connect(self._update_state)
        self.project.readProject.connect(self.restore_from_project)
        self.project.writeProject.connect(self.store_in_project)
        self.project.cleared.connect(self._on_project_cleared)
        self.project.layersWillBeRemoved.connect(self._on_layers_removed)

        preferences = settings.load()
        self.tabs.setCurrentIndex(min(max(preferences.dock_step, 0), self.RESULTS))
        self.tabs.currentChanged.connect(lambda index: settings.update(dock_step=index))
        self.results.set_default_folder(self.output_folder())
        self.restore_from_project()
        self._update_state()

    def _on_binding(self, binding) -> None:
        """The binding edited in step Data: its access times in step Method, named by the method's labels."""
        method = self.method.method
        labels = {leaf: leaf_label(method, leaf) for leaf in method.leaves} if method is not None else {}
        self.method.access.set_binding(binding, labels)

    def teardown(self) -> None:
        """Before the plugin unloads: stop the run and let go of the project's signals."""
        for task in (self.task, self.loading, self.job):
            if task is not None:
                task.on_done = lambda _task: None   # the dock will be gone when it finishes
                task.cancel()
        self.task = self.loading = self.job = None
        self._drop_run_folder()
        for signal, slot in ((self.project.readProject, self.restore_from_project),
                             (self.project.writeProject, self.store_in_project),
                             (self.project.cleared, self._on_project_cleared),
                             (self.project.layersWillBeRemoved, self._on_layers_removed)):
            disconnect(signal, slot)
        layer = self.result_layer()
        if layer is not None:
            disconnect(layer.selectionChanged, self._on_selection)

    # --- messages --------------------------------------------------------------------------------
    def notify(self, text: str, level=Qgis.Info, duration: int = 8) -> None:
        """The message bar (never a modal box) and the log; warnings also under the tabs."""
        log(text, level)
        if level in (Qgis.Warning, Qgis.Critical):
            set_hint(self.status, text, ERROR_COLOR)
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Digital fragility"), text, level, duration)

    # --- configuration ---------------------------------------------------------------------------
    def current_config(self) -> RunConfig:
        config = RunConfig()
        self.territory.write_config(config)
        self.method.write_config(config)
        config.binding_path = self.data.binding_path()
        config.output_path = self.results.output_path()
        for box in (self.results.typologies, self.results.exports, self.results.analyses):
            box.write_options(config.results)
        return config

    def find_layer(self, config: RunConfig) -> Optional[QgsVectorLayer]:
        """The unit layer of a configuration (see ``layer_of``)."""
        return self.layer_of(LayerRef(config.layer_id, config.layer_source, config.layer_provider))

    def layer_of(self, ref: LayerRef) -> Optional[QgsVectorLayer]:
        """A layer of a configuration: by id, else by data source, else opened and added."""
        if not ref.is_set():
            return None
        layer = self.project.mapLayer(ref.id) if ref.id else None
        if isinstance(layer, QgsVectorLayer):
            return layer
        for candidate in self.project.mapLayers().values():
            if isinstance(candidate, QgsVectorLayer) and ref.source and candidate.source() == ref.source:
                return candidate
        if not ref.source:
            return None
        layer = QgsVectorLayer(ref.source, Path(ref.source.split("|")[0]).stem, ref.provider or "ogr")
        if not layer.isValid():
            self.notify(tr("The layer {} of the configuration cannot be opened; choose it again in the dock."
                           ).format(ref.source), Qgis.Warning)
            return None
        self.project.addMapLayer(layer)
        return layer

    def apply_config(self, config: RunConfig) -> None:
        network = self.layer_of(config.access.network) if config.access is not None else None
        self.method.read_config(config, network)
        self.data.set_binding_path(config.binding_path)
        self.territory.read_config(config, self.find_layer(config), self.layer_of(config.members))
        self.results.set_output_path(config.output_path)
        for box in (self.results.typologies, self.results.exports, self.results.analyses):
            box.read_options(config.results)
        self._update_state()

    def choose_config_to_load(self) -> None:
        folder = settings.load().config_folder
        path, _ = QFileDialog.getOpenFileName(self, tr("Load a configuration"), folder,
                                              tr("Configuration (*.json)"))
        if path:
            self.load_config_file(path)

    def load_config_file(self, path: str) -> bool:
        try:
            config = load_file(path)
        except FragiliteError as error:
            self.notify(localized(error), Qgis.Warning)
            return False
        settings.update(config_folder=str(Path(path).parent))
        self.apply_config(config)
        self.notify(tr("Configuration loaded from {}.").format(path), Qgis.Info, 4)
        return True

    def choose_config_target(self) -> None:
        folder = settings.load().config_folder
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the configuration"), folder,
                                              tr("Configuration (*.json)"))
        if path:
            self.save_config_file(path if path.lower().endswith(".json") else path + ".json")

    def save_config_file(self, path: str) -> bool:
        try:
            save_file(self.current_config(), path)
        except FragiliteError as error:
            self.notify(localized(error), Qgis.Warning)
            return False
        settings.update(config_folder=str(Path(path).parent))
        self.notify(tr("Configuration saved to {}.").format(path), Qgis.Success, 4)
        return True

    # --- project ---------------------------------------------------------------------------------
    def store_in_project(self, *_args) -> None:
        """Called when the project is written: the steps as the dock shows them go with it."""
        if self.territory.layer() is None:
            return
        write_to_project(self.project, self.current_config(), self.result_layer_id)

    def restore_from_project(self, *_args) -> None:
        try:
            config, result_id = read_from_project(self.project)
        except ConfigError as error:
            self.notify(localized(error), Qgis.Warning)
            return
        if config is None:
            return
        self.apply_config(config)
        self.run_config = config
        layer = self.project.mapLayer(result_id) if result_id else None
        if isinstance(layer, QgsVectorLayer):
            self.load_result_layer(layer, config)
        else:
            self.run_config = None

    def _on_project_cleared(self) -> None:
        self.cancel_run()
        self.result_layer_id = ""
        self.units = None
        self.run_config = None
        self._places = {}
        self.results.clear()
        self.data.show_joins([])

    def _on_layers_removed(self, layer_ids) -> None:
        for layer_id in layer_ids:
            self._places.pop(layer_id, None)
        if self.result_layer_id in layer_ids:
            self.result_layer_id = ""
            self.units = None
            self.results.clear()

    # --- embedded data ---------------------------------------------------------------------------
    def use_embedded_data(self) -> QgsVectorLayer:
        """Load the embedded communes (read-only) with their binding and the Hauts-de-France method."""
        layer = next((candidate for candidate in self.project.mapLayers().values()
                      if isinstance(candidate, QgsVectorLayer) and candidate.source() == EMBEDDED_URI), None)
        if layer is None:
            layer = QgsVectorLayer(EMBEDDED_URI, tr("Hauts-de-France communes (2021)"), "ogr")
            layer.setReadOnly(True)    # the plugin's data: never edited by mistake
            self.project.addMapLayer(layer)
        config = self.current_config()
        config.layer_id, config.layer_source, config.layer_provider = layer.id(), EMBEDDED_URI, "ogr"
        for key, value in EMBEDDED_FIELDS.items():
            setattr(config, key, value)
        config.method_path = str(plugin_info.DEFAULT_METHOD)
        config.binding_path = str(plugin_info.EMBEDDED_BINDING)
        config.weights = None
        self.apply_config(config)
        self.notify(tr("Embedded data loaded: {} communes of Hauts-de-France and the open data tables bound to "
                       "the Hauts-de-France 2021 method.").format(layer.featureCount()), Qgis.Info, 5)
        return layer

    # --- run -------------------------------------------------------------------------------------
    def problems(self) -> list:
        return self.territory.problems() + self.data.problems() + self.method.problems()

    def busy(self) -> bool:
        return self.task is not None or self.job is not None

    def _update_state(self, *_args) -> None:
        running = self.busy()
        problems = self.problems()
        self.run_button.setEnabled(not running and not problems)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.run_button.setToolTip("\n".join(problems))
        self.cancel_button.setEnabled(running)
        self.data.join_report.set_busy(running)
        self.territory.unit_level.setEnabled(not running)
        self.territory.unit_level.level.setEnabled(not running)
        has_result = self.units is not None and self.result_layer() is not None and self.run_config is not None
        self.results.set_available(has_result and not running, self.atlas_problem())
        if not running:
            set_hint(self.status, problems[0] if problems else "")

    def output_folder(self) -> str:
        folder = settings.load().output_folder
        if folder:
            return folder
        if self.project.absolutePath():
            return self.project.absolutePath()
        return str(Path(tempfile.gettempdir()) / "fragilite_numerique")

    def new_output_path(self, method_id: str) -> str:
        folder = Path(self.output_folder())
        folder.mkdir(parents=True, exist_ok=True)
        stamp = _dt.datetime.now().strftime("%Y%m%d_%H%M%S")
        path = folder / f"fragilite_numerique_{method_id}_{stamp}.gpkg"
        n = 2
        while path.exists():
            path = folder / f"fragilite_numerique_{method_id}_{stamp}_{n}.gpkg"
            n += 1
        return str(path)

    def _output_in_use(self, path: str) -> bool:
        target = Path(path).resolve()
        return any(Path(layer.source().split("|")[0]).resolve() == target
                   for layer in self.project.mapLayers().values() if layer.providerType() == "ogr")

    def prepare_request(self, output: str = "", check_only: bool = False) -> Optional[tuple]:
        """The request of the steps as shown and what completes it in the worker; None (and a message)
        when something is missing. The edited binding is written to a run folder, removed after."""
        if self.busy():
            self.notify(tr("Wait for the current computation to finish, or cancel it."), Qgis.Info, 4)
            return None
        problems = self.problems()
        if problems:
            self.notify(problems[0], Qgis.Warning)
            return None
        config = self.current_config()
        layer = self.territory.layer()
        try:
            if not check_only:
                layer_io.check_output_path(output, overwrite=True)
            self._run_folder = tempfile.mkdtemp(prefix="fragilite_run_")
            binding_path = self.data.binding_for_run(Path(self._run_folder))
            sources = self.table_sources()
            access = self.access_options(config)
        except FragiliteError as error:
            self._drop_run_folder()
            self.notify(localized(error), Qgis.Warning)
            return None
        level = config.unit_level
        request = ScoringRequest(
            source=LayerSnapshot(layer), code_field=config.code_field, output_path=output,
            method_path=config.method_path, binding_path=binding_path,
            # Units larger than communes have no EPCI parent; departments have no department parent.
            epci_field=(config.epci_field or None) if level == "commune" else None,
            dep_field=(config.dep_field or None) if level != "dep" else None,
            reference_expression=config.reference_filter(), normalisation=config.normalisation,
            missing_rule=config.missing_rule, min_share=config.min_share, weights=config.weights,
            layer_name=OUTPUT_LAYER, unit_level=level, access=access, table_sources=sources,
            source_table=whole_geopackage_table(layer),
            expression_context=QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer)))
        before = []
        if level != "commune":
            members = self.territory.unit_level.members_layer_ref()
            before.append(members_step(LayerSnapshot(members) if members is not None else None,
                                       config.members_code_field, config.members_unit_field, dataset_path(layer)))
        return request, before

    def table_sources(self) -> dict:
        """The project tables of the binding, as sources the worker can read ("project:<layer>")."""
        binding = self.data.draft.binding if self.data.draft is not None else None
        names = [spec.path[len(PROJECT_PREFIX):] for spec in (binding.tables.values() if binding else ())
                 if spec.path.startswith(PROJECT_PREFIX)]
        return {name: LayerSnapshot(project_layer(name, self.project)) for name in names}

    def access_options(self, config: RunConfig) -> Optional[AccessOptions]:
        """The access-time options of the Method step (None: the binding's parameters)."""
        if config.access is None:
            return None
        network = self.method.access.network_layer() if config.access.mode == "network" else None
        return AccessOptions(parameters=self.method.access.parameters(),
                             network=LayerSnapshot(network) if network is not None else None,
                             network_speed_field=config.access.network_speed_field or None)

    def start_run(self, *_args) -> Optional[ScoringTask]:
        if self.busy():
            return None
        config = self.current_config()
        output = config.output_path or self.new_output_path(self.method.method.id if self.method.method else "ifn")
        if self._output_in_use(output):
            self.notify(tr("{} is open in the project; remove its layer or choose another output file "
                           "(step Results).").format(output), Qgis.Warning)
            return None
        prepared = self.prepare_request(output)
        if prepared is None:
            return None
        request, before = prepared
        layer = self.territory.layer()
        self.run_config = config
        settings.update(last_run=to_json(config))
        write_to_project(self.project, config, self.result_layer_id)
        self.task = ScoringTask(request, tr("Digital fragility index of {}").format(layer.name()),
                                self._on_task_done, config.name_field, before=before)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.progress.setValue(0)
        set_hint(self.status, tr("Computing… the map stays usable; Cancel stops the run and writes nothing."))
        self._update_state()
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def cancel_run(self) -> None:
        for task in (self.task, self.job):
            if task is not None:
                task.cancel()

    def _drop_run_folder(self) -> None:
        if self._run_folder:
            shutil.rmtree(self._run_folder, ignore_errors=True)
            self._run_folder = None

    def _on_task_done(self, task: ScoringTask) -> None:
        self.task = None
        self._drop_run_folder()
        self.progress.setValue(0)
        self._update_state()
        if task.cancelled:
            self.notify(tr("The run was cancelled; nothing was written."), Qgis.Info, 4)
            return
        if task.error is not None:
            self.notify(localized(task.error), Qgis.Warning, 0)
            return
        if task.failure:
            log(task.failure, Qgis.Critical)
            self.notify(tr("The run failed on an unexpected error; the details are in the message log ({})."
                           ).format(LOG_TAG), Qgis.Critical, 0)
            return
        for text in task.messages:
            log(text)
        self._add_results(task)

    def territory_label(self, config: RunConfig) -> str:
        """The territory named in the layer group: the reference value, else the unit layer's name."""
        if config.reference_mode == "value" and config.reference_value:
            return config.reference_value
        layer = self.find_layer(config)
        return layer.name() if layer is not None else ""

    def _add_results(self, task: ScoringTask) -> None:
        config = self.run_config
        outcome = task.outcome
        method = outcome.result.method
        name = tr("Digital fragility index ({})").format(_dt.datetime.now().strftime("%H:%M"))
        layer, warnings = add_results(self.project, outcome.path, outcome.layer_name, self.territory_label(config),
                                      method.label, name, config.display_filter)
        for text in warnings:
            self.notify(text, Qgis.Warning)
        self.project.removeEntry("fragilite_numerique", "stability_layer")
        self.set_results(layer, task.units, config)
        self.data.show_joins([j.to_dict() for j in outcome.result.report.joins],
                             join_report_html(outcome.result.report, tr("Join report of the run")))
        write_to_project(self.project, config, layer.id())
        report = outcome.result.report
        self.notify(tr("Index computed for {} units ({} in the reference territory); {} proxy and {} absent "
                       "variables, see the summary.").format(report.n_units, report.n_reference,
                                                              len(report.proxies), len(report.absents)),
                    Qgis.Success, 6)
        self.tabs.setCurrentIndex(self.RESULTS)

    # --- results and fiche -----------------------------------------------------------------------
    def result_layer(self) -> Optional[QgsVectorLayer]:
        layer = self.project.mapLayer(self.result_layer_id) if self.result_layer_id else None
        return layer if isinstance(layer, QgsVectorLayer) else None

    def set_results(self, layer: QgsVectorLayer, units, config: RunConfig) -> None:
        previous = self.result_layer()
        if previous is not None:
            disconnect(previous.selectionChanged, self._on_selection)
        self.result_layer_id = layer.id()
        self.units = units
        self.run_config = config
        self.results.show_units(units, settings.load().top_units)
        self.results.exports.set_display_filter(config.display_filter)
        self.results.analyses.fill_runs(self.project, layer.id())
        self.results.typologies.clear()
        layer.selectionChanged.connect(self._on_selection)
        self._update_state()

    def load_result_layer(self, layer: QgsVectorLayer, config: RunConfig) -> None:
        """The fiches of a result layer found in a reopened project, read in the background."""
        path, _, rest = layer.source().partition("|")
        layer_name = rest.partition("layername=")[2].split("|")[0] or OUTPUT_LAYER

        def done(task: LoadUnitsTask) -> None:
            self.loading = None
            if task.units is not None and self.project.mapLayer(layer.id()) is layer:
                self.set_results(layer, task.units, config)
                self.restore_rank_intervals()
            elif task.error is not None:
                self.notify(localized(task.error), Qgis.Warning)

        self.loading = LoadUnitsTask(path, layer_name, config.code_field, config.name_field, done)
        QgsApplication.taskManager().addTask(self.loading)

    def _on_selection(self, selected, _deselected, _clear) -> None:
        if selected:
            self.show_unit(selected[0], select=False)

    def show_unit(self, key, select: bool = True) -> bool:
        """Open the fiche of unit ``key`` (a feature id of the result layer)."""
        if self.units is None or key not in self.units.frame.index:
            return False
        self.results.show_fiche(self.units.fiche(key))
        layer = self.result_layer()
        if select and layer is not None:
            layer.blockSignals(True)
            layer.selectByIds([key])
            layer.blockSignals(False)
            layer.triggerRepaint()
            self._zoom(layer, key)
        self.tabs.setCurrentIndex(self.RESULTS)
        return True

    def _zoom(self, layer: QgsVectorLayer, key) -> None:
        if self.iface is None or not settings.load().zoom_to_unit:
            return
        canvas = self.iface.mapCanvas()
        canvas.zoomToFeatureIds(layer, [key])
        canvas.flashFeatureIds(layer, [key])

    def show_code(self, code: str) -> bool:
        key = self.units.key_of(code) if self.units is not None else None
        return key is not None and self.show_unit(key)

    # --- locator ---------------------------------------------------------------------------------
    def place_index(self) -> Optional[PlaceIndex]:
        """What the locator searches: the scored units, else the unit layer (names read once)."""
        result = self.result_layer()
        if result is not None and self.units is not None:
            units = self.units
            name = units.name_field
            frame = units.frame
            names = frame[name].astype(str).tolist() if name else [""] * len(frame)
            places = [Place(str(code), n, result.id(), int(key))
                      for key, code, n in zip(frame.index, frame[units.code_field], names)]
            return PlaceIndex(places)
        layer = self.territory.layer()
        code = self.territory.code_combo.currentField()
        if layer is None or not code:
            return None
        name = self.territory.name_combo.currentField()
        cache_key = (layer.id(), code, name)
        if cache_key not in self._places:
            self._places = {cache_key: self._layer_places(layer, code, name)}
        return self._places[cache_key]

    @staticmethod
    def _layer_places(layer: QgsVectorLayer, code: str, name: str) -> PlaceIndex:
        frame = layer_io.layer_to_frame(layer, [code] + ([name] if name and name != code else []))
        names = frame[name].tolist() if name else [""] * len(frame)
        return PlaceIndex([Place(str(c), "" if n is None else str(n), layer.id(), int(fid))
                           for fid, c, n in zip(frame.index, frame[code], names) if c is not None])

    def open_place(self, place: Place) -> None:
        """A locator result was chosen: open the fiche (or, before any run, zoom to the unit)."""
        self.show()
        self.raise_()
        if place.layer_id == self.result_layer_id and self.show_unit(place.fid):
            return
        layer = self.project.mapLayer(place.layer_id)
        if isinstance(layer, QgsVectorLayer):
            self._zoom(layer, place.fid)
        self.notify(tr("Compute the index to see the fiche of {}.").format(place.name or place.code), Qgis.Info, 4)

    # --- re-run ----------------------------------------------------------------------------------
    def rerun_last(self) -> Optional[ScoringTask]:
        """Run again the project's configuration, else the user's last run."""
        config = self.run_config
        if config is None and settings.load().last_run:
            try:
                config = from_json(settings.load().last_run)
            except (FragiliteError, ValueError):
                config = None
        if config is None:
            self.notify(tr("No previous run to repeat: set up the steps of the dock, then compute."), Qgis.Info)
            self.show()
            return None
        config.output_path = "" if config.output_path and self._output_in_use(config.output_path) \
            else config.output_path
        self.apply_config(config)
        return self.start_run()
