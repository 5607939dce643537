"""Translations: the strings to translate are extracted from the sources; French lives in JSON.

Every user-facing string is English in the code and goes through ``tr()``,
``QCoreApplication.translate("fragilite_numerique", …)`` or, in core/,
``QT_TRANSLATE_NOOP`` (imported as ``_N``). One context, "fragilite_numerique".

French translations are kept in ``resources/i18n/fr/*.json`` ({"English": "Français"}), one file
per area so that parallel work merges cleanly; the Qt ``.ts`` file is generated from them and the
sources, and compiled to ``.qm`` by ``make translations``.

    python3 tools/i18n.py update              # regenerate the .ts from sources + JSON
    python3 tools/i18n.py missing > m.json    # untranslated strings, as {"English": ""}
    python3 tools/i18n.py apply m.json area   # merge filled translations into fr/<area>.json
    python3 tools/i18n.py check               # exit 1 if a string has no French translation
"""

from __future__ import annotations

import ast
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
TS = I18N / "fragilite_numerique_fr.ts"
FRENCH = I18N / "fr"
CONTEXT = "fragilite_numerique"
SKIP = ("tests", "tools", "bench", ".venv", "build", "dist", "output")
MARKERS = {"tr", "_N", "QT_TRANSLATE_NOOP", "translate", "_tr"}
TWO_ARGS = {"translate", "_N", "QT_TRANSLATE_NOOP"}


def source_files() -> list:
    return sorted(p for p in ROOT.rglob("*.py") if not any(part in SKIP for part in p.relative_to(ROOT).parts))


def extract() -> dict:
    """English text → first 'file:line' where it occurs."""
    found: dict = {}
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in MARKERS or not node.args:
                continue
            text_node = node.args[1] if name in TWO_ARGS and len(node.args) >= 2 else node.args[0]
            if isinstance(text_node, ast.Constant) and isinstance(text_node.value, str) and text_node.value:
                found.setdefault(text_node.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def translations() -> dict:
    merged: dict = {}
    for path in sorted(FRENCH.glob("*.json")):
        merged.update({k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items() if v})
    return merged


def write_ts(strings: dict, french: dict) -> None:
    root = ET.Element("TS", version="2.1", language="fr_FR", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text, where in sorted(strings.items(), key=lambda item: (item[1].rpartition(":")[0], item[0])):
        message = ET.SubElement(context, "message")
        file, _, line = where.rpartition(":")
        ET.SubElement(message, "location", filename=f"../../{file}", line=line)
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if text in french:
            translation.text = french[text]
        else:
            translation.set("type", "unfinished")
    if hasattr(ET, "indent"):
        ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def missing() -> dict:
    french = translations()
    return {text: "" for text in extract() if text not in french}


def main(argv: list) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        write_ts(extract(), translations())
        left = missing()
        if left:
            print(f"{TS.relative_to(ROOT)}: {len(left)} string(s) without French translation", file=sys.stderr)
        return 0
    if command == "missing":
        print(json.dumps(missing(), ensure_ascii=False, indent=1))
        return 0
    if command == "apply":
        area = argv[3] if len(argv) > 3 else "misc"
        target = FRENCH / f"{area}.json"
        current = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
        current.update({k: v for k, v in json.loads(Path(argv[2]).read_text(encoding="utf-8")).items() if v})
        target.write_text(json.dumps(current, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                          encoding="utf-8")
        write_ts(extract(), translations())
        print(f"{target.relative_to(ROOT)}: {len(current)} translations; {len(missing())} string(s) left")
        return 0
    if command == "check":
        left = missing()
        for text in left:
            print(f"untranslated: {text!r}")
        return 1 if left else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
