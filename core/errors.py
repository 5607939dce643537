"""Errors and warnings a user can act on.

Core code cannot import Qt, so messages are English templates marked for
extraction with QT_TRANSLATE_NOOP; the QGIS side translates the template and
fills in the parameters (see gis/messages.py).
"""

from __future__ import annotations

from typing import Any, Callable, Optional

CONTEXT = "fragilite_numerique"

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - pylupdate5 looks for this name
    return text


def _format(template: str, params: dict, translate: Optional[Translator]) -> str:
    text = translate(CONTEXT, template) if translate else template
    shown = {key: _show(value) for key, value in params.items()}
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):
        # A broken translation must never hide the message itself.
        return template.format(**shown)


def _show(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple, set)):
        items = list(value)
        text = ", ".join(str(v) for v in items[:10])
        if len(items) > 10:
            text += f", … (+{len(items) - 10})"
        return text
    return str(value)


class Message:
    """A translatable message: an English template and its parameters."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params

    def text(self, translate: Optional[Translator] = None) -> str:
        return _format(self.template, self.params, translate)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Message({self.text()!r})"

    def to_dict(self) -> dict:
        return {"message": self.text(), "template": self.template,
                "params": {k: _show(v) for k, v in self.params.items()}}


class FragiliteError(Exception):
    """An error in the user's input: the message names what is at fault."""

    def __init__(self, template: str, **params: Any) -> None:
        self.message = Message(template, **params)
        super().__init__(self.message.text())

    def text(self, translate: Optional[Translator] = None) -> str:
        return self.message.text(translate)


class MethodError(FragiliteError):
    """The method file is malformed."""


class BindingError(FragiliteError):
    """The binding of variables to tables is malformed or points at nothing."""


class DataError(FragiliteError):
    """A table or layer does not hold what the run needs."""


class CancelledError(FragiliteError):
    """The user cancelled the run."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(CONTEXT, "The run was cancelled; nothing was written."))


class Feedback:
    """Progress and cancellation, independent of QGIS (QgsFeedback is adapted to it)."""

    def __init__(self) -> None:
        self.cancelled = False
        self.progress = 0.0
        self.messages: list[str] = []

    def set_progress(self, percent: float) -> None:
        self.progress = percent

    def info(self, text: str) -> None:
        self.messages.append(text)

    def is_cancelled(self) -> bool:
        return self.cancelled

    def check(self) -> None:
        if self.is_cancelled():
            raise CancelledError()
