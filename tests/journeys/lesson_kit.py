"""What the lesson journeys (tests/journeys/test_lesson_*.py) share: at each step the
tutor shows "Passo N di M" and the step's target is on screen, as "Mostra dove" finds it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.helpers import (
    find,
    lesson_finished,
    lesson_panel,
    lesson_position,
    lesson_target,
    tutor_click,
    wait_step,
)


def at_step(qtbot, window, n: int, total: int) -> QWidget | None:
    """Wait for "Passo n di total" and check that the step's target resolves (a step
    without a target returns None)."""
    wait_step(qtbot, window, n)
    assert lesson_position(window) == (n, total)
    step = window.tutor.step
    if step.target is None:
        return None
    widget = None

    def found() -> bool:
        nonlocal widget
        widget = lesson_target(window)
        return widget is not None

    qtbot.waitUntil(found, timeout=3000)
    assert widget.accessibleName() == step.target.name or step.target.scope == "menu"
    return widget


def understood(qtbot, window, n: int, total: int) -> None:
    """A step that only explains: "Ho capito" (its target is the tutor's button)."""
    at_step(qtbot, window, n, total)
    assert window.tutor.step.understood
    tutor_click(qtbot, window, "Ho capito")


def press(qtbot, widget: QWidget) -> None:
    """Click a target widget the way the learner does (it must be a button)."""
    assert isinstance(widget, QAbstractButton), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def press_in(qtbot, parent: QWidget, name: str) -> None:
    """Click the button `name` of `parent` once it is shown (new widgets appear on the next turn)."""
    def shown() -> bool:
        try:
            find(parent, name, QAbstractButton)
            return True
        except LookupError:
            return False

    qtbot.waitUntil(shown, timeout=3000)
    qtbot.mouseClick(find(parent, name, QAbstractButton), Qt.MouseButton.LeftButton)


def finished(qtbot, window, title: str) -> str:
    """Wait for the end screen and return its text; it names the lesson."""
    qtbot.waitUntil(lambda: lesson_finished(window), timeout=3000)
    assert lesson_position(window) == (0, 0)
    text = lesson_panel(window).end_text()
    assert f"«{title}»" in text
    return text


def feedback(window) -> str:
    """What the tutor says after a mistake ("" when nothing)."""
    return lesson_panel(window).feedback_text()
