"""Background runs for the dock: the scoring of a layer in a QgsTask, with progress and cancel.

The task calls ``gis.scoring.run_scoring`` like the Processing algorithm. The project layer is
never read from the worker thread: a ``LayerSnapshot`` (a QgsVectorLayerFeatureSource taken on the
main thread, with the layer's unsaved edits and filter) is. The output is written atomically by
``run_scoring``; a cancel that arrives after the file was moved into place removes it, so a
cancelled run leaves no file and, since layers are only added in ``finished``, no layer.
"""

from __future__ import annotations

import traceback
from typing import Callable, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpressionContextScope,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsFeedback,
    QgsFields,
    QgsTask,
    QgsVectorLayerFeatureSource,
)
from qgis.PyQt.QtCore import Qt

from ..core.errors import CancelledError, FragiliteError
from ..core.fiche import ScoredUnits
from .style_store import remove_output
from .results import load_scored_units
from .scoring import ScoringOutcome, ScoringRequest, run_scoring


class LayerSnapshot:
    """What ``run_scoring`` reads of a vector layer, safe to use from a worker thread."""

    def __init__(self, layer) -> None:
        self._source = QgsVectorLayerFeatureSource(layer)
        self._fields = QgsFields(layer.fields())
        self._wkb_type = layer.wkbType()
        self._crs = QgsCoordinateReferenceSystem(layer.crs())
        self._count = layer.featureCount()
        self._scope = QgsExpressionContextUtils.layerScope(layer)
        self.layer_id = layer.id()
        self.layer_name = layer.name()

    def fields(self) -> QgsFields:
        return QgsFields(self._fields)

    def wkbType(self):  # noqa: N802 - QgsFeatureSource API
        return self._wkb_type

    def sourceCrs(self) -> QgsCoordinateReferenceSystem:  # noqa: N802
        return QgsCoordinateReferenceSystem(self._crs)

    def featureCount(self) -> int:  # noqa: N802
        return self._count

    def getFeatures(self, request: Optional[QgsFeatureRequest] = None):  # noqa: N802
        return self._source.getFeatures(request or QgsFeatureRequest())

    def createExpressionContextScope(self) -> QgsExpressionContextScope:  # noqa: N802
        return QgsExpressionContextScope(self._scope)


class TaskFeedback:
    """The QgsFeedback interface ``run_scoring`` uses, reporting to the task."""

    def __init__(self, task: "ScoringTask") -> None:
        self.task = task

    def setProgress(self, percent: float) -> None:  # noqa: N802
        self.task.report_progress(percent)

    def isCanceled(self) -> bool:  # noqa: N802
        return self.task.isCanceled()

    def pushInfo(self, text: str) -> None:  # noqa: N802
        self.task.messages.append(text)


# A background step after the scoring (a typology, access times written to the output…):
# called in the worker thread with the outcome and the feedback; it may raise CancelledError.
BackgroundStep = Callable[[ScoringOutcome, TaskFeedback], None]


def run_reported(task, work: Callable[[], bool]) -> bool:
    """Run a task's ``work`` in the worker: a cancel gives False; a FragiliteError is kept in
    ``task.error`` for the user, any other error in ``task.failure`` with its traceback (never lost)."""
    try:
        return work()
    except CancelledError:
        return False
    except FragiliteError as error:
        task.error = error
        return False
    except Exception:  # noqa: BLE001 - reported to the user with its traceback
        task.failure = traceback.format_exc()
        return False


class ScoringTask(QgsTask):
    """Score a layer in the background; ``on_done(task)`` is called on the main thread at the end.

    After it, exactly one of ``outcome`` (success), ``error`` (a FragiliteError the user can act on),
    ``failure`` (an unexpected error, with its traceback) or ``cancelled`` is set.
    """

    def __init__(self, request: ScoringRequest, description: str, on_done: Callable[["ScoringTask"], None],
                 name_field: str = "", steps: Sequence[BackgroundStep] = (),
                 before: Sequence[Callable[[ScoringRequest], None]] = ()) -> None:
        super().__init__(description, QgsTask.CanCancel)
        self.request = request
        self.name_field = name_field
        self.steps = list(steps)
        self.before = list(before)      # completes the request in the worker (e.g. the communes of EPCI units)
        self.on_done = on_done
        self.outcome: Optional[ScoringOutcome] = None
        self.units: Optional[ScoredUnits] = None
        self.error: Optional[FragiliteError] = None
        self.failure = ""
        self.cancelled = False
        self.messages: list = []

    def report_progress(self, percent: float) -> None:
        self.setProgress(percent)

    def run(self) -> bool:
        return run_reported(self, self._score)

    def _score(self) -> bool:
        feedback = TaskFeedback(self)
        for prepare in self.before:
            prepare(self.request)
        self.outcome = run_scoring(self.request, feedback)
        for step in self.steps:
            if self.isCanceled():
                raise CancelledError()
            step(self.outcome, feedback)
        self.units = load_scored_units(self.outcome.path, self.outcome.layer_name, self.request.code_field,
                                       self.name_field, self.outcome.result.method)
        return not self.isCanceled()

    def finished(self, result: bool) -> None:
        if not result or self.isCanceled():
            # Nothing of a failed or cancelled run stays behind, even a complete scored file.
            self.discard_output()
            self.cancelled = self.error is None and not self.failure
        self.on_done(self)

    def discard_output(self) -> None:
        """A cancel may arrive after the output was moved into place: remove it."""
        if self.outcome is not None:
            remove_output(self.outcome.path)
        self.outcome = None
        self.units = None


class LoadUnitsTask(QgsTask):
    """Read a scored layer's units for the fiche in the background (a project being reopened)."""

    def __init__(self, path: str, layer_name: str, code_field: str, name_field: str,
                 on_done: Callable[["LoadUnitsTask"], None]) -> None:
        super().__init__(layer_name, QgsTask.CanCancel)
        self.args = (path, layer_name, code_field, name_field)
        self.on_done = on_done
        self.units: Optional[ScoredUnits] = None
        self.error: Optional[FragiliteError] = None

    def run(self) -> bool:
        try:
            self.units = load_scored_units(*self.args)
            return True
        except FragiliteError as error:
            self.error = error
            return False

    def finished(self, result: bool) -> None:
        self.on_done(self)


class JobFeedback(QgsFeedback):
    """A real QgsFeedback (layout exports need one) that also collects ``pushInfo`` messages."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list = []

    def pushInfo(self, text: str) -> None:  # noqa: N802 - QgsProcessingFeedback API
        self.messages.append(text)


class JobTask(QgsTask):
    """Any long step of the dock (typology, export, diagnostics…) in the background.

    ``work(feedback)`` runs in the worker thread and returns the result; it must not touch project
    layers or widgets (open the files it needs itself). ``on_done(task)`` is called on the main
    thread; then exactly one of ``result`` (success), ``error``, ``failure`` or ``cancelled`` is set.
    ``cleanup(task)`` runs (main thread) before ``on_done`` when the job did not succeed, to remove
    what it may have written.
    """

    def __init__(self, description: str, work: Callable, on_done: Callable[["JobTask"], None],
                 cleanup: Optional[Callable[["JobTask"], None]] = None) -> None:
        super().__init__(description, QgsTask.CanCancel)
        self.work = work
        self.on_done = on_done
        self.cleanup = cleanup
        self.feedback = JobFeedback()
        # Direct: the worker's progress goes to the task (thread-safe) without waiting for the main loop.
        self.feedback.progressChanged.connect(self.setProgress, Qt.DirectConnection)
        self.result = None
        self.error: Optional[FragiliteError] = None
        self.failure = ""
        self.cancelled = False

    @property
    def messages(self) -> list:
        return self.feedback.messages

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def run(self) -> bool:
        return run_reported(self, self._work)

    def _work(self) -> bool:
        self.result = self.work(self.feedback)
        return not self.feedback.isCanceled()

    def finished(self, result: bool) -> None:
        if not result or self.isCanceled():
            self.cancelled = self.error is None and not self.failure
            self.result = None
            if self.cleanup is not None:
                self.cleanup(self)
        self.on_done(self)
