"""Text outputs written whole or not at all: a temporary sibling, moved into place at the end."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomically(path: "str | Path", text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a hidden sibling; an error leaves ``path`` as it was.

    The file gets the permissions of any new file (mkstemp alone would make it private to its owner).
    """
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=f"{target.suffix}.partial",
                                         dir=str(target.parent))
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
