"""The PDF of a domanda shown in the Fascicolo (Domande presentate): the
protocol, the dates, every step of the stato di avanzamento and the outcome;
for an accolta pension request, the pension that was granted."""
from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm

from app.services.fascicolo import Anagrafica, Domanda, PensioneTitolare

from .base import esc, euro, make_document, para, spacer
from .fascicolo_parts import citizen_rows, issued_line, key_values, money_table, note, pension_rows


def domanda_pdf(anag: Anagrafica, dom: Domanda, today: dt.date, pension: PensioneTitolare | None = None) -> bytes:
    title = f"{dom.title} - protocollo {dom.protocol}"
    story = [
        para(esc(dom.title), "h1"),
        para(issued_line(today), "small"),
        para("Richiedente", "h2"),
        key_values(citizen_rows(anag)),
        para("Dati della domanda", "h2"),
        key_values([
            ("Numero di protocollo", dom.protocol),
            ("Data di presentazione", f"{dom.submitted_at:%d/%m/%Y %H:%M}"),
            ("Stato", dom.stato_label),
        ]),
        para("Stato di avanzamento", "h2"),
        money_table(
            ["Data", "Stato", "Nota"],
            [[f"{s.at:%d/%m/%Y}", s.state.capitalize(), para(esc(s.note), "cell")] for s in dom.history],
            [28 * mm, 40 * mm, 112 * mm], bold_last=False, first_text_cols=3,
        ),
    ]
    if dom.accolta and pension is not None:
        story += [
            para("Pensione liquidata", "h2"),
            key_values(pension_rows(pension) + [
                ("Importo mensile lordo alla decorrenza", euro(pension.importo_iniziale_cents)),
            ]),
        ]
    story += [spacer(3), note("Riepilogo prodotto dal Fascicolo previdenziale della simulazione.")]
    return make_document(title, story, subtitle="Domande presentate")


__all__ = ["domanda_pdf"]
