"""Processing provider and algorithms: one algorithm per step, calling core/ and gis/."""
