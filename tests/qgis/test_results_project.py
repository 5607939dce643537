"""The results project as `make demo` builds it (gis.project): outputs in named groups with their
stored styles and map themes, the map and atlas layouts, metadata, Lambert-93, relative paths.

Built small (the communes of the Somme), saved, moved to another folder and opened again, as a
user who receives the output folder would.
"""

import shutil
from pathlib import Path

import pytest
from qgis import processing
from qgis.core import QgsLayerTreeGroup, QgsLayoutExporter, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

from fragilite_numerique.gis.layouts import COMMUNE_LAYOUT, EPCI_LAYOUT, LAYER_GROUP

from conftest import ensure_provider
from somme_outputs import somme_outputs

MAIN = "Indice de fragilité numérique – Somme"
OTHERS = "Temps d'accès"
INDEX, TYPOLOGIES, EPCI, ACCESS = ("Communes – indice", "Communes – typologies", "EPCI – indice",
                                   "Communes – temps d'accès (min)")
TITLE = "Indice de fragilité numérique – Somme"


def uri(path: Path, layer: str = "fragilite_numerique") -> str:
    return f"{path}|layername={layer}"


@pytest.fixture(scope="module")
def built(tmp_path_factory, qgis_processing):
    """The project written in one folder, then the folder moved elsewhere: (moved .qgz, expectations)."""
    from fragilite_numerique.core.method import method_from_dict
    from fragilite_numerique.gis.atlas_export import add_atlas_layouts
    from fragilite_numerique.gis.indicator_maps import export_indicator_maps
    from fragilite_numerique.gis.project import (OutputLayer, add_outputs, describe_project, map_sources,
                                                 save_project)
    from fragilite_numerique.gis.scoring import read_provenance
    from fragilite_numerique.gis.styles import indicator_specs, typology_specs

    ensure_provider()
    _folder, communes, epci = somme_outputs(tmp_path_factory)
    out = Path(tmp_path_factory.mktemp("results"))
    common = {"INPUT": communes, "CODE_FIELD": "code", "EPCI_FIELD": "epci", "DEP_FIELD": "dep"}
    processing.run("fragilite_numerique:compute_index", dict(common, OUTPUT=str(out / "ifn.gpkg")))
    processing.run("fragilite_numerique:policy_typology", {"INPUT": uri(out / "ifn.gpkg"),
                                                           "OUTPUT": str(out / "typologies.gpkg")})
    processing.run("fragilite_numerique:compute_index", {"INPUT": epci, "CODE_FIELD": "code", "DEP_FIELD": "dep",
                                                         "UNIT_LEVEL": 1, "OUTPUT": str(out / "ifn_epci.gpkg")})
    processing.run("fragilite_numerique:access_times", {"INPUT": communes, "CODE_FIELD": "code",
                                                        "OUTPUT": str(out / "temps.gpkg")})
    record = read_provenance(str(out / "ifn.gpkg"))
    method = method_from_dict(record["method"])
    index_fields = [f.name() for f in QgsVectorLayer(uri(out / "ifn.gpkg"), "i", "ogr").fields()]
    typology_fields = [f.name() for f in QgsVectorLayer(uri(out / "typologies.gpkg"), "t", "ogr").fields()]
    indicators = [s.name for s in indicator_specs(method, index_fields)]
    typologies = [s.name for s in typology_specs(typology_fields)]
    project = QgsProject()
    layers = add_outputs(project, [
        OutputLayer(uri(out / "ifn.gpkg"), INDEX, MAIN, visible=True, themes=indicators, style=indicators[0]),
        OutputLayer(uri(out / "typologies.gpkg"), TYPOLOGIES, MAIN, themes=typologies, style=typologies[0]),
        OutputLayer(uri(out / "ifn_epci.gpkg"), EPCI, MAIN),
        OutputLayer(uri(out / "temps.gpkg", "temps_acces"), ACCESS, OTHERS)])
    composite = indicator_specs(method, index_fields)[:1]
    export_indicator_maps(project, layers[INDEX], composite, method, out, "Communes de la Somme", map_sources(record))
    add_atlas_layouts(project, layers[TYPOLOGIES], epci_layer=layers[EPCI])
    describe_project(project, TITLE, record, layers[INDEX].extent(), layers[INDEX].crs())
    save_project(project, str(out / "projet.qgz"))
    n_epci = QgsVectorLayer(uri(out / "ifn_epci.gpkg"), "e", "ogr").featureCount()
    n_communes = layers[INDEX].featureCount()
    project.clear()
    moved = Path(tmp_path_factory.mktemp("received")) / "resultats"
    shutil.copytree(out, moved)
    shutil.rmtree(out)
    return moved / "projet.qgz", {"indicators": indicators, "typologies": typologies, "epci": n_epci,
                                  "communes": n_communes, "map": composite[0].title}


@pytest.fixture(scope="module")
def opened(built):
    path, expected = built
    project = QgsProject()
    assert project.read(str(path)), project.error()
    yield project, path, expected
    project.clear()


def layer(project: QgsProject, name: str) -> QgsVectorLayer:
    found = project.mapLayersByName(name)
    assert len(found) == 1, name
    return found[0]


def test_groups_and_layers_in_order_every_layer_opens_from_the_moved_folder(opened):
    project, path, _expected = opened
    root = project.layerTreeRoot()
    groups = [node for node in root.children() if isinstance(node, QgsLayerTreeGroup)]
    assert [g.name() for g in groups] == [MAIN, OTHERS, LAYER_GROUP]
    assert [n.name() for n in groups[0].findLayers()] == [INDEX, TYPOLOGIES, EPCI]
    for lyr in project.mapLayers().values():
        assert lyr.isValid(), lyr.name()
        assert Path(lyr.source().split("|")[0]).parent == path.parent, lyr.source()
    visible = [node.name() for node in root.findLayers() if node.isVisible()]
    assert visible == [INDEX]
    assert not groups[2].isVisible() and not groups[1].isExpanded() and groups[0].isExpanded()
    assert b">./ifn.gpkg|layername=fragilite_numerique<" in _qgs(path)      # saved relative to the project


def _qgs(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read(next(n for n in archive.namelist() if n.endswith(".qgs")))


def test_styles_and_themes(opened):
    project, _path, expected = opened
    index, typologies = layer(project, INDEX), layer(project, TYPOLOGIES)
    assert set(expected["indicators"]) <= set(index.styleManager().styles())
    assert index.styleManager().currentStyle() == expected["indicators"][0]
    assert typologies.styleManager().currentStyle() == expected["typologies"][0]
    access = layer(project, ACCESS)
    assert access.renderer().type() == "RuleRenderer" and len(access.styleManager().styles()) >= 6
    themes = project.mapThemeCollection()
    assert set(themes.mapThemes()) == set(expected["indicators"]) | set(expected["typologies"])
    for name in expected["indicators"]:
        records = themes.mapThemeState(name).layerRecords()
        assert [(r.layer().name(), r.currentStyle) for r in records] == [(INDEX, name)]
    records = themes.mapThemeState(expected["typologies"][1]).layerRecords()
    assert [(r.layer().name(), r.currentStyle) for r in records] == [(TYPOLOGIES, expected["typologies"][1])]


def test_metadata_crs_and_view(opened):
    project, _path, _expected = opened
    assert project.crs().authid() == "EPSG:2154"
    assert project.title() == TITLE
    metadata = project.metadata()
    assert metadata.author() == "Plugin Fragilité numérique" and metadata.language() == "fra"
    assert "Sources :" in metadata.abstract() and "INSEE" in metadata.abstract()
    view = project.viewSettings().defaultViewExtent()
    assert not view.isNull() and view.contains(layer(project, INDEX).extent())


def test_layouts_present_and_the_atlas_pages_render(opened, tmp_path):
    project, _path, expected = opened
    manager = project.layoutManager()
    assert {layout.name() for layout in manager.layouts()} == {expected["map"], EPCI_LAYOUT, COMMUNE_LAYOUT}
    epci_atlas, fiche = manager.layoutByName(EPCI_LAYOUT), manager.layoutByName(COMMUNE_LAYOUT)
    assert epci_atlas.atlas().coverageLayer().source().split("|")[0].endswith("ifn_epci.gpkg")
    assert epci_atlas.atlas().updateFeatures() == expected["epci"]
    assert fiche.atlas().updateFeatures() == expected["communes"]
    atlas = epci_atlas.atlas()
    atlas.beginRender()
    atlas.seekTo(0)
    png = tmp_path / "page.png"
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 40
    assert QgsLayoutExporter(epci_atlas).exportToImage(str(png), settings) == QgsLayoutExporter.Success
    atlas.endRender()
    image = QImage(str(png))
    coloured = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
                   if QColor(image.pixel(x, y)).saturation() > 60)
    assert coloured > 200          # the communes coloured by the composite, the bars of the chart
