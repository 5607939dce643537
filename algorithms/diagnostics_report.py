"""Processing: "Diagnostics report of the index"."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorLayer,
)

from ..core.errors import CancelledError, FragiliteError
from ..gis.diagnosis import run_diagnostics
from .base import FragiliteAlgorithm


class DiagnosticsReportAlgorithm(FragiliteAlgorithm):
    GROUP_ID = "diagnostics"
    INPUT = "INPUT"
    METHOD = "METHOD"
    CODE_FIELD = "CODE_FIELD"
    OUTPUT = "OUTPUT"
    MARKDOWN = "MARKDOWN"
    WARNINGS = "WARNINGS"

    def name(self) -> str:
        return "diagnostics_report"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Diagnostics report of the index")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "<p>The statistical checks of a composite indicator (OECD/JRC handbook) on a layer computed by "
            "\"Compute the digital fragility index\": for each variable its coverage, minimum, maximum, skewness "
            "and kurtosis, its outliers, and a warning when a single unit sets the end of a min-max scale; the "
            "correlation matrix of the normalised variables as a heat map; Cronbach's alpha of each axis; the "
            "variance explained by the principal components; the correlation of each axis with the "
            "composite.</p>"
            "<p>The report is written as HTML (charts included, one file to share) and Markdown (charts as PNG "
            "files in the <i>_images</i> folder next to it). The layer is only read.</p>"
            "<p><b>Method file</b>: only needed when the layer has no <i>ifn_metadata</i> table (a shapefile, "
            "for instance).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Scored layer (output of the index)"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Unit code field (empty = the one recorded with the run)"), None, self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.METHOD, self.tr("Method file, if the layer does not record it"), extension="json", optional=True))
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Diagnostics report (HTML)"), self.tr("HTML files (*.html)")))
        self.addOutput(QgsProcessingOutputFile(self.MARKDOWN, self.tr("Diagnostics report (Markdown)")))
        self.addOutput(QgsProcessingOutputNumber(self.WARNINGS, self.tr("Number of warnings")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.tr("The scored layer cannot be found or is not valid."))
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        try:
            outcome = run_diagnostics(layer, output, self.parameterAsFile(parameters, self.METHOD, context) or None,
                                      self.parameterAsString(parameters, self.CODE_FIELD, context) or None, feedback,
                                      overwrite=self.overwrite(parameters, context))
        except CancelledError:
            return {}
        except FragiliteError as error:
            raise self.fail(error) from None
        html_path, markdown, _images = outcome.paths
        return {self.OUTPUT: html_path, self.MARKDOWN: markdown, self.WARNINGS: len(outcome.diagnostics.warnings)}
