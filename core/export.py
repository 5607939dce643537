"""Tables for spreadsheets: CSV as French Excel and LibreOffice expect it, XLSX, and the metadata
that goes with them (method, parameters, sources and years, proxies, absents, versions, dates).

Writers take the final path; callers make the write atomic (gis.layer_io.atomic_output).
openpyxl and GDAL are imported where used: user installs may lack openpyxl (QGIS for Windows
since 3.28), and XLSX then goes through GDAL's own writer.
"""

from __future__ import annotations

import json
from typing import Optional

import pandas as pd

from .errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N

CSV_SEPARATOR = ";"
CSV_DECIMAL = ","
CSV_ENCODING = "utf-8-sig"           # the BOM tells Excel the file is UTF-8
METADATA_SHEET = "Métadonnées"
DATA_SHEET = "Données"
METADATA_COLUMNS = ("rubrique", "élément", "valeur")
XLSX_ENGINES = ("openpyxl", "gdal")


def typed_frame(frame: pd.DataFrame, kinds: dict) -> pd.DataFrame:
    """Columns with the types a spreadsheet should see: 'double' → float, 'int' → nullable integer,
    anything else → text (codes keep their leading zeros)."""
    out = pd.DataFrame(index=frame.index)
    for column in frame.columns:
        kind = kinds.get(column, "text")
        values = frame[column]
        if kind == "double":
            out[column] = pd.to_numeric(values, errors="coerce").astype(float)
        elif kind == "int":
            out[column] = pd.to_numeric(values, errors="coerce").round().astype("Int64")
        else:
            out[column] = values.map(lambda v: None if v is None or (isinstance(v, float) and v != v) else str(v))
    return out


def write_french_csv(frame: pd.DataFrame, path: str) -> None:
    """';' separated, decimal comma, UTF-8 with BOM, empty cells for missing values."""
    frame.to_csv(path, sep=CSV_SEPARATOR, decimal=CSV_DECIMAL, encoding=CSV_ENCODING, index=False, na_rep="")


def metadata_sidecar(path: str) -> str:
    """Where the metadata of a CSV export goes: ``<name>_metadonnees.csv`` next to it."""
    stem, dot, _suffix = str(path).rpartition(".")
    return f"{stem if dot else path}_metadonnees.csv"


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _method_rows(method: dict) -> list:
    rows = [("Méthode", "identifiant", method.get("id")), ("Méthode", "libellé", method.get("label")),
            ("Méthode", "description", method.get("description")), ("Méthode", "référence", method.get("reference"))]
    norm = method.get("normalisation") or {}
    rows.append(("Méthode", "normalisation", norm.get("method")))
    missing = method.get("missing") or {}
    rows.append(("Méthode", "valeurs manquantes", missing.get("rule")))
    for axis in method.get("axes", []):
        variables = ", ".join(v.get("id", "") for v in axis.get("variables", []))
        rows.append(("Méthode", f"axe {axis.get('id')}",
                     f"{axis.get('label')} – poids {axis.get('weight')} – variables : {variables}"))
    return rows


def metadata_frame(record: dict, export: dict) -> pd.DataFrame:
    """The metadata of an export as rows (rubrique, élément, valeur).

    ``record`` is the provenance stored with the scored layer (core.provenance; {} if unknown);
    ``export`` describes this export (date, layer, filter, rows, plugin version)."""
    rows = [("Export", key, value) for key, value in export.items()]
    if not record:
        rows.append(("Calcul", "provenance", "la couche n'a pas de table ifn_metadata : méthode, paramètres et "
                                             "sources inconnus"))
    else:
        rows += [("Calcul", "plugin", f"{record.get('plugin', '')} {record.get('plugin_version', '')}".strip()),
                 ("Calcul", "date du calcul", record.get("date")),
                 ("Calcul", "données", record.get("binding_label"))]
        rows += _method_rows(record.get("method") or {})
        rows += [("Paramètres", key, value) for key, value in (record.get("parameters") or {}).items()
                 if value not in (None, "", {})]
        for source in record.get("sources", []):
            detail = [f"année {source['year']}" if source.get("year") else "année inconnue"]
            detail += [f"COG {source['cog']}" if source.get("cog") else "", source.get("licence") or "",
                       source.get("file") or ""]
            rows.append(("Sources", source.get("source") or source.get("table"), " ; ".join(d for d in detail if d)))
        for proxy in record.get("proxies", []):
            rows.append(("Variables approchées", f"{proxy['variable']} – {proxy.get('label', '')}",
                         f"{proxy.get('source', '')} : {proxy.get('note', '')}"))
        for absent in record.get("absents", []):
            rows.append(("Variables absentes", f"{absent['variable']} – {absent.get('label', '')}",
                         absent.get("note", "")))
        rows += [("Champs", name, text) for name, text in (record.get("fields") or {}).items()]
    return pd.DataFrame([(a, b, _text(c)) for a, b, c in rows], columns=list(METADATA_COLUMNS))


def xlsx_engine(preferred: Optional[str] = None) -> str:
    """'openpyxl' when it can be imported, else 'gdal'; ``preferred`` forces one."""
    if preferred:
        if preferred not in XLSX_ENGINES:
            raise ValueError(preferred)
        return preferred
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return "gdal"
    return "openpyxl"


def write_xlsx(sheets: dict, path: str, engine: Optional[str] = None) -> None:
    """One sheet per (name → DataFrame), in order; text columns stay text cells."""
    if xlsx_engine(engine) == "openpyxl":
        _write_xlsx_openpyxl(sheets, path)
        return
    _write_xlsx_gdal(sheets, path)


def _write_xlsx_openpyxl(sheets: dict, path: str) -> None:
    """Row by row in openpyxl's write-only mode (twice as fast as pandas' cell-by-cell writer)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for name, frame in sheets.items():
        sheet = book.create_sheet(name[:31])
        header = []
        for column in frame.columns:
            cell = WriteOnlyCell(sheet, value=str(column))
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        values = frame.astype(object).where(frame.notna(), None)
        for row in values.itertuples(index=False, name=None):
            sheet.append(row)
    book.save(path)


def _ogr_type(series: pd.Series, ogr):
    if pd.api.types.is_float_dtype(series.dtype):
        return ogr.OFTReal
    if pd.api.types.is_integer_dtype(series.dtype):
        return ogr.OFTInteger64
    return ogr.OFTString


def _write_xlsx_gdal(sheets: dict, path: str) -> None:
    from osgeo import ogr

    driver = ogr.GetDriverByName("XLSX")
    if driver is None:
        raise DataError(_N(CONTEXT, "Cannot write {file}: neither openpyxl nor GDAL's XLSX driver is available; "
                                    "export as CSV instead."), file=path)
    dataset = driver.CreateDataSource(path)
    if dataset is None:
        raise DataError(_N(CONTEXT, "Cannot create {file}: {reason}."), file=path, reason=ogr.GetLastErrorMsg())
    try:
        for name, frame in sheets.items():
            layer = dataset.CreateLayer(name[:31], geom_type=ogr.wkbNone)
            kinds = [_ogr_type(frame[c], ogr) for c in frame.columns]
            for column, kind in zip(frame.columns, kinds):
                layer.CreateField(ogr.FieldDefn(str(column), kind))
            definition = layer.GetLayerDefn()
            for row in frame.itertuples(index=False):
                feature = ogr.Feature(definition)
                for i, (value, kind) in enumerate(zip(row, kinds)):
                    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
                        continue
                    feature.SetField(i, float(value) if kind == ogr.OFTReal else
                                     int(value) if kind == ogr.OFTInteger64 else str(value))
                layer.CreateFeature(feature)
    finally:
        dataset = None
