"""Atlas layouts built from the templates shipped in resources/layouts/: "Atlas EPCI" (A4
landscape, one page per EPCI) and "Fiche commune" (A4 portrait, one page per commune).

A template holds the page design (items found by their id: carte, localisation, legende, echelle,
nord, titre, sous_titre, chiffres_cles, graphique, tableau, sources, date); this module fills it
from the scored layer and its method: map layers, texts, the bar chart and the variable table.
Items a template lacks are skipped, except the map. The layouts stay editable in QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pandas as pd
from qgis.core import (
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from ..core import fields as F
from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N
from ..core.method import Method, load_method, method_from_dict
from ..core.pages import chart_range, class_counts, reference_mask, reference_means, score_rows, variable_rows
from . import layer_io, page_text as T, plugin_info
from .atlas_layers import (
    classes_renderer,
    composite_classes,
    current_feature,
    locator_layers,
    outline_renderer,
    styled,
)
from .layout_charts import BarChart, Series, add_bar_chart
from .epci_coverage import epci_layer_from_communes, mean_fields, save_layer
from .layout_items import fit_extent, plain_fill
from .scoring import read_provenance

TEMPLATES_DIR = plugin_info.RESOURCES / "layouts"
EPCI_TEMPLATE = TEMPLATES_DIR / "atlas_epci.qpt"
COMMUNE_TEMPLATE = TEMPLATES_DIR / "fiche_commune.qpt"
EPCI_LAYOUT = "Atlas EPCI"
COMMUNE_LAYOUT = "Fiche commune"
LAYER_GROUP = "Mises en page de l'atlas"
CODE_PROPERTY = "fragilite_numerique/code_field"   # layout property: the field that names page files
SERIES_COLOR = "#e6550d"
REFERENCE_COLOR = "#a3a3a3"


@dataclass
class ScoredLayer:
    """A layer of scored units (only read) with its attributes, method and provenance."""

    layer: QgsVectorLayer
    frame: pd.DataFrame
    method: Method
    record: dict
    code_field: str
    name_field: Optional[str] = None
    extra: dict = field(default_factory=dict)

    @property
    def fields(self) -> set:
        return set(self.frame.columns)

    def present(self, name: Optional[str]) -> Optional[str]:
        return name if name and name in self.frame else None


def provenance_of(layer: QgsVectorLayer) -> dict:
    """The provenance stored with a scored GeoPackage layer, {} when it has none."""
    path = layer.source().split("|")[0]
    if Path(path).suffix.lower() != ".gpkg" or not Path(path).is_file():
        return {}
    return read_provenance(path)


def read_scored_layer(layer: QgsVectorLayer, code_field: str, name_field: Optional[str] = None,
                      record: Optional[dict] = None) -> ScoredLayer:
    """Check that ``layer`` holds the index fields and read it; the method comes from the layer's
    provenance (else the default method)."""
    if layer is None or not layer.isValid():
        raise DataError(_N(CONTEXT, "The layer to put in the atlas cannot be found or is not valid."))
    names = [f.name() for f in layer.fields()]
    if code_field not in names:
        raise DataError(_N(CONTEXT, "Layer {layer} has no field {field}; its fields are: {available}."),
                        layer=layer.name(), field=code_field, available=names)
    record = provenance_of(layer) if record is None else record
    method = method_from_dict(record["method"]) if isinstance(record.get("method"), dict) else \
        load_method(plugin_info.DEFAULT_METHOD)
    missing = [f for f in F.score_fields(method) if f not in names]
    if missing:
        raise DataError(_N(CONTEXT, "Layer {layer} has no index field {fields}: it is not an output of \"Compute "
                                    "the digital fragility index\". Compute the index and use its output layer."),
                        layer=layer.name(), fields=missing)
    layer_io.require_features(layer)
    frame = layer_io.layer_to_frame(layer)
    layer_io.refuse_infinite(frame, [n for n, kind in F.output_fields(method) if kind != "text" and n in names])
    return ScoredLayer(layer, frame, method, record, code_field, name_field if name_field in names else None)


@dataclass
class EpciPages:
    """What the EPCI atlas pages through, and the field of the communes that holds the EPCI code."""

    coverage: ScoredLayer
    commune_field: str
    averaged: bool          # True: values are the mean of the EPCI's communes


def epci_pages_from_communes(communes: ScoredLayer, epci_field: str = "epci", epci_name_field: Optional[str] = "epci_nom",
                             path: Optional[str] = None, feedback=None, overwrite: bool = False) -> EpciPages:
    """EPCI pages from the communes: their dissolve by EPCI with the mean of their scores;
    saved to the new GeoPackage ``path`` when given (to keep it in a project), else in memory."""
    name_field = communes.present(epci_name_field)
    layer = epci_layer_from_communes(communes.layer, communes.frame, epci_field, name_field,
                                     F.score_fields(communes.method), feedback)
    if path:
        layer = save_layer(layer, path, overwrite)
    coverage = ScoredLayer(layer, layer_io.layer_to_frame(layer), communes.method, communes.record, epci_field,
                           name_field)
    return EpciPages(coverage, epci_field, averaged=True)


def epci_pages_from_layer(layer: QgsVectorLayer, code_field: str, name_field: Optional[str],
                          commune_field: str = "epci") -> EpciPages:
    """EPCI pages from an EPCI-level scored layer: its own values are shown."""
    return EpciPages(read_scored_layer(layer, code_field, name_field), commune_field, averaged=False)


# --- templates -----------------------------------------------------------------------------------

def load_template(project: QgsProject, path, name: str) -> QgsPrintLayout:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataError(_N(CONTEXT, "Cannot read the layout template {file}: {reason}."), file=str(path),
                        reason=str(error)) from None
    document = QDomDocument()
    layout = QgsPrintLayout(project)
    if not document.setContent(text)[0] or not layout.loadFromTemplate(document, QgsReadWriteContext())[1]:
        raise DataError(_N(CONTEXT, "{file} is not a QGIS layout template (.qpt); save one from the layout "
                                    "designer (Layout ▸ Save as Template)."), file=str(path))
    if not isinstance(layout.itemById("carte"), QgsLayoutItemMap):
        raise DataError(_N(CONTEXT, "The layout template {file} has no map item with the id 'carte'; give the "
                                    "main map that id in the layout designer."), file=str(path))
    layout.setName(name)
    return layout


@dataclass
class PageSpec:
    """Everything a page shows besides the template's design."""

    name: str
    template: Path
    coverage: QgsVectorLayer
    code_field: str
    sort_field: str
    map_layers: list
    locator_layers: list
    legend_layer: QgsVectorLayer
    locator_extent: QgsRectangle
    margin: float
    texts: dict
    chart: BarChart
    headers: list
    widths: list
    rows: list
    variables: dict
    overview: bool = False


def _set_text(layout, item_id: str, text: str) -> None:
    item = layout.itemById(item_id)
    if item is not None:
        item.setText(text)


def _configure_maps(layout, spec: PageSpec) -> None:
    main = layout.itemById("carte")
    main.setLayers(spec.map_layers)
    main.setKeepLayerSet(True)
    main.setCrs(spec.coverage.crs())
    main.setAtlasDriven(True)
    main.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    main.setAtlasMargin(spec.margin)
    fit_extent(main, spec.coverage.extent())
    locator = layout.itemById("localisation")
    if isinstance(locator, QgsLayoutItemMap):
        locator.setLayers(spec.locator_layers)
        locator.setKeepLayerSet(True)
        locator.setCrs(spec.coverage.crs())
        fit_extent(locator, spec.locator_extent)
        if spec.overview:
            overview = QgsLayoutItemMapOverview("emprise", locator)
            overview.setLinkedMap(main)
            overview.setFrameSymbol(plain_fill("none", "#c0392b", 0.4))
            locator.overviews().addOverview(overview)
    for item_id in ("echelle", "nord", "legende"):
        item = layout.itemById(item_id)
        if item is not None and hasattr(item, "setLinkedMap"):
            item.setLinkedMap(main)


def _configure_legend(layout, spec: PageSpec) -> None:
    legend = layout.itemById("legende")
    if legend is None:
        return
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    root.addLayer(spec.legend_layer)
    QgsLegendRenderer.setNodeLegendStyle(root.findLayer(spec.legend_layer), QgsLegendStyle.Hidden)
    legend.refresh()


def _configure_table(layout, spec: PageSpec) -> None:
    frame = layout.itemById("tableau")
    if frame is None or not hasattr(frame, "multiFrame"):
        return
    table = frame.multiFrame()
    table.setHeaders([QgsLayoutTableColumn(h) for h in spec.headers])
    table.setColumnWidths(spec.widths)
    table.setTableContents(spec.rows)


def _add_chart(layout, spec: PageSpec) -> None:
    placeholder = layout.itemById("graphique")
    if placeholder is None:
        return
    position = placeholder.positionWithUnits()
    size = placeholder.sizeWithUnits()
    layout.removeLayoutItem(placeholder)
    add_bar_chart(layout, spec.chart, position.x(), position.y(), size.width(), size.height())


def assemble(project: QgsProject, spec: PageSpec) -> QgsPrintLayout:
    layout = load_template(project, spec.template, spec.name)
    layout.setCustomProperty(CODE_PROPERTY, spec.code_field)
    for name, value in spec.variables.items():
        QgsExpressionContextUtils.setLayoutVariable(layout, name, value)
    atlas = layout.atlas()
    atlas.setCoverageLayer(spec.coverage)
    atlas.setEnabled(True)
    atlas.setSortFeatures(True)
    atlas.setSortExpression(T.column(spec.sort_field))
    atlas.setPageNameExpression(T.column(spec.sort_field))
    _configure_maps(layout, spec)
    _configure_legend(layout, spec)
    for item_id, text in spec.texts.items():
        _set_text(layout, item_id, text)
    _configure_table(layout, spec)
    _add_chart(layout, spec)
    return layout


# --- page contents -------------------------------------------------------------------------------

def add_layers(project: QgsProject, layers: list) -> None:
    """Add the page layers to the project, in a hidden group so the map canvas is not cluttered."""
    root = project.layerTreeRoot()
    group = root.findGroup(LAYER_GROUP) or root.addGroup(LAYER_GROUP)
    for layer in layers:
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    group.setItemVisibilityChecked(False)
    group.setExpanded(False)


def reference_extent(layer: QgsVectorLayer, frame: pd.DataFrame) -> QgsRectangle:
    """Extent of the reference territory's units (the locator map's view)."""
    mask = reference_mask(frame)
    if mask.all():
        extent = layer.extent()
    else:
        extent = QgsRectangle()
        extent.setMinimal()
        ids = frame.index[mask].tolist()
        for feature in layer.getFeatures(QgsFeatureRequest().setFilterFids(ids).setNoAttributes()):
            extent.combineExtentWith(feature.geometry().boundingBox())
    extent.scale(1.04)
    return extent


def _chart(method: Method, frame: pd.DataFrame, references: dict, series_name: str, reference_name: str,
           ) -> BarChart:
    rows = score_rows(method)
    fields = [f for _label, f in rows]
    low, high = chart_range(*(pd.to_numeric(frame[f], errors="coerce") for f in fields), references.values())
    return BarChart(rows=rows, low=low, high=high, series=[
        Series(series_name, SERIES_COLOR, {f: T.column(f) for f in fields}),
        Series(reference_name, REFERENCE_COLOR, {f: "@" + T.reference_variable(f) for f in fields})])


def _variables(references: dict) -> dict:
    return {T.reference_variable(name): (None if value != value else value) for name, value in references.items()}


def epci_atlas_layout(project: QgsProject, communes: ScoredLayer, pages: EpciPages,
                      template: Optional[str] = None) -> QgsPrintLayout:
    """The EPCI atlas: the EPCI's communes coloured by the composite, its scores against the
    reference territory, its variables. Page layers are added to ``project``."""
    coverage = pages.coverage
    source = communes if pages.averaged else coverage
    averaged = mean_fields(source.frame, F.score_fields(source.method))
    references = reference_means(source.frame, averaged)
    units = "communes" if pages.averaged else "EPCI"
    current_epci = current_feature(pages.commune_field, coverage.code_field)
    classes = composite_classes(communes.layer, communes.frame[F.COMPOSITE])
    no_value = "Sans valeur" if communes.frame[F.COMPOSITE].isna().any() else ""
    colored = styled(communes.layer, "Atlas EPCI – communes", classes_renderer(
        classes, current_epci, "Communes des autres EPCI", no_value))
    outline = styled(coverage.layer, "Atlas EPCI – EPCI", outline_renderer(
        current_feature(coverage.code_field, coverage.code_field), 0.6, 0.25))
    extent = reference_extent(coverage.layer, coverage.frame)
    locator = locator_layers(coverage.layer, current_feature(coverage.code_field, coverage.code_field), "Atlas EPCI")
    add_layers(project, [colored, outline, *locator])
    title, subtitle = T.epci_title(coverage.code_field, coverage.name_field)
    series = "EPCI (moyenne des communes)" if pages.averaged else "EPCI"
    rows = variable_rows(source.method, source.record.get("report", {}).get("variables", []))
    # One-line headers: a wrapped header pushes the table's last rows off the page; the chart legend
    # and the key figures say what is averaged.
    value_header = "EPCI (moy.)" if pages.averaged else "EPCI"
    # An EPCI-level layer has no typology of its communes: count them from the commune layer.
    typology = None
    if not pages.averaged and {F.POLICY_2X2_LABEL, pages.commune_field} <= communes.fields:
        counts = class_counts(communes.frame, pages.commune_field, F.POLICY_2X2_LABEL)
        typology = T.by_code(counts.to_dict(), coverage.code_field)
    spec = PageSpec(
        name=EPCI_LAYOUT, template=Path(template or EPCI_TEMPLATE), coverage=outline, code_field=coverage.code_field,
        sort_field=coverage.name_field or coverage.code_field, map_layers=[outline, colored],
        locator_layers=locator, legend_layer=colored, locator_extent=extent, margin=0.06,
        texts={"titre": title, "sous_titre": f"{subtitle} – {T.method_line(source.method)}",
               "chiffres_cles": T.key_figures(coverage.fields, int(reference_mask(coverage.frame).sum()), units,
                                              pages.averaged, typology),
               "sources": T.sources_text(source.method, source.record), "date": T.date_text(source.record)},
        chart=_chart(source.method, coverage.frame, {f: references[f] for f in F.score_fields(source.method)},
                     series, f"Territoire de référence (moyenne des {units})"),
        headers=["Variable", "Millésime", value_header, "Territoire (moy.)"],
        widths=[70, 13, 22, 26],
        rows=[[T.cell(T.row_label(r)), T.year_cell(r), T.value_cell(r, T.column),
               T.value_cell(r, lambda f: "@" + T.reference_variable(f))] for r in rows],
        variables=_variables(references))
    return assemble(project, spec)


def commune_fiche_layout(project: QgsProject, communes: ScoredLayer, epci_name_field: Optional[str] = "epci_nom",
                         dep_field: Optional[str] = "dep", template: Optional[str] = None) -> QgsPrintLayout:
    """The commune fiche: the commune among its neighbours, its scores against the reference
    territory, rank, typology, and each variable's value, origin, score and contribution."""
    method = communes.method
    averaged = mean_fields(communes.frame, F.score_fields(method))
    references = reference_means(communes.frame, averaged)
    current = current_feature(communes.code_field, communes.code_field)
    classes = composite_classes(communes.layer, communes.frame[F.COMPOSITE])
    no_value = "Sans valeur" if communes.frame[F.COMPOSITE].isna().any() else ""
    colored = styled(communes.layer, "Fiche commune – communes", classes_renderer(classes, None, "", no_value))
    outline = styled(communes.layer, "Fiche commune – commune", outline_renderer(current, 0.7))
    extent = reference_extent(communes.layer, communes.frame)
    locator = locator_layers(communes.layer, current, "Fiche commune")
    add_layers(project, [colored, outline, *locator])
    parents = [("", f) for f in (communes.present(epci_name_field),) if f]
    parents += [("département", f) for f in (communes.present(dep_field),) if f]
    title, subtitle = T.commune_title(communes.code_field, communes.name_field, parents)
    subtitle = " – ".join(p for p in (subtitle, T.method_line(method)) if p)
    rows = variable_rows(method, communes.record.get("report", {}).get("variables", []))
    spec = PageSpec(
        name=COMMUNE_LAYOUT, template=Path(template or COMMUNE_TEMPLATE), coverage=outline, code_field=communes.code_field,
        sort_field=communes.name_field or communes.code_field, map_layers=[outline, colored],
        locator_layers=locator, legend_layer=colored, locator_extent=extent, margin=1.2, overview=True,
        texts={"titre": title, "sous_titre": subtitle,
               "chiffres_cles": T.key_figures(communes.fields, int(reference_mask(communes.frame).sum()), "communes",
                                              False),
               "sources": T.sources_text(method, communes.record), "date": T.date_text(communes.record)},
        chart=_chart(method, communes.frame, {f: references[f] for f in F.score_fields(method)}, "Commune",
                     "Territoire de référence (moyenne des communes)"),
        headers=["Variable", "Millésime", "Valeur", "Origine de la valeur", "Score", "Contribution"],
        widths=[78, 14, 24, 38, 16, 20],
        rows=[[T.cell(T.row_label(r)), T.year_cell(r), T.value_cell(r, T.column), T.origin_cell(r),
               T.score_cell(r.score_field, 2, r.status == "absent"),
               T.score_cell(r.contribution_field, 3, r.status == "absent")] for r in rows],
        variables=_variables(references))
    return assemble(project, spec)
