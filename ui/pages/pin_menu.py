"""«Il PIN online» (Richiesta PIN On Line menu, seed 000 screenshot 2): RICHIEDI PIN,
VUOI IL PIN DISPOSITIVO?, HAI SMARRITO IL PIN?, In deutscher Sprache, Supporto tecnico."""
from __future__ import annotations

from ..browser.router import PIN_MENU_URL, route
from ..urls import LOST_PIN_URL, PIN_DE_URL, PIN_DISPOSITIVO_URL, PIN_REQUEST_URL, PIN_SUPPORT_URL
from ..widgets.common import card, heading, label, row
from .base import PortalPage


@route(PIN_MENU_URL, title="INPS - Richiesta PIN")
class PinMenuPage(PortalPage):
    TITLE = "INPS - Richiesta PIN"
    BREADCRUMB = ("Prestazioni e Servizi", "Richiesta PIN On Line")

    def build(self, body):
        body.addWidget(row(
            label(self.tr("Il PIN online"), "h3", wrap=False),
            self.link(self.tr("In deutscher Sprache"), PIN_DE_URL),
            self.link(self.tr("Supporto tecnico"), PIN_SUPPORT_URL),
        ))
        body.addWidget(heading(self.tr("Il PIN online")))
        body.addWidget(label(self.tr("Consulta come ottenere e gestire il PIN"), "lead"))
        self.request = self.link(self.tr("RICHIEDI PIN"), PIN_REQUEST_URL, role="")
        body.addWidget(card(
            label(self.tr("Devi richiedere il PIN?"), "h2"),
            row(self.request),
            label(self.tr("Il PIN è il codice personale che ti consente di accedere ai servizi telematici dell'INPS.")),
            label(self.tr(
                "Il PIN iniziale è composto da 16 caratteri. I primi 8 ti sono inviati via SMS, email o posta "
                "elettronica certificata; i secondi 8 con posta ordinaria all'indirizzo di residenza.")),
            label(self.tr(
                "Al primo utilizzo, il PIN iniziale di 16 caratteri viene sostituito con uno di 8 caratteri, "
                "da conservare per i successivi utilizzi.")),
            label(self.tr(
                "Attenzione: dal 15 marzo 2016 è possibile accedere ai Servizi per il cittadino anche tramite "
                "credenziali SPID.")),
        ))
        body.addWidget(row(
            self.link(self.tr("VUOI IL PIN DISPOSITIVO?"), PIN_DISPOSITIVO_URL, role="biglink"),
            self.link(self.tr("HAI SMARRITO IL PIN?"), LOST_PIN_URL, role="biglink"),
        ))
        body.addWidget(label(self.tr(
            "PIN ordinario: serve per consultare i dati della propria posizione. PIN dispositivo: serve per "
            "richiedere all'Istituto le prestazioni e i benefici economici; si ottiene convertendo il PIN "
            "ordinario (online o via fax, con un documento di identità) oppure in una sede INPS."), "muted"))

    def shown(self) -> None:
        self.request.setFocus()
