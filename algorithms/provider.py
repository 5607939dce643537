"""The "Fragilité numérique" Processing provider."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..gis import plugin_info
from .access_times import AccessTimesAlgorithm
from .aggregate_units import AggregateUnitsAlgorithm
from .apply_styles import ApplyStylesAlgorithm
from .cluster_typology import ClusterTypologyAlgorithm
from .compare_runs import CompareRunsAlgorithm
from .compute_index import ComputeIndexAlgorithm
from .diagnostics_report import DiagnosticsReportAlgorithm
from .export_atlas import ExportAtlasAlgorithm
from .export_table import ExportTableAlgorithm
from .join_tables import JoinTablesAlgorithm
from .policy_typology import PolicyTypologyAlgorithm
from .rank_stability import RankStabilityAlgorithm

PROVIDER_ID = "fragilite_numerique"


def algorithm_classes() -> list:
    """Every algorithm of the provider (new steps add themselves here)."""
    return [
        ComputeIndexAlgorithm,
        JoinTablesAlgorithm,
        AggregateUnitsAlgorithm,
        AccessTimesAlgorithm,
        ApplyStylesAlgorithm,
        PolicyTypologyAlgorithm,
        ClusterTypologyAlgorithm,
        DiagnosticsReportAlgorithm,
        RankStabilityAlgorithm,
        CompareRunsAlgorithm,
        ExportAtlasAlgorithm,
        ExportTableAlgorithm,
    ]


class FragiliteProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return QCoreApplication.translate("fragilite_numerique", "Digital fragility")

    def longName(self) -> str:  # noqa: N802
        return f"{self.name()} {plugin_info.version()}"

    def icon(self) -> QIcon:
        return QIcon(str(plugin_info.ICON))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(plugin_info.ICON)

    def loadAlgorithms(self) -> None:  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
