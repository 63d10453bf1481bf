"""The certificato di pensione, modello ObisM (FACTS.md section 3).

Dati anagrafici, sede INPS, categoria e numero di certificato, perequazione
automatica, then the monthly amounts with the columns gennaio / dicembre /
tredicesima: lordo, ritenute erariali (Irpef), addizionali regionale e
comunale, altre trattenute, netto.
"""
from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm

from app.services.fascicolo import ObisM, Rata

from .base import euro, make_document, para, spacer
from .fascicolo_parts import citizen_rows, issued_line, key_values, money_table, note, pension_rows, where_line

LINES = (
    ("Importo lordo", "lordo_cents"),
    ("Ritenute erariali (Irpef)", "irpef_cents"),
    ("Addizionale regionale", "add_regionale_cents"),
    ("Addizionale comunale", "add_comunale_cents"),
    ("Altre trattenute (quote associative, ...)", "altre_trattenute_cents"),
    ("Importo netto", "netto_cents"),
)


def percent(value: float | None) -> str:
    if value is None:
        return "non applicabile (pensione decorrente nell'anno)"
    return f"{value:+.2f} %".replace(".", ",")


def obism_columns(o: ObisM) -> list[tuple[str, Rata | None]]:
    return [("Gennaio" if o.gennaio.month == 1 else o.gennaio.label, o.gennaio), ("Dicembre", o.dicembre),
            ("Tredicesima", o.tredicesima)]


def obism_pdf(o: ObisM, today: dt.date) -> bytes:
    a = o.anagrafica
    title = f"Certificato di pensione ObisM {o.anno} - {a.cognome.upper()} {a.nome.upper()}"
    cols = obism_columns(o)
    rows = []
    for label, attr in LINES:
        rows.append([label] + [euro(getattr(r, attr)) if r is not None else "-" for _, r in cols])
    projected = [name for name, r in cols if r is not None and r.projected]
    story = [
        para(f"Certificato di pensione (modello ObisM) - anno {o.anno}", "h1"),
        para(issued_line(today), "small"),
        para(where_line("modelli.obism"), "small"),
        para("Dati del pensionato", "h2"),
        key_values(citizen_rows(a)),
        para("Dati della pensione", "h2"),
        key_values(pension_rows(o.pensione) + [
            ("Perequazione automatica", percent(o.perequazione_percent)),
            ("Importo lordo annuo", euro(o.lordo_annuo_cents)),
        ]),
        para("Importi mensili", "h2"),
        money_table(["Voce"] + [name for name, _ in cols], rows,
                    [72 * mm, 36 * mm, 36 * mm, 36 * mm]),
        spacer(2),
    ]
    if o.gennaio.month != 1:
        story.append(note(f"La pensione decorre dal {o.pensione.decorrenza:%d/%m/%Y}: la prima colonna è la "
                          "prima rata pagata nell'anno."))
    if projected:
        story.append(note("Importi previsti (rate non ancora pagate alla data del documento): "
                          + ", ".join(projected) + ". Le addizionali regionale e comunale si trattengono "
                          "da gennaio a novembre: a dicembre e sulla tredicesima non ci sono."))
    story.append(note("Il certificato riassume gli importi della pensione per l'anno: serve per controllare "
                      "l'aumento di gennaio (perequazione) e le trattenute."))
    return make_document(title, story, subtitle=f"Certificato di pensione ObisM {o.anno}")


__all__ = ["obism_pdf", "obism_columns", "LINES", "percent"]
