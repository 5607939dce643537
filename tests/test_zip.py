"""The installable zip: one top folder, the plugin files, compiled translations, no tests or dev files."""

import subprocess
import zipfile

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
    if tracked.returncode != 0 or not tracked.stdout.strip():
        pytest.fail("the repository has no commit: make zip packages committed files only")
    result = subprocess.run(["make", "-s", "zip"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    path = ROOT / result.stdout.strip().splitlines()[-1]
    with zipfile.ZipFile(path) as handle:
        return handle.namelist()


def test_zip_layout(archive):
    tops = {name.split("/")[0] for name in archive}
    assert tops == {"fragilite_numerique"}
    for required in ("metadata.txt", "__init__.py", "plugin.py", "LICENSE", "README.md",
                     "resources/methods/hdf_2021.json", "resources/data/hdf/communes_hdf_2021.gpkg",
                     "resources/i18n/fragilite_numerique_fr.qm", "core/pipeline.py",
                     "algorithms/compute_index.py"):
        assert f"fragilite_numerique/{required}" in archive, required


def test_zip_has_no_dev_files(archive):
    forbidden = ("tests/", "tools/", "bench/", ".ci/", "Makefile", "requirements-dev.txt", ".ts", "pyproject.toml",
                 ".gitignore", "__pycache__")
    for name in archive:
        assert not any(part in name for part in forbidden), name


def test_zip_installs_and_loads_in_qgis_process(archive, tmp_path):
    """The zip alone (no repository around it) is a working plugin: qgis_process lists its algorithms."""
    import os
    import shutil

    from conftest import ROOT as root

    dist = sorted((root / "dist").glob("fragilite_numerique-*.zip"))[-1]
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(dist) as handle:
        handle.extractall(plugins)
    binary = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
    assert binary, "qgis_process is not installed (Debian package 'qgis')"
    env = {k: v for k, v in os.environ.items() if not k.startswith("QGIS_")}
    env.update(HOME=str(tmp_path / "home"), QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
               QGIS_PLUGINPATH=str(plugins), QT_QPA_PLATFORM="offscreen")
    enable = subprocess.run([binary, "plugins", "enable", "fragilite_numerique"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert enable.returncode == 0, enable.stderr[-2000:]
    listing = subprocess.run([binary, "list"], env=env, capture_output=True, text=True, timeout=120)
    assert "fragilite_numerique:compute_index" in listing.stdout
