"""The plugin object QGIS loads: toolbar, menu, dock, locator filter, translator and Processing provider."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .gis import plugin_info

TR_CONTEXT = "fragilite_numerique"


def user_locale() -> str:
    """The QGIS interface language ('fr', 'en', …)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = QLocale.system().name()
    return (name or "en")[:2]


def install_translator(locale: str):
    """Load the shipped .qm for ``locale``; returns the translator (keep a reference) or None."""
    qm = plugin_info.RESOURCES / "i18n" / f"fragilite_numerique_{locale}.qm"
    if not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


class FragiliteNumeriquePlugin:
    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.toolbar = None
        self.actions: list = []
        self.dock = None
        self.dock_action = None
        self.locator = None
        self.translator = install_translator(user_locale())

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate(TR_CONTEXT, text)

    def menu_name(self) -> str:
        return self.tr("&Digital fragility")

    # --- Processing ----------------------------------------------------------------------------
    def initProcessing(self) -> None:  # noqa: N802 - QGIS API
        if self.provider is not None:
            return
        from .algorithms.provider import FragiliteProvider

        provider = FragiliteProvider()
        # On failure (an id already registered) the registry deletes the provider: keep none.
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider

    # --- GUI -----------------------------------------------------------------------------------
    def initGui(self) -> None:  # noqa: N802 - QGIS API
        from .gis.locator import UnitLocatorFilter

        self.initProcessing()
        self.toolbar = self.iface.addToolBar(self.tr("Digital fragility"))
        self.toolbar.setObjectName("FragiliteNumeriqueToolbar")
        self.dock_action = self._add_action(self.tr("Digital fragility"), self.toggle_dock, QIcon(str(plugin_info.ICON)))
        self.dock_action.setCheckable(True)
        self.dock_action.setToolTip(self.tr("Open the Digital fragility panel: territory, data, method, results"))
        self._add_action(self.tr("Re-run the last configuration"), self.rerun_last,
                         QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        self._add_action(self.tr("Export the atlas…"), partial(self.open_algorithm, "export_atlas"),
                         QgsApplication.getThemeIcon("/mActionAtlasSettings.svg"))
        self._add_action(self.tr("Export the table for spreadsheets…"), partial(self.open_algorithm, "export_table"),
                         QIcon(), toolbar=False)
        self._add_action(self.tr("Compute the digital fragility index (Processing)…"), self.open_compute_dialog,
                         QIcon(), toolbar=False)
        self._add_action(self.tr("Digital fragility help"), self.open_help,
                         QgsApplication.getThemeIcon("/mActionHelpContents.svg"), toolbar=False)
        self.locator = UnitLocatorFilter(self.place_index, self.open_place)
        self.iface.registerLocatorFilter(self.locator)
        QgsProject.instance().readProject.connect(self._on_project_read)

    def _add_action(self, text: str, slot, icon: QIcon, toolbar: bool = True) -> QAction:
        action = QAction(icon, text, self.iface.mainWindow())
        action.triggered.connect(slot)
        if toolbar and self.toolbar is not None:
            self.toolbar.addAction(action)
        self.iface.addPluginToMenu(self.menu_name(), action)
        self.actions.append(action)
        return action

    # --- dock ----------------------------------------------------------------------------------
    def ensure_dock(self):
        """The dock, created on first use (so QGIS starts fast) and added to the right area."""
        if self.dock is None:
            from .ui.dock import FragiliteDock

            self.dock = FragiliteDock(self.iface, QgsProject.instance(), self.iface.mainWindow())
            self.dock.hide()
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self._sync_dock_action)
        return self.dock

    def _sync_dock_action(self, visible: bool) -> None:
        if self.dock_action is not None:
            self.dock_action.setChecked(visible)

    def toggle_dock(self, checked: bool = True) -> None:
        dock = self.ensure_dock()
        dock.setVisible(bool(checked))
        if checked:
            dock.raise_()

    def rerun_last(self) -> None:
        dock = self.ensure_dock()
        dock.show()
        dock.raise_()
        dock.rerun_last()

    def _on_project_read(self, *_args) -> None:
        """A project that carries a configuration of ours gets the dock, which restores it."""
        from .gis.project_config import PROJECT_KEY, PROJECT_SCOPE

        if self.dock is None and QgsProject.instance().readEntry(PROJECT_SCOPE, PROJECT_KEY, "")[1]:
            self.ensure_dock()

    # --- locator -------------------------------------------------------------------------------
    def place_index(self):
        return self.dock.place_index() if self.dock is not None else None

    def open_place(self, place) -> None:
        self.ensure_dock().open_place(place)

    def open_compute_dialog(self) -> None:
        from qgis import processing

        processing.execAlgorithmDialog("fragilite_numerique:compute_index", {})

    def open_algorithm(self, name: str, *_checked) -> None:
        """The Processing dialog of one of our algorithms (``_checked``: the action's signal argument)."""
        from qgis import processing

        processing.execAlgorithmDialog(f"fragilite_numerique:{name}", {})

    def open_help(self) -> None:
        from qgis.PyQt.QtCore import QUrl
        from qgis.PyQt.QtGui import QDesktopServices

        readme = Path(plugin_info.PLUGIN_DIR) / "README.md"
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(readme)))

    def unload(self) -> None:
        from .ui.widgets import disconnect

        disconnect(QgsProject.instance().readProject, self._on_project_read)
        if self.locator is not None:
            self.iface.deregisterLocatorFilter(self.locator)
            self.locator = None
        if self.dock is not None:
            self.dock.teardown()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        self.dock_action = None
        for action in self.actions:
            self.iface.removePluginMenu(self.menu_name(), action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
