"""The plugin object QGIS loads: toolbar, menu, translator and Processing provider."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator
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
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(self.tr("Digital fragility"))
        self.toolbar.setObjectName("FragiliteNumeriqueToolbar")
        self._add_action(self.tr("Compute the digital fragility index…"), self.open_compute_dialog,
                         str(plugin_info.ICON))
        self._add_action(self.tr("Export the atlas…"), partial(self.open_algorithm, "export_atlas"),
                         str(plugin_info.ICON))
        self._add_action(self.tr("Export the table for spreadsheets…"), partial(self.open_algorithm, "export_table"),
                         None, toolbar=False)
        self._add_action(self.tr("Digital fragility help"), self.open_help, None, toolbar=False)

    def _add_action(self, text: str, slot, icon_path, toolbar: bool = True) -> QAction:
        action = QAction(QIcon(icon_path) if icon_path else QIcon(), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        if toolbar and self.toolbar is not None:
            self.toolbar.addAction(action)
        self.iface.addPluginToMenu(self.menu_name(), action)
        self.actions.append(action)
        return action

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
