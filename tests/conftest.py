"""Test set-up: the repository root is imported as the ``fragilite_numerique`` package.

Core tests (tests/core) use plain pytest; QGIS tests (tests/qgis) use pytest-qgis fixtures.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "fragilite_numerique"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if PACKAGE not in sys.modules:
    _spec = importlib.util.spec_from_file_location(PACKAGE, ROOT / "__init__.py",
                                                   submodule_search_locations=[str(ROOT)])
    _module = importlib.util.module_from_spec(_spec)
    sys.modules[PACKAGE] = _module
    _spec.loader.exec_module(_module)

EMBEDDED = ROOT / "resources" / "data" / "hdf"
METHOD_HDF = ROOT / "resources" / "methods" / "hdf_2021.json"
BINDING_HDF = EMBEDDED / "binding_hdf_2021.json"
COMMUNES_GPKG = EMBEDDED / "communes_hdf_2021.gpkg"


def file_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def embedded_dir() -> Path:
    return EMBEDDED


@pytest.fixture(scope="session")
def hdf_method():
    from fragilite_numerique.core.method import load_method

    return load_method(METHOD_HDF)


@pytest.fixture(scope="session")
def hdf_binding(hdf_method):
    from fragilite_numerique.core.binding import load_binding

    return load_binding(BINDING_HDF, hdf_method)


@pytest.fixture(scope="session")
def hdf_units_frame():
    """The 3,789 communes with EPCI and department, from the embedded reference table (no geometry)."""
    from fragilite_numerique.core.tables import read_csv_text

    return read_csv_text(EMBEDDED / "communes_hdf_reference_cog2021_epci.csv")


_KEEP_ALIVE: list = []


def ensure_provider():
    """Our Processing provider registered (as QGIS does for an enabled plugin)."""
    from qgis.core import QgsApplication

    from fragilite_numerique.algorithms.provider import FragiliteProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("fragilite_numerique")
    if existing is None:
        existing = FragiliteProvider()
        assert registry.addProvider(existing)
        # QGIS owns the C++ object, but the Python overrides die with the last Python reference.
        _KEEP_ALIVE.append(existing)
    return existing


@pytest.fixture()
def provider(qgis_processing):
    return ensure_provider()



@pytest.fixture()
def communes_layer():
    """The embedded commune layer, opened read-only by QGIS."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{COMMUNES_GPKG}|layername=communes", "communes", "ogr")
    assert layer.isValid()
    return layer


def _embedded_state() -> dict:
    """Every file of the shipped data (journals included) and its hash."""
    return {path.name: file_hash(path) for path in sorted(EMBEDDED.iterdir()) if path.is_file()}


def pytest_sessionstart(session):
    session.config.embedded_state = _embedded_state()


def pytest_sessionfinish(session, exitstatus):
    """The shipped data are only read: a run that changed them (a test opening them for update)
    fails. A run that executes no test fails too (``make test`` and ``.ci/run``): pytest itself only
    fails when nothing is collected, not when every test is deselected or skipped."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    before = getattr(session.config, "embedded_state", None)
    after = _embedded_state()
    if reporter is not None and before is not None and after != before:
        changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
        reporter.write_line(f"the tests changed the shipped data in {EMBEDDED}: {changed}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        return
    if reporter is None or exitstatus != pytest.ExitCode.OK:
        return
    executed = sum(len(reporter.stats.get(kind, [])) for kind in ("passed", "failed", "error", "xpassed"))
    if executed == 0:
        reporter.write_line("no test was executed: the run fails", red=True)
        session.exitstatus = pytest.ExitCode.NO_TESTS_COLLECTED


def pytest_report_header(config):
    try:
        from qgis.core import Qgis

        return f"QGIS {Qgis.QGIS_VERSION}"
    except ImportError:
        return "QGIS not importable"
