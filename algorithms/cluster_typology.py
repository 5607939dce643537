"""Processing: "Statistical typology (Ward)" (typologie statistique, CAH)."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterNumber

from ..gis.typologies import run_cluster_typology
from .typology_base import TypologyAlgorithm

MAX_CLASSES = 15


class ClusterTypologyAlgorithm(TypologyAlgorithm):
    CLASSES = "CLASSES"
    SEED = "SEED"

    def name(self) -> str:
        return "cluster_typology"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Statistical typology (Ward)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "<p>Groups the units by their profile on the axes of the index with Ward's hierarchical clustering "
            "(CAH) on the axis scores, then cuts the tree into the chosen <b>number of classes</b>. Classes are "
            "numbered by increasing mean composite index (1 = least fragile) and named from their profile, e.g. "
            "\"high fragility, driven by axes 1 and 3\": an axis is named when its class mean is at least half a "
            "standard deviation above the mean of all units.</p>"
            "<p><b>Choosing the number of classes</b>: the log lists, for 2 to 10 classes, the inertia gained by "
            "each additional class and the share of inertia explained; pick a number after which the gains "
            "drop. Units without every axis score get no class.</p>"
            "<p>Above 5,000 units, Ward runs on 300 k-means centres (as HCPC does) and each unit takes its "
            "centre's class, so that 35,000 communes fit in little memory. The <b>seed</b> fixes the k-means "
            "start: the same seed gives the same classes.</p>"
            "<p>The input is not modified: the result is a <b>new layer</b> with <code>ifn_cah</code> (class) "
            "and <code>ifn_cahl</code> (label), every map style of the index stored in the GeoPackage (default: "
            "this typology) and one map theme per style once loaded. The <b>class profiles</b> table gives, for "
            "each class, its size, share, population (if a population field is given) and the mean of the "
            "composite, the axes and the sub-indices.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input_parameters()
        self.addParameter(QgsProcessingParameterNumber(
            self.CLASSES, self.tr("Number of classes"), QgsProcessingParameterNumber.Integer, 5, minValue=2,
            maxValue=MAX_CLASSES))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Seed (k-means start, large layers)"), QgsProcessingParameterNumber.Integer, 1,
            minValue=0))
        self.add_output_parameters(self.tr("Statistical typology (Ward)"))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        request = self.request(parameters, context)
        request.classes = self.parameterAsInt(parameters, self.CLASSES, context)
        request.seed = self.parameterAsInt(parameters, self.SEED, context)
        results = self.run_typology(run_cluster_typology, request, parameters, context, feedback)
        return results
