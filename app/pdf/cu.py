"""The pensioner's Certificazione Unica (FACTS.md section 2).

The "DATI FISCALI" use the punto numbers of the real form (CU 2025 layout, kept
for every year as FACTS.md advises): 3 Redditi di pensione, 7 giorni di
pensione, 21 ritenute Irpef, 22 addizionale regionale, 26/27/29 addizionale
comunale acconto / saldo / acconto of the next year. Below the form, a monthly
table (a teaching aid, marked as such) shows that the totals are the sums of the
rates paid in the year.
"""
from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm

from app.services.fascicolo import CertificazioneUnica

from .base import INSTITUTE, esc, euro, make_document, para, spacer
from .fascicolo_parts import d, issued_line, key_values, money_table, note, where_line

SOSTITUTO = f"{INSTITUTE} (ente pensionistico simulato)"


def dati_fiscali_rows(cu: CertificazioneUnica) -> list[tuple[str, str, str]]:
    """(punto, descrizione, valore) as printed in the DATI FISCALI box."""
    y = cu.anno_redditi
    return [
        ("3", "Redditi di pensione", euro(cu.punto_3_redditi_pensione_cents)),
        ("7", "Numero di giorni per i quali spettano le detrazioni: Pensione", str(cu.punto_7_giorni_pensione)),
        ("21", "Ritenute Irpef", euro(cu.punto_21_ritenute_irpef_cents)),
        ("22", "Addizionale regionale all'Irpef", euro(cu.punto_22_addizionale_regionale_cents)),
        ("26", f"Addizionale comunale all'Irpef: acconto {y}", euro(cu.punto_26_acconto_comunale_cents)),
        ("27", f"Addizionale comunale all'Irpef: saldo {y}", euro(cu.punto_27_saldo_comunale_cents)),
        ("29", f"Addizionale comunale all'Irpef: acconto {y + 1}",
         euro(cu.punto_29_acconto_comunale_successivo_cents)),
    ]


def cu_pdf(cu: CertificazioneUnica, today: dt.date) -> bytes:
    a = cu.anagrafica
    name = "CUD" if cu.cud else "Certificazione Unica"
    title = f"{name} {cu.anno} - {a.cognome.upper()} {a.nome.upper()}"
    sede = cu.pensioni[0].sede if cu.pensioni else ""
    story = [
        para(f"CUD {cu.anno} - CERTIFICAZIONE DEI REDDITI DI PENSIONE" if cu.cud
             else f"CERTIFICAZIONE UNICA {cu.anno}", "h1"),
        para(f"Certificazione di cui all'art. 4, commi 6-ter e 6-quater, del D.P.R. 22 luglio 1998, n. 322, "
             f"relativa all'anno {cu.anno_redditi}", "small"),
        para(issued_line(today), "small"),
        para(where_line("modelli.cud" if cu.cud else "modelli.cu"), "small"),
        para("DATI RELATIVI AL DATORE DI LAVORO, ENTE PENSIONISTICO O ALTRO SOSTITUTO D'IMPOSTA", "h2"),
        key_values([("Denominazione", SOSTITUTO)] + ([("Sede", f"Sede di {sede}")] if sede else [])),
        para("DATI RELATIVI AL DIPENDENTE, PENSIONATO O ALTRO PERCETTORE DELLE SOMME", "h2"),
        key_values([
            ("Codice fiscale", a.codice_fiscale),
            ("Cognome", a.cognome.upper()),
            ("Nome", a.nome.upper()),
            ("Sesso", a.sesso),
            ("Data di nascita", d(a.data_nascita)),
            ("Comune di nascita", f"{a.luogo_nascita}" + (f" ({a.provincia_nascita})" if a.provincia_nascita else "")),
        ]),
        para("DATI FISCALI", "h2"),
        money_table(
            ["Punto", "Descrizione", "Importo"],
            [[p, para(esc(label), "cell"), value] for p, label, value in dati_fiscali_rows(cu)],
            [18 * mm, 112 * mm, 50 * mm], bold_last=False, first_text_cols=2,
        ),
        spacer(2),
        note(f"Le ritenute dei punti 21, 22, 26 e 27 sono state trattenute sulle rate pagate nel {cu.anno_redditi}. "
             f"L'acconto del punto 29 sarà trattenuto sulle rate da marzo a novembre del {cu.anno_redditi + 1}. "
             "L'addizionale comunale è ripartita in acconto (30%) e saldo."),
    ]
    if cu.cud:
        story.append(note("(ricostruzione) Il CUD aveva un'altra impaginazione e un'altra numerazione dei punti: "
                          "qui gli importi sono riportati con le voci e i numeri della Certificazione Unica."))
    rate_rows = []
    for r in cu.rate:
        rate_rows.append([r.label, euro(r.lordo_cents), euro(r.irpef_cents), euro(r.add_regionale_cents),
                          euro(r.add_comunale_cents), euro(r.altre_trattenute_cents), euro(r.netto_cents)])
    rate_rows.append(["Totale", euro(cu.punto_3_redditi_pensione_cents), euro(cu.punto_21_ritenute_irpef_cents),
                      euro(cu.punto_22_addizionale_regionale_cents), euro(cu.addizionale_comunale_cents),
                      euro(cu.altre_trattenute_cents), euro(cu.netto_cents)])
    story += [
        para(f"Prospetto delle rate pagate nel {cu.anno_redditi}", "h2"),
        note("Ausilio didattico di Palestra INPS: non fa parte del modello. Ogni colonna sommata dà i punti "
             "della sezione DATI FISCALI."),
        spacer(1),
        money_table(
            ["Rata", "Lordo", "Irpef", "Add. regionale", "Add. comunale", "Altre trattenute", "Netto"],
            rate_rows, [26 * mm, 27 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm, 27 * mm],
        ),
    ]
    return make_document(title, story, subtitle=f"{name} {cu.anno} - redditi {cu.anno_redditi}")


__all__ = ["cu_pdf", "dati_fiscali_rows"]
