"""Portafoglio: the wallet of the person shown ("Io sono") and the smart-card
reader on the desk. The Tessera Sanitaria-CNS card (insert it in the reader,
take it out, the PIN/PUK envelope, "Sblocca con il PUK") and the SPID
credentials letter (provider, nome utente, password on request).

Methods for tests and journeys:
    wallet = window.dock_panels["WalletDock"]
    wallet.connect_reader() / wallet.disconnect_reader()
    wallet.insert_card() / wallet.remove_card()      # the shown person's card
    wallet.reader_text()                              # what the reader line says
    wallet.envelope()                                 # {"pin": ..., "puk": ...} of the shown card
    wallet.spid_credentials()                         # [{"provider_name", "username", "password", ...}]
    wallet.open_unblock()                             # opens "Sblocca con il PUK", returns the dialog
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from app.services import auth, cns, spid
from app.services.errors import ServiceError

from .. import theme
from .. import tokens as T
from ..widgets.common import button, clear_layout, hline, label, row
from . import dock
from ._common import WorldPanel, service_text


class CardPicture(QWidget):
    """Our own drawing of a health-insurance smart card (front): chip, titles, holder."""

    def __init__(self, view: cns.CardView, title: str, subtitle: str):
        super().__init__()
        self.view = view
        self.title = title
        self.subtitle = subtitle
        self.setMinimumSize(300, 180)
        self.setMaximumWidth(420)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(f"{title}: {view.holder}, {view.codice_fiscale}, "
                               f"{view.expires.strftime('%d/%m/%Y')}")

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return round(width / 1.586)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = min(self.width(), self.maximumWidth()) - 2
        h = min(self.height() - 2, round(w / 1.586))
        card = QPainterPath()
        card.addRoundedRect(QRectF(1, 1, w, h), 14, 14)
        p.fillPath(card, QColor(T.BG_LIGHT))
        p.setPen(QPen(QColor(T.PRIMARY), 2))
        p.drawPath(card)
        band = QPainterPath()
        band.addRoundedRect(QRectF(1, 1, w, h * 0.24), 14, 14)
        p.fillPath(band, QColor(T.PRIMARY))
        p.fillRect(QRectF(1, h * 0.14, w, h * 0.1), QColor(T.PRIMARY))
        font = QFont(T.FONT_FALLBACK)
        font.setPixelSize(max(10, round(h * 0.075)))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(T.WHITE))
        p.drawText(QRectF(14, 4, w - 28, h * 0.12), Qt.AlignmentFlag.AlignVCenter, self.title)
        font.setBold(False)
        font.setPixelSize(max(9, round(h * 0.06)))
        p.setFont(font)
        p.drawText(QRectF(14, h * 0.12, w - 28, h * 0.11), Qt.AlignmentFlag.AlignVCenter, self.subtitle)
        # the chip
        chip = QRectF(18, h * 0.34, w * 0.16, h * 0.22)
        p.setPen(QPen(QColor(T.DARK_SLATE), 1))
        p.setBrush(QColor(T.SIM_MARKER_BG))
        p.drawRoundedRect(chip, 5, 5)
        p.drawLine(chip.left(), chip.center().y(), chip.right(), chip.center().y())
        p.drawLine(chip.center().x(), chip.top(), chip.center().x(), chip.bottom())
        # the holder
        p.setPen(QColor(T.TEXT))
        font.setPixelSize(max(10, round(h * 0.08)))
        font.setBold(True)
        p.setFont(font)
        left = 18 + w * 0.16 + 16
        p.drawText(QRectF(left, h * 0.32, w - left - 10, h * 0.13), Qt.AlignmentFlag.AlignVCenter,
                   self.view.holder.upper())
        font.setBold(False)
        font.setPixelSize(max(9, round(h * 0.07)))
        p.setFont(font)
        p.drawText(QRectF(left, h * 0.45, w - left - 10, h * 0.12), Qt.AlignmentFlag.AlignVCenter,
                   self.view.codice_fiscale)
        p.setPen(QColor(T.TEXT_SECONDARY))
        p.drawText(QRectF(18, h * 0.66, w - 36, h * 0.12), Qt.AlignmentFlag.AlignVCenter,
                   f"N. {self.view.card_number}")
        p.drawText(QRectF(18, h * 0.8, w - 36, h * 0.12), Qt.AlignmentFlag.AlignVCenter,
                   f"Scadenza {self.view.expires.strftime('%d/%m/%Y')}")
        p.end()


@dock("WalletDock", "Portafoglio", area="world", order=40)
class WalletDock(WorldPanel):
    def setup(self) -> None:
        self.content = self.make_scroll()
        self._revealed: set[str] = set()  # "card:<id>", "spid:<username>"
        self.messages = QVBoxLayout()
        self.puk_dialog = None
        self.cards: list[cns.CardView] = []
        self.identities: list[dict] = []

    # -- refresh ---------------------------------------------------------------------------
    def refresh(self) -> None:
        pid = self.person_id
        state = cns.reader_state(self.world)
        self.cards = cns.wallet_cards(self.world, pid) if pid is not None else []
        self.identities = spid.identities_of(self.world, pid) if pid is not None else []
        self._message = getattr(self, "_message", ("", ""))
        clear_layout(self.content)
        card_info = auth.person_card(pid) if pid is not None else {}
        name = card_info.get("name", "")
        self.content.addWidget(label(self.t("Il portafoglio di %1").replace("%1", name) if name
                                     else self.t("Portafoglio"), "h3"))
        if pid is None:
            self.content.addWidget(label(self.t("Scelga una persona in «Io sono».")))
            return
        text, kind = self._message
        if text:
            self.content.addWidget(label(text, kind))
        self._reader_section(state)
        self.content.addWidget(hline())
        self._card_section(state)
        self.content.addWidget(hline())
        self._spid_section()

    def _reader_section(self, state: cns.ReaderState) -> None:
        self.content.addWidget(label(self.t("Lettore di smart card"), "fieldlabel"))
        self.reader_label = label(self._reader_line(state))
        self.content.addWidget(self.reader_label)
        if state.connected:
            self.content.addWidget(row(button(self.t("Scollega il lettore"), self.disconnect_reader, role="secondary")))
        else:
            self.content.addWidget(row(button(self.t("Collega il lettore"), self.connect_reader)))

    def _reader_line(self, state: cns.ReaderState) -> str:
        reader = self.t("Il lettore è collegato al computer e i driver sono installati.") if state.connected \
            else self.t("Il lettore non è collegato al computer.")
        if state.card is None:
            card = self.t("Nel lettore non c'è nessuna carta.")
        else:
            card = self.t("Nel lettore c'è la tessera di %1.").replace("%1", state.card.holder)
        return f"{reader} {card}"

    def _card_section(self, state: cns.ReaderState) -> None:
        self.content.addWidget(label(self.t("Tessera Sanitaria - Carta Nazionale dei Servizi"), "fieldlabel"))
        if not self.cards:
            self.content.addWidget(label(self.t(
                "Questa persona non ha una Tessera Sanitaria attivata come CNS: per entrare usi il PIN o SPID.")))
            return
        for view in self.cards:
            self.content.addWidget(CardPicture(view, self.t("TESSERA SANITARIA"),
                                               self.t("Carta Nazionale dei Servizi")))
            if view.unusable:
                status, role = self.t("Carta bloccata in modo definitivo: serve una tessera nuova."), "error"
            elif view.blocked:
                status, role = self.t("Carta bloccata: PIN sbagliato 3 volte. Si sblocca con il PUK."), "error"
            elif view.inserted:
                status, role = self.t("La carta è nel lettore."), "success"
            else:
                status, role = self.t("La carta è nel portafoglio."), ""
            self.content.addWidget(label(status, role))
            buttons = []
            if view.inserted:
                buttons.append(button(self.t("Togli dal lettore"), self.remove_card, role="secondary"))
            else:
                buttons.append(button(self.t("Inserisci nel lettore"),
                                      lambda _=False, cid=view.id: self.insert_card(cid)))
            self.content.addWidget(row(*buttons))
            key = f"card:{view.id}"
            if key in self._revealed:
                self.content.addWidget(label(self.t(
                    "Busta della carta: PIN %1 · PUK %2 (se hai già scelto un nuovo PIN, vale quello nuovo).")
                    .replace("%1", view.pin or "-").replace("%2", view.puk or "-"), selectable=True))
                self.content.addWidget(row(button(self.t("Nascondi PIN e PUK"),
                                                  lambda _=False, k=key: self._toggle(k), role="secondary")))
            else:
                self.content.addWidget(row(button(self.t("Mostra PIN e PUK"),
                                                  lambda _=False, k=key: self._toggle(k), role="secondary")))
            self.content.addWidget(row(button(self.t("Sblocca con il PUK"), self.open_unblock, role="secondary")))
            if state.card is not None and state.card.id != view.id:
                self.content.addWidget(label(self.t(
                    "Nel lettore c'è la tessera di un'altra persona: toglila prima di inserire questa."), "muted"))

    def _spid_section(self) -> None:
        self.content.addWidget(label(self.t("Identità SPID"), "fieldlabel"))
        if not self.identities:
            self.content.addWidget(label(self.t("Questa persona non ha un'identità SPID.")))
            return
        for item in self.identities:
            state = self.t(spid.STATE_LABELS.get(item["state"], item["state"]))
            second = (self.t("notifica nell'app %1 oppure SMS").replace("%1", item["app_name"])
                      if item["otp_method"] == "app" else self.t("codice via SMS al cellulare"))
            lines = [
                self.t("Gestore: %1 (livello %2)").replace("%1", item["provider_name"]).replace("%2", str(item["level"])),
                self.t("Nome utente: %1").replace("%1", item["username"]),
                self.t("Stato: %1").replace("%1", state),
                self.t("Secondo passaggio: %1").replace("%1", second),
            ]
            for line in lines:
                self.content.addWidget(label(line, selectable=True))
            key = f"spid:{item['username']}"
            if key in self._revealed:
                self.content.addWidget(label(self.t("Password: %1 (se l'hai cambiata, vale quella nuova).")
                                             .replace("%1", item["password"] or "-"), selectable=True))
                self.content.addWidget(row(button(self.t("Nascondi password"),
                                                  lambda _=False, k=key: self._toggle(k), role="secondary")))
            else:
                self.content.addWidget(row(button(self.t("Mostra password"),
                                                  lambda _=False, k=key: self._toggle(k), role="secondary")))

    # -- actions -----------------------------------------------------------------------------
    def _toggle(self, key: str) -> None:
        self._revealed.symmetric_difference_update({key})
        self.refresh()

    def _run(self, action, *args) -> bool:
        try:
            action(self.world, *args)
        except ServiceError as error:
            self._message = (service_text(error.message), "error")
            self.refresh()
            return False
        self._message = ("", "")
        self.refresh()
        return True

    def connect_reader(self) -> bool:
        return self._run(cns.connect_reader)

    def disconnect_reader(self) -> bool:
        return self._run(cns.disconnect_reader)

    def insert_card(self, card_id: int | None = None) -> bool:
        if card_id is None:
            if not self.cards:
                return False
            card_id = self.cards[0].id
        return self._run(cns.insert_card, card_id)

    def remove_card(self) -> bool:
        return self._run(cns.remove_card)

    def open_unblock(self):
        from ..pages.cns_login import PukDialog

        self.puk_dialog = PukDialog(self.window, self.world, theme.zoom(), bool(getattr(self.window, "large_text", False)))
        self.puk_dialog.unblocked.connect(self._unblocked)
        self.puk_dialog.open()
        return self.puk_dialog

    def _unblocked(self, text: str) -> None:
        self._message = (text, "success")
        self.refresh()

    # -- for tests ---------------------------------------------------------------------------
    def reader_text(self) -> str:
        return self._reader_line(cns.reader_state(self.world))

    def envelope(self) -> dict:
        view = self.cards[0] if self.cards else None
        return {"pin": view.pin, "puk": view.puk} if view else {}

    def spid_credentials(self) -> list[dict]:
        return list(self.identities)
