"""Processing: "Infrastructure × publics typology" (typologie aménagement × publics)."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterExpression, QgsProcessingParameterField

from ..gis.typologies import run_policy_typology
from .typology_base import TypologyAlgorithm


class PolicyTypologyAlgorithm(TypologyAlgorithm):
    REFERENCE = "REFERENCE"
    PUBLICS = "PUBLICS"
    AMENAGEMENT = "AMENAGEMENT"

    def name(self) -> str:
        return "policy_typology"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Infrastructure × publics typology")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "<p>Crosses the two sub-indices of the index, \"publics exposés\" (exposed publics) and "
            "\"aménagement\" (infrastructure), to tell which territories call for mediation and which for "
            "equipment.</p>"
            "<p><b>2 × 2</b>, cut at the medians of the reference territory: <i>cumulative issues</i> (both "
            "high), <i>mediation issues</i> (publics high, infrastructure low), <i>infrastructure issues</i> "
            "(infrastructure high, publics low), <i>lower fragility</i> (both low). <b>3 × 3</b>, cut at its "
            "terciles, mapped with a bivariate palette. Units equal to a cut point all go to the same side, the one "
            "that keeps the classes closest to equal shares (it matters when many units share a value); a unit "
            "without one of the sub-indices gets no class and shows as \"no value\".</p>"
            "<p><b>Reference territory</b>: the units flagged <code>ifn_ref</code> = 1 by the index (the "
            "territory it was computed against), or an expression of yours; empty when the layer has no "
            "<code>ifn_ref</code> field = every unit.</p>"
            "<p>The input is not modified: the result is a <b>new layer</b> with the fields <code>ifn_typ</code> "
            "(2 × 2 code: first digit infrastructure level, second digit publics level), <code>ifn_typl</code> "
            "(its label), <code>ifn_t9</code> and <code>ifn_t9l</code> (3 × 3), with every map style of the "
            "index stored in the GeoPackage (default: the 2 × 2 typology) and one map theme per style once "
            "loaded. The <b>class profiles</b> table gives, for each class, the number of units, their share, "
            "the population (if a population field is given) and the mean of the composite, the axes and the "
            "sub-indices.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input_parameters()
        self.addParameter(QgsProcessingParameterExpression(
            self.REFERENCE, self.tr("Reference territory (expression; empty = ifn_ref = 1, or every unit)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.PUBLICS, self.tr("\"Exposed publics\" sub-index field (empty = the method's)"), None, self.INPUT,
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AMENAGEMENT, self.tr("\"Infrastructure\" sub-index field (empty = the method's)"), None,
            self.INPUT, QgsProcessingParameterField.Numeric, optional=True))
        self.add_output_parameters(self.tr("Infrastructure × publics typology"))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        request = self.request(parameters, context)
        # Read as text: parameterAsExpression() turns an invalid expression into '' without a word.
        request.reference_expression = self.parameterAsString(parameters, self.REFERENCE, context) or ""
        request.publics_field = self.parameterAsString(parameters, self.PUBLICS, context) or ""
        request.amenagement_field = self.parameterAsString(parameters, self.AMENAGEMENT, context) or ""
        results = self.run_typology(run_policy_typology, request, parameters, context, feedback)
        return results
