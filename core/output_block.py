"""The output fields of a run, written straight into the memory of the final DataFrame.

A million units × 60 number fields is half a gigabyte: keeping each field as its own array and
copying them all into a frame at the end doubled that peak and the time spent writing it.
"""

from __future__ import annotations

import importlib
from typing import Iterator

import numpy as np
import pandas as pd


class OutputBlock:
    """A dict-like of output fields: each field is a row of one float block or of one text block.

    ``fields`` is ``fields.output_fields(method)``: (name, kind) with kind 'double', 'int' or 'text'.
    Assigning a field copies the values into its row; reading it gives the row (a view). Only the
    fields of the contract can be written.
    """

    def __init__(self, fields: list, n: int):
        self._numbers = {name: row for row, name in enumerate(name for name, kind in fields if kind != "text")}
        self._texts = {name: row for row, name in enumerate(name for name, kind in fields if kind == "text")}
        self._number_block = _empty_without_huge_pages((len(self._numbers), n))
        self._text_block = np.empty((len(self._texts), n), dtype=object)
        self._written: set = set()

    def _place(self, name: str) -> tuple:
        if name in self._numbers:
            return self._number_block, self._numbers[name]
        if name in self._texts:
            return self._text_block, self._texts[name]
        raise KeyError(f"{name} is not an output field")

    def __setitem__(self, name: str, values) -> None:
        block, row = self._place(name)
        block[row] = values
        self._written.add(name)

    def __getitem__(self, name: str) -> np.ndarray:
        if name not in self._written:
            raise KeyError(name)
        block, row = self._place(name)
        return block[row]

    def __contains__(self, name: object) -> bool:
        return name in self._written

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._written))

    def frame(self, index: pd.Index) -> pd.DataFrame:
        """The fields as a DataFrame (number columns first, in contract order), sharing the blocks."""
        missing = [name for name in [*self._numbers, *self._texts] if name not in self._written]
        if missing:
            raise KeyError(f"output fields never written: {missing}")
        numbers = pd.DataFrame(self._number_block.T, columns=list(self._numbers), index=index, copy=False)
        texts = pd.DataFrame(self._text_block.T, columns=list(self._texts), index=index, dtype=object, copy=False)
        return pd.concat([numbers, texts], axis=1, copy=False)


def _madvise_switch():
    """numpy's switch for asking Linux for huge pages on large arrays (None if this numpy has none)."""
    for module in ("numpy._core.multiarray", "numpy.core.multiarray"):
        try:
            found = importlib.import_module(module)
        except ImportError:
            continue
        switch = getattr(found, "_set_madvise_hugepage", None)
        if switch is not None:
            return switch
    return None


def _empty_without_huge_pages(shape: tuple) -> np.ndarray:
    """A large float array allocated without numpy's huge-page hint.

    The hint makes Linux compact memory to find 2 MB pages as the block is first written: with
    "defrag=madvise" (the kernel default) that took 0.5-1.4 s of system time for the 500 MB
    block of a million units, against 0.3 s with ordinary pages. The hint is switched off for
    this one allocation only (it is a hint: nothing else changes).
    """
    switch = _madvise_switch()
    if switch is None:
        return np.empty(shape)
    previous = switch(False)
    try:
        return np.empty(shape)
    finally:
        switch(previous)
