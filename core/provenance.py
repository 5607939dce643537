"""What is stored with every output: method, parameters, sources, proxies, absents, version, date."""

from __future__ import annotations

import datetime as _dt
import json
from typing import Optional

from .fields import describe_fields
from .pipeline import IndexResult

METADATA_TABLE = "ifn_metadata"


def provenance(result: IndexResult, parameters: dict, plugin_version: str,
               when: Optional[_dt.datetime] = None) -> dict:
    when = when or _dt.datetime.now().astimezone()
    report = result.report
    binding = result.binding
    sources = []
    for table in report.tables:
        spec = binding.tables.get(table["table"])
        sources.append({"table": table["table"], "file": table["path"].split("/")[-1], "source": spec.source if spec
                        else "", "year": spec.year if spec else None, "cog": spec.cog if spec else None,
                        "licence": spec.licence if spec else "", "rows": table["rows"]})
    return {
        "plugin": "Fragilité numérique",
        "plugin_version": plugin_version,
        "date": when.isoformat(timespec="seconds"),
        "method_id": result.method.id,
        "method_label": result.method.label,
        "method": result.method.to_dict(),
        "binding_label": binding.label,
        "binding": binding.to_dict(),
        "parameters": parameters,
        "sources": sources,
        "proxies": [{"variable": v.id, "label": v.label, "source": v.source, "note": v.note} for v in report.proxies],
        "absents": [{"variable": v.id, "label": v.label, "note": v.note} for v in report.absents],
        "harmonisation": harmonisation(report.tables),
        "report": report.to_dict(),
        "fields": describe_fields(result.method),
    }


def harmonisation(tables: list) -> list:
    """Tables whose rows were moved or merged: passage tables, sums, population-weighted values."""
    out = []
    for t in tables:
        aggregated = t.get("aggregated") or {}
        if not (t.get("remapped_codes") or t.get("merged_rows") or aggregated):
            continue
        out.append({"table": t["table"], "passage": (t.get("passage") or {}).get("file"),
                    "remapped_codes": t.get("remapped_codes", 0), "merged_rows": t.get("merged_rows", 0),
                    "aggregated_to": aggregated.get("to"), "summed": [c for c, r in (t.get("merge_rules") or {}).items()
                                                                      if r == "sum"],
                    "population_weighted": list(t.get("non_additive_columns") or []), "weight": t.get("weight", "")})
    return out


def metadata_rows(record: dict) -> list:
    """Key/value rows for the metadata table; structured values as JSON text."""
    rows = []
    for key, value in record.items():
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
        rows.append((key, text))
    return rows


def abstract_text(record: dict) -> str:
    """A French summary for the layer metadata (QGIS layer properties → Metadata)."""
    lines = [f"Indice de fragilité numérique, méthode « {record['method_label']} » ({record['method_id']}).",
             f"Données : {record['binding_label']}.",
             f"Calculé le {record['date']} avec le plugin Fragilité numérique {record['plugin_version']}."]
    if record["proxies"]:
        lines.append("Variables approchées (proxy) : " + "; ".join(
            f"{p['label']} ← {p['source']}" for p in record["proxies"]) + ".")
    if record["absents"]:
        lines.append("Variables absentes : " + "; ".join(a["label"] for a in record["absents"]) + ".")
    for h in record.get("harmonisation", []):
        moved = f"{h['remapped_codes']} codes passés au millésime de la couche, " if h["remapped_codes"] else ""
        level = f"agrégée au niveau {h['aggregated_to']}, " if h["aggregated_to"] else ""
        weighted = (f"moyenne pondérée par la population pour {', '.join(h['population_weighted'])}"
                    if h["population_weighted"] else "aucune valeur non additive")
        lines.append(f"Table {h['table']} : {moved}{level}effectifs sommés, {weighted}.")
    lines.append("Sources : " + "; ".join(
        f"{s['source'] or s['file']} ({s['year']})" if s["year"] else (s["source"] or s["file"])
        for s in record["sources"]) + ".")
    return "\n".join(lines)
