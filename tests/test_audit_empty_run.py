"""A run that executes no test must fail (issue 2): what ``make test`` and ``.ci/run`` rely on."""

import os
import subprocess
import sys

import pytest

from conftest import ROOT

ONE_TEST = "tests/core/test_method.py::test_unknown_key_is_named_with_its_path"


def pytest_run(tmp_path, *args):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]))
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:qgis", *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_one_test_executed_passes(tmp_path):
    result = pytest_run(tmp_path, ONE_TEST)
    assert result.returncode == 0, result.stdout[-2000:]


def test_every_test_deselected_fails(tmp_path):
    result = pytest_run(tmp_path, ONE_TEST, "-k", "no_test_has_this_name")
    assert result.returncode == pytest.ExitCode.NO_TESTS_COLLECTED, result.stdout[-2000:]


def test_every_test_skipped_fails(tmp_path):
    # A plugin that skips everything, as a missing dependency would: pytest alone exits 0 here.
    (tmp_path / "skip_everything.py").write_text(
        "import pytest\n\ndef pytest_runtest_setup(item):\n    pytest.skip('dependency missing')\n", encoding="utf-8")
    result = pytest_run(tmp_path, "-p", "skip_everything", ONE_TEST)
    assert "1 skipped" in result.stdout
    assert result.returncode == pytest.ExitCode.NO_TESTS_COLLECTED, result.stdout[-2000:]
    assert "no test was executed" in result.stdout


def test_ci_runs_make_test():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "set -euo pipefail" in script and script.strip().endswith("make test")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "-m pytest" in makefile.split("\ntest:")[1].split("\n\n")[0]
