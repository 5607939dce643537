"""Timing helpers shared by the benchmark modules."""

from __future__ import annotations

import gc
import resource
import time
import tracemalloc
from dataclasses import dataclass, field
from typing import Callable, Optional


@dataclass
class Row:
    name: str
    seconds: float
    baseline: Optional[float] = None      # seconds of the baseline measured in the same run
    baseline_name: str = ""
    peak_mb: Optional[float] = None       # Python-heap peak (tracemalloc) of the stage, MB
    target: str = ""                      # what the issue asks, in words
    met: Optional[bool] = None
    notes: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def ratio(self) -> Optional[float]:
        """How many times faster than the baseline (> 1 = faster)."""
        if self.baseline is None or self.seconds <= 0:
            return None
        return self.baseline / self.seconds


def timed(function: Callable, repeat: int = 1, memory: bool = False):
    """Best wall time of ``repeat`` calls, the last result and, if asked, the tracemalloc peak in MB."""
    best = float("inf")
    result = None
    peak = None
    for _ in range(repeat):
        gc.collect()
        if memory:
            tracemalloc.start()
        start = time.perf_counter()
        result = function()
        elapsed = time.perf_counter() - start
        if memory:
            _current, top = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            peak = top / 1e6 if peak is None else max(peak, top / 1e6)
        best = min(best, elapsed)
    return best, result, peak


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
