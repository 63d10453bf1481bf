"""The cedolino della pensione of one month: the rate (and in December the
tredicesima), the withholdings and the net amount paid."""
from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm

from app.services.fascicolo import Cedolino

from .base import esc, euro, make_document, para, spacer
from .fascicolo_parts import citizen_rows, d, issued_line, key_values, money_table, note, pension_rows, where_line


def cedolino_rows(c: Cedolino) -> list[tuple[str, int]]:
    """(voce, cents): positive amounts paid, negative amounts withheld; last = netto."""
    rows: list[tuple[str, int]] = []
    for r in c.voci:
        rows.append(("Tredicesima mensilità" if r.month == 13 else f"Rata di {r.label.lower()}", r.lordo_cents))
    t = c.totale
    rows += [
        ("Ritenuta Irpef", -t.irpef_cents),
        ("Addizionale regionale all'Irpef", -t.add_regionale_cents),
        ("Addizionale comunale all'Irpef", -t.add_comunale_cents),
        ("Altre trattenute", -t.altre_trattenute_cents),
        ("Importo netto pagato", t.netto_cents),
    ]
    return rows


def cedolino_pdf(c: Cedolino, today: dt.date) -> bytes:
    a = c.anagrafica
    title = f"Cedolino pensione {c.label} - {a.cognome.upper()} {a.nome.upper()}"
    paid_on = next((r.paid_on for r in c.voci if r.paid_on), None)
    rows = cedolino_rows(c)
    body = [[voce, euro(cents)] for voce, cents in rows]
    story = [
        para(f"Cedolino della pensione - {esc(c.label)}", "h1"),
        para(issued_line(today), "small"),
        para(where_line("modelli.cedolino"), "small"),
        para("Dati del pensionato", "h2"),
        key_values(citizen_rows(a)),
        para("Dati della pensione", "h2"),
        key_values(pension_rows(c.pensione) + [("Data di pagamento", d(paid_on))]),
        para("Dettaglio del pagamento", "h2"),
        money_table(["Voce", "Importo"], body, [120 * mm, 60 * mm]),
        spacer(2),
        note(f"Totale lordo {euro(c.totale.lordo_cents)}, totale trattenute {euro(c.totale.trattenute_cents)}."),
    ]
    if any(r.month == 13 for r in c.voci):
        story.append(note("A dicembre si paga anche la tredicesima mensilità; le addizionali si trattengono da "
                          "gennaio a novembre."))
    return make_document(title, story, subtitle=f"Cedolino pensione {c.label}")


__all__ = ["cedolino_pdf", "cedolino_rows"]
