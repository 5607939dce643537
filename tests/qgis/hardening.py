"""Shared by the bad-input catalogues: a small real case, runs through ``processing.run`` that must
fail clearly or succeed, and the checks that nothing of the user's was lost.

Every failing run is checked the same way: the message holds the given fragments (file, line,
column, field, code or parameter at fault), the watched input folders are byte-identical
afterwards, and the output folder holds nothing new (no partial file, no temporary sibling).
"""

from __future__ import annotations

import contextlib
import json
import shutil
from pathlib import Path

import pytest
from osgeo import gdal
from qgis import processing
from qgis.core import NULL, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from conftest import COMMUNES_GPKG, ROOT, file_hash

EPCI = "200043396"  # CA Maubeuge Val de Sambre, 43 communes
PROVIDER = "fragilite_numerique"

SMALL_METHOD = {
    "format": "fragilite_numerique.method", "id": "cas", "label": "Cas",
    "groups": {"P": {"id": "pub", "label": "Publics"}, "A": {"id": "amg", "label": "Aménagement"}},
    "axes": [{"id": "ax1", "label": "Axe 1", "variables": [
                 {"id": "taux", "label": "Taux", "sense": "+", "group": "P", "unit": "%"},
                 {"id": "part", "label": "Part", "sense": "-", "group": "A", "unit": "%"}]},
             {"id": "ax2", "label": "Axe 2", "variables": [
                 {"id": "autre", "label": "Autre", "sense": "+", "group": "P"}]}]}

SMALL_BINDING = {
    "format": "fragilite_numerique.binding", "label": "cas",
    "tables": {"t": {"path": "table.csv", "code": "code"}},
    "variables": {"taux": {"status": "real", "table": "t", "column": "taux"},
                  "part": {"status": "real", "table": "t", "numerator": "num", "denominator": "den", "scale": 100},
                  "autre": {"status": "real", "table": "t", "column": "autre"}}}


class Recorder(QgsProcessingFeedback):
    """Records messages; cancels after ``cancel_after`` progress reports when asked."""

    def __init__(self, cancel_after=None):
        super().__init__()
        self.texts = []
        self.cancel_after = cancel_after
        self.reports = 0

    def pushInfo(self, info):  # noqa: N802
        self.texts.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.texts.append(warning)

    def setProgressText(self, text):  # noqa: N802
        self.texts.append(text)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.texts.append(error)

    def setProgress(self, progress):  # noqa: N802
        self.reports += 1
        if self.cancel_after is not None and self.reports >= self.cancel_after:
            self.cancel()
        super().setProgress(progress)

    @property
    def log(self) -> str:
        return "\n".join(self.texts)


def small_case(folder: Path) -> Path:
    """43 real communes (GeoPackage), a table, a method and a binding in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    layer = folder / "communes.gpkg"
    gdal.VectorTranslate(str(layer), str(COMMUNES_GPKG), options=f"-where \"epci = '{EPCI}'\" -nln communes")
    source = QgsVectorLayer(f"{layer}|layername=communes", "c", "ogr")
    codes = sorted(f["code"] for f in source.getFeatures())
    rows = ["code;taux;num;den;autre"]
    for i, code in enumerate(codes):
        rows.append(f"{code};{10 + i % 7},5;{i * 3 % 50};{50 + i};{i % 5}")
    (folder / "table.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (folder / "method.json").write_text(json.dumps(SMALL_METHOD), encoding="utf-8")
    (folder / "binding.json").write_text(json.dumps(SMALL_BINDING), encoding="utf-8")
    return folder


def communes_uri(folder: Path) -> str:
    return f"{folder / 'communes.gpkg'}|layername=communes"


def index_parameters(folder: Path, output: Path, **changes) -> dict:
    """Parameters of "Compute the index" on the small case of ``folder``."""
    base = {"INPUT": communes_uri(folder), "CODE_FIELD": "code", "EPCI_FIELD": "epci", "DEP_FIELD": "dep",
            "METHOD": str(folder / "method.json"), "BINDING": str(folder / "binding.json"), "OUTPUT": str(output)}
    base.update(changes)
    return base


OUTPUTS = "out"  # outputs go to <case>/out, which is not an input


def private_case(base: Path, folder: Path) -> Path:
    """A private copy of the inputs of ``base`` in ``folder`` for one test; outputs go to ``out``."""
    for path in base.iterdir():
        if path.is_file():
            shutil.copyfile(path, folder / path.name)
    (folder / OUTPUTS).mkdir()
    return folder


def hashes(folder: Path) -> dict:
    """Every file under ``folder`` but its ``out`` folder (relative path → SHA-256)."""
    folder = Path(folder)
    return {str(p.relative_to(folder)): file_hash(p) for p in sorted(folder.rglob("*"))
            if p.is_file() and p.relative_to(folder).parts[0] != OUTPUTS}


def listing(folder: Path) -> list:
    """Every file and folder under ``folder``, relative (an empty folder shows too)."""
    return sorted(str(p.relative_to(folder)) for p in Path(folder).rglob("*")) if Path(folder).exists() else []


def partials(folder: Path) -> list:
    """Temporary siblings left behind (there must never be any)."""
    return [name for name in listing(folder) if ".partial" in name or ".fragilite_probe_" in name]


def fails(algorithm: str, parameters: dict, *fragments, watched=(), outputs=None) -> str:
    """Run expecting a clear failure: the message holds every fragment, the ``watched`` folders are
    byte-identical afterwards and the ``outputs`` folder gained nothing."""
    before = {folder: hashes(folder) for folder in watched}
    outputs_before = listing(outputs) if outputs is not None else None
    with pytest.raises(QgsProcessingException) as info:
        processing.run(f"{PROVIDER}:{algorithm}", parameters)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, (fragment, message)
    for folder, digest in before.items():
        assert hashes(folder) == digest, folder
    if outputs is not None:
        assert listing(outputs) == outputs_before, message
    return message


def succeeds(algorithm: str, parameters: dict, watched=(), feedback=None) -> dict:
    """Run expecting success; the ``watched`` folders are byte-identical afterwards."""
    before = {folder: hashes(folder) for folder in watched}
    result = processing.run(f"{PROVIDER}:{algorithm}", parameters, feedback=feedback or Recorder())
    for folder, digest in before.items():
        assert hashes(folder) == digest, folder
    return result


def open_output(uri: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, "out", "ogr")
    assert layer.isValid(), uri
    return layer


def rows(uri: str, skip=("fid",)) -> list:
    """The attributes of every feature, sorted (to compare two runs)."""
    layer = open_output(uri)
    keep = [i for i, f in enumerate(layer.fields()) if f.name() not in skip]
    return sorted(tuple(repr(f.attributes()[i]) for i in keep) for f in layer.getFeatures())


def is_null(value) -> bool:
    return value is None or value == NULL


def write_table(folder: Path, content, name: str = "table.csv", encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def edit_json(path: Path, change) -> None:
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def copy_dataset(source: Path, folder: Path) -> Path:
    """A private copy of a GeoPackage, so that a test's hashes are its own."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


@contextlib.contextmanager
def french():
    """The plugin's French catalogue installed, as QGIS does for a user working in French."""
    from qgis.PyQt.QtCore import QCoreApplication

    from fragilite_numerique.plugin import install_translator

    translator = install_translator("fr")
    if translator is None:
        pytest.fail(f"no compiled French catalogue under {ROOT / 'resources' / 'i18n'}: run `make translations`")
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def run_cancelled_at_each_report(algorithm: str, parameters: dict, outputs: Path, sample: int = 6) -> int:
    """Cancel a run after 1, 2, … progress reports (``sample`` of them, spread over the run); the
    ``outputs`` folder, written once beforehand, must be unchanged after each. Returns the count."""
    counting = Recorder()
    processing.run(f"{PROVIDER}:{algorithm}", parameters, feedback=counting)
    before = hashes(outputs)
    shown = listing(outputs)
    total = counting.reports
    points = sorted({max(1, round(i * (total - 1) / max(sample - 1, 1))) for i in range(sample)}) if total > 1 else []
    for cancel_after in points:
        feedback = Recorder(cancel_after=cancel_after)
        with contextlib.suppress(QgsProcessingException):  # a cancelled run may end either way
            processing.run(f"{PROVIDER}:{algorithm}", parameters, feedback=feedback)
        assert feedback.isCanceled(), (algorithm, cancel_after)
        assert hashes(outputs) == before, (algorithm, cancel_after)
        assert listing(outputs) == shown, (algorithm, cancel_after)
    return total
