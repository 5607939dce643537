"""Issue 9, item 2: a crash at any stage of writing leaves the previous output intact and nothing
partial beside it (cancels are covered by the bad-input catalogues)."""

import os

import pytest
from qgis import processing
from qgis.core import QgsProcessingException

from fragilite_numerique.gis import layer_io, scoring

from conftest import ensure_provider, file_hash
from hardening import index_parameters, listing, partials, small_case

ALG = "fragilite_numerique:compute_index"


@pytest.fixture()
def case(tmp_path, qgis_processing):
    ensure_provider()
    folder = small_case(tmp_path)
    (folder / "out").mkdir()
    target = folder / "out" / "ifn.gpkg"
    processing.run(ALG, index_parameters(folder, target))
    return folder, target


def crashes(folder, target):
    before, shown = file_hash(target), listing(folder / "out")
    with pytest.raises((QgsProcessingException, RuntimeError, OSError)):
        processing.run(ALG, index_parameters(folder, target))
    assert file_hash(target) == before, "the previous output must be intact"
    assert listing(folder / "out") == shown and partials(folder / "out") == []


def test_a_crash_while_the_features_are_written(case, monkeypatch):
    original = layer_io.write_features

    def write_then_crash(source, spec, path, feedback=None, progress=None, **kwargs):
        def crash_halfway(percent):
            if percent > 50:
                raise RuntimeError("disk unplugged")
            if progress is not None:
                progress(percent)
        kwargs["batch_size"] = 10          # small batches: the crash comes with features already written
        return original(source, spec, path, feedback, progress=crash_halfway, **kwargs)
    monkeypatch.setattr(layer_io, "write_features", write_then_crash)
    crashes(*case)


def test_a_crash_after_the_features_before_the_move(case, monkeypatch):
    def crash(*_args, **_kwargs):
        raise RuntimeError("out of memory")
    monkeypatch.setattr(scoring, "finish_output", crash)
    crashes(*case)


def test_a_crash_during_the_move_keeps_the_previous_file(case, monkeypatch):
    def refuse(_source, _target):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", refuse)
    crashes(*case)
