"""Chiamate: the telephones of the person shown ("Io sono") for calling out — the
landline at home and the mobile — with the Contact Center INPS on the other end
(803 164 from the landline, free; 06 164 164 from the mobile, paid). The call is the
conversation state machine of app.services.contact_center: this panel only shows its
lines and collects the answers (keys, sì/no, data typed as if spoken).

Incoming calls (e.g. the Contact Center checking an address) are in the «Telefono» panel.

Methods for tests and journeys:
    calls = window.dock_panels["CallDock"]
    calls.dial("803 164", "fisso")      # or ("06 164 164", "cellulare"); returns the lines so far
    calls.answer("1")                   # a key, "sì"/"no", or a datum; returns the lines added
    calls.hang_up()
    calls.transcript()                  # the whole conversation, one "Chi: testo" per line
    calls.in_call()                     # True while the call is on
    calls.error_text()                  # why the number could not be called ("" if it could)
"""
from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser

from app.services import auth, contact_center as cc
from app.services.errors import ServiceError

from .. import tokens as T
from ..widgets.common import ChoiceField, Field, button, clear_layout, label, row
from . import dock
from ._common import WorldPanel, service_text

def _to_bottom(view) -> None:
    try:
        bar = view.verticalScrollBar()
        bar.setValue(bar.maximum())
    except RuntimeError:  # the call view was rebuilt before the timer fired
        pass


SPEAKERS = {"sistema": QT_TRANSLATE_NOOP("Docks", "Telefono"),
            "risponditore": QT_TRANSLATE_NOOP("Docks", "Risponditore automatico"),
            "operatore": QT_TRANSLATE_NOOP("Docks", "Operatore"), "utente": QT_TRANSLATE_NOOP("Docks", "Lei")}


@dock("CallDock", "Chiamate", area="world", order=41)
class CallDock(WorldPanel):
    def setup(self) -> None:
        self.content = self.make_scroll()
        self.call: cc.Call | None = None
        self._error = ""
        self._shown_person: object = object()

    def refresh(self) -> None:
        if self.person_id != self._shown_person:
            self._shown_person = self.person_id
            if self.call is not None and not self.call.ended:
                self.call.hang_up()
            self.call = None
            self._error = ""
            self._render()

    # -- view ------------------------------------------------------------------------------
    def _render(self) -> None:
        clear_layout(self.content)
        pid = self.person_id
        card = auth.person_card(pid) if pid is not None else {}
        self.content.addWidget(label(self.t("Telefonare"), "h3"))
        if pid is None:
            self.content.addWidget(label(self.t("Scelga una persona in «Io sono».")))
            return
        if self.call is None:
            self._render_dialer(card)
        if self.call is not None:
            self._render_call()

    def _render_dialer(self, card: dict) -> None:
        fisso = card.get("telefono_fisso") or ""
        mobile = card.get("cellulare") or ""
        options = []
        if fisso:
            options.append((self.t("Telefono fisso di casa (%1)").replace("%1", fisso), "fisso"))
        if mobile:
            options.append((self.t("Cellulare (%1)").replace("%1", mobile), "cellulare"))
        self.line = ChoiceField(self.t("Da quale telefono chiama?"), "linea", options)
        self.line.set_value("fisso" if fisso else "cellulare")
        self.content.addWidget(self.line)
        self.content.addWidget(label(self.t(
            "Contact Center INPS: 803 164, numero verde gratuito da rete fissa; 06 164 164 da rete mobile, a "
            "pagamento in base al piano tariffario del gestore telefonico."), "muted"))
        self.number = Field(self.t("Numero da chiamare"), "numero", max_length=30)
        self.number.input.returnPressed.connect(self._dial_clicked)
        self.cost = label("", "muted")
        self.number.input.textChanged.connect(self._update_cost)
        self.line.input.currentIndexChanged.connect(lambda _i: self._update_cost())
        self.content.addWidget(self.number)
        self.content.addWidget(self.cost)
        if self._error:
            self.error_label = label(self._error, "error")
            self.content.addWidget(self.error_label)
        self.content.addWidget(row(button(self.t("Chiama"), self._dial_clicked)))

    def _update_cost(self) -> None:
        note = cc.cost_note(self.number.value(), self.line.value())
        self.cost.setText(service_text(note) if note else "")

    def _render_call(self) -> None:
        call = self.call
        title = self.t("Chiamata terminata") if call.ended else self.t("In chiamata con %1").replace(
            "%1", cc.SHOWN.get(call.number, call.number))
        self.content.addWidget(label(title, "fieldlabel"))
        view = QTextBrowser()
        view.setObjectName("CallTranscript")
        view.setAccessibleName(self.t("Conversazione"))
        view.setOpenLinks(False)
        view.setMinimumHeight(220)
        parts = []
        for line in call.lines:
            who = html.escape(self.t(SPEAKERS.get(line.speaker, line.speaker)))
            text = html.escape(service_text(line.text) if line.speaker != "utente" else line.text)
            color = T.PRIMARY if line.speaker == "utente" else T.TEXT
            parts.append(f'<p style="margin:0 0 8px 0; color:{color};"><b>{who}:</b> {text}</p>')
        view.setHtml("".join(parts))
        view.moveCursor(QTextCursor.MoveOperation.End)
        QTimer.singleShot(0, lambda v=view: _to_bottom(v))
        self.transcript_view = view
        self.content.addWidget(view)
        if call.ended:
            self.content.addWidget(row(button(self.t("Nuova chiamata"), self._new_call, role="secondary")))
            return
        step = call.step
        current = [line for line in call.lines if line.speaker != "utente"]
        if current:
            self.question = label(service_text(current[-1].text), "value")
            self.content.addWidget(self.question)
        if step.kind == "digit":
            self.content.addWidget(label(self.t("Prema un tasto del telefono:"), "fieldlabel"))
            for keys in ("123", "456", "789", "0"):
                self.content.addWidget(row(*[button(k, lambda _=False, k=k: self.answer(k), role="secondary")
                                             for k in keys]))
        elif step.kind == "yes_no":
            self.content.addWidget(row(button(self.t("Sì"), lambda: self.answer("sì")),
                                       button(self.t("No"), lambda: self.answer("no"), role="secondary")))
        else:
            self.reply = Field(self.t("La sua risposta"), "risposta", max_length=120,
                               hint=self.t("Scriva quello che direbbe al telefono.") if not step.optional else
                               self.t("Se non ce l'ha, scriva «nessuno»."))
            self.reply.input.returnPressed.connect(self._reply_clicked)
            self.content.addWidget(self.reply)
            buttons = [button(self.t("Rispondi"), self._reply_clicked)]
            if step.optional:
                buttons.append(button(self.t("Nessuno"), lambda: self.answer("nessuno"), role="secondary"))
            self.content.addWidget(row(*buttons))
            self.reply.input.setFocus()
        self.content.addWidget(row(button(self.t("Riaggancia"), self.hang_up, role="danger")))

    # -- actions ---------------------------------------------------------------------------------
    def _dial_clicked(self) -> None:
        self.dial(self.number.value(), self.line.value())

    def dial(self, number: str, line: str) -> list:
        self._error = ""
        if self.call is not None and not self.call.ended:
            self.call.hang_up()
        try:
            self.call = cc.dial(self.world, auth.citizen_by_id(self.person_id), number, line)
        except ServiceError as exc:
            self.call = None
            self._error = service_text(exc.message)
            self._render()
            self.number.set_value(number)
            self.line.set_value(line)
            return []
        self._render()
        return list(self.call.lines)

    def _reply_clicked(self) -> None:
        self.answer(self.reply.value())

    def answer(self, text: str) -> list:
        if self.call is None or self.call.ended:
            return []
        added = self.call.answer(text)
        self._render()
        return added

    def hang_up(self) -> None:
        if self.call is not None:
            self.call.hang_up()
            self._render()

    def _new_call(self) -> None:
        self.call = None
        self._render()

    # -- reading ------------------------------------------------------------------------------------
    def transcript(self) -> str:
        if self.call is None:
            return ""
        return "\n".join(f"{SPEAKERS.get(line.speaker, line.speaker)}: {line.text}" for line in self.call.lines)

    def keeps_focus(self) -> bool:
        """During a call an SMS is announced, but the conversation stays in front."""
        return self.in_call()

    def in_call(self) -> bool:
        return self.call is not None and not self.call.ended

    def error_text(self) -> str:
        return self._error
