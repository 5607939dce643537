"""Developer tool: rebuild resources/data/hdf/communes_hdf_2021.gpkg from the shared open data.

Not used at run or test time: the plugin ships the result. Usage:
    python3 tools/build_embedded_data.py ../shared/data/raw
Source: communes_hdf_cog2021_france-geojson-dissolved.geojson (france-geojson, IGN Admin Express 2018
simplified, 19 absorbed communes dissolved into their 2019 commune) and the EPCI names of
communes_hdf_reference_cog2021_epci.csv (@etalab/decoupage-administratif 1.1.1).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from osgeo import ogr, osr

TARGET = Path(__file__).resolve().parents[1] / "resources" / "data" / "hdf" / "communes_hdf_2021.gpkg"


def main(raw: Path) -> None:
    with open(raw / "communes_hdf_reference_cog2021_epci.csv", encoding="utf-8") as handle:
        reference = {row["code_insee"]: row for row in csv.DictReader(handle)}
    source = json.loads((raw / "communes_hdf_cog2021_france-geojson-dissolved.geojson").read_text("utf-8"))
    if TARGET.exists():
        TARGET.unlink()
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lambert = osr.SpatialReference()
    lambert.ImportFromEPSG(2154)
    transform = osr.CoordinateTransformation(wgs84, lambert)
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(str(TARGET))
    layer = dataset.CreateLayer("communes", lambert, ogr.wkbMultiPolygon, ["SPATIAL_INDEX=YES"])
    for name, width in (("code", 5), ("nom", 80), ("dep", 3), ("epci", 9), ("epci_nom", 120)):
        definition = ogr.FieldDefn(name, ogr.OFTString)
        definition.SetWidth(width)
        layer.CreateField(definition)
    layer.CreateField(ogr.FieldDefn("nb_com2018", ogr.OFTInteger))
    dataset.StartTransaction()
    for item in sorted(source["features"], key=lambda f: f["properties"]["code"]):
        props = item["properties"]
        geometry = ogr.CreateGeometryFromJson(json.dumps(item["geometry"]))
        geometry.Transform(transform)
        if not geometry.IsValid():
            geometry = geometry.MakeValid()
        geometry = ogr.ForceToMultiPolygon(geometry)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("code", props["code"])
        feature.SetField("nom", reference[props["code"]]["nom"])
        feature.SetField("dep", props["dep"])
        feature.SetField("epci", props["epci"])
        feature.SetField("epci_nom", reference[props["code"]]["epci_2021_nom"])
        feature.SetField("nb_com2018", int(props.get("nb_communes_2018") or 1))
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None
    print(f"{TARGET}: {len(source['features'])} communes")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/raw"))
