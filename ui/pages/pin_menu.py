"""«Il PIN online» (Richiesta PIN On Line menu, seed 000 screenshot 2): RICHIEDI PIN,
VUOI IL PIN DISPOSITIVO?, HAI SMARRITO IL PIN?, with the links «Il PIN online |
In deutscher Sprache | Supporto tecnico»; the German version of the menu
(Locale.do?method=menuDE), «Supporto tecnico» and «Istruzioni per l'accesso».

The texts of the menu are quoted verbatim from the seed's screenshot.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from .. import tokens as T
from ..browser.router import HOME_URL, LOGIN_URL, PIN_MENU_URL, build_url, route
from ..urls import (
    INSTRUCTIONS_URL,
    LOST_PIN_URL,
    PIN_DE_URL,
    PIN_DISPOSITIVO_URL,
    PIN_REQUEST_URL,
    PIN_SUPPORT_URL,
)
from ..widgets.common import LinkButton, alert, card, heading, label
from ..widgets.responsive import Columns, FlowLayout, WrapLink
from .base import PortalPage
from .info import InfoPage

MENU_LINKS = (
    ("Il PIN online", PIN_MENU_URL),
    ("In deutscher Sprache", PIN_DE_URL),
    ("Supporto tecnico", PIN_SUPPORT_URL),
)
HOW_TO_URL = build_url(INSTRUCTIONS_URL, sezione="pin")  # «Consulta come ottenere e gestire il PIN»


def menu_strip(page: PortalPage, current: str) -> QWidget:
    """«Il PIN online | In deutscher Sprache | Supporto tecnico»: the current one in bold."""
    holder = QWidget()
    holder.setAccessibleName(page.tr("Menu del PIN online"))
    flow = FlowLayout(holder, h_spacing=T.S2, v_spacing=T.S1)
    for index, (text, url) in enumerate(MENU_LINKS):
        if index:
            flow.addWidget(label("|", "muted", wrap=False))
        shown = page.tr(text)
        if url == current:
            here = label(shown, "h3", wrap=False)
            here.setAccessibleName(page.tr("%1 (pagina attuale)").replace("%1", shown))
            flow.addWidget(here)
        else:
            flow.addWidget(page.link(shown, url))
    return holder


def action_box(page: PortalPage, title: str, url: str, note: str, role: str = "biglink") -> QFrame:
    """A big button with one line under it that says what it is for."""
    box = QFrame()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(T.S2)
    btn = WrapLink(title, url, role=role, text_name="TileTitle", padding=(T.S5, T.S4))
    btn.navigate.connect(page.ctx.navigate)
    lay.addWidget(btn)
    lay.addWidget(label(note, "muted"))
    box.button = btn  # type: ignore[attr-defined]
    return box


@route(PIN_MENU_URL, title="INPS - Richiesta PIN")
class PinMenuPage(PortalPage):
    TITLE = "INPS - Richiesta PIN"
    BREADCRUMB = ("Prestazioni e Servizi", "Richiesta PIN On Line")

    def build(self, body):
        body.addWidget(menu_strip(self, PIN_MENU_URL))
        how = WrapLink(self.tr("Consulta come ottenere e gestire il PIN"), HOW_TO_URL)
        how.navigate.connect(self.ctx.navigate)
        body.addWidget(how)

        main = card()
        lay = main.layout()
        lay.setSpacing(T.S3)
        lay.addWidget(heading(self.tr("Devi richiedere il PIN?"), 2))
        # seed 003: «cliccare sul pulsante in rosso "Richiedi PIN"»
        self.request = LinkButton(self.tr("RICHIEDI PIN"), PIN_REQUEST_URL, role="danger")
        self.request.setObjectName("RichiediPin")
        self.request.navigate.connect(self.ctx.navigate)
        lay.addWidget(self.request, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(label(self.tr(
            "Il PIN è il codice personale che ti consente di accedere ai servizi telematici dell'INPS.")))
        lay.addWidget(label(self.tr(
            "Il PIN iniziale è composto da 16 caratteri. I primi 8 ti sono inviati via SMS, email o posta "
            "elettronica certificata; i secondi 8 con posta ordinaria all'indirizzo di residenza.")))
        lay.addWidget(label(self.tr(
            "Al primo utilizzo, il PIN iniziale di 16 caratteri viene sostituito con uno di 8 caratteri, "
            "da conservare per i successivi utilizzi.")))
        attention = label(self.tr(
            "<b>Attenzione:</b> dal 15 marzo 2016 è possibile accedere ai Servizi per il cittadino anche tramite "
            "credenziali <b>SPID</b>."), rich=True)
        lay.addWidget(attention)

        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.setSpacing(T.S5)
        self.dispositivo = action_box(
            self, self.tr("VUOI IL PIN DISPOSITIVO?"), PIN_DISPOSITIVO_URL,
            self.tr("Il PIN dispositivo serve per chiedere prestazioni e benefici economici: "
                    "converti il tuo PIN ordinario."))
        self.lost = action_box(
            self, self.tr("HAI SMARRITO IL PIN?"), LOST_PIN_URL,
            self.tr("Ripristina il PIN con i recapiti che hai indicato nella richiesta, oppure chiedine la revoca."))
        side_lay.addWidget(self.dispositivo)
        side_lay.addWidget(self.lost)
        side_lay.addStretch(1)
        body.addWidget(Columns(main, side, min_em=30, main_stretch=3, side_stretch=2))
        body.addWidget(label(self.tr(
            "PIN ordinario: serve per consultare i dati della propria posizione. PIN dispositivo: serve per "
            "richiedere all'Istituto le prestazioni e i benefici economici; si ottiene convertendo il PIN "
            "ordinario (online o via fax, con un documento di identità) oppure in una sede INPS."), "muted"))
        body.addWidget(self.link(self.tr("Istruzioni per l'accesso"), INSTRUCTIONS_URL))

    def shown(self) -> None:
        self.request.setFocus()


@route(PIN_DE_URL, title="INPS - PIN-Antrag")
class PinGermanPage(PortalPage):
    """«In deutscher Sprache»: the menu in German (FACTS §5, Locale.do?method=menuDE).
    The pages it leads to are in Italian, as the note says."""

    TITLE = "INPS - PIN-Antrag"
    BREADCRUMB = ("Leistungen und Dienste", "Online-Beantragung des PIN")

    def build(self, body):
        body.addWidget(menu_strip(self, PIN_DE_URL))
        body.addWidget(heading(self.tr("Der PIN online")))
        body.addWidget(alert(self.tr(
            "Hinweis: In dieser Simulation sind die folgenden Seiten nur auf Italienisch verfügbar. "
            "(Nella simulazione le pagine successive sono solo in italiano.)"), "info"))
        main = card()
        lay = main.layout()
        lay.setSpacing(T.S3)
        lay.addWidget(heading(self.tr("Müssen Sie den PIN beantragen?"), 2))
        self.request = LinkButton(self.tr("PIN BEANTRAGEN"), PIN_REQUEST_URL, role="danger")
        self.request.navigate.connect(self.ctx.navigate)
        lay.addWidget(self.request, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(label(self.tr(
            "Der PIN ist der persönliche Code, mit dem Sie die Online-Dienste des INPS nutzen können.")))
        lay.addWidget(label(self.tr(
            "Der anfängliche PIN besteht aus 16 Zeichen. Die ersten 8 erhalten Sie per SMS, E-Mail oder "
            "zertifizierter E-Mail (PEC); die zweiten 8 mit gewöhnlicher Post an Ihre Wohnadresse.")))
        lay.addWidget(label(self.tr(
            "Bei der ersten Verwendung wird der anfängliche PIN mit 16 Zeichen durch einen PIN mit 8 Zeichen "
            "ersetzt, den Sie für die weitere Nutzung aufbewahren.")))
        lay.addWidget(label(self.tr(
            "<b>Achtung:</b> Seit dem 15. März 2016 können Sie die Dienste für Bürger auch mit "
            "<b>SPID</b>-Zugangsdaten nutzen."), rich=True))
        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.setSpacing(T.S5)
        side_lay.addWidget(action_box(
            self, self.tr("MÖCHTEN SIE DEN PIN DISPOSITIVO?"), PIN_DISPOSITIVO_URL,
            self.tr("Für Anträge auf Leistungen wird der PIN dispositivo benötigt.")))
        side_lay.addWidget(action_box(
            self, self.tr("HABEN SIE IHREN PIN VERLOREN?"), LOST_PIN_URL,
            self.tr("Stellen Sie Ihren PIN mit den bei der Beantragung angegebenen Kontaktdaten wieder her.")))
        side_lay.addStretch(1)
        body.addWidget(Columns(main, side, min_em=30, main_stretch=3, side_stretch=2))
        body.addWidget(heading(self.tr("Contact Center"), 2))
        body.addWidget(label(self.tr(
            "803 164 (gebührenfrei aus dem Festnetz) oder 06 164 164 aus dem Mobilfunknetz "
            "(kostenpflichtig je nach Tarif Ihres Anbieters).")))
        body.addWidget(self.link(self.tr("Il PIN online (in italiano)"), PIN_MENU_URL))

    def shown(self) -> None:
        self.request.setFocus()


@route(INSTRUCTIONS_URL, title="INPS - Istruzioni per l'accesso")
class InstructionsPage(InfoPage):
    """«Istruzioni per l'accesso»: how to log in with PIN, SPID and CNS, step by step."""

    KEY = "istruzioni-accesso"

    def build_after(self, body) -> None:
        body.addSpacing(T.S4)
        go = LinkButton(self.tr("Vai all'Autenticazione"), LOGIN_URL, role="")
        go.navigate.connect(self.ctx.navigate)
        body.addWidget(go, 0, Qt.AlignmentFlag.AlignLeft)
        body.addWidget(self.link(self.tr("Torna alla home page"), HOME_URL))


@route(PIN_SUPPORT_URL, title="INPS - Supporto tecnico")
class PinSupportPage(InfoPage):
    """«Supporto tecnico»: frequent questions (PIN locked, expired, lost...) and the Contact Center."""

    KEY = "supporto-pin"

    def build_before(self, body) -> None:
        body.addWidget(menu_strip(self, PIN_SUPPORT_URL))

    def build_after(self, body) -> None:
        body.addSpacing(T.S4)
        body.addWidget(self.link(self.tr("Torna a «Il PIN online»"), PIN_MENU_URL))
