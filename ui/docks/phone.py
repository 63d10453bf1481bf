"""Telefono: the mobile phone of the person shown ("Io sono"): SMS (e.g. from
InpsInforma), notifications of the apps (e.g. the SPID provider's app asking to
approve a login) and phone calls (e.g. the Contact Center checking an address).

Methods for tests and journeys (index 0 = the newest message):
    phone = window.dock_panels["PhoneDock"]
    phone.messages()          # list of MessageView shown, newest first
    phone.open_message(0)     # opens it in place of the list (marks it read); returns its text
    phone.back_to_list()      # "Torna ai messaggi"
    phone.last_text()         # text of the newest message ("" if none)
    phone.opened_text()       # text of the message open in the reading pane
    phone.press_action("Approva")   # presses a button of the open notification; returns what it shows

Notification actions
--------------------
An app notification may carry buttons in its Message.meta, e.g.
    messages.send(world, citizen, "app", sender="AquilaID Mobile", body=..., meta={
        "kind": "spid_app_request", "actions": ["Approva", "Rifiuta"], ...})
The phone shows one button per action while the meta has no "answer". Pressing one calls
the handler registered for the notification's key (meta "service", else meta "kind"):

    from ui.docks.phone import register_notification_action
    def answer(world, message_id: int, action: str) -> str:
        ...                         # call your app.services function
        return "Accesso approvato." # shown under the buttons (raise ServiceError to refuse)
    register_notification_action("spid_app_request", answer)

The last registration for a key wins. A handler for the SPID login approval
("spid_app_request", app.services.spid.answer_app_request) is registered here.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.services import auth, messages
from app.services.errors import ServiceError
from app.services.messages import MessageView

from ..widgets.common import button, clear_layout, label
from . import dock
from ._common import InboxPanel, add, service_text, short, when

NotificationHandler = Callable[[object, int, str], str]
_ACTIONS: dict[str, NotificationHandler] = {}

ANSWERS = {"approved": "Hai approvato questa richiesta.", "refused": "Hai rifiutato questa richiesta."}


def register_notification_action(service_key: str, handler: NotificationHandler) -> None:
    """Plug what happens when the learner presses a button of an app notification whose
    meta "service" (or "kind") is `service_key`. `handler(world, message_id, action)` returns
    the text the phone shows; it raises app.services.errors.ServiceError to refuse."""
    if not service_key:
        raise ValueError("a notification action needs a service key")
    _ACTIONS[service_key] = handler


def notification_handler(service_key: str) -> NotificationHandler | None:
    return _ACTIONS.get(service_key)


def _spid_app_answer(world, message_id: int, action: str) -> str:
    from app.services import spid

    return spid.answer_app_request(world, message_id, approve=(action == "Approva"))


register_notification_action("spid_app_request", _spid_app_answer)


def format_phone(number: str) -> str:
    digits = number.replace(" ", "")
    if len(digits) == 10 and digits.isdigit() and digits.startswith("3"):
        return f"{digits[:3]} {digits[3:]}"
    return number


@dock("PhoneDock", "Telefono", area="world", order=10)
class PhoneDock(InboxPanel):
    CHANNELS = messages.PHONE_CHANNELS

    def setup(self) -> None:
        self._pid: int | None = None
        self._seen: set[int] | None = None
        self._unread = 0
        self._views: list[MessageView] = []
        self._results: dict[int, tuple[str, str]] = {}  # message id -> (text, role) after an action
        self.action_buttons: dict = {}
        self.header = label("", "h3")
        self.number = label("", "muted")
        self.empty = label(self.t(
            "Nessun messaggio sul telefono. Qui arrivano gli SMS dell'INPS, le notifiche delle app "
            "e le telefonate."
        ))
        self.hint = label(self.t("Prema su un messaggio per leggerlo."), "muted")
        self.build_inbox(self.t("Messaggi del telefono"), [self.header, self.number, self.empty, self.hint])

    # -- refresh -------------------------------------------------------------------------
    def refresh(self) -> None:
        pid = self.person_id
        if pid != self._pid:
            self._pid, self._seen, self._results = pid, None, {}
            self.back_to_list(focus=False)
        views = messages.inbox(self.world, pid, self.CHANNELS)
        ids = {v.id for v in views}
        arrived = ids - self._seen if self._seen is not None else set()
        self.announce_arrival([v for v in views if v.id in arrived and not v.read])  # the phone buzzes
        self._seen = ids
        self._views = views
        self._unread = sum(1 for v in views if not v.read)
        card = auth.person_card(pid) if pid is not None else {}
        if card:
            self.header.setText(self.t("Il cellulare di %1").replace("%1", card["name"]))
            number = card.get("cellulare", "")
            self.number.setText(self.t("Numero: %1").replace("%1", format_phone(number)) if number else self.t(
                "Questa persona non ha comunicato un numero di cellulare."))
        else:
            self.header.setText(self.t("Telefono"))
            self.number.setText(self.t("Scelga una persona in «Io sono»."))
        for w in (self.header, self.number):
            w.setAccessibleName(w.text())
        self.list.show_views(views, self._describe)
        self.empty.setVisible(not views)
        self.set_list_visible(bool(views))
        self.hint.setVisible(bool(views))
        self.keep_open_message(views)

    def badge(self) -> int:
        return self._unread

    # -- showing -------------------------------------------------------------------------
    def _describe(self, v: MessageView) -> tuple[str, str]:
        stamp = v.delivered_at.strftime("%d/%m/%Y %H:%M")
        if v.channel == "call":
            first = self.t("Telefonata da %1").replace("%1", v.sender)
        elif v.channel == "app":
            first = self.t("Notifica: %1").replace("%1", v.sender)
        else:
            first = self.t("SMS da %1").replace("%1", v.sender)
        return f"{first} · {stamp}", short(v.subject or v.body, 90)

    def _title(self, v: MessageView) -> str:
        if v.channel == "call":
            return self.t("Telefonata da %1").replace("%1", v.sender)
        if v.channel == "app":
            return self.t("Notifica dell'app %1").replace("%1", v.sender)
        return self.t("SMS da %1").replace("%1", v.sender)

    def render_message(self, v: MessageView) -> None:
        meta = self.t("Ricevuto il %1").replace("%1", when(v.delivered_at))
        body = v.body
        if v.channel == "call":
            meta = self.t("Telefonata ricevuta il %1. Ecco cosa le hanno detto:").replace("%1", when(v.delivered_at))
        self._rendered = (v, repr(v.meta))
        self.pane.show_message(v.id, self._title(v), meta, v.subject, body)
        clear_layout(self.pane.extra)
        self.action_buttons = {}
        if v.channel == "app" and v.actions:
            handler = notification_handler(v.action_key)
            row = QWidget()
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            for action in v.actions:
                shown = self.t(action)
                b = button(shown, lambda _=False, a=action, mid=v.id: self._press(mid, a),
                           role="secondary" if action.lower().startswith("rifiut") else "")
                b.setEnabled(handler is not None)
                h.addWidget(b)
                self.action_buttons[action] = b
            h.addStretch(1)
            add(self.pane.extra, row)
            if handler is None:
                add(self.pane.extra, label(self.t("Questa notifica non si può usare nella simulazione."), "muted"))
        result = self._results.get(v.id)
        if result is None and v.meta.get("answer") in ANSWERS:
            result = (self.t(ANSWERS[v.meta["answer"]]), "success")
        if result is not None:
            text, role = result
            add(self.pane.extra, label(text, role))

    def _press(self, message_id: int, action: str) -> str:
        view = next((v for v in self._views if v.id == message_id), None)
        handler = notification_handler(view.action_key) if view is not None else None
        if handler is None:
            return ""
        try:
            text, role = service_text(handler(self.world, message_id, action)), "success"
        except ServiceError as exc:
            text, role = service_text(exc.message), "error"
        self._results[message_id] = (text, role)
        fresh = next((v for v in messages.inbox(self.world, self.person_id, self.CHANNELS) if v.id == message_id), view)
        self.render_message(fresh)
        return text

    # -- for tests and journeys --------------------------------------------------------------
    def messages(self) -> list[MessageView]:
        """The messages shown, newest first."""
        return list(self._views)

    def open_message(self, index: int) -> str:
        """Open the message at `index` (0 = newest) as a click would; returns its text."""
        self.show_message_page(self._views[index].id)
        return self.pane.text()

    def last_text(self) -> str:
        """The text of the newest message that reached the phone ("" if none)."""
        return self._views[0].body if self._views else ""

    def press_action(self, action: str) -> str:
        """Press a button (e.g. "Approva") of the notification open in the reading pane."""
        if self.pane.message_id is None:
            raise LookupError("no notification is open")
        return self._press(self.pane.message_id, action)
