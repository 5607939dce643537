"""Every difference between the QGIS versions we support (3.22 to the current 3.x LTR)."""

from __future__ import annotations

from qgis.core import Qgis, QgsField, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT
QGIS_3_30 = 33000
QGIS_3_38 = 33800

_VARIANT_TYPES = {"double": QVariant.Double, "int": QVariant.Int, "text": QVariant.String,
                  "int64": QVariant.LongLong}


def make_field(name: str, kind: str, length: int = 0, precision: int = 0, comment: str = "") -> QgsField:
    """A QgsField of kind 'double', 'int', 'int64' or 'text'.

    QGIS 3.38 added a QMetaType constructor and deprecated the QVariant one.
    """
    if QGIS_VERSION_INT >= QGIS_3_38:
        from qgis.PyQt.QtCore import QMetaType

        meta = {"double": QMetaType.Double, "int": QMetaType.Int, "text": QMetaType.QString,
                "int64": QMetaType.LongLong}[kind]
        field = QgsField(name, meta, "", length, precision, comment)
    else:
        field = QgsField(name, _VARIANT_TYPES[kind], "", length, precision, comment)
    return field


def is_polygon_layer(layer) -> bool:
    geometry_type = layer.geometryType()
    if QGIS_VERSION_INT >= QGIS_3_30:
        return geometry_type == Qgis.GeometryType.Polygon
    return geometry_type == QgsWkbTypes.PolygonGeometry


def style_documents(layer: QgsVectorLayer) -> tuple:
    """(QML, SLD) of the layer's current style, made as saveStyleToDatabase makes them before storing them."""
    from qgis.PyQt.QtXml import QDomDocument

    qml, sld = QDomDocument(), QDomDocument()
    layer.exportNamedStyle(qml)
    layer.exportSldStyle(sld, "")
    return qml.toString(), sld.toString()


def save_style_documents(layer: QgsVectorLayer, documents: tuple, name: str, description: str,
                         as_default: bool) -> str:
    """Store (QML, SLD) from ``style_documents`` as a named style of the layer's GeoPackage, as
    saveStyleToDatabase does; returns an error text ('' on success)."""
    from qgis.core import QgsProviderRegistry

    qml, sld = documents
    result = QgsProviderRegistry.instance().saveStyle(layer.providerType(), layer.source(), qml, sld, name,
                                                      description, "", as_default, "")
    if isinstance(result, tuple):  # versions whose binding returns the error text
        return "" if result[0] else (result[1] or "error")
    return "" if result else "error"


def save_style_to_database(layer: QgsVectorLayer, name: str, description: str, as_default: bool) -> str:
    """Save the layer's current style in its GeoPackage; returns an error text ('' on success)."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        result, message = layer.saveStyleToDatabaseV2(name, description, as_default, "")
        ok = result == Qgis.SaveStyleResult.Success if hasattr(Qgis, "SaveStyleResult") else not message
        return "" if ok else (message or "error")
    return layer.saveStyleToDatabase(name, description, as_default, "") or ""


def processing_flag_no_threading():
    from qgis.core import QgsProcessingAlgorithm

    if hasattr(Qgis, "ProcessingAlgorithmFlag"):
        return Qgis.ProcessingAlgorithmFlag.NoThreading
    return QgsProcessingAlgorithm.FlagNoThreading


def processing_flag_optional():
    from qgis.core import QgsProcessingParameterDefinition

    if hasattr(Qgis, "ProcessingParameterFlag"):
        return Qgis.ProcessingParameterFlag.Optional
    return QgsProcessingParameterDefinition.FlagOptional


def processing_flag_advanced():
    from qgis.core import QgsProcessingParameterDefinition

    if hasattr(Qgis, "ProcessingParameterFlag"):
        return Qgis.ProcessingParameterFlag.Advanced
    return QgsProcessingParameterDefinition.FlagAdvanced


def parameter_as_fields(algorithm, parameters: dict, name: str, context) -> list:
    """A field parameter's field names: ``parameterAsStrings`` where QGIS has it (``parameterAsFields`` is
    deprecated there), else ``parameterAsFields`` (3.22)."""
    if hasattr(algorithm, "parameterAsStrings"):
        return list(algorithm.parameterAsStrings(parameters, name, context))
    return list(algorithm.parameterAsFields(parameters, name, context))


def locator_user_data(result):
    """A QgsLocatorResult's user data: ``getUserData()`` on 3.22; on 3.40 the bindings have no
    ``getUserData`` and ``userData`` reads as a property (called only if a version binds it as a method).

    On 3.22 reading the ``userData`` attribute itself raises a SystemError, so it is never touched
    when ``getUserData`` exists.
    """
    getter = getattr(result, "getUserData", None)
    if callable(getter):
        return getter()
    data = result.userData
    return data() if callable(data) else data


def fix_profile_symbols(layer: QgsVectorLayer, color) -> None:
    """Give the layer's elevation profile symbols (QGIS >= 3.26) a fixed colour.

    QGIS draws a random colour for them whenever a layer object is made, and every saved style (QML,
    GeoPackage) carries them: left alone, the same run twice writes different styles.
    """
    properties = layer.elevationProperties()
    if properties is None or not hasattr(properties, "profileFillSymbol"):
        return
    for getter, setter, stroked in (("profileLineSymbol", "setProfileLineSymbol", False),
                                    ("profileFillSymbol", "setProfileFillSymbol", True),
                                    ("profileMarkerSymbol", "setProfileMarkerSymbol", True)):
        symbol = getattr(properties, getter)()
        if symbol is None:
            continue
        symbol = symbol.clone()
        for index in range(symbol.symbolLayerCount()):
            symbol_layer = symbol.symbolLayer(index)
            symbol_layer.setColor(color)
            if stroked:
                symbol_layer.setStrokeColor(color.darker(140))
        getattr(properties, setter)(symbol)
