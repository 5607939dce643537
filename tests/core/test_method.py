"""The method file: the shipped Hauts-de-France method, and errors naming the key at fault."""

import json

import pytest

from fragilite_numerique.core.errors import MethodError
from fragilite_numerique.core.method import load_method, method_from_dict


def test_hdf_method_structure(hdf_method):
    m = hdf_method
    assert m.id == "hdf_2021" and m.normalisation == "minmax" and m.missing_rule == "parent"
    assert [a.id for a in m.axes] == ["ax1", "ax2", "ax3", "ax4"]
    assert [len(a.variables) for a in m.axes] == [4, 5, 3, 2]
    assert all(a.weight == 1 for a in m.axes)
    assert m.variable("ftth").sense == -1 and m.variable("revmed").sense == -1
    assert m.variable("pauv").sense == 1 and m.variable("pauv").group == "P"
    assert m.variable("tsoins").leaves == ("t_urg", "t_gp", "t_spe")
    assert {g.id for g in m.groups} == {"pub", "amg"}
    groups = {v.id: v.group for v in m.variables}
    assert sorted(k for k, g in groups.items() if g == "A") == ["ftth", "tnum", "tsoins", "tsp", "zblanch"]


def _minimal():
    return {"format": "fragilite_numerique.method", "id": "t", "label": "T",
            "axes": [{"id": "ax1", "label": "A", "variables": [{"id": "v1", "label": "V", "sense": "+"}]}]}


def _error(data) -> str:
    with pytest.raises(MethodError) as info:
        method_from_dict(data, source="m.json")
    return str(info.value)


def test_unknown_key_is_named_with_its_path():
    data = _minimal()
    data["axes"][0]["variables"][0]["sens"] = "+"
    message = _error(data)
    assert "m.json" in message and "axes[0].variables[0].sens" in message


def test_bad_sense_and_duplicate_ids_and_groups():
    data = _minimal()
    data["axes"][0]["variables"][0]["sense"] = "up"
    assert "axes[0].variables[0].sense" in _error(data)
    data = _minimal()
    data["axes"][0]["variables"].append({"id": "v1", "label": "W", "sense": "-"})
    assert "'v1'" in _error(data) and "twice" in _error(data)
    data = _minimal()
    data["axes"][0]["variables"][0]["group"] = "Z"
    assert "axes[0].variables[0].group" in _error(data)


def test_unknown_normalisation_and_weights():
    data = _minimal()
    data["normalisation"] = {"method": "log"}
    assert "normalisation.method" in _error(data) and "minmax" in _error(data)
    data = _minimal()
    data["axes"][0]["weight"] = -1
    assert "axes[0].weight" in _error(data)
    data = _minimal()
    data["axes"][0]["weight"] = 0
    assert "sum to 0" in _error(data)


def test_invalid_json_names_line_and_column(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "fragilite_numerique.method",\n "id": }', encoding="utf-8")
    with pytest.raises(MethodError) as info:
        load_method(path)
    assert "bad.json" in str(info.value) and "line 2" in str(info.value)
    with pytest.raises(MethodError, match="not found"):
        load_method(tmp_path / "missing.json")


def test_with_options_overrides_and_validates(hdf_method):
    m = hdf_method.with_options(normalisation="rank", missing_rule="available", weights={"ax2": 2})
    assert m.normalisation == "rank" and m.missing_rule == "available"
    assert [a.weight for a in m.axes] == [1, 2, 1, 1]
    with pytest.raises(MethodError, match="ax9"):
        hdf_method.with_options(weights={"ax9": 1})
    with pytest.raises(MethodError, match="normalisation.method"):
        hdf_method.with_options(normalisation="bogus")


def test_shipped_method_round_trips(hdf_method):
    again = method_from_dict(json.loads(json.dumps(hdf_method.to_dict())))
    assert again.leaves == hdf_method.leaves


def test_every_shipped_method_file_loads(root):
    """resources/methods holds only method files: each one is a preset the dock offers."""
    paths = sorted((root / "resources" / "methods").glob("*.json"))
    assert len(paths) >= 3
    for path in paths:
        assert load_method(path).axes, path
