"""The 3 × 3 bivariate legend of the policy typology, as an SVG image usable in print layouts."""

from __future__ import annotations

from html import escape
from pathlib import Path

from ..core.textfile import write_text_atomically
from .styles import BIVARIATE, NO_VALUE_FILL, NO_VALUE_HATCH

CELL = 16
FONT = "DejaVu Sans"


def bivariate_legend_svg(x_title: str, y_title: str, low: str, high: str, no_value: str,
                         colors: dict = BIVARIATE) -> str:
    """A 3 × 3 grid: publics level grows to the right (x), aménagement level upwards (y); then the no-value swatch.

    ``colors`` maps the class code "<aménagement level><publics level>" to a colour.
    """
    left, top = 30, 8
    size = 3 * CELL
    width, height = left + size + 44, top + size + 46
    cells = []
    for amg in (1, 2, 3):
        for pub in (1, 2, 3):
            x = left + (pub - 1) * CELL
            y = top + (3 - amg) * CELL
            cells.append(f'<rect x="{x}" y="{y}" width="{CELL}" height="{CELL}" fill="{colors[f"{amg}{pub}"]}" '
                         f'stroke="#ffffff" stroke-width="0.8"/>')
    bottom = top + size
    arrow = 'stroke="#404040" stroke-width="0.8" fill="none"'
    head = 'fill="#404040"'
    text = f'font-family="{FONT}" fill="#202020"'
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width * 2}" height="{height * 2}" '
        f'viewBox="0 0 {width} {height}">',
        *cells,
        # Arrow heads drawn as triangles: Qt's SVG renderer ignores markers.
        f'<line x1="{left}" y1="{bottom + 4}" x2="{left + size + 2}" y2="{bottom + 4}" {arrow}/>',
        f'<path d="M{left + size + 5},{bottom + 4} L{left + size + 1},{bottom + 2} L{left + size + 1},{bottom + 6} z" '
        f'{head}/>',
        f'<line x1="{left - 4}" y1="{bottom}" x2="{left - 4}" y2="{top - 2}" {arrow}/>',
        f'<path d="M{left - 4},{top - 5} L{left - 6},{top - 1} L{left - 2},{top - 1} z" {head}/>',
        f'<text x="{left}" y="{bottom + 12}" font-size="5" {text}>{escape(low)}</text>',
        f'<text x="{left + size}" y="{bottom + 12}" font-size="5" text-anchor="end" {text}>{escape(high)}</text>',
        f'<text x="{left + size / 2}" y="{bottom + 22}" font-size="6.5" font-weight="bold" text-anchor="middle" '
        f'{text}>{escape(x_title)}</text>',
        f'<text transform="translate({left - 8},{bottom}) rotate(-90)" font-size="5" {text}>{escape(low)}</text>',
        f'<text transform="translate({left - 8},{top}) rotate(-90)" font-size="5" text-anchor="end" {text}>'
        f'{escape(high)}</text>',
        f'<text transform="translate({left - 16},{top + size / 2}) rotate(-90)" font-size="6.5" font-weight="bold" '
        f'text-anchor="middle" {text}>{escape(y_title)}</text>',
        *hatched_box(left - 20, bottom + 28, 8, 6),
        f'<text x="{left - 9}" y="{bottom + 33}" font-size="5" {text}>{escape(no_value)}</text>',
        "</svg>",
    ]
    return "\n".join(parts) + "\n"


def hatched_box(x: float, y: float, w: float, h: float, step: float = 2.0) -> list:
    """SVG elements of the no-value swatch; the hatching is drawn line by line (Qt's SVG has no patterns)."""
    parts = [f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{NO_VALUE_FILL}"/>']
    c = step
    while c < w + h:
        x1, x2 = max(0.0, c - h), min(float(w), c)
        parts.append(f'<line x1="{x + x1:.2f}" y1="{y + h - (c - x1):.2f}" x2="{x + x2:.2f}" y2="{y + h - (c - x2):.2f}" '
                     f'stroke="{NO_VALUE_HATCH}" stroke-width="0.4"/>')
        c += step
    parts.append(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="none" stroke="#a0a0a0" stroke-width="0.3"/>')
    return parts


def write_bivariate_legend(path: str, x_title: str, y_title: str, low: str, high: str, no_value: str) -> str:
    """Write the legend SVG atomically; returns its path."""
    write_text_atomically(path, bivariate_legend_svg(x_title, y_title, low, high, no_value))
    return str(Path(path))
