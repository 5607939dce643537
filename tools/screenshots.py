"""make screenshots: each step of the dock, in French, on the embedded data, to PNG (offscreen).

Writes under the output folder: the Territory, Data and Method steps as a user sees them after
"Utiliser les données Hauts-de-France intégrées", the join check, the dock during a run, the
Results step with the summary and the fiche of Maubeuge (then with its rank interval), the
typologies, exports and analyses, the binding proposals for an INSEE table, and the Territory
step after "Agréger les communes par EPCI". Each page is rendered whole (as if the dock were tall
enough), so nothing is hidden below the fold.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bootstrap import start_qgis  # noqa: E402

WIDTH = 400
FICHE_CODE = "59392"   # Maubeuge


def grab_page(dock, index: int, path) -> None:
    from qgis.PyQt.QtCore import QCoreApplication

    dock.tabs.setCurrentIndex(index)
    page = dock.tabs.widget(index).widget()
    QCoreApplication.processEvents()
    for _ in range(3):   # word-wrapped labels change height with the width: settle
        viewport = dock.tabs.widget(index).viewport()
        chrome = dock.height() - viewport.height()
        layout = page.layout()
        needed = max(page.sizeHint().height(), layout.totalHeightForWidth(viewport.width())
                     if layout.hasHeightForWidth() else 0)
        dock.resize(WIDTH, max(needed + chrome, 500))
        QCoreApplication.processEvents()
    if path is not None:
        dock.grab().save(str(path))
        print(f"  → {path}")


def wait(dock, timeout: float = 600) -> bool:
    """Let the dock's background job or run finish (events processed, as in QGIS)."""
    from qgis.PyQt.QtCore import QCoreApplication

    started = time.time()
    while (dock.task is not None or dock.loading is not None or dock.job is not None) \
            and time.time() - started < timeout:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    if dock.busy():
        print("a background step did not finish", file=sys.stderr)
        return False
    return True


def grab_widget(dock, widget, path: Path) -> None:
    """One part of a page, at the dock's width (the page laid out whole first)."""
    from qgis.PyQt.QtCore import QCoreApplication

    grab_page(dock, dock.RESULTS, None)
    QCoreApplication.processEvents()
    widget.grab().save(str(path))
    print(f"  → {path}")


def grab_proposals(dock, path: Path) -> None:
    """The proposals offered for an INSEE census table (a small sample written for the picture)."""
    folder = Path(tempfile.mkdtemp(prefix="fragilite_screens_"))
    table = folder / "base_cc_logement_2018.csv"
    table.write_text("CODGEO;LIBGEO;P18_POP;P18_POP65P;P18_POP75P;P18_RP;P18_RP_VOIT1P\n"
                     "59392;Maubeuge;29066;5079;2320;13002;9104\n"
                     "59350;Lille;232741;29972;13920;110013;60511\n", encoding="utf-8")
    dock.data.add_table(str(table))
    from qgis.PyQt.QtCore import QCoreApplication

    grab_page(dock, dock.DATA, None)
    QCoreApplication.processEvents()
    dock.data.proposals.grab().save(str(path))
    print(f"  → {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default="output/screenshots")
    parser.add_argument("--language", default="fr", help="fr (default) or en")
    args = parser.parse_args()
    out = Path(args.output).resolve()
    out.mkdir(parents=True, exist_ok=True)
    app, _plugin = start_qgis()
    from qgis.core import QgsApplication, QgsProject
    from qgis.PyQt.QtCore import QCoreApplication, QLocale

    from fragilite_numerique.gis import settings
    from fragilite_numerique.plugin import install_translator

    translator = None
    if args.language == "fr":
        translator = install_translator("fr")
        if translator is None:
            print("resources/i18n/fragilite_numerique_fr.qm is missing: run make translations", file=sys.stderr)
            return 1
        QLocale.setDefault(QLocale(QLocale.French, QLocale.France))
    from fragilite_numerique.ui.dock import FragiliteDock

    before = settings.load()
    settings.update(output_folder=tempfile.mkdtemp(prefix="fragilite_screens_"), dock_step=0)
    try:
        dock = FragiliteDock(None, QgsProject.instance())
        dock.resize(WIDTH, 900)
        dock.show()
        dock.use_embedded_data()
        for index, name in ((0, "1_territoire"), (1, "2_donnees"), (2, "3_methode")):
            if index == 1:
                dock.data.tables.selectRow(0)
            grab_page(dock, index, out / f"{name}.png")
        dock.check_joins()
        if not wait(dock):
            return 1
        grab_page(dock, 1, out / "2b_donnees_jointures.png")
        dock.results.search.clear()
        grab_page(dock, 3, out / "4_resultats_avant_calcul.png")

        shot = {}

        def during_run(value: float) -> None:
            if value >= 50 and "done" not in shot:
                shot["done"] = True
                dock.grab().save(str(out / "5_calcul_en_cours.png"))
                print(f"  → {out / '5_calcul_en_cours.png'}")

        task = dock.start_run()
        task.progressChanged.connect(during_run)
        if not wait(dock) or dock.units is None:
            print(f"the run did not finish: {dock.status.text()}", file=sys.stderr)
            return 1
        dock.show_code(FICHE_CODE)
        grab_page(dock, 3, out / "6_resultats_fiche.png")
        for box in dock.results.sections:
            box.setCollapsed(False)
        dock.results.analyses.runs.setValue(200)
        for action in (dock.cluster_gains, dock.stability):
            action()
            if not wait(dock):
                return 1
        dock.show_code(FICHE_CODE)
        grab_widget(dock, dock.results.fiche_box, out / "7_fiche_intervalle_de_rang.png")
        for box, name in zip(dock.results.sections, ("8_typologies", "9_atlas_et_table", "10_analyses")):
            grab_widget(dock, box, out / f"{name}.png")
        grab_proposals(dock, out / "2c_donnees_propositions.png")
        dock.aggregate("epci")
        if not wait(dock):
            return 1
        grab_page(dock, 0, out / "1b_territoire_epci.png")
        dock.teardown()
        dock.deleteLater()
        QCoreApplication.processEvents()
    finally:
        settings.save(before)
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
    QgsProject.instance().clear()
    QgsApplication.taskManager().cancelAll()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
