"""The learning layer's user interface: the tutor (controller), the Lezione panel
(ui/docks/lesson.py), the "Mostra dove" highlight, the welcome page (ui/pages/welcome.py)
and the Lezioni menu.

    from ui.tutor import install
    tutor = install(window)           # once the window has its world (main.build_main_window)
    first_page(window.world)          # the welcome page on first start, else the search engine
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from .controller import Tutor

# The controller (and with it the lesson engine and the database layer) is imported
# when a window gets its tutor, not when ui.tutor.speech is: the window's frame uses
# the reader for Visualizza and must paint before the database layer is loaded.


def __getattr__(name: str):
    if name == "Tutor":
        from .controller import Tutor

        return Tutor
    raise AttributeError(name)


def tr(text: str) -> str:
    return QCoreApplication.translate("Tutor", text)


def install(window) -> Tutor:
    """Give the window its tutor (window.tutor) and the Lezioni menu."""
    from .controller import Tutor

    existing = getattr(window, "tutor", None)
    if isinstance(existing, Tutor):
        return existing
    tutor = Tutor(window)
    window.tutor = tutor
    _add_menu(window, tutor)
    return tutor


def _add_menu(window, tutor: Tutor) -> None:
    from ..urls import LEARNER_NAME_URL, WELCOME_URL

    bar = window.menuBar()
    menu = bar.addMenu(tr("&Lezioni"))
    menu.setObjectName("LessonsMenu")
    actions = bar.actions()
    if len(actions) > 2:  # right after File: where a newcomer looks first
        bar.insertMenu(actions[1], menu)
    act_list = menu.addAction(tr("Elenco delle lezioni"))
    act_list.setObjectName("act_lessons")
    act_list.triggered.connect(lambda: window.navigate(WELCOME_URL))
    act_resume = menu.addAction(tr("Continua la lezione"))
    act_resume.setObjectName("act_lesson_resume")
    act_resume.triggered.connect(lambda: tutor.resume())
    act_leave = menu.addAction(tr("Esci dalla lezione"))
    act_leave.setObjectName("act_lesson_leave")
    act_leave.triggered.connect(tutor.leave)
    menu.addSeparator()
    act_name = menu.addAction(tr("Cambia il suo nome"))
    act_name.setObjectName("act_learner_name")
    act_name.triggered.connect(lambda: window.navigate(LEARNER_NAME_URL))

    def update() -> None:
        act_leave.setEnabled(tutor.active and not tutor.finished)
        try:
            open_run = tutor.open_run()
        except Exception:  # noqa: BLE001 - a server that went away: the menu still opens
            open_run = None
        act_resume.setEnabled(open_run is not None and (tutor.session is not open_run or not _docked(window)))

    menu.aboutToShow.connect(update)
    update()
    window.lessons_menu = menu


def _docked(window) -> bool:
    dock = window.docks.get("LessonDock")
    return dock is not None and dock.isVisible()


def first_page(world) -> str:
    """Where the program opens without --start / --lesson: the welcome page on first
    start (no lesson started yet) or when a lesson was left open; else the search engine."""
    from app.lessons.session import LessonSession, lesson_states

    from ..browser.router import START_URL
    from ..urls import WELCOME_URL

    classroom = getattr(world, "classroom", None)
    learner = getattr(world, "learner", None)
    if classroom is None or learner is None:
        return START_URL
    if (not lesson_states(classroom, learner.id) or LessonSession.resume(world) is not None
            or _assigned(world)):
        return WELCOME_URL
    return START_URL


def _assigned(world) -> bool:
    """A lesson the trainer assigned and the learner has not done yet (the welcome page offers it)."""
    from app.lessons.session import assignment_pending

    try:
        return assignment_pending(world, world.classroom.assignment_for(world.learner.id))
    except Exception:  # noqa: BLE001 - a server gone: the program opens anyway
        return False


__all__ = ["Tutor", "first_page", "install"]
