"""Translations: extract the strings to translate from the sources into the French .ts file.

Every user-facing string is English in the code and goes through ``tr()``,
``QCoreApplication.translate("fragilite_numerique", …)`` or, in core/,
``QT_TRANSLATE_NOOP`` (imported as ``_N``). One context, "fragilite_numerique".

    python3 tools/i18n.py update          # refresh the .ts from the sources, keeping translations
    python3 tools/i18n.py missing > m.json   # untranslated strings, as {"English": ""}
    python3 tools/i18n.py apply m.json    # merge filled translations into the .ts
    python3 tools/i18n.py check           # exit 1 if a string has no French translation
"""

from __future__ import annotations

import ast
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "fragilite_numerique_fr.ts"
CONTEXT = "fragilite_numerique"
SKIP = ("tests", "tools", "bench", ".venv", "build", "dist", "output")
MARKERS = {"tr", "_N", "QT_TRANSLATE_NOOP", "translate", "_tr"}


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
            args = node.args
            if name in ("translate", "_N", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                text_node = args[1]
            else:
                text_node = args[0]
            if isinstance(text_node, ast.Constant) and isinstance(text_node.value, str) and text_node.value:
                found.setdefault(text_node.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def read_ts() -> dict:
    if not TS.exists():
        return {}
    tree = ET.parse(TS)
    out = {}
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished" and translation.text:
            out[source] = translation.text
    return out


def write_ts(strings: dict, translations: dict) -> None:
    root = ET.Element("TS", version="2.1", language="fr_FR", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text, where in sorted(strings.items(), key=lambda item: item[1]):
        message = ET.SubElement(context, "message")
        file, _, line = where.rpartition(":")
        ET.SubElement(message, "location", filename=f"../../{file}", line=line)
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if text in translations:
            translation.text = translations[text]
        else:
            translation.set("type", "unfinished")
    ET.indent(root) if hasattr(ET, "indent") else None
    TS.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def missing() -> dict:
    translations = read_ts()
    return {text: "" for text in extract() if text not in translations}


def main(argv: list) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        write_ts(extract(), read_ts())
        print(f"{TS.relative_to(ROOT)}: {len(missing())} string(s) to translate")
        return 0
    if command == "missing":
        print(json.dumps(missing(), ensure_ascii=False, indent=1))
        return 0
    if command == "apply":
        added = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        translations = read_ts()
        translations.update({k: v for k, v in added.items() if v})
        write_ts(extract(), translations)
        print(f"{TS.relative_to(ROOT)}: {len(missing())} string(s) still to translate")
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
