"""The fictitious identity providers' pages (AgID SPID login templates, 2018):
login (Nome utente, Password, Invia / Annulla), the second factor (SMS code or
the provider's app), consent ("Autorizzi l'invio dei dati?"), the transfer back
to INPS, the "Ops!" error page and "Hai dimenticato le credenziali?".

Every rule is in app.services.spid; these pages collect and show.
"""
from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from app.services import spid
from app.services.errors import ServiceError

from .. import tokens as T
from ..browser.router import route
from ..urls import MYINPS_URL
from ..widgets.common import Field, alert, button, checkbox, clear_layout, heading, label, row
from .spid_common import (
    SPID_REQUEST_URL,
    STEP_CONSENT,
    STEP_ERROR,
    STEP_LOGIN,
    STEP_OTP,
    STEP_RECOVERY,
    STEP_TRANSFER,
    IdpPage,
    idp_url,
    login_page_url,
)


def _on_every_provider(step: str, title: str):
    """Register the page class at the same path of every provider's site."""

    def register(cls):
        for item in spid.load_providers():
            route(f"https://{item.host}/{step}", title=title)(cls)
        return cls

    return register


class _Messages(QWidget):
    """A place at the top of a form for messages that belong to no field."""

    def __init__(self):
        super().__init__()
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.hide()

    def show_widget(self, widget: QWidget | None) -> None:
        clear_layout(self.lay)
        if widget is not None:
            self.lay.addWidget(widget)
        self.setVisible(widget is not None)

    def show_text(self, text: str, kind: str = "error") -> None:
        self.show_widget(alert(text, kind))

    def clear(self) -> None:
        self.show_widget(None)


# --- Login -----------------------------------------------------------------------------


@_on_every_provider(STEP_LOGIN, "Entra con SPID")
class IdpLoginPage(IdpPage):
    STAGE = "credentials"
    TITLE = "Entra con SPID"

    def build(self, box):
        box.addWidget(self.service_row())
        box.addWidget(heading(self.tr("Entra con SPID")))
        box.addWidget(label(self.tr(
            "Richiesta di accesso SPID di livello %1 da %2. Inserisci le credenziali che hai ricevuto da %3."
        ).replace("%1", str(self.flow.required_level)).replace("%2", self.flow.service)
            .replace("%3", self.provider.name), "lead"))
        box.addWidget(self.simulation_notice())
        self.messages = _Messages()
        box.addWidget(self.messages)
        self.username = Field(self.tr("Nome utente"), "username", max_length=300)
        self.password = Field(self.tr("Password"), "password", password=True, max_length=300)
        box.addWidget(self.username)
        box.addWidget(self.password)
        self.show_password = checkbox(self.tr("Mostra password"))
        self.show_password.toggled.connect(self._toggle_password)
        box.addWidget(self.show_password)
        self.username.input.returnPressed.connect(self.password.input.setFocus)
        self.password.input.returnPressed.connect(self.submit)
        box.addWidget(row(button(self.tr("Invia"), self.submit),
                          button(self.tr("Annulla"), self.cancel, role="secondary")))
        box.addWidget(self.link(self.tr("Hai dimenticato le credenziali?"),
                                idp_url(self.provider, STEP_RECOVERY, flow=self.flow.token)))
        box.addWidget(self.link(self.tr("Non hai SPID? Registrati!"), SPID_REQUEST_URL))

    def shown(self) -> None:
        if hasattr(self, "username"):
            self.username.input.setFocus()

    def _toggle_password(self, on: bool) -> None:
        from PySide6.QtWidgets import QLineEdit

        self.password.input.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)

    def submit(self) -> None:
        self.messages.clear()
        self.username.clear_error()
        self.password.clear_error()
        try:
            methods = spid.submit_credentials(self.world, self.flow, self.username.value(), self.password.value())
        except spid.SpidError as error:
            self.fail(error)
            return
        except ServiceError as error:
            self.messages.show_widget(self.show_field_errors(error, {
                "username": self.username, "password": self.password}))
            target = self.password if error.field == "password" else self.username
            target.input.setFocus()
            target.input.selectAll()
            return
        if methods == ("sms",):
            try:
                spid.send_sms_code(self.world, self.flow)
            except spid.SpidError as error:
                self.fail(error)
                return
            except ServiceError:
                pass  # the code page says it and offers "Invia di nuovo"
            self.go(idp_url(self.provider, STEP_OTP, flow=self.flow.token, metodo="sms"))
        else:
            self.go(idp_url(self.provider, STEP_OTP, flow=self.flow.token))


# --- Second factor ------------------------------------------------------------------------


@_on_every_provider(STEP_OTP, "Codice temporaneo")
class IdpOtpPage(IdpPage):
    STAGE = "second_factor"
    TITLE = "Codice temporaneo"

    def build(self, box):
        methods = self.flow.otp_methods or ("sms",)
        method = self.params.get("metodo", "")
        if method not in methods:
            method = "" if len(methods) > 1 else "sms"
        self.method = method
        self._moving = False
        box.addWidget(self.service_row())
        self.messages = _Messages()
        if method == "":
            self._build_choice(box)
        elif method == "sms":
            self._build_sms(box)
        else:
            self._build_app(box)

    # -- "Come vuoi ricevere il codice temporaneo (otp)?"
    def _build_choice(self, box) -> None:
        box.addWidget(heading(self.tr("Come vuoi ricevere il codice temporaneo (otp)?")))
        box.addWidget(label(self.tr(
            "Per il livello 2 serve, oltre alla password, un secondo passaggio: un codice di 6 cifre via SMS "
            "oppure una richiesta da approvare nell'app %1 sul telefono.").replace("%1", self.provider.app_name)))
        box.addWidget(self.messages)
        sms = button(self.tr("Ricevi sms"), self.choose_sms, role="biglink")
        app = button(self.tr("Utilizza l'App"), self.choose_app, role="biglink")
        box.addWidget(row(sms, app))
        box.addWidget(row(button(self.tr("Annulla"), self.cancel, role="secondary")))

    def choose_sms(self) -> None:
        if self._send(spid.send_sms_code):
            self.go(idp_url(self.provider, STEP_OTP, flow=self.flow.token, metodo="sms"))

    def choose_app(self) -> None:
        if self._send(spid.send_app_request):
            self.go(idp_url(self.provider, STEP_OTP, flow=self.flow.token, metodo="app"))

    def _send(self, action) -> bool:
        self.messages.clear()
        try:
            action(self.world, self.flow)
        except spid.SpidError as error:
            self.fail(error)
            return False
        except ServiceError as error:
            self.messages.show_text(self.service_text(error.message))
            return False
        return True

    # -- the code received by SMS
    def _build_sms(self, box) -> None:
        box.addWidget(heading(self.tr("Codice temporaneo")))
        box.addWidget(label(self.tr(
            "Per accedere al servizio è richiesta l'immissione del codice temporaneo ricevuto via sms.")))
        if self.flow.otp_address:
            masked = "*" * max(0, len(self.flow.otp_address) - 3) + self.flow.otp_address[-3:]
            box.addWidget(label(self.tr("L'SMS è stato inviato al numero %1.").replace("%1", masked), "muted"))
        box.addWidget(self.messages)
        self.code = Field(self.tr("Codice"), "code", hint=self.tr("6 cifre, senza spazi"), max_length=60)
        self.code.input.returnPressed.connect(self.submit_code)
        box.addWidget(self.code)
        box.addWidget(row(button(self.tr("Invia"), self.submit_code),
                          button(self.tr("Annulla"), self.cancel, role="secondary")))
        resend = button(self.tr("Invia di nuovo"), self.resend_sms, role="secondary")
        box.addWidget(row(label(self.tr("Codice non ricevuto ?"), wrap=False), resend))
        box.addWidget(row(button(self.tr("Apri il Telefono"), lambda: self.show_dock("PhoneDock"), role="link")))
        if not self.flow.otp_hash:
            self.messages.show_text(self.tr(
                "Nessun codice valido in questo momento: premi «Invia di nuovo» per riceverne uno."), "info")

    def submit_code(self) -> None:
        self.messages.clear()
        self.code.clear_error()
        try:
            spid.verify_sms_code(self.world, self.flow, self.code.value())
        except spid.SpidError as error:
            self.fail(error)
            return
        except ServiceError as error:
            self.messages.show_widget(self.show_field_errors(error, {"code": self.code}))
            self.code.input.setFocus()
            self.code.input.selectAll()
            return
        self.go(idp_url(self.provider, STEP_CONSENT, flow=self.flow.token))

    def resend_sms(self) -> None:
        if self._send(spid.send_sms_code):
            self.code.clear_error()
            self.code.set_value("")
            self.messages.show_text(self.tr(
                "Ti abbiamo inviato un nuovo codice: usa quello dell'SMS più recente (il precedente non vale più)."),
                "success")
            self.code.input.setFocus()

    # -- the request in the provider's app
    def _build_app(self, box) -> None:
        box.addWidget(heading(self.tr("Approva l'accesso con l'app")))
        box.addWidget(label(self.tr(
            "Abbiamo inviato una richiesta all'app %1 sul tuo telefono. Apri l'app (pannello «Telefono»), "
            "controlla che la richiesta sia per il servizio %2 e premi «Approva». Quando hai risposto, questa "
            "pagina prosegue da sola; puoi anche premere «Continua».")
            .replace("%1", self.provider.app_name).replace("%2", self.flow.service)))
        box.addWidget(self.messages)
        box.addWidget(row(button(self.tr("Continua"), self.check_app),
                          button(self.tr("Annulla"), self.cancel, role="secondary")))
        box.addWidget(row(button(self.tr("Invia di nuovo"), self.resend_app, role="secondary"),
                          button(self.tr("Ricevi sms"), self.choose_sms, role="secondary")))
        box.addWidget(row(button(self.tr("Apri il Telefono"), lambda: self.show_dock("PhoneDock"), role="link")))

    def check_app(self) -> None:
        self.messages.clear()
        try:
            spid.check_app_request(self.world, self.flow)
        except spid.SpidError as error:
            self.fail(error)
            return
        except ServiceError as error:
            self.messages.show_text(self.service_text(error.message), "warning")
            return
        self._moving = True
        self.go(idp_url(self.provider, STEP_CONSENT, flow=self.flow.token))

    def resend_app(self) -> None:
        if self._send(spid.send_app_request):
            self.messages.show_text(self.tr("Ti abbiamo inviato una nuova richiesta: rispondi a quella più recente."),
                                    "success")

    def world_changed(self) -> None:
        """The app on the phone answered: go on without waiting for a click."""
        if getattr(self, "method", "") != "app" or self._moving or self.flow is None:
            return
        if spid.app_answer(self.world, self.flow) in ("approved", "refused"):
            self.check_app()


# --- Consent ---------------------------------------------------------------------------------


@_on_every_provider(STEP_CONSENT, "Autorizzi l'invio dei dati?")
class IdpConsentPage(IdpPage):
    STAGE = "consent"
    TITLE = "Autorizzi l'invio dei dati?"

    def build(self, box):
        box.addWidget(self.service_row())
        box.addWidget(heading(self.tr("Autorizzi l'invio dei dati?")))
        box.addWidget(label(self.tr(
            "Per accedere al servizio richiesto è necessario l'utilizzo dei seguenti attributi:")))
        self.messages = _Messages()
        box.addWidget(self.messages)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(T.S4, 0, 0, 0)
        grid.setHorizontalSpacing(T.S6)
        grid.setVerticalSpacing(T.S2)
        try:
            attributes = spid.consent_attributes(self.world, self.flow)
        except spid.SpidError as error:
            self.fail(error)
            attributes = []
        for index, (name, value) in enumerate(attributes):
            grid.addWidget(label(self.tr(name), "fieldlabel", wrap=False), index, 0)
            shown = label(value, wrap=False, selectable=True)
            shown.setAccessibleName(f"{self.tr(name)}: {value}")
            grid.addWidget(shown, index, 1)
        grid.setColumnStretch(2, 1)
        box.addWidget(grid_holder)
        box.addWidget(label(self.tr(
            "%1 invierà questi dati al servizio %2 solo se premi «Autorizza l'invio dei dati». Se premi "
            "«Annulla» nessun dato viene inviato e l'accesso non avviene.")
            .replace("%1", self.provider.name).replace("%2", self.flow.service), "muted"))
        box.addWidget(row(button(self.tr("Autorizza l'invio dei dati"), self.authorize),
                          button(self.tr("Annulla"), self.refuse, role="secondary")))

    def authorize(self) -> None:
        try:
            session = spid.give_consent(self.world, self.flow)
        except spid.SpidError as error:
            self.fail(error)
            return
        except ServiceError as error:
            self.messages.show_text(self.service_text(error.message))
            return
        self.ctx.session.start(session)
        window = self.ctx.window
        if window is not None and hasattr(window, "set_person"):
            window.set_person(session.citizen_id)
        self.go(idp_url(self.provider, STEP_TRANSFER, flow=self.flow.token))

    def refuse(self) -> None:
        try:
            error = spid.refuse_consent(self.world, self.flow)
        except spid.SpidError as exc:
            error = exc
        except ServiceError:
            error = spid.cancel(self.world, self.flow)
        self.fail(error)


# --- Transfer back to INPS -------------------------------------------------------------------


@_on_every_provider(STEP_TRANSFER, "Trasferimento in corso")
class IdpTransferPage(IdpPage):
    STAGE = "done"
    TITLE = "Trasferimento in corso"

    def build(self, box):
        box.addWidget(heading(self.tr("Trasferimento in corso")))
        box.addWidget(alert(self.tr("Autenticazione riuscita."), "success"))
        box.addWidget(label(self.tr(
            "Stai per tornare al servizio %1, che riceve da %2 i dati che hai autorizzato. Sul sito vero il "
            "passaggio avviene da solo in pochi secondi; qui premi «Prosegui».")
            .replace("%1", self.flow.service).replace("%2", self.provider.name)))
        self.proceed = button(self.tr("Prosegui"), self.go_on)
        box.addWidget(row(self.proceed))

    def shown(self) -> None:
        if hasattr(self, "proceed"):
            self.proceed.setFocus()

    def go_on(self) -> None:
        target = self.flow.relay_state if self.flow.relay_state.startswith("https://") else MYINPS_URL
        self.go(target)


# --- "Ops!" ------------------------------------------------------------------------------------


@_on_every_provider(STEP_ERROR, "Errore")
class IdpErrorPage(IdpPage):
    NEEDS_FLOW = False
    TITLE = "Errore"

    def build(self, box):
        error = self.flow.error if self.flow is not None else None
        if error is None:
            try:
                code = int(self.params.get("code", "25"))
            except ValueError:
                code = 25
            error = spid.SpidError(code if code in spid.ERRORS else 25)
        self.error = error
        box.addWidget(heading(self.tr("Ops!")))
        box.addWidget(heading(self.service_text(error.title), 2))
        box.addWidget(alert(self.service_text(error.message), "error"))
        box.addWidget(label(f"{error.status_message} · {self.service_text(error.official)}", "muted"))
        self.proceed = button(self.tr("Continua"), self.go_on)
        box.addWidget(row(self.proceed))

    def shown(self) -> None:
        self.proceed.setFocus()

    def go_on(self) -> None:
        relay = self.flow.relay_state if self.flow is not None else ""
        self.go(login_page_url(relay))


# --- "Hai dimenticato le credenziali?" ---------------------------------------------------------


@_on_every_provider(STEP_RECOVERY, "Hai dimenticato le credenziali?")
class IdpRecoveryPage(IdpPage):
    NEEDS_FLOW = False
    TITLE = "Hai dimenticato le credenziali?"

    def build(self, box):
        self.recovery = None
        box.addWidget(heading(self.tr("Hai dimenticato le credenziali?")))
        self.step_label = label("", "muted")
        box.addWidget(self.step_label)
        box.addWidget(self.simulation_notice())
        self.messages = _Messages()
        box.addWidget(self.messages)
        holder = QWidget()
        self.content = QVBoxLayout(holder)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(T.S4)
        box.addWidget(holder)
        self._step_one()

    def _step_one(self) -> None:
        clear_layout(self.content)
        self.step_label.setText(self.tr("Passo 1 di 2"))
        self.content.addWidget(label(self.tr(
            "Scrivi il tuo nome utente e il tuo codice fiscale: %1 ti manda un codice via SMS al cellulare che "
            "hai registrato. Con il codice scegli una nuova password; se l'identità era bloccata per troppi "
            "tentativi, torna attiva.").replace("%1", self.provider.name)))
        self.username = Field(self.tr("Nome utente"), "username", max_length=300)
        self.cf = Field(self.tr("Codice fiscale"), "codice_fiscale", max_length=60)
        self.content.addWidget(self.username)
        self.content.addWidget(self.cf)
        self.cf.input.returnPressed.connect(self.send_code)
        self.content.addWidget(row(button(self.tr("Invia"), self.send_code),
                                   button(self.tr("Annulla"), self.back_to_login, role="secondary")))
        self.content.addWidget(label(self.tr(
            "Se la tua identità è sospesa o revocata, o non hai più quel cellulare, chiama l'assistenza di %1 "
            "al numero %2.").replace("%1", self.provider.name).replace("%2", self.provider.help_phone), "muted"))

    def send_code(self) -> None:
        self.messages.clear()
        self.username.clear_error()
        self.cf.clear_error()
        try:
            self.recovery = spid.start_recovery(self.world, self.provider.key, self.username.value(), self.cf.value())
        except ServiceError as error:
            self.messages.show_widget(self.show_field_errors(error, {
                "username": self.username, "codice_fiscale": self.cf}))
            return
        self._step_two()

    def _step_two(self) -> None:
        clear_layout(self.content)
        self.step_label.setText(self.tr("Passo 2 di 2"))
        self.content.addWidget(label(self.tr(
            "Ti abbiamo inviato un SMS con un codice di 6 cifre. Scrivilo qui e scegli la nuova password: "
            "almeno 8 caratteri, con lettere e numeri, senza il nome utente.")))
        self.code = Field(self.tr("Codice"), "code", max_length=60)
        self.new_password = Field(self.tr("Nuova password"), "new_password", password=True, max_length=300)
        self.confirm = Field(self.tr("Conferma password"), "confirm", password=True, max_length=300)
        for field in (self.code, self.new_password, self.confirm):
            self.content.addWidget(field)
        self.confirm.input.returnPressed.connect(self.complete)
        self.content.addWidget(row(button(self.tr("Conferma"), self.complete),
                                   button(self.tr("Annulla"), self.back_to_login, role="secondary")))
        self.content.addWidget(row(button(self.tr("Apri il Telefono"), lambda: self.show_dock("PhoneDock"),
                                          role="link")))
        self.code.input.setFocus()

    def complete(self) -> None:
        self.messages.clear()
        for field in (self.code, self.new_password, self.confirm):
            field.clear_error()
        try:
            text = spid.complete_recovery(self.world, self.recovery, self.code.value(),
                                          self.new_password.value(), self.confirm.value())
        except ServiceError as error:
            self.messages.show_widget(self.show_field_errors(error, {
                "code": self.code, "new_password": self.new_password, "confirm": self.confirm}))
            return
        clear_layout(self.content)
        self.step_label.setText(self.tr("Fatto"))
        self.content.addWidget(alert(self.service_text(text), "success"))
        self.content.addWidget(row(button(self.tr("Torna all'accesso"), self.back_to_login)))

    def back_to_login(self) -> None:
        if self.flow is not None and self.flow.stage == "credentials":
            self.go(idp_url(self.provider, STEP_LOGIN, flow=self.flow.token))
        else:
            self.go(login_page_url(self.flow.relay_state if self.flow is not None else ""))
