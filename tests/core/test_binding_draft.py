"""Editing a binding in the dock: statuses, columns, added tables, rebased paths; always valid."""

import json
from pathlib import Path

import pytest

from fragilite_numerique.core.binding import load_binding
from fragilite_numerique.core.binding_draft import BindingDraft
from fragilite_numerique.core.errors import BindingError
from fragilite_numerique.core.method import load_method

from helpers import binding_dict, write_case


@pytest.fixture()
def draft(tmp_path):
    binding = binding_dict(v3={"status": "absent"})
    method_path, binding_path = write_case(tmp_path, binding=binding)
    method = load_method(method_path)
    return BindingDraft.of(load_binding(binding_path, method), method)


def test_status_changes_keep_the_source_to_come_back_to(draft):
    assert not draft.modified
    draft.set_status("v1", "absent")
    assert draft.status("v1") == "absent" and draft.source_text("v1") == ""
    draft.set_status("v1", "proxy")
    assert draft.status("v1") == "proxy" and draft.source_text("v1") == "t1: v1"
    assert draft.modified


def test_an_absent_variable_needs_a_column_before_it_is_real(draft):
    with pytest.raises(BindingError, match="v3"):
        draft.set_status("v3", "real")
    assert draft.status("v3") == "absent"
    draft.set_column("v3", "t1", "v3")
    assert draft.status("v3") == "real" and draft.binding.of("v3").source.column == "v3"


def test_rebinding_a_ratio_to_a_column_drops_the_old_source(draft):
    draft.set_column("v2", "t1", "v1")
    spec = draft.raw["variables"]["v2"]
    assert spec["column"] == "v1" and "numerator" not in spec and "scale" not in spec


def test_added_table_and_rebased_paths(draft, tmp_path):
    extra = tmp_path / "data" / "Ma Table (2020).csv"
    extra.parent.mkdir()
    extra.write_text("codgeo;x\n59001;1\n", encoding="utf-8")
    table_id = draft.add_table(str(extra), "codgeo")
    assert table_id == "ma_table_2020"
    assert draft.add_table(str(extra), "codgeo") == "ma_table_2020_2"
    draft.set_column("v3", table_id, "x")
    target = tmp_path / "data"
    saved = json.loads(draft.to_json(target))
    assert saved["tables"][table_id]["path"] == "Ma Table (2020).csv"
    assert Path(saved["tables"]["t1"]["path"]) == tmp_path / "t1.csv"   # outside the target: absolute
    (target / "b.json").write_text(json.dumps(saved), encoding="utf-8")
    reloaded = load_binding(target / "b.json", draft.method)
    assert reloaded.table_path("t1") == tmp_path / "t1.csv"
    assert reloaded.of("v3").source.table == table_id


def test_a_workbook_sheet_and_a_project_layer_are_declared_as_tables(draft, tmp_path):
    book = tmp_path / "insee.xlsx"
    sheet_id = draft.add_table(str(book), "CODGEO", sheet="COM 2018")
    spec = draft.raw["tables"][sheet_id]
    assert sheet_id == "com_2018"                      # named after the sheet, not the workbook
    assert (spec["sheet"], spec["layer"], spec["path"]) == ("COM 2018", "COM 2018", str(book.resolve()))
    layer_id = draft.add_table("project:Mes données", "code", "epci")
    spec = draft.raw["tables"][layer_id]
    assert layer_id == "mes_donn_es" and spec["path"] == "project:Mes données" and spec["level"] == "epci"
    assert draft.binding.tables[layer_id].level == "epci"
    saved = json.loads(draft.to_json(tmp_path / "elsewhere"))
    assert saved["tables"][layer_id]["path"] == "project:Mes données"   # a layer name is never rebased


def test_accepted_proposals_replace_the_binding_of_their_variables_only(draft):
    from fragilite_numerique.core.proposals import Proposal

    proposal = Proposal(leaf="v3", status="proxy", table="t1", year=2018, note="approche",
                        numerator=((1, "num"),), denominator=((1, "den"),), scale=100.0)
    draft.accept({"v3": proposal})
    bound = draft.binding.of("v3")
    assert (bound.status, bound.source.table, bound.year) == ("proxy", "t1", 2018)
    assert draft.raw["variables"]["v3"]["numerator"] == "num" and draft.modified
    assert draft.raw["variables"]["v1"] == {"status": "real", "table": "t1", "column": "v1"}
