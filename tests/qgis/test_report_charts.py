"""Charts drawn with QPainter, the report writer (atomic) and the diagnostics styles."""

import numpy as np
import pytest
from qgis.PyQt.QtGui import QColor, QImage

from fragilite_numerique.core.errors import DataError
from fragilite_numerique.gis import charts
from fragilite_numerique.gis.diagnostic_styles import diverging_breaks, diverging_renderer, stability_renderer
from fragilite_numerique.gis.report import BulletList, Document, Heading, Image, Paragraph, Table, to_markdown, \
    write_report


def test_heatmap_colours_follow_the_correlation(qgis_app):
    image = charts.heatmap(np.array([[1.0, -1.0], [-1.0, 1.0]]), ["a", "b"], "t")
    # cell (0, 0) = +1 is the darkest red, cell (0, 1) = −1 the darkest blue; sample a corner of each cell
    assert QColor(image.pixel(110 + 3, 44 + 3)).name() == charts.DIVERGING[-1]
    assert QColor(image.pixel(110 + 56 + 3, 44 + 3)).name() == charts.DIVERGING[0]


def test_bar_chart_draws_positive_and_negative_bars(qgis_app):
    image = charts.bar_chart(["up", "down"], [0.5, -0.5], "t", -1, 1)
    zero = 220 + (760 - 220 - 70) / 2
    assert QColor(image.pixel(int(zero + 40), 44 + 13)) == charts.BAR
    assert QColor(image.pixel(int(zero - 40), 44 + 26 + 13)) == charts.BAR_NEGATIVE


def document(image: QImage) -> Document:
    return Document("Rapport", [Heading("Section"), Paragraph("Texte"), BulletList(["un", "deux"]),
                                Table(["Nom", "Valeur"], [["a|b", "1,5"]]), Image("graphe", image, "Légende")])


def test_report_written_as_html_markdown_and_png(qgis_app, tmp_path):
    image = charts.bar_chart(["x"], [1.0], "t")
    paths = write_report(document(image), str(tmp_path / "rapport.html"))
    assert paths == [str(tmp_path / "rapport.html"), str(tmp_path / "rapport.md"), str(tmp_path / "rapport_images")]
    markdown = (tmp_path / "rapport.md").read_text(encoding="utf-8")
    assert "![Légende](rapport_images/graphe.png)" in markdown and "| a\\|b | 1,5 |" in markdown
    assert "|---|---:|" in markdown
    png = QImage(str(tmp_path / "rapport_images" / "graphe.png"))
    assert png.width() == image.width()
    html = (tmp_path / "rapport.html").read_text(encoding="utf-8")
    assert "<h2>Section</h2>" in html and "a|b" in html and '<td class="n">1,5</td>' in html


def test_failed_report_leaves_nothing_and_keeps_the_old_one(qgis_app, tmp_path):
    write_report(document(charts.bar_chart(["x"], [1.0], "t")), str(tmp_path / "r.html"))
    before = (tmp_path / "r.md").read_text(encoding="utf-8")
    with pytest.raises(DataError, match="graphe.png"):
        write_report(document(QImage()), str(tmp_path / "r.html"))
    assert (tmp_path / "r.md").read_text(encoding="utf-8") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html", "r.md", "r_images"]
    with pytest.raises(DataError, match="already exists"):
        write_report(document(QImage()), str(tmp_path / "r.html"), overwrite=False)


def test_markdown_of_an_empty_table_is_valid():
    assert "| A |\n|---|" in to_markdown(Document("t", [Table(["A"], [])]), "img")


def test_diverging_breaks_are_symmetric_and_styles_have_french_labels(qgis_app):
    bounds = diverging_breaks([-30, -10, -5, 0, 5, 10, 20, 30, np.nan])
    assert bounds[0] == -bounds[-1] == -30 and bounds[2] == -bounds[3] and bounds[1] == -bounds[4]
    assert bounds == sorted(bounds)
    renderer = diverging_renderer("d", [-1200.0, 0.0, 3400.0])
    labels = [r.label() for r in renderer.ranges()]
    assert labels[-1].endswith("+3\u202f400") and labels[0].startswith("−3\u202f400")
    ranges = stability_renderer().ranges()
    assert [(r.lowerValue(), r.upperValue()) for r in ranges] == [(0, 0.75), (0.75, 0.9), (0.9, 0.95), (0.95, 1)]
