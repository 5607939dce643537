"""make bench: run every bench/bench_*.py, print a table and write bench/results/<date>.md.

Each module has ``run()`` returning rows ``(name, seconds, baseline seconds or None, ratio or None,
notes)``; the baseline is measured in the same run, and the ratio is baseline / seconds (how many
times faster than the baseline), so results compare across machines.
"""

from __future__ import annotations

import datetime as _dt
import importlib.util
import platform
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "tools"))
from bootstrap import register_package  # noqa: E402

HEADER = ("benchmark", "seconds", "baseline (s)", "ratio", "notes")


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cell(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}" if value < 100 else f"{value:.0f}"
    return str(value)


def table(rows: list) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def main() -> int:
    register_package()
    rows = []
    for path in sorted(BENCH.glob("bench_*.py")):
        print(f"{path.name} …", flush=True)
        rows.extend(load(path).run())
    text = table(rows)
    print(text)
    when = _dt.datetime.now()
    out = BENCH / "results" / f"{when:%Y-%m-%d}.md"
    out.parent.mkdir(exist_ok=True)
    body = (f"# Benchmarks {when:%Y-%m-%d %H:%M}\n\n{platform.platform()}, Python {platform.python_version()}, "
            f"{platform.processor() or platform.machine()}\n\nratio = baseline / seconds (times faster than the "
            f"baseline measured in the same run)\n\n{text}\n")
    temporary = out.with_suffix(".tmp")
    temporary.write_text(body, encoding="utf-8")
    temporary.replace(out)
    print(f"→ {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
