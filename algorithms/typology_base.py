"""What the two typology algorithms share: input, method, population, outputs and the profile table."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsVectorFileWriter,
    QgsWkbTypes,
)

from ..core.errors import CONTEXT, CancelledError, DataError, FragiliteError, QT_TRANSLATE_NOOP as _N
from ..gis import layer_io
from ..gis.compat import make_field
from ..gis.layer_io import python_column
from ..gis.typologies import TypologyRequest, method_and_record, source_file
from .base import FragiliteAlgorithm
from .loading import present_on_load


def frame_kinds(frame: pd.DataFrame) -> dict:
    """'int', 'double' or 'text' for each column of a table to write."""
    kinds = {}
    for name in frame.columns:
        series = frame[name]
        if pd.api.types.is_integer_dtype(series):
            kinds[name] = "int"
        elif pd.api.types.is_numeric_dtype(series) or series.isna().all():
            kinds[name] = "double"
        else:
            kinds[name] = "text"
    return kinds


def table_fields(frame: pd.DataFrame) -> QgsFields:
    fields = QgsFields()
    for name, kind in frame_kinds(frame).items():
        fields.append(make_field(name, kind))
    return fields


def write_frame(sink, frame: pd.DataFrame) -> None:
    """Every row of ``frame`` as a feature without geometry."""
    kinds = frame_kinds(frame)
    columns = [python_column(frame[name].to_numpy(), kind) for name, kind in kinds.items()]
    fields = table_fields(frame)
    for row in zip(*columns):
        feature = QgsFeature(fields)
        feature.setAttributes(list(row))
        sink.addFeature(feature, QgsFeatureSink.FastInsert)


def write_table_file(frame: pd.DataFrame, path: str, overwrite: bool) -> None:
    """``frame`` as a table without geometry in a new file (CSV, XLSX, GeoPackage…), written atomically."""
    driver = QgsVectorFileWriter.driverForExtension(Path(path).suffix.lstrip("."))
    if not driver:
        raise DataError(_N(CONTEXT, "Output {file}: the table format '{suffix}' is not supported; use .csv, .xlsx "
                                    "or .gpkg."), file=path, suffix=Path(path).suffix or "?")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.layerName = Path(path).stem
    options.fileEncoding = "UTF-8"
    with layer_io.atomic_output(path, overwrite) as temporary:
        writer = QgsVectorFileWriter.create(temporary, table_fields(frame), QgsWkbTypes.NoGeometry,
                                            QgsCoordinateReferenceSystem(), QgsCoordinateTransformContext(), options)
        try:
            if writer.hasError() != QgsVectorFileWriter.NoError:
                raise DataError(_N(CONTEXT, "Cannot create {file}: {reason}."), file=path,
                                reason=writer.errorMessage())
            write_frame(writer, frame)
        finally:
            del writer


def file_destination(value, context) -> str:
    """The file a sink parameter names ('' for a temporary layer, a database or no output)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.valueAsString(context.expressionContext(), "")[0]
    text = str(value or "")
    if not text or text == QgsProcessing.TEMPORARY_OUTPUT or re.match(r"^[A-Za-z]\w+:", text):
        return ""
    return text


class TypologyAlgorithm(FragiliteAlgorithm):
    GROUP_ID = "maps"
    INPUT = "INPUT"
    METHOD = "METHOD"
    POPULATION = "POPULATION"
    TERRITORY = "TERRITORY"
    OUTPUT = "OUTPUT"
    PROFILE = "PROFILE"

    def add_input_parameters(self) -> None:
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Scored layer (output of the index)"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterFile(
            self.METHOD, self.tr("Method file (JSON; empty = the one stored with the layer)"), extension="json",
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION, self.tr("Population field (for the class profiles)"), None, self.INPUT,
            optional=True))

    def add_output_parameters(self, output_name: str) -> None:
        self.addParameter(QgsProcessingParameterString(
            self.TERRITORY, self.tr("Territory name (for the layer group)"), optional=True))
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, output_name, QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PROFILE, self.tr("Class profiles"), QgsProcessing.TypeVector, optional=True,
            createByDefault=True))

    def request(self, parameters, context) -> TypologyRequest:
        source, _check = self.attribute_source(parameters, self.INPUT, context)   # no geometry used
        if source is None:
            raise QgsProcessingException(self.tr("The scored layer cannot be found or is not valid."))
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        return TypologyRequest(
            source=source, output_path=self.parameterAsOutputLayer(parameters, self.OUTPUT, context),
            source_path=source_file(layer) if layer is not None else "",
            method_path=self.parameterAsFile(parameters, self.METHOD, context) or "",
            population_field=self.parameterAsString(parameters, self.POPULATION, context) or "",
            expression_context=context.expressionContext(), overwrite=self.overwrite(parameters, context),
            source_table=self.whole_table(parameters, self.INPUT, context))

    def run_typology(self, runner, request: TypologyRequest, parameters, context, feedback) -> dict:
        """Run a typology, write the profile table, and say how to present the output once loaded."""
        profile_file = file_destination(parameters.get(self.PROFILE), context)
        try:
            if profile_file:  # a file the profile cannot go to fails the run before the layer is written
                layer_io.check_output_path(profile_file, request.overwrite)
            outcome = runner(request, feedback)
        except CancelledError:
            return {}
        except FragiliteError as error:
            raise self.fail(error) from None
        for warning in outcome.warnings:
            feedback.pushInfo(str(warning))
        self.log_outcome(outcome, feedback)
        results = {}
        table = outcome.profile
        if profile_file:
            # Registers the file to be loaded on completion, as a sink would.
            profile_file = self.parameterAsOutputLayer(parameters, self.PROFILE, context)
            try:
                write_table_file(table, profile_file, request.overwrite)
            except FragiliteError as error:
                raise self.fail(error) from None
            results[self.PROFILE] = profile_file
        else:
            sink, sink_id = self.parameterAsSink(parameters, self.PROFILE, context, table_fields(table),
                                                 QgsWkbTypes.NoGeometry)
            if sink is not None:
                write_frame(sink, table)
                results[self.PROFILE] = sink_id
        try:
            method, _record = method_and_record(request.source_path, request.method_path)
        except FragiliteError as error:
            raise self.fail(error) from None
        present_on_load(context, request.output_path,
                        self.parameterAsString(parameters, self.TERRITORY, context), method.label)
        path = outcome.path
        if Path(path).suffix.lower() == ".gpkg":
            path = f"{path}|layername={outcome.layer_name}"
        results[self.OUTPUT] = path
        return results

    def log_outcome(self, outcome, feedback) -> None:
        """The classes, and for a clustering the inertia gains that help choose their number."""
        for row in outcome.profile.itertuples(index=False):
            feedback.pushInfo(self.tr("{typology} class {code} – {label}: {count} units ({share:.1f} %)").format(
                typology=row.typologie, code=row.classe, label=row.libelle, count=row.n, share=row.part_pct))
        if outcome.gains is None:
            return
        feedback.pushInfo(self.tr("Inertia gains (choose the number of classes after which they drop):"))
        for row in outcome.gains.itertuples(index=False):
            feedback.pushInfo(self.tr("{count} classes: gain {gain:.1f} % of the inertia, {explained:.1f} % "
                                      "explained").format(count=row.classes, gain=row.gain_pct,
                                                          explained=row.r2_pct))
