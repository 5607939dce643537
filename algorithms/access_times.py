"""Processing: "Compute access times" (Calculer des temps d'accès)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ..core.access import DEFAULT_DETOUR, DEFAULT_SPEED_KMH, INTRA_MODES, MODES, AccessParameters
from ..core.access_spec import COUNT_LAYOUTS
from ..core.errors import CancelledError, FragiliteError
from ..gis import plugin_info
from ..gis.access_layer import AccessLayerRequest, run_access_layer
from ..gis.access_run import AccessOptions
from ..gis.compat import processing_flag_advanced
from ..gis.layer_io import replaced_fields_message
from ..gis.messages import localized
from .base import FragiliteAlgorithm


class AccessTimesAlgorithm(FragiliteAlgorithm):
    GROUP_ID = "access"
    INPUT = "INPUT"
    CODE_FIELD = "CODE_FIELD"
    SOURCE = "SOURCE"
    BINDING = "BINDING"
    VARIABLES = "VARIABLES"
    POINTS = "POINTS"
    POINTS_TYPE_FIELD = "POINTS_TYPE_FIELD"
    COUNTS = "COUNTS"
    COUNTS_LAYOUT = "COUNTS_LAYOUT"
    COUNTS_CODE = "COUNTS_CODE"
    COUNTS_TYPE = "COUNTS_TYPE"
    COUNTS_COUNT = "COUNTS_COUNT"
    TYPES = "TYPES"
    RANGES = "RANGES"
    MODE = "MODE"
    NETWORK = "NETWORK"
    NETWORK_SPEED_FIELD = "NETWORK_SPEED_FIELD"
    DETOUR = "DETOUR"
    SPEED = "SPEED"
    INTRA = "INTRA"
    CHEF_LIEU = "CHEF_LIEU"
    CHEF_LIEU_CODE_FIELD = "CHEF_LIEU_CODE_FIELD"
    CRS = "CRS"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "access_times"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Compute access times")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "<p>Computes, for every unit (commune…) of the layer, the time to the nearest equipment of each type, "
            "and the time of each range (the mean of its types' times). The result is a new layer: the units "
            "with one field per type and per range, in minutes. The unit layer is never modified.</p>"
            "<p><b>Origin</b>: a point inside each unit (point on surface), or its chef-lieu when a chef-lieu "
            "point layer is given (matched on the code). Distances are measured in the chosen projected CRS "
            "(Lambert-93 by default), whatever the layers' CRS.</p>"
            "<p><b>Destinations</b>: either <i>the access variables of a binding</i> (by default the embedded "
            "Hauts-de-France data: health care t_urg, t_gp, t_spe from the BPE 2019; public services tsp; "
            "digital information points t_compn, t_demar from libraries, mediation places, Conseillers "
            "numériques and France Services; restrict them with <i>Variables</i>, e.g. t_urg, t_gp, t_spe), "
            "or your own: a point layer (optional type field) and/or a count table per unit code (long layout "
            "code / type / count, as the BPE per commune, or wide: one column per type). A unit with at least "
            "one equipment of a type holds it.</p>"
            "<p><b>Types</b>: codes separated by ';' (one field each), code ranges (D202-D214), named groups "
            "whose nearest member counts (spe=D202-D214), '*' for every destination; empty = every type found. "
            "<b>Ranges</b>: name=type,type (soins=D106,D201,spe; * = every type); empty = one range 'gamme' of "
            "every type. Types absent from the data are reported and left out.</p>"
            "<p><b>Time</b>: straight-line distance × detour coefficient / speed (defaults 1.3 and 50 km/h). A "
            "unit holding the equipment gets an intra-unit time: 2/3 of the radius of the disc of the same area "
            "(the mean distance to its centre) × detour / speed, or 0. With a <b>road network</b> (lines, "
            "optional speed field in km/h), the shortest-path time instead; the legs from a point to the "
            "network are straight lines. A unit that cannot reach any destination gets no value and is "
            "reported.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Unit layer (communes)"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Unit code field (needed for count tables and chefs-lieux)"), "code",
            self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.SOURCE, self.tr("Destinations"),
            [self.tr("Access variables of a binding (embedded Hauts-de-France data by default)"),
             self.tr("The point layer and/or count table below")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFile(
            self.BINDING, self.tr("Binding (JSON) with equipment sources"), extension="json",
            defaultValue=str(plugin_info.EMBEDDED_BINDING), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.VARIABLES, self.tr("Variables of the binding (e.g. t_urg, t_gp, t_spe; empty = all)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POINTS, self.tr("Equipment points"), [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POINTS_TYPE_FIELD, self.tr("Type field of the equipment points"), None, self.POINTS,
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.COUNTS, self.tr("Equipment counts per unit code (CSV, e.g. BPE per commune)"), extension="csv",
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.COUNTS_LAYOUT, self.tr("Count table layout"),
            [self.tr("long: code, type, count"), self.tr("wide: one column per type")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.COUNTS_CODE, self.tr("Count table: unit code column"), "DEPCOM", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.COUNTS_TYPE, self.tr("Count table: type column (long layout)"), "TYPEQU", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.COUNTS_COUNT, self.tr("Count table: count column (long layout; empty = one per row)"),
            "NB_EQUIP", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TYPES, self.tr("Types (e.g. D106; D201; spe=D202-D214)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.RANGES, self.tr("Ranges (e.g. soins=D106,D201,spe)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, self.tr("Time"), [self.tr("Straight line × detour / speed"), self.tr("Road network")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, self.tr("Road network (lines)"), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.NETWORK_SPEED_FIELD, self.tr("Speed field of the road network (km/h)"), None, self.NETWORK,
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DETOUR, self.tr("Detour coefficient"), QgsProcessingParameterNumber.Double, DEFAULT_DETOUR,
            minValue=1.0, maxValue=10.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SPEED, self.tr("Speed (km/h)"), QgsProcessingParameterNumber.Double, DEFAULT_SPEED_KMH,
            minValue=0.1, maxValue=300.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.INTRA, self.tr("Time inside a unit holding the equipment"),
            [self.tr("From its area: 2/3 of the radius of the disc of the same area"), self.tr("Zero")],
            defaultValue=0))
        advanced = [
            QgsProcessingParameterFeatureSource(self.CHEF_LIEU, self.tr("Chef-lieu points (origins)"),
                                                [QgsProcessing.TypeVectorPoint], optional=True),
            QgsProcessingParameterField(self.CHEF_LIEU_CODE_FIELD, self.tr("Code field of the chef-lieu points"),
                                        None, self.CHEF_LIEU, optional=True),
            QgsProcessingParameterCrs(self.CRS, self.tr("Projected CRS of the distances (empty = Lambert-93)"),
                                      "EPSG:2154", optional=True),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | processing_flag_advanced())
            self.addParameter(parameter)
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("Access times"), QgsProcessing.TypeVectorAnyGeometry))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.checked_source(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.tr("The unit layer cannot be found or is not valid."))
        own = self.parameterAsEnum(parameters, self.SOURCE, context) == 1
        text = {key: self.parameterAsString(parameters, key, context) for key in (
            self.CODE_FIELD, self.VARIABLES, self.POINTS_TYPE_FIELD, self.COUNTS_CODE, self.COUNTS_TYPE,
            self.COUNTS_COUNT, self.TYPES, self.RANGES, self.NETWORK_SPEED_FIELD, self.CHEF_LIEU_CODE_FIELD)}
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        try:
            access_parameters = AccessParameters(
                detour=self.parameterAsDouble(parameters, self.DETOUR, context),
                speed_kmh=self.parameterAsDouble(parameters, self.SPEED, context),
                intra=INTRA_MODES[self.parameterAsEnum(parameters, self.INTRA, context)],
                mode=MODES[self.parameterAsEnum(parameters, self.MODE, context)])
            request = AccessLayerRequest(
                source=source, output_path=self.parameterAsOutputLayer(parameters, self.OUTPUT, context),
                code_field=text[self.CODE_FIELD] or None, parameters=access_parameters,
                binding_path=None if own else (self.parameterAsFile(parameters, self.BINDING, context)
                                               or str(plugin_info.EMBEDDED_BINDING)),
                variables=tuple(v for v in text[self.VARIABLES].replace(";", ",").split(",") if v.strip()),
                points=self.checked_source(parameters, self.POINTS, context) if own else None,
                points_type_field=text[self.POINTS_TYPE_FIELD] or None,
                counts_path=(self.parameterAsFile(parameters, self.COUNTS, context) or None) if own else None,
                counts_layout=COUNT_LAYOUTS[self.parameterAsEnum(parameters, self.COUNTS_LAYOUT, context)],
                counts_code=text[self.COUNTS_CODE] or "DEPCOM", counts_type=text[self.COUNTS_TYPE] or None,
                counts_count=text[self.COUNTS_COUNT] or None, types=text[self.TYPES], ranges=text[self.RANGES],
                options=AccessOptions(network=self.checked_source(parameters, self.NETWORK, context),
                                      network_speed_field=text[self.NETWORK_SPEED_FIELD] or None,
                                      chef_lieu=self.checked_source(parameters, self.CHEF_LIEU, context),
                                      chef_lieu_code_field=text[self.CHEF_LIEU_CODE_FIELD] or None),
                crs=(crs.authid() or crs.toWkt()) if crs.isValid() else "EPSG:2154",
                overwrite=self.overwrite(parameters, context))
            outcome = run_access_layer(request, feedback)
        except CancelledError:
            return {}
        except FragiliteError as error:
            raise self.fail(error) from None
        for warning in outcome.access.result.report.warnings:
            feedback.pushWarning(localized(warning))
        if outcome.replaced_fields:
            feedback.pushWarning(localized(replaced_fields_message(outcome.replaced_fields)))
        feedback.pushInfo(self.tr("{} units, fields written: {}.").format(
            len(outcome.access.fids), ", ".join(outcome.fields)))
        path = outcome.path
        if Path(path).suffix.lower() == ".gpkg":
            path = f"{path}|layername={outcome.layer_name}"
        return {self.OUTPUT: path}
