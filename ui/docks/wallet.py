"""Portafoglio: the wallet of the person shown ("Io sono") and the smart-card
reader on the desk. The Tessera Sanitaria-CNS card (insert it in the reader,
take it out, the PIN/PUK envelope, "Sblocca con il PUK"), the CNS on a
digital-signature USB token (seed 002: «Inserisci il token nel computer», no
reader; its own envelope and "Sblocca con il PUK" while it is in the computer)
and the SPID credentials letter (provider, nome utente, password on request).
An action's refusal is shown in the part of the control that was pressed.

Methods for tests and journeys:
    wallet = window.dock_panels["WalletDock"]
    wallet.connect_reader() / wallet.disconnect_reader()
    wallet.insert_card() / wallet.remove_card()      # the shown person's card
    wallet.reader_text()                              # what the reader line says
    wallet.envelope()                                 # {"pin": ..., "puk": ...} of the shown card
    wallet.spid_credentials()                         # [{"provider_name", "username", "password", ...}]
    wallet.open_unblock()                             # opens "Sblocca con il PUK", returns the dialog
    wallet.insert_token() / wallet.remove_token()    # the shown person's USB token, in/out of the computer
    wallet.token_text()                               # "Il token è nel computer." / "... nel portafoglio."
    wallet.token_envelope()                           # {"pin": ..., "puk": ...} of the shown token
    wallet.open_unblock(token=True)                   # "Sblocca con il PUK" of the token
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
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


class TokenPicture(QWidget):
    """Our own drawing of a digital-signature USB token: a small key with its USB plug."""

    def __init__(self, view: cns.CardView, title: str):
        super().__init__()
        self.view = view
        self.title = title
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(f"{title}: {view.holder}, N. {view.card_number}")
        self._fit()

    def _fit(self) -> None:
        """As big as the program's zoom (its writing grows with the rest of the panel)."""
        s = max(1.0, theme.factor())
        self.setMinimumSize(round(200 * s), round(96 * s))
        self.setMaximumSize(round(360 * s), round(96 * s))

    def showEvent(self, event) -> None:  # noqa: N802
        self._fit()
        super().showEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = min(self.width(), self.maximumWidth()) - 2
        h = self.height() - 2
        plug_w = w * 0.16
        # the metal USB plug on the left, with its two little windows
        plug = QRectF(1, h * 0.3, plug_w, h * 0.4)
        p.setPen(QPen(QColor(T.DARK_SLATE), 1))
        p.setBrush(QColor(T.BG_LIGHT_2))
        p.drawRect(plug)
        p.setBrush(QColor(T.DARK_SLATE))
        for top in (0.38, 0.54):
            p.drawRect(QRectF(plug_w * 0.35, h * top, plug_w * 0.3, h * 0.08))
        # the body
        body = QPainterPath()
        body.addRoundedRect(QRectF(plug_w, 1, w - plug_w, h), 18, 18)
        p.fillPath(body, QColor(T.PRIMARY))
        p.setPen(QColor(T.WHITE))
        left = plug_w + 18
        room = w - left - 12
        lines = ((self.title, True, 0.17, 0.12, 0.3), (self.view.holder.upper(), False, 0.14, 0.42, 0.24),
                 (f"N. {self.view.card_number}", False, 0.14, 0.66, 0.24))
        for text, bold, size, top, height in lines:
            font = QFont(T.FONT_FALLBACK)
            font.setBold(bold)
            pixels = max(9, round(h * size))
            font.setPixelSize(pixels)
            while pixels > 9 and QFontMetrics(font).horizontalAdvance(text) > room:  # never cut the writing
                pixels -= 1
                font.setPixelSize(pixels)
            p.setFont(font)
            p.drawText(QRectF(left, h * top, room, h * height), Qt.AlignmentFlag.AlignVCenter, text)
        p.end()


@dock("WalletDock", "Portafoglio", area="world", order=40)
class WalletDock(WorldPanel):
    def setup(self) -> None:
        self.content = self.make_scroll()
        self._revealed: set[str] = set()  # "card:<id>", "token:<id>", "spid:<username>"
        self.messages = QVBoxLayout()
        self.puk_dialog = None
        self.cards: list[cns.CardView] = []
        self.tokens: list[cns.CardView] = []
        self.identities: list[dict] = []
        # The last outcome of an action: (text, role, where) — where is the part it belongs to
        # ("reader", "card:<id>", "token:<id>"), shown next to that part's buttons.
        self._message = ("", "", "")

    # -- refresh ---------------------------------------------------------------------------
    def refresh(self) -> None:
        pid = self.person_id
        state = cns.reader_state(self.world)
        self.cards = cns.wallet_cards(self.world, pid) if pid is not None else []
        self.tokens = cns.wallet_tokens(self.world, pid) if pid is not None else []
        self.identities = spid.identities_of(self.world, pid) if pid is not None else []
        clear_layout(self.content)
        card_info = auth.person_card(pid) if pid is not None else {}
        name = card_info.get("name", "")
        self.content.addWidget(label(self.t("Il portafoglio di %1").replace("%1", name) if name
                                     else self.t("Portafoglio"), "h3"))
        if pid is None:
            self.content.addWidget(label(self.t("Scelga una persona in «Io sono».")))
            return
        text, role, place = self._message
        parts = {"reader"} | {f"card:{v.id}" for v in self.cards} | {f"token:{v.id}" for v in self.tokens}
        if place not in parts:  # the part it belonged to is not shown (any more): at the top
            self._message = (text, role, "")
        self._outcome(self.content, "")
        if self.tokens and not self.cards:  # the token first: it is what this person uses
            self._token_section(state)
            self.content.addWidget(hline())
        self._reader_section(state)
        self.content.addWidget(hline())
        self._card_section(state)
        if self.tokens and self.cards:
            self.content.addWidget(hline())
            self._token_section(state)
        self.content.addWidget(hline())
        self._spid_section()

    def _outcome(self, layout, where: str) -> None:
        """The last action's message, if it belongs to this part."""
        text, role, place = self._message
        if text and place == where:
            layout.addWidget(label(text, role))

    def _part(self, name: str) -> QVBoxLayout:
        """A part of the wallet, named for screen readers (its buttons repeat other parts' names)."""
        holder = QWidget()
        holder.setAccessibleName(name)
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(T.S3)
        self.content.addWidget(holder)
        return lay

    def _reader_section(self, state: cns.ReaderState) -> None:
        self.content.addWidget(label(self.t("Lettore di smart card"), "fieldlabel"))
        self.reader_label = label(self._reader_line(state))
        self.content.addWidget(self.reader_label)
        if state.connected:
            self.content.addWidget(row(button(self.t("Scollega il lettore"), self.disconnect_reader, role="secondary")))
        else:
            self.content.addWidget(row(button(self.t("Collega il lettore"), self.connect_reader)))
        self._outcome(self.content, "reader")

    def _reader_line(self, state: cns.ReaderState) -> str:
        reader = self.t("Il lettore è collegato al computer e i driver sono installati.") if state.connected \
            else self.t("Il lettore non è collegato al computer.")
        if state.card is None:
            card = self.t("Nel lettore non c'è nessuna carta.")
        else:
            card = self.t("Nel lettore c'è la tessera di %1.").replace("%1", state.card.holder)
        return f"{reader} {card}"

    def _card_section(self, state: cns.ReaderState) -> None:
        title = self.t("Tessera Sanitaria - Carta Nazionale dei Servizi")
        if not self.cards:
            self.content.addWidget(label(title, "fieldlabel"))
            self.content.addWidget(label(self.t(
                "Questa persona non ha una Tessera Sanitaria attivata come CNS: per entrare usi il PIN o SPID.")
                if not self.tokens else self.t(
                "Questa persona non ha una Tessera Sanitaria attivata come CNS: per entrare con la CNS usi il "
                "token USB qui sopra, oppure il PIN o SPID.")))
            return
        for view in self.cards:
            lay = self._part(title)
            lay.addWidget(label(title, "fieldlabel"))
            lay.addWidget(CardPicture(view, self.t("TESSERA SANITARIA"), self.t("Carta Nazionale dei Servizi")))
            lay.addWidget(label(self._status(view, self.t("La carta è nel lettore."),
                                             self.t("La carta è nel portafoglio.")), self._status_role(view)))
            if view.inserted:
                lay.addWidget(row(button(self.t("Togli dal lettore"), self.remove_card, role="secondary")))
            else:
                lay.addWidget(row(button(self.t("Inserisci nel lettore"),
                                         lambda _=False, cid=view.id: self.insert_card(cid))))
            # «Sblocca con il PUK» works on the device the computer reads: the token first.
            other = self.t("Nel computer c'è un token USB: toglilo prima di sbloccare la tessera.") \
                if state.token is not None else ""
            self._envelope_and_unblock(lay, view, f"card:{view.id}", token=False, why_not=other)
            if state.card is not None and state.card.id != view.id:
                lay.addWidget(label(self.t(
                    "Nel lettore c'è la tessera di un'altra persona: toglila prima di inserire questa."), "muted"))

    def _token_section(self, state: cns.ReaderState) -> None:
        title = self.t("Token USB di firma digitale")
        for view in self.tokens:
            inside = state.token is not None and state.token.id == view.id
            lay = self._part(title)
            lay.addWidget(label(title, "fieldlabel"))
            lay.addWidget(TokenPicture(view, self.t("FIRMA DIGITALE - CNS")))
            lay.addWidget(label(self.t("Titolare: %1").replace("%1", view.holder), selectable=True))
            lay.addWidget(label(self.t("Numero: %1 · scadenza del certificato %2")
                                .replace("%1", view.card_number)
                                .replace("%2", view.expires.strftime("%d/%m/%Y")), selectable=True))
            lay.addWidget(label(self.t("Il lettore di smart card non serve: il token va "
                                       "direttamente in una porta USB del computer."), "muted"))
            lay.addWidget(label(self._status(view, self.t("Il token è nel computer."),
                                             self.t("Il token è nel portafoglio."), inserted=inside),
                                self._status_role(view, inserted=inside)))
            if inside:
                lay.addWidget(row(button(self.t("Togli il token dal computer"), self.remove_token, role="secondary")))
            else:
                lay.addWidget(row(button(self.t("Inserisci il token nel computer"),
                                         lambda _=False, tid=view.id: self.insert_token(tid))))
            why_not = "" if inside else self.t("Per sbloccarlo con il PUK, prima inserisci il token nel computer.")
            self._envelope_and_unblock(lay, view, f"token:{view.id}", token=True, why_not=why_not)
            if state.token is not None and not inside:
                lay.addWidget(label(self.t(
                    "Nel computer c'è il token di un'altra persona: toglilo prima di inserire questo."), "muted"))

    def _status(self, view: cns.CardView, inside: str, outside: str, inserted: bool | None = None) -> str:
        token = view.device == cns.DEVICE_TOKEN
        if view.unusable:
            return self.t("Token bloccato in modo definitivo: serve un nuovo dispositivo di firma digitale.") if token \
                else self.t("Carta bloccata in modo definitivo: serve una tessera nuova.")
        if view.blocked:
            return self.t("Token bloccato: PIN sbagliato 3 volte. Si sblocca con il PUK.") if token \
                else self.t("Carta bloccata: PIN sbagliato 3 volte. Si sblocca con il PUK.")
        return inside if (view.inserted if inserted is None else inserted) else outside

    @staticmethod
    def _status_role(view: cns.CardView, inserted: bool | None = None) -> str:
        if view.unusable or view.blocked:
            return "error"
        return "success" if (view.inserted if inserted is None else inserted) else ""

    def _envelope_and_unblock(self, lay, view: cns.CardView, key: str, *, token: bool, why_not: str) -> None:
        """«Mostra PIN e PUK» (the envelope) and «Sblocca con il PUK», for a card or a token."""
        if key in self._revealed:
            text = self.t("Busta del token: PIN %1 · PUK %2 (se hai già scelto un nuovo PIN, vale quello nuovo).") \
                if token else \
                self.t("Busta della carta: PIN %1 · PUK %2 (se hai già scelto un nuovo PIN, vale quello nuovo).")
            lay.addWidget(label(text.replace("%1", view.pin or "-").replace("%2", view.puk or "-"), selectable=True))
            lay.addWidget(row(button(self.t("Nascondi PIN e PUK"),
                                     lambda _=False, k=key: self._toggle(k), role="secondary")))
        else:
            lay.addWidget(row(button(self.t("Mostra PIN e PUK"),
                                     lambda _=False, k=key: self._toggle(k), role="secondary")))
        unblock = button(self.t("Sblocca con il PUK"), lambda _=False, k=key, t=token: self._open_unblock(k, t),
                         role="secondary")
        unblock.setEnabled(not why_not)
        lay.addWidget(row(unblock))
        if why_not:
            lay.addWidget(label(why_not, "muted"))
        self._outcome(lay, key)

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

    def _run(self, where: str, action, *args) -> bool:
        try:
            action(self.world, *args)
        except ServiceError as error:
            self._message = (service_text(error.message), "error", where)
            self.refresh()
            return False
        self._message = ("", "", "")
        self.refresh()
        return True

    def connect_reader(self) -> bool:
        return self._run("reader", cns.connect_reader)

    def disconnect_reader(self) -> bool:
        return self._run("reader", cns.disconnect_reader)

    def insert_card(self, card_id: int | None = None) -> bool:
        if card_id is None:
            if not self.cards:
                return False
            card_id = self.cards[0].id
        return self._run(f"card:{card_id}", cns.insert_card, card_id)

    def remove_card(self) -> bool:
        state = cns.reader_state(self.world)
        return self._run(f"card:{state.card.id}" if state.card else "reader", cns.remove_card)

    def insert_token(self, token_id: int | None = None) -> bool:
        if token_id is None:
            if not self.tokens:
                return False
            token_id = self.tokens[0].id
        return self._run(f"token:{token_id}", cns.insert_token, token_id)

    def remove_token(self) -> bool:
        state = cns.reader_state(self.world)
        return self._run(f"token:{state.token.id}" if state.token else "", cns.remove_token)

    def open_unblock(self, token: bool = False):
        """«Sblocca con il PUK» of the shown card (or, with `token`, of the shown token)."""
        views = self.tokens if token else self.cards
        key = f"{'token' if token else 'card'}:{views[0].id}" if views else ""
        return self._open_unblock(key, token)

    def _open_unblock(self, key: str, token: bool):
        from ..pages.cns_login import PukDialog

        self.puk_dialog = PukDialog(self.window, self.world, theme.zoom(),
                                    bool(getattr(self.window, "large_text", False)), token=token)
        self.puk_dialog.unblocked.connect(lambda text, k=key: self._unblocked(text, k))
        self.puk_dialog.open()
        return self.puk_dialog

    def _unblocked(self, text: str, key: str = "") -> None:
        self._message = (text, "success", key)
        self.refresh()

    # -- for tests ---------------------------------------------------------------------------
    def reader_text(self) -> str:
        return self._reader_line(cns.reader_state(self.world))

    def envelope(self) -> dict:
        view = self.cards[0] if self.cards else None
        return {"pin": view.pin, "puk": view.puk} if view else {}

    def token_text(self) -> str:
        """What the shown person's token part says of where the token is ("" without a token)."""
        if not self.tokens:
            return ""
        state = cns.reader_state(self.world)
        view = self.tokens[0]
        inside = state.token is not None and state.token.id == view.id
        return self._status(view, self.t("Il token è nel computer."), self.t("Il token è nel portafoglio."),
                            inserted=inside)

    def token_envelope(self) -> dict:
        view = self.tokens[0] if self.tokens else None
        return {"pin": view.pin, "puk": view.puk} if view else {}

    def spid_credentials(self) -> list[dict]:
        return list(self.identities)
