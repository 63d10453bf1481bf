"""The estratto conto contributivo (FACTS.md section 4, reconstructed: no facsimile).

Heading "Estratto conto di COGNOME NOME CODICEFISCALE"; one row per period with
dal, al, tipo di contribuzione, datore di lavoro or fund, contributi utili per il
diritto and per il calcolo (weeks), retribuzione, note; then the totals of each
year and the overall total. The Gestione Separata has its own "Estratto conto
Parasubordinati". A 45-year career runs over several pages: page numbers come
from the common frame and the table headers repeat on every page.
"""
from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from app.services.fascicolo import Anagrafica, EstrattoConto

from .base import DARK, PRIMARY, esc, euro, fonts, make_document, para, spacer, table
from .fascicolo_parts import d, issued_line, key_values, note, where_line

PERIOD_HEADER_TOP = ["Dal", "Al", "Tipo di contribuzione", "Datore di lavoro / Fondo",
                     "Contributi utili (sett.)", "", "Retribuzione / Reddito", "Note"]
PERIOD_HEADER_SUB = ["", "", "", "", "per il diritto", "per il calcolo", "", ""]
YEAR_HEADER = ["Anno", "Periodi", "Settimane per il diritto", "Settimane per il calcolo", "Retribuzione / Reddito"]


def _cell(text: str, width: float, font: str):
    """Plain text when it fits on one line (much faster to lay out), else a wrapping paragraph."""
    if stringWidth(text, font, 8.5) <= width - 13:  # 6 pt padding each side, 1 pt spare
        return text
    return para(esc(text), "cell")


def _periods_table(ec: EstrattoConto) -> Table:
    regular, bold = fonts()
    widths = [17 * mm, 17 * mm, 29 * mm, 44 * mm, 15 * mm, 15 * mm, 24 * mm, 19 * mm]
    header_top = list(PERIOD_HEADER_TOP)
    header_sub = list(PERIOD_HEADER_SUB)
    if ec.parasubordinati:
        header_top[3] = "Committente"
        header_top[6] = "Reddito / Contributi"
    rows: list[list] = [[para(esc(h), "cellb") for h in header_top], [para(esc(h), "cellb") for h in header_sub]]
    for p in ec.periodi:
        money = euro(p.retribuzione_cents)
        if ec.parasubordinati:
            money = para(f"{euro(p.retribuzione_cents)}<br/>{euro(p.contributi_cents)}", "cell")
        rows.append([
            d(p.dal), d(p.al), _cell(p.tipo, widths[2], regular), _cell(p.datore, widths[3], regular),
            str(p.settimane_diritto), str(p.settimane_calcolo), money, _cell(p.note, widths[7], regular),
        ])
    t = ec.totale
    total_money = euro(t.retribuzione_cents)
    if ec.parasubordinati:
        total_money = para(f"<b>{euro(t.retribuzione_cents)}<br/>{euro(t.contributi_cents)}</b>", "cell")
    rows.append(["Totale", "", "", f"{t.periodi} periodi", str(t.settimane_diritto), str(t.settimane_calcolo),
                 total_money, ""])
    tbl = table(rows, col_widths=widths, header_rows=2)
    tbl.setStyle(TableStyle([
        ("SPAN", (4, 0), (5, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (3, 0), (3, 1)),
        ("SPAN", (6, 0), (6, 1)),
        ("SPAN", (7, 0), (7, 1)),
        ("ALIGN", (4, 0), (6, -1), "RIGHT"),
        ("ALIGN", (4, 0), (5, 1), "CENTER"),
        ("FONTNAME", (0, -1), (-1, -1), bold),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, DARK),
        ("LINEBELOW", (4, 0), (5, 0), 0.25, PRIMARY),
    ]))
    return tbl


def _years_table(ec: EstrattoConto) -> Table:
    regular, bold = fonts()
    header = list(YEAR_HEADER)
    if ec.parasubordinati:
        header.append("Contributi accreditati")
        widths = [20 * mm, 20 * mm, 34 * mm, 34 * mm, 36 * mm, 36 * mm]
    else:
        widths = [24 * mm, 24 * mm, 40 * mm, 40 * mm, 52 * mm]
    rows: list[list] = [[para(esc(h), "cellb") for h in header]]
    for y in ec.per_anno:
        row = [str(y.anno), str(y.periodi), str(y.settimane_diritto), str(y.settimane_calcolo),
               euro(y.retribuzione_cents)]
        if ec.parasubordinati:
            row.append(euro(y.contributi_cents))
        rows.append(row)
    t = ec.totale
    row = ["Totale generale", str(t.periodi), str(t.settimane_diritto), str(t.settimane_calcolo),
           euro(t.retribuzione_cents)]
    if ec.parasubordinati:
        row.append(euro(t.contributi_cents))
    rows.append(row)
    tbl = table(rows, col_widths=widths, header_rows=1, align_right_from=1)
    tbl.setStyle(TableStyle([
        ("FONTNAME", (0, -1), (-1, -1), bold),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, DARK),
    ]))
    return tbl


def estratto_conto_pdf(anag: Anagrafica, ec: EstrattoConto, today: dt.date) -> bytes:
    title = f"{ec.title} di {anag.cognome.upper()} {anag.nome.upper()} {anag.codice_fiscale}"
    t = ec.totale
    summary = [
        ("Situazione aggiornata al", d(ec.aggiornato_al) or "nessun periodo accreditato"),
        ("Contributi utili per il diritto", f"{t.settimane_diritto} settimane ({ec.anzianita})"),
        ("Contributi utili per il calcolo", f"{t.settimane_calcolo} settimane"),
        ("Totale retribuzioni / redditi", euro(t.retribuzione_cents)),
    ]
    if ec.parasubordinati:
        summary.append(("Totale contributi accreditati", euro(t.contributi_cents)))
    story = [
        para(esc(title), "h1"),
        para(f"Nato/a il {d(anag.data_nascita)} a {esc(anag.luogo_nascita)} - residente in {esc(anag.indirizzo)}", "small"),
        para(issued_line(today), "small"),
        para(where_line("posizione.parasubordinati" if ec.parasubordinati else "posizione.estratto_conto"), "small"),
        spacer(3),
        key_values(summary),
        spacer(3),
        para("Periodi contributivi", "h2"),
    ]
    if ec.empty:
        story.append(para("Non risultano periodi contributivi accreditati in questa gestione."))
    else:
        story += [
            _periods_table(ec),
            spacer(2),
            note("Contributi utili per il diritto: le settimane che contano per raggiungere il requisito della "
                 "pensione. Per il calcolo: le settimane che contano per l'importo (un anno di part-time al 50% "
                 "vale 52 settimane per il diritto e 26 per il calcolo)."),
            para("Totali per anno", "h2"),
            _years_table(ec),
        ]
    story += [
        spacer(4),
        note("Estratto conto ricostruito per la simulazione: intestazioni e codici delle note non riproducono "
             "il documento originale. Verifichi sempre i periodi: un periodo mancante o errato va segnalato "
             "all'INPS con una richiesta di rettifica della posizione assicurativa."),
    ]
    return make_document(title, story, subtitle=ec.title)


__all__ = ["estratto_conto_pdf", "PERIOD_HEADER_TOP", "YEAR_HEADER"]
