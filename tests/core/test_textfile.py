"""Text outputs (reports, bindings, legends) are written whole, with ordinary permissions."""

import os
import stat

import pytest


def test_text_outputs_are_written_whole_with_ordinary_permissions(tmp_path):
    from fragilite_numerique.core.textfile import write_text_atomically

    target = tmp_path / "rapport.html"
    target.write_text("old", encoding="utf-8")
    write_text_atomically(target, "é\n")
    assert target.read_text(encoding="utf-8") == "é\n"
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask      # not private as mkstemp makes it
    with pytest.raises(TypeError):
        write_text_atomically(target, None)
    assert target.read_text(encoding="utf-8") == "é\n" and [p.name for p in tmp_path.iterdir()] == ["rapport.html"]
