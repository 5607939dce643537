"""Processing: "Export the atlas" (EPCI pages or commune fiches, PDF or PNG)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
)

from ..core.errors import CancelledError, FragiliteError
from ..gis.atlas_export import KINDS, MODES, AtlasRequest, export_atlas
from ..gis.compat import processing_flag_advanced, processing_flag_no_threading
from .base import FragiliteAlgorithm

EXISTING_POLICIES = ("stop", "overwrite")


def existing_parameter(algorithm, name: str) -> QgsProcessingParameterEnum:
    """The explicit overwrite policy of an export: stop (default) or overwrite."""
    return QgsProcessingParameterEnum(
        name, algorithm.tr("When an output file already exists"),
        [algorithm.tr("Stop without writing anything"), algorithm.tr("Overwrite it")], defaultValue=0)


def overwrite_chosen(algorithm, parameters, name: str, context) -> bool:
    return EXISTING_POLICIES[algorithm.parameterAsEnum(parameters, name, context)] == "overwrite"


class ExportAtlasAlgorithm(FragiliteAlgorithm):
    GROUP_ID = "atlas"
    INPUT = "INPUT"
    KIND = "KIND"
    FILTER = "FILTER"
    MODE = "MODE"
    EXISTING = "EXISTING"
    CODE_FIELD = "CODE_FIELD"
    NAME_FIELD = "NAME_FIELD"
    EPCI_FIELD = "EPCI_FIELD"
    EPCI_NAME_FIELD = "EPCI_NAME_FIELD"
    DEP_FIELD = "DEP_FIELD"
    EPCI_LAYER = "EPCI_LAYER"
    EPCI_LAYER_CODE = "EPCI_LAYER_CODE"
    EPCI_LAYER_NAME = "EPCI_LAYER_NAME"
    TEMPLATE = "TEMPLATE"
    METHOD = "METHOD"
    DPI = "DPI"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"
    FILES = "FILES"

    def name(self) -> str:
        return "export_atlas"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Export the atlas")

    def flags(self):
        return super().flags() | processing_flag_no_threading()

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "<p>Prints the index as atlas pages made with the QGIS layout engine, from a layer computed by "
            "\"Compute the digital fragility index\" (the layer is only read).</p>"
            "<p><b>EPCI atlas</b> (A4 landscape, one page per EPCI): the EPCI's communes coloured by the "
            "composite index with the legend, a locator map of the reference territory, a bar chart of the axes "
            "and sub-indices against the reference territory (values printed on the bars), the table of the "
            "variables with their years, the typology when the layer has it, sources and method, scale bar and "
            "north arrow. Without an EPCI layer, the EPCI values are the simple mean of its communes' values "
            "and are labelled \"moyenne des communes\"; with an EPCI-level scored layer its own values are "
            "shown.</p>"
            "<p><b>Commune fiches</b> (A4 portrait, one page per commune): the same for one commune, with its "
            "rank, decile, each variable's value, origin (observed or imputed), score and contribution.</p>"
            "<p><b>Filter</b>: an expression choosing the pages: on the communes for the fiches (for example "
            "<code>\"epci\" = '200071785'</code> for the fiches of one EPCI's communes), on the EPCI for the atlas "
            "(its code and name fields, for example <code>\"epci_nom\" LIKE 'CA %'</code>). <b>Output</b>: one multi-page PDF, or one PDF or PNG per "
            "page named after the output file and the code (<code>fiche.pdf</code> gives "
            "<code>fiche_02001.pdf</code>…). Existing files are kept unless you choose to overwrite them; a "
            "cancelled or failed export leaves no partial file.</p>"
            "<p><b>Template</b>: a .qpt layout template to use instead of the shipped one (copy "
            "<i>resources/layouts/</i> and keep the item ids).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Digital fragility index (commune layer)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterEnum(
            self.KIND, self.tr("Pages"), [self.tr("EPCI atlas (A4 landscape, one page per EPCI)"),
                                           self.tr("Commune fiches (A4 portrait, one page per commune)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterExpression(
            self.FILTER, self.tr("Filter (expression; empty = every page)"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, self.tr("Files"), [self.tr("One multi-page PDF"), self.tr("One PDF per page"),
                                           self.tr("One PNG image per page")], defaultValue=0))
        self.addParameter(existing_parameter(self, self.EXISTING))
        self._advanced(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Commune code field"), "code", self.INPUT, optional=True))
        self._advanced(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Commune name field"), "nom", self.INPUT, optional=True))
        self._advanced(QgsProcessingParameterField(
            self.EPCI_FIELD, self.tr("EPCI code field of the communes"), "epci", self.INPUT, optional=True))
        self._advanced(QgsProcessingParameterField(
            self.EPCI_NAME_FIELD, self.tr("EPCI name field of the communes"), "epci_nom", self.INPUT,
            optional=True))
        self._advanced(QgsProcessingParameterField(
            self.DEP_FIELD, self.tr("Department field of the communes"), "dep", self.INPUT, optional=True))
        self._advanced(QgsProcessingParameterVectorLayer(
            self.EPCI_LAYER, self.tr("EPCI-level index layer (optional; default: mean of the communes)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self._advanced(QgsProcessingParameterField(
            self.EPCI_LAYER_CODE, self.tr("EPCI code field of the EPCI layer"), "code", self.EPCI_LAYER,
            optional=True))
        self._advanced(QgsProcessingParameterField(
            self.EPCI_LAYER_NAME, self.tr("EPCI name field of the EPCI layer"), "nom", self.EPCI_LAYER,
            optional=True))
        self._advanced(QgsProcessingParameterFile(
            self.TEMPLATE, self.tr("Layout template (.qpt; empty = the shipped one)"), extension="qpt",
            optional=True))
        self._advanced(QgsProcessingParameterFile(
            self.METHOD, self.tr("Method file, if the layer does not record it"), extension="json", optional=True))
        self._advanced(QgsProcessingParameterNumber(
            self.DPI, self.tr("Resolution (dpi)"), QgsProcessingParameterNumber.Integer, 150, minValue=50,
            maxValue=600))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Atlas (PDF; for one file per page, the name prefix)"), self.tr("PDF (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages")))
        self.addOutput(QgsProcessingOutputString(self.FILES, self.tr("Files written")))

    def _advanced(self, parameter) -> None:
        parameter.setFlags(parameter.flags() | processing_flag_advanced())
        self.addParameter(parameter)

    # FILTER is read with parameterAsString: parameterAsExpression turns an invalid expression into ''
    # without a word, which would export every page instead of reporting the error.
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.tr("The commune layer cannot be found or is not valid."))
        def text(key):
            return self.parameterAsString(parameters, key, context) or None

        request = AtlasRequest(
            layer=layer, kind=KINDS[self.parameterAsEnum(parameters, self.KIND, context)],
            output=self.parameterAsFileOutput(parameters, self.OUTPUT, context),
            mode=MODES[self.parameterAsEnum(parameters, self.MODE, context)],
            filter_expression=self.parameterAsString(parameters, self.FILTER, context),
            overwrite=overwrite_chosen(self, parameters, self.EXISTING, context),
            code_field=text(self.CODE_FIELD) or "code", name_field=text(self.NAME_FIELD),
            epci_field=text(self.EPCI_FIELD) or "epci", epci_name_field=text(self.EPCI_NAME_FIELD),
            dep_field=text(self.DEP_FIELD),
            epci_layer=self.parameterAsVectorLayer(parameters, self.EPCI_LAYER, context),
            epci_layer_code=text(self.EPCI_LAYER_CODE) or "code", epci_layer_name=text(self.EPCI_LAYER_NAME),
            template=self.parameterAsFile(parameters, self.TEMPLATE, context) or None,
            dpi=self.parameterAsInt(parameters, self.DPI, context),
            method_path=self.parameterAsFile(parameters, self.METHOD, context) or None)
        try:
            outcome = export_atlas(request, feedback)
        except CancelledError:
            return {}
        except FragiliteError as error:
            raise self.fail(error) from None
        feedback.pushInfo(self.tr("{} page(s) written to {} file(s).").format(outcome.pages, len(outcome.files)))
        return {self.OUTPUT: request.output, self.PAGES: outcome.pages, self.FILES: ";".join(outcome.files)}
