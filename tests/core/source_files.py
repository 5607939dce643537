"""Source files as technicians have them, written by the tests in every format.

The same small INSEE-like table (Aisne code with its leading zero, Corsica 2A/2B, a secret cell,
French numbers with no-break-space thousands and decimal commas) in CSV variants, XLSX and ODS
(written with GDAL's OGR drivers, as no spreadsheet library is required), DBF and GeoPackage.
"""

from __future__ import annotations

from pathlib import Path

NBSP = "\u00a0"
NNBSP = "\u202f"

HEADER = ["CODGEO", "LIBGEO", "P17_POP", "MED17", "TP6017"]
LABELS = ["Code géographique", "Libellé géographique", "Population en 2017",
          "Médiane du revenu disponible par UC", "Taux de pauvreté"]
ROWS = [
    ["02001", "Abbécourt", f"1{NBSP}234", f"19{NBSP}361,5", "s"],
    ["2A004", "Ajaccio", f"70{NBSP}000", f"21{NBSP}000,25", "18,5"],
    ["2B033", "Bastia", f"45{NBSP}715", f"19{NBSP}000", ""],
    ["59350", "Lille", f"232{NBSP}787", f"18{NBSP}000,5", "25,3"],
]
# What every reader must give back (text, stripped) and what the numbers are.
EXPECTED_TEXT = [[c.replace(NNBSP, NBSP) for c in row] for row in ROWS]
EXPECTED_POP = [1234.0, 70000.0, 45715.0, 232787.0]
EXPECTED_MED = [19361.5, 21000.25, 19000.0, 18000.5]
EXPECTED_TP60 = [None, 18.5, None, 25.3]
TITLE = "Base comparateur de territoires – Insee, RP 2017 et Filosofi 2017"
SOURCE = "Source : Insee, recensement de la population 2017 ; Filosofi 2017"


def csv_text(sep: str = ";", title_rows: bool = False, thousands: str = NBSP, quote_numbers: bool = False) -> str:
    def cell(value: str) -> str:
        value = value.replace(NBSP, thousands)
        if quote_numbers and ("," in value or sep in value):
            return f'"{value}"'
        return value

    lines = []
    if title_rows:
        pad = sep * (len(HEADER) - 1)
        lines += [TITLE + pad, SOURCE + pad, pad, sep.join(LABELS)]
    lines.append(sep.join(HEADER))
    lines += [sep.join(cell(c) for c in row) for row in ROWS]
    return "\r\n".join(lines) + "\r\n"


def write_csv(path: Path, encoding: str = "cp1252", **options) -> Path:
    path.write_bytes(csv_text(**options).encode(encoding))
    return path


def _ogr():
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    return ogr


def write_spreadsheet(path: Path, rows: list, sheet: str = "COM", field_names: list = None,
                      integer_columns: tuple = ()) -> Path:
    """An XLSX or ODS file through GDAL; its first row holds ``field_names`` (GDAL always writes one)."""
    ogr = _ogr()
    driver = ogr.GetDriverByName("XLSX" if path.suffix == ".xlsx" else "ODS")
    dataset = driver.CreateDataSource(str(path))
    layer = dataset.CreateLayer(sheet, geom_type=ogr.wkbNone)
    width = max(len(r) for r in rows + [field_names or []])
    names = field_names or [f"column_{i + 1}" for i in range(width)]
    for i, name in enumerate(names):
        kind = ogr.OFTInteger if i in integer_columns else ogr.OFTString
        layer.CreateField(ogr.FieldDefn(name, kind))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(row):
            if value not in (None, ""):
                feature.SetField(i, int(value) if i in integer_columns else value)
        layer.CreateFeature(feature)
    dataset = None
    return path


def write_insee_spreadsheet(path: Path) -> Path:
    """INSEE layout: a title row, a source row, an empty row, labels, codes, then the data."""
    blanks = [" " * i for i in range(1, len(HEADER))]  # GDAL's header row: the title and blank cells
    rows = [[SOURCE], [], LABELS, HEADER] + ROWS
    return write_spreadsheet(path, rows, field_names=[TITLE] + blanks)


def write_numeric_codes_xlsx(path: Path) -> Path:
    """Codes stored as numbers by a spreadsheet: the Aisne's 02001 becomes 2001."""
    rows = [[2001, "Abbécourt", "1234"], [59350, "Lille", "232787"], [60001, "Abancourt", "653"]]
    return write_spreadsheet(path, rows, sheet="Feuil1", field_names=["DEPCOM", "NOM", "PMUN"],
                             integer_columns=(0,))


def write_dbf(path: Path, encoding: str = "UTF-8") -> Path:
    ogr = _ogr()
    driver = ogr.GetDriverByName("ESRI Shapefile")
    dataset = driver.CreateDataSource(str(path))
    layer = dataset.CreateLayer(path.stem, geom_type=ogr.wkbNone, options=[f"ENCODING={encoding}"])
    code = ogr.FieldDefn("INSEE_COM", ogr.OFTInteger)
    layer.CreateField(code)
    layer.CreateField(ogr.FieldDefn("NOM", ogr.OFTString))
    pop = ogr.FieldDefn("POPULATION", ogr.OFTReal)
    pop.SetWidth(12)
    pop.SetPrecision(1)
    layer.CreateField(pop)
    for row in ([2001, "Abbécourt", 1234.0], [59350, "Lille", 232787.0], [80001, "Abbeville", 23000.5]):
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(row):
            feature.SetField(i, value)
        layer.CreateFeature(feature)
    dataset = None
    return path


def write_gpkg_tables(path: Path) -> Path:
    """A GeoPackage with an attribute table and a point layer."""
    from osgeo import osr

    ogr = _ogr()
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    table = dataset.CreateLayer("stats", geom_type=ogr.wkbNone)
    for name, kind in (("code", ogr.OFTString), ("pop", ogr.OFTInteger), ("med", ogr.OFTReal)):
        table.CreateField(ogr.FieldDefn(name, kind))
    for row in (["02001", 1234, 19361.5], ["2A004", 70000, 21000.25]):
        feature = ogr.Feature(table.GetLayerDefn())
        for i, value in enumerate(row):
            feature.SetField(i, value)
        table.CreateFeature(feature)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    points = dataset.CreateLayer("points", srs=srs, geom_type=ogr.wkbPoint)
    points.CreateField(ogr.FieldDefn("code", ogr.OFTString))
    feature = ogr.Feature(points.GetLayerDefn())
    feature.SetField(0, "59350")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (704000 7059000)"))
    points.CreateFeature(feature)
    dataset = None
    return path
