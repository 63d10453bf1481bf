"""The program's own pages (host palestra.sim): the welcome page with the lessons, and
the learner's name. Pages of the program, not dialogs: nobody is ever left waiting on
a window that must be answered (scripts, tests, kiosks).

- WELCOME_URL "Benvenuto nella Palestra INPS": who the program is for, the learner's
  name (asked once, on the first start), the lesson left open ("Continua la lezione"),
  *Esplora liberamente*, then *Che cosa vuole imparare?*: the lessons by course, each
  with its state and the buttons Allenamento and Verifica.
- LEARNER_NAME_URL "Il suo nome": the name that goes on the attestato.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.lessons import catalogue

from .. import tokens as T
from ..browser.router import START_URL, route
from ..urls import LEARNER_NAME_URL, WELCOME_URL
from ..widgets.common import Field, alert, button, heading, label, set_role
from ..widgets.responsive import Columns, FlowLayout
from .base import Page

FIRST_CARDS = 1  # built with the page (at 1366×768 only its top is in sight); the rest right after the first paint
STATE_NAMES = {
    "nuova": ("Nuova", "fieldlabel"),
    "in_corso": ("In corso", "warning"),
    "interrotta": ("Interrotta", "warning"),
    "completata": ("Completata", "success"),
    "superata": ("Superata", "success"),
    "non_superata": ("Verifica non superata", "warning"),
}


def _tutor(page):
    from ..tutor import install

    return install(page.ctx.window)


class _NameForm(QWidget):
    """Nome e cognome + Salva il nome; `done(name)` is called once the name is saved."""

    def __init__(self, page, done, value: str = "", inline: bool = False):
        super().__init__()
        self.page = page
        self.done = done
        lay = QHBoxLayout(self) if inline else QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(T.S2)
        self.field = Field(QCoreApplication.translate("WelcomePage", "Nome e cognome"), "learner_name", max_length=60)
        self.field.set_value(value)
        self.field.input.returnPressed.connect(self.save)
        lay.addWidget(self.field, 1)
        self.save_button = button(QCoreApplication.translate("WelcomePage", "Salva il nome"), self.save)
        if inline:  # beside the field, level with the box (the field's label is above it)
            lay.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
            lay.setSpacing(T.S3)
        else:
            lay.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)

    def save(self) -> None:
        problem = _tutor(self.page).rename_learner(self.field.value())
        self.field.set_error(problem or "")
        if problem is None:
            self.done(self.field.value())


@route(WELCOME_URL, title="Benvenuto nella Palestra INPS")
class WelcomePage(Page):
    TITLE = "Benvenuto nella Palestra INPS"

    def build(self, body):
        tutor = _tutor(self)
        self.tutor = tutor
        self.asks_name = tutor.learner_needs_name() and not tutor.name_asked()
        body.addWidget(heading(self.tr("Benvenuto nella Palestra INPS")))
        body.addWidget(label(self.tr(
            "Palestra INPS è una copia di prova del portale dell'INPS, senza Internet, per imparare a usare "
            "PIN, SPID, CNS e Fascicolo senza alcun rischio: persone e dati sono di fantasia. È pensata per "
            "chi si esercita a casa, per chi si forma allo sportello di un CAF e per le lezioni in aula."),
            "lead"))
        open_run = tutor.open_run()
        assigned = self._assigned_part(open_run)
        if assigned is not None:  # the trainer's lesson comes first (ui/trainer, app.classroom)
            body.addWidget(assigned)
        body.addWidget(self._name_part())
        if open_run is not None:
            body.addWidget(self._open_part(open_run))
        explore = QWidget()
        ex = QHBoxLayout(explore)
        ex.setContentsMargins(0, 0, 0, 0)
        ex.setSpacing(T.S3)
        self.explore_button = button(self.tr("Esplora liberamente"), self._explore, role="secondary")
        ex.addWidget(self.explore_button)
        ex.addWidget(label(self.tr("Il portale di prova senza lezione: si parte dal motore di ricerca."), "muted"), 1)
        body.addWidget(explore)
        body.addSpacing(T.S2)
        body.addWidget(heading(self.tr("Che cosa vuole imparare?"), 2))
        body.addWidget(label(self.tr(
            "Ogni lezione si può fare in due modi. Allenamento: con i suggerimenti e «Mostra dove», senza voto. "
            "Verifica: senza aiuti; se la supera riceve un attestato in PDF.")))
        # The first cards at once; the others (below the fold) right after the first paint.
        self._states = tutor.states()
        self._open_run = open_run
        self._pending: list = []
        for course, lessons in catalogue.by_course():
            self._pending.append(course)
            self._pending.extend(lessons)
        self.cards: dict[str, QFrame] = {}
        self._add_items(body, FIRST_CARDS)
        if self._pending:
            self.below_the_fold(body, self._add_items)

    def _add_items(self, lay, cards: int | None = None) -> None:
        """The course headings and lesson cards still waiting, in order: `cards` of them
        (headings do not count), or all."""
        while self._pending and (cards is None or cards > 0):
            item = self._pending.pop(0)
            if isinstance(item, str):
                widget = heading(self.tr(item), 2)
            else:
                widget = self._lesson_card(item, self._states.get(item.key, "nuova"), self._open_run)
                self.cards[item.key] = widget
                if cards is not None:
                    cards -= 1
            lay.addWidget(widget)

    def card(self, key: str) -> QFrame:
        """The card of lesson `key` (for tests: the whole list is built first)."""
        self.build_below_the_fold()
        return self.cards[key]

    # -- parts ------------------------------------------------------------------------------
    def _name_part(self) -> QWidget:
        tutor = self.tutor
        frame = QFrame()
        set_role(frame, "band")
        lay = QVBoxLayout(frame)
        lay.setContentsMargins(T.S5, T.S4, T.S5, T.S4)
        lay.setSpacing(T.S2)
        if self.asks_name:
            lay.addWidget(heading(self.tr("Come si chiama?"), 3))
            lay.addWidget(label(self.tr(
                "Il suo nome va sull'attestato quando supera una verifica. Può anche scriverlo più tardi, "
                "dal menu Lezioni.")))
            lay.addWidget(_NameForm(self, lambda _name: self.go(WELCOME_URL), inline=True))
        else:
            row = QWidget()
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            h.setSpacing(T.S3)
            who = (self.tr("Si esercita senza aver indicato il suo nome.") if tutor.learner_needs_name() else
                   self.tr("Si esercita come: %1").replace("%1", tutor.learner_name))
            h.addWidget(label(who, "fieldlabel"), 1)
            h.addWidget(self.link(self.tr("Cambia il suo nome"), LEARNER_NAME_URL))
            lay.addWidget(row)
        frame.setAccessibleName(self.tr("Il suo nome"))
        return frame

    def _assigned_part(self, open_run) -> QWidget | None:
        """The lesson the trainer assigned (window.assignment), while it is not done yet."""
        from app.lessons.session import assignment_pending

        assignment = getattr(self.ctx.window, "assignment", None)
        try:
            if not assignment_pending(self.world, assignment):
                return None
            lesson = catalogue.lesson(assignment["lesson_key"])
        except Exception:  # noqa: BLE001 - a lesson file removed, a server gone: no box
            return None
        mode = assignment.get("mode") or "allenamento"
        shown = self.tr("Verifica") if mode == "verifica" else self.tr("Allenamento")
        box = alert(self.tr("Il formatore le ha assegnato la lezione «%1», in modalità %2.")
                    .replace("%1", lesson.title).replace("%2", shown), "info")
        if open_run is not None and open_run.lesson.key == lesson.key and open_run.mode == mode:
            self.assigned_button = button(self.tr("Continua la lezione assegnata"), self._continue)
        else:
            self.assigned_button = button(self.tr("Inizia la lezione assegnata"),
                                          lambda _=False, k=lesson.key, m=mode: self._start(k, m))
        box.layout().addWidget(self.assigned_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.setAccessibleName(self.tr("Lezione assegnata dal formatore"))
        return box

    def _open_part(self, run) -> QWidget:
        n, m = run.runner.position
        mode = self.tr("Verifica") if run.mode == "verifica" else self.tr("Allenamento")
        box = alert(self.tr("Ha una lezione in corso: «%1» (%2), al passo %3 di %4. Può continuare da dove era "
                            "arrivato: il mondo simulato è rimasto com'era.")
                    .replace("%1", run.lesson.title).replace("%2", mode)
                    .replace("%3", str(n)).replace("%4", str(m)), "info")
        self.continue_button = button(self.tr("Continua la lezione"), self._continue)
        box.layout().addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _lesson_card(self, lesson, state: str, open_run) -> QFrame:
        """Title, state and summary; beside them (below them when narrow) the two buttons."""
        card = QFrame()
        set_role(card, "card")
        card.setAccessibleName(lesson.title)
        lay = QVBoxLayout(card)
        lay.setContentsMargins(T.S5, T.S4, T.S5, T.S4)
        text = QWidget()
        tl = QVBoxLayout(text)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(T.S1)
        tl.addWidget(label(lesson.title, "h3"))
        shown, role = STATE_NAMES.get(state, STATE_NAMES["nuova"])
        state_text = self.tr("Stato: %1").replace("%1", self.tr(shown))
        if open_run is not None and open_run.lesson.key == lesson.key:
            n, m = open_run.runner.position
            state_text = self.tr("Stato: In corso, al passo %1 di %2").replace("%1", str(n)).replace("%2", str(m))
            role = "warning"
        state_label = label(state_text, role)
        state_label.setObjectName("LessonState")
        tl.addWidget(state_label)
        if lesson.summary:
            tl.addWidget(label(" ".join(lesson.summary.split())))
        buttons = QWidget()
        flow = FlowLayout(buttons, T.S3, T.S2)
        flow.addWidget(button(self.tr("Allenamento"), lambda _=False, k=lesson.key: self._start(k, "allenamento")))
        flow.addWidget(button(self.tr("Verifica"), lambda _=False, k=lesson.key: self._start(k, "verifica"),
                              role="secondary"))
        lay.addWidget(Columns(text, buttons, min_em=32, main_stretch=1, side_stretch=0, spacing=T.S5,
                              align=Qt.AlignmentFlag.AlignVCenter))
        card.state_label = state_label  # type: ignore[attr-defined]
        return card

    # -- actions (after the click: the page is replaced) -----------------------------------------
    def _start(self, key: str, mode: str) -> None:
        QTimer.singleShot(0, lambda: self.tutor.start(key, mode))

    def _continue(self) -> None:
        QTimer.singleShot(0, lambda: self.tutor.resume())

    def _explore(self) -> None:
        self.go(START_URL)

    def shown(self) -> None:
        if self.asks_name:
            self.tutor.mark_name_asked()  # asked once: the next start does not ask again
            for field in self.findChildren(Field):
                field.input.setFocus()
                return
        button_ = getattr(self, "assigned_button", None) or getattr(self, "continue_button", None)
        if button_ is not None:
            button_.setFocus()


@route(LEARNER_NAME_URL, title="Il suo nome")
class LearnerNamePage(Page):
    TITLE = "Il suo nome - Palestra INPS"

    def build(self, body):
        tutor = _tutor(self)
        body.addWidget(heading(self.tr("Il suo nome")))
        body.addWidget(label(self.tr(
            "Il nome di chi si esercita: compare sull'attestato quando supera una verifica. Non è il nome "
            "della persona di prova che impersona nel portale (quella si sceglie in «Io sono»)."), "lead"))
        current = "" if tutor.learner_needs_name() else tutor.learner_name
        self.form = _NameForm(self, self._saved, current)
        body.addWidget(self.form)
        self.done = alert("", "success")
        self.done.hide()
        body.addWidget(self.done)
        body.addWidget(self.link(self.tr("Torna all'elenco delle lezioni"), WELCOME_URL))

    def _saved(self, _name: str) -> None:
        text = self.tr("Fatto: ora si esercita come %1.").replace("%1", _tutor(self).learner_name)
        self.done.text_label.setText(text)
        self.done.text_label.setAccessibleName(text)
        self.done.setAccessibleName(text)
        self.done.show()

    def shown(self) -> None:
        self.form.field.input.setFocus()
