"""make bench: every bench/bench_*.py module, timed against baselines measured in the same run.

Prints a table and writes it, with the machine and the versions, to bench/results/<date>.md.
``python bench/run.py core pipeline`` runs only the modules named (results in <date>-core-pipeline.md).
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tools"))

from bootstrap import start_qgis  # noqa: E402
from harness import Row, max_rss_mb  # noqa: E402


def _fmt(value, pattern="{:.2f}") -> str:
    return "" if value is None else pattern.format(value)


def table(rows) -> str:
    lines = ["| stage | seconds | baseline | baseline s | × faster | peak MB | target | met | notes |",
             "|---|---:|---|---:|---:|---:|---|---|---|"]
    for row in rows:
        met = "" if row.met is None else ("yes" if row.met else "**no**")
        lines.append(f"| {row.name} | {row.seconds:.3f} | {row.baseline_name} | {_fmt(row.baseline, '{:.3f}')} | "
                     f"{_fmt(row.ratio, '{:.1f}')} | {_fmt(row.peak_mb, '{:.0f}')} | {row.target} | {met} | "
                     f"{row.notes} |")
    return "\n".join(lines)


def machine() -> str:
    from osgeo import gdal
    import numpy
    import pandas
    from qgis.core import Qgis

    return (f"{platform.node()} · {platform.platform()} · {os.cpu_count()} CPU · Python {platform.python_version()} · "
            f"QGIS {Qgis.QGIS_VERSION} · GDAL {gdal.__version__} · numpy {numpy.__version__} · "
            f"pandas {pandas.__version__}")


def as_row(row) -> Row:
    """Modules may return (name, seconds, baseline seconds, ratio, notes) tuples: the ratio is recomputed."""
    if isinstance(row, Row):
        return row
    name, seconds, baseline, _ratio, notes = row
    return Row(name, seconds, baseline, "brute force / naive" if baseline else "", notes=notes)


def main(argv: list) -> int:
    app, _plugin = start_qgis()
    wanted = set(argv[1:])
    modules = sorted(p.stem for p in HERE.glob("bench_*.py"))
    rows = []
    for name in modules:
        if wanted and name.removeprefix("bench_") not in wanted:
            continue
        print(f"== {name}", flush=True)
        module = importlib.import_module(name)
        for row in map(as_row, module.run()):
            print(f"  {row.name}: {row.seconds:.3f} s" + (f" ({row.ratio:.1f}× {row.baseline_name})"
                                                          if row.ratio else ""), flush=True)
            rows.append(row)
    report = (f"# Benchmarks, {dt.datetime.now().astimezone().isoformat(timespec='seconds')}\n\n"
              f"{machine()}\n\n{table(rows)}\n\nProcess peak RSS: {max_rss_mb():.0f} MB.\n")
    print("\n" + report)
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    # A partial run (modules named) gets its own files, so it never replaces the full run's table.
    suffix = "-" + "-".join(sorted(wanted)) if wanted else ""
    target = out / f"{dt.date.today().isoformat()}{suffix}.md"
    target.write_text(report, encoding="utf-8")
    (out / f"latest{suffix}.md").write_text(report, encoding="utf-8")
    print(f"written to {target}")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
