"""The common frame of every PDF: a neutral letterhead (no real logo), the
SIMULAZIONE mark, page numbers "Pagina N di M", selectable text in Titillium Web.

    pdf_bytes = make_document("Titolo", [flowables...])
"""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from app.money import euro  # noqa: F401 (re-exported for the PDF modules)
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

PRIMARY = colors.HexColor("#0066CC")
DARK = colors.HexColor("#17324D")
MUTED = colors.HexColor("#5C6F82")
LIGHT = colors.HexColor("#F2F7FC")
SIM = colors.HexColor("#995C00")

INSTITUTE = "Istituto Nazionale della Previdenza Sociale"
SIM_NOTICE = "SIMULAZIONE - documento di fantasia prodotto da Palestra INPS, privo di qualsiasi valore"


@lru_cache(maxsize=1)
def fonts() -> tuple[str, str]:
    """Register Titillium Web (OFL, from fontpkg-titillium-web); fall back to Helvetica."""
    try:
        import fontpkg_titillium_web as pkg

        folder = Path(pkg.__file__).parent / "files"
        pdfmetrics.registerFont(TTFont("Titillium", str(folder / "TitilliumWeb-Regular.ttf")))
        pdfmetrics.registerFont(TTFont("Titillium-Bold", str(folder / "TitilliumWeb-Bold.ttf")))
        pdfmetrics.registerFontFamily("Titillium", normal="Titillium", bold="Titillium-Bold")
        return "Titillium", "Titillium-Bold"
    except (ImportError, OSError, TTFError):  # pragma: no cover - the package is a declared dependency
        return "Helvetica", "Helvetica-Bold"


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts()
    base = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14, alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=16, leading=20, textColor=DARK, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=12.5, leading=16, textColor=DARK, spaceBefore=8, spaceAfter=4),
        "bold": ParagraphStyle("bold", parent=base, fontName=bold),
        "code": ParagraphStyle("code", parent=base, fontName=bold, fontSize=22, leading=28, textColor=DARK),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=bold, fontSize=8.5, leading=10.5),
    }


def esc(value) -> str:
    """A value for a Paragraph's markup, shown exactly as it is: & < > escaped. Every value
    that is not our own markup (names, addresses, e-mail, codes, anything typed in a form
    or read from a record) goes through here, so that «Via <b>Roma» is printed as typed and
    «<font size=200>» changes nothing."""
    return escape("" if value is None else str(value))


def para(markup: str, style: str = "body") -> Paragraph:
    """A paragraph of OUR markup (<b>, <br/>, <font>): interpolated values must be esc()'d;
    for plain text use :func:`text`."""
    return Paragraph(markup, styles()[style])


def text(value, style: str = "body") -> Paragraph:
    """A paragraph showing `value` as plain text (escaped)."""
    return Paragraph(esc(value), styles()[style])


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def table(rows: list[list], col_widths: list[float] | None = None, header_rows: int = 1,
          align_right_from: int | None = None) -> Table:
    """A table whose header rows repeat on every page; numbers right-aligned from a column on."""
    regular, bold = fonts()
    t = Table(rows, colWidths=col_widths, repeatRows=header_rows)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), regular),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), bold),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), DARK),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, PRIMARY),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, colors.HexColor("#D9DADB")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if align_right_from is not None:
        style.append(("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"))
    t.setStyle(TableStyle(style))
    return t


def _numbered_canvas_class(title: str, subtitle: str, letterhead: str = INSTITUTE):
    regular, bold = fonts()

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab API)
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = A4
            # Letterhead band: a neutral square mark of our own, never the real logo.
            self.setFillColor(PRIMARY)
            self.rect(0, height - 22 * mm, width, 22 * mm, stroke=0, fill=1)
            self.setFillColor(colors.white)
            self.rect(15 * mm, height - 17 * mm, 12 * mm, 12 * mm, stroke=0, fill=1)
            self.setFillColor(PRIMARY)
            self.setFont(bold, 11)
            self.drawCentredString(21 * mm, height - 12.6 * mm, "P·I")
            self.setFillColor(colors.white)
            self.setFont(bold, 13)
            self.drawString(31 * mm, height - 10.5 * mm, letterhead)
            self.setFont(regular, 9)
            self.drawString(31 * mm, height - 15.5 * mm, subtitle or title)
            # SIMULAZIONE band under the letterhead and diagonal mark.
            self.setFillColor(SIM)
            self.rect(0, height - 27 * mm, width, 5 * mm, stroke=0, fill=1)
            self.setFillColor(colors.white)
            self.setFont(bold, 8.5)
            self.drawCentredString(width / 2, height - 25.6 * mm, SIM_NOTICE)
            self.saveState()
            self.setFillColor(colors.Color(0.6, 0.36, 0, alpha=0.08))
            self.setFont(bold, 70)
            self.translate(width / 2, height / 2)
            self.rotate(35)
            self.drawCentredString(0, 0, "SIMULAZIONE")
            self.restoreState()
            # Footer with page numbers.
            self.setFillColor(MUTED)
            self.setFont(regular, 8.5)
            self.drawString(15 * mm, 10 * mm, title)
            self.drawRightString(width - 15 * mm, 10 * mm, f"Pagina {self._pageNumber} di {total}")

    return NumberedCanvas


def make_document(title: str, story: list, *, subtitle: str = "", author: str = INSTITUTE,
                  letterhead: str = INSTITUTE) -> bytes:
    """Render `story` (reportlab flowables) into PDF bytes with the common frame; `letterhead`
    is the name in the band at the top (Palestra INPS's own papers are not the INPS's)."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=34 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=author,
        subject=SIM_NOTICE,
        creator="Palestra INPS",
    )
    doc.build(list(story), canvasmaker=_numbered_canvas_class(title, subtitle, letterhead))
    return buffer.getvalue()
