"""The SPID tab of Autenticazione ("Entra con SPID" and the list of providers in
random order, AgID button template) and the short public pages behind its links:
"Maggiori informazioni", "Non hai SPID?", "Serve aiuto?"."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.services import spid
from app.services.errors import ServiceError

from .. import tokens as T
from ..browser.router import LOGIN_URL, build_url, route
from ..widgets.common import alert, heading, label, set_role
from .base import Page
from .login import register_login_tab
from .spid_common import (
    SPID_HELP_URL,
    SPID_INFO_URL,
    SPID_REQUEST_URL,
    STEP_LOGIN,
    idp_url,
    provider_button,
    spid_button,
)


class SpidLoginTab(QWidget):
    """Content of the SPID tab. `page` is the LoginPage."""

    def __init__(self, page):
        super().__init__()
        self.page = page
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, T.S5, 0, T.S5)
        lay.setSpacing(T.S4)
        lay.addWidget(heading(self.tr("Accesso con SPID"), 2))
        lay.addWidget(label(self.tr(
            "SPID, il Sistema Pubblico di Identità Digitale, ti permette di entrare nei servizi online della "
            "Pubblica Amministrazione con un'unica identità digitale (nome utente e password) rilasciata da un "
            "gestore di tua scelta. Per i servizi INPS serve SPID di livello 2: dopo la password ti viene "
            "chiesto un codice temporaneo via SMS oppure una conferma nell'app del gestore. L'accesso con SPID "
            "vale quanto un PIN dispositivo.")))
        self.entra = spid_button(self.tr("Entra con SPID"), self.toggle_list)
        self.entra.setCheckable(True)
        lay.addWidget(self.entra)
        self.panel = QFrame()
        set_role(self.panel, "card")
        self.panel.setObjectName("SpidProviders")
        self.panel.setAccessibleName(self.tr("Scegli il tuo gestore di identità SPID"))
        panel_lay = QVBoxLayout(self.panel)
        panel_lay.setContentsMargins(T.S4, T.S4, T.S4, T.S4)
        panel_lay.setSpacing(T.S2)
        panel_lay.addWidget(label(self.tr("Scegli il gestore con cui hai attivato SPID:"), "fieldlabel"))
        self.messages = QVBoxLayout()
        panel_lay.addLayout(self.messages)
        self.provider_buttons = {}
        self.list_box = QWidget()
        self.list_box.setMaximumWidth(round(420 * page.ctx.zoom / 100))
        list_lay = QVBoxLayout(self.list_box)
        list_lay.setContentsMargins(0, 0, 0, 0)
        list_lay.setSpacing(T.S2)
        for item in spid.providers_in_random_order():  # AgID: a random order, every time
            btn = provider_button(item, lambda _=False, key=item.key: self.choose(key))
            self.provider_buttons[item.key] = btn
            list_lay.addWidget(btn)
        panel_lay.addWidget(self.list_box)
        for text, url in ((self.tr("Maggiori informazioni"), SPID_INFO_URL),
                          (self.tr("Non hai SPID?"), SPID_REQUEST_URL),
                          (self.tr("Serve aiuto?"), SPID_HELP_URL)):
            panel_lay.addWidget(page.link(text, url))
        self.panel.hide()
        lay.addWidget(self.panel)
        lay.addWidget(label(self.tr(
            "SIMULAZIONE: i gestori dell'elenco sono inventati. Le persone di prova che hanno SPID trovano "
            "gestore, nome utente e password nel Portafoglio."), "muted"))

    def toggle_list(self, checked: bool | None = None) -> None:
        open_ = self.entra.isChecked() if checked is None else bool(checked)
        self.entra.setChecked(open_)
        self.panel.setVisible(open_)
        if open_:
            self.page.world.events.record("spid.providers_shown")
            keys = self.order()
            if keys:
                self.provider_buttons[keys[0]].setFocus()

    def order(self) -> list[str]:
        """The providers' keys in the order shown."""
        lay = self.list_box.layout()
        keys = []
        for i in range(lay.count()):
            w = lay.itemAt(i).widget()
            if w is not None and w.objectName().startswith("provider_"):
                keys.append(w.objectName()[len("provider_"):])
        return keys

    def choose(self, key: str) -> None:
        try:
            flow = spid.start_login(self.page.world, key, relay_state=self.page.return_url())
        except ServiceError as error:
            while self.messages.count():
                item = self.messages.takeAt(0)
                if item.widget():
                    item.widget().deleteLater()
            self.messages.addWidget(alert(self.page.service_text(error.message), "error"))
            return
        self.page.go(idp_url(flow.provider, STEP_LOGIN, flow=flow.token))

    def focus_first(self) -> None:
        self.entra.setFocus()


register_login_tab("SPID", lambda page: SpidLoginTab(page))


# --- The public SPID information pages (short, our own words) ---------------------------


class _SpidInfoPage(Page):
    """A plain page of the public SPID information site (simulated)."""

    def setup(self) -> None:
        band = QWidget()
        band.setObjectName("SpidInfoBand")
        band.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        band.setStyleSheet(f"QWidget#SpidInfoBand {{ background: {T.PRIMARY}; }}"
                           f"QWidget#SpidInfoBand QLabel {{ color: {T.WHITE}; }}")
        band_lay = QVBoxLayout(band)
        band_lay.setContentsMargins(T.S6, T.S4, T.S6, T.S4)
        band_lay.addWidget(label(self.tr("SPID · Sistema Pubblico di Identità Digitale"), "h2"))
        band_lay.addWidget(label(self.tr("Pagina informativa simulata per Palestra INPS")))
        self._root.addWidget(band)
        body = self.make_column(self._root, max_width=900)
        nav = QWidget()
        nav_lay = QHBoxLayout(nav)
        nav_lay.setContentsMargins(0, 0, 0, 0)
        for text, url in ((self.tr("Cos'è SPID"), SPID_INFO_URL), (self.tr("Richiedi SPID"), SPID_REQUEST_URL),
                          (self.tr("Serve aiuto?"), SPID_HELP_URL)):
            nav_lay.addWidget(self.link(text, url))
        nav_lay.addStretch(1)
        body.addWidget(nav)
        self.build(body)
        body.addWidget(self.link(self.tr("Torna all'accesso INPS con SPID"), build_url(LOGIN_URL, tab="SPID")))
        body.addWidget(label(self.tr(
            "SIMULAZIONE: questa pagina riassume con parole nostre come funziona SPID. I gestori citati nella "
            "simulazione sono inventati."), "muted"))
        body.addStretch(1)


@route(SPID_INFO_URL, title="SPID - Maggiori informazioni")
class SpidInfoPage(_SpidInfoPage):
    TITLE = "SPID - Maggiori informazioni"

    def build(self, body):
        body.addWidget(heading(self.tr("Cos'è SPID")))
        body.addWidget(label(self.tr(
            "SPID è il sistema di accesso che consente di utilizzare, con un'identità digitale unica, i servizi "
            "online della Pubblica Amministrazione e dei privati aderenti. L'identità è fatta di un nome utente "
            "e di una password e si può usare da computer, tablet e smartphone."), "lead"))
        body.addWidget(heading(self.tr("I tre livelli di sicurezza"), 2))
        for text in (
            self.tr("Livello 1: nome utente e password."),
            self.tr("Livello 2: nome utente e password più un codice temporaneo (OTP) ricevuto via SMS o una "
                    "conferma nell'app del gestore. È il livello chiesto dall'INPS."),
            self.tr("Livello 3: nome utente e password più un dispositivo di sicurezza, per esempio una smart card."),
        ):
            body.addWidget(label("• " + text))
        body.addWidget(heading(self.tr("Come si entra in un servizio"), 2))
        for number, text in enumerate((
            self.tr("Sul sito del servizio premi «Entra con SPID»."),
            self.tr("Scegli dall'elenco il gestore con cui hai attivato SPID."),
            self.tr("Sul sito del gestore scrivi nome utente e password e premi «Invia»."),
            self.tr("Per il livello 2 scrivi il codice ricevuto via SMS, oppure approva la richiesta nell'app."),
            self.tr("Leggi quali dati vengono inviati al servizio e premi «Autorizza l'invio dei dati»."),
        ), start=1):
            body.addWidget(label(f"{number}. {text}"))
        body.addWidget(alert(self.tr(
            "Nessun gestore e nessun ente ti chiederà mai la password o il codice temporaneo per telefono, "
            "SMS o e-mail: non comunicarli a nessuno."), "warning"))


@route(SPID_REQUEST_URL, title="SPID - Non hai SPID?")
class SpidRequestPage(_SpidInfoPage):
    TITLE = "SPID - Non hai SPID?"

    def build(self, body):
        body.addWidget(heading(self.tr("Non hai SPID? Ecco come richiederlo")))
        body.addWidget(label(self.tr(
            "Puoi richiedere SPID se sei maggiorenne. La richiesta si fa a un gestore di identità digitale, "
            "sul suo sito: scegline uno, registrati e fatti riconoscere."), "lead"))
        body.addWidget(heading(self.tr("Cosa ti serve"), 2))
        for text in (
            self.tr("un indirizzo e-mail;"),
            self.tr("il numero del telefono cellulare che usi normalmente;"),
            self.tr("un documento di identità valido (carta d'identità, passaporto o patente);"),
            self.tr("la tessera sanitaria con il codice fiscale."),
        ):
            body.addWidget(label("• " + text))
        body.addWidget(heading(self.tr("Come ti riconoscono"), 2))
        body.addWidget(label(self.tr(
            "Di persona presso gli uffici del gestore, via webcam con un operatore, oppure online con la Carta "
            "d'Identità Elettronica, la Carta Nazionale dei Servizi o la firma digitale. Alcune modalità sono "
            "gratuite, altre a pagamento: il sito del gestore lo indica.")))
        body.addWidget(alert(self.tr(
            "Nella simulazione non si può richiedere una nuova identità SPID. Per esercitarti usa una persona "
            "di prova che ne ha già una (nel menu «Io sono»: i dati sono nel Portafoglio), oppure entra con il "
            "PIN INPS o con la CNS."), "info"))


@route(SPID_HELP_URL, title="SPID - Serve aiuto?")
class SpidHelpPage(_SpidInfoPage):
    TITLE = "SPID - Serve aiuto?"

    def build(self, body):
        body.addWidget(heading(self.tr("Serve aiuto?")))
        body.addWidget(label(self.tr(
            "Per i problemi con la tua identità SPID l'aiuto lo dà il gestore che te l'ha rilasciata."), "lead"))
        for title, text in (
            (self.tr("Ho dimenticato nome utente o password"),
             self.tr("Sulla pagina di accesso del tuo gestore premi «Hai dimenticato le credenziali?» e segui i "
                     "passaggi: ricevi un codice sul cellulare e scegli una nuova password.")),
            (self.tr("La mia identità è bloccata"),
             self.tr("Dopo troppe password sbagliate l'identità si blocca per sicurezza. Si sblocca scegliendo una "
                     "nuova password con «Hai dimenticato le credenziali?» o chiamando il gestore.")),
            (self.tr("Il codice via SMS non arriva o è scaduto"),
             self.tr("Controlla il telefono, poi premi «Invia di nuovo»: vale solo il codice dell'SMS più recente "
                     "e dura pochi minuti.")),
            (self.tr("La mia identità è sospesa o revocata"),
             self.tr("Solo il gestore può riattivarla: chiama la sua assistenza. Nel frattempo puoi entrare nei "
                     "servizi INPS con il PIN o con la CNS.")),
        ):
            body.addWidget(heading(title, 3))
            body.addWidget(label(text))
        body.addWidget(heading(self.tr("Assistenza dei gestori (di fantasia)"), 2))
        for item in sorted(spid.load_providers(), key=lambda p: p.name):
            body.addWidget(label(self.tr("%1: numero verde %2 · %3")
                                 .replace("%1", item.name).replace("%2", item.help_phone)
                                 .replace("%3", item.help_site)))
