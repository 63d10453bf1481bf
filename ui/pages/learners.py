"""The learner picker, a page of the program (https://palestra.sim/allievi): "Chi si
esercita?". A kiosk shows it between two learners (with no world open); any window
reaches it from Simulazione → Cambia allievo.

Pick a name from the class list (the number is shown when two learners share a name),
type the short class code, or add a new name. Picking rebuilds the window with that
learner's world (ui/kiosk.Station): the world and progress of each learner stay in the
classroom store. A kiosk with no trainer code yet asks for one here, before the first
learner.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app import db as dbmod
from app.classroom import ClassroomError, clean_name

from .. import tokens as T
from ..browser.router import START_URL, route
from ..urls import LEARNERS_URL
from ..widgets.common import Field, alert, button, heading, label, set_role
from ..widgets.responsive import FlowLayout, ResponsiveGrid
from .base import Page


@route(LEARNERS_URL, title="Chi si esercita?")
class LearnersPage(Page):
    TITLE = "Chi si esercita? - Palestra INPS"

    def build(self, body):
        from ..kiosk import classroom_of

        self.classroom = classroom_of(self.ctx.window)
        station = getattr(self.ctx.window, "station", None)
        self.kiosk = bool(station is not None and station.kiosk)
        self._confirm_name = ""
        if self.classroom is None:
            body.addWidget(heading(self.tr("Chi si esercita?")))
            body.addWidget(alert(self.tr("Questo mondo simulato non appartiene a un'aula: qui si esercita una sola "
                                         "persona."), "info"))
            return
        try:
            needs_code = self.kiosk and not self.classroom.has_trainer_code()
        except dbmod.DatabaseError as exc:
            body.addWidget(alert(self.service_text(exc.message), "error"))
            return
        if needs_code:
            self._code_setup(body, station)
            return
        self._picker(body, station)

    # -- a kiosk's first start: the trainer's code -------------------------------------------------
    def _code_setup(self, body, station) -> None:
        from ..trainer.code_gate import CodeGate

        self.gate = CodeGate(
            station.trainer_gate, title="", text="", enter_text="",
            setup_title=self.tr("Prima di iniziare: il codice del formatore"),
            setup_text=self.tr("Questa postazione è in modalità aula. Il formatore sceglie ora il suo codice: "
                               "servirà per chiudere il programma e per aprire la console del formatore. "
                               "Almeno 6 caratteri, da scrivere due volte. Poi gli allievi potranno scegliere "
                               "il loro nome."))
        self.gate.accepted.connect(lambda: self.go(LEARNERS_URL))
        self.gate.setMaximumWidth(round(760 * self.ctx.zoom / 100))
        body.addWidget(self.gate)

    # -- the picker -----------------------------------------------------------------------------------
    def _picker(self, body, station) -> None:
        body.addWidget(heading(self.tr("Chi si esercita?")))
        body.addWidget(label(self.tr(
            "Scelga il suo nome. Ogni allievo ha il suo mondo simulato: ritrova tutto come l'aveva lasciato, "
            "e nessun altro lo può cambiare."), "lead"))
        error = getattr(station, "last_error", "") if station is not None else ""
        if error:
            body.addWidget(alert(self.service_text(error), "error"))
            station.last_error = ""
        self.problem = alert("", "error")
        self.problem.hide()
        body.addWidget(self.problem)
        learners = self.classroom.learners()
        current = getattr(getattr(self.world, "learner", None), "id", None) if self.world is not None else None
        names = [lr.name.lower() for lr in learners]
        if learners:
            body.addWidget(heading(self.tr("La classe"), 2))
            holder = QWidget()
            flow = FlowLayout(holder, T.S3, T.S3)
            self.name_buttons = {}
            for info in learners:
                shown = info.label if names.count(info.name.lower()) > 1 else info.name
                if info.id == current:
                    shown = self.tr("%1 (ora qui)").replace("%1", shown)
                b = button(shown, lambda _=False, i=info: self.pick(i), role="biglink")
                b.setObjectName("LearnerButton")
                b.setMinimumWidth(round(220 * self.ctx.zoom / 100))
                flow.addWidget(b)
                self.name_buttons[info.id] = b
            body.addWidget(holder)
        else:
            body.addWidget(label(self.tr("Nella classe non c'è ancora nessuno: scriva qui sotto il suo nome."), "lead"))

        self.code_field = Field(self.tr("Codice dell'allievo"), "code", max_length=8,
                          hint=self.tr("Il codice breve che le ha dato il formatore, per esempio K7MR."))
        self.code_field.input.returnPressed.connect(self.enter_code)
        self.name_field = Field(self.tr("Il suo nome"), "name", max_length=60,
                          hint=self.tr("Nome e cognome, o come la chiama il formatore."))
        self.name_field.input.returnPressed.connect(self.add_name)
        self.add_button = button(self.tr("Aggiungi il mio nome e inizia"), self.add_name)
        cards = ResponsiveGrid(min_em=18, max_columns=2, spacing=T.S5)
        cards.add(self._card(self.tr("Ha un codice?"), self.code_field,
                             button(self.tr("Entra con il codice"), self.enter_code, role="secondary")))
        cards.add(self._card(self.tr("È la prima volta?"), self.name_field, self.add_button))
        body.addWidget(cards)
        if not self.kiosk and self.world is not None:
            body.addWidget(self.link(self.tr("Torna al motore di ricerca senza cambiare allievo"), START_URL))

    def _card(self, title: str, field: Field, action) -> QFrame:
        card = QFrame()
        set_role(card, "card")
        card.setAccessibleName(title)
        lay = QVBoxLayout(card)
        lay.setContentsMargins(T.S5, T.S4, T.S5, T.S4)
        lay.setSpacing(T.S2)
        lay.addWidget(heading(title, 3))
        lay.addWidget(field)
        line = QHBoxLayout()
        line.addWidget(action, 0, Qt.AlignmentFlag.AlignLeft)
        line.addStretch(1)
        lay.addLayout(line)
        return card

    # -- choosing -----------------------------------------------------------------------------------
    def pick(self, info) -> None:
        current = getattr(getattr(self.world, "learner", None), "id", None) if self.world is not None else None
        if current == info.id:
            self.go(START_URL)
            return
        QTimer.singleShot(0, lambda: self._open(info))  # the click ends before the window is rebuilt

    def enter_code(self) -> None:
        self.code_field.clear_error()
        text = self.code_field.value().strip()
        if not text:
            self.code_field.set_error(self.tr("Scriva il codice che le ha dato il formatore."))
            return
        try:
            info = self.classroom.find(text)
        except ClassroomError as exc:
            self.code_field.set_error(self.service_text(exc.message))
            return
        if info is None or info.code != text.upper():
            self.code_field.set_error(self.tr("Nessun allievo ha il codice «%1». Controlli le lettere e le cifre, "
                                        "oppure scelga il suo nome nell'elenco.").replace("%1", text))
            self.code_field.input.selectAll()
            self.code_field.input.setFocus()
            return
        self.pick(info)

    def add_name(self) -> None:
        self.name_field.clear_error()
        try:
            name = clean_name(self.name_field.value())
        except ClassroomError as exc:
            self.name_field.set_error(self.service_text(exc.message))
            self.name_field.input.setFocus()
            return
        same = [lr for lr in self.classroom.learners() if lr.name.lower() == name.lower()]
        if same and self._confirm_name != name.lower():
            self._confirm_name = name.lower()
            self.name_field.set_error(self.tr("Nella classe c'è già «%1»: se è lei, prema il suo nome nell'elenco qui "
                                        "sopra. Se è un'altra persona con lo stesso nome, prema di nuovo "
                                        "«Aggiungi il mio nome e inizia».").replace("%1", name))
            return
        try:
            info = self.classroom.add_learner(name)
        except ClassroomError as exc:
            self.name_field.set_error(self.service_text(exc.message))
            return
        self.pick(info)

    def _open(self, info) -> None:
        from ..kiosk import station_of

        station = station_of(self.ctx.window)
        try:
            station.open_learner(info)
        except (ClassroomError, dbmod.DatabaseError) as exc:
            if station.window is None:  # the learner's window was closed before the failure
                station.last_error = exc.message
                station.show_picker()
            else:
                self.problem.text_label.setText(self.service_text(exc.message))
                self.problem.text_label.setAccessibleName(self.problem.text_label.text())
                self.problem.show()

    def shown(self) -> None:
        gate = getattr(self, "gate", None)
        if gate is not None:
            gate.focus_first()
            return
        buttons = getattr(self, "name_buttons", None)
        if buttons:
            next(iter(buttons.values())).setFocus()
        elif hasattr(self, "name_field"):
            self.name_field.input.setFocus()
