"""Atlas pages on the embedded data: page counts, the numbers printed (read back from the PDF),
rendered pages, the typology when present, editable layouts in a project, and bad input."""

import re
import shutil
import subprocess
from collections import Counter

import pytest
from pypdf import PdfReader
from qgis import processing
from qgis.core import QgsFeedback, QgsProcessingException, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from fragilite_numerique.core import fields as F
from fragilite_numerique.core.errors import CancelledError, DataError
from fragilite_numerique.core.pages import score_rows
from fragilite_numerique.gis import atlas_export as A
from fragilite_numerique.gis.layouts import COMMUNE_LAYOUT, EPCI_LAYOUT, LAYER_GROUP

from conftest import COMMUNES_GPKG, ensure_provider, file_hash
from scored_output import scored_gpkg

ALG = "fragilite_numerique:export_atlas"


@pytest.fixture(scope="module")
def scored(qgis_processing, tmp_path_factory):
    ensure_provider()        # another module may have unloaded the plugin, and the provider with it
    return scored_gpkg(tmp_path_factory)


def open_scored(path) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername=fragilite_numerique", "ifn", "ogr")
    assert layer.isValid()
    return layer


@pytest.fixture(scope="module")
def communes(scored):
    """The scored communes as plain dicts (read by QGIS, not by the code under test)."""
    layer = open_scored(scored)
    names = [f.name() for f in layer.fields()]
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


@pytest.fixture(scope="module")
def small_epci(communes):
    """The EPCI with the fewest communes (ties: smallest code)."""
    counts = Counter(c["epci"] for c in communes)
    return min(counts, key=lambda code: (counts[code], code))


def fr(value, decimals):
    """A number as format_number(…, 'fr') prints it, with plain spaces."""
    return f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",")


def page_texts(path):
    texts = []
    for page in PdfReader(str(path)).pages:
        text = page.extract_text().replace("\u202f", " ").replace("\xa0", " ")
        texts.append(re.sub(r"\s+", " ", text))
    return texts


def mean(values):
    values = [v for v in values if v is not None]
    return sum(values) / len(values)


def run(**params):
    return processing.run(ALG, params)


# --- pages and numbers ---------------------------------------------------------------------------------

def test_epci_atlas_has_one_page_per_epci_and_prints_the_means(scored, communes, tmp_path, hdf_method):
    chosen = {c["epci"]: c["epci_nom"] for c in communes if c["epci_nom"].startswith("CA de la ")}
    output = tmp_path / "atlas.pdf"
    result = run(INPUT=f"{scored}|layername=fragilite_numerique", KIND=0, FILTER="\"epci_nom\" LIKE 'CA de la %'",
                 OUTPUT=str(output))
    texts = page_texts(output)
    assert len(texts) == len(chosen) == result["PAGES"]
    code = sorted(chosen)[0]
    members = [c for c in communes if c["epci"] == code]
    page = next(t for t in texts if f"SIREN {code}" in t)
    assert page.startswith(chosen[code])
    assert f"Communes : {len(members)}" in page
    mean_ifn = fr(mean(c["ifn"] for c in members), 2)
    region_ifn = fr(mean(c["ifn"] for c in communes), 2)
    assert (f"Indice composite (moyenne des communes) : {mean_ifn} Territoire de référence "
            f"(moyenne des communes) : {region_ifn}") in page
    for label, field in score_rows(hdf_method):
        expected = f"{label} {fr(mean(c[field] for c in members), 2)} {fr(mean(c[field] for c in communes), 2)}"
        assert expected in page, expected
    pauv = f"Taux de pauvreté monétaire 2016 {fr(mean(c['v_pauv'] for c in members), 1)} % "
    assert pauv in page
    assert "Part des zones blanches (data + voix) – absente absente" in page
    assert "Sources : " in page and "Variables absentes : " in page and "Hauts-de-France 2021" in page
    assert "Typologie" not in page                 # the layer has no typology: no line, no empty box


def test_commune_fiches_one_pdf_per_commune_with_values_ranks_flags(scored, communes, small_epci, tmp_path,
                                                                    hdf_method):
    members = sorted((c for c in communes if c["epci"] == small_epci), key=lambda c: c["code"])
    result = run(INPUT=f"{scored}|layername=fragilite_numerique", KIND=1, MODE=1,
                 FILTER=f"\"epci\" = '{small_epci}'", OUTPUT=str(tmp_path / "fiche.pdf"))
    files = sorted(tmp_path.glob("fiche_*.pdf"))
    assert [f.name for f in files] == [f"fiche_{c['code']}.pdf" for c in members]
    assert result["PAGES"] == len(members) and result["FILES"].count(";") == len(members) - 1
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]
    commune = members[0]
    (page,) = page_texts(tmp_path / f"fiche_{commune['code']}.pdf")
    assert page.startswith(f"{commune['nom']} ({commune['code']}) {commune['epci_nom']} – département "
                           f"{commune['dep']}")
    assert f"Indice composite : {fr(commune['ifn'], 2)} Territoire de référence (moyenne des communes) : " in page
    assert f"Rang : {fr(commune['ifn_rang'], 0)} sur {fr(len(communes), 0)} communes" in page
    assert f"décile {commune['ifn_dec']}" in page
    for label, field in score_rows(hdf_method):
        expected = f"{label} {fr(commune[field], 2)} {fr(mean(c[field] for c in communes), 2)}"
        assert expected in page, expected
    origin = {"obs": "observée", "epci_t": "valeur de l'EPCI (table)", "epci_a": "valeur de l'EPCI (agrégat)",
              "dep_a": "valeur du département (agrégat)", "ref_a": "valeur du territoire de référence (agrégat)"}
    line = (f"Taux de pauvreté monétaire 2016 {fr(commune['v_pauv'], 1)} % {origin[commune['i_pauv']]} "
            f"{fr(commune['n_pauv'], 2)} {fr(commune['c_pauv'], 3)}")
    assert line in page
    assert f"Revenu disponible des ménages 2016 {fr(commune['v_revmed'], 0)} € " in page
    assert "Part des NEET parmi les 15-29 ans – absente – – –" in page


def test_rendered_pages_are_not_blank(scored, communes, small_epci, tmp_path):
    code = min(c["code"] for c in communes if c["epci"] == small_epci)
    run(INPUT=f"{scored}|layername=fragilite_numerique", KIND=1, MODE=2, FILTER=f"\"code\" = '{code}'",
        OUTPUT=str(tmp_path / "fiche.pdf"))
    pngs = [tmp_path / f"fiche_{code}.png"]
    run(INPUT=f"{scored}|layername=fragilite_numerique", KIND=0, MODE=0, FILTER=f"\"epci\" = '{small_epci}'",
        OUTPUT=str(tmp_path / "epci.pdf"))
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", str(tmp_path / "epci.pdf"), str(tmp_path / "epci")],
                       check=True)
        pngs += sorted(tmp_path.glob("epci-*.png"))
    assert len(pngs) >= 1
    for png in pngs:
        image = QImage(str(png))
        assert not image.isNull(), png
        step = max(image.width() // 120, 1)
        colours = Counter(image.pixel(x, y) for x in range(0, image.width(), step)
                          for y in range(0, image.height(), step))
        inked = 1 - colours.most_common(1)[0][1] / sum(colours.values())
        assert inked > 0.15, f"{png.name}: only {inked:.0%} of the page is inked"
        assert len(colours) > 20, png.name


# --- typology, EPCI layer, project ---------------------------------------------------------------------

def copy_with_fields(source, target, values: dict) -> None:
    """A copy of the scored GeoPackage with extra text fields (code → value per field)."""
    from osgeo import ogr

    shutil.copy(source, target)
    dataset = ogr.Open(str(target), update=1)
    layer = dataset.GetLayerByName("fragilite_numerique")
    for name in values:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    codes = sorted({code for by_code in values.values() for code in by_code})
    layer.SetAttributeFilter("code IN ({})".format(", ".join(f"'{c}'" for c in codes)))
    dataset.StartTransaction()
    for feature in layer:
        for name, by_code in values.items():
            if feature.GetField("code") in by_code:
                feature.SetField(name, by_code[feature.GetField("code")])
        layer.SetFeature(feature)
    dataset.CommitTransaction()
    dataset = None


def test_typology_is_shown_when_the_layer_has_it(scored, communes, small_epci, tmp_path):
    members = sorted(c["code"] for c in communes if c["epci"] == small_epci)
    labels = {code: ("cumul des enjeux" if i % 3 else "enjeux de médiation") for i, code in enumerate(members)}
    typed = tmp_path / "typed.gpkg"
    copy_with_fields(scored, typed, {F.POLICY_2X2: dict.fromkeys(labels, "1"), F.POLICY_2X2_LABEL: labels})
    uri = f"{typed}|layername=fragilite_numerique"
    run(INPUT=uri, KIND=1, FILTER=f"\"code\" = '{members[0]}'", OUTPUT=str(tmp_path / "fiche.pdf"))
    assert f"Typologie : {labels[members[0]]} " in page_texts(tmp_path / "fiche.pdf")[0]
    run(INPUT=uri, KIND=0, FILTER=f"\"epci\" = '{small_epci}'", OUTPUT=str(tmp_path / "epci.pdf"))
    counts = Counter(labels.values())
    expected = " ; ".join(f"{n} {label}" for label, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    assert f"Typologie des communes : {expected}" in page_texts(tmp_path / "epci.pdf")[0]


def test_an_epci_layer_gives_its_own_values(scored, communes, small_epci, tmp_path):
    layer = open_scored(scored)
    pages = A.epci_pages_from_communes(A.read_scored_layer(layer, "code", "nom"), path=str(tmp_path / "epci.gpkg"))
    from osgeo import ogr

    dataset = ogr.Open(str(tmp_path / "epci.gpkg"), update=1)
    table = dataset.GetLayerByName("epci_moyennes_communes")
    for feature in table:
        if feature.GetField("epci") == small_epci:
            feature.SetField("ifn", 0.777)
            table.SetFeature(feature)
    dataset = None
    del pages
    epci_layer = QgsVectorLayer(f"{tmp_path / 'epci.gpkg'}|layername=epci_moyennes_communes", "epci", "ogr")
    outcome = A.export_atlas(A.AtlasRequest(layer=layer, kind="epci", output=str(tmp_path / "a.pdf"),
                                            filter_expression=f"\"epci\" = '{small_epci}'", epci_layer=epci_layer,
                                            epci_layer_code="epci", epci_layer_name="epci_nom"))
    assert outcome.pages == 1
    page = page_texts(tmp_path / "a.pdf")[0]
    assert "Indice composite : 0,78 Territoire de référence (moyenne des EPCI) : " in page
    assert "moyenne des communes" not in page


def test_layouts_added_to_a_project_survive_saving(scored, tmp_path):
    project = QgsProject()
    layer = open_scored(scored)
    project.addMapLayer(layer)
    layouts = A.add_atlas_layouts(project, layer, coverage_path=str(tmp_path / "pages.gpkg"))
    assert [lay.name() for lay in layouts] == [EPCI_LAYOUT, COMMUNE_LAYOUT]
    with pytest.raises(DataError, match="already exists"):
        A.add_atlas_layouts(project, layer, coverage_path=str(tmp_path / "pages.gpkg"))
    assert len(project.layoutManager().printLayouts()) == 2      # a failure keeps the previous layouts
    A.add_atlas_layouts(project, layer, coverage_path=str(tmp_path / "pages.gpkg"), overwrite=True)   # replaced
    assert len(project.layoutManager().printLayouts()) == 2
    assert len(project.layerTreeRoot().findGroup(LAYER_GROUP).findLayers()) == 8
    assert project.write(str(tmp_path / "p.qgz"))
    reopened = QgsProject()
    assert reopened.read(str(tmp_path / "p.qgz"))
    epci = reopened.layoutManager().layoutByName(EPCI_LAYOUT)
    fiche = reopened.layoutManager().layoutByName(COMMUNE_LAYOUT)
    assert epci.atlas().enabled() and epci.atlas().coverageLayer().isValid()
    assert epci.atlas().updateFeatures() == 92
    assert fiche.atlas().updateFeatures() == 3789
    assert epci.itemById("carte").layers() and epci.itemById("localisation").layers()
    outcome = A.export_layout(epci, str(tmp_path / "edited.pdf"), filter_expression="\"epci\" = '200071785'")
    assert outcome.pages == 1 and len(PdfReader(str(tmp_path / "edited.pdf")).pages) == 1


# --- bad input -----------------------------------------------------------------------------------------

def test_empty_filter_result_writes_nothing(scored, tmp_path):
    with pytest.raises(QgsProcessingException, match="selects no page"):
        run(INPUT=f"{scored}|layername=fragilite_numerique", KIND=1, FILTER="\"epci\" = 'nowhere'",
            OUTPUT=str(tmp_path / "x.pdf"))
    assert list(tmp_path.iterdir()) == []


def test_invalid_filter_is_named(scored, tmp_path):
    with pytest.raises(QgsProcessingException, match="is not valid"):
        run(INPUT=f"{scored}|layername=fragilite_numerique", KIND=1, FILTER="\"epci\" = = 1",
            OUTPUT=str(tmp_path / "x.pdf"))
    assert list(tmp_path.iterdir()) == []


def test_layer_without_index_fields(tmp_path, qgis_processing):
    ensure_provider()
    with pytest.raises(QgsProcessingException, match=r"no index field ifn, ifn_ax1"):
        run(INPUT=f"{COMMUNES_GPKG}|layername=communes", KIND=0, OUTPUT=str(tmp_path / "x.pdf"))
    assert list(tmp_path.iterdir()) == []


def test_output_folder_missing_or_not_writable(scored, tmp_path):
    layer = open_scored(scored)
    with pytest.raises(DataError, match="does not exist"):
        A.export_atlas(A.AtlasRequest(layer=layer, kind="commune", output=str(tmp_path / "no" / "x.pdf")))
    # /proc refuses new files even to root (tests often run as root, for whom chmod changes nothing).
    for mode in A.MODES:
        with pytest.raises(DataError, match="is not writable"):
            A.export_atlas(A.AtlasRequest(layer=layer, kind="commune", output="/proc/x.pdf", mode=mode,
                                          filter_expression="\"code\" = '02014'"))
    assert list(tmp_path.iterdir()) == []


def test_existing_files_follow_the_overwrite_policy(scored, small_epci, tmp_path):
    uri = f"{scored}|layername=fragilite_numerique"
    target = tmp_path / "atlas.pdf"
    target.write_bytes(b"not a pdf")
    before = file_hash(target)
    with pytest.raises(QgsProcessingException, match="already exists"):
        run(INPUT=uri, KIND=0, FILTER=f"\"epci\" = '{small_epci}'", OUTPUT=str(target))
    assert file_hash(target) == before
    run(INPUT=uri, KIND=0, FILTER=f"\"epci\" = '{small_epci}'", OUTPUT=str(target), EXISTING=1)
    assert len(PdfReader(str(target)).pages) == 1
    # One file per page: one existing file stops the whole export, and nothing else is written.
    run(INPUT=uri, KIND=1, MODE=1, FILTER=f"\"epci\" = '{small_epci}'", OUTPUT=str(tmp_path / "f.pdf"))
    written = sorted(tmp_path.glob("f_*.pdf"))
    written[0].write_bytes(b"kept")
    written[1].unlink()
    with pytest.raises(QgsProcessingException, match="already exist"):
        run(INPUT=uri, KIND=1, MODE=1, FILTER=f"\"epci\" = '{small_epci}'", OUTPUT=str(tmp_path / "f.pdf"))
    assert written[0].read_bytes() == b"kept" and not written[1].exists()
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_cancelled_export_leaves_nothing(scored, small_epci, tmp_path):
    feedback = QgsFeedback()
    feedback.cancel()
    layer = open_scored(scored)
    for mode in ("pdf", "pdfs"):
        with pytest.raises(CancelledError):
            A.export_atlas(A.AtlasRequest(layer=layer, kind="commune", output=str(tmp_path / "x.pdf"), mode=mode,
                                          filter_expression=f"\"epci\" = '{small_epci}'"), feedback)
    assert list(tmp_path.iterdir()) == []


def test_template_without_main_map(scored, tmp_path):
    template = tmp_path / "t.qpt"
    template.write_text("<Layout name=\"x\"><PageCollection/></Layout>", encoding="utf-8")
    with pytest.raises(DataError, match="no map item with the id 'carte'"):
        A.export_atlas(A.AtlasRequest(layer=open_scored(scored), kind="commune", output=str(tmp_path / "x.pdf"),
                                      template=str(template)))
    (tmp_path / "bad.qpt").write_text("not xml", encoding="utf-8")
    with pytest.raises(DataError, match="is not a QGIS layout template"):
        A.export_atlas(A.AtlasRequest(layer=open_scored(scored), kind="commune", output=str(tmp_path / "y.pdf"),
                                      template=str(tmp_path / "bad.qpt")))
