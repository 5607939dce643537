"""The plugin loads in QGIS, registers its provider, toolbar and menu, and unloads cleanly."""

import configparser

from qgis.core import QgsApplication


def test_metadata_is_complete(root):
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(root / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    for key in ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "tracker",
                "repository", "tags", "icon", "changelog", "hasProcessingProvider"):
        assert general.get(key), key
    assert general["name"] == "Fragilité numérique"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert (root / general["icon"]).exists()


def test_init_has_only_class_factory(root):
    import ast

    tree = ast.parse((root / "__init__.py").read_text(encoding="utf-8"))
    top_level = [node for node in tree.body if not isinstance(node, ast.Expr)]
    assert [type(node).__name__ for node in top_level] == ["FunctionDef"]
    assert top_level[0].name == "classFactory"


def test_load_and_unload(qgis_iface, qgis_processing):
    import fragilite_numerique

    registry = QgsApplication.processingRegistry()
    before = registry.providerById("fragilite_numerique")
    if before is not None:  # registered by other tests: the plugin must register its own
        registry.removeProvider(before)
    plugin = fragilite_numerique.classFactory(qgis_iface)
    plugin.initGui()
    try:
        provider = registry.providerById("fragilite_numerique")
        assert provider is not None
        assert registry.algorithmById("fragilite_numerique:compute_index") is not None
        assert plugin.toolbar is not None and plugin.actions
        assert all(action.text() for action in plugin.actions)
    finally:
        plugin.unload()
    assert registry.providerById("fragilite_numerique") is None
    assert plugin.actions == [] and plugin.toolbar is None
