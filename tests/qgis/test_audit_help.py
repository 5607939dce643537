"""Issue 2, item 6 (and every later algorithm): help text on every algorithm, shown in French."""

from fragilite_numerique.algorithms.provider import algorithm_classes

from hardening import french


def test_every_algorithm_has_help_translated_to_french(qgis_app):
    algorithms = [cls().createInstance() for cls in algorithm_classes()]
    english = {a.name(): (a.displayName(), a.shortHelpString()) for a in algorithms}
    with french():
        french_texts = {a.name(): (a.displayName(), a.shortHelpString()) for a in algorithms}
    for name, (title, help_text) in french_texts.items():
        assert title and len(help_text) > 200, name
        assert help_text != english[name][1], f"{name}: help not translated"
