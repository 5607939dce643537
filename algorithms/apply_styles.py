"""Processing: "Apply the styles" (appliquer les styles) to a scored layer."""

from __future__ import annotations

import re

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core import fields as F
from ..core.classify import EQUAL, JENKS, QUANTILE, USER
from ..core.errors import FragiliteError
from ..core.provenance import METADATA_TABLE
from ..gis import layer_io
from ..gis.compat import processing_flag_no_threading
from ..gis.messages import localized
from ..gis.style_store import manager_styles, save_style_set, write_qml_files
from ..gis.styles import ClassOptions, apply_style_set
from ..gis.themes import add_indicator_themes
from ..gis.typologies import method_and_record, source_file
from .base import FragiliteAlgorithm

CLASSIFICATIONS = (JENKS, QUANTILE, EQUAL, USER)


def parse_limits(text: str) -> list:
    """'0.2; 0.4; 0.6', '0,2 ; 0,4' or '0.2 0.4 0.6' → [0.2, 0.4, 0.6]; ValueError naming the bad item."""
    text = text.strip()
    if not text:
        return []
    items = text.split(";") if ";" in text else re.split(r"[\s,]+", text)
    values = []
    for item in (i.strip() for i in items):
        if not item:
            continue
        try:
            values.append(float(item.replace("\u202f", "").replace(" ", "").replace(",", ".")))
        except ValueError:
            raise ValueError(item) from None
    return values


def is_plugin_output(path: str) -> bool:
    """A GeoPackage written by this plugin (it holds the provenance table): its styles are ours to update."""
    return path.lower().endswith(".gpkg") and bool(layer_io.read_table(path, METADATA_TABLE))


class ApplyStylesAlgorithm(FragiliteAlgorithm):
    GROUP_ID = "maps"
    INPUT = "INPUT"
    CLASSIFICATION = "CLASSIFICATION"
    CLASSES = "CLASSES"
    LIMITS = "LIMITS"
    METHOD = "METHOD"
    SAVE = "SAVE"
    QML_FOLDER = "QML_FOLDER"
    OUTPUT = "OUTPUT"
    STYLES = "STYLES"

    def name(self) -> str:
        return "apply_styles"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Apply the styles")

    def flags(self):
        # The layer's renderer and the project's map themes may only be changed on the main thread.
        return super().flags() | processing_flag_no_threading()

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "<p>Gives a scored layer one map style per indicator: the composite index, each axis and each "
            "sub-index (graduated, light = less fragile, legend in French number format such as "
            "\"0,42 – 0,57\") and the typologies when the layer has them (categorised). Units without value "
            "are shown in their own hatched grey class.</p>"
            "<p><b>Classification</b>: natural breaks (exact Fisher-Jenks on every value, the same on every "
            "run), quantiles, equal intervals, or your own class limits (e.g. <code>0.2; 0.4; 0.6</code>; a "
            "first limit below the minimum or a last one above the maximum close the classes). With fewer "
            "distinct values than classes, each value gets its own class and the log says so.</p>"
            "<p>The styles become named styles of the layer (Layer properties → Style), the composite index "
            "is shown, and the project gets one <b>map theme</b> per style, so a print layout can show several "
            "maps of the same layer side by side. The layer's data are not modified. If the layer is a "
            "GeoPackage written by this plugin, the styles are also saved in it (default: composite index); "
            "choose a folder to get a QML file per style.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(self.INPUT, self.tr("Scored layer")))
        self.addParameter(QgsProcessingParameterEnum(
            self.CLASSIFICATION, self.tr("Classification"),
            [self.tr("Natural breaks (Jenks)"), self.tr("Quantiles"), self.tr("Equal intervals"),
             self.tr("Class limits given below")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CLASSES, self.tr("Number of classes"), QgsProcessingParameterNumber.Integer, 5, minValue=2,
            maxValue=12))
        self.addParameter(QgsProcessingParameterString(
            self.LIMITS, self.tr("Class limits (e.g. 0.2; 0.4; 0.6)"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.METHOD, self.tr("Method file (JSON; empty = the one stored with the layer)"), extension="json",
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SAVE, self.tr("Save the styles in the layer's GeoPackage (outputs of this plugin only)"), True))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.QML_FOLDER, self.tr("Folder for QML copies of the styles"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputVectorLayer(self.OUTPUT, self.tr("Styled layer")))
        self.addOutput(QgsProcessingOutputNumber(self.STYLES, self.tr("Number of styles")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.tr("The layer cannot be found or is not valid."))
        classification = CLASSIFICATIONS[self.parameterAsEnum(parameters, self.CLASSIFICATION, context)]
        limits_text = self.parameterAsString(parameters, self.LIMITS, context) or ""
        try:
            limits = parse_limits(limits_text)
        except ValueError as bad:
            raise QgsProcessingException(self.tr("Class limits: \"{}\" is not a number; write for example "
                                                 "0.2; 0.4; 0.6.").format(bad)) from None
        if classification == USER and not limits:
            raise QgsProcessingException(self.tr("Give the class limits (e.g. 0.2; 0.4; 0.6) or choose another "
                                                 "classification."))
        options = ClassOptions(classification, self.parameterAsInt(parameters, self.CLASSES, context),
                               tuple(limits) if classification == USER else None)
        path = source_file(layer)
        folder = self.parameterAsString(parameters, self.QML_FOLDER, context)
        try:
            layer_io.require_features(layer)
            if folder:  # before any style is changed or saved
                layer_io.check_output_path(folder, True)
            method, _record = method_and_record(path, self.parameterAsFile(parameters, self.METHOD, context) or "")
            style_set = apply_style_set(layer, method, options, default_field=F.COMPOSITE)
        except FragiliteError as error:
            raise self.fail(error) from None
        for warning in style_set.warnings:
            feedback.pushInfo(localized(warning))
        names = list(style_set.names.values())
        project = context.project()
        if project is not None and project.mapLayer(layer.id()) is not None:
            themes = add_indicator_themes(project, layer, names)
            feedback.pushInfo(self.tr("{} map themes added to the project.").format(len(themes)))
        if self.parameterAsBoolean(parameters, self.SAVE, context):
            if is_plugin_output(path):
                for error in save_style_set(layer, style_set):
                    feedback.reportError(error)
                feedback.pushInfo(self.tr("Styles saved in {}.").format(path))
            else:
                feedback.pushInfo(self.tr("{} is not a GeoPackage written by this plugin: the styles are not "
                                          "saved in it (choose a QML folder to keep them).").format(path or "?"))
        results = {self.OUTPUT: layer.id(), self.STYLES: len(names)}
        if folder:
            try:
                written = write_qml_files(manager_styles(layer, names), folder)
            except (OSError, FragiliteError) as error:
                message = localized(error) if isinstance(error, FragiliteError) else str(error)
                raise QgsProcessingException(self.tr("Cannot write the QML files: {}").format(message)) from None
            feedback.pushInfo(self.tr("{} QML files written in {}.").format(len(written), folder))
            results[self.QML_FOLDER] = folder
        return results
