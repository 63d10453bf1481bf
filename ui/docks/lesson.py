"""Lezione: the tutor's panel. The lesson's title, "Passo N di M", the instruction in
large type, and the buttons Ho capito (only for a step that explains), Mostra dove,
Suggerimento (not in Verifica), Leggi ad alta voce, Ricomincia la lezione, Esci dalla
lezione; kind words after a mistake; at the end what was done, the time, the hints and
mistakes, Lezione successiva and, for a passed Verifica, the Attestato (PDF).

The logic is the window's tutor (ui/tutor/controller.py); this panel only shows it.

Methods for tests and journeys (tests/helpers.py wraps them):
    panel = window.dock_panels["LessonDock"]
    panel.position_text()        # "Passo 2 di 3"
    panel.instruction_text()     # the current step's instruction
    panel.feedback_text()        # what the tutor said last (a mistake, "Bene!")
    panel.end_text()             # the end screen's text ("" while the lesson goes on)
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from .. import theme
from .. import tokens as T
from ..widgets.common import Field, button, label, set_role
from ..widgets.responsive import FlowLayout
from . import dock
from ._common import WorldPanel, panel_qss

MODE_NAMES = {"allenamento": QT_TRANSLATE_NOOP("Docks", "Allenamento"), "verifica": QT_TRANSLATE_NOOP("Docks", "Verifica")}


def _extra_qss(large: bool) -> str:
    s = theme.factor(large)  # the program's one zoom (ui/theme.py)

    def p(v: float) -> int:
        return max(1, round(v * s))

    return f"""
QLabel[role="lesson-title"] {{ font-size: {p(T.H3)}px; font-weight: 700; color: {T.DARK_SLATE}; }}
QLabel[role="lesson-mode"] {{ font-size: {p(T.SMALL)}px; font-weight: 700; color: {T.WHITE}; background: {T.DARK_SLATE};
  padding: {p(2)}px {p(8)}px; border-radius: {T.RADIUS}px; }}
QLabel[role="lesson-pos"] {{ font-size: {p(T.BODY_LARGE)}px; font-weight: 700; color: {T.PRIMARY}; }}
QLabel[role="lesson-step"] {{ font-size: {p(T.H2 - 2)}px; color: {T.TEXT}; }}
QLabel[role="lesson-wait"] {{ font-size: {p(T.H3)}px; font-weight: 700; color: {T.DARK_SLATE}; }}
QLabel[role="lesson-done"] {{ font-size: {p(T.H2)}px; font-weight: 700; color: {T.SUCCESS}; }}
QFrame[role="alert-info"] QLabel, QFrame[role="alert-warning"] QLabel, QFrame[role="alert-success"] QLabel {{
  font-size: {p(T.BODY_LARGE)}px; }}
QWidget#TutorButtons QPushButton, QWidget#TutorEndButtons QPushButton {{ min-height: {p(T.TARGET_MIN - 20)}px;
  padding: {p(10)}px {p(16)}px; font-size: {p(T.BODY_LARGE)}px; }}
"""


def _box(kind: str) -> tuple[QFrame, object]:
    frame = QFrame()
    set_role(frame, f"alert-{kind}")
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(T.S3, T.S2, T.S3, T.S2)
    text = label("", "" if kind == "info" else kind)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lay.addWidget(text)
    frame.hide()
    return frame, text


def _set(lab, text: str) -> None:
    lab.setText(text)
    lab.setAccessibleName(text)


def duration_words(seconds: int, t) -> str:
    minutes = round(seconds / 60)
    if minutes < 1:
        return t("meno di un minuto")
    if minutes == 1:
        return t("1 minuto")
    if minutes < 60:
        return t("%1 minuti").replace("%1", str(minutes))
    hours, rest = divmod(minutes, 60)
    text = t("1 ora") if hours == 1 else t("%1 ore").replace("%1", str(hours))
    if rest:
        text += " " + t("e %1 minuti").replace("%1", str(rest))
    return text


def sim_words(delta, t) -> str:
    days = delta.days
    if days >= 1:
        return t("1 giorno") if days == 1 else t("%1 giorni").replace("%1", str(days))
    hours = delta.seconds // 3600
    if hours >= 1:
        return t("1 ora") if hours == 1 else t("%1 ore").replace("%1", str(hours))
    return ""


def flowing(text: str) -> str:
    """A lesson file's text as it should flow in the panel: the line breaks of the file
    joined, the blank lines kept as paragraph breaks."""
    paragraphs = [" ".join(p.split()) for p in text.replace("\r", "").split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def short_step(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.«") + "…"


@dock("LessonDock", "Lezione", area="left", order=1, visible=False)
class LessonDock(WorldPanel):
    PREFERRED_WIDTH = 400

    def setup(self) -> None:
        self.setMinimumWidth(300)
        # fill=True: no alignment on the layout, so wrapped texts get their height for the
        # panel's width (an aligned layout would give them only their size hint); a stretch
        # at the end keeps everything at the top.
        lay = self.make_scroll(fill=True)
        lay.setSpacing(T.S3)
        t = self.t
        # -- no lesson -----------------------------------------------------------------------
        self.idle = QWidget()
        il = QVBoxLayout(self.idle)
        il.setContentsMargins(0, 0, 0, 0)
        il.setSpacing(T.S3)
        il.addWidget(label(t("Nessuna lezione in corso."), "lesson-title"))
        il.addWidget(button(t("Scegli una lezione"), self._to_list))
        lay.addWidget(self.idle)
        # -- a step --------------------------------------------------------------------------
        self.lesson_view = QWidget()
        lv = QVBoxLayout(self.lesson_view)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.setSpacing(T.S3)
        self.mode = label("", "lesson-mode", wrap=False)
        self.mode.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.title = label("", "lesson-title")
        self.position = label("", "lesson-pos")
        self.instruction = label("", "lesson-step")
        self.instruction.setObjectName("TutorInstruction")
        self.instruction.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.wait = label("", "lesson-wait")
        self.rules = label("", "muted")
        self.feedback_box, self.feedback = _box("warning")
        self.good_box, self.good = _box("success")
        self.hint_box, self.hint = _box("info")
        self.speech = label("", "muted")
        self.speech.hide()
        for w in (self.mode, self.title, self.position, self.instruction, self.wait, self.rules,
                  self.good_box, self.feedback_box, self.hint_box):
            lv.addWidget(w)
        self.buttons = QWidget()
        self.buttons.setObjectName("TutorButtons")
        flow = FlowLayout(self.buttons, T.S2, T.S2)
        self.understood_button = button(t("Ho capito"), self._understood)
        self.where_button = button(t("Mostra dove"), self._where, role="secondary")
        self.hint_button = button(t("Suggerimento"), self._hint, role="secondary")
        self.read_button = button(t("Leggi ad alta voce"), self._read, role="secondary")
        for b in (self.understood_button, self.where_button, self.hint_button, self.read_button):
            flow.addWidget(b)
        lv.addWidget(self.buttons)
        lv.addWidget(self.speech)
        self.where_missing = label("", "muted")
        self.where_missing.hide()
        lv.addWidget(self.where_missing)
        self.bottom = QWidget()
        self.bottom.setObjectName("TutorButtons")
        bflow = FlowLayout(self.bottom, T.S2, T.S2)
        self.restart_button = button(t("Ricomincia la lezione"), self._restart, role="secondary")
        self.leave_button = button(t("Esci dalla lezione"), self._leave, role="secondary")
        self.restart_button.setToolTip(t("Rimette il mondo simulato com'era all'inizio della lezione e riparte dal passo 1"))
        self.leave_button.setToolTip(t("Chiude la lezione; potrà riprenderla dal menu Lezioni"))
        bflow.addWidget(self.restart_button)
        bflow.addWidget(self.leave_button)
        lv.addSpacing(T.S3)
        lv.addWidget(self.bottom)
        lay.addWidget(self.lesson_view)
        # -- the end -----------------------------------------------------------------------------
        self.end_view = QWidget()
        ev = QVBoxLayout(self.end_view)
        ev.setContentsMargins(0, 0, 0, 0)
        ev.setSpacing(T.S3)
        self.end_title = label("", "lesson-done")
        self.end_result_box, self.end_result = _box("success")
        self.end_failed_box, self.end_failed = _box("warning")
        self.end_done = label("", rich=True)
        self.end_numbers = label("")
        for w in (self.end_title, self.end_result_box, self.end_failed_box, self.end_done, self.end_numbers):
            ev.addWidget(w)
        self.name_form = QWidget()
        nf = QVBoxLayout(self.name_form)
        nf.setContentsMargins(0, 0, 0, 0)
        nf.addWidget(label(t("L'attestato porta il suo nome: lo scriva qui sotto."), ""))
        self.name_field = Field(t("Nome e cognome"), "learner_name", max_length=60)
        self.name_field.input.returnPressed.connect(self._attestato_with_name)
        nf.addWidget(self.name_field)
        nf.addWidget(button(t("Crea l'attestato"), self._attestato_with_name))
        self.name_form.hide()
        ev.addWidget(self.name_form)
        self.end_buttons = QWidget()
        self.end_buttons.setObjectName("TutorEndButtons")
        eflow = FlowLayout(self.end_buttons, T.S2, T.S2)
        self.next_button = button(t("Lezione successiva"), self._next)
        self.attestato_button = button(t("Attestato (PDF)"), self._attestato)
        self.again_button = button(t("Rifai la lezione"), self._again, role="secondary")
        self.list_button = button(t("Torna all'elenco delle lezioni"), self._to_list, role="secondary")
        self.close_button = button(t("Chiudi la lezione"), self._leave, role="secondary")
        for b in (self.next_button, self.attestato_button, self.again_button, self.list_button, self.close_button):
            eflow.addWidget(b)
        ev.addWidget(self.end_buttons)
        self.end_status = label("", "muted")
        self.end_status.hide()
        ev.addWidget(self.end_status)
        lay.addWidget(self.end_view)
        lay.addStretch(1)
        self._reader = None
        self._shown_key = None
        self.render()

    def apply_style(self) -> None:
        key = theme.style_key(bool(getattr(self.window, "large_text", False)))  # (large, theme, zoom)
        if key != self._large:
            self._large = key
            large = key[0]
            self.setObjectName("WorldPanel")
            self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            self.setStyleSheet(panel_qss(large) + _extra_qss(large))

    # -- the window asks ---------------------------------------------------------------------
    @property
    def tutor(self):
        return getattr(self.window, "tutor", None)

    def refresh(self) -> None:
        """The tutor redraws this panel itself when the lesson moves (render)."""

    def render(self) -> None:
        tutor = self.tutor
        session = tutor.session if tutor is not None else None
        self.idle.setVisible(session is None)
        self.lesson_view.setVisible(session is not None and not session.runner.finished)
        self.end_view.setVisible(session is not None and session.runner.finished)
        if session is None:
            self._shown_key = None
            return
        if session.runner.finished:
            self._render_end(session)
        else:
            self._render_step(tutor, session)

    def _render_step(self, tutor, session) -> None:
        t = self.t
        lesson, runner = session.lesson, session.runner
        step = runner.step
        n, m = runner.position
        verifica = session.mode == "verifica"
        _set(self.mode, t(MODE_NAMES.get(session.mode, session.mode)))
        _set(self.title, lesson.title)
        _set(self.position, t("Passo %1 di %2").replace("%1", str(n)).replace("%2", str(m)))
        _set(self.instruction, flowing(step.text))
        wait = step.wait  # said even when the instruction says it too: a clock step is easy to miss
        if wait:
            _set(self.wait, t("Ora faccia passare %1 con l'Orologio.").replace("%1", t(wait)))
        self.wait.setVisible(bool(wait))
        if verifica:
            _set(self.rules, t("Verifica: nessun suggerimento. Per superarla può sbagliare al massimo %1 volte.")
                 .replace("%1", str(lesson.max_mistakes)) if lesson.max_mistakes != 1 else
                 t("Verifica: nessun suggerimento. Per superarla può sbagliare al massimo una volta."))
        self.rules.setVisible(verifica)
        self.understood_button.setVisible(step.understood)
        self.where_button.setVisible(not verifica and step.target is not None)
        self.hint_button.setVisible(not verifica)
        # what the tutor said last
        mistakes = [f for f in tutor.feedback if f.kind == "mistake"]
        advanced = any(f.kind == "advanced" for f in tutor.feedback)
        if mistakes:
            text = flowing(mistakes[-1].text)
            if mistakes[-1].offer_where and step.target is not None:
                text += "\n" + t("Se vuole, prema «Mostra dove»: le indico io dove fare clic.")
            _set(self.feedback, text)
            self.feedback_box.setAccessibleName(text)
        self.feedback_box.setVisible(bool(mistakes))
        if advanced and not mistakes:
            _set(self.good, t("Bene! Ecco il passo successivo."))
        self.good_box.setVisible(advanced and not mistakes)
        if tutor.hint_text:
            _set(self.hint, t("Suggerimento: %1").replace("%1", flowing(tutor.hint_text)))
        self.hint_box.setVisible(bool(tutor.hint_text) and not verifica)
        key = (session.run_id, n)
        if key != self._shown_key:  # a new step: a screen reader hears it
            self._shown_key = key
            self.speech.hide()
            self.where_missing.hide()
            QAccessible.updateAccessibility(QAccessibleEvent(self.instruction, QAccessible.Event.NameChanged))
            if step.understood:
                QTimer.singleShot(0, self._focus_understood)
        if mistakes:
            QAccessible.updateAccessibility(QAccessibleEvent(self.feedback, QAccessible.Event.Alert))

    def _focus_understood(self) -> None:
        if self.understood_button.isVisible() and self.window.isActiveWindow():
            focus = self.window.focusWidget()
            if focus is None or not focus.inherits("QLineEdit"):
                self.understood_button.setFocus()

    def _render_end(self, session) -> None:
        t = self.t
        s = session.summary()
        self._shown_key = None
        verifica = s["mode"] == "verifica"
        if verifica and s["passed"] is False:
            title = t("La verifica «%1» è terminata.").replace("%1", s["lesson"])
        else:
            title = t("Complimenti! Ha completato la lezione «%1».").replace("%1", s["lesson"])
        _set(self.end_title, title)
        if verifica and s["passed"]:
            _set(self.end_result, t("Verifica superata: %1 (ne erano ammessi al massimo %2).")
                 .replace("%1", self._mistakes_words(s["mistakes"])).replace("%2", str(s["max_mistakes"])))
        self.end_result_box.setVisible(bool(verifica and s["passed"]))
        if verifica and s["passed"] is False:
            _set(self.end_failed, t("Verifica non superata: %1, ne erano ammessi al massimo %2. "
                                    "Non si scoraggi: può rifarla quando vuole, anche in Allenamento.")
                 .replace("%1", self._mistakes_words(s["mistakes"])).replace("%2", str(s["max_mistakes"])))
        self.end_failed_box.setVisible(bool(verifica and s["passed"] is False))
        items = "".join(f"<li>{_esc(short_step(x))}</li>" for x in s["done"])
        done = t("Che cosa ha fatto:")
        self.end_done.setText(f"<b>{_esc(done)}</b><ol style='margin-left: 8px'>{items}</ol>")
        self.end_done.setAccessibleName(done + " " + " ".join(short_step(x) for x in s["done"]))
        lines = [t("Tempo impiegato: %1").replace("%1", duration_words(s["real_seconds"], t))]
        sim = sim_words(s["sim_elapsed"], t)
        if sim:
            lines.append(t("Nel mondo simulato sono passati: %1").replace("%1", sim))
        if not verifica:
            lines.append(t("Suggerimenti usati: %1").replace("%1", str(s["hints"])))
        lines.append(t("Errori: %1").replace("%1", str(s["mistakes"])))
        _set(self.end_numbers, "\n".join(lines))
        from app.lessons import catalogue

        has_next = bool(s["next"]) and s["next"] in catalogue.load_all()
        self.next_button.setVisible(has_next)
        self.attestato_button.setVisible(bool(verifica and s["passed"]))
        self.name_form.setVisible(self.name_form.isVisible() and self.attestato_button.isVisible())

    def _mistakes_words(self, n: int) -> str:
        if n == 0:
            return self.t("nessun errore")
        return self.t("1 errore") if n == 1 else self.t("%1 errori").replace("%1", str(n))

    # -- what each button does ------------------------------------------------------------------
    def _call(self, name: str):
        tutor = self.tutor
        if tutor is not None:
            return getattr(tutor, name)()
        return None

    def _understood(self) -> None:
        self._call("understood")

    def _hint(self) -> None:
        self._call("hint")

    def _where(self) -> None:
        widget = self._call("show_where")
        if widget is None:
            _set(self.where_missing, self.t("Non vedo ancora dove fare clic in questa schermata. "
                                            "Legga di nuovo il passo qui sopra, oppure prema «Suggerimento»."))
        self.where_missing.setVisible(widget is None)

    def _restart(self) -> None:
        QTimer.singleShot(0, lambda: self._call("restart"))

    def _leave(self) -> None:
        QTimer.singleShot(0, lambda: self._call("leave"))

    def _again(self) -> None:
        QTimer.singleShot(0, lambda: self._call("again"))

    def _next(self) -> None:
        QTimer.singleShot(0, lambda: self._call("next_lesson"))

    def _to_list(self) -> None:
        from ..urls import WELCOME_URL

        self.window.navigate(WELCOME_URL)

    def _read(self) -> None:
        from ..tutor.speech import Reader

        if self._reader is None:
            self._reader = Reader(self)
        tutor = self.tutor
        step = tutor.step if tutor is not None else None
        if step is None:
            return
        parts = [self.position.text(), self.instruction.text()]
        if self.wait.isVisible():
            parts.append(self.wait.text())
        if self.feedback_box.isVisible():
            parts.append(self.feedback.text())
        if self.hint_box.isVisible():
            parts.append(self.hint.text())
        self.speech.hide()
        self._reader.say(". ".join(parts), self._cannot_read)

    def _cannot_read(self, message: str) -> None:
        _set(self.speech, message)
        self.speech.show()

    def _attestato(self) -> None:
        tutor = self.tutor
        if tutor is None:
            return
        if tutor.learner_needs_name():
            self.name_form.show()
            self.name_field.input.setFocus()
            return
        self._open_attestato()

    def _attestato_with_name(self) -> None:
        tutor = self.tutor
        if tutor is None:
            return
        problem = tutor.rename_learner(self.name_field.value())
        self.name_field.set_error(problem or "")
        if problem:
            return
        self.name_form.hide()
        self._open_attestato()

    def _open_attestato(self) -> None:
        viewer = self.tutor.open_attestato()
        if viewer is not None:
            _set(self.end_status, self.t("L'attestato è aperto nel visore dei documenti: da lì può salvarlo o stamparlo."))
            self.end_status.show()

    # -- for tests ---------------------------------------------------------------------------------
    def position_text(self) -> str:
        return self.position.text() if self.lesson_view.isVisible() or not self.end_view.isVisible() else ""

    def instruction_text(self) -> str:
        return self.instruction.text()

    def feedback_text(self) -> str:
        return self.feedback.text() if self.feedback_box.isVisibleTo(self) else ""

    def end_text(self) -> str:
        if not self.end_view.isVisibleTo(self):
            return ""
        parts = [self.end_title.text()]
        for box, lab in ((self.end_result_box, self.end_result), (self.end_failed_box, self.end_failed)):
            if box.isVisibleTo(self):
                parts.append(lab.text())
        parts += [self.end_done.accessibleName(), self.end_numbers.text()]
        return "\n".join(parts)


def _esc(text: str) -> str:
    from html import escape

    return escape(text, quote=False)
