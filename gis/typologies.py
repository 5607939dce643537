"""Typology runs on a QGIS layer: read the scores, classify (core), write a NEW styled layer and a profile table.

The Processing algorithms and the dock call ``run_policy_typology``, ``run_cluster_typology`` and
``cluster_gains``. The input is only read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd
from qgis.core import QgsExpressionContext, QgsVectorLayer

from ..core import fields as F
from ..core.errors import CONTEXT, CancelledError, DataError, Message, QT_TRANSLATE_NOOP as _N
from ..core.method import Method, load_method, method_from_dict
from ..core.provenance import METADATA_TABLE, metadata_rows
from ..core.typology import (
    AMENAGEMENT_CODE,
    PUBLICS_CODE,
    class_profile,
    cluster_typology,
    policy_typology,
    ward_tree,
)
from . import layer_io, plugin_info
from .geopackage_table import GeoPackageTable, background_copy
from .messages import localized, tr, translate
from .scoring import QgisFeedback, read_provenance, reference_mask
from .style_store import save_style_set, write_qml_beside
from .styles import style_set_to_store

PROFILE_COLUMNS = ("typologie", "classe", "libelle", "n", "part_pct", "pop")


@dataclass
class TypologyRequest:
    source: object                           # QgsFeatureSource or QgsVectorLayer (only read)
    output_path: str
    source_path: str = ""                    # the source's file, whose provenance and method are carried over
    method_path: str = ""                    # a method file; empty = the source's, else the default method
    layer_name: str = "fragilite_numerique"
    overwrite: bool = True
    population_field: str = ""
    # Policy typology
    reference_expression: str = ""           # empty = units with ifn_ref = 1 if the field exists, else all
    publics_field: str = ""                  # empty = the method's "P" sub-index
    amenagement_field: str = ""              # empty = the method's "A" sub-index
    # Statistical typology
    classes: int = 5
    seed: int = 1
    expression_context: Optional[QgsExpressionContext] = None
    source_table: Optional[GeoPackageTable] = None   # the GeoPackage table the source reads whole, if it does


@dataclass
class TypologyOutcome:
    path: str
    layer_name: str
    profile: pd.DataFrame
    gains: Optional[pd.DataFrame] = None
    warnings: list = field(default_factory=list)
    replaced_fields: list = field(default_factory=list)
    details: dict = field(default_factory=dict)


def source_file(source) -> str:
    """The file behind a layer or a Processing source ('' when unknown)."""
    uri = source.source() if hasattr(source, "source") else ""
    return uri.split("|")[0] if uri else ""


def method_and_record(source_path: str, method_path: str = "") -> tuple[Method, dict]:
    """The method to read the layer with: the given file, else the one stored with the output, else the default."""
    record = read_provenance(source_path) if source_path.lower().endswith(".gpkg") else {}
    if method_path:
        return load_method(method_path), record
    if isinstance(record.get("method"), dict):
        return method_from_dict(record["method"], source=f"{source_path} ({METADATA_TABLE})"), record
    return load_method(plugin_info.DEFAULT_METHOD), record


def _group_field(method: Method, code: str, given: str, role: str) -> str:
    if given:
        return given
    for group in method.groups:
        if group.code == code:
            return F.group_field(group.id)
    raise DataError(_N(CONTEXT, "Method {method} has no sub-index '{code}' ({role}); choose the {role} field "
                                "yourself."), method=method.id, code=code, role=role)


def numeric_frame(source, names: list, table: Optional[GeoPackageTable] = None) -> pd.DataFrame:
    """The named fields as floats (NaN = no value), indexed by feature id; a non-numeric field is refused.
    ``table``: the GeoPackage table the source reads whole (read with SQLite), if the caller knows it."""
    fields = source.fields()
    missing = [n for n in names if fields.indexOf(n) < 0]
    if missing:
        raise DataError(_N(CONTEXT, "The layer has no field {columns}; its fields are: {available}."),
                        columns=missing, available=[f.name() for f in fields])
    for name in names:
        fld = fields.field(name)
        if not fld.isNumeric():
            raise DataError(_N(CONTEXT, "Field {field} is of type {type}, not a number: it cannot be used as a "
                                        "score. Choose a numeric field or convert it (field calculator, "
                                        "to_real())."), field=name, type=fld.typeName())
    frame = layer_io.layer_to_frame(source, names, table=table)
    frame = frame.apply(lambda column: pd.to_numeric(column, errors="coerce")).astype(float)
    layer_io.refuse_infinite(frame)
    return frame


def population_values(source, name: str, index: pd.Index, table: Optional[GeoPackageTable] = None
                      ) -> Optional[pd.Series]:
    """Population per unit from a numeric field or a text field holding numbers ('1 234' and '1234,5' accepted)."""
    if not name:
        return None
    raw = layer_io.layer_to_frame(source, [name], table=table)[name].reindex(index)
    text = raw.map(lambda v: v if v is None or isinstance(v, (int, float)) else
                   str(v).replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace(",", "."))
    values = pd.to_numeric(text, errors="coerce")
    bad = raw[values.isna() & raw.map(lambda v: v is not None and str(v).strip() != "")]
    if len(bad):
        raise DataError(_N(CONTEXT, "Population field {field}: {count} value(s) are not numbers, e.g. '{value}' "
                                    "(feature {fid}); choose a numeric population field."),
                        field=name, count=len(bad), value=bad.iloc[0], fid=bad.index[0])
    return values.astype(float)


def score_columns(method: Method, names: list) -> list:
    """Composite, axes and sub-indices present in the layer: the columns of the profile tables."""
    return [n for n in F.score_fields(method) if n in names]


def profile_frame(typology: str, profile: pd.DataFrame, scores: list) -> pd.DataFrame:
    """A core profile as the output table: typologie, classe, libelle, n, part_pct, pop, then the score means."""
    out = pd.DataFrame({"typologie": typology, "classe": [str(c) for c in profile.index],
                        "libelle": profile["label"].tolist(), "n": profile["n"].astype(int).tolist(),
                        "part_pct": profile["share_pct"].astype(float).tolist(),
                        "pop": profile["population"].tolist() if "population" in profile else None})
    for name in scores:
        out[name] = profile[name].astype(float).tolist() if name in profile else np.nan
    return out


def _reference(request: TypologyRequest, frame_index: pd.Index) -> tuple[Optional[np.ndarray], str]:
    if request.reference_expression.strip():
        mask = reference_mask(request.source, request.reference_expression, frame_index.tolist(),
                              request.expression_context)
        return mask, request.reference_expression
    if request.source.fields().indexOf(F.IN_REFERENCE) >= 0:
        flags = numeric_frame(request.source, [F.IN_REFERENCE], request.source_table)[F.IN_REFERENCE].reindex(frame_index)
        return (flags == 1).to_numpy(), f'"{F.IN_REFERENCE}" = 1'
    return None, ""


def run_policy_typology(request: TypologyRequest, qgs_feedback=None) -> TypologyOutcome:
    """Policy typology (METHOD §8): 2 × 2 at the reference territory's medians, 3 × 3 at its terciles."""
    feedback = QgisFeedback(qgs_feedback, 0, 30)
    layer_io.require_features(request.source)
    layer_io.check_output_path(request.output_path, request.overwrite)
    method, record = method_and_record(request.source_path or source_file(request.source), request.method_path)
    pub_field = _group_field(method, PUBLICS_CODE, request.publics_field, tr("exposed publics"))
    amg_field = _group_field(method, AMENAGEMENT_CODE, request.amenagement_field, tr("infrastructure"))
    names = [f.name() for f in request.source.fields()]
    scores = list(dict.fromkeys(score_columns(method, names) + [pub_field, amg_field]))
    frame = numeric_frame(request.source, scores, request.source_table)
    feedback.set_progress(50)
    mask, reference = _reference(request, frame.index)
    result = policy_typology(frame[pub_field].to_numpy(), frame[amg_field].to_numpy(), mask, translate,
                             names=(pub_field, amg_field))
    population = population_values(request.source, request.population_field, frame.index,
                                   request.source_table)
    profiles = []
    for scheme, codes, table in (("2x2", result.code_2x2, result.labels_2x2),
                                 ("3x3", result.code_3x3, result.labels_3x3)):
        profile = class_profile(frame[scores].reset_index(drop=True), pd.Series(codes, dtype=object),
                                None if population is None else population.to_numpy())
        profile.insert(0, "label", [table[c] for c in profile.index])
        profiles.append(profile_frame(scheme, profile, scores))
    columns = pd.DataFrame({F.POLICY_2X2: result.code_2x2, F.POLICY_2X2_LABEL: result.label_2x2,
                            F.POLICY_3X3: result.code_3x3, F.POLICY_3X3_LABEL: result.label_3x3}, index=frame.index)
    kinds = dict.fromkeys(columns.columns, "text")
    comments = {F.POLICY_2X2: tr("Infrastructure × publics typology at the medians (code)"),
                F.POLICY_2X2_LABEL: tr("Infrastructure × publics typology at the medians"),
                F.POLICY_3X3: tr("Infrastructure × publics typology at the terciles (code)"),
                F.POLICY_3X3_LABEL: tr("Infrastructure × publics typology at the terciles")}
    details = {"publics_field": pub_field, "amenagement_field": amg_field, "reference": reference or "all",
               "cuts": {key: [cut.to_dict() for cut in cuts] for key, cuts in result.cuts.items()}}
    replaced, warnings = write_typology_output(request, columns, kinds, comments, method, record,
                                               "typology_policy", details, F.POLICY_2X2, qgs_feedback)
    warnings[:0] = [localized(message) for message in result.warnings]
    return TypologyOutcome(path=request.output_path, layer_name=request.layer_name,
                           profile=pd.concat(profiles, ignore_index=True), warnings=warnings,
                           replaced_fields=replaced, details=details)


def axis_fields(method: Method) -> list:
    return [F.axis_field(axis.id) for axis in method.axes]


def cluster_gains(source, method: Optional[Method] = None, seed: int = 1, max_classes: int = 10) -> pd.DataFrame:
    """Inertia gains of the Ward hierarchy for 2 … max_classes classes, to choose the number of classes."""
    method = method or method_and_record(source_file(source))[0]
    axes = numeric_frame(source, axis_fields(method))
    points = axes.loc[:, axes.notna().any()].dropna().to_numpy()  # an axis without any value is left out
    if points.shape[0] < 2:
        raise DataError(_N(CONTEXT, "No unit has all of the axis scores {fields}; nothing to cluster."),
                        fields=list(axes.columns))
    return ward_tree(points, seed=seed).gains(max_classes)


def run_cluster_typology(request: TypologyRequest, qgs_feedback=None) -> TypologyOutcome:
    """Statistical typology: Ward clustering on the axis scores, classes ordered by mean composite."""
    feedback = QgisFeedback(qgs_feedback, 0, 40)
    layer_io.require_features(request.source)
    layer_io.check_output_path(request.output_path, request.overwrite)
    method, record = method_and_record(request.source_path or source_file(request.source), request.method_path)
    axes = axis_fields(method)
    names = [f.name() for f in request.source.fields()]
    scores = list(dict.fromkeys(score_columns(method, names) + axes + [F.COMPOSITE]))
    frame = numeric_frame(request.source, scores, request.source_table)
    population = population_values(request.source, request.population_field, frame.index,
                                   request.source_table)
    feedback.set_progress(20)
    result = cluster_typology(frame[axes], frame[F.COMPOSITE].to_numpy(), request.classes, seed=request.seed,
                              population=None if population is None else population.to_numpy(),
                              translate=translate)
    feedback.set_progress(80)
    # The profile of the chosen partition on every score, not only the axes it was built on.
    classes = pd.Series([np.nan if c is None else c for c in result.classes], dtype=float)
    profile = class_profile(frame[scores].reset_index(drop=True), classes,
                            None if population is None else population.to_numpy())
    profile.index = profile.index.astype(int)
    profile.insert(0, "label", [result.labels[c] for c in profile.index])
    columns = pd.DataFrame({F.CLUSTER: result.classes, F.CLUSTER_LABEL: result.unit_labels}, index=frame.index)
    kinds = {F.CLUSTER: "int", F.CLUSTER_LABEL: "text"}
    comments = {F.CLUSTER: tr("Statistical typology (Ward): class, 1 = lowest mean composite"),
                F.CLUSTER_LABEL: tr("Statistical typology (Ward)")}
    details = {"classes": int(request.classes), "seed": int(request.seed), "axis_fields": axes,
               "centres": result.n_centres, "gains": result.gains.round(6).to_dict(orient="records"),
               "labels": {str(k): v for k, v in result.labels.items()}}
    replaced, warnings = write_typology_output(request, columns, kinds, comments, method, record,
                                               "typology_cluster", details, F.CLUSTER, qgs_feedback)
    if result.empty_axes:
        warnings.insert(0, localized(Message(_N(
            CONTEXT, "Axis field(s) {fields} have no value in any unit (their variables were left out of the "
                     "index): the classes are made on the other axes."), fields=result.empty_axes)))
    return TypologyOutcome(path=request.output_path, layer_name=request.layer_name,
                           profile=profile_frame("cah", profile, scores), gains=result.gains, warnings=warnings,
                           replaced_fields=replaced, details=details)


def write_typology_output(request: TypologyRequest, columns: pd.DataFrame, kinds: dict, comments: dict,
                          method: Method, record: dict, key: str, details: dict, default_field: str,
                          qgs_feedback=None) -> tuple[list, list]:
    """The input's features with the typology fields, atomically; in a GeoPackage also provenance and styles."""
    spec = layer_io.OutputSpec(scores=columns, kinds=kinds, comments=comments, layer_name=request.layer_name)
    progress = QgisFeedback(qgs_feedback, 40, 50)
    warnings: list = []
    with layer_io.atomic_output(request.output_path, request.overwrite, qgs_feedback) as temporary:
        with background_copy(request.source_table, temporary, request.layer_name, qgs_feedback) as copy:
            replaced = layer_io.write_features(request.source, spec, temporary, qgs_feedback,
                                               progress=progress.set_progress, copy=copy)
        if progress.is_cancelled():
            raise CancelledError()
        if Path(temporary).suffix.lower() == ".gpkg":
            kept = dict(record) or {"method_id": method.id, "method_label": method.label,
                                    "method": method.to_dict()}
            kept[key] = details
            layer_io.write_table(temporary, METADATA_TABLE, metadata_rows(kept))
            layer = layer_io.open_layer(temporary, request.layer_name)
            # Styled before the metadata is saved: that write leaves the file in WAL mode, which the fast
            # read of the values to classify refuses.
            style_set = style_set_to_store(layer, method, default_field=default_field)
            copy_metadata(request.source, layer)
            warnings = [localized(w) for w in style_set.warnings]
            warnings += save_style_set(layer, style_set)
            del layer
    write_qml_beside(request.output_path, request.layer_name)
    if replaced:
        warnings.insert(0, localized(layer_io.replaced_fields_message(replaced)))
    if qgs_feedback is not None:
        qgs_feedback.setProgress(100)
    return replaced, warnings


def copy_metadata(source, layer: QgsVectorLayer) -> None:
    """Keep the scored layer's description (method, sources) on the typology output."""
    uri = source.source() if hasattr(source, "source") else ""
    if not uri.split("|")[0].lower().endswith(".gpkg"):
        return
    source = QgsVectorLayer(uri, "source", "ogr")
    if source.isValid() and source.metadata().abstract():
        layer.setMetadata(source.metadata())
        layer.saveDefaultMetadata()
