"""PDF documents of the PIN's life: the letter with the second half of the PIN.

Neutral letterhead from app.pdf.base (never the real logo), the SIMULAZIONE mark,
the 8 characters in large type and the instructions for the first access.
"""
from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from .base import DARK, LIGHT, PRIMARY, esc, fonts, make_document, para, spacer, text


def _address_block(citizen) -> list:
    lines = [f"{citizen.nome} {citizen.cognome}".upper()]
    if citizen.residenza_estera:
        lines += [citizen.indirizzo_estero, citizen.citta_estera, citizen.stato_estero.upper()]
    else:
        lines += [f"{citizen.indirizzo} {citizen.civico}".strip(),
                  f"{citizen.cap} {citizen.comune} ({citizen.provincia})"]
    return [text(line) for line in lines if line]


def _code_box(code: str) -> Table:
    regular, bold = fonts()
    spaced = esc(" ".join(code))
    box = Table([[para(f'<font name="{bold}" size="26">{spaced}</font>', "code")]],
                colWidths=[110 * mm], rowHeights=[20 * mm])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, PRIMARY),
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TEXTCOLOR", (0, 0), (-1, -1), DARK),
    ]))
    return box


def pin_letter(citizen, second_half: str, posted_at: dt.datetime, *, dispositivo: bool = False) -> bytes:
    """The letter that brings the second 8 characters of the initial PIN."""
    kind = "dispositivo" if dispositivo else "ordinario"
    story = [
        *_address_block(citizen),
        spacer(8),
        para(f"Data: {posted_at:%d/%m/%Y}", "small"),
        para(f"Codice fiscale: {esc(citizen.codice_fiscale)}", "small"),
        spacer(4),
        para("Oggetto: seconda parte del PIN per i servizi online dell'INPS", "h2"),
        text(f"Gentile {citizen.nome} {citizen.cognome},"),
        spacer(2),
        para("come da Sua richiesta, Le comunichiamo la <b>seconda parte</b> del Suo PIN "
             f"(PIN {kind}). Sono gli ultimi 8 caratteri del PIN di 16 caratteri:"),
        spacer(4),
        _code_box(second_half),
        spacer(4),
        para("La <b>prima parte</b> (i primi 8 caratteri) Le è stata inviata per SMS, e-mail o PEC "
             "ai recapiti indicati nella richiesta."),
        para("Attenzione! Il codice PIN contiene solo caratteri numerici da 0 a 9 e caratteri "
             "alfabetici da A ad F."),
        para("Come usare il PIN la prima volta", "h2"),
        para("1. Scriva, uno dopo l'altro, <b>prima</b> gli 8 caratteri ricevuti per SMS o e-mail "
             "e <b>poi</b> gli 8 caratteri di questa lettera: in tutto 16 caratteri, senza spazi."),
        para("2. Nella pagina «Autenticazione» del portale, scheda «PIN», inserisca il codice "
             "fiscale e il PIN di 16 caratteri, poi prema «Accedi»."),
        para("3. Il sistema Le chiederà di scegliere un nuovo PIN di 8 caratteri (lettere e numeri), "
             "da scrivere due volte. Sarà il PIN da usare per gli accessi successivi."),
        para("4. Il PIN va cambiato almeno ogni 6 mesi: il portale glielo chiederà quando scade."),
        para("Custodisca il PIN con cura", "h2"),
        para("Il PIN è personale: non lo comunichi a nessuno, neppure a chi si presenta come "
             "dipendente dell'INPS. L'INPS non chiede mai il PIN per telefono o per e-mail. "
             "Se smarrisce il PIN usi la funzione «Hai smarrito il PIN?» oppure chiami il "
             "Contact Center al numero 803 164 (gratuito da rete fissa) o 06 164 164 (da rete mobile)."),
        spacer(8),
        para("Distinti saluti."),
        para("Istituto Nazionale della Previdenza Sociale", "bold"),
        spacer(6),
        para("Documento simulato: i dati e il PIN valgono solo in Palestra INPS.", "small"),
    ]
    return make_document("Seconda parte del PIN", story, subtitle="Servizi online - comunicazione PIN")
