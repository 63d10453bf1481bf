"""PDF forms of the PIN dispositivo: the conversion request made by the online procedure,
the MV35 filled at the sede, and the sealed envelope the sede operator hands over.

Every page carries plain-text lines that the upload review reads back with pypdf
(``MODULO RICHIESTA PIN DISPOSITIVO``, ``Codice richiesta: ...``, ``Codice fiscale: ...``,
``Documento: ...``): keep them on one line each, label and value together.
"""
from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Table, TableStyle

from .base import DARK, LIGHT, MUTED, PRIMARY, esc, fonts, make_document, para, spacer

FORM_MARK = "MODULO RICHIESTA PIN DISPOSITIVO"
MV35_MARK = "Mod. MV35"
MV35_TITLE = "Richiesta assegnazione PIN dispositivo per il cittadino in sede"  # FACTS 5 (verified title)
ENVELOPE_MARK = "BUSTA CHIUSA - PIN DISPOSITIVO"
SIGNATURE_LINE = "Luogo e data ____________________      Firma del richiedente ____________________"
FAX_NUMBER = "800 803 164"  # seed 003: "inviare il modulo ... al numero verde 800.803.164"


def _d(value) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value or "")


def _fields(rows: list[tuple[str, str]]) -> Table:
    """A two-column box of "label | value" rows, the value in bold (filled-in look)."""
    regular, bold = fonts()
    data = [[para(esc(label), "cell"), para(f"<b>{esc(value) or '—'}</b>", "cell")] for label, value in rows]
    t = Table(data, colWidths=[55 * mm, 125 * mm])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, PRIMARY),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#BFDFFF")),
        ("BACKGROUND", (0, 0), (0, -1), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def _grid(rows: list[tuple[str, str]]) -> Table:
    """Like _fields but two pairs per line (label | value | label | value), to fit one page."""
    cells = [[para(esc(label), "cell"), para(f"<b>{esc(value) or '—'}</b>", "cell")] for label, value in rows]
    if len(cells) % 2:
        cells.append([para("", "cell"), para("", "cell")])
    data = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    t = Table(data, colWidths=[30 * mm, 60 * mm, 30 * mm, 60 * mm])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, PRIMARY),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#BFDFFF")),
        ("BACKGROUND", (0, 0), (0, -1), LIGHT),
        ("BACKGROUND", (2, 0), (2, -1), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


def _anagrafica_rows(data: dict) -> list[tuple[str, str]]:
    nascita = data.get("luogo_nascita", "")
    if data.get("provincia_nascita"):
        nascita += f" ({data['provincia_nascita']})"
    return [
        ("Cognome", data.get("cognome", "")),
        ("Nome", data.get("nome", "")),
        ("Sesso", {"M": "Maschio", "F": "Femmina"}.get(data.get("sesso", ""), data.get("sesso", ""))),
        ("Data di nascita", _d(data.get("data_nascita"))),
        ("Luogo di nascita", nascita),
    ]


def _contact_rows(data: dict) -> list[tuple[str, str]]:
    return [
        ("Telefono cellulare", data.get("cellulare", "")),
        ("Telefono fisso", data.get("telefono_fisso", "")),
        ("E-mail", data.get("email", "")),
        ("PEC", data.get("pec", "")),
    ]


def _document_rows(doc: dict) -> list[tuple[str, str]]:
    from app.services.id_documents import KIND_LABELS

    return [
        ("Tipo di documento", KIND_LABELS.get(doc.get("kind", ""), doc.get("kind", ""))),
        ("Numero", doc.get("number", "")),
        ("Rilasciato da", doc.get("issuer", "")),
        ("Data di scadenza", _d(doc.get("expires"))),
    ]


def conversion_form(data: dict) -> bytes:
    """The prefilled request to convert a PIN ordinario into a PIN dispositivo (seed 004:
    "sarà generato un foglio di richiesta che dovrete scaricare e firmare, dopo aver inserito
    la data"). `data`: code, created_at, anagrafica, address_line, contacts, document (dict
    with kind/number/issuer/expires as date)."""
    doc = data["document"]
    from app.services.id_documents import KIND_LABELS

    doc_label = KIND_LABELS.get(doc["kind"], doc["kind"])
    story = [
        para(FORM_MARK, "h1"),
        para("Richiesta di conversione del PIN ordinario in PIN dispositivo per l'accesso ai "
             "servizi telematici dell'INPS", "bold"),
        spacer(2),
        para(f"Codice richiesta: {esc(data['code'])}"),
        para(f"Codice fiscale: {esc(data['codice_fiscale'])}"),
        para(f"Richiedente: {esc(data['nome'])} {esc(data['cognome'])}"),
        para(f"Documento: {esc(doc_label)} n. {esc(doc['number'])}"),
        para(f"Modulo generato il {_d(data['created_at'])}", "small"),
        para("Dati anagrafici e residenza", "h2"),
        _grid(_anagrafica_rows(data) + [("Residenza", data.get("address_line", ""))]),
        para("Recapiti", "h2"),
        _grid(_contact_rows(data)),
        para("Documento di identità allegato", "h2"),
        _grid(_document_rows(doc)),
        para("Dichiarazione", "h2"),
        para(f"Il/La sottoscritto/a {esc(data['nome'])} {esc(data['cognome'])}, codice fiscale "
             f"{esc(data['codice_fiscale'])}, chiede che il proprio PIN ordinario sia convertito in PIN "
             "dispositivo, necessario per richiedere all'Istituto prestazioni e benefici economici. "
             "Allega la copia fronte/retro del documento di identità indicato sopra, in corso di "
             "validità. Dichiara che i dati riportati sono veri (art. 76 DPR 445/2000)."),
        spacer(8),
        para(SIGNATURE_LINE),
        spacer(6),
        KeepTogether([
            para("Come inviare il modulo", "h2"),
            para("1. Stampi questo modulo, scriva la data e lo firmi."),
            para("2. Scansioni il modulo firmato <b>insieme</b> alla copia fronte/retro del documento "
                 "di identità: il file PDF deve essere <b>unico</b> e comprendere entrambi."),
            para("3. Torni alla pagina della procedura «Converti PIN» e carichi il file PDF; in "
                 f"alternativa invii modulo e copia del documento via fax al numero {FAX_NUMBER}."),
            para("4. Dopo qualche ora riceverà un'e-mail di conferma: da quel momento il PIN è "
                 "dispositivo.", "body"),
        ]),
    ]
    return make_document("Richiesta PIN dispositivo", story, subtitle="Il PIN online - Converti PIN")


def mv35_form(header: dict, sections: list[tuple[str, list[tuple[str, str]]]], *, firma: str,
              luogo_data: str, office: list[tuple[str, str]]) -> bytes:
    """The MV35 as filled in at the counter. The field list (`sections`, built by
    app.services.sede) is NOT verified: FACTS section 5 knows only the title and its use.
    `header`: code, sede, codice_fiscale."""
    story = [
        para(f"{MV35_MARK} - {MV35_TITLE}", "h1"),
        para(f"Sede: {esc(header.get('sede', ''))}"),
        para(f"Codice pratica: {esc(header.get('code', ''))}"),
        para(f"Codice fiscale: {esc(header.get('codice_fiscale', ''))}"),
        para("Facsimile didattico: i campi del modello reale possono essere diversi.", "small"),
    ]
    for title, rows in sections:
        story += [para(esc(title), "h2"), _grid(rows)]
    story += [
        para("Dichiarazione", "h2"),
        para("Il/La sottoscritto/a chiede l'assegnazione di un PIN dispositivo per l'accesso ai servizi "
             "telematici dell'INPS. La richiesta è presentata personalmente, con un documento di identità "
             "valido: non sono ammesse deleghe. Dichiara che i dati riportati sono veri (art. 76 DPR "
             "445/2000) e di aver letto l'informativa sul trattamento dei dati personali."),
        spacer(3),
        para(f"Luogo e data: {esc(luogo_data)}"),
        para(f"Firma: {esc(firma)}" if firma else "Firma del richiedente ______________________________"),
        para("Riservato all'ufficio", "h2"),
        _grid(office),
    ]
    return make_document(f"{MV35_MARK} - Richiesta PIN dispositivo in sede", story,
                         subtitle=f"{MV35_MARK} - {MV35_TITLE}")


def sede_envelope(data: dict) -> bytes:
    """The sealed envelope handed over at the sede: page 1 the closed envelope, page 2
    the letter inside with the whole 16-character PIN (FACTS 5: "busta chiusa contenente
    il PIN che risulterà già operativo e di tipo dispositivo"; the letter's text is NOT
    verified: written for the simulator). `data`: nome, cognome, codice_fiscale, sede,
    address, pin (16 characters), at (datetime), code."""
    regular, bold = fonts()
    spaced = esc(" ".join(data["pin"]))
    box = Table([[para(f'<font name="{bold}" size="20">{spaced}</font>', "code")]],
                colWidths=[150 * mm], rowHeights=[18 * mm])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, PRIMARY), ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TEXTCOLOR", (0, 0), (-1, -1), DARK),
    ]))
    envelope = Table(
        [[para(ENVELOPE_MARK, "h1")],
         [para("RISERVATA PERSONALE - da aprire solo a cura del destinatario", "bold")],
         [spacer(10)],
         [para(f"{esc(data['nome'])} {esc(data['cognome'])}".upper(), "bold")],
         [para(f"Codice fiscale: {esc(data['codice_fiscale'])}")],
         [para(f"Consegnata a mano presso la {esc(data['sede'])}")],
         [para(f"il {_d(data['at'])} - pratica {esc(data['code'])}", "small")]],
        colWidths=[170 * mm])
    envelope.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.5, MUTED), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FBF7EE")),
        ("LEFTPADDING", (0, 0), (-1, -1), 10 * mm), ("TOPPADDING", (0, 0), (0, 0), 8 * mm),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 10 * mm),
    ]))
    from reportlab.platypus import PageBreak

    story = [
        envelope,
        spacer(6),
        para("Apra la busta (pagina seguente) solo quando è da solo: il PIN è personale.", "small"),
        PageBreak(),
        para(f"Gentile {esc(data['nome'])} {esc(data['cognome'])},"),
        spacer(2),
        para("presso la nostra Sede, dopo la verifica del Suo documento di identità, Le è stato "
             "assegnato il seguente PIN di 16 caratteri per i servizi online dell'INPS:"),
        spacer(4),
        box,
        spacer(4),
        para("Il PIN è già operativo e di tipo <b>dispositivo</b>: permette di consultare i Suoi dati "
             "e di presentare domande di prestazioni e benefici economici."),
        para("Attenzione! Il codice PIN contiene solo caratteri numerici da 0 a 9 e caratteri "
             "alfabetici da A ad F."),
        para("Come usare il PIN la prima volta", "h2"),
        para("1. Nella pagina «Autenticazione» del portale, scheda «PIN», inserisca il codice fiscale "
             "e questo PIN di 16 caratteri, senza spazi, poi prema «Accedi»."),
        para("2. Il sistema Le chiederà di scegliere un nuovo PIN di 8 caratteri (lettere e numeri), "
             "da scrivere due volte: sarà il PIN da usare per gli accessi successivi."),
        para("3. Il PIN va cambiato almeno ogni 6 mesi."),
        spacer(4),
        para("Il PIN è personale: non lo comunichi a nessuno. L'INPS non chiede mai il PIN per "
             "telefono o per e-mail."),
        spacer(6),
        para(f"{esc(data['sede'])}", "bold"),
        para("Documento simulato: i dati e il PIN valgono solo in Palestra INPS.", "small"),
    ]
    return make_document("Busta PIN dispositivo", story, subtitle=str(data["sede"]))  # drawn, not markup
