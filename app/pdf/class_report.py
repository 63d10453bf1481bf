"""The class report for the trainer: who did which lesson, how far, with how many
mistakes and hints, and a simple bar chart per lesson.

    class_report_pdf(app.classroom.report.class_report(classroom))  # -> PDF bytes
"""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether

from .base import DARK, PRIMARY, fonts, make_document, spacer, table, text

TITLE = "Rapporto della classe"
SUBTITLE = "Palestra INPS - avanzamento degli allievi nelle lezioni"
DANGER = colors.HexColor("#CC334D")


def _moment(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    return value.strftime("%d/%m/%y %H:%M")


def _learner_table(report) -> list:
    rows = [["Allievo", "Lezione", "Modalità", "Stato", "Passi", "Errori", "Aiuti", "Tempo", "Ultima attività"]]
    for lp in report.learners:
        if not lp.lessons:
            rows.append([text(lp.label, "cellb"), text("nessuna lezione iniziata", "cell"), "", "", "", "", "", "",
                         text(_moment(lp.last_seen), "cell")])
            continue
        for n, p in enumerate(lp.lessons):
            rows.append([text(lp.label if n == 0 else "", "cellb"), text(p.title, "cell"), p.mode_label,
                         text(p.state_label, "cell"), f"{p.steps_done}/{p.steps_total}", str(p.mistakes),
                         str(p.hints), p.time_label, text(_moment(p.updated_at), "cell")])
    widths = [30 * mm, 34 * mm, 19 * mm, 23 * mm, 10 * mm, 10 * mm, 10 * mm, 18 * mm, 26 * mm]
    return [table(rows, widths)]


def _chart(summary) -> Drawing:
    """Bars per learner: steps completed (blue) and mistakes (red)."""
    regular, bold = fonts()
    labels = [label if len(label) <= 24 else label[:23] + "…" for label, _ in summary.rows]
    n = len(labels)
    bar_room = 26  # points per learner (two bars)
    width, height = 180 * mm, n * bar_room + 58
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 44 * mm, 34
    chart.width, chart.height = width - 44 * mm - 10 * mm, n * bar_room
    done = [p.steps_done for _, p in summary.rows]
    mistakes = [p.mistakes for _, p in summary.rows]
    chart.data = [mistakes, done]  # drawn bottom-up within a learner: steps on top, then mistakes
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.reverseDirection = 1  # the first learner on top
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    top = max([summary.steps_total, *done, *mistakes, 1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = 1 if top <= 12 else max(1, round(top / 10))
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 8.5
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#D9DADB")
    chart.bars[0].fillColor = DANGER
    chart.bars[1].fillColor = PRIMARY
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = bold
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 44 * mm, 14
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 70 * mm
    legend.fontName = regular
    legend.fontSize = 9
    legend.colorNamePairs = [(PRIMARY, f"passi completati (su {summary.steps_total})"), (DANGER, "errori")]
    drawing.add(legend)
    drawing.add(String(0, height - 12, "Passi completati ed errori per allievo", fontName=bold, fontSize=9.5,
                       fillColor=DARK))
    return drawing


def _lesson_section(summary) -> list:
    rows = [["Allievo", "Modalità", "Stato", "Passi", "Errori", "Aiuti", "Tempo", "Tentativi"]]
    for label, p in summary.rows:
        rows.append([text(label, "cellb"), p.mode_label, text(p.state_label, "cell"),
                     f"{p.steps_done}/{p.steps_total}", str(p.mistakes), str(p.hints), p.time_label, str(p.attempts)])
    widths = [44 * mm, 22 * mm, 24 * mm, 14 * mm, 14 * mm, 14 * mm, 22 * mm, 18 * mm]
    return [
        CondPageBreak(60 * mm),
        text(summary.title, "h2"),
        text(summary.text, "body"),
        spacer(2),
        KeepTogether([_chart(summary)]),
        spacer(2),
        table(rows, widths),
        spacer(4),
    ]


def class_report_pdf(report) -> bytes:
    """The report (app.classroom.report.ClassReport) as PDF bytes."""
    n = len(report.learners)
    started = sum(1 for lp in report.learners if lp.lessons)
    story = [
        text(TITLE, "h1"),
        text(f"Prodotto il {report.generated_at:%d/%m/%Y} alle {report.generated_at:%H:%M} - {report.where}.", "body"),
        text(f"{n} allievi in classe, {started} con almeno una lezione iniziata; "
             f"lezioni diverse iniziate: {len(report.lessons)}.", "body"),
        text("I tempi sono quelli reali passati sulla lezione (le pause lunghe non contano). "
             "Persone, codici e documenti della simulazione sono di fantasia.", "small"),
        spacer(3),
        text("Allievi e lezioni", "h2"),
        *_learner_table(report),
        spacer(4),
    ]
    if report.without_lessons:
        story.append(text("Non hanno ancora iniziato una lezione: " + ", ".join(report.without_lessons) + ".", "body"))
        story.append(spacer(3))
    if report.lessons:
        story.append(text("Le lezioni", "h1"))
    for summary in report.lessons:
        story.extend(_lesson_section(summary))
    if not report.lessons:
        story.append(text("Nessuna lezione è stata ancora iniziata in questa classe.", "body"))
    return make_document(TITLE, story, subtitle=SUBTITLE, author="Palestra INPS", letterhead="Palestra INPS")

