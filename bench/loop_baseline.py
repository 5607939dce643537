"""The index computed with plain Python loops: the baseline the vectorised core is measured against.

Same method, same rules (parent imputation from an EPCI table, then the mean of the EPCI's,
the department's and the reference's observed units — population-weighted, or a ratio of sums —,
min-max on observed values, means per composite variable, axis and composite). It also serves as
an independent check of the core's numbers.
"""

from __future__ import annotations

import math


def _number(text):
    if text is None or text == "":
        return None
    try:
        value = float(str(text).replace(",", "."))
    except ValueError:
        return None
    return None if math.isnan(value) else value


def loop_index(units: list, tables: dict, method, binding) -> list:
    """``units``: list of dicts with code, epci, dep; ``tables``: id → {code: {column: text}}."""
    population = {}
    if binding.population is not None:
        rows = tables[binding.population.table]
        for unit in units:
            row = rows.get(unit["code"])
            population[unit["code"]] = _number(row.get(binding.population.column)) if row else None
    leaf_scores = {}
    for leaf in method.leaves:
        bound = binding.of(leaf)
        if bound.status == "absent" or bound.source is None:
            continue
        src = bound.source
        raw, num, den = {}, {}, {}
        for unit in units:
            row = tables[src.table].get(unit["code"])
            value = None
            if row is not None:
                if src.is_ratio:
                    n, d = _number(row.get(src.numerator)), _number(row.get(src.denominator))
                    if n is not None and d is not None and d > 0:
                        value = n / d * src.scale
                        num[unit["code"]], den[unit["code"]] = n, d
                else:
                    value = _number(row.get(src.column))
            raw[unit["code"]] = value
        observed = {code: v for code, v in raw.items() if v is not None}

        def aggregate(members, src=src, num=num, den=den, observed=observed):
            if src.is_ratio:
                sn = sum(num[c] for c in members if c in num)
                sd = sum(den[c] for c in members if c in den)
                return sn / sd * src.scale if sd > 0 else None
            weighted = [(observed[c], population.get(c)) for c in members if c in observed]
            if not weighted:
                return None
            with_weight = [(v, w) for v, w in weighted if w is not None and w > 0]
            if with_weight:
                return sum(v * w for v, w in with_weight) / sum(w for _, w in with_weight)
            return sum(v for v, _ in weighted) / len(weighted)

        groups = {}
        for level in ("epci", "dep"):
            members = {}
            for unit in units:
                members.setdefault(unit[level], []).append(unit["code"])
            groups[level] = {key: aggregate(codes) for key, codes in members.items()}
        overall = aggregate([u["code"] for u in units])
        values = {}
        for unit in units:
            code = unit["code"]
            value = raw[code]
            if value is None and "epci" in bound.parents:
                prow = tables[bound.parents["epci"].table].get(unit["epci"])
                value = _number(prow.get(bound.parents["epci"].column)) if prow else None
            if value is None:
                value = groups["epci"].get(unit["epci"])
            if value is None:
                value = groups["dep"].get(unit["dep"])
            if value is None:
                value = overall
            values[code] = value
        low, high = min(observed.values()), max(observed.values())
        sense = method.leaf_owner(leaf).leaf_sense(leaf)
        scores = {}
        for code, value in values.items():
            s = (value - low) / (high - low) if sense > 0 else (high - value) / (high - low)
            scores[code] = min(1.0, max(0.0, s))
        leaf_scores[leaf] = scores
    composites = []
    for unit in units:
        code = unit["code"]
        axis_total, weight_total = 0.0, 0.0
        for axis in method.axes:
            var_scores = []
            for var in axis.variables:
                parts = [leaf_scores[leaf][code] for leaf in var.leaves if leaf in leaf_scores]
                if parts:
                    var_scores.append(sum(parts) / len(parts))
            if var_scores:
                axis_total += axis.weight * sum(var_scores) / len(var_scores)
                weight_total += axis.weight
        composites.append(axis_total / weight_total if weight_total else None)
    return composites
