"""Issue 2, item 4: every embedded data file has its origin, year and licence in the data README, and
the README says of each variable what the binding says (real, proxy or absent)."""

import json
import re

from conftest import BINDING_HDF, EMBEDDED


def readme_rows() -> dict:
    """First cell (without backquotes, up to the first space) → the row's cells."""
    rows = {}
    for line in (EMBEDDED / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rows[cells[0].split("`")[1]] = cells
    return rows


def test_every_data_file_has_origin_year_and_licence():
    rows = readme_rows()
    data = sorted(p.name for p in EMBEDDED.iterdir()
                  if p.suffix in (".csv", ".gpkg", ".geojson") and not p.name.startswith("."))
    assert len(data) >= 13
    for name in data:
        assert name in rows, f"{name} is not described in resources/data/hdf/README.md"
        _file, what, origin, year, licence = rows[name]
        assert what and origin and licence, name
        assert re.search(r"(19|20)\d\d", year), (name, year)


def test_the_readme_gives_each_variable_the_binding_status():
    binding = json.loads(BINDING_HDF.read_text(encoding="utf-8"))
    rows = readme_rows()
    for variable, spec in binding["variables"].items():
        assert variable in rows, f"variable {variable} missing from the README's binding table"
        described = rows[variable][1]
        assert described.startswith(spec["status"]), (variable, spec["status"], described)
