"""The tutor: follows the learner's lesson (app.lessons.session.LessonSession) and keeps
the window in step with it. Qt-side only; the engine in app/lessons decides.

    tutor = window.tutor
    tutor.start("trova-il-sito", "allenamento")   # what the welcome page's buttons do
    tutor.resume()                                 # "Continua la lezione": the world as it was
    tutor.restart(); tutor.leave()                 # Ricomincia / Esci dalla lezione
    tutor.understood(); tutor.hint(); tutor.show_where()
    tutor.position -> (n, m); tutor.finished; tutor.target_widget()

The session is polled after every recorded event (quiet ones too: a page switch is one)
and after every clock move, on the next turn of the event loop, when the event is
committed; steps therefore advance by themselves.
"""
from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.lessons import catalogue
from app.lessons.session import LessonSession, lesson_states

from ..browser import router
from . import targets
from .highlight import Highlight

log = logging.getLogger(__name__)

DOCK = targets.TUTOR_DOCK
WELCOME_HOST = "palestra.sim"


def tr(text: str) -> str:
    return QCoreApplication.translate("Tutor", text)


class Tutor(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.session: LessonSession | None = None
        self.feedback: list = []  # what the engine said last (app.lessons.engine.Feedback)
        self.hint_text = ""  # the hint shown for the current step ("" when none)
        self._highlight = Highlight()
        self._world = window.world
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.poll)
        self._world.events.listeners.append(self._on_event)
        window.bridge.world_changed.connect(self.schedule_poll)

    @property
    def highlight(self) -> Highlight:
        """The Mostra dove frame (made again if the window it was drawn in went away)."""
        if not shiboken6.isValid(self._highlight):
            self._highlight = Highlight()
        return self._highlight

    # -- state ---------------------------------------------------------------------------------
    @property
    def world(self):
        return self.window.world

    @property
    def active(self) -> bool:
        return self.session is not None

    @property
    def finished(self) -> bool:
        return self.session is not None and self.session.runner.finished

    @property
    def position(self) -> tuple[int, int]:
        return self.session.runner.position if self.session is not None else (0, 0)

    @property
    def step(self):
        return self.session.runner.step if self.session is not None else None

    @property
    def hints_allowed(self) -> bool:
        return self.session is not None and self.session.runner.hints_allowed

    def open_run(self) -> LessonSession | None:
        """The learner's open lesson (this window's, or one left open last time)."""
        if self.session is not None and not self.session.runner.finished:
            return self.session
        return LessonSession.resume(self.world)

    def states(self) -> dict[str, str]:
        return lesson_states(self.world.classroom, self.world.learner.id)

    # -- opening a lesson -----------------------------------------------------------------------
    def start(self, key: str, mode: str = "allenamento") -> None:
        """A new go at lesson `key`: the world in the lesson's starting state, the tutor on."""
        self.highlight.clear()
        session, info = LessonSession.start(self.world, key, mode)
        self.session = session
        self._apply_start(info)
        self._entered()

    def resume(self, key: str | None = None) -> bool:
        """Go on with the learner's open lesson "with the world as it was" (no reset)."""
        session = self.open_run()
        if session is None or (key and session.lesson.key != key):
            return False
        self.highlight.clear()
        self.session = session
        lesson = session.lesson
        window = self.window
        if lesson.start.persona:
            self._choose_persona(lesson.start.persona)
        if lesson.start.login and not window.session.logged_in:
            self._log_in(lesson.start.persona, lesson.start.login)
        here = window.current_tab().url if window.current_tab() is not None else ""
        if not here or _is_program_page(here):
            window.navigate(self._last_page() or lesson.start.url or router.START_URL)
        self._skip_seen()
        self._entered()
        return True

    def restart(self) -> None:
        """"Ricomincia la lezione": the lesson's starting state again, from step 1."""
        if self.session is None:
            return
        self.highlight.clear()
        info = self.session.restart()
        self._apply_start(info)
        self._entered()

    def again(self) -> None:
        """After the end: the same lesson once more (a new go; the result stays)."""
        if self.session is not None:
            self.start(self.session.lesson.key, self.session.mode)

    def next_lesson(self) -> bool:
        """"Lezione successiva" (the lesson file's `next`), in the same mode."""
        if self.session is None:
            return False
        key = self.session.lesson.next
        if not key or key not in catalogue.load_all():
            return False
        self.start(key, self.session.mode)
        return True

    def leave(self) -> None:
        """"Esci dalla lezione": the lesson stays interrupted, the world as it is."""
        self.highlight.clear()
        if self.session is not None:
            self.session.leave()
        self.session = None
        self.feedback = []
        self.hint_text = ""
        dock = self.window.docks.get(DOCK)
        if dock is not None:
            dock.hide()
        self._render()

    # -- what the learner does in the panel -----------------------------------------------------------
    def understood(self) -> None:
        if self.session is None:
            return
        self._said(self.session.understood())

    def hint(self) -> str | None:
        if self.session is None:
            return None
        text = self.session.hint()
        if text is not None:
            self.hint_text = text
            self._render()
        return text

    def target_widget(self, reveal: bool = False) -> QWidget | None:
        step = self.step
        if step is None or step.target is None:
            return None
        return targets.resolve(self.window, step.target, reveal=reveal)

    def show_where(self) -> QWidget | None:
        """"Mostra dove": frame the current step's target (never in Verifica)."""
        if not self.hints_allowed or self.step is None or self.step.target is None:
            return None
        widget = self.target_widget(reveal=True)
        if widget is None:
            return None
        _scroll_into_view(widget)
        target = self.step.target
        self.highlight.show_on(widget, lambda w, t=target: targets.target_rect(w, t))
        return widget

    # -- the learner (the real person; the persona is who they play) --------------------------------
    @property
    def learner_name(self) -> str:
        return self.world.learner.name

    def learner_needs_name(self) -> bool:
        """True while the learner is the unnamed single user of a home computer ("Io")."""
        from app.classroom import DEFAULT_LEARNER

        return self.world.learner.name.strip() in ("", DEFAULT_LEARNER)

    def rename_learner(self, name: str) -> str | None:
        """Give the learner a name; returns the Italian problem, or None when done."""
        from app.classroom import DEFAULT_LEARNER, ClassroomError

        if " ".join(name.split()) == DEFAULT_LEARNER:
            return tr("Scriva il suo nome e cognome, come devono comparire sull'attestato.")
        try:
            self.world.learner = self.world.classroom.rename_learner(self.world.learner.id, name)
        except ClassroomError as exc:
            return QCoreApplication.translate("app", exc.message)
        self.mark_name_asked()
        return None

    def name_asked(self) -> bool:
        return self.world.classroom.setting(f"tutor.name_asked.{self.world.learner.id}") == "1"

    def mark_name_asked(self) -> None:
        self.world.classroom.set_setting(f"tutor.name_asked.{self.world.learner.id}", "1")

    def open_attestato(self):
        """The attestato of a passed Verifica, in the program's PDF viewer (None: no attestato)."""
        session = self.session
        if session is None or session.runner.passed is not True or self.learner_needs_name():
            return None
        from app.pdf.attestato import attestato_pdf

        summary = session.summary()
        today = self.world.classroom.now().date()  # a real date: it certifies a real person's exercise
        data = attestato_pdf(learner=self.learner_name, summary=summary, on=today)
        return self.window.open_pdf(tr("Attestato - %1").replace("%1", summary["lesson"]), data)

    # -- following the world ------------------------------------------------------------------------
    def _on_event(self, _event) -> None:
        if not shiboken6.isValid(self):
            if self._on_event in self._world.events.listeners:
                self._world.events.listeners.remove(self._on_event)
            return
        if self.session is not None:
            self._timer.start()  # after the commit, on the next turn of the event loop

    def schedule_poll(self) -> None:
        if self.session is not None:
            self._timer.start()

    def poll(self) -> list:
        if self.session is None or self.session.runner.finished:
            return []
        try:
            said = self.session.poll()
        except Exception:  # noqa: BLE001 - a database hiccup must not take the window down
            log.exception("lesson poll failed")
            return []
        if said:
            self._said(said)
        return said

    def _said(self, said: list) -> None:
        if not said:
            return
        if any(f.kind in ("advanced", "finished") for f in said):
            self.highlight.clear()
            self.hint_text = ""
        self.feedback = list(said)
        self._render()

    # -- the window --------------------------------------------------------------------------------
    def _apply_start(self, info) -> None:
        """The window as the lesson starts: a new world shown, one tab with no history,
        the lesson's persona in "Io sono", logged in if the lesson says so, its first page."""
        window = self.window
        window.world_was_reset()
        while window.tabs.count() > 1:
            window.close_tab(window.tabs.count() - 1)
        tab = window.current_tab()
        tab.history.entries.clear()
        tab.history.index = -1
        if info.persona:
            self._choose_persona(info.persona)
        if info.login:
            self._log_in(info.persona, info.login)
        tab.navigate(info.url or router.START_URL)
        self._skip_seen()

    def _skip_seen(self) -> None:
        """What the window itself did to set the lesson up is not the learner's doing."""
        session = self.session
        last = self.world.events.last_id()
        if session is not None and last != session.cursor:
            session.cursor = last
            session.save()

    def _choose_persona(self, key: str) -> None:
        combo = self.window.person_combo
        self.window.refresh_people()
        from PySide6.QtCore import Qt

        for i in range(combo.count()):
            if combo.itemData(i, Qt.ItemDataRole.UserRole + 1) == key:
                combo.setCurrentIndex(i)
                self.window.person_id = combo.currentData()
                return

    def _log_in(self, persona_key: str, method: str) -> None:
        from app.services import auth, personas

        if not persona_key:
            return
        citizen = auth.citizen_by_cf(personas.codice_fiscale_of(personas.persona(persona_key)))
        if citizen is None:
            return
        session = auth.open_session(self.world, citizen, method, spid_level=2 if method == "spid" else 0)
        self.window.session.start(session)
        self.window.set_person(citizen.id)

    def _last_page(self) -> str:
        from app.services import events

        for event in self.world.events.recent(limit=40, kind_prefix="page.visited"):
            url = str(events.detail(event).get("url", ""))
            if url and not _is_program_page(url):
                return url
        return ""

    def _entered(self) -> None:
        self.feedback = []
        self.hint_text = ""
        self.window.show_dock(DOCK)
        self._render()

    def _render(self) -> None:
        panel = self.window.dock_panels.get(DOCK)
        if panel is not None and hasattr(panel, "render"):
            panel.render()


def _is_program_page(url: str) -> bool:
    from urllib.parse import urlsplit

    return (urlsplit(url).hostname or "").lower() == WELCOME_HOST


def _scroll_into_view(widget: QWidget) -> None:
    from PySide6.QtWidgets import QScrollArea

    w = widget.parentWidget()
    while w is not None:
        if isinstance(w, QScrollArea) and w.widget() is not None and w.widget().isAncestorOf(widget):
            w.ensureWidgetVisible(widget, 40, 40)
        w = w.parentWidget()
