"""The Data step with other sources: workbooks, GeoPackage tables, project layers, INSEE proposals, join check."""

import pytest
from qgis.core import QgsFeature, QgsProject, QgsVectorLayer

from fragilite_numerique.gis import plugin_info

from conftest import file_hash
from dock_helpers import fresh_dock, wait_for_run


@pytest.fixture()
def dock(qgis_iface, tmp_path):
    with fresh_dock(qgis_iface, tmp_path / "out") as widget:
        (tmp_path / "out").mkdir()
        widget.use_embedded_data()
        yield widget


def test_a_workbook_sheet_and_a_geopackage_table_are_read_with_their_codes(dock, tmp_path):
    import openpyxl
    from osgeo import ogr

    book = openpyxl.Workbook()
    book.active.title = "Lisez-moi"
    book.active.append(["Données communales"])
    sheet = book.create_sheet("NEET 2018")
    sheet.append(["Part des jeunes non insérés"])          # an INSEE-like title row above the codes
    sheet.append(["CODGEO", "LIBGEO", "part_neet"])
    for code, name, value in (("59392", "Maubeuge", 31.5), ("59350", "Lille", 22.0), ("2001", "Abbécourt", 18.4)):
        sheet.append([code, name, value])
    path = tmp_path / "neet.xlsx"
    book.save(path)
    from fragilite_numerique.gis.table_io import table_names

    assert table_names(str(path)) == ["Lisez-moi", "NEET 2018"]
    table_id = dock.data.add_table(str(path), "NEET 2018")
    assert table_id == "neet_2018"
    spec = dock.data.draft.binding.tables[table_id]
    assert (spec.code, spec.level, spec.sheet) == ("CODGEO", "commune", "NEET 2018")
    assert dock.data.preview.rowCount() == 3 and dock.data.preview.item(2, 0).text() == "2001"
    assert "neet_2018: part_neet" in [dock.data.source_boxes["neet"].itemText(i)
                                      for i in range(dock.data.source_boxes["neet"].count())]

    gpkg = tmp_path / "epci.gpkg"
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    table = source.CreateLayer("revenus_epci", geom_type=ogr.wkbNone)
    for name in ("siren", "revenu"):
        table.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for siren, value in (("200071785", "18 500"), ("200093201", "21 000")):
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("siren", siren)
        feature.SetField("revenu", value)
        table.CreateFeature(feature)
    source = None
    table_id = dock.data.add_table(str(gpkg), "revenus_epci")
    spec = dock.data.draft.binding.tables[table_id]
    assert (spec.code, spec.level, spec.layer) == ("siren", "epci", "revenus_epci")   # an EPCI-level table


def test_a_project_table_feeds_a_variable_and_insee_columns_are_proposed(dock, tmp_path, qgis_iface):
    layer = QgsVectorLayer("None?field=insee:string&field=neet:double", "Jeunes NEET", "memory")
    features = []
    for code, value in (("59392", 31.5), ("59350", 22.0)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, value])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    table_id = dock.data.add_project_table(layer)
    assert dock.data.draft.binding.tables[table_id].path == "project:Jeunes NEET"
    source = dock.data.source_boxes["neet"]
    source.setCurrentIndex(source.findText(f"{table_id}: neet"))
    assert dock.data.draft.status("neet") == "real"

    census = tmp_path / "base_cc_logement.csv"
    census.write_text("CODGEO;P18_RP;P18_RP_VOIT1P;P18_POP;P18_POP75P;P18_POP65P\n"
                      "59392;13000;9100;29000;2320;5000\n59350;110000;60500;232000;13920;30000\n",
                      encoding="utf-8")
    assert dock.data.add_table(str(census)) == "base_cc_logement"
    boxes = dock.data.proposals.boxes
    assert set(boxes) == {"ssvoit", "p75"}
    # absent → real and proxy → real are both worth taking: ticked by default
    assert boxes["ssvoit"].isChecked() and boxes["p75"].isChecked()
    assert "P18_RP" in dock.data.proposals.proposals["ssvoit"].describe()
    boxes["p75"].setChecked(False)                       # the user keeps the proxy of p75
    dock.data.proposals.accept_button.click()
    assert dock.data.draft.status("ssvoit") == "real" and dock.data.draft.status("p75") == "proxy"
    assert dock.data.proposals.isHidden()

    before = file_hash(plugin_info.EMBEDDED_BINDING)
    dock.start_run()
    wait_for_run(dock)
    result = dock.result_layer()
    values = {f["code"]: (f["v_neet"], f["i_neet"], f["v_ssvoit"]) for f in result.getFeatures()
              if f["code"] in ("59392", "59350", "62041")}
    assert values["59392"][:2] == (31.5, "obs")             # read from the project layer by the worker
    assert values["62041"][1] != "obs"
    assert values["59392"][2] == pytest.approx(100 * (13000 - 9100) / 13000)
    assert file_hash(plugin_info.EMBEDDED_BINDING) == before


def test_the_joins_are_checked_before_any_run_and_nothing_is_written(dock, tmp_path):
    task = dock.check_joins()
    assert task is not None and not dock.run_button.isEnabled()      # one job at a time
    wait_for_run(dock)
    assert dock.job is None and dock.result_layer() is None
    rows = {dock.data.joins.item(r, 0).text(): dock.data.joins.item(r, 1).text()
            for r in range(dock.data.joins.rowCount())}
    assert {"arcep", "dfg", "filosofi_com", "filosofi_epci"} <= set(rows)
    assert rows["dfg"].replace(",", "").replace("\u00a0", "") == "3789"
    report = dock.data.join_report.report
    assert not report.isHidden()
    html = report.toHtml()
    assert "arcep" in html and "Units without a row" in html
    assert not list((tmp_path / "out").iterdir()), "a join check writes nothing"
    assert dock.run_button.isEnabled()
