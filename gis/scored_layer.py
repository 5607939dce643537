"""Reading back a scored layer (an output of the index): its fields, its method and its provenance."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pandas as pd

from ..core import fields as F
from ..core.errors import CONTEXT, DataError, MethodError, QT_TRANSLATE_NOOP as _N
from ..core.method import Method, load_method, method_from_dict
from . import layer_io
from .scoring import read_provenance


@dataclass
class ScoredLayer:
    frame: pd.DataFrame          # the method's output fields present in the layer (+ code and name)
    method: Method
    record: dict                 # the ifn_metadata record ({} when the layer has none)
    code_field: Optional[str]
    name: str


def layer_path(layer) -> str:
    """The file behind an OGR layer ('' for other providers)."""
    source = layer.source() if hasattr(layer, "source") else ""
    return source.split("|")[0] if source else ""


def read_scored_layer(layer, method_path: Optional[str] = None, code_field: Optional[str] = None,
                      extra_fields: tuple = (), feedback=None) -> ScoredLayer:
    """The layer's index fields and the method that produced them.

    The method comes from the layer's ``ifn_metadata`` table (GeoPackage outputs of the plugin),
    else from ``method_path``.
    """
    path = layer_path(layer)
    record = read_provenance(path) if path and Path(path).suffix.lower() == ".gpkg" else {}
    if isinstance(record.get("method"), dict):
        method = method_from_dict(record["method"], source=f"{path} (ifn_metadata)")
    elif method_path:
        method = load_method(method_path)
    else:
        raise MethodError(_N(CONTEXT, "Layer {file} has no ifn_metadata table telling its method: give the method "
                                      "file used to compute it."), file=path or layer.name())
    names = [f.name() for f in layer.fields()]
    if F.COMPOSITE not in names:
        raise DataError(_N(CONTEXT, "Layer {file} has no field '{field}': choose an output of \"Compute the "
                                    "digital fragility index\"."), file=path or layer.name(), field=F.COMPOSITE)
    code_field = code_field or (record.get("parameters") or {}).get("code_field")
    if code_field and code_field not in names:
        raise DataError(_N(CONTEXT, "Layer {file} has no code field '{field}'; its fields are: {available}."),
                        file=path or layer.name(), field=code_field, available=names)
    layer_io.require_features(layer)
    wanted = [name for name, _kind in F.output_fields(method) if name in names]
    wanted += [f for f in (code_field, *extra_fields) if f and f in names and f not in wanted]
    frame = layer_io.layer_to_frame(layer, wanted, feedback)
    layer_io.refuse_infinite(frame, [n for n in wanted if layer.fields().field(n).isNumeric()])
    return ScoredLayer(frame=frame, method=method, record=record, code_field=code_field,
                       name=Path(path).name if path else layer.name())
