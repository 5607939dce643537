"""What happens when QGIS loads an output into the project: styles, layer group and map themes."""

from __future__ import annotations

from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsProject

from ..core.errors import FragiliteError
from ..gis.messages import localized
from ..gis.themes import present_layer

# Processing keeps only a C++ pointer to post-processors: the Python objects must stay alive.
_ALIVE: list = []


class PresentOutput(QgsProcessingLayerPostProcessorInterface):
    """Load the output's stored styles, put it in the group '<territory> – méthode <method>', add its themes."""

    def __init__(self, territory: str, method_label: str) -> None:
        super().__init__()
        self.territory = territory
        self.method_label = method_label

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        project = context.project() or QgsProject.instance()
        try:
            present_layer(project, layer, self.territory, self.method_label)
        except FragiliteError as error:
            if feedback is not None:
                feedback.reportError(localized(error))


def present_on_load(context, output: str, territory: str, method_label: str) -> None:
    """Ask Processing to present ``output`` this way if it loads it into the project."""
    if not context.willLoadLayerOnCompletion(output):
        return
    post = PresentOutput(territory, method_label)
    _ALIVE.append(post)
    context.layerToLoadOnCompletionDetails(output).setPostProcessor(post)
