"""What the home scanner produces: a real PDF (or a JPG/PNG image) of sheets of paper.

Each scanned page is drawn with reportlab: a faintly grey "paper" with the sheet's
printed text, the handwriting (date and signature) in blue ink, or the identity card's
two sides. All the text is real PDF text, so that the INPS review (and pdftotext) can
read it back: that is how the simulator "reads" a scan.
"""
from __future__ import annotations

import datetime as dt
import io
import textwrap
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen import canvas as rl_canvas

from .base import DARK, MUTED, SIM, SIM_NOTICE, fonts

PAPER = colors.HexColor("#F5F5F0")
INK = colors.HexColor("#1F3F99")
CARD = colors.HexColor("#E8EEF4")


@lru_cache(maxsize=1)
def _hand_font() -> str:
    """An italic face for handwriting (Titillium Web Italic, OFL); Helvetica-Oblique otherwise."""
    try:
        import fontpkg_titillium_web as pkg

        path = Path(pkg.__file__).parent / "files" / "TitilliumWeb-Italic.ttf"
        pdfmetrics.registerFont(TTFont("Titillium-Italic", str(path)))
        return "Titillium-Italic"
    except (ImportError, OSError, TTFError):  # pragma: no cover - the font package is a declared dependency
        return "Helvetica-Oblique"


def scan_pdf(sheets, at: dt.datetime) -> bytes:
    """One PDF, one page per sheet. A printed sheet is its original page (as the paper
    shows it) with a scanner's grey tint, the scan header and the handwriting drawn on
    top; an identity document copy is drawn from scratch."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    total = len(sheets)
    for number, sheet in enumerate(sheets, start=1):
        overlay = PdfReader(io.BytesIO(_overlay(sheet, at, number, total))).pages[0]
        if sheet.kind == "printed" and sheet.source:
            original = PdfReader(io.BytesIO(sheet.source), strict=False).pages[sheet.page_index]
            page = writer.add_blank_page(width=float(original.mediabox.width),
                                         height=float(original.mediabox.height))
            page.merge_page(_tint_page(float(original.mediabox.width), float(original.mediabox.height)))
            page.merge_page(original)
            page.merge_page(overlay)
        else:
            writer.add_page(overlay)
    writer.add_metadata({"/Title": "Scansione", "/Author": "Scanner di casa (Palestra INPS)",
                         "/Subject": SIM_NOTICE})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _tint_page(width: float, height: float):
    from pypdf import PdfReader

    buffer = io.BytesIO()
    c = rl_canvas.Canvas(buffer, pagesize=(width, height))
    c.setFillColor(PAPER)
    c.rect(0, 0, width, height, stroke=0, fill=1)
    c.showPage()
    c.save()
    return PdfReader(io.BytesIO(buffer.getvalue())).pages[0]


def _overlay(sheet, at: dt.datetime, number: int, total: int) -> bytes:
    """A transparent page with the scan header and the handwriting (or, for an identity
    copy, the whole page)."""
    regular, bold = fonts()
    hand = _hand_font()
    buffer = io.BytesIO()
    c = rl_canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    if sheet.kind == "id_copy" or not sheet.source:
        c.setFillColor(PAPER)
        c.rect(0, 0, width, height, stroke=0, fill=1)
    c.setFillColor(MUTED)
    c.setFont(regular, 7)
    c.drawString(10 * mm, 4 * mm,
                 f"Scansione del {at:%d/%m/%Y %H:%M} - pagina {number} di {total} - 200 dpi")
    if sheet.kind == "id_copy" or not sheet.source:
        c.setFillColor(SIM)
        c.setFont(bold, 7)
        c.drawRightString(width - 10 * mm, 10 * mm, SIM_NOTICE)
    if sheet.kind == "id_copy":
        _draw_id_copy(c, sheet, regular, bold)
    elif not sheet.source:
        _draw_printed(c, sheet, regular, hand)
    elif sheet.signable:
        x, y = sheet.anchor or (15 * mm, 60 * mm)
        _draw_handwriting(c, sheet, hand, x, y + 2.5 * mm)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _draw_printed(c, sheet, regular: str, hand: str) -> None:
    """A sheet without its original page (a photocopy of text only)."""
    width, height = A4
    y = height - 18 * mm
    c.setFillColor(colors.black)
    for line in sheet.lines:
        for piece in textwrap.wrap(line, 125) or [""]:
            if y < 30 * mm:
                break
            c.setFont(regular, 8.2)
            c.drawString(15 * mm, y, piece)
            y -= 4.3 * mm
    if sheet.signable:
        _draw_handwriting(c, sheet, hand, 15 * mm, y - 4 * mm)


def _draw_handwriting(c, sheet, hand: str, x: float, y: float) -> None:
    """Date over "Luogo e data ____", signature over "Firma del richiedente ____"."""
    c.setFillColor(INK)
    c.setFont(hand, 12.5)
    if sheet.signed_on:
        c.drawString(x + 58, y, f"Data: {sheet.signed_on:%d/%m/%Y}")
    if sheet.signature:
        c.drawString(x + 300, y + 1, f"Firma: {sheet.signature}")
    c.setFillColor(colors.black)


def _draw_id_copy(c, sheet, regular: str, bold: str) -> None:
    width, height = A4
    fields = dict(sheet.document)
    c.setFillColor(DARK)
    c.setFont(bold, 12)
    c.drawString(15 * mm, height - 20 * mm, "COPIA DOCUMENTO DI IDENTITÀ")
    c.setFont(regular, 8.5)
    c.drawString(15 * mm, height - 26 * mm, "Fotocopia del documento appoggiato sul vetro dello scanner.")
    top = height - 35 * mm
    card_w, card_h = 120 * mm, 78 * mm
    for side in sheet.sides:
        x = 15 * mm
        c.setFillColor(CARD)
        c.setStrokeColor(MUTED)
        c.roundRect(x, top - card_h, card_w, card_h, 4 * mm, stroke=1, fill=1)
        c.setFillColor(DARK)
        c.setFont(bold, 9)
        c.drawString(x + 5 * mm, top - 8 * mm, f"REPUBBLICA ITALIANA - {fields.get('Tipo', '').upper()}")
        c.setFont(regular, 8)
        c.drawString(x + 5 * mm, top - 13 * mm, f"Lato: {side.upper()}")
        y = top - 21 * mm
        if side == "fronte":
            # A photo placeholder: a plain silhouette box, no real face.
            c.setFillColor(colors.HexColor("#C9D3DD"))
            c.rect(x + card_w - 32 * mm, top - 55 * mm, 26 * mm, 32 * mm, stroke=0, fill=1)
            c.setFillColor(MUTED)
            c.setFont(regular, 7)
            c.drawCentredString(x + card_w - 19 * mm, top - 40 * mm, "foto")
            keys = ("Tipo", "Numero", "Intestatario", "Nato/a il", "Scadenza")
        else:
            keys = ("Numero", "Codice fiscale", "Rilasciato da", "Data di rilascio")
        c.setFillColor(colors.black)
        for key in keys:
            c.setFont(regular, 8.5)
            c.drawString(x + 5 * mm, y, f"{key}: {fields.get(key, '')}")
            y -= 6 * mm
        top -= card_h + 8 * mm


def scan_image(sheet, fmt: str) -> bytes:
    """A photo-like image of one sheet (Pillow): text drawn on grey paper."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (850, 1100), (245, 245, 240))
    draw = ImageDraw.Draw(image)
    if sheet.kind == "id_copy":
        lines = ["COPIA DOCUMENTO DI IDENTITA'"] + [f"Lato: {s.upper()}" for s in sheet.sides] + \
                [f"{k}: {v}" for k, v in sheet.document]
    else:
        lines = list(sheet.lines)
        if sheet.signed_on:
            lines.append(f"Data: {sheet.signed_on:%d/%m/%Y}")
        if sheet.signature:
            lines.append(f"Firma: {sheet.signature}")
    y = 30
    for line in lines:
        for piece in textwrap.wrap(line, 110) or [""]:
            if y > 1070:
                break
            draw.text((30, y), piece.encode("latin-1", "replace").decode("latin-1"), fill=(20, 20, 20))
            y += 14
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG" if fmt == "jpg" else "PNG")
    return buffer.getvalue()
