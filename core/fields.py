"""The output contract: names of the fields written for a method (all ≤ 10 characters)."""

from __future__ import annotations

from .method import Method

COMPOSITE = "ifn"
RANK = "ifn_rang"
DECILE = "ifn_dec"
COVERAGE = "ifn_cov"
N_IMPUTED = "ifn_nimp"
IMPUTED = "ifn_imp"
MISSING = "ifn_manq"
IN_REFERENCE = "ifn_ref"
PREFIX = "ifn_"

# Typologies (written by the typology step, read by styles and atlas pages).
POLICY_2X2 = "ifn_typ"          # policy typology 2 × 2 (aménagement × publics), class code
POLICY_2X2_LABEL = "ifn_typl"   # its French label
POLICY_3X3 = "ifn_t9"           # policy typology 3 × 3 at terciles, class code "11" … "33"
POLICY_3X3_LABEL = "ifn_t9l"
CLUSTER = "ifn_cah"             # statistical typology (Ward), class number ordered by mean composite
CLUSTER_LABEL = "ifn_cahl"
# Rank stability (Monte Carlo over the method's choices).
RANK_MEDIAN = "ifn_rmed"
RANK_LOW = "ifn_r05"
RANK_HIGH = "ifn_r95"
RANK_STABILITY = "ifn_stab"


def axis_field(axis_id: str) -> str:
    return PREFIX + axis_id


def group_field(group_id: str) -> str:
    return PREFIX + group_id


def raw_field(var_id: str) -> str:
    return "v_" + var_id


def score_field(var_id: str) -> str:
    return "n_" + var_id


def flag_field(var_id: str) -> str:
    return "i_" + var_id


def contribution_field(var_id: str) -> str:
    return "c_" + var_id


def score_fields(method: Method) -> list:
    """Composite, axes, intermediate scores and sub-indices, in display order."""
    names = [COMPOSITE] + [axis_field(a.id) for a in method.axes]
    names += [group_field(i.id) for i in method.intermediates]
    names += [group_field(g.id) for g in method.groups]
    return names


def output_fields(method: Method) -> list:
    """Every field of the output, with its type: 'double', 'int' or 'text'."""
    fields = [(name, "double") for name in score_fields(method)]
    fields += [(RANK, "int"), (DECILE, "int"), (IN_REFERENCE, "int"), (COVERAGE, "double"), (N_IMPUTED, "int"),
               (IMPUTED, "text"), (MISSING, "text")]
    for var in method.variables:
        for leaf in var.leaves:
            fields += [(raw_field(leaf), "double"), (flag_field(leaf), "text"), (score_field(leaf), "double")]
        if var.is_composite:
            fields.append((score_field(var.id), "double"))
        fields.append((contribution_field(var.id), "double"))
    return fields


def describe_fields(method: Method) -> dict:
    """Field name → French description, for the README, the metadata and the dock."""
    out = {COMPOSITE: "Indice composite de fragilité numérique",
           RANK: "Rang dans le territoire de référence (1 = le plus fragile)",
           DECILE: "Décile dans le territoire de référence (10 = les 10 % les plus fragiles)",
           IN_REFERENCE: "1 si l'unité appartient au territoire de référence",
           COVERAGE: "Part des variables observées (non imputées, non absentes)",
           N_IMPUTED: "Nombre de variables imputées",
           IMPUTED: "Variables imputées (identifiants)",
           MISSING: "Variables sans valeur (absentes des données ou manquantes)"}
    for axis in method.axes:
        out[axis_field(axis.id)] = f"Axe : {axis.label}"
    for inter in method.intermediates:
        out[group_field(inter.id)] = f"Score intermédiaire : {inter.label}"
    for group in method.groups:
        out[group_field(group.id)] = f"Sous-indice : {group.label}"
    for var in method.variables:
        for leaf in var.leaves:
            label = var.label if leaf == var.id else next(c.label for c in var.components if c.id == leaf)
            out[raw_field(leaf)] = f"Valeur : {label}"
            out[flag_field(leaf)] = f"Origine de la valeur : {label}"
            out[score_field(leaf)] = f"Score normalisé : {label}"
        if var.is_composite:
            out[score_field(var.id)] = f"Score normalisé : {var.label}"
        out[contribution_field(var.id)] = f"Contribution à l'indice : {var.label}"
    return out
