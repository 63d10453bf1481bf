"""The CNS tab of Autenticazione and the windows that a real CNS login opens:
the browser's certificate chooser, the card software's PIN window and the
"Sblocca con il PUK" window (also opened from the Portafoglio).

Every rule is in app.services.cns; these widgets collect and show.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import cns
from app.services import session as session_rules
from app.services.errors import ServiceError

from .. import theme
from .. import tokens as T
from ..widgets.common import Field, alert, button, clear_layout, heading, label, row
from .login import register_login_tab

LOGIN_HOST = "serviziweb2.inps.it:443"


def _service_text(message: str) -> str:
    from ..i18n import service_text

    return service_text(message)


class _Dialog(QDialog):
    """A window of the browser or of the card software, in the program's look."""

    def __init__(self, parent: QWidget | None, title: str, zoom: int = 100, large: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("CnsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(theme.base_qss(zoom, large) + theme.page_qss(zoom, large) + f"QDialog#CnsDialog {{ background: {T.WHITE}; }}")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # The content scrolls inside the window, so that at 200 % or with large text on a small
        # screen nothing is cut: the window grows to its content up to the screen's height.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("CnsDialogBody")
        body.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        body.setStyleSheet(f"QWidget#CnsDialogBody {{ background: {T.WHITE}; }}")
        self.lay = QVBoxLayout(body)
        self.lay.setContentsMargins(T.S6, T.S5, T.S6, T.S5)
        self.lay.setSpacing(T.S3)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll)
        self.messages = QVBoxLayout()
        self.setMinimumWidth(min(round(560 * max(zoom, 100) / 100), self._available().width() - 40))

    def _available(self) -> QRect:
        screen = (self.parentWidget().screen() if self.parentWidget() is not None else None) or \
            QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)

    def show_message(self, text: str, kind: str = "error") -> None:
        clear_layout(self.messages)
        if text:
            self.messages.addWidget(alert(text, kind))
        self.grow()

    def grow(self) -> None:
        """Make room for what was added (wrapped messages must never be cut): the window takes
        its content's height, up to the screen's; beyond that the content scrolls."""
        content = self.lay
        content.activate()
        width = max(self.width(), self.minimumWidth())
        hint = content.totalHeightForWidth(width) if content.hasHeightForWidth() else -1
        height = min(max(hint, content.totalSizeHint().height()) + 2, self._available().height() - 60)
        if height > self.height():
            self.resize(width, height)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.grow()

    def message_text(self) -> str:
        for i in range(self.messages.count()):
            w = self.messages.itemAt(i).widget()
            if w is not None and hasattr(w, "text_label"):
                return w.text_label.text()
        return ""


class CertificateDialog(_Dialog):
    """The browser asks which certificate to present (User Identification Request)."""

    chosen = Signal(object)  # the Certificate

    def __init__(self, parent, world, flow: cns.CnsFlow, zoom: int = 100, large: bool = False):
        super().__init__(parent, self.tr("Richiesta di identificazione utente"), zoom, large)
        self.world = world
        self.flow = flow
        self.lay.addWidget(heading(self.tr("Richiesta di identificazione utente"), 2))
        self.lay.addWidget(label(self.tr(
            "Questo sito ha richiesto un certificato per identificarti: %1 (INPS).").replace("%1", LOGIN_HOST)))
        self.lay.addWidget(label(self.tr("Scegli il certificato da presentare come identificativo:"), "fieldlabel"))
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for cert in flow.certificates:
            radio = QRadioButton(cert.subject)
            radio.setAccessibleName(cert.subject)
            self.group.addButton(radio)
            self.radios[cert.id] = radio
            self.lay.addWidget(radio)
            details = label(self.tr("Rilasciato da: %1 · numero di serie %2 · valido fino al %3 · uso: %4")
                            .replace("%1", cert.issuer).replace("%2", cert.serial)
                            .replace("%3", cert.valid_until.strftime("%d/%m/%Y"))
                            .replace("%4", _service_text(cert.purpose)), "muted")
            details.setContentsMargins(T.S8, 0, 0, T.S2)
            self.lay.addWidget(details)
        self.lay.addLayout(self.messages)
        self.ok = button(self.tr("OK"), self.confirm)
        self.ok.setDefault(True)
        self.lay.addWidget(row(self.ok, button(self.tr("Annulla"), self.reject, role="secondary")))

    def choose(self, certificate_id: str) -> None:
        if certificate_id in self.radios:
            self.radios[certificate_id].setChecked(True)

    def confirm(self) -> None:
        picked = next((cid for cid, radio in self.radios.items() if radio.isChecked()), "")
        if not picked:
            self.show_message(self.tr("Scegli uno dei certificati dell'elenco, poi premi «OK»."))
            return
        try:
            cert = cns.choose_certificate(self.world, self.flow, picked)
        except ServiceError as error:
            self.show_message(_service_text(error.message))
            return
        self.chosen.emit(cert)
        self.accept()


class PinDialog(_Dialog):
    """The card software asks for the card's PIN."""

    logged_in = Signal(object)  # the PortalSession

    def __init__(self, parent, world, flow: cns.CnsFlow, subject: str, zoom: int = 100, large: bool = False):
        token = flow.device == cns.DEVICE_TOKEN
        title = self.tr("Inserimento PIN del token") if token else self.tr("Inserimento PIN della carta")
        super().__init__(parent, title, zoom, large)
        self.world = world
        self.flow = flow
        self.zoom, self.large = zoom, large
        self.lay.addWidget(heading(title, 2))
        if token:
            text = self.tr("Per usare il certificato «%1» scrivi il PIN del token USB (lo trovi nella busta "
                           "ricevuta con la firma digitale) e premi «OK».")
        else:
            text = self.tr("Per usare il certificato «%1» scrivi il PIN della carta (lo trovi nella busta "
                           "ricevuta con la tessera) e premi «OK».")
        self.lay.addWidget(label(text.replace("%1", subject)))
        self.pin = Field(self.tr("PIN"), "pin", password=True, max_length=64)
        self.pin.input.returnPressed.connect(self.confirm)
        self.lay.addWidget(self.pin)
        self.lay.addLayout(self.messages)
        self.unblock_button = button(self.tr("Sblocca con il PUK"), self.open_unblock, role="secondary")
        self.unblock_button.hide()
        self.ok = button(self.tr("OK"), self.confirm)
        self.lay.addWidget(row(self.ok, button(self.tr("Annulla"), self.reject, role="secondary"),
                               self.unblock_button))
        self.puk_dialog: PukDialog | None = None

    def confirm(self) -> None:
        self.pin.clear_error()
        self.show_message("")
        try:
            session = cns.enter_pin(self.world, self.flow, self.pin.value())
        except cns.CardBlockedError as error:
            self.pin.set_value("")
            self.show_message(_service_text(error.message))
            self.unblock_button.show()
            self.unblock_button.setFocus()
            self.grow()
            return
        except ServiceError as error:
            if error.field == "pin":
                self.pin.set_error(_service_text(error.message))
                self.grow()
            else:
                self.show_message(_service_text(error.message))
            self.pin.input.setFocus()
            self.pin.input.selectAll()
            return
        self.logged_in.emit(session)
        self.accept()

    def open_unblock(self) -> None:
        self.puk_dialog = PukDialog(self, self.world, self.zoom, self.large,
                                    token=self.flow.device == cns.DEVICE_TOKEN)
        self.puk_dialog.unblocked.connect(self._unblocked)
        self.puk_dialog.open()

    def _unblocked(self, text: str) -> None:
        self.unblock_button.hide()
        self.show_message(text + " " + self.tr("Scrivilo qui e premi «OK»."), "success")
        self.pin.input.setFocus()


class PukDialog(_Dialog):
    """The card software's "Sblocca con il PUK": PUK, new PIN, confirmation."""

    unblocked = Signal(str)

    def __init__(self, parent, world, zoom: int = 100, large: bool = False, token: bool = False):
        title = self.tr("Sblocco del token con il PUK") if token else self.tr("Sblocco della carta con il PUK")
        super().__init__(parent, title, zoom, large)
        self.world = world
        self.lay.addWidget(heading(title, 2))
        if token:
            text = self.tr("Il PUK è il codice di sblocco di 8 cifre che trovi nella busta ricevuta con il token. "
                           "Scrivilo e scegli un nuovo PIN (da 5 a 8 cifre): il vecchio PIN non vale più.")
        else:
            text = self.tr("Il PUK è il codice di sblocco di 8 cifre che trovi nella busta ricevuta con la tessera. "
                           "Scrivilo e scegli un nuovo PIN (da 5 a 8 cifre): il vecchio PIN non vale più.")
        self.lay.addWidget(label(text))
        self.lay.addLayout(self.messages)
        self.puk = Field(self.tr("PUK"), "puk", password=True, max_length=64)
        self.new_pin = Field(self.tr("Nuovo PIN"), "new_pin", password=True, max_length=64)
        self.confirm_pin = Field(self.tr("Conferma nuovo PIN"), "confirm_pin", password=True, max_length=64)
        for field in (self.puk, self.new_pin, self.confirm_pin):
            self.lay.addWidget(field)
        self.confirm_pin.input.returnPressed.connect(self.confirm)
        self.lay.addWidget(row(button(self.tr("Sblocca"), self.confirm),
                               button(self.tr("Annulla"), self.reject, role="secondary")))

    def confirm(self) -> None:
        fields = {"puk": self.puk, "new_pin": self.new_pin, "confirm_pin": self.confirm_pin}
        for field in fields.values():
            field.clear_error()
        self.show_message("")
        try:
            text = cns.unblock_card(self.world, self.puk.value(), self.new_pin.value(), self.confirm_pin.value())
        except ServiceError as error:
            errors = getattr(error, "errors", None) or {error.field: error.message}
            general = []
            for name, message in errors.items():
                if name in fields:
                    fields[name].set_error(_service_text(message))
                else:
                    general.append(_service_text(message))
            if general:
                self.show_message("\n".join(general))
            self.grow()
            return
        self.unblocked.emit(_service_text(text))
        self.accept()


class CnsLoginTab(QWidget):
    """Content of the CNS tab. `page` is the LoginPage."""

    def __init__(self, page):
        super().__init__()
        self.page = page
        self.flow: cns.CnsFlow | None = None
        self.cert_dialog: CertificateDialog | None = None
        self.pin_dialog: PinDialog | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, T.S5, 0, T.S5)
        lay.setSpacing(T.S3)
        lay.addWidget(heading(self.tr("Autenticazione con CNS"), 2))
        lay.addWidget(label(self.tr(
            "Puoi entrare con la Tessera Sanitaria - Carta Nazionale dei Servizi (TS-CNS) in un lettore di smart "
            "card, oppure con la firma digitale su un token USB, che contiene anche il certificato CNS.")))
        lay.addWidget(label(_service_text(session_rules.SPID_CNS_DISPOSITIVO_TEXT), "lead"))
        lay.addWidget(label(self.tr("Con la tessera sanitaria, prima di premere «Accedi» controlla di avere:"),
                            "fieldlabel"))
        for number, text in enumerate((
            self.tr("un lettore di smart card collegato al computer;"),
            self.tr("i driver del lettore e il software della carta installati (si scaricano dal sito della tua "
                    "Regione o del produttore del lettore);"),
            self.tr("la carta attivata (allo sportello della ASL o del Comune) e inserita nel lettore, con il chip "
                    "dorato verso l'alto;"),
            self.tr("il PIN della carta, che trovi nella busta ricevuta all'attivazione."),
        ), start=1):
            lay.addWidget(label(f"{number}. {text}"))
        lay.addWidget(label(self.tr("Con la firma digitale su token USB il lettore non serve:"), "fieldlabel"))
        lay.addWidget(label(self.tr(
            "inserisci il token in una porta USB del computer, premi «Accedi» e scrivi il PIN del token (è nella "
            "busta ricevuta con la firma digitale). Una guida del 2018 lo dice così: «se siete in possesso della "
            "firma digitale, token usb di Aruba, vi basterà inserire il token».")))
        self.status = label("", "muted")
        lay.addWidget(self.status)
        self.messages = QVBoxLayout()
        lay.addLayout(self.messages)
        self.accedi = button(self.tr("Accedi"), self.start)
        wallet = button(self.tr("Apri il Portafoglio"), self.open_wallet, role="link")
        lay.addWidget(row(self.accedi, wallet))
        lay.addWidget(label(self.tr(
            "SIMULAZIONE: lettore, tessera e token USB sono nel Portafoglio (pannello «Portafoglio»): da lì "
            "colleghi il lettore e inserisci la tessera, oppure inserisci il token nel computer."), "muted"))
        self.refresh_status()
        bridge = getattr(page.ctx.window, "bridge", None)
        if bridge is not None:
            bridge.world_changed.connect(self.refresh_status)

    def refresh_status(self) -> None:
        try:
            state = cns.reader_state(self.page.world)
        except Exception:  # noqa: BLE001 - the world may be closing while the window goes away
            return
        reader = self.tr("lettore collegato") if state.connected else self.tr("nessun lettore collegato")
        if state.card is not None:
            card = self.tr("nel lettore la tessera di %1").replace("%1", state.card.holder)
        else:
            card = self.tr("nessuna carta nel lettore")
        if state.token is not None:
            token = self.tr("in una porta USB il token di firma digitale di %1").replace("%1", state.token.holder)
        else:
            token = self.tr("nessun token USB inserito")
        self.status.setText(self.tr("Sul tuo computer: %1, %2, %3.").replace("%1", reader).replace("%2", card)
                            .replace("%3", token))
        self.status.setAccessibleName(self.status.text())

    def show_message(self, text: str, kind: str = "error") -> None:
        clear_layout(self.messages)
        if text:
            self.messages.addWidget(alert(text, kind))

    def open_wallet(self) -> None:
        window = self.page.ctx.window
        if window is not None and hasattr(window, "show_dock"):
            window.show_dock("WalletDock")

    def _dialog_args(self):
        return dict(zoom=self.page.ctx.zoom, large=self.page.ctx.large_text)

    def start(self) -> None:
        self.show_message("")
        try:
            self.flow = cns.start_login(self.page.world)
        except ServiceError as error:
            self.show_message(self.page.service_text(error.message))
            return
        self.cert_dialog = CertificateDialog(self.page.ctx.window, self.page.world, self.flow, **self._dialog_args())
        self.cert_dialog.chosen.connect(self._certificate_chosen)
        self.cert_dialog.rejected.connect(lambda: self.show_message(self.tr(
            "Hai annullato la scelta del certificato: l'accesso non è avvenuto. Premi «Accedi» per riprovare."),
            "info"))
        self.cert_dialog.open()

    def _certificate_chosen(self, cert) -> None:
        self.pin_dialog = PinDialog(self.page.ctx.window, self.page.world, self.flow, cert.subject,
                                    **self._dialog_args())
        self.pin_dialog.logged_in.connect(self.page.login_succeeded)
        self.pin_dialog.rejected.connect(lambda: self.show_message(self.tr(
            "Hai annullato l'inserimento del PIN: l'accesso non è avvenuto. Premi «Accedi» per riprovare."),
            "info"))
        self.pin_dialog.open()

    def focus_first(self) -> None:
        self.accedi.setFocus()


register_login_tab("CNS", lambda page: CnsLoginTab(page))
