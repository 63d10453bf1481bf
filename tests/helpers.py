"""Helpers for pytest-qt tests: find widgets as a screen reader would (by their
accessible name), click, type, wait for pages."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from app.services import auth, personas


def make_window(qtbot, db_path, *extra: str, world=None, welcome: bool = False):
    """The whole window, as `palestra-inps --db db_path --no-state *extra` builds it. It opens
    on the search engine unless `extra` says otherwise (--start, --lesson, --screenshot) or
    `welcome` asks for what a first start shows (the welcome page)."""
    from main import build_main_window

    goes_somewhere = any(a in ("--start", "--lesson", "--screenshot") for a in extra)
    if not welcome and not goes_somewhere:
        from ui.browser.router import START_URL

        extra = (*extra, "--start", START_URL)
    window = build_main_window(["--db", str(db_path), "--no-state", *extra], world=world)
    qtbot.addWidget(window)
    window.resize(1300, 900)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.waitUntil(lambda: window._finished, timeout=5000)  # every panel built, as a learner finds it
    return window


def page(window):
    return window.current_tab().page


def _descendants(parent: QWidget, cls) -> list[QWidget]:
    """`parent`'s children of class `cls`; for a page, those of what the learner sees as the
    page (a portal page in a tab: the tab's header, navigation and footer around it too)."""
    parts = parent.parts() if hasattr(parent, "parts") else [parent]
    found: list[QWidget] = []
    for part in parts:
        if part is not parent and isinstance(part, cls):
            found.append(part)  # a chrome part itself (the header band, the footer)
        found.extend(part.findChildren(cls))
    return found


def find(parent: QWidget, name: str, cls=QWidget, *, visible_only: bool = True):
    """The first child of `parent` of class `cls` whose accessible name is `name`."""
    for widget in _descendants(parent, cls):
        if widget.accessibleName() == name and (not visible_only or widget.isVisible()):
            return widget
    raise LookupError(f"no {cls.__name__} named {name!r} in {type(parent).__name__}")


def find_all(parent: QWidget, cls=QWidget) -> list[QWidget]:
    return [w for w in _descendants(parent, cls) if w.isVisible()]


def click(qtbot, parent: QWidget, name: str) -> None:
    button = find(parent, name, QAbstractButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, parent: QWidget, name: str, text: str, *, clear: bool = True) -> QLineEdit:
    edit = find(parent, name, QLineEdit)
    if clear:
        edit.clear()
    qtbot.keyClicks(edit, text)
    return edit


def wait_url(qtbot, window, prefix: str, timeout: int = 3000) -> None:
    qtbot.waitUntil(lambda: window.current_tab().url.startswith(prefix), timeout=timeout)


def tab_text(qtbot, window, expected: str, timeout: int = 3000) -> str:
    """The current tab's text once it says `expected` (it follows the page's first paint).
    Returns what it says at the end, for the assertion's message."""
    tabs = window.tabs
    try:
        qtbot.waitUntil(lambda: expected in tabs.tabText(tabs.currentIndex()), timeout=timeout)
    except Exception:  # noqa: BLE001 - the caller's assert says what was there
        pass
    return tabs.tabText(tabs.currentIndex())


def login_as(window, persona_key: str, method: str = "pin_dispositivo", spid_level: int = 0):
    """Open a session directly (for journeys about what comes after the login)."""
    citizen = auth.citizen_by_cf(personas.codice_fiscale_of(personas.persona(persona_key)))
    session = auth.open_session(window.world, citizen, method, spid_level=spid_level)
    window.session.start(session)
    window.set_person(citizen.id)
    return session


def texts(parent: QWidget) -> str:
    """All visible label texts of a widget tree, joined: for assertions on what is shown."""
    from PySide6.QtWidgets import QLabel

    return "\n".join(w.text() for w in _descendants(parent, QLabel) if w.isVisible())


SHOTS = __import__("os").environ.get("PALESTRA_SHOTS", "")


def shot(widget, name: str) -> None:
    """Save a picture of `widget` when PALESTRA_SHOTS names a folder (to look at a journey)."""
    if SHOTS:
        import os

        from PySide6.QtTest import QTest

        QTest.qWait(150)  # let pending layouts settle before the picture
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def cf_of(key: str) -> str:
    """A demo persona's codice fiscale."""
    return personas.codice_fiscale_of(personas.persona(key))


def visible(qtbot, window, name: str, cls=QLineEdit):
    """Wait until the current page shows a widget named `name`, and return it."""
    def ready():
        try:
            find(page(window), name, cls)
            return True
        except LookupError:
            return False
    qtbot.waitUntil(ready, timeout=3000)
    return find(page(window), name, cls)


# -- lessons (the tutor: ui/tutor, the Lezione panel: ui/docks/lesson.py) ------------------------

def lesson_panel(window):
    """The Lezione panel (LessonDock)."""
    return window.dock_panels["LessonDock"]


def start_lesson(qtbot, window, key: str, mode: str = "allenamento") -> None:
    """Start lesson `key` as the welcome page's Allenamento / Verifica button does (the world
    in the lesson's starting state, its persona in "Io sono", its first page), and wait
    until the tutor shows "Passo 1 di M"."""
    from app.lessons import catalogue

    lesson = catalogue.lesson(key)
    window.tutor.start(key, mode)
    qtbot.waitUntil(lambda: window.tutor.session is not None and window.tutor.session.lesson.key == key
                    and lesson_position(window)[0] == 1, timeout=3000)
    if lesson.start.url:
        wait_url(qtbot, window, lesson.start.url.split("?")[0])


def lesson_position(window) -> tuple[int, int]:
    """(N, M) of the "Passo N di M" the Lezione panel shows; (0, 0) when no step is shown
    (no lesson, or the lesson is over)."""
    import re

    text = lesson_panel(window).position_text()
    found = re.fullmatch(r"Passo (\d+) di (\d+)", text)
    return (int(found.group(1)), int(found.group(2))) if found else (0, 0)


def wait_step(qtbot, window, n: int, timeout: int = 3000) -> None:
    """Wait until the tutor is at step `n` (it advances by itself after the learner's action)."""
    def there():
        window.tutor.poll()
        return lesson_position(window)[0] == n
    qtbot.waitUntil(there, timeout=timeout)


def lesson_finished(window) -> bool:
    """True once the panel shows the end of the lesson (Complimenti! ... / the Verifica result)."""
    window.tutor.poll()
    return window.tutor.finished and bool(lesson_panel(window).end_text())


def wait_finished(qtbot, window, timeout: int = 3000) -> None:
    qtbot.waitUntil(lambda: lesson_finished(window), timeout=timeout)


def lesson_target(window):
    """The widget the current step's target resolves to (None if it is not on screen), found
    as "Mostra dove" finds it (a dock target's dock is brought to the front first)."""
    return window.tutor.target_widget(reveal=True)


def tutor_click(qtbot, window, name: str) -> None:
    """Press one of the Lezione panel's buttons by its label ("Ho capito", "Mostra dove",
    "Suggerimento", "Leggi ad alta voce", "Ricomincia la lezione", "Esci dalla lezione",
    "Lezione successiva", "Attestato (PDF)"...)."""
    window.show_dock("LessonDock")
    click(qtbot, lesson_panel(window), name)
    from PySide6.QtTest import QTest

    QTest.qWait(0)
    qtbot.wait(10)
