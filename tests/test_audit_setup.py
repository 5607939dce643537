"""Issue 2, item 2: the set-up inside the make targets. Idempotent when done; without root and
without QGIS or its tools, it prints the exact apt-get command instead of failing obscurely."""

import os
import shutil
import subprocess

from conftest import ROOT

SCRIPT = ROOT / "tools" / "setup_env.sh"


def test_second_run_keeps_the_venv_and_prints_its_python():
    python = ROOT / ".venv" / "bin" / "python"
    before = os.lstat(python).st_mtime_ns
    result = subprocess.run([str(SCRIPT)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == ".venv/bin/python"
    assert "Creating" not in result.stderr and "Installing" not in result.stderr
    assert os.lstat(python).st_mtime_ns == before


def test_without_root_and_without_qgis_tools_the_command_is_printed(tmp_path):
    # A PATH holding only the basic tools and an `id` that says we are not root: qgis_process,
    # lrelease… are not found.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "dirname", "readlink", "cmp", "mkdir", "ln", "rm", "cp"):
        os.symlink(shutil.which(tool), bin_dir / tool)
    (bin_dir / "id").write_text("#!/bin/sh\necho 1000\n", encoding="utf-8")
    (bin_dir / "id").chmod(0o755)
    env = {"PATH": str(bin_dir), "HOME": str(tmp_path)}
    result = subprocess.run([str(bin_dir / "bash"), str(SCRIPT)], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1
    assert "Run as root:" in result.stderr
    assert "apt-get install -y --no-install-recommends qgis python3-qgis" in result.stderr
    assert result.stdout == ""
