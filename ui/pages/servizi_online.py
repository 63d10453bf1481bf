"""The route of seed 004's first access (issue 11, docs/SEEDS.md):

«nel menù a tendina in alto a destra, selezionare con il mouse la voce "Accedi ai servizi"»
-> «Nel menù presente a sinistra della nuova pagina, fare click sulla seconda opzione
"Servizi per il cittadino"» -> «un lungo elenco di servizi [...] Andate all'ultima riga,
ovvero "Visualizzazione e modifica dati anagrafici, indirizzo e recapiti"» -> the login
with the 16 characters -> the new PIN -> this last page, which a PIN ordinario may see.

ACCEDI_SERVIZI_URL (?menu=cittadino) is the page with the left menu; ANAGRAFICA_URL the
service of the last row: the citizen's data, address and contacts; the contacts are changed
with «Modifica contatti» (any access), the address with the domanda «Modifica dati
anagrafici, indirizzo e recapiti» (PIN dispositivo, SPID level 2 or CNS: the one gate rule).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from app.services import contacts as contacts_service
from app.services import fascicolo, site_search
from app.services.errors import ServiceError
from app.services.session import dispositivo_required_text

from .. import tokens as T
from ..browser.router import PIN_MENU_URL, build_url, route
from ..urls import (ACCEDI_SERVIZI_URL, ANAGRAFICA_URL, CONTACTS_URL, DOMANDE_URL, INSTRUCTIONS_URL, MYINPS_URL,
                    PIN_DISPOSITIVO_URL)
from ..widgets.common import LinkButton, alert, card, heading, label, set_role
from ..widgets.responsive import Columns, WrapLink
from .base import PortalPage

MENU_MOST_USED = "piu-utilizzati"
MENU_CITTADINO = "cittadino"
# The left menu of «Accedi ai servizi»: «Servizi per il cittadino» is the second (seed 004).
LEFT_MENU = (
    (QT_TRANSLATE_NOOP("ServiziOnlinePage", "Servizi più utilizzati"), build_url(ACCEDI_SERVIZI_URL, menu=MENU_MOST_USED)),
    (QT_TRANSLATE_NOOP("ServiziOnlinePage", "Servizi per il cittadino"), build_url(ACCEDI_SERVIZI_URL, menu=MENU_CITTADINO)),
    (QT_TRANSLATE_NOOP("ServiziOnlinePage", "Il PIN online"), PIN_MENU_URL),
    (QT_TRANSLATE_NOOP("ServiziOnlinePage", "Istruzioni per l'accesso"), INSTRUCTIONS_URL),
)
ADDRESS_DOMANDA_URL = build_url(DOMANDE_URL, servizio="variazione_anagrafica")


def ct(text: str) -> str:
    """Catalogue content through Qt translation (as the search results)."""
    return QCoreApplication.translate("PortalContent", text)


@route(ACCEDI_SERVIZI_URL, title="INPS - Accedi ai servizi")
class ServiziOnlinePage(PortalPage):
    """«Accedi ai servizi»: a left menu and the list of the chosen menu item."""

    TITLE = "INPS - Accedi ai servizi"

    def __init__(self, ctx):
        self.menu = MENU_CITTADINO if ctx.params.get("menu") == MENU_CITTADINO else MENU_MOST_USED
        super().__init__(ctx)

    @property
    def BREADCRUMB(self):  # noqa: N802
        current = LEFT_MENU[1 if self.menu == MENU_CITTADINO else 0][0]
        return ("Prestazioni e servizi", "Accedi ai servizi", current)

    def build(self, body):
        body.addWidget(heading(self.tr("Accedi ai servizi")))
        body.addWidget(Columns(self._left_menu(), self._list(), min_em=28, main_stretch=1, side_stretch=3,
                               spacing=T.S6))

    def _left_menu(self) -> QFrame:
        box = QFrame()
        set_role(box, "band")
        box.setAccessibleName(self.tr("Menu dei servizi"))
        lay = QVBoxLayout(box)
        lay.setContentsMargins(T.S4, T.S3, T.S4, T.S3)
        lay.setSpacing(T.S1)
        current_url = LEFT_MENU[1 if self.menu == MENU_CITTADINO else 0][1]
        self.menu_links = {}
        for text, url in LEFT_MENU:
            shown = self.tr(text)
            link = WrapLink(shown, url)
            link.navigate.connect(self.ctx.navigate)
            if url == current_url:  # the open item in bold, as on the portal
                link.text_label.setProperty("role", "fieldlabel")
                link.setAccessibleDescription(self.tr("pagina attuale"))
            lay.addWidget(link)
            self.menu_links[text] = link
        lay.addStretch(1)
        return box

    def _list(self) -> QWidget:
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(T.S2)
        if self.menu == MENU_CITTADINO:
            lay.addWidget(heading(self.tr("Servizi per il cittadino"), 2))
            lay.addWidget(label(self.tr(
                "Tutti i servizi online per il cittadino, in ordine alfabetico. Per entrare serve il PIN, "
                "SPID o la CNS.")))
            items = site_search.services_a_to_z()
        else:
            lay.addWidget(heading(self.tr("Servizi più utilizzati"), 2))
            lay.addWidget(label(self.tr(
                "I servizi che si cercano più spesso. L'elenco completo è in «Servizi per il cittadino», "
                "nel menu a sinistra.")))
            items = site_search.most_used()
        self.service_links = []
        for entry in items:
            row = QWidget()
            row_lay = QVBoxLayout(row)
            row_lay.setContentsMargins(0, T.S1, 0, T.S1)
            row_lay.setSpacing(0)
            link = WrapLink(ct(entry.title), entry.url, text_role="h3")
            link.navigate.connect(self.ctx.navigate)
            row_lay.addWidget(link)
            row_lay.addWidget(label(ct(entry.summary), "muted"))
            lay.addWidget(row)
            self.service_links.append(link)
        return holder


@route(ANAGRAFICA_URL, title="INPS - Dati anagrafici", login_required=True)
class AnagraficaPage(PortalPage):
    """«Visualizzazione e modifica dati anagrafici, indirizzo e recapiti»: what INPS knows
    of the citizen; consulting needs any access (a PIN ordinario too)."""

    TITLE = "INPS - Dati anagrafici, indirizzo e recapiti"
    BREADCRUMB = ("MyINPS", "Visualizzazione e modifica dati anagrafici, indirizzo e recapiti")

    def build(self, body):
        body.addWidget(heading(self.tr("Visualizzazione e modifica dati anagrafici, indirizzo e recapiti")))
        session = self.session
        try:
            data = fascicolo.anagrafica(self.world, session.citizen_id)
        except ServiceError as exc:
            body.addWidget(alert(self.service_text(exc.message), "error"))
            return
        reach = contacts_service.current(self.world, session.citizen_id)
        body.addWidget(label(self.tr(
            "Questi sono i dati che l'INPS ha registrato per lei. Controlli che siano giusti: "
            "all'indirizzo di residenza arrivano le lettere, ai recapiti gli SMS e le e-mail."), "lead"))

        body.addWidget(self._card(self.tr("Dati anagrafici"), [
            (self.tr("Cognome"), data.cognome),
            (self.tr("Nome"), data.nome),
            (self.tr("Codice fiscale"), data.codice_fiscale),
            (self.tr("Sesso"), self.tr("Femmina") if data.sesso == "F" else self.tr("Maschio")),
            (self.tr("Data di nascita"), data.data_nascita.strftime("%d/%m/%Y")),
            (self.tr("Luogo di nascita"), f"{data.luogo_nascita} ({data.provincia_nascita})"
             if data.provincia_nascita else data.luogo_nascita),
        ]))

        address = self._card(self.tr("Indirizzo di residenza"), [(self.tr("Indirizzo"), data.indirizzo)])
        lay = address.layout()
        if session.can_submit_requests:
            self.address_link = LinkButton(self.tr("Modifica l'indirizzo di residenza"), ADDRESS_DOMANDA_URL,
                                           role="secondary")
            self.address_link.navigate.connect(self.ctx.navigate)
            lay.addWidget(self.address_link, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            self.address_link = None
            lay.addWidget(label(self.tr(
                "Un nuovo indirizzo di residenza si comunica all'INPS con una domanda online."), "fieldlabel"))
            lay.addWidget(alert(self.service_text(dispositivo_required_text(session)), "info"))
            lay.addWidget(self.link(self.tr("Vuoi il PIN dispositivo?"), PIN_DISPOSITIVO_URL))
        body.addWidget(address)

        none = self.tr("non indicato")
        recapiti = self._card(self.tr("Recapiti"), [
            (self.tr("Cellulare"), reach.cellulare or none),
            (self.tr("Telefono fisso"), reach.telefono_fisso or none),
            (self.tr("E-mail"), reach.email or none),
            (self.tr("PEC"), reach.pec or none),
        ])
        self.contacts_link = LinkButton(self.tr("Modifica i recapiti"), CONTACTS_URL, role="secondary")
        self.contacts_link.navigate.connect(self.ctx.navigate)
        recapiti.layout().addWidget(self.contacts_link, 0, Qt.AlignmentFlag.AlignLeft)
        body.addWidget(recapiti)
        body.addWidget(self.link(self.tr("Torna a MyINPS"), MYINPS_URL))

    def _card(self, title: str, rows: list[tuple[str, str]]) -> QFrame:
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(T.S4)
        grid.setVerticalSpacing(T.S2)
        for index, (name, value) in enumerate(rows):
            grid.addWidget(label(name, "fieldlabel"), index, 0, Qt.AlignmentFlag.AlignTop)
            shown = label(value, selectable=True)
            shown.setAccessibleName(f"{name}: {value}")
            grid.addWidget(shown, index, 1)
        grid.setColumnStretch(1, 1)
        frame = card(heading(title, 2), grid_holder)
        return frame
