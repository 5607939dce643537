"""Issue 9, item 4: paths in configuration files are resolved relative to the file and checked, and
an expression read from a file is validated before any run."""

import json

import pytest

from fragilite_numerique.gis import plugin_info, project_config

from dock_helpers import fresh_dock


def write_config(folder, **values):
    path = folder / "etude.json"
    path.write_text(json.dumps({"format": "fragilite_numerique.configuration", **values}), encoding="utf-8")
    return path


@pytest.mark.parametrize("key, values", [
    ("method", {"method": "plugin:../../../etc/passwd"}),
    ("binding", {"binding": "plugin:resources/../../binding.json"}),
    ("layer.source", {"layer": {"source": "plugin:../communes.gpkg|layername=communes"}}),
])
def test_a_plugin_path_cannot_leave_the_plugin_folder(tmp_path, key, values):
    path = write_config(tmp_path, **values)
    with pytest.raises(project_config.ConfigError) as error:
        project_config.load_file(str(path))
    message = str(error.value)
    assert "etude.json" in message and f"'{key}'" in message and "leaves the plugin folder" in message


def test_paths_are_resolved_relative_to_the_file_and_checked(tmp_path):
    (tmp_path / "methodes").mkdir()
    own = tmp_path / "methodes" / "ma_methode.json"
    own.write_text((plugin_info.RESOURCES / "methods" / "hdf_2021.json").read_text(encoding="utf-8"), encoding="utf-8")
    config = project_config.load_file(str(write_config(tmp_path, method="methodes/ma_methode.json",
                                                       binding="plugin:resources/data/hdf/binding_hdf_2021.json")))
    assert config.method_path == str(own)
    assert config.binding_path == str(plugin_info.EMBEDDED_BINDING)
    with pytest.raises(project_config.ConfigError, match="'method' names .*autre.json, which does not exist"):
        project_config.load_file(str(write_config(tmp_path, method="methodes/autre.json")))


def test_an_invalid_expression_from_a_file_stops_the_run_before_anything_is_written(qgis_iface, tmp_path):
    output = tmp_path / "sorties"
    output.mkdir()
    with fresh_dock(qgis_iface, output) as dock:
        dock.use_embedded_data()
        path = tmp_path / "etude.json"
        assert dock.save_config_file(str(path))
        data = json.loads(path.read_text(encoding="utf-8"))
        data["reference"] = {"mode": "expression", "expression": "\"dep\" = = '59'"}
        path.write_text(json.dumps(data), encoding="utf-8")
        assert dock.load_config_file(str(path))
        assert dock.territory.layer() is not None
        problems = " ".join(dock.problems())
        assert "\"dep\" = = '59'" in problems
        assert dock.start_run() is None and dock.task is None
        assert list(output.iterdir()) == []
