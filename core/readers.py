"""Reading the tables technicians have, every cell as text.

CSV (UTF-8, UTF-8 with BOM, UTF-16 with BOM, Windows-1252; ``;``, ``,``, tab or ``|``; quoted
fields), XLSX and ODS (openpyxl when present, else GDAL), DBF (and the attribute table of a
shapefile), GeoPackage tables. INSEE files put their column codes under title rows: the header
row is found, the rows above it are skipped and counted. The frame returned is indexed by the
file line (or spreadsheet row) of each record, so every message can name its line; the file is
only read, never written.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import struct
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd

from .errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N
from .tables import LINE_INDEX, cell_text, looks_numeric

SEPARATORS = ";,\t|"
SEPARATOR_NAMES = {";": "';'", ",": "','", "\t": "tab", "|": "'|'"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv", ".tab"}
SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".ods"}
DBF_SUFFIXES = {".dbf", ".shp"}
GPKG_SUFFIXES = {".gpkg", ".sqlite", ".db"}
SUPPORTED = TEXT_SUFFIXES | SPREADSHEET_SUFFIXES | DBF_SUFFIXES | GPKG_SUFFIXES
HEADER_SCAN = 60                        # rows looked at to find the header under title rows
_CODE_LIKE = re.compile(r"^2[AB]\d{3}(\d{4})?$", re.IGNORECASE)   # Corsican commune and IRIS codes
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ASCII_SPACES = [c for c in map(chr, range(128)) if c.isspace() and c != "\n"]
_SPACE_AFTER_NUL = re.compile(r"\x00\s")


@dataclass
class ReadInfo:
    """How a table was read (kept in ``frame.attrs['read']``)."""

    path: str
    format: str
    encoding: str = ""
    separator: str = ""
    sheet: str = ""
    header_line: int = 1          # file line / spreadsheet row of the header
    title_rows: int = 0           # non-empty rows above the header, skipped

    def to_dict(self) -> dict:
        return asdict(self)


def read_info(frame: pd.DataFrame) -> dict:
    return dict(frame.attrs.get("read", {}))


# ---------------------------------------------------------------------------------------------
# Header detection, shared by every format


def _holds_data(row: list) -> bool:
    """Whether a row has a number or a code (a few dozen cells: plain Python beats pandas here)."""
    for cell in row:
        text = "" if cell is None else str(cell).strip()
        if text and (looks_numeric(text) or _CODE_LIKE.match(text) is not None):
            return True
    return False


def find_header(rows: list) -> int:
    """Index, in ``rows`` (lists of text cells), of the header row.

    Title rows are narrower than the table; the header is the row just above the first row
    holding numbers or codes (INSEE puts a row of labels above the row of codes: the codes win
    because they are the last row before the data). A header made of years (``2017``) is
    recognised because it is then the first full-width row.
    """
    sample = rows[:HEADER_SCAN]
    widths = [sum(1 for c in row if str(c).strip()) for row in sample]
    if not widths or max(widths) == 0:
        return 0
    full_width = max(2, (max(widths) + 1) // 2) if max(widths) > 1 else 1
    first_full = next(i for i, w in enumerate(widths) if w >= full_width)
    for i in range(first_full, len(sample)):
        if widths[i] and _holds_data(sample[i]):
            return i - 1 if i > first_full else first_full
    return first_full


def _unique_names(header: list, path: str, line: int) -> list:
    names = []
    seen: dict = {}
    for i, raw in enumerate(header):
        name = str(raw).strip().lstrip("\ufeff")
        if not name:
            name = f"column_{i + 1}"
        if name in seen:
            raise DataError(_N(CONTEXT, "{file}, line {line}: column name '{column}' appears twice in the header "
                                        "(columns {first} and {second}); rename one of them."),
                            file=path, line=line, column=name, first=seen[name] + 1, second=i + 1)
        seen[name] = i
        names.append(name)
    return names


def frame_from_rows(rows: list, lines: list, path: str, info: ReadInfo) -> pd.DataFrame:
    """A text frame from rows of cells: header found under title rows, empty rows dropped."""
    keep = [i for i, row in enumerate(rows) if any(str(c).strip() for c in row)]
    rows = [rows[i] for i in keep]
    lines = [lines[i] for i in keep]
    if not rows:
        raise DataError(_N(CONTEXT, "{file} is empty."), file=path)
    h = find_header(rows)
    header = list(rows[h])
    while header and not str(header[-1]).strip() and len(header) > 1 and all(
            len(r) < len(header) or not str(r[len(header) - 1]).strip() for r in rows[h + 1:]):
        header.pop()  # trailing empty columns (spreadsheet padding)
    width = len(header)
    names = _unique_names(header, path, lines[h])
    body = [list(r[:width]) + [""] * (width - len(r)) for r in rows[h + 1:]]
    frame = pd.DataFrame(body, columns=names, dtype=object) if body else pd.DataFrame(columns=names, dtype=object)
    frame.index = pd.Index(lines[h + 1:], name=LINE_INDEX)
    info.header_line = int(lines[h])
    info.title_rows = h
    frame.attrs["read"] = info.to_dict()
    if frame.empty:
        raise DataError(_N(CONTEXT, "{file} has a header (line {line}) but no rows."), file=path, line=lines[h])
    return frame


# ---------------------------------------------------------------------------------------------
# Text files


def decode(raw: bytes, path: str) -> tuple[str, str]:
    """The text of a file and its encoding; binary content and unknown encodings are refused."""
    if not raw.strip():
        raise DataError(_N(CONTEXT, "{file} is empty."), file=path)
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw[:65536]:
        raise DataError(_N(CONTEXT, "{file} is not a text table (binary content); save it as CSV, XLSX or ODS."),
                        file=path)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            if encoding == "cp1252":
                line = raw[:exc.start].count(b"\n") + 1
                raise DataError(_N(CONTEXT, "{file}, line {line}: unknown text encoding (neither UTF-8 nor "
                                            "Windows-1252); save the file as CSV UTF-8."),
                                file=path, line=line) from None
            continue
        controls = len(_CONTROL.findall(text[:65536]))
        if controls > max(3, len(text[:65536]) // 200):
            raise DataError(_N(CONTEXT, "{file} is not a text table (binary content); save it as CSV, XLSX or "
                                        "ODS."), file=path)
        return text, encoding
    raise AssertionError("unreachable")


def _field_counts(lines: list, sep: str) -> list:
    return [len(row) for row in csv.reader(lines, delimiter=sep, quotechar='"')]


def sniff_separator(lines: list) -> str:
    """The separator that splits the most lines, most consistently, over the first lines.

    Scored by the share of lines it splits, then the share of lines with its most common number
    of fields (decimal commas inside values split lines unevenly), then that number.
    """
    best, best_score = ",", (0.0, 0.0, 0)
    sample = [line for line in lines[:HEADER_SCAN] if line.strip()]
    for sep in SEPARATORS:
        counts = _field_counts(sample, sep)
        wide = [c for c in counts if c > 1]
        if not wide:
            continue
        mode = max(sorted(set(wide)), key=wide.count)
        score = (round(len(wide) / len(counts), 1), round(sum(1 for c in counts if c == mode) / len(counts), 1), mode)
        if score > best_score:
            best, best_score = sep, score
    return best


def _field_count(line: str, sep: str, width: int) -> int:
    """Fields of a line; empty trailing fields (a separator at the end of the line) are padding, not data."""
    fields = line.rstrip().rstrip(sep).count(sep) + 1
    return fields if fields <= width else line.count(sep) + 1


def separator_counts(body: str, sep: str) -> np.ndarray:
    """Number of ``sep`` on each line of ``body`` (lines joined by LF), counted on its UTF-8 bytes.

    The separators and LF are ASCII, and no byte of a multi-byte UTF-8 character is.
    """
    data = np.frombuffer(body.encode("utf-8", "surrogatepass"), dtype=np.uint8)
    marks = data[(data == 10) | (data == ord(sep))]
    ends = np.flatnonzero(marks == 10)
    return np.diff(np.concatenate(([-1], ends, [len(marks)]))) - 1


def _check_separators(lines: list, counts: np.ndarray, sep: str, width: int, path: str, header_line: int) -> None:
    """Lines (without quotes) must have the header's number of fields: mixed separators are refused.

    ``lines`` are the lines under the header and ``counts`` their numbers of separators. Only a line
    without the separator or with more of them than the header can be at fault: those few are
    looked at one by one.
    """
    suspects = np.flatnonzero((counts == 0) | (counts >= width))
    if not suspects.size:
        return
    other = re.compile("[" + re.escape("".join(s for s in SEPARATORS if s != sep)) + "]")
    mixed = extra = None
    for i in suspects.tolist():
        line = lines[i]
        if '"' in line or not line.strip():
            continue
        fields = _field_count(line, sep, width)
        if fields == width:
            continue
        # A line that is one field under the file's separator but several under another one was written
        # with another separator (values may contain commas, so a short line alone proves nothing).
        if counts[i] == 0 and other.search(line):
            mixed = (i, fields)
            break
        if extra is None and fields > width:
            extra = (i, fields)
    found = mixed or extra
    if found is None:
        return  # short lines with no other separator: missing trailing cells, read as empty
    position, fields = found
    raise DataError(_N(CONTEXT, "{file}, line {line}: {found} field(s) where the header (line {header}) has "
                                "{expected}, with the separator {separator}; the file mixes separators or has "
                                "unquoted separators inside values. Save it again with one separator."),
                    file=path, line=header_line + position + 1, found=fields, expected=width,
                    header=header_line, separator=SEPARATOR_NAMES[sep])


def _split_cells(lines: list, body: str, counts: np.ndarray, sep: str, width: int) -> Optional[np.ndarray]:
    """The cells of a body without quotes whose every line has the header's fields, split in C; else None.

    Such a body is what pandas' parser reads cell by cell, without its cost. Empty last lines
    (the file's final line end) would be empty rows, dropped anyway. A single column is left to
    pandas, whose reading of its empty lines this would not reproduce.
    """
    n = len(lines)
    while n and not lines[n - 1]:
        n -= 1
    if n == 0 or width < 2 or '"' in body or "\x00" in body or (counts[:n] != width - 1).any():
        return None
    cells = body.rstrip("\n").replace("\n", sep).split(sep)
    array = np.empty(len(cells), dtype=object)
    array[:] = cells
    return array.reshape(n, width)


def _parse_body(lines: list, body: str, counts: np.ndarray, sep: str, width: int, path: str) -> pd.DataFrame:
    """The cells under the header as text, one column per field, one row per line."""
    cells = _split_cells(lines, body, counts, sep, width)
    if cells is not None:
        return pd.DataFrame(cells)
    try:
        return pd.read_csv(io.StringIO(body), sep=sep, header=None, dtype=str, keep_default_na=False,
                           na_filter=False, quotechar='"', skip_blank_lines=False, engine="c")
    except (pd.errors.ParserError, ValueError) as exc:
        raise DataError(_N(CONTEXT, "{file}: cannot read the table: {reason}."), file=path,
                        reason=str(exc).strip()) from None


def _split_lines(text: str) -> list:
    """Lines ended by CR LF, CR or LF (str.splitlines would also split on form feeds and the like)."""
    if "\r" not in text:
        return text.split("\n")
    return re.split(r"\r\n|\r|\n", text)


def _has_edge_space(cells: np.ndarray) -> bool:
    """Whether a cell starts or ends with white space (no-break spaces included), in a few C calls.

    The cells are joined with NUL: white space after a NUL starts a cell, before one ends a cell
    (a NUL inside a cell can only cost a needless strip). Searching the reversed text for the
    pattern that starts with the NUL is much faster than searching for the one that ends with it.
    """
    joined = "\x00".join(cells)
    return (joined[:1].isspace() or joined[-1:].isspace() or _SPACE_AFTER_NUL.search(joined) is not None
            or _SPACE_AFTER_NUL.search(joined[::-1]) is not None)


def _spaces_in_cells(body: str, sep: str) -> bool:
    """Whether a body without quotes has white space in its cells (not the line ends or a tab separator)."""
    if body.isascii():  # a few memchr calls rather than a regular expression over the whole body
        return any(space in body for space in _ASCII_SPACES if space != sep)
    return re.search(r"[^\S\n" + re.escape(sep) + "]", body) is not None


def _stripped(frame: pd.DataFrame, body: str, sep: str) -> pd.DataFrame:
    """Cells without leading and trailing white space; only the columns that have some are stripped."""
    if '"' not in body and not _spaces_in_cells(body, sep):
        return frame
    columns = {}
    for position, name in enumerate(frame.columns):
        cells = frame.iloc[:, position]
        columns[name] = cells.str.strip() if _has_edge_space(cells.to_numpy()) else cells
    return pd.DataFrame(columns, index=frame.index)


def _non_empty_rows(frame: pd.DataFrame) -> np.ndarray:
    """Rows with a cell that is not empty; the first columns (codes) usually settle it alone."""
    keep = np.zeros(len(frame), dtype=bool)
    for position in range(frame.shape[1]):
        keep |= frame.iloc[:, position].to_numpy() != ""
        if keep.all():
            break
    return keep


def read_delimited(path: Path) -> pd.DataFrame:
    text, encoding = decode(path.read_bytes(), str(path))
    text = text.lstrip("\ufeff")
    all_lines = _split_lines(text)
    sep = sniff_separator(all_lines)
    head = all_lines[:HEADER_SCAN]
    rows = list(csv.reader(head, delimiter=sep, quotechar='"'))
    nonempty = [i for i, row in enumerate(rows) if any(c.strip() for c in row)]
    if not nonempty:
        raise DataError(_N(CONTEXT, "{file} is empty."), file=str(path))
    header_index = nonempty[find_header([rows[i] for i in nonempty])]
    header = rows[header_index]
    while len(header) > 1 and not header[-1].strip():
        header = header[:-1]
    names = _unique_names(header, str(path), header_index + 1)
    lines = all_lines[header_index + 1:]
    body = "\n".join(lines)
    info = ReadInfo(path=str(path), format="csv", encoding=encoding, separator=sep, header_line=header_index + 1,
                    title_rows=len([i for i in nonempty if i < header_index]))
    if not body.strip():
        raise DataError(_N(CONTEXT, "{file} has a header (line {line}) but no rows."), file=str(path),
                        line=header_index + 1)
    counts = separator_counts(body, sep)
    width = len(rows[header_index])
    _check_separators(lines, counts, sep, width, str(path), header_index + 1)
    frame = _parse_body(lines, body, counts, sep, width, str(path))
    if frame.shape[1] > len(names):
        frame = frame.iloc[:, :len(names)].copy()  # a copy, not a view: callers may add columns
    elif frame.shape[1] < len(names):
        frame = frame.reindex(columns=range(len(names)), fill_value="")
    frame.columns = names
    frame.index = pd.Index(np.arange(len(frame)) + header_index + 2, name=LINE_INDEX)
    frame = _stripped(frame, body, sep)
    keep = _non_empty_rows(frame)
    if not keep.all():
        frame = frame[keep]
    frame.attrs["read"] = info.to_dict()
    if frame.empty:
        raise DataError(_N(CONTEXT, "{file} has a header (line {line}) but no rows."), file=str(path),
                        line=header_index + 1)
    return frame


# ---------------------------------------------------------------------------------------------
# Spreadsheets


def _pick_sheet(names: list, sheet: Optional[str], path: str) -> str:
    if sheet in (None, ""):
        return names[0]
    if sheet in names:
        return sheet
    if str(sheet).isdigit() and 0 < int(sheet) <= len(names):
        return names[int(sheet) - 1]
    raise DataError(_N(CONTEXT, "{file}: no sheet '{sheet}'; its sheets are: {available}."), file=path,
                    sheet=sheet, available=names)


def _openpyxl_rows(path: Path, sheet: Optional[str]) -> tuple[list, list, str]:
    import openpyxl  # optional: GDAL reads XLSX when it is missing

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types on broken files
        raise DataError(_N(CONTEXT, "{file} cannot be read as a spreadsheet: {reason}."), file=str(path),
                        reason=str(exc) or type(exc).__name__) from None
    try:
        name = _pick_sheet(book.sheetnames, sheet, str(path))
        rows, lines = [], []
        for number, row in enumerate(book[name].iter_rows(values_only=True), start=1):
            rows.append([cell_text(v) for v in row])
            lines.append(number)
    finally:
        book.close()
    return rows, lines, name


class _ConfigOptions:
    """GDAL configuration options set for this thread only, restored on exit."""

    def __init__(self, gdal, options: dict) -> None:
        self.gdal = gdal
        self.options = options
        self.saved: dict = {}

    def __enter__(self):
        for key, value in self.options.items():
            self.saved[key] = self.gdal.GetThreadLocalConfigOption(key, None)
            self.gdal.SetThreadLocalConfigOption(key, value)
        return self

    def __exit__(self, *exc) -> None:
        for key, value in self.saved.items():
            self.gdal.SetThreadLocalConfigOption(key, value)


def gdal_rows(path: Path, sheet: Optional[str]) -> tuple[list, list, str]:
    """Rows of a spreadsheet (or any OGR table) as text, read by GDAL without header guessing."""
    try:
        from osgeo import gdal
    except ImportError:
        raise DataError(_N(CONTEXT, "{file}: reading this format needs GDAL (installed with QGIS) or openpyxl."),
                        file=str(path)) from None
    options = {f"OGR_{drv}_{key}": value for drv in ("XLSX", "ODS")
               for key, value in (("HEADERS", "DISABLE"), ("FIELD_TYPES", "STRING"))}
    with _ConfigOptions(gdal, options):
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
        if dataset is None:
            raise DataError(_N(CONTEXT, "{file} cannot be read as a spreadsheet or a table."), file=str(path))
        try:
            names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
            if not names:
                raise DataError(_N(CONTEXT, "{file} has no sheet or table."), file=str(path))
            name = _pick_sheet(names, sheet, str(path))
            layer = dataset.GetLayerByName(name)
            count = layer.GetLayerDefn().GetFieldCount()
            rows, lines = [], []
            for feature in layer:
                rows.append([cell_text(feature.GetField(i)) for i in range(count)])
                lines.append(int(feature.GetFID()))
        finally:
            dataset = None
    return rows, lines, name


def read_spreadsheet(path: Path, sheet: Optional[str] = None, engine: Optional[str] = None) -> pd.DataFrame:
    """An XLSX or ODS sheet; ``engine`` 'openpyxl' or 'gdal' (default: openpyxl for XLSX if present)."""
    if not path.read_bytes()[:4].startswith(b"PK"):
        raise DataError(_N(CONTEXT, "{file} is not a valid spreadsheet (XLSX and ODS files are ZIP archives); "
                                    "open it in a spreadsheet and save it again."), file=str(path))
    if engine is None:
        engine = "gdal"
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            try:
                import openpyxl  # noqa: F401
                engine = "openpyxl"
            except ImportError:
                pass
    rows, lines, name = (_openpyxl_rows if engine == "openpyxl" else gdal_rows)(path, sheet)
    info = ReadInfo(path=str(path), format=path.suffix.lower().lstrip("."), sheet=name)
    return frame_from_rows(rows, lines, str(path), info)


# ---------------------------------------------------------------------------------------------
# DBF (dBase III/IV, the attribute table of a shapefile)

_DBF_LANGUAGE = {0x01: "cp437", 0x02: "cp850", 0x03: "cp1252", 0x57: "cp1252", 0x58: "cp1252", 0x59: "cp1252",
                 0x64: "cp852", 0x65: "cp866", 0x7D: "cp1255", 0x7E: "cp1256", 0xC8: "cp1250", 0xC9: "cp1251",
                 0xCA: "cp1254", 0xCB: "cp1253"}
_CPG = {"utf-8": "utf-8", "utf8": "utf-8", "65001": "utf-8", "1252": "cp1252", "cp1252": "cp1252",
        "windows-1252": "cp1252", "ansi 1252": "cp1252", "iso-8859-1": "latin-1", "iso88591": "latin-1",
        "latin1": "latin-1", "88591": "latin-1", "iso-8859-15": "iso-8859-15"}


def _dbf_encoding(path: Path, language: int, raw: bytes) -> str:
    cpg = path.with_suffix(".cpg")
    if cpg.exists():
        name = cpg.read_text(encoding="ascii", errors="ignore").strip().lower()
        if name in _CPG:
            return _CPG[name]
    if language in _DBF_LANGUAGE:
        return _DBF_LANGUAGE[language]
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def read_dbf(path: Path) -> pd.DataFrame:
    if path.suffix.lower() == ".shp":
        path = path.with_suffix(".dbf")
        if not path.exists():
            raise DataError(_N(CONTEXT, "Table not found: {file}."), file=str(path))
    raw = path.read_bytes()
    if len(raw) < 33:
        raise DataError(_N(CONTEXT, "{file} is empty."), file=str(path))
    n_records, header_length, record_length = struct.unpack("<IHH", raw[4:12])
    fields = []
    offset = 1  # the deletion flag
    position = 32
    while position + 32 <= header_length and raw[position] != 0x0D:
        descriptor = raw[position:position + 32]
        name = descriptor[:11].split(b"\x00")[0].decode("latin-1").strip()
        length = descriptor[16]
        fields.append((name, offset, length))
        offset += length
        position += 32
    if not fields or offset != record_length or header_length + n_records * record_length > len(raw) + 1:
        raise DataError(_N(CONTEXT, "{file} is not a valid DBF table (damaged header)."), file=str(path))
    body = raw[header_length:header_length + n_records * record_length]
    n_records = len(body) // record_length
    encoding = _dbf_encoding(path, raw[29], body)
    columns = {}
    table = np.frombuffer(body[:n_records * record_length], dtype=np.uint8).reshape(n_records, record_length)
    kept = table[:, 0] != ord("*")
    for name, start, length in fields:
        cells = table[:, start:start + length].copy().view(f"S{length}").ravel()
        columns[name] = pd.Series(cells).str.decode(encoding, errors="replace").str.strip().str.rstrip("\x00")
    frame = pd.DataFrame(columns)
    names = _unique_names([f[0] for f in fields], str(path), 1)
    frame.columns = names
    frame.index = pd.Index(np.arange(n_records) + 1, name=LINE_INDEX)
    frame = frame[kept]
    frame.attrs["read"] = ReadInfo(path=str(path), format="dbf", encoding=encoding).to_dict()
    if frame.empty:
        raise DataError(_N(CONTEXT, "{file} has a header (line {line}) but no rows."), file=str(path), line=1)
    return frame


# ---------------------------------------------------------------------------------------------
# GeoPackage (SQLite) tables


def gpkg_tables(path: Path) -> list:
    """Names of the feature and attribute tables of a GeoPackage."""
    with _sqlite(path) as connection:
        try:
            rows = connection.execute("SELECT table_name FROM gpkg_contents WHERE data_type IN "
                                      "('features', 'attributes') ORDER BY table_name").fetchall()
        except sqlite3.DatabaseError:
            rows = connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT "
                                      "LIKE 'sqlite_%' ORDER BY name").fetchall()
    return [r[0] for r in rows]


class _sqlite:
    """A read-only SQLite connection (the file is never written, not even a journal)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.connection = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            self.connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raise DataError(_N(CONTEXT, "{file} is not a valid GeoPackage: {reason}."), file=str(self.path),
                            reason=str(exc)) from None
        return self.connection

    def __exit__(self, *exc) -> None:
        self.connection.close()


def read_gpkg(path: Path, layer: Optional[str] = None) -> pd.DataFrame:
    names = gpkg_tables(path)
    if not names:
        raise DataError(_N(CONTEXT, "{file} has no sheet or table."), file=str(path))
    if layer in (None, ""):
        if len(names) > 1:
            raise DataError(_N(CONTEXT, "{file} holds several tables ({available}); say which one to read."),
                            file=str(path), available=names)
        layer = names[0]
    if layer not in names:
        raise DataError(_N(CONTEXT, "{file}: no table '{sheet}'; its tables are: {available}."), file=str(path),
                        sheet=layer, available=names)
    with _sqlite(path) as connection:
        try:
            geometry = {r[0] for r in connection.execute(
                "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (layer,)).fetchall()}
        except sqlite3.DatabaseError:
            geometry = set()
        # The feature id (integer primary key) numbers the rows; it is not data.
        geometry |= {r[1] for r in connection.execute(f'PRAGMA table_info("{layer}")').fetchall()
                     if r[5] == 1 and str(r[2]).upper() == "INTEGER"}
        cursor = connection.execute(f'SELECT * FROM "{layer}"')  # noqa: S608 - name checked above
        names_ = [d[0] for d in cursor.description]
        keep = [i for i, n in enumerate(names_) if n not in geometry]
        rows = [[cell_text(row[i]) for i in keep] for row in cursor.fetchall()]
    columns = _unique_names([names_[i] for i in keep], str(path), 1)
    frame = pd.DataFrame(rows, columns=columns, dtype=object)
    frame.index = pd.Index(np.arange(len(frame)) + 1, name=LINE_INDEX)
    frame.attrs["read"] = ReadInfo(path=str(path), format="gpkg", sheet=layer).to_dict()
    if frame.empty:
        raise DataError(_N(CONTEXT, "{file} has a header (line {line}) but no rows."), file=f"{path}|{layer}", line=1)
    return frame


# ---------------------------------------------------------------------------------------------


def read_table(path: "str | Path", sheet: Optional[str] = None, layer: Optional[str] = None,
               engine: Optional[str] = None) -> pd.DataFrame:
    """Any supported table file as a frame of text indexed by file line; the file is only read."""
    path = Path(path)
    if not path.exists():
        raise DataError(_N(CONTEXT, "Table not found: {file}."), file=str(path))
    if path.is_dir():
        raise DataError(_N(CONTEXT, "{file} is a folder, not a table."), file=str(path))
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        return read_spreadsheet(path, sheet or layer, engine)
    if suffix in DBF_SUFFIXES:
        return read_dbf(path)
    if suffix in GPKG_SUFFIXES:
        return read_gpkg(path, layer or sheet)
    if suffix == ".xls":
        raise DataError(_N(CONTEXT, "{file}: the old Excel format (.xls) is not read; save it as .xlsx or CSV."),
                        file=str(path))
    return read_delimited(path)
