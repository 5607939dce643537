"""Reports as HTML and Markdown from one description, with their PNG charts, written atomically.

A ``Document`` is a title and a list of blocks (headings, paragraphs, lists, tables, images).
``write_report`` writes ``<name>.html`` (charts embedded, a single file to send), ``<name>.md``
and the charts as PNG files in ``<name>_images/`` (linked from the Markdown). Everything is
written in a temporary folder first and moved into place at the end.
"""

from __future__ import annotations

import base64
import html
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
from qgis.PyQt.QtGui import QImage

from ..core.errors import CONTEXT, DataError, QT_TRANSLATE_NOOP as _N
from .charts import save_png
from .layer_io import check_output_path


@dataclass
class Heading:
    text: str


@dataclass
class Paragraph:
    text: str


@dataclass
class BulletList:
    items: list


@dataclass
class Table:
    headers: list
    rows: list                     # lists of cell texts


@dataclass
class Image:
    name: str                      # file name stem, e.g. "correlations"
    image: QImage
    caption: str


@dataclass
class Document:
    title: str
    blocks: list = field(default_factory=list)

    def add(self, *blocks) -> "Document":
        self.blocks.extend(blocks)
        return self

    @property
    def images(self) -> list:
        return [b for b in self.blocks if isinstance(b, Image)]


STYLE = ("body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:1100px;margin:2em auto;color:#222;}"
         "table{border-collapse:collapse;margin:1em 0;font-size:90%;}"
         "th,td{border:1px solid #ccc;padding:3px 7px;text-align:left;}th{background:#f2f2f2;}"
         "td.n{text-align:right;}img{max-width:100%;}figcaption{font-size:85%;color:#555;}")


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def _is_number(text: str) -> bool:
    stripped = text.replace("\u202f", "").replace(",", "").replace("−", "-").replace("%", "").strip()
    try:
        float(stripped)
    except ValueError:
        return False
    return True


def to_html(document: Document, language: str = "fr") -> str:
    e = html.escape
    parts = [f"<!DOCTYPE html>\n<html lang=\"{language}\"><head><meta charset=\"utf-8\">",
             f"<title>{e(document.title)}</title><style>{STYLE}</style></head><body>",
             f"<h1>{e(document.title)}</h1>"]
    for block in document.blocks:
        if isinstance(block, Heading):
            parts.append(f"<h2>{e(block.text)}</h2>")
        elif isinstance(block, Paragraph):
            parts.append(f"<p>{e(block.text)}</p>")
        elif isinstance(block, BulletList):
            parts.append("<ul>" + "".join(f"<li>{e(str(i))}</li>" for i in block.items) + "</ul>")
        elif isinstance(block, Table):
            head = "".join(f"<th>{e(str(h))}</th>" for h in block.headers)
            rows = "".join("<tr>" + "".join(
                f"<td class=\"n\">{e(str(c))}</td>" if _is_number(str(c)) else f"<td>{e(str(c))}</td>" for c in row)
                + "</tr>" for row in block.rows)
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        elif isinstance(block, Image):
            encoded = base64.b64encode(_png_bytes(block.image)).decode("ascii")
            parts.append(f"<figure><img src=\"data:image/png;base64,{encoded}\" alt=\"{e(block.caption)}\">"
                         f"<figcaption>{e(block.caption)}</figcaption></figure>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _md_cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def to_markdown(document: Document, image_folder: str) -> str:
    lines = [f"# {document.title}", ""]
    for block in document.blocks:
        if isinstance(block, Heading):
            lines += [f"## {block.text}", ""]
        elif isinstance(block, Paragraph):
            lines += [block.text, ""]
        elif isinstance(block, BulletList):
            lines += [f"- {item}" for item in block.items] + [""]
        elif isinstance(block, Table):
            lines.append("| " + " | ".join(_md_cell(h) for h in block.headers) + " |")
            lines.append("|" + "|".join("---:" if block.rows and _is_number(str(block.rows[0][i])) else "---"
                                        for i in range(len(block.headers))) + "|")
            lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in block.rows]
            lines.append("")
        elif isinstance(block, Image):
            lines += [f"![{block.caption}]({image_folder}/{block.name}.png)", ""]
    return "\n".join(lines)


def report_paths(html_path: str) -> tuple[Path, Path, Path]:
    """The HTML file, its Markdown twin and the folder of its charts."""
    target = Path(html_path)
    if target.suffix.lower() not in (".html", ".htm"):
        target = target.with_suffix(".html")
    return target, target.with_suffix(".md"), target.with_name(f"{target.stem}_images")


def check_report_destination(html_path: str, overwrite: bool = True) -> None:
    """Fail early when the report's files cannot be written (before a long computation)."""
    target, markdown, images = report_paths(html_path)
    for path in (target, markdown):
        check_output_path(str(path), overwrite)
    if images.exists() and not overwrite:
        raise DataError(_N(CONTEXT, "Output {file} already exists; choose another name or allow overwriting."),
                        file=str(images))


def write_report(document: Document, html_path: str, overwrite: bool = True) -> list:
    """Write the report; returns the paths written. Nothing is left behind on failure."""
    check_report_destination(html_path, overwrite)
    target, markdown, images = report_paths(html_path)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.stem}.", suffix=".partial", dir=str(target.parent)))
    try:
        staged_images = staging / images.name
        staged_images.mkdir()
        for block in document.images:
            save_png(block.image, str(staged_images / f"{block.name}.png"))
        (staging / target.name).write_text(to_html(document), encoding="utf-8")
        (staging / markdown.name).write_text(to_markdown(document, images.name), encoding="utf-8")
        if images.exists():
            old = images.with_name(f".{images.name}.{uuid.uuid4().hex[:8]}.old")
            os.replace(images, old)
            shutil.rmtree(old, ignore_errors=True)
        os.replace(staged_images, images)
        os.replace(staging / markdown.name, markdown)
        os.replace(staging / target.name, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [str(target), str(markdown), str(images)]
