"""The PIN tab of Autenticazione, the notice «Le segnaliamo che il suo PIN non è
dispositivo ...» (seed 002) and the page of a locked PIN with its ways out."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services import pin as pin_service
from app.services.errors import ServiceError

from ..browser.router import LOGIN_URL, PIN_MENU_URL, build_url, route
from ..urls import LOST_PIN_URL, MYINPS_URL, PIN_DISPOSITIVO_URL, PIN_FIRST_ACCESS_URL, PIN_LOCKED_URL, PIN_NOTICE_URL
from ..widgets.common import Field, alert, button, card, heading, label, row
from ..widgets.reconstruction import reconstruction_note
from .base import PortalPage
from .login import register_login_tab
from .pin_common import PendingChange, PinField, _tr, message_box, safe_next, set_pending


class PinLoginTab(QWidget):
    """Codice Fiscale + PIN -> Accedi (seed 000's Autenticazione, tab PIN)."""

    def __init__(self, page):
        super().__init__()
        self.page = page
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 16, 0, 0)
        lay.setSpacing(8)
        self.cf = Field(_tr("Codice Fiscale"), "codice_fiscale", placeholder=_tr("Codice Fiscale"), max_length=40)
        self.pin = PinField(_tr("PIN"), "pin", max_length=40,
                            hint=_tr("Il PIN di 8 caratteri oppure, la prima volta, quello di 16 caratteri."))
        lay.addWidget(self.cf)
        lay.addWidget(self.pin)
        self.message_box = message_box(lay)
        self.accedi = button(_tr("Accedi"), self.submit)
        lay.addWidget(row(self.accedi))
        self.cf.input.returnPressed.connect(self.pin.input.setFocus)
        self.pin.input.returnPressed.connect(self.submit)

    def focus_first(self) -> None:
        self.cf.input.setFocus()

    def _show(self, widget) -> None:
        while self.message_box.count():
            old = self.message_box.takeAt(0).widget()
            if old is not None:
                old.hide()
                old.deleteLater()
        if widget is not None:
            self.message_box.addWidget(widget)

    def submit(self) -> None:
        self.cf.clear_error()
        self.pin.clear_error()
        self._show(None)
        world = self.page.world
        try:
            result = pin_service.login(world, self.cf.value(), self.pin.value())
        except pin_service.PinLoginError as exc:
            if exc.locked:
                self.page.go(PIN_LOCKED_URL)
                return
            target = self.cf if exc.field == "codice_fiscale" else self.pin
            target.set_error(self.page.service_text(exc.message))
            target.input.setFocus()
            target.input.selectAll()  # what is typed next replaces the wrong text
            return
        except ServiceError as exc:
            self._show(alert(self.page.service_text(exc.message), "error"))
            return
        next_url = self.page.return_url()
        if result.status == "must_change":
            set_pending(self.page.ctx.window, PendingChange(
                codice_fiscale=self.cf.value(), current=self.pin.value(), reason=result.reason,
                message=result.message, note=result.note, next_url=next_url))
            self.page.go(PIN_FIRST_ACCESS_URL)
            return
        if result.notice:
            self.page.login_succeeded(result.session, build_url(PIN_NOTICE_URL, uri=next_url))
        else:
            self.page.login_succeeded(result.session)


register_login_tab("PIN", lambda page: PinLoginTab(page))


@route(PIN_NOTICE_URL, title="INPS - Avviso PIN", login_required=True)
class PinNoticePage(PortalPage):
    """Shown after entering with a PIN ordinario (seed 002)."""

    TITLE = "INPS - Avviso sul PIN"
    BREADCRUMB = ("Prestazioni e Servizi", "Autenticazione", "Avviso")

    def build(self, body):
        self.next_url = safe_next(self.params.get("uri", ""), MYINPS_URL)
        body.addWidget(heading(self.tr("Accesso eseguito")))
        session = self.session
        if session is not None and session.method == "pin_ordinario":
            body.addWidget(alert(self.service_text(pin_service.NOT_DISPOSITIVO_NOTICE), "warning"))
            body.addWidget(label(self.tr(
                "Con il PIN ordinario può consultare i suoi dati (ad esempio il Fascicolo previdenziale). "
                "Per presentare una domanda serve il PIN dispositivo.")))
            body.addWidget(self.link(self.tr("Vuoi il PIN dispositivo?"), PIN_DISPOSITIVO_URL))
        else:
            body.addWidget(label(self.tr("Il suo accesso è stato eseguito correttamente.")))
        self.prosegui = button(self.tr("Prosegui"), lambda: self.go(self.next_url))
        body.addWidget(row(self.prosegui))

    def shown(self) -> None:
        self.prosegui.setFocus()


@route(PIN_LOCKED_URL, title="INPS - PIN bloccato")
class PinLockedPage(PortalPage):
    """After too many wrong attempts: what happened and the three ways out."""

    TITLE = "INPS - PIN bloccato"
    BREADCRUMB = ("Prestazioni e Servizi", "Autenticazione", "PIN bloccato")

    def build(self, body):
        body.addWidget(heading(self.tr("Il suo PIN è bloccato")))
        limit = pin_service.max_failures()
        body.addWidget(alert(self.tr(
            "Il codice fiscale o il PIN sono stati scritti in modo sbagliato %1 volte di seguito. "
            "Per proteggere i suoi dati il PIN è stato bloccato: anche il PIN giusto, adesso, "
            "non funziona.").replace("%1", str(limit)), "error"))
        body.addWidget(reconstruction_note(self.tr("Le guide non dicono dopo quanti errori il PIN si blocca.")))
        body.addWidget(label(self.tr("Non si preoccupi: può riavere l'accesso in uno di questi modi."), "lead"))
        body.addWidget(card(
            label(self.tr("1. Ripristinare il PIN"), "h3"),
            label(self.tr("Se ha ancora il cellulare e l'indirizzo e-mail (o PEC) indicati quando ha richiesto "
                          "il PIN: riceverà subito un nuovo PIN in due parti, una per e-mail e una per SMS.")),
            self.link(self.tr("Ripristina il PIN"), build_url(LOST_PIN_URL, azione="ripristino")),
        ))
        body.addWidget(card(
            label(self.tr("2. Revocare il PIN e richiederne uno nuovo"), "h3"),
            label(self.tr("Se non ha più quel cellulare o quell'e-mail: serve la tessera sanitaria "
                          "(numero e data di scadenza). Poi potrà richiedere un nuovo PIN.")),
            self.link(self.tr("Revoca il PIN"), build_url(LOST_PIN_URL, azione="revoca")),
        ))
        call = button(self.tr("Apri il telefono per chiamare"), self._phone, role="secondary")
        body.addWidget(card(
            label(self.tr("3. Chiamare il Contact Center"), "h3"),
            label(self.tr("Numero verde 803 164, gratuito da rete fissa, oppure 06 164 164 da rete mobile "
                          "(a pagamento in base al piano tariffario del gestore telefonico).")),
            row(call),
        ))
        body.addWidget(self.link(self.tr("Torna all'Autenticazione"), LOGIN_URL))
        body.addWidget(self.link(self.tr("Il PIN online"), PIN_MENU_URL))

    def _phone(self) -> None:
        window = self.ctx.window
        if hasattr(window, "show_dock"):
            window.show_dock("CallDock")
