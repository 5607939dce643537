"""What every algorithm of the provider shares: translation, icon, help and error reporting."""

from __future__ import annotations

from typing import Optional

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterBoolean,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.errors import FragiliteError
from ..gis import plugin_info
from ..gis.compat import processing_flag_advanced
from ..gis.geopackage_table import GeoPackageTable, whole_geopackage_table
from ..gis.layer_io import refuse_invalid_geometries, refuse_output_over_inputs
from ..gis.messages import localized
from ..gis.table_io import dataset_path

TR_CONTEXT = "fragilite_numerique"


class FragiliteAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses give name, display name, help and ``processAlgorithm``."""

    GROUP_ID = "index"
    OVERWRITE = "OVERWRITE"

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(TR_CONTEXT, text)

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def group(self) -> str:
        names = {"index": self.tr("Index"), "sources": self.tr("Source tables"),
                 "access": self.tr("Access times"), "maps": self.tr("Maps and typologies"),
                 "atlas": self.tr("Atlas and exports"), "diagnostics": self.tr("Diagnostics and sensitivity")}
        return names.get(self.GROUP_ID, self.GROUP_ID)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def icon(self) -> QIcon:
        return QIcon(str(plugin_info.ICON))

    def helpUrl(self) -> str:  # noqa: N802
        return plugin_info.metadata().get("homepage", "")

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        """Also refuse an output written over one of the inputs (``layer_io.refuse_output_over_inputs``).
        Processing, the batch runner and qgis_process all call this before running."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        inputs = self.input_files(parameters, context)
        try:
            for definition in self.destinationParameterDefinitions():
                refuse_output_over_inputs(destination_file(parameters.get(definition.name()), context), inputs)
        except FragiliteError as error:
            return False, localized(error)
        return True, ""

    def input_files(self, parameters, context) -> dict:
        """The files read by the layer and file parameters given: {path: parameter description}."""
        files = {}
        for definition in self.parameterDefinitions():
            if definition.isDestination() or parameters.get(definition.name()) in (None, ""):
                continue
            kind = definition.type()
            if kind in ("source", "vector", "layer", "raster"):
                layer = self.parameterAsLayer(parameters, definition.name(), context)
                path = dataset_path(layer) if layer is not None else ""
            elif kind == "file":
                path = self.parameterAsFile(parameters, definition.name(), context)
            else:
                continue
            if path:
                files[path] = definition.description()
        return files

    def checked_source(self, parameters, name: str, context):
        """``parameterAsSource``, its invalid geometries refused here when Processing would stop at them (its
        own stop, thrown from inside Python's loop over the features, crashes QGIS 3.22)."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None
        if self.geometry_check(parameters, name, context) == QgsFeatureRequest.GeometryAbortOnInvalid:
            try:
                refuse_invalid_geometries(source)
            except FragiliteError as error:
                raise self.fail(error) from None
        return source

    def attribute_source(self, parameters, name: str, context) -> tuple:
        """``parameterAsSource`` for a step that reads attributes only: (source, whether Processing's policy
        asks to stop at invalid geometries). Like QGIS's own attribute algorithms (field calculator,
        joins), such a step does not check geometries it does not use, so the source reads without the
        check; a step that uses them in some runs refuses them then (``refuse_invalid_geometries``)."""
        source = self.parameterAsSource(parameters, name, context)
        check = self.geometry_check(parameters, name, context) == QgsFeatureRequest.GeometryAbortOnInvalid
        if source is not None and check:
            source.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
        return source, check

    @staticmethod
    def geometry_check(parameters, name: str, context):
        """Processing's invalid-geometry policy for one source: the user's setting, or the input's own."""
        definition = parameters.get(name)
        if isinstance(definition, QgsProcessingFeatureSourceDefinition) and \
                definition.flags & QgsProcessingFeatureSourceDefinition.FlagOverrideDefaultGeometryCheck:
            return definition.geometryCheck
        return context.invalidGeometryCheck()

    def whole_table(self, parameters, name: str, context) -> Optional[GeoPackageTable]:
        """The GeoPackage table a source parameter reads whole (no selection, limit or filter, no invalid
        geometry skipped), which can be read and copied without QGIS; None otherwise."""
        definition = parameters.get(name)
        if isinstance(definition, QgsProcessingFeatureSourceDefinition) and (
                definition.selectedFeaturesOnly or definition.featureLimit not in (-1, None)
                or getattr(definition, "filterExpression", "")):
            return None
        if self.geometry_check(parameters, name, context) == QgsFeatureRequest.GeometrySkipInvalid:
            return None
        return whole_geopackage_table(self.parameterAsVectorLayer(parameters, name, context))

    def add_overwrite_parameter(self) -> None:
        """The explicit policy for existing outputs: replaced (the default, as in QGIS) or kept, with an error."""
        overwrite = QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Replace the output file if it exists"), defaultValue=True)
        overwrite.setFlags(overwrite.flags() | processing_flag_advanced())
        self.addParameter(overwrite)

    def overwrite(self, parameters, context) -> bool:
        return self.parameterAsBoolean(parameters, self.OVERWRITE, context)

    @staticmethod
    def fail(error: FragiliteError) -> QgsProcessingException:
        """A user error as a Processing exception, in the user's language."""
        return QgsProcessingException(localized(error))



def destination_file(value, context) -> str:
    """The file a destination parameter's value names ('' for temporary or in-memory outputs)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.valueAsString(context.expressionContext())[0]
    text = str(value or "").strip()
    return "" if text == "TEMPORARY_OUTPUT" or text.startswith(("memory:", "ogr:", "postgres")) else text
