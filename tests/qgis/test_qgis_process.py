"""The algorithm from the command line, as a Model Builder or batch user would reach it."""

import json
import os
import shutil
import subprocess

import pytest

from conftest import COMMUNES_GPKG, ROOT


def qgis_process_binary():
    for name in ("qgis_process.bin", "qgis_process"):
        # Debian 12's qgis_process wrapper passes an option 3.22 rejects: prefer the binary.
        path = shutil.which(name) or (f"/usr/bin/{name}" if os.path.exists(f"/usr/bin/{name}") else None)
        if path:
            return path
    pytest.fail("qgis_process is not installed (Debian package 'qgis'); make test installs it as root")


def test_qgis_process_runs_the_algorithm(tmp_path):
    binary = qgis_process_binary()
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "fragilite_numerique").symlink_to(ROOT)
    env = {k: v for k, v in os.environ.items() if not k.startswith("QGIS_")}
    # A fresh profile, whatever pytest-qgis set up for this process.
    env.update(HOME=str(tmp_path / "home"), QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
               QGIS_PLUGINPATH=str(plugins), QT_QPA_PLATFORM="offscreen")
    enable = subprocess.run([binary, "plugins", "enable", "fragilite_numerique"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert enable.returncode == 0, enable.stdout[-2000:] + enable.stderr[-2000:]
    listing = subprocess.run([binary, "list"], env=env, capture_output=True, text=True, timeout=120)
    assert "fragilite_numerique:compute_index" in listing.stdout
    out = tmp_path / "ifn.gpkg"
    run = subprocess.run([binary, "--json", "run", "fragilite_numerique:compute_index", "--",
                          f"INPUT={COMMUNES_GPKG}|layername=communes", "CODE_FIELD=code", "EPCI_FIELD=epci",
                          "DEP_FIELD=dep", f"OUTPUT={out}"], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    payload = json.loads(run.stdout[run.stdout.index("{"):])
    assert payload["results"]["OUTPUT"].startswith(str(out))
    assert out.exists()
