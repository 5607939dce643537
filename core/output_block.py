"""The output fields of a run, written straight into the memory of the final DataFrame.

A million units × 60 number fields is half a gigabyte: keeping each field as its own array and
copying them all into a frame at the end doubled that peak and the time spent writing it.
"""

from __future__ import annotations

from typing import Iterator

import numpy as np
import pandas as pd


class OutputBlock:
    """A dict-like of output fields: number fields are rows of one float block, text fields arrays.

    ``fields`` is ``fields.output_fields(method)``: (name, kind) with kind 'double', 'int' or 'text'.
    Assigning a number field copies the values into its row; reading it gives the row (a view).
    Only the fields of the contract can be written.
    """

    def __init__(self, fields: list, n: int):
        self._numbers = {name: row for row, name in enumerate(name for name, kind in fields if kind != "text")}
        self._text_names = [name for name, kind in fields if kind == "text"]
        self._block = np.empty((len(self._numbers), n))
        self._texts: dict = {}
        self._written: set = set()

    def __setitem__(self, name: str, values) -> None:
        if name in self._numbers:
            self._block[self._numbers[name]] = values
            self._written.add(name)
        elif name in self._text_names:
            self._texts[name] = values
        else:
            raise KeyError(f"{name} is not an output field")

    def __getitem__(self, name: str) -> np.ndarray:
        if name in self._texts:
            return self._texts[name]
        if name not in self._written:
            raise KeyError(name)
        return self._block[self._numbers[name]]

    def __contains__(self, name: object) -> bool:
        return name in self._written or name in self._texts

    def __iter__(self) -> Iterator[str]:
        return iter([*self._written, *self._texts])

    def frame(self, index: pd.Index) -> pd.DataFrame:
        """The fields as a DataFrame (number columns first, in contract order), sharing the block."""
        missing = [name for name in [*self._numbers, *self._text_names] if name not in self]
        if missing:
            raise KeyError(f"output fields never written: {missing}")
        numbers = pd.DataFrame(self._block.T, columns=list(self._numbers), index=index, copy=False)
        texts = pd.DataFrame({name: self._texts[name] for name in self._text_names}, index=index)
        return pd.concat([numbers, texts], axis=1, copy=False)
