"""The persona cards for trainers: who each fictitious person is, the data a learner
is asked for (codice fiscale, address, documents) and their practice credentials.

    person_cards_pdf([card, ...], now, summary=True)   # summary table + one card per page
"""
from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak

from app.services.person_cards import CREDENTIALS_NOTE, PersonCard

from .base import make_document, spacer, table, text

SUBTITLE = "Palestra INPS - schede delle persone di prova per il formatore"


def _p(value: str, style: str = "body"):
    return text(value, style)


def _key_values(rows, *, strong: bool = False) -> object:
    """Label / value rows in body size (the card is handed to a learner who may read slowly)."""
    body = [[_p(k, "bold"), _p(v, "bold" if strong else "body")] for k, v in rows]
    return table([["Dato", "Valore"]] + body, [60 * mm, 120 * mm])


def _summary(cards: list[PersonCard]) -> list:
    rows = [["Persona", "Codice fiscale", "Chi è", "Credenziali"]]
    for c in cards:
        creds = "; ".join(g.title for g in c.credenziali) or "nessuna"
        rows.append([_p(c.name, "cellb"), _p(c.codice_fiscale, "cell"), _p(c.ruolo, "cell"), _p(creds, "cell")])
    return [
        _p("Le persone di prova", "h1"),
        _p("Ogni persona è di fantasia; i codici fiscali sono calcolati dai dati anagrafici e sono validi "
           "solo nella simulazione. Le pagine seguenti riportano la scheda di ciascuna persona, da "
           "consegnare a chi si esercita."),
        spacer(3),
        table(rows, [38 * mm, 40 * mm, 62 * mm, 40 * mm]),
    ]


def _card(c: PersonCard) -> list:
    story = [_p(f"Scheda personale: {c.name}", "h1")]
    if c.ruolo:
        story.append(_p(c.ruolo))
    story.append(spacer(2))
    story.append(_p("Dati anagrafici", "h2"))
    rows = [("Codice fiscale", c.codice_fiscale), ("Nascita", c.nascita), ("Residenza", c.indirizzo)]
    story.append(_key_values(rows))
    story.append(_p("Recapiti", "h2"))
    story.append(_key_values(list(c.contatti) or [("Recapiti", "nessuno comunicato all'INPS")]))
    story.append(_p("Tessera sanitaria e documenti", "h2"))
    docs = [("Tessera sanitaria", f"n. {c.tessera_numero}" + (f", {c.tessera_scadenza}" if c.tessera_scadenza else ""))]
    docs += list(c.documenti)
    story.append(_key_values(docs))
    story.append(CondPageBreak(40 * mm))
    story.append(_p("Credenziali per esercitarsi", "h2"))
    if not c.credenziali:
        story.append(_p("Nessuna credenziale: con questa persona si impara a chiedere il PIN."))
    for group in c.credenziali:
        block = [_p(group.title, "bold"), _key_values(list(group.rows), strong=True)]
        if group.note:
            block.append(_p(group.note, "small"))
        block.append(spacer(2))
        story.append(KeepTogether(block))
    if c.credenziali:
        story.append(_p(CREDENTIALS_NOTE, "small"))
    return story


def person_cards_pdf(cards: list[PersonCard], now: dt.datetime, *, summary: bool) -> bytes:
    story: list = []
    if summary:
        story += _summary(cards)
    for c in cards:
        if story:
            story.append(PageBreak())
        story += _card(c)
    story.append(spacer(4))
    story.append(_p(f"Stampato il {now:%d/%m/%Y} (data della simulazione).", "small"))
    title = "Schede delle persone di prova" if summary else f"Scheda personale - {cards[0].name}"
    return make_document(title, story, subtitle=SUBTITLE)


__all__ = ["person_cards_pdf"]
