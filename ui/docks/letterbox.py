"""Cassetta postale: the letters that reached the person shown ("Io sono"), each opened
as its PDF in the built-in viewer, and, in plain words, the letters still on their way
("Una lettera dell'INPS è in viaggio: arriverà intorno al 29/10/2018") so the learner
knows to move the clock forward.

Methods for tests and journeys (index 0 = the newest letter):
    box = window.dock_panels["LetterboxDock"]
    box.letters()          # MessageView list of the letters delivered, newest first
    box.open_letter(0)     # opens the letter (marks it read) -> PdfViewer (.save(path), .page_count())
    box.on_the_way()       # the sentences about letters still travelling
"""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.services import auth, messages
from app.services.errors import ServiceError
from app.services.messages import MessageView

from .. import tokens as T
from ..widgets.common import alert, button, clear_layout, label, set_role
from ..widgets.responsive import FlowLayout
from . import dock
from ._common import WorldPanel, add, new_tag, service_text


@dock("LetterboxDock", "Cassetta postale", area="world", order=12)
class LetterboxDock(WorldPanel):
    PREFERRED_HEIGHT = 380
    CHANNELS = messages.POST_CHANNELS

    def setup(self) -> None:
        lay = self.make_scroll()
        self._pid: int | None = None
        self._seen: set[int] | None = None
        self._views: list[MessageView] = []
        self._travelling: list[MessageView] = []
        self._notices: list[str] = []
        self._unread = 0
        self._shown_key: tuple | None = None
        self.header = label("", "h3")
        self.address = label("", "muted")
        self.transit_box = QVBoxLayout()
        self.transit_box.setSpacing(T.S2)
        self.empty = label(self.t("La cassetta è vuota. Qui arrivano le lettere: per esempio la seconda "
                                  "parte del PIN, che l'INPS spedisce per posta."))
        self.error = label("", "error")
        self.error.hide()
        self.speech_note = label("", "muted")  # why nothing is heard (no Italian voice)
        self.speech_note.hide()
        self.letters_box = QVBoxLayout()
        self.letters_box.setSpacing(T.S3)
        lay.addWidget(self.header)
        lay.addWidget(self.address)
        lay.addLayout(self.transit_box)
        lay.addWidget(self.empty)
        lay.addWidget(self.error)
        lay.addWidget(self.speech_note)
        lay.addLayout(self.letters_box)

    # -- refresh -------------------------------------------------------------------------
    def refresh(self) -> None:
        pid = self.person_id
        if pid != self._pid:
            self._pid, self._seen = pid, None
        views = messages.inbox(self.world, pid, self.CHANNELS)
        travelling = messages.on_the_way(self.world, pid, self.CHANNELS)
        ids = {v.id for v in views}
        if self._seen is not None:
            self.announce_arrival([v for v in views if not v.read and v.id not in self._seen])  # the postman came
        self._seen = ids
        self._views, self._travelling = views, travelling
        self._unread = sum(1 for v in views if not v.read)
        card = auth.person_card(pid) if pid is not None else {}
        self.header.setText(self.t("La cassetta delle lettere di %1").replace("%1", card["name"]) if card
                            else self.t("Cassetta postale"))
        self.address.setText(self.t("Indirizzo: %1").replace("%1", card["indirizzo"]) if card.get("indirizzo")
                             else "")
        self.address.setVisible(bool(self.address.text()))
        for w in (self.header, self.address):
            w.setAccessibleName(w.text())
        key = (pid, tuple((v.id, v.read) for v in views), tuple((v.id, v.delivered_at) for v in travelling))
        if key != self._shown_key:  # rebuild only when something changed (keeps the focus)
            self._shown_key = key
            self._build_transit()
            self._build_letters()
        self.empty.setVisible(not views)

    def badge(self) -> int:
        return self._unread

    def _notice(self, v: MessageView) -> str:
        who = self.t("dell'INPS") if "INPS" in v.sender else self.t("da %1").replace("%1", v.sender)
        return (self.t("Una lettera %1 è in viaggio: arriverà intorno al %2.")
                .replace("%1", who).replace("%2", v.delivered_at.strftime("%d/%m/%Y")))

    def _build_transit(self) -> None:
        clear_layout(self.transit_box)
        self._notices = [self._notice(v) for v in self._travelling]
        for text in self._notices:
            full = text + " " + self.t("Per riceverla, faccia avanzare il tempo con l'Orologio "
                                       "(per esempio «2 settimane»).")
            add(self.transit_box, alert(full, "info"))

    def _build_letters(self) -> None:
        clear_layout(self.letters_box)
        self.open_buttons = []
        for index, v in enumerate(self._views):
            add(self.letters_box, self._envelope(index, v))

    def _envelope(self, index: int, v: MessageView) -> QWidget:
        frame = QFrame()
        set_role(frame, "envelope" if v.read else "envelope-new")
        lay = QVBoxLayout(frame)
        lay.setContentsMargins(T.S3, T.S3, T.S3, T.S3)
        lay.setSpacing(T.S1)
        top = QHBoxLayout()
        sender = label(self.t("Lettera da: %1").replace("%1", v.sender), "fieldlabel")
        top.addWidget(sender, 1)
        if not v.read:
            top.addWidget(new_tag())
        lay.addLayout(top)
        lay.addWidget(label(self.t("Arrivata il %1").replace("%1", v.delivered_at.strftime("%d/%m/%Y")), "muted"))
        if v.subject:
            lay.addWidget(label(v.subject))
        if not v.has_document:
            # A letter without a PDF: its text is read here.
            body = label(v.body, selectable=True)
            lay.addWidget(body)
        b = button(self.t("Apri la lettera") if v.has_document else self.t("Segna come letta"),
                   lambda _=False, i=index: self.open_letter(i))
        b.setVisible(v.has_document or not v.read)
        self.open_buttons.append(b)
        read = button(self.t("Leggi ad alta voce"), lambda _=False, i=index: self.read_letter(i), role="secondary")
        read.setToolTip(self.t("Legge la lettera con la voce del computer"))
        actions = QWidget()
        flow = FlowLayout(actions, T.S2, T.S2)
        flow.addWidget(b)
        flow.addWidget(read)
        lay.addWidget(actions)
        frame.setAccessibleName(sender.text())
        return frame

    # -- for tests and journeys --------------------------------------------------------------
    def letters(self) -> list[MessageView]:
        """The letters delivered, newest first."""
        return list(self._views)

    def on_the_way(self) -> list[str]:
        """One sentence per letter still travelling, e.g. "Una lettera dell'INPS è in viaggio:
        arriverà intorno al 29/10/2018."."""
        return list(self._notices)

    def letter_text(self, index: int) -> str:
        """The letter at `index` as it is read aloud: who sent it, when, the subject, its text
        (the PDF's, for a letter with a document)."""
        v = self._views[index]
        parts = [self.t("Lettera da: %1").replace("%1", v.sender),
                 self.t("Arrivata il %1").replace("%1", v.delivered_at.strftime("%d/%m/%Y")), v.subject]
        if v.has_document:
            from ..accessibility import pdf_text

            data = messages.document_pdf(v.document_id)
            parts.append(pdf_text(data) if data else "")
        else:
            parts.append(v.body)
        return " ".join(p.strip() + ("" if p.strip().endswith((".", ":", "?", "!")) else ".")
                        for p in parts if p and p.strip())

    def read_letter(self, index: int) -> str:
        """«Leggi ad alta voce» under a letter: reads it in Italian; returns what was read."""
        from ..accessibility import read_aloud

        text = self.letter_text(index)
        self.speech_note.hide()
        read_aloud(self, text, self._cannot_read)
        return text

    def _cannot_read(self, message: str) -> None:
        self.speech_note.setText(message)
        self.speech_note.setAccessibleName(message)
        self.speech_note.show()

    def open_by_id(self, message_id: int):
        """The arrival notice's «Leggi ora»: the letter opened in the PDF viewer (its text
        shown in the panel for a letter without a PDF); returns the PdfViewer or None."""
        for index, v in enumerate(self._views):
            if v.id == message_id:
                return self.open_letter(index)
        return None

    def open_letter(self, index: int):
        """Open the letter at `index` (0 = newest): marks it read and shows its PDF in the
        built-in viewer; returns the PdfViewer (None for a letter without a PDF)."""
        v = self._views[index]
        self.error.hide()
        try:
            view = messages.open_message(self.world, v.id)
        except ServiceError as exc:
            self.error.setText(service_text(exc.message))
            self.error.setAccessibleName(self.error.text())
            self.error.show()
            return None
        self.message_opened(v.id)
        if not view.has_document:
            return None
        data = messages.document_pdf(view.document_id)
        if data is None:
            self.error.setText(self.t("Questa lettera è vuota."))
            self.error.show()
            return None
        return self.window.open_pdf(view.document_title or view.subject or self.t("Lettera"), data)


__all__ = ["LetterboxDock"]
