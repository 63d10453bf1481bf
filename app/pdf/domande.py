"""PDFs of the domande: the receipt given at submission (protocol number, the data
sent) and the decision letter (accolta / respinta with the reasons).

Every figure is text (selectable, found by pdftotext)."""
from __future__ import annotations

import datetime as dt
from reportlab.lib.units import mm

from .base import esc, make_document, para, spacer, table
from .fascicolo_parts import key_values as _key_values

WIDTH = 180 * mm

STATE_LABELS = {"in lavorazione": "In lavorazione", "in istruttoria": "In istruttoria", "definita": "Esito"}


def _citizen_rows(citizen: dict) -> list[tuple[str, str]]:
    return [
        ("Cognome e nome", citizen["nome"]),
        ("Codice fiscale", citizen["codice_fiscale"]),
        ("Data e luogo di nascita", citizen["nascita"]),
        ("Indirizzo di residenza", citizen["indirizzo"]),
    ]


def _data_table(rows: list[tuple[str, str, str]]):
    body = [["Sezione", "Dato", "Valore indicato"]]
    body += [[para(esc(step), "cell"), para(esc(label), "cell"), para(esc(value), "cellb")] for step, label, value in rows]
    return table(body, [40 * mm, 75 * mm, 65 * mm])


def receipt_pdf(*, title: str, protocol: str, submitted_at: dt.datetime, citizen: dict,
                rows: list[tuple[str, str, str]], method: str,
                next_steps: list[tuple[str, dt.datetime]]) -> bytes:
    story = [
        para("Ricevuta di presentazione della domanda", "h1"),
        para(esc(title), "h2"),
        _key_values([
            ("Numero di protocollo", protocol),
            ("Data e ora di presentazione", f"{submitted_at:%d/%m/%Y} ore {submitted_at:%H:%M}"),
            ("Canale", f"Servizi online - accesso con {method}"),
            ("Stato", "Presentata"),
        ]),
        para("Richiedente", "h2"),
        _key_values(_citizen_rows(citizen)),
        para("Dati della domanda", "h2"),
        _data_table(rows),
        para("Prossimi passaggi previsti", "h2"),
        table([["Passaggio", "Entro il"]] + [
            [STATE_LABELS.get(state, state.capitalize()), f"{at:%d/%m/%Y}"] for state, at in next_steps
        ], [90 * mm, 40 * mm]),
        spacer(),
        para("Conservi questa ricevuta: il numero di protocollo identifica la domanda. Lo stato di "
             "avanzamento si consulta in MyINPS; l'esito le sarà comunicato per posta all'indirizzo di "
             "residenza.", "small"),
    ]
    return make_document(f"Ricevuta domanda {protocol}", story, subtitle="Ricevuta di presentazione")


def decision_pdf(*, title: str, protocol: str, submitted_at: dt.datetime, decided_at: dt.datetime,
                 citizen: dict, outcome: str, motivazione: str, rows: list[tuple[str, str, str]]) -> bytes:
    accolta = outcome == "accolta"
    heading = "Comunicazione di accoglimento" if accolta else "Comunicazione di reiezione"
    story = [
        para(esc(citizen["nome"]), "bold"),
        para(esc(citizen["indirizzo"]), "body"),
        spacer(6),
        para(f"Data: {decided_at:%d/%m/%Y}", "body"),
        spacer(),
        para(heading, "h1"),
        para(f"Oggetto: {esc(title)} - protocollo {esc(protocol)} del {submitted_at:%d/%m/%Y}", "h2"),
        para(f"Gentile {esc(citizen['nome'])},", "body"),
        para("esaminata la domanda indicata in oggetto, la informiamo che la stessa è stata "
             f"<b>{'ACCOLTA' if accolta else 'RESPINTA'}</b>.", "body"),
        spacer(2),
        para("Motivazione", "h2"),
        para(esc(motivazione), "body"),
        para("Riepilogo", "h2"),
        _key_values([
            ("Numero di protocollo", protocol),
            ("Data di presentazione", f"{submitted_at:%d/%m/%Y}"),
            ("Data della decisione", f"{decided_at:%d/%m/%Y}"),
            ("Esito", outcome.capitalize()),
            ("Codice fiscale", citizen["codice_fiscale"]),
        ]),
        para("Dati indicati nella domanda", "h2"),
        _data_table(rows),
        spacer(),
    ]
    if not accolta:
        story.append(para(
            "Contro questo provvedimento può presentare ricorso amministrativo al Comitato provinciale "
            "entro 90 giorni dalla ricezione, tramite i servizi online o un patronato.", "small"))
    story.append(para("Il Direttore della Sede", "body"))
    return make_document(f"Esito domanda {protocol}", story, subtitle=heading)
