"""The JSON files users edit (methods, bindings, configurations): read as data, never run, and
every problem named with the file (and the line and column of a syntax error)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import CONTEXT, QT_TRANSLATE_NOOP as _N


def read_json_file(path: "str | Path", error: type, not_found: str, unreadable: str) -> Any:
    """The document in ``path``; ``error`` (a FragiliteError class) raised with the caller's
    ``not_found`` ({file}) or ``unreadable`` ({file}, {reason}) message, or a syntax message."""
    target = Path(path)
    try:
        text = target.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise error(not_found, file=str(target)) from None
    except UnicodeDecodeError:
        raise error(_N(CONTEXT, "{file} is not a UTF-8 text file."), file=str(target)) from None
    except OSError as exc:
        raise error(unreadable, file=str(target), reason=exc.strerror or exc) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(_N(CONTEXT, "{file}: invalid JSON at line {line}, column {column}: {reason}."),
                    file=str(target), line=exc.lineno, column=exc.colno, reason=exc.msg) from None
