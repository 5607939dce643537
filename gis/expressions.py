"""User expressions (reference territory, filters) checked before use.

Processing's ``parameterAsExpression`` turns an invalid expression into '' without a word, so
every algorithm reads expressions as text and passes them here: a syntax error, or a field the
layer does not have, is refused with a message naming the expression and what is wrong.
"""

from __future__ import annotations

from qgis.core import QgsExpression, QgsFeatureRequest

from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N

def checked_expression(text: str, fields, layer_name: str, invalid: str) -> QgsExpression:
    """``text`` parsed; every field it names exists in ``fields`` (DataError otherwise).

    ``invalid``: the message template of a syntax error (parameters ``expression`` and ``reason``).
    """
    expression = QgsExpression(text)
    if expression.hasParserError():
        raise DataError(invalid, expression=text, reason=expression.parserErrorString().strip())
    names = {fields.at(i).name().lower() for i in range(fields.count())}
    unknown = sorted(c for c in expression.referencedColumns()
                     if c != QgsFeatureRequest.ALL_ATTRIBUTES and c.lower() not in names)
    if unknown:
        raise DataError(_N(CONTEXT, "The expression {expression} uses field(s) {columns} that layer {layer} does "
                                    "not have; its fields are: {available}. Correct the field names (double quotes "
                                    "for fields, single quotes for texts: \"dep\" = '59')."),
                        expression=text, columns=unknown, layer=layer_name or "?",
                        available=[fields.at(i).name() for i in range(fields.count())])
    return expression
