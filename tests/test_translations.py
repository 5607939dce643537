"""Every user-facing string has a French translation, and the compiled catalogue loads."""

import importlib.util

from qgis.PyQt.QtCore import QCoreApplication

from conftest import ROOT


def _i18n_tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_is_translated():
    tool = _i18n_tool()
    strings = tool.extract()
    assert len(strings) > 50
    missing = tool.missing()
    assert not missing, f"untranslated strings (run tools/i18n.py update/missing/apply): {list(missing)[:10]}"


def test_french_catalogue_loads_and_translates(qgis_app):
    from fragilite_numerique.plugin import install_translator

    translator = install_translator("fr")
    assert translator is not None, "resources/i18n/fragilite_numerique_fr.qm is missing (make translations)"
    try:
        text = QCoreApplication.translate("fragilite_numerique", "Compute the digital fragility index")
        assert text == "Calculer l'indice de fragilité numérique"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("fragilite_numerique", "Compute the digital fragility index") == \
        "Compute the digital fragility index"
    assert install_translator("xx") is None
