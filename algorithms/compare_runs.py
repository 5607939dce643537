"""Processing: "Compare two runs of the index"."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)

from ..core.errors import CancelledError, FragiliteError
from ..gis.comparison import run_comparison
from ..gis.compat import processing_flag_advanced
from .base import FragiliteAlgorithm


class CompareRunsAlgorithm(FragiliteAlgorithm):
    GROUP_ID = "diagnostics"
    RUN_A = "RUN_A"
    RUN_B = "RUN_B"
    CODE_A = "CODE_A"
    CODE_B = "CODE_B"
    METHOD_A = "METHOD_A"
    METHOD_B = "METHOD_B"
    OUTPUT = "OUTPUT"
    COMMON = "COMMON"
    MEAN_SHIFT = "MEAN_RANK_CHANGE"

    def name(self) -> str:
        return "compare_runs"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Compare two runs of the index")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "<p>Compares two layers computed by \"Compute the digital fragility index\" (two methods, or two data "
            "years) unit by unit, joined on their codes. The output, on the geometry of run A, holds for each "
            "unit the composite, rank and decile of both runs and their changes: <code>ifn_delta</code> (B − A, "
            "left empty when the two composites are not on the same scale), <code>rang_delta</code> (places "
            "climbed towards the most fragile: rank A − rank B) and <code>dec_delta</code> (decile B − decile "
            "A). A positive change always means more fragile in run B. The diverging style shows gains in red "
            "and losses in blue.</p>"
            "<p>Units missing from one run are listed in the log and in the output's <i>ifn_comparaison</i> "
            "table, with the rank correlation and the units that move most.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        for key, label, code, method in (
                (self.RUN_A, self.tr("Run A (scored layer)"), self.CODE_A, self.METHOD_A),
                (self.RUN_B, self.tr("Run B (scored layer)"), self.CODE_B, self.METHOD_B)):
            self.addParameter(QgsProcessingParameterVectorLayer(key, label, [QgsProcessing.TypeVectorAnyGeometry]))
            self.addParameter(QgsProcessingParameterField(
                code, self.tr("Unit code field of {} (empty = the one recorded with the run)").format(key[-1]),
                None, key, optional=True))
            # A layer without its ifn_metadata table (a shapefile…) needs the method it was computed with.
            method_file = QgsProcessingParameterFile(
                method, self.tr("Method file of {}, if the layer does not record it").format(key[-1]),
                extension="json", optional=True)
            method_file.setFlags(method_file.flags() | processing_flag_advanced())
            self.addParameter(method_file)
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("Changes between the two runs"), QgsProcessing.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputNumber(self.COMMON, self.tr("Units found in both runs")))
        self.addOutput(QgsProcessingOutputNumber(self.MEAN_SHIFT, self.tr("Mean absolute rank change")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer_a = self.parameterAsVectorLayer(parameters, self.RUN_A, context)
        layer_b = self.parameterAsVectorLayer(parameters, self.RUN_B, context)
        if layer_a is None or layer_b is None:
            raise QgsProcessingException(self.tr("A scored layer cannot be found or is not valid."))
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        try:
            outcome = run_comparison(layer_a, layer_b, output,
                                     self.parameterAsString(parameters, self.CODE_A, context) or None,
                                     self.parameterAsString(parameters, self.CODE_B, context) or None,
                                     method_a=self.parameterAsFile(parameters, self.METHOD_A, context) or None,
                                     method_b=self.parameterAsFile(parameters, self.METHOD_B, context) or None,
                                     overwrite=self.overwrite(parameters, context), qgs_feedback=feedback)
        except CancelledError:
            return {}
        except FragiliteError as error:
            raise self.fail(error) from None
        result = outcome.comparison
        if result.only_a or result.only_b:
            feedback.pushInfo(self.tr("Units only in run A: {}; only in run B: {}.").format(
                ", ".join(result.only_a[:20]) or "-", ", ".join(result.only_b[:20]) or "-"))
        path = outcome.path
        if Path(path).suffix.lower() == ".gpkg":
            path = f"{path}|layername={outcome.layer_name}"
        return {self.OUTPUT: path, self.COMMON: result.n_common,
                self.MEAN_SHIFT: result.mean_abs_rank_change if result.mean_abs_rank_change is not None else 0.0}
