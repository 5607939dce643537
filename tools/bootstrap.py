"""Start QGIS headless and import the plugin under its package name, for scripts (demo, bench)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "fragilite_numerique"


def register_package():
    """The repository root is the plugin folder; import it as ``fragilite_numerique`` whatever the clone's name."""
    if PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(PACKAGE, ROOT / "__init__.py",
                                                      submodule_search_locations=[str(ROOT)])
        module = importlib.util.module_from_spec(spec)
        sys.modules[PACKAGE] = module
        spec.loader.exec_module(module)
    return sys.modules[PACKAGE]


def start_qgis():
    """A QgsApplication without a display, with Processing and our provider registered."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    package = register_package()
    plugin = package.classFactory(None)
    plugin.initProcessing()
    # Our users read French: the demo's legends, layouts and reports are in French unless asked
    # otherwise (FRAGILITE_LOCALE=en).
    from fragilite_numerique.plugin import install_translator

    plugin.translator = install_translator(os.environ.get("FRAGILITE_LOCALE", "fr")) or plugin.translator
    return app, plugin
