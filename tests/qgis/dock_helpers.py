"""Shared by the dock tests: a dock on the current project, its runs waited for, preferences isolated."""

from __future__ import annotations

from contextlib import contextmanager

from pytest_qgis.utils import wait_until

# A generous bound so that a broken run fails the test instead of hanging it; not a speed check.
RUN_TIMEOUT_MS = 300_000


@contextmanager
def preferences(**values):
    """Preferences changed for a test, restored afterwards."""
    from fragilite_numerique.gis import settings

    before = settings.load()
    settings.update(**values)
    try:
        yield
    finally:
        settings.save(before)


def make_dock(iface, project):
    from fragilite_numerique.ui.dock import FragiliteDock

    dock = FragiliteDock(iface, project)
    dock.resize(440, 900)
    return dock


@contextmanager
def fresh_dock(iface, output_folder):
    """A dock on a cleared project, its results written to ``output_folder``; cleaned up after."""
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.clear()
    iface.messageBar().clear_messages()
    with preferences(output_folder=str(output_folder)):
        dock = make_dock(iface, project)
        try:
            yield dock
        finally:
            dock.teardown()
            project.clear()


def wait_for_run(dock) -> None:
    assert wait_until(lambda: dock.task is None and dock.loading is None and dock.job is None,
                      timeout_milliseconds=RUN_TIMEOUT_MS)


def run_to_result(dock):
    """Run the dock's configuration to the end; the scored layer it added (the run must succeed)."""
    task = dock.start_run()
    assert task is not None, dock.problems()
    wait_for_run(dock)
    assert task.error is None and not task.failure, (task.error, task.failure)
    return dock.result_layer()


def run_embedded(dock):
    dock.use_embedded_data()
    assert dock.problems() == []
    task = dock.start_run()
    assert task is not None
    wait_for_run(dock)
    return task
