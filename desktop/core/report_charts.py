"""Charts for reports, drawn as vectors with reportlab in the report's own typeface."""

# i18n: vi-module — the texts of this module are the Union's Vietnamese documents.

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop.core.pdfdoc import SERIF, register_fonts

BAR_COLOUR = colors.HexColor("#1f5fa8")
LABEL_SIZE = 9


def _shorten(label: str, limit: int = 34) -> str:
    return label if len(label) <= limit else label[:limit - 1].rstrip() + "…"


def bar_chart(values: list[tuple[str, float]], width: float, *, horizontal: bool = True, value_suffix: str = "",
              maximum: float | None = None) -> Drawing:
    """Bars with their values written at their ends. Horizontal bars suit long unit names
    (one row each); vertical ones suit a few short categories (score ranges)."""
    register_fonts()
    if not values:
        drawing = Drawing(width, 12 * mm)
        drawing.add(String(width / 2, 5 * mm, "Chưa có số liệu", fontName=SERIF, fontSize=LABEL_SIZE,
                           textAnchor="middle"))
        return drawing
    labels = [_shorten(label) for label, _ in values]
    data = [[float(v) for _, v in values]]
    top = maximum if maximum is not None else max(max(data[0]) * 1.15, 1)
    if horizontal:
        row = 6 * mm
        height = row * len(values) + 14 * mm
        drawing = Drawing(width, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = 62 * mm, 8 * mm
        chart.width, chart.height = width - chart.x - 18 * mm, row * len(values)
        chart.categoryAxis.categoryNames = labels[::-1]
        chart.data = [data[0][::-1]]
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -3
    else:
        height = 60 * mm
        drawing = Drawing(width, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 15 * mm, 10 * mm
        chart.width, chart.height = width - 25 * mm, height - 20 * mm
        chart.categoryAxis.categoryNames = labels
        chart.data = data
        chart.categoryAxis.labels.boxAnchor = "n"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.valueStep = _step(top)
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize = SERIF, LABEL_SIZE
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%.0f" + value_suffix.replace("%", "%%") if value_suffix else "%.0f"
    chart.barLabels.fontName, chart.barLabels.fontSize = SERIF, LABEL_SIZE
    chart.barLabels.boxAnchor = "w" if horizontal else "s"
    chart.barLabels.dx, chart.barLabels.dy = (3, 0) if horizontal else (0, 2)
    drawing.add(chart)
    return drawing


def _step(top: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000):
        if top / step <= 10:
            return step
    return top / 10
