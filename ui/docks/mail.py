"""Posta elettronica: the e-mail and PEC boxes of the person shown ("Io sono"), as two
folders, "Posta in arrivo" and "PEC", each a list with a reading pane. An attachment
(a PDF document) opens in the built-in viewer.

Methods for tests and journeys (index 0 = the newest message of the folder shown):
    mail = window.dock_panels["MailDock"]
    mail.show_folder("pec")          # "email" (Posta in arrivo) or "pec"
    mail.messages()                  # MessageView list of the folder shown, newest first
    mail.open_message(0)             # opens it in place of the list (marks it read); returns its text
    mail.back_to_list()              # "Torna ai messaggi"
    mail.last_text()                 # text of the newest message of the folder ("" if none)
    mail.open_attachment()           # the open message's PDF in the viewer -> PdfViewer
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QWidget

from app.services import auth, messages
from app.services.messages import MessageView

from ..widgets.common import button, clear_layout, label
from . import dock
from ._common import InboxPanel, add, sender_name, short, when

FOLDERS = (("email", QT_TRANSLATE_NOOP("Docks", "Posta in arrivo")), ("pec", QT_TRANSLATE_NOOP("Docks", "PEC")))


@dock("MailDock", "Posta elettronica", area="world", order=11)
class MailDock(InboxPanel):
    def setup(self) -> None:
        self._pid: int | None = None
        self._seen: set[int] | None = None
        self._folder = "email"
        self._views: dict[str, list[MessageView]] = {"email": [], "pec": []}
        self._unread: dict[str, int] = {"email": 0, "pec": 0}
        self._card: dict = {}
        self.header = label("", "h3")
        bar = QWidget()
        h = QHBoxLayout(bar)
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(0)
        self.folder_group = QButtonGroup(self)
        self.folder_buttons = {}
        from ._world import BadgeButton

        for key, text in FOLDERS:
            b = BadgeButton(self.t(text))
            b.setProperty("role", "tab")
            b.setProperty("badge", "yes")
            b.clicked.connect(lambda _=False, k=key: self.show_folder(k))
            self.folder_group.addButton(b)
            self.folder_buttons[key] = b
            h.addWidget(b)
        h.addStretch(1)
        self.address = label("", "muted")
        self.empty = label("")
        self.build_inbox(self.t("Messaggi di posta"), [self.header, bar, self.address, self.empty])
        self.folder_buttons["email"].setChecked(True)

    # -- refresh -------------------------------------------------------------------------
    def refresh(self) -> None:
        pid = self.person_id
        if pid != self._pid:
            self._pid, self._seen = pid, None
            self.back_to_list(focus=False)
        self._card = auth.person_card(pid) if pid is not None else {}
        all_ids: set[int] = set()
        arrived: list[MessageView] = []
        for key, _text in FOLDERS:
            views = messages.inbox(self.world, pid, (key,))
            self._views[key] = views
            self._unread[key] = sum(1 for v in views if not v.read)
            all_ids |= {v.id for v in views}
            if self._seen is not None:
                arrived += [v for v in views if not v.read and v.id not in self._seen]
        if arrived and self.pane.message_id is None and not any(v.channel == self._folder for v in arrived):
            self.show_folder(arrived[0].channel)  # open the folder where the new mail is
        self.announce_arrival(arrived)
        self._seen = all_ids
        self.header.setText(self.t("La posta di %1").replace("%1", self._card["name"]) if self._card
                            else self.t("Posta elettronica"))
        self.header.setAccessibleName(self.header.text())
        for key, _text in FOLDERS:
            # The name stays the folder's; the count is the badge and the accessible description.
            self.folder_buttons[key].set_count(self._unread[key])
        self._show()

    def badge(self) -> int:
        return sum(self._unread.values())

    def _show(self) -> None:
        key = self._folder
        views = self._views[key]
        box = self._card.get("pec" if key == "pec" else "email", "") if self._card else ""
        if key == "pec":
            self.address.setText(self.t("Casella PEC: %1").replace("%1", box) if box else self.t(
                "Questa persona non ha una casella PEC (posta elettronica certificata)."))
            self.empty.setText(self.t("Nessun messaggio PEC."))
        else:
            self.address.setText(self.t("Indirizzo: %1").replace("%1", box) if box else self.t(
                "Questa persona non ha comunicato un indirizzo e-mail."))
            self.empty.setText(self.t("Nessun messaggio di posta. Qui arrivano le e-mail, per esempio "
                                      "la prima parte del PIN."))
        for w in (self.address, self.empty):
            w.setAccessibleName(w.text())
        self.list.show_views(views, self._describe)
        self.empty.setVisible(not views)
        self.set_list_visible(bool(views))
        self.keep_open_message(views)

    def show_folder(self, key: str) -> None:
        """Show the folder "email" (Posta in arrivo) or "pec"."""
        if key not in self._views:
            raise KeyError(key)
        if key != self._folder:
            self._folder = key
            self.back_to_list(focus=False)
        self.folder_buttons[key].setChecked(True)
        self._show()

    def _describe(self, v: MessageView) -> tuple[str, str]:
        stamp = v.delivered_at.strftime("%d/%m/%Y %H:%M")
        clip = " · " + self.t("con allegato") if v.has_document else ""
        # the subject first (what a learner looks for), then who wrote (the name) and when
        return short(v.subject or v.body, 90) + clip, f"{sender_name(v.sender)} · {stamp}"

    def render_message(self, v: MessageView) -> None:
        to = v.address or (self._card.get("pec" if v.channel == "pec" else "email", "") if self._card else "")
        # Above the text only who wrote (the name) and when, on one line: at 200 % the text is
        # in sight at once; the full addresses come under it.
        meta = (self.t("Posta elettronica certificata (PEC)") + "\n" if v.channel == "pec" else "")
        meta += self.t("Da %1, ricevuta il %2").replace("%1", sender_name(v.sender)).replace("%2", when(v.delivered_at))
        self._rendered = (v, repr(v.meta))
        self.pane.show_message(v.id, v.subject or self.t("(senza oggetto)"), meta, "", v.body)
        clear_layout(self.pane.extra)
        if v.has_document:
            add(self.pane.extra, label(self.t("Allegato: %1 (PDF)").replace("%1", v.document_title), "fieldlabel"))
            self.attachment_button = button(self.t("Apri l'allegato"), self.open_attachment)
            add(self.pane.extra, self.attachment_button)
        addresses = self.t("Da: %1").replace("%1", v.sender)
        if to:
            addresses += "\n" + self.t("A: %1").replace("%1", to)
        add(self.pane.extra, label(addresses, "muted"))

    # -- for tests and journeys --------------------------------------------------------------
    def messages(self) -> list[MessageView]:
        """The messages of the folder shown, newest first."""
        return list(self._views[self._folder])

    def open_message(self, index: int) -> str:
        """Open the message at `index` of the folder shown (0 = newest); returns its text."""
        self.show_message_page(self._views[self._folder][index].id)
        return self.pane.text()

    def last_text(self) -> str:
        views = self._views[self._folder]
        return views[0].body if views else ""

    def open_by_id(self, message_id: int) -> str:
        """The arrival notice's «Leggi ora»: the folder of the message, the message open whole."""
        for key, views in self._views.items():
            if any(v.id == message_id for v in views):
                self.show_folder(key)
                break
        return super().open_by_id(message_id)

    def open_attachment(self):
        """Open the PDF attached to the message in the reading pane; returns the PdfViewer."""
        view = next((v for vs in self._views.values() for v in vs if v.id == self.pane.message_id), None)
        if view is None or not view.has_document:
            return None
        data = messages.document_pdf(view.document_id)
        if data is None:
            self.error.setText(self.t("L'allegato è vuoto: non si può aprire."))
            self.error.show()
            return None
        return self.window.open_pdf(view.document_title or view.subject, data)
