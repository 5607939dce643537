"""Atlas audit (issue 7): the shipped templates hold every item the pages need; EPCI pages made from
an EPCI-level layer still show their communes' typology; the date line is printed."""

import datetime as dt
from collections import Counter

import pytest
from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutFrame,
    QgsProject,
    QgsUnitTypes,
    QgsVectorLayer,
)

from fragilite_numerique.core import fields as F
from fragilite_numerique.gis import atlas_export as A
from fragilite_numerique.gis.layouts import COMMUNE_TEMPLATE, EPCI_TEMPLATE, load_template

from conftest import ensure_provider
from scored_output import scored_gpkg
from test_atlas import copy_with_fields, open_scored, page_texts


@pytest.fixture(scope="module")
def scored(qgis_processing, tmp_path_factory):
    ensure_provider()
    return scored_gpkg(tmp_path_factory)


@pytest.mark.parametrize("template, size", [(EPCI_TEMPLATE, (297, 210)), (COMMUNE_TEMPLATE, (210, 297))])
def test_shipped_templates_hold_every_item_of_the_page(qgis_app, template, size):
    layout = load_template(QgsProject(), template, "t")
    page = layout.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height()), page.units()) == (*size, QgsUnitTypes.LayoutMillimeters)
    kinds = {"carte": QgsLayoutItemMap, "localisation": QgsLayoutItemMap, "legende": QgsLayoutItemLegend,
             "echelle": QgsLayoutItemScaleBar, "nord": QgsLayoutItemPicture, "titre": QgsLayoutItemLabel,
             "sous_titre": QgsLayoutItemLabel, "chiffres_cles": QgsLayoutItemLabel, "sources": QgsLayoutItemLabel,
             "date": QgsLayoutItemLabel, "graphique": QgsLayoutItemShape, "tableau": QgsLayoutFrame}
    for item_id, kind in kinds.items():
        assert isinstance(layout.itemById(item_id), kind), item_id
    carte = layout.itemById("carte")
    assert layout.itemById("nord").linkedMap() is carte          # a north arrow, turning with the map
    assert layout.itemById("echelle").linkedMap() is carte
    assert isinstance(layout.itemById("tableau").multiFrame(), QgsLayoutItemManualTable)
    for item in layout.items():
        if hasattr(item, "sizeWithUnits") and item.type() != layout.pageCollection().page(0).type():
            box = item.sceneBoundingRect()
            assert box.right() <= page.width() + 0.01 and box.bottom() <= page.height() + 0.01, item.id()


def test_epci_layer_pages_count_their_communes_typology_and_print_the_date(scored, tmp_path):
    communes = {f["code"]: (f["epci"], f[F.COMPOSITE]) for f in open_scored(scored).getFeatures()}
    labels = {code: ("Cumul des enjeux" if value > 0.45 else "Fragilité moindre")
              for code, (_epci, value) in communes.items()}
    typed = tmp_path / "typed.gpkg"
    copy_with_fields(scored, typed, {F.POLICY_2X2: dict.fromkeys(labels, "11"), F.POLICY_2X2_LABEL: labels})
    layer = open_scored(typed)
    A.epci_pages_from_communes(A.read_scored_layer(layer, "code", "nom"), path=str(tmp_path / "epci.gpkg"))
    epci_layer = QgsVectorLayer(f"{tmp_path / 'epci.gpkg'}|layername=epci_moyennes_communes", "epci", "ogr")
    assert epci_layer.fields().indexOf("typ_comm") >= 0
    # The EPCI layer a user scored on EPCI units has no count of its communes' classes.
    bare = tmp_path / "bare.gpkg"
    from osgeo import gdal
    gdal.VectorTranslate(str(bare), str(tmp_path / "epci.gpkg"),
                         options="-sql \"SELECT * FROM epci_moyennes_communes\" -nln epci -select "
                                 "epci,epci_nom," + ",".join(F.score_fields(A.read_scored_layer(layer, 'code').method)))
    bare_layer = QgsVectorLayer(f"{bare}|layername=epci", "epci", "ogr")
    assert bare_layer.isValid() and bare_layer.fields().indexOf("typ_comm") < 0
    chosen = sorted({epci for epci, _v in communes.values()})[:2]
    outcome = A.export_atlas(A.AtlasRequest(
        layer=layer, kind="epci", output=str(tmp_path / "a.pdf"), dpi=40, epci_layer=bare_layer,
        epci_layer_code="epci", epci_layer_name="epci_nom",
        filter_expression=f"\"epci\" IN ('{chosen[0]}', '{chosen[1]}')"))
    assert outcome.pages == 2
    texts = page_texts(tmp_path / "a.pdf")
    for code in chosen:
        counts = Counter(labels[c] for c, (epci, _v) in communes.items() if epci == code)
        expected = " ; ".join(f"{n} {label}" for label, n in sorted(counts.items(), key=lambda i: (-i[1], i[0])))
        page = next(t for t in texts if f"SIREN {code}" in t)
        assert f"Typologie des communes : {expected}" in page
        assert "moyenne des EPCI" in page
    today = dt.date.today().strftime("%d/%m/%Y")
    assert all(f"Édité le {today}" in t for t in texts)
