"""PDFs of a domanda, all made from the one read model (app.services.domande.Domanda)
and the citizen's Anagrafica (app.services.fascicolo):

- the receipt given at submission (protocol number, the data sent, the simulation
  shown, the next steps expected);
- the decision letter (accolta / respinta, the reasons, what is granted);
- the summary shown in the Fascicolo (Domande presentate): every step of the stato
  di avanzamento and the outcome; for an accolta pension request, the pension granted.

Every figure is text (selectable, found by pdftotext)."""
from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm

from .base import esc, euro, make_document, para, spacer, table
from .fascicolo_parts import citizen_rows, issued_line, key_values, money_table, note, pension_rows

STATE_LABELS = {"in lavorazione": "In lavorazione", "in istruttoria": "In istruttoria", "definita": "Esito"}


def _data_table(rows) -> object:
    body = [["Sezione", "Dato", "Valore indicato"]]
    body += [[para(esc(step), "cell"), para(esc(label), "cell"), para(esc(value), "cellb")] for step, label, value in rows]
    return table(body, [40 * mm, 75 * mm, 65 * mm])


def _pairs(title: str, rows) -> list:
    return [para(esc(title), "h2"), key_values(list(rows))] if rows else []


def receipt_pdf(dom, anag, *, method: str, next_steps: list[tuple[str, dt.datetime]]) -> bytes:
    story = [
        para("Ricevuta di presentazione della domanda", "h1"),
        para(esc(dom.title), "h2"),
        key_values([
            ("Numero di protocollo", dom.protocol),
            ("Data e ora di presentazione", f"{dom.submitted_at:%d/%m/%Y} ore {dom.submitted_at:%H:%M}"),
            ("Canale", f"Servizi online - accesso con {method}"),
            ("Stato", "Presentata"),
        ]),
        para("Richiedente", "h2"),
        key_values(citizen_rows(anag)),
        para("Dati della domanda", "h2"),
        _data_table(dom.rows),
        *_pairs(dom.preview_title or "Simulazione", dom.preview),
        para("Prossimi passaggi previsti", "h2"),
        table([["Passaggio", "Entro il"]] + [
            [STATE_LABELS.get(state, state.capitalize()), f"{at:%d/%m/%Y}"] for state, at in next_steps
        ], [90 * mm, 40 * mm]),
        spacer(),
        para("Conservi questa ricevuta: il numero di protocollo identifica la domanda. Lo stato di "
             "avanzamento si consulta in MyINPS; l'esito le sarà comunicato per posta all'indirizzo di "
             "residenza.", "small"),
    ]
    return make_document(f"Ricevuta domanda {dom.protocol}", story, subtitle="Ricevuta di presentazione")


def decision_pdf(dom, anag) -> bytes:
    accolta = dom.accolta
    heading = "Comunicazione di accoglimento" if accolta else "Comunicazione di reiezione"
    story = [
        para(esc(anag.nome_completo), "bold"),
        para(esc(anag.indirizzo), "body"),
        spacer(6),
        para(f"Data: {dom.decided_at:%d/%m/%Y}", "body"),
        spacer(),
        para(heading, "h1"),
        para(f"Oggetto: {esc(dom.title)} - protocollo {esc(dom.protocol)} del {dom.submitted_at:%d/%m/%Y}", "h2"),
        para(f"Gentile {esc(anag.nome_completo)},", "body"),
        para("esaminata la domanda indicata in oggetto, la informiamo che la stessa è stata "
             f"<b>{'ACCOLTA' if accolta else 'RESPINTA'}</b>.", "body"),
        spacer(2),
        para("Motivazione", "h2"),
        para(esc(dom.motivazione), "body"),
        *_pairs("Che cosa è stato riconosciuto", dom.esito),
        para("Riepilogo", "h2"),
        key_values([
            ("Numero di protocollo", dom.protocol),
            ("Data di presentazione", f"{dom.submitted_at:%d/%m/%Y}"),
            ("Data della decisione", f"{dom.decided_at:%d/%m/%Y}"),
            ("Esito", dom.outcome.capitalize()),
            ("Codice fiscale", anag.codice_fiscale),
        ]),
        para("Dati indicati nella domanda", "h2"),
        _data_table(dom.rows),
        spacer(),
    ]
    if not accolta:
        story.append(para(
            "Contro questo provvedimento può presentare ricorso amministrativo al Comitato provinciale "
            "entro 90 giorni dalla ricezione, tramite i servizi online o un patronato.", "small"))
    story.append(para("Il Direttore della Sede", "body"))
    return make_document(f"Esito domanda {dom.protocol}", story, subtitle=heading)


def summary_pdf(dom, anag, today: dt.date, pension=None) -> bytes:
    """The Fascicolo's PDF of a domanda (Domande presentate)."""
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
        *_pairs("Che cosa è stato riconosciuto", dom.esito if dom.accolta else ()),
    ]
    if dom.rows:
        story += [para("Dati indicati nella domanda", "h2"), _data_table(dom.rows)]
    if dom.accolta and pension is not None:
        story += [
            para("Pensione liquidata", "h2"),
            key_values(pension_rows(pension) + [
                ("Importo mensile lordo alla decorrenza", euro(pension.importo_iniziale_cents)),
            ]),
        ]
    story += [spacer(3), note("Riepilogo prodotto dal Fascicolo previdenziale della simulazione.")]
    return make_document(title, story, subtitle="Domande presentate")


domanda_pdf = summary_pdf  # the name app.pdf.domanda_riepilogo used to give it

__all__ = ["receipt_pdf", "decision_pdf", "summary_pdf", "domanda_pdf"]
