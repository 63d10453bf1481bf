"""Helpers for pytest-qt tests: find widgets as a screen reader would (by their
accessible name), click, type, wait for pages."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from app.services import auth, personas


def make_window(qtbot, db_path, *extra: str, world=None):
    from main import build_main_window

    window = build_main_window(["--db", str(db_path), "--no-state", *extra], world=world)
    qtbot.addWidget(window)
    window.resize(1300, 900)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def page(window):
    return window.current_tab().page


def find(parent: QWidget, name: str, cls=QWidget, *, visible_only: bool = True):
    """The first child of `parent` of class `cls` whose accessible name is `name`."""
    for widget in parent.findChildren(cls):
        if widget.accessibleName() == name and (not visible_only or widget.isVisible()):
            return widget
    raise LookupError(f"no {cls.__name__} named {name!r} in {type(parent).__name__}")


def find_all(parent: QWidget, cls=QWidget) -> list[QWidget]:
    return [w for w in parent.findChildren(cls) if w.isVisible()]


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

    return "\n".join(w.text() for w in parent.findChildren(QLabel) if w.isVisible())


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
