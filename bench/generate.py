"""A France-scale input made from the embedded Hauts-de-France data.

The 3,789 communes are copied side by side (translated on a grid, with their own department,
commune and EPCI codes) until 35,000 units are reached, and their source tables are copied with
a small multiplicative perturbation, so the distributions stay realistic. Written once under
``bench/cache/`` and reused.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EMBEDDED = ROOT / "resources" / "data" / "hdf"
CACHE = HERE / "cache"
DEPARTMENTS = [f"{d:02d}" for d in range(1, 96) if d != 20]
SOURCE_DEPS = ["02", "59", "60", "62", "80"]
COPY_OFFSET = (230_000.0, 270_000.0)  # metres between copies (the region is ~206 × 250 km)


def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(EMBEDDED / name, dtype=str, keep_default_na=False)


def recode(codes: pd.Series, copy: int) -> pd.Series:
    mapping = {dep: DEPARTMENTS[copy * len(SOURCE_DEPS) + i] for i, dep in enumerate(SOURCE_DEPS)}
    return codes.str[:2].map(mapping) + codes.str[2:]


def recode_epci(codes: pd.Series, copy: int) -> pd.Series:
    return codes.where(codes == "", f"{copy + 1:02d}" + codes.str[2:])


def perturb(values: pd.Series, rng: np.random.Generator, spread: float = 0.05) -> pd.Series:
    numbers = pd.to_numeric(values, errors="coerce")
    noisy = numbers * rng.normal(1.0, spread, size=len(numbers))
    return noisy.round(3).astype(str).where(numbers.notna(), "")


def tables(n_units: int, seed: int = 1) -> dict:
    """Source tables of the France-scale set, as DataFrames of text keyed like the embedded ones."""
    rng = np.random.default_rng(seed)
    copies = -(-n_units // 3789)
    out = {}
    specs = {
        "filosofi_com": ("insee_filosofi_2016_communes_hdf.csv", "CODGEO", ["MED16", "TP6016", "PCHO16", "PPSOC16"]),
        "dfg": ("dfg_mednum_indicateurs_communes_hdf.csv", "CODE_INSEE", ["TX_MENSEUL", "TX_65ETPLUS",
                                                                          "TX_NSCOL15P"]),
        "population": ("insee_populations_legales_2017_communes_hdf.csv", "DEPCOM", ["PMUN"]),
        "arcep": ("arcep_maconnexioninternet_communes_hdf_2019-09.csv", "code_insee", ["nbr", "elig_thd1g"]),
    }
    for table_id, (name, code, columns) in specs.items():
        source = _read(name)
        if table_id == "arcep":  # keep 2019+ codes only: the bench set has no passage table
            source = source[~source[code].isin(_read("cog_passage_2018_2019_hdf.csv")["code_2018"])]
        parts = []
        for copy in range(copies):
            part = source[[code, *columns]].copy()
            part[code] = recode(part[code], copy)
            for column in columns:
                part[column] = perturb(part[column], rng) if column not in ("nbr", "PMUN") else part[column]
            if table_id == "arcep":
                total = pd.to_numeric(part["nbr"], errors="coerce")
                part["elig_thd1g"] = np.minimum(pd.to_numeric(part["elig_thd1g"], errors="coerce"), total).astype(str)
            parts.append(part)
        out[table_id] = pd.concat(parts, ignore_index=True)
    epci = _read("insee_filosofi_2016_epci_hdf.csv")
    out["filosofi_epci"] = pd.concat(
        [epci.assign(CODGEO=recode_epci(epci["CODGEO"], c)) for c in range(copies)], ignore_index=True)
    return out


def binding(folder: Path) -> Path:
    """The embedded binding rewritten for the bench tables (no passage, access times absent)."""
    data = json.loads((EMBEDDED / "binding_hdf_2021.json").read_text(encoding="utf-8"))
    data["label"] = "Bench: France-scale copy of the Hauts-de-France data"
    data.pop("passages", None)
    keep = {"filosofi_com", "filosofi_epci", "dfg", "population", "arcep"}
    data["tables"] = {k: v for k, v in data["tables"].items() if k in keep}
    for table_id, spec in data["tables"].items():
        spec["path"] = f"{table_id}.csv"
        spec.pop("passage", None)
        spec["cog"] = 2021
    for leaf, spec in data["variables"].items():
        if "access" in spec or spec.get("table") not in keep | {None}:
            data["variables"][leaf] = {"status": "absent", "note": "not in the bench set"}
    path = folder / "binding_bench.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def write_tables(folder: Path, n_units: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    codes = {"filosofi_com": "CODGEO", "filosofi_epci": "CODGEO", "dfg": "CODE_INSEE", "population": "DEPCOM",
             "arcep": "code_insee"}
    for table_id, frame in tables(n_units).items():
        frame.to_csv(folder / f"{table_id}.csv", index=False)
        # The .csvt a careful technician writes so that QGIS keeps the codes as text.
        types = ['"String"' if c == codes[table_id] or frame[c].str.match(r"^\D").any() else '"Real"'
                 for c in frame.columns]
        (folder / f"{table_id}.csvt").write_text(",".join(types) + "\n", encoding="utf-8")
    return binding(folder)


def write_layer(folder: Path, n_units: int) -> Path:
    """The units as a GeoPackage (EPSG:2154): copies of the embedded communes on a grid."""
    from osgeo import ogr

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"units_{n_units}.gpkg"
    if target.exists():
        return target
    source = ogr.Open(str(EMBEDDED / "communes_hdf_2021.gpkg"))
    layer = source.GetLayer("communes")
    driver = ogr.GetDriverByName("GPKG")
    partial = target.with_suffix(".partial.gpkg")
    dataset = driver.CreateDataSource(str(partial))
    out = dataset.CreateLayer("units", layer.GetSpatialRef(), ogr.wkbMultiPolygon)
    for name in ("code", "nom", "dep", "epci"):
        out.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    dataset.StartTransaction()
    written = 0
    copy = 0
    while written < n_units:
        dx = (copy % 4) * COPY_OFFSET[0]
        dy = (copy // 4) * COPY_OFFSET[1]
        layer.ResetReading()
        for feature in layer:
            if written >= n_units:
                break
            new = ogr.Feature(out.GetLayerDefn())
            code = feature.GetField("code")
            new.SetField("code", recode(pd.Series([code]), copy).iloc[0])
            new.SetField("nom", feature.GetField("nom"))
            new.SetField("dep", DEPARTMENTS[copy * 5 + SOURCE_DEPS.index(feature.GetField("dep"))])
            new.SetField("epci", recode_epci(pd.Series([feature.GetField("epci")]), copy).iloc[0])
            geometry = feature.GetGeometryRef().Clone()
            _translate(geometry, dx, dy)
            new.SetGeometry(geometry)
            out.CreateFeature(new)
            written += 1
        copy += 1
    dataset.CommitTransaction()
    dataset = None
    partial.rename(target)
    return target


def _translate(geometry, dx: float, dy: float) -> None:
    if geometry.GetGeometryCount() == 0:
        for i in range(geometry.GetPointCount()):
            x, y = geometry.GetX(i), geometry.GetY(i)
            geometry.SetPoint_2D(i, x + dx, y + dy)
        return
    for i in range(geometry.GetGeometryCount()):
        _translate(geometry.GetGeometryRef(i), dx, dy)


def core_inputs(n_units: int, seed: int = 2) -> tuple:
    """Units and in-memory tables of any size for the core-only benchmark (no geometry).

    Beyond ~90,000 units INSEE commune codes run out, so units are keyed by 9-character codes
    (commune code + copy number) at the "iris" level, which the core handles like communes.
    Returns (units frame, {table id: DataFrame of text indexed by code}).
    """
    rng = np.random.default_rng(seed)
    reference = _read("communes_hdf_reference_cog2021_epci.csv")
    copies = -(-n_units // len(reference))
    suffix = np.repeat([f"{c:04d}" for c in range(copies)], len(reference))
    base = np.tile(reference["code_insee"].to_numpy(), copies)
    codes = pd.Series(base, dtype=object) + pd.Series(suffix, dtype=object)
    epci = pd.Series(np.repeat([f"{c:03d}" for c in range(copies)], len(reference)), dtype=object) + \
        pd.Series(np.tile(reference["epci_2021"].str[3:].to_numpy(), copies), dtype=object)
    units = pd.DataFrame({"code": codes, "epci": epci, "dep": pd.Series(base, dtype=object).str[:2]})
    units = units.iloc[:n_units].reset_index(drop=True)
    out = {}
    specs = {"filosofi_com": ("insee_filosofi_2016_communes_hdf.csv", "CODGEO"),
             "dfg": ("dfg_mednum_indicateurs_communes_hdf.csv", "CODE_INSEE"),
             "population": ("insee_populations_legales_2017_communes_hdf.csv", "DEPCOM")}
    for table_id, (name, code) in specs.items():
        source = _read(name).set_index(code).reindex(reference["code_insee"])
        frame = {}
        for column in source.columns:
            numbers = pd.to_numeric(source[column], errors="coerce").to_numpy()
            if np.isnan(numbers).all():
                continue
            tiled = np.tile(numbers, copies) * rng.normal(1.0, 0.05, copies * len(numbers))
            frame[column] = np.round(tiled, 3)
        # Numbers already parsed: the core benchmark starts after reading (timed separately).
        out[table_id] = pd.DataFrame(frame, index=codes.to_numpy()).iloc[:n_units]
    epci_source = _read("insee_filosofi_2016_epci_hdf.csv")
    epci_codes = sorted(set(units["epci"]))
    by_suffix = epci_source.set_index(epci_source["CODGEO"].str[3:])
    suffixes = [c[3:] for c in epci_codes]
    epci_table = by_suffix.reindex(suffixes).drop(columns=["CODGEO", "LIBGEO"])
    epci_table.index = epci_codes
    out["filosofi_epci"] = epci_table.apply(pd.to_numeric, errors="coerce")
    # ARCEP: counts, recomputed so that the eligible premises never exceed the total
    arcep = _read("arcep_maconnexioninternet_communes_hdf_2019-09.csv").set_index("code_insee")
    arcep = arcep.reindex(reference["code_insee"])
    total = np.tile(pd.to_numeric(arcep["nbr"], errors="coerce").to_numpy(), copies)
    share = np.clip(np.tile((pd.to_numeric(arcep["elig_thd1g"], errors="coerce") /
                             pd.to_numeric(arcep["nbr"], errors="coerce")).to_numpy(), copies)
                    + rng.normal(0, 0.05, copies * len(arcep)), 0, 1)
    out["arcep"] = pd.DataFrame({"nbr": total, "elig_thd1g": np.round(total * share)},
                                index=codes.to_numpy()).iloc[:n_units]
    return units, out
