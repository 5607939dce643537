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
