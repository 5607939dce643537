"""Processing: "Rank stability (Monte Carlo)"."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
)

from ..core.errors import CancelledError, FragiliteError
from ..core.method import MISSING_RULES, NORMALISATIONS
from ..core.sensitivity import SensitivityOptions
from ..gis.diagnostic_report import factor_name
from ..gis.stability import StabilityRequest, run_stability
from .compute_index import ComputeIndexAlgorithm


class RankStabilityAlgorithm(ComputeIndexAlgorithm):
    GROUP_ID = "diagnostics"
    RUNS = "RUNS"
    SEED = "SEED"
    SPREAD = "WEIGHT_SPREAD"
    DRAW_NORMALISATIONS = "DRAW_NORMALISATIONS"
    DRAW_RULES = "DRAW_MISSING_RULES"
    NAME_FIELD = "NAME_FIELD"
    REPORT = "REPORT"
    MOST_INFLUENTIAL = "MOST_INFLUENTIAL"

    def name(self) -> str:
        return "rank_stability"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Rank stability (Monte Carlo)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "<p>How much can each unit's rank be trusted? The index is computed many times, each run drawing "
            "the method's choices: the axis weights within a spread around the method's, a normalisation among "
            "those compatible with the data, and a missing-value rule. Each unit gets its median rank and its "
            "5–95 % rank interval.</p>"
            "<p>The inputs are those of \"Compute the digital fragility index\" (the method's own choices are the "
            "reference run). The output is a new layer with every index field plus <code>ifn_rmed</code> (median "
            "rank), <code>ifn_r05</code> and <code>ifn_r95</code> (interval bounds) and <code>ifn_stab</code> "
            "(stability: 1 minus the interval width over the number of units ranked; 1 = same rank in every "
            "run), styled by stability classes. The optional report (HTML and Markdown) tells which choice moves "
            "ranks most, with a chart of the intervals and the least stable units.</p>"
            "<p><b>Seed</b>: the same seed gives the same result; 0 draws a new seed, recorded in the output's "
            "ifn_metadata table.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        super().initAlgorithm(config)
        self.removeParameter(self.OUTPUT)
        self.addParameter(QgsProcessingParameterNumber(
            self.RUNS, self.tr("Number of Monte Carlo runs"), QgsProcessingParameterNumber.Integer, 1000,
            minValue=1, maxValue=100000))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed (0 = new seed)"), QgsProcessingParameterNumber.Integer, 1,
            minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SPREAD, self.tr("Spread of the axis weights (0.25 = each weight within ±25 %)"),
            QgsProcessingParameterNumber.Double, 0.25, minValue=0.0, maxValue=0.95))
        self.addParameter(QgsProcessingParameterEnum(
            self.DRAW_NORMALISATIONS, self.tr("Normalisations drawn (the method's is always among them)"),
            list(NORMALISATIONS), allowMultiple=True, defaultValue=list(range(len(NORMALISATIONS)))))
        self.addParameter(QgsProcessingParameterEnum(
            self.DRAW_RULES, self.tr("Missing-value rules drawn (the method's is always among them)"),
            [self.tr("parent: value of the EPCI, the department, the reference"),
             self.tr("available: mean of the variables present")],
            allowMultiple=True, defaultValue=[0, 1]))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Unit name field, for the report"), "nom", self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("Rank stability"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Rank stability report (HTML, with a Markdown copy)"), self.tr("HTML files (*.html)"),
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputString(self.MOST_INFLUENTIAL, self.tr("Choice that moves ranks most")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        layer_name = "stabilite_classement"
        scoring = self.scoring_request(parameters, context, output, layer_name)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        norms = self.parameterAsEnums(parameters, self.DRAW_NORMALISATIONS, context)
        rules = self.parameterAsEnums(parameters, self.DRAW_RULES, context)
        if not norms or not rules:
            raise QgsProcessingException(self.tr("Choose at least one normalisation and one missing-value rule."))
        options = SensitivityOptions(
            runs=self.parameterAsInt(parameters, self.RUNS, context), seed=seed or None,
            weight_spread=self.parameterAsDouble(parameters, self.SPREAD, context),
            normalisations=tuple(NORMALISATIONS[i] for i in norms), missing_rules=tuple(MISSING_RULES[i] for i in rules))
        report = self.parameterAsFileOutput(parameters, self.REPORT, context) if parameters.get(self.REPORT) else ""
        request = StabilityRequest(scoring=scoring, options=options, report_path=report or None,
                                   name_field=self.parameterAsString(parameters, self.NAME_FIELD, context) or None)
        try:
            outcome = run_stability(request, feedback)
        except CancelledError:
            return {}
        except FragiliteError as error:
            raise self.fail(error) from None
        top = outcome.result.most_influential
        feedback.pushInfo(self.tr("Seed {}; the choice that moves ranks most: {}.").format(
            outcome.result.options.seed, factor_name(top.factor) if top else "-"))
        path = outcome.path
        if Path(path).suffix.lower() == ".gpkg":
            path = f"{path}|layername={layer_name}"
        results = {self.OUTPUT: path, self.MOST_INFLUENTIAL: top.factor if top else ""}
        if outcome.report:
            results[self.REPORT] = outcome.report[0]
        return results
