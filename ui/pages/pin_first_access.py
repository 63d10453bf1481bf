"""First access (seeds 002, 003, 004) and renewal after expiry: «Gentile utente, è
necessario generare un nuovo PIN (*) ...» -> Avanti -> the new 8-character PIN typed
twice -> (ordinario) the notice -> MyINPS. Also «Modifica PIN» of the service bar.

The form of the new PIN has its own address (PIN_FIRST_ACCESS_URL?passo=nuovo), so that
«Avanti» is a step the lesson engine sees (page reached) and the browser's Indietro goes
back to the message."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services import pin as pin_service
from app.services.errors import ServiceError, ValidationError

from ..browser.router import LOGIN_URL, build_url, route
from ..urls import CHANGE_PIN_URL, MYINPS_URL, PIN_FIRST_ACCESS_URL, PIN_LOCKED_URL, PIN_NOTICE_URL
from ..widgets.common import alert, button, clear_layout, heading, label, row
from .base import PortalPage
from .pin_common import (NewPinForm, PinField, clear_pending, focus_first_error, get_pending, message_box,
                         scroll_to_top, start_session)

FORM_STEP = "nuovo"  # PIN_FIRST_ACCESS_URL?passo=nuovo: the form of the new PIN


@route(PIN_FIRST_ACCESS_URL, title="INPS - Nuovo PIN")
class FirstAccessPage(PortalPage):
    TITLE = "INPS - Nuovo PIN"
    BREADCRUMB = ("Prestazioni e Servizi", "Autenticazione", "Nuovo PIN")

    def build(self, body):
        self.pending = get_pending(self.ctx.window)
        self.holder = QWidget()
        self.area = QVBoxLayout(self.holder)
        self.area.setContentsMargins(0, 0, 0, 0)
        self.area.setSpacing(16)
        body.addWidget(self.holder)
        self.focus_target = None
        if self.pending is None:
            self.area.addWidget(heading(self.tr("Nuovo PIN")))
            self.area.addWidget(alert(self.tr(
                "Per scegliere un nuovo PIN entri prima con il codice fiscale e il PIN che ha ricevuto: "
                "il sistema la porterà qui da solo."), "info"))
            self.area.addWidget(self.link(self.tr("Vai all'Autenticazione"), LOGIN_URL))
            return
        if self.params.get("passo") == FORM_STEP:
            self.show_form()
        else:
            self.show_intro()

    # -- stage 1: the message of seed 002 ----------------------------------------------
    def show_intro(self) -> None:
        clear_layout(self.area)
        scroll_to_top(self)
        p = self.pending
        self.area.addWidget(heading(self.tr("Nuovo PIN")))
        if p.reason == "expired":
            self.area.addWidget(label(self.tr("Il suo PIN è scaduto"), "h2"))
        self.area.addWidget(alert(self.service_text(p.message), "info"))
        self.area.addWidget(label(self.service_text(p.note), "muted"))
        self.avanti = button(self.tr("Avanti"), lambda: self.go(build_url(PIN_FIRST_ACCESS_URL, passo=FORM_STEP)))
        self.area.addWidget(row(self.avanti))
        self.focus_target = self.avanti

    # -- stage 2: the new PIN -----------------------------------------------------------
    def show_form(self) -> None:
        clear_layout(self.area)
        scroll_to_top(self)
        self.area.addWidget(heading(self.tr("Scelga il nuovo PIN")))
        self.area.addWidget(label(self.tr("Codice fiscale: %1").replace(
            "%1", self.pending.codice_fiscale.strip().upper()), "fieldlabel"))
        self.form = NewPinForm()
        self.area.addWidget(self.form)
        self.errors_box = message_box(self.area)
        self.conferma = button(self.tr("Conferma il nuovo PIN"), self.submit)
        self.area.addWidget(row(self.conferma, button(self.tr("Indietro"), lambda: self.go(PIN_FIRST_ACCESS_URL),
                                                      role="secondary")))
        self.form.confirm.input.returnPressed.connect(self.submit)
        self.form.new.input.setFocus()
        self.focus_target = self.form.new.input

    def submit(self) -> None:
        self.form.clear_errors()
        clear_layout(self.errors_box)
        p = self.pending
        try:
            result = pin_service.change_pin(self.world, p.codice_fiscale, p.current,
                                            self.form.new.value(), self.form.confirm.value())
        except pin_service.PinLoginError as exc:
            clear_pending(self.ctx.window)
            self.go(PIN_LOCKED_URL if exc.locked else LOGIN_URL)
            return
        except ValidationError as exc:
            self.show_field_errors(exc, self.form.fields())
            focus_first_error(self.form.fields())
            return
        except ServiceError as exc:
            self.errors_box.addWidget(alert(self.service_text(exc.message), "error"))
            return
        clear_pending(self.ctx.window)
        next_url = p.next_url if p.next_url.startswith("https://") else MYINPS_URL
        if result.notice:
            next_url = build_url(PIN_NOTICE_URL, uri=next_url)
        start_session(self, result.session, next_url)

    def shown(self) -> None:
        if self.focus_target is not None:
            self.focus_target.setFocus()


@route(CHANGE_PIN_URL, title="INPS - Modifica PIN", login_required=True)
class ChangePinPage(PortalPage):
    """«Modifica PIN»: change an active PIN from inside MyINPS."""

    TITLE = "INPS - Modifica PIN"
    BREADCRUMB = ("MyINPS", "Modifica PIN")

    def build(self, body):
        body.addWidget(heading(self.tr("Modifica PIN")))
        session = self.session
        if session is None or not session.method.startswith("pin"):
            body.addWidget(alert(self.tr(
                "È entrato senza PIN (con SPID o CNS): non c'è un PIN INPS da modificare."), "info"))
            body.addWidget(self.link(self.tr("Torna a MyINPS"), MYINPS_URL))
            self.current = None
            return
        body.addWidget(label(self.tr(
            "Scriva il PIN che usa adesso, poi il nuovo PIN due volte. Il nuovo PIN vale 6 mesi "
            "(3 mesi per gli intermediari).")))
        self.current = PinField(self.tr("PIN attuale"), "current", show_text=self.tr("Mostra il PIN attuale"))
        body.addWidget(self.current)
        self.form = NewPinForm()
        body.addWidget(self.form)
        self.result_box = message_box(body)
        self.save = button(self.tr("Salva il nuovo PIN"), self.submit)
        body.addWidget(row(self.save))

    def submit(self) -> None:
        self.current.clear_error()
        self.form.clear_errors()
        clear_layout(self.result_box)
        try:
            result = pin_service.change_pin(self.world, self.session.codice_fiscale, self.current.value(),
                                            self.form.new.value(), self.form.confirm.value(), open_session=False)
        except pin_service.PinLoginError as exc:
            if exc.locked:
                self.ctx.session.end()
                self.go(PIN_LOCKED_URL)
                return
            self.current.set_error(self.service_text(exc.message))
            self.current.input.setFocus()
            return
        except ValidationError as exc:
            self.show_field_errors(exc, self.form.fields())
            focus_first_error(self.form.fields())
            return
        except ServiceError as exc:
            self.result_box.addWidget(alert(self.service_text(exc.message), "error"))
            return
        for f in (self.current, self.form.new, self.form.confirm):
            f.set_value("")
        self.result_box.addWidget(alert(self.tr(
            "Il PIN è stato cambiato. Da ora entri con il nuovo PIN; scadrà il %1.").replace(
            "%1", result.expires_at.strftime("%d/%m/%Y")), "success"))

    def shown(self) -> None:
        if self.current is not None:
            self.current.input.setFocus()


