"""Processing: "Export the table" (CSV for French spreadsheets or XLSX, with metadata)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExpression,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorLayer,
)

from ..core.errors import CancelledError, FragiliteError
from ..gis.compat import parameter_as_fields
from ..gis.table_export import TableRequest, export_table
from .base import FragiliteAlgorithm
from .export_atlas import existing_parameter, overwrite_chosen


class ExportTableAlgorithm(FragiliteAlgorithm):
    GROUP_ID = "atlas"
    INPUT = "INPUT"
    FILTER = "FILTER"
    FIELDS = "FIELDS"
    METADATA = "METADATA"
    EXISTING = "EXISTING"
    OUTPUT = "OUTPUT"
    FILES = "FILES"

    def name(self) -> str:
        return "export_table"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Export the table for spreadsheets")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "<p>Writes the attributes of a layer (typically the output of \"Compute the digital fragility "
            "index\") as a table that spreadsheets open directly. The layer is only read.</p>"
            "<p><b>CSV</b> (.csv): as French Excel and LibreOffice expect it: \";\" separator, decimal comma, "
            "UTF-8 with BOM; the metadata go to a <i>_metadonnees.csv</i> file next to it. <b>XLSX</b> (.xlsx): "
            "a \"Données\" sheet and a \"Métadonnées\" sheet, written with openpyxl or, when it is not "
            "installed, with GDAL. Codes (INSEE, SIREN) stay text and keep their leading zeros; in Excel, "
            "prefer the XLSX file, which keeps them as text.</p>"
            "<p>The metadata list the method, its parameters, the sources with their years, the proxy and "
            "absent variables, the meaning of each field, the plugin version and the dates of the computation "
            "and of the export.</p>"
            "<p><b>Filter</b>: an expression choosing the rows, for example <code>\"epci\" = '200071785'</code>. "
            "<b>Fields</b>: the columns to write (empty = all). Existing files are kept unless you choose to "
            "overwrite them.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Layer"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterExpression(
            self.FILTER, self.tr("Filter (expression; empty = every row)"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FIELDS, self.tr("Fields (empty = all)"), parentLayerParameterName=self.INPUT, allowMultiple=True,
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.METADATA, self.tr("Write the metadata (sheet or _metadonnees.csv file)"), defaultValue=True))
        self.addParameter(existing_parameter(self, self.EXISTING))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Table"), self.tr("CSV for spreadsheets (*.csv);;Excel workbook (*.xlsx)")))
        self.addOutput(QgsProcessingOutputString(self.FILES, self.tr("Files written")))

    # FILTER is read with parameterAsString: parameterAsExpression turns an invalid expression into ''
    # without a word, which would export every page instead of reporting the error.
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.tr("The layer cannot be found or is not valid."))
        request = TableRequest(
            layer=layer, output=self.parameterAsFileOutput(parameters, self.OUTPUT, context),
            filter_expression=self.parameterAsString(parameters, self.FILTER, context),
            fields=parameter_as_fields(self, parameters, self.FIELDS, context) or None,
            overwrite=overwrite_chosen(self, parameters, self.EXISTING, context),
            with_metadata=self.parameterAsBoolean(parameters, self.METADATA, context))
        try:
            files = export_table(request, feedback)
        except CancelledError:
            return {}
        except FragiliteError as error:
            raise self.fail(error) from None
        feedback.pushInfo(self.tr("Written: {}").format(", ".join(files)))
        return {self.OUTPUT: request.output, self.FILES: ";".join(files)}
