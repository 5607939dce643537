"""Processing: "Compute the digital fragility index"."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ..core.errors import CancelledError, FragiliteError
from ..core.method import MISSING_RULES, NORMALISATIONS
from ..gis import plugin_info
from ..gis.compat import processing_flag_advanced
from ..gis.scoring import ScoringRequest, run_scoring
from ..gis.table_io import dataset_path, members_from_gpkg, members_from_source
from ..gis.unit_access import has_polygons, stored_communes
from .base import FragiliteAlgorithm
from .loading import present_on_load


def parse_weights(text: str) -> dict:
    """'ax1=1; ax2=2' → {'ax1': 1.0, 'ax2': 2.0}."""
    weights = {}
    for part in filter(None, (p.strip() for p in text.replace(",", ";").split(";"))):
        key, sep, value = part.partition("=")
        if not sep:
            raise ValueError(part)
        weights[key.strip()] = float(value.strip().replace(" ", ""))
    return weights


class ComputeIndexAlgorithm(FragiliteAlgorithm):
    INPUT = "INPUT"
    CODE_FIELD = "CODE_FIELD"
    EPCI_FIELD = "EPCI_FIELD"
    DEP_FIELD = "DEP_FIELD"
    METHOD = "METHOD"
    BINDING = "BINDING"
    REFERENCE = "REFERENCE"
    NORMALISATION = "NORMALISATION"
    MISSING_RULE = "MISSING_RULE"
    MIN_SHARE = "MIN_SHARE"
    WEIGHTS = "WEIGHTS"
    UNIT_LEVEL = "UNIT_LEVEL"
    MEMBERS = "MEMBERS"
    MEMBERS_CODE = "MEMBERS_CODE"
    MEMBERS_UNIT = "MEMBERS_UNIT"
    OUTPUT = "OUTPUT"
    UNIT_LEVELS = ("commune", "epci", "dep")

    def name(self) -> str:
        return "compute_index"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Compute the digital fragility index")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "<p>Computes the digital fragility index of every unit (commune, EPCI, IRIS) of the layer: the "
            "method's variables are read from the tables of the binding, joined on the INSEE code, imputed "
            "where needed (value of the EPCI, then of the department, then of the reference territory, always "
            "flagged), normalised over the reference territory and aggregated into four axes, a composite "
            "index and two sub-indices (\"publics exposés\", \"aménagement\").</p>"
            "<p><b>Unit layer</b>: it is never modified; the result is a new layer (GeoPackage by default) "
            "with the index style and an <i>ifn_metadata</i> table describing the method, the parameters, "
            "the sources, the proxy and absent variables.</p>"
            "<p><b>Method</b>: a JSON file (Hauts-de-France 2021 by default) you can copy and edit. "
            "<b>Binding</b>: a JSON file linking each variable to a table and a column (by default the "
            "embedded Hauts-de-France open data).</p>"
            "<p><b>Reference territory</b>: an expression choosing the units over which minimum, maximum and "
            "reference rates are taken (empty = every unit), for example <code>\"dep\" = '59'</code>.</p>"
            "<p>An existing output file is replaced only if <b>Replace the output file</b> is checked (the "
            "default, as in QGIS); the new file is written under a temporary name and moved into place at the end, "
            "so a failed or cancelled run leaves the previous output intact.</p>"
            "<p><b>Units of the layer</b>: EPCI or departments are scored from commune tables aggregated to the "
            "units (counts summed, other values population-weighted). Their access times are computed on their "
            "communes and averaged with the population as weight: give the commune polygons under <i>Communes of "
            "each unit</i>, or use a layer built by \"Aggregate by EPCI or department\", which keeps them; "
            "otherwise the access times are absent (reported).</p>"
            "<p>Fields written: <code>ifn</code> (composite index), <code>ifn_ax1</code> to <code>ifn_ax4</code> "
            "(axes), <code>ifn_pub</code> and <code>ifn_amg</code> (sub-indices), <code>ifn_rang</code>, "
            "<code>ifn_dec</code>, <code>ifn_cov</code> (share of observed variables), <code>ifn_nimp</code>, "
            "<code>ifn_imp</code>, <code>ifn_manq</code>, and for each variable <code>v_</code> (value), "
            "<code>i_</code> (origin: obs, epci_t, epci_a, dep_a, ref_a, na, abs), <code>n_</code> (score) "
            "and <code>c_</code> (contribution to the index).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Unit layer (communes)"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("INSEE code field"), "code", self.INPUT))
        self.addParameter(QgsProcessingParameterField(
            self.EPCI_FIELD, self.tr("EPCI code field (SIREN), for imputation"), "epci", self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DEP_FIELD, self.tr("Department code field, for imputation"), "dep", self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.METHOD, self.tr("Method file (JSON)"), extension="json",
            defaultValue=str(plugin_info.DEFAULT_METHOD), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.BINDING, self.tr("Binding of variables to tables (JSON)"), extension="json",
            defaultValue=str(plugin_info.EMBEDDED_BINDING), optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            self.REFERENCE, self.tr("Reference territory (expression; empty = every unit)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.NORMALISATION, self.tr("Normalisation"),
            [self.tr("As in the method")] + list(NORMALISATIONS), defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.MISSING_RULE, self.tr("Missing values"),
            [self.tr("As in the method")] + [self.tr("parent: value of the EPCI, the department, the reference"),
                                                 self.tr("available: mean of the variables present")],
            defaultValue=0))
        share = QgsProcessingParameterNumber(
            self.MIN_SHARE, self.tr("Minimum share of variables present per axis (\"available\" rule)"),
            QgsProcessingParameterNumber.Double, optional=True, minValue=0.01, maxValue=1.0)
        share.setFlags(share.flags() | processing_flag_advanced())
        self.addParameter(share)
        weights = QgsProcessingParameterString(
            self.WEIGHTS, self.tr("Axis weights (e.g. ax1=1; ax2=2; empty = the method's)"), optional=True)
        weights.setFlags(weights.flags() | processing_flag_advanced())
        self.addParameter(weights)
        self.addParameter(QgsProcessingParameterEnum(
            self.UNIT_LEVEL, self.tr("Units of the layer"),
            [self.tr("Communes"), self.tr("EPCI (commune tables aggregated)"),
             self.tr("Departments (commune tables aggregated)")], defaultValue=0))
        for name, label, parameter in (
                (self.MEMBERS, self.tr("Communes of each unit: commune layer or table (empty = the ifn_members "
                                       "table of an aggregated layer)"), None),
                (self.MEMBERS_CODE, self.tr("INSEE code field of the commune layer"), "code"),
                (self.MEMBERS_UNIT, self.tr("Unit code field of the commune layer"), "epci")):
            if parameter is None:
                definition = QgsProcessingParameterFeatureSource(name, label, [QgsProcessing.TypeVector],
                                                                 optional=True)
            else:
                definition = QgsProcessingParameterField(name, label, parameter, self.MEMBERS, optional=True)
            definition.setFlags(definition.flags() | processing_flag_advanced())
            self.addParameter(definition)
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("Digital fragility index"), QgsProcessing.TypeVectorPolygon))

    def members(self, parameters, context, level: str):
        """Commune → unit for EPCI or department units (None for communes)."""
        if level == "commune":
            return None
        communes = self.checked_source(parameters, self.MEMBERS, context)
        if communes is not None:
            return members_from_source(communes, self.parameterAsString(parameters, self.MEMBERS_CODE, context),
                                       self.parameterAsString(parameters, self.MEMBERS_UNIT, context))
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        members = members_from_gpkg(dataset_path(layer)) if layer is not None else None
        if members is None:
            raise QgsProcessingException(self.tr(
                "To score EPCI or departments from commune tables, give the communes of each unit (a commune "
                "layer with the unit code), or use a layer built by \"Aggregate by EPCI or department\"."))
        return members

    def commune_polygons(self, parameters, context, level: str):
        """The communes' polygons for the access times of EPCI or department units (None: not known)."""
        if level == "commune":
            return None
        communes = self.parameterAsSource(parameters, self.MEMBERS, context)
        if has_polygons(communes):
            return communes
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        return stored_communes(dataset_path(layer)) if layer is not None else None

    def scoring_request(self, parameters, context, output: str, layer_name: str) -> ScoringRequest:
        """The index inputs of the parameters (also used by the algorithms that recompute the index)."""
        # The geometries are checked only where they are used, for the access times (see prepare_run).
        source, check_geometries = self.attribute_source(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.tr("The unit layer cannot be found or is not valid."))
        normalisation = self.parameterAsEnum(parameters, self.NORMALISATION, context)
        missing = self.parameterAsEnum(parameters, self.MISSING_RULE, context)
        weights_text = self.parameterAsString(parameters, self.WEIGHTS, context)
        try:
            weights = parse_weights(weights_text) if weights_text.strip() else None
        except ValueError:
            raise QgsProcessingException(self.tr("Cannot read the axis weights \"{}\"; write for example ax1=1; ax2=2.").format(weights_text)) from None
        min_share = None
        if parameters.get(self.MIN_SHARE) not in (None, ""):
            min_share = self.parameterAsDouble(parameters, self.MIN_SHARE, context)
        unit_level = self.UNIT_LEVELS[self.parameterAsEnum(parameters, self.UNIT_LEVEL, context)]
        try:
            members = self.members(parameters, context, unit_level)
        except FragiliteError as error:
            raise self.fail(error) from None
        communes = self.commune_polygons(parameters, context, unit_level)
        return ScoringRequest(
            source=source, code_field=self.parameterAsString(parameters, self.CODE_FIELD, context),
            output_path=output,
            method_path=self.parameterAsFile(parameters, self.METHOD, context) or str(plugin_info.DEFAULT_METHOD),
            binding_path=(self.parameterAsFile(parameters, self.BINDING, context)
                          or str(plugin_info.EMBEDDED_BINDING)),
            # Units larger than communes have no EPCI parent; departments have no department parent.
            epci_field=(self.parameterAsString(parameters, self.EPCI_FIELD, context) or None
                        if unit_level == "commune" else None),
            dep_field=(self.parameterAsString(parameters, self.DEP_FIELD, context) or None
                       if unit_level != "dep" else None),
            # parameterAsExpression() silently returns '' for an invalid expression: validate it ourselves.
            reference_expression=self.parameterAsString(parameters, self.REFERENCE, context),
            normalisation=NORMALISATIONS[normalisation - 1] if normalisation else None,
            missing_rule=MISSING_RULES[missing - 1] if missing else None,
            min_share=min_share, weights=weights, layer_name=layer_name,
            overwrite=self.overwrite(parameters, context),
            expression_context=context.expressionContext(), unit_level=unit_level, members=members,
            communes=communes, check_geometries=check_geometries,
            source_table=self.whole_table(parameters, self.INPUT, context), communes_code_field=self.parameterAsString(parameters, self.MEMBERS_CODE, context)
            or "code")

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        layer_name = "fragilite_numerique"
        request = self.scoring_request(parameters, context, output, layer_name)
        try:
            outcome = run_scoring(request, feedback)
        except CancelledError:
            return {}
        except FragiliteError as error:
            raise self.fail(error) from None
        report = outcome.result.report
        feedback.pushInfo(self.tr("{} units scored ({} in the reference territory).").format(
            report.n_units, report.n_reference))
        present_on_load(context, output, request.source.sourceName(), outcome.result.method.label)
        path = outcome.path
        if Path(path).suffix.lower() == ".gpkg":
            path = f"{path}|layername={layer_name}"
        return {self.OUTPUT: path}
