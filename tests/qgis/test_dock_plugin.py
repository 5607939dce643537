"""The plugin's toolbar, menu, dock and locator; the dock in French when QGIS runs in French."""

from contextlib import contextmanager

import pytest
from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from dock_helpers import make_dock


@contextmanager
def qgis_language(code):
    """QGIS's own language setting (Options → General → Override system locale)."""
    settings = QgsSettings()
    before = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", code)
    try:
        yield
    finally:
        for key, value in zip(("locale/overrideFlag", "locale/userLocale"), before):
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


@pytest.fixture()
def plugin(qgis_iface, qgis_processing):
    import fragilite_numerique

    from conftest import ensure_provider
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("fragilite_numerique")
    if existing is not None:
        registry.removeProvider(existing)
    instance = fragilite_numerique.classFactory(qgis_iface)
    instance.initGui()
    yield instance
    instance.unload()
    ensure_provider()


def test_toolbar_and_menu_actions(plugin):
    texts = [action.text() for action in plugin.actions]
    assert texts[:3] == ["Digital fragility", "Re-run the last configuration", "Export the atlas…"]
    assert "Digital fragility help" in texts
    atlas = plugin.actions[2]
    assert atlas.isEnabled()
    assert "Export the table for spreadsheets…" in texts
    assert plugin.locator is not None and plugin.locator.prefix() == "ifn"
    assert plugin.dock is None            # created on first use
    plugin.dock_action.trigger()
    assert plugin.dock is not None and not plugin.dock.isHidden()
    plugin.dock_action.trigger()
    assert plugin.dock.isHidden()


def test_rerun_without_a_previous_run_says_so(plugin, qgis_iface):
    from dock_helpers import preferences

    with preferences(last_run=""):
        QgsProject.instance().clear()
        plugin.actions[1].trigger()
    assert plugin.dock is not None and plugin.dock.task is None
    from qgis.core import Qgis

    assert any("No previous run" in t for t in qgis_iface.messageBar().get_messages(Qgis.Info))


def test_unload_removes_the_dock_and_the_locator(qgis_iface, qgis_processing):
    import fragilite_numerique

    instance = fragilite_numerique.classFactory(qgis_iface)
    instance.initGui()
    instance.toggle_dock(True)
    instance.unload()
    assert instance.dock is None and instance.locator is None and instance.actions == []


def test_the_dock_is_in_french_when_qgis_runs_in_french(qgis_iface):
    import fragilite_numerique

    with qgis_language("fr_FR"):
        instance = fragilite_numerique.classFactory(qgis_iface)
    try:
        assert instance.translator is not None, "the French catalogue (.qm) was not loaded"
        dock = make_dock(qgis_iface, QgsProject.instance())
        try:
            tabs = [dock.tabs.tabText(i) for i in range(dock.tabs.count())]
            assert tabs == ["Territoire", "Données", "Méthode", "Résultats"]
            assert dock.data.embedded_button.text() == "Utiliser les données Hauts-de-France intégrées"
            assert dock.run_button.text() == "Calculer l'indice"
            assert dock.windowTitle() == "Fragilité numérique"
        finally:
            dock.teardown()
    finally:
        QCoreApplication.removeTranslator(instance.translator)
    with qgis_language("en_GB"):
        english = fragilite_numerique.classFactory(qgis_iface)
    assert english.translator is None
    dock = make_dock(qgis_iface, QgsProject.instance())
    try:
        assert dock.tabs.tabText(0) == "Territory"
    finally:
        dock.teardown()
