"""«Il PIN online» (Richiesta PIN On Line menu, seed 000 screenshot 2): RICHIEDI PIN,
VUOI IL PIN DISPOSITIVO?, HAI SMARRITO IL PIN?, with the links «Il PIN online |
In deutscher Sprache | Supporto tecnico»; the German version of the menu
(Locale.do?method=menuDE), «Supporto tecnico» and «Istruzioni per l'accesso».

The texts of the menu are quoted verbatim from the seed's screenshot.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from .. import tokens as T
from ..i18n import portal_text
from ..browser.router import HOME_URL, LOGIN_URL, PIN_MENU_URL, build_url, route
from ..urls import (
    INSTRUCTIONS_URL,
    LOST_PIN_URL,
    PIN_DE_URL,
    PIN_DISPOSITIVO_URL,
    PIN_REQUEST_URL,
    PIN_SUPPORT_DE_URL,
    PIN_SUPPORT_URL,
)
from ..widgets.common import LinkButton, alert, card, heading, label
from ..widgets.responsive import Columns, FlowLayout, WrapLink
from .base import PortalPage
from .info import InfoPage

MENU_LINKS = (
    (QT_TRANSLATE_NOOP("PinMenuPage", "Il PIN online"), PIN_MENU_URL),
    ("In deutscher Sprache", PIN_DE_URL),
    (QT_TRANSLATE_NOOP("PinMenuPage", "Supporto tecnico"), PIN_SUPPORT_URL),
)
# The German version's strip: the link back to the Italian menu stays in Italian, as the
# Italian menu's «In deutscher Sprache» stays in German.
MENU_LINKS_DE = (
    (QT_TRANSLATE_NOOP("PinMenuPage", "Il PIN online"), PIN_DE_URL),
    ("In lingua italiana", PIN_MENU_URL),
    (QT_TRANSLATE_NOOP("PinMenuPage", "Supporto tecnico"), PIN_SUPPORT_DE_URL),
)
HOW_TO_URL = build_url(INSTRUCTIONS_URL, sezione="pin")  # «Consulta come ottenere e gestire il PIN»


def menu_strip(page: PortalPage, current: str) -> QWidget:
    """«Il PIN online | In deutscher Sprache | Supporto tecnico»: the current one in bold
    (in the German pages: «Der PIN online | In lingua italiana | Technischer Support»)."""
    holder = QWidget()
    holder.setAccessibleName(page.tr("Menu del PIN online"))
    flow = FlowLayout(holder, h_spacing=T.S2, v_spacing=T.S1)
    german = getattr(page, "LANGUAGE", "it") == "de"
    for index, (text, url) in enumerate(MENU_LINKS_DE if german else MENU_LINKS):
        if index:
            flow.addWidget(label("|", "muted", wrap=False))
        shown = page.tr(text) if text not in ("In deutscher Sprache", "In lingua italiana") else text
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


class PortalLanguage:
    """A page of the portal's version in another language: its strings (Italian sources,
    those of the Italian page it extends) are translated by ui.i18n's portal catalogue,
    whatever the program's language. Put it first among the bases."""

    LANGUAGE = "it"

    def tr(self, text, disambiguation=None, n=-1):
        if self.LANGUAGE == "it":
            return super().tr(text, disambiguation, n)
        return portal_text(self.LANGUAGE, type(self), text, disambiguation, n)


@route(PIN_MENU_URL, title="INPS - Richiesta PIN")
class PinMenuPage(PortalLanguage, PortalPage):
    TITLE = "INPS - Richiesta PIN"
    BREADCRUMB = ("Prestazioni e Servizi", "Richiesta PIN On Line")
    MENU_URL = PIN_MENU_URL

    def build(self, body):
        body.addWidget(menu_strip(self, self.MENU_URL))
        if self.LANGUAGE != "it":
            body.addWidget(heading(self.tr("Il PIN online")))
            body.addWidget(alert(self.tr(
                "Nella simulazione il modulo di richiesta e le pagine che seguono sono solo in italiano."), "info"))
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
        if self.LANGUAGE != "it":
            body.addWidget(heading(self.tr("Contact Center"), 2))
            body.addWidget(label(self.tr(
                "803 164 (gratuito da rete fissa) oppure 06 164 164 da rete mobile (a pagamento secondo "
                "la tariffa del proprio gestore).")))
            body.addWidget(self.link("Il PIN online (in lingua italiana)", PIN_MENU_URL))
        else:
            body.addWidget(self.link(self.tr("Istruzioni per l'accesso"), INSTRUCTIONS_URL))

    def shown(self) -> None:
        self.request.setFocus()


@route(PIN_DE_URL, title="INPS - PIN-Antrag")
class PinGermanPage(PinMenuPage):
    """«In deutscher Sprache» (FACTS §5, Locale.do?method=menuDE): the same menu, its texts
    translated into German by the portal catalogue (resources/translations/portal_de.ts);
    the request form and the pages after it stay Italian, as the note says."""

    LANGUAGE = "de"
    MENU_URL = PIN_DE_URL


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
class PinSupportPage(PortalLanguage, InfoPage):
    """«Supporto tecnico»: frequent questions (PIN locked, expired, lost...) and the Contact Center."""

    KEY = "supporto-pin"
    MENU_URL, BACK_URL = PIN_SUPPORT_URL, PIN_MENU_URL

    def build_before(self, body) -> None:
        body.addWidget(menu_strip(self, self.MENU_URL))

    def build_after(self, body) -> None:
        body.addSpacing(T.S4)
        body.addWidget(self.link(self.tr("Torna a «Il PIN online»"), self.BACK_URL))


@route(PIN_SUPPORT_DE_URL, title="INPS - Technischer Support")
class PinSupportGermanPage(PinSupportPage):
    """«Supporto tecnico» of the German version: its content is written in German in
    data/info_pages.json ("supporto-pin-de", same placeholders), its page strings are
    translated by the portal catalogue."""

    KEY = "supporto-pin-de"
    LANGUAGE = "de"
    MENU_URL, BACK_URL = PIN_SUPPORT_DE_URL, PIN_DE_URL
