"""Processing: "Aggregate by EPCI or department" (Agréger par EPCI ou département)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorDestination,
)

from ..core.errors import CancelledError, FragiliteError
from ..gis import plugin_info
from ..gis.compat import parameter_as_fields
from ..gis.units_layer import AggregateRequest, run_aggregation
from .base import FragiliteAlgorithm

LEVELS = ("epci", "dep")


class AggregateUnitsAlgorithm(FragiliteAlgorithm):
    GROUP_ID = "sources"
    INPUT = "INPUT"
    CODE_FIELD = "CODE_FIELD"
    LEVEL = "LEVEL"
    UNIT_FIELD = "UNIT_FIELD"
    NAME_FIELD = "NAME_FIELD"
    SUM_FIELDS = "SUM_FIELDS"
    MEAN_FIELDS = "MEAN_FIELDS"
    POPULATION_FIELD = "POPULATION_FIELD"
    BINDING = "BINDING"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "aggregate_units"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Aggregate by EPCI or department")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "<p>Builds EPCI or department units from a commune layer: one feature per unit, its geometry the "
            "union of its communes', with its code, name, main department (EPCI), number of communes and "
            "population.</p>"
            "<p><b>Fields to sum</b> are counts (numerators, denominators, populations): rates are recomputed "
            "from them, never averaged. <b>Fields to average</b> (medians, rates given without their counts) "
            "take a population-weighted mean, flagged in the metadata: a median cannot be aggregated.</p>"
            "<p><b>Population</b>: a field of the layer, or the population table of the binding (the embedded "
            "Hauts-de-France data by default).</p>"
            "<p>The output GeoPackage also holds the table <i>ifn_members</i> (commune → unit) and the layer "
            "<i>ifn_communes</i> (the communes' polygons with their unit): the index can then be computed on "
            "these units (\"Compute the digital fragility index\", unit level EPCI or department), commune "
            "tables being aggregated to the units, access times computed on the communes and averaged with the "
            "population as weight, the reference territory being every unit. The commune layer is not "
            "modified.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Commune layer"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("INSEE code field"), "code", self.INPUT))
        self.addParameter(QgsProcessingParameterEnum(
            self.LEVEL, self.tr("Units"), [self.tr("EPCI"), self.tr("Department")], defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_FIELD, self.tr("Unit code field (EPCI SIREN; empty for departments = from the INSEE code)"),
            None, self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Unit name field"), None, self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SUM_FIELDS, self.tr("Fields to sum (counts)"), None, self.INPUT,
            QgsProcessingParameterField.Numeric, allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.MEAN_FIELDS, self.tr("Fields to average, weighted by population (medians, rates without counts)"),
            None, self.INPUT, QgsProcessingParameterField.Numeric, allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field (empty = the binding's population table)"), None,
            self.INPUT, QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.BINDING, self.tr("Binding giving the population table (JSON)"), extension="json",
            defaultValue=str(plugin_info.EMBEDDED_BINDING), optional=True))
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("Aggregated units"), QgsProcessing.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.checked_source(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.tr("The unit layer cannot be found or is not valid."))
        level = LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        request = AggregateRequest(
            source=source, code_field=self.parameterAsString(parameters, self.CODE_FIELD, context),
            output_path=self.parameterAsOutputLayer(parameters, self.OUTPUT, context), level=level,
            unit_field=self.parameterAsString(parameters, self.UNIT_FIELD, context) or None,
            name_field=self.parameterAsString(parameters, self.NAME_FIELD, context) or None,
            sum_fields=parameter_as_fields(self, parameters, self.SUM_FIELDS, context),
            mean_fields=parameter_as_fields(self, parameters, self.MEAN_FIELDS, context),
            population_field=self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None,
            binding_path=self.parameterAsFile(parameters, self.BINDING, context) or None, layer_name=level,
            overwrite=self.overwrite(parameters, context))
        try:
            outcome = run_aggregation(request, feedback)
        except CancelledError:
            return {}
        except FragiliteError as error:
            raise self.fail(error) from None
        feedback.pushInfo(self.tr("{} units built from {} communes.").format(
            outcome.record["units"], outcome.record["communes"]))
        path = outcome.path
        if Path(path).suffix.lower() == ".gpkg":
            path = f"{path}|layername={outcome.layer_name}"
        return {self.OUTPUT: path}
