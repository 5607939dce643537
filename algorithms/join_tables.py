"""Processing: "Join source tables" (Joindre des tables sources), with its join report."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)

from ..core.errors import CancelledError, FragiliteError
from ..gis.compat import processing_flag_advanced
from ..gis.messages import localized
from ..gis.source_join import JoinRequest, run_join
from .base import FragiliteAlgorithm

LEVELS = ("commune", "epci", "dep", "iris")


def split_names(text: str) -> list:
    """'a; b, c' → ['a', 'b', 'c']."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class JoinTablesAlgorithm(FragiliteAlgorithm):
    GROUP_ID = "sources"
    INPUT = "INPUT"
    CODE_FIELD = "CODE_FIELD"
    LEVEL = "LEVEL"
    TABLE = "TABLE"
    TABLE_LAYER = "TABLE_LAYER"
    SHEET = "SHEET"
    TABLE_CODE = "TABLE_CODE"
    COLUMNS = "COLUMNS"
    PASSAGE = "PASSAGE"
    COUNTS = "COUNTS"
    WEIGHT = "WEIGHT"
    SUM_DUPLICATES = "SUM_DUPLICATES"
    PREFIX = "PREFIX"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"

    def name(self) -> str:
        return "join_tables"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Join source tables")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "<p>Joins a source table to the units of a layer on their code and writes a new layer with the "
            "table's columns, and a join report.</p>"
            "<p><b>Table</b>: a CSV file (UTF-8 or Windows-1252, separator ; , tab or |, French numbers with "
            "spaces or no-break spaces as thousands separators and a decimal comma), an INSEE XLSX or ODS file "
            "(title rows above the column codes are skipped), a DBF, a GeoPackage table, or a layer or table of "
            "the project. Every cell is read as text, then converted explicitly: codes keep their leading zero "
            "(a code that lost it, 2001 for 02001, is restored and counted); secret or missing values (s, nd, "
            "secret, empty) become empty and are counted.</p>"
            "<p><b>Passage table</b>: for a table on an older COG vintage (old code → new code, the INSEE layout "
            "as it comes): counts are summed onto the new code; other values take a mean weighted by the "
            "weight column and are flagged. Paris, Lyon and Marseille arrondissements are summed to their "
            "commune when the layer has the commune. Rows sharing a code are an error unless you choose to sum "
            "them (the number of rows is then in <i>n_rows</i>).</p>"
            "<p><b>Report</b> (HTML or CSV, also stored in the <i>ifn_metadata</i> table of the output): codes "
            "matched, units without a row, table codes without a unit, codes repaired or invalid, rows merged, "
            "values that are not numbers. Neither the layer nor the table is modified.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Unit layer (communes)"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Unit code field"), "code", self.INPUT))
        self.addParameter(QgsProcessingParameterEnum(
            self.LEVEL, self.tr("Geographic level of the codes"),
            [self.tr("Commune (INSEE code)"), self.tr("EPCI (SIREN)"), self.tr("Department"), self.tr("IRIS")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFile(
            self.TABLE, self.tr("Source table (CSV, XLSX, ODS, DBF, GeoPackage)"), optional=True,
            fileFilter=self.tr("Tables (*.csv *.txt *.tsv *.xlsx *.ods *.dbf *.gpkg);;All files (*)")))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.TABLE_LAYER, self.tr("…or a layer or table of the project"), [QgsProcessing.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SHEET, self.tr("Sheet (XLSX, ODS) or table (GeoPackage)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TABLE_CODE, self.tr("Code column of the table (empty = found automatically)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.COLUMNS, self.tr("Columns to join, separated by commas (empty = all)"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.PASSAGE, self.tr("Passage table to the layer's COG vintage (old code → new code)"), optional=True,
            fileFilter=self.tr("Tables (*.csv *.txt *.xlsx *.ods *.dbf);;All files (*)")))
        counts = QgsProcessingParameterString(
            self.COUNTS, self.tr("Count columns, summed when rows are merged (INSEE counts are recognised)"),
            optional=True)
        counts.setFlags(counts.flags() | processing_flag_advanced())
        self.addParameter(counts)
        weight = QgsProcessingParameterString(
            self.WEIGHT, self.tr("Column weighting the other values when rows are merged (e.g. population)"),
            optional=True)
        weight.setFlags(weight.flags() | processing_flag_advanced())
        self.addParameter(weight)
        self.addParameter(QgsProcessingParameterBoolean(
            self.SUM_DUPLICATES, self.tr("Sum the rows that share a code (otherwise they are an error)"),
            defaultValue=False))
        prefix = QgsProcessingParameterString(self.PREFIX, self.tr("Prefix of the joined fields"), optional=True)
        prefix.setFlags(prefix.flags() | processing_flag_advanced())
        self.addParameter(prefix)
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("Joined layer"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Join report"), self.tr("HTML (*.html);;CSV (*.csv)"), optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.checked_source(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.tr("The unit layer cannot be found or is not valid."))
        table_path = self.parameterAsFile(parameters, self.TABLE, context)
        table_layer = self.parameterAsVectorLayer(parameters, self.TABLE_LAYER, context)
        if bool(table_path) == (table_layer is not None):
            raise QgsProcessingException(self.tr("Choose one source table: a file or a layer of the project."))
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context) or None
        request = JoinRequest(
            source=source, code_field=self.parameterAsString(parameters, self.CODE_FIELD, context),
            output_path=output, table_path=table_path, table_layer=table_layer,
            sheet=self.parameterAsString(parameters, self.SHEET, context) or None,
            table_code=self.parameterAsString(parameters, self.TABLE_CODE, context) or None,
            level=LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)],
            columns=split_names(self.parameterAsString(parameters, self.COLUMNS, context)) or None,
            passage_path=self.parameterAsFile(parameters, self.PASSAGE, context) or None,
            counts=tuple(split_names(self.parameterAsString(parameters, self.COUNTS, context))),
            weight=self.parameterAsString(parameters, self.WEIGHT, context) or None,
            sum_duplicates=self.parameterAsBoolean(parameters, self.SUM_DUPLICATES, context),
            prefix=self.parameterAsString(parameters, self.PREFIX, context), report_path=report,
            overwrite=self.overwrite(parameters, context))
        try:
            outcome = run_join(request, feedback)
        except CancelledError:
            return {}
        except FragiliteError as error:
            raise self.fail(error) from None
        stats = outcome.joined.stats
        for message in outcome.warnings:
            feedback.pushWarning(localized(message))
        feedback.pushInfo(self.tr("{} of {} units found in the table; {} units without a row; {} table codes "
                                  "without a unit.").format(stats.matched_units, stats.n_targets,
                                                            stats.n_units_without_row, stats.n_codes_without_unit))
        path = outcome.path
        if Path(path).suffix.lower() == ".gpkg":
            path = f"{path}|layername={outcome.layer_name}"
        return {self.OUTPUT: path, self.REPORT: outcome.report_path}
