"""Pieces shared by the Fascicolo's documents (estratto conto, CU, ObisM, cedolino):
the block with the citizen's data, dates, a key/value table and amount tables.

Every figure is printed as text (selectable, found by pdftotext) with `euro()`.
"""
from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from .base import DARK, LIGHT, MUTED, PRIMARY, esc, euro, fonts, para

WIDTH = 180 * mm  # A4 minus the 15 mm margins of make_document


def d(value: dt.date | dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def key_values(rows: list[tuple[str, str]], label_width: float = 55 * mm, width: float = WIDTH) -> Table:
    """A two-column box: label (muted) and value (bold)."""
    t = Table([[para(esc(k), "cell"), para(esc(v), "cellb")] for k, v in rows],
              colWidths=[label_width, width - label_width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, PRIMARY),
        ("BACKGROUND", (0, 0), (0, -1), LIGHT),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#D9DADB")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def citizen_rows(anag) -> list[tuple[str, str]]:
    return [
        ("Cognome e nome", f"{anag.cognome} {anag.nome}".upper()),
        ("Codice fiscale", anag.codice_fiscale),
        ("Data e luogo di nascita", f"{d(anag.data_nascita)} - {anag.luogo_nascita}"
                                    + (f" ({anag.provincia_nascita})" if anag.provincia_nascita else "")),
        ("Indirizzo di residenza", anag.indirizzo),
    ]


def pension_rows(p) -> list[tuple[str, str]]:
    return [
        ("Sede INPS", f"Sede di {p.sede}"),
        ("Categoria", f"{p.categoria_codice} - {p.categoria_label}"),
        ("Numero di certificato", p.numero_certificato),
        ("Fondo / gestione", p.fondo_label),
        ("Decorrenza", d(p.decorrenza)),
    ]


def money_table(header: list[str], rows: list[list[str]], col_widths: list[float],
                bold_last: bool = True, first_text_cols: int = 1) -> Table:
    """A table of amounts: texts on the left, figures right-aligned, last row bold (the total)."""
    regular, bold = fonts()
    t = Table([header, *rows], colWidths=col_widths, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), regular),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("FONTNAME", (0, 0), (-1, 0), bold),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("TEXTCOLOR", (0, 0), (-1, 0), DARK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, PRIMARY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#D9DADB")),
        ("ALIGN", (first_text_cols, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if bold_last and rows:
        style += [
            ("FONTNAME", (0, -1), (-1, -1), bold),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, DARK),
        ]
    t.setStyle(TableStyle(style))
    return t


def note(text: str):
    return para(f'<font color="{MUTED.hexval().replace("0x", "#")}">{esc(text)}</font>', "small")


def issued_line(today: dt.date) -> str:
    return f"Documento prodotto il {d(today)} (data della simulazione)."


def where_line(key: str) -> str:
    """Where the document is in the Fascicolo, named by its registry (app.services.fascicolo.REGISTRY)."""
    from app.services.fascicolo import menu_path

    return f"Dal {menu_path(key)}."


__all__ = ["WIDTH", "citizen_rows", "d", "euro", "issued_line", "key_values", "money_table", "note",
           "pension_rows", "where_line"]
