"""After the first paint: what a learner does not see yet is built once what they do see
is on screen (a page's part below the fold, the panels after the window's first paint).

    after_painted(widget, callback)   # on the turn after `widget`'s next paint
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    """Runs a widget's waiting callbacks on the turn after its next paint; at once (next
    turn) if the widget is not on screen, where no paint will ever come (a hidden window)."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.widget = widget
        self.callbacks: list[Callable[[], None]] = []
        widget.installEventFilter(self)
        QTimer.singleShot(0, self, self._unless_shown)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self.run)
        return False

    def _unless_shown(self) -> None:
        if not self.widget.isVisible():
            self.widget.removeEventFilter(self)
            self.run()

    def run(self) -> None:
        callbacks, self.callbacks = self.callbacks, []
        self.widget._paint_waiter = None
        for callback in callbacks:
            callback()
        self.deleteLater()


def after_painted(widget: QWidget, callback: Callable[[], None]) -> None:
    """Run `callback` on the turn after `widget` has next been painted (the next turn if it
    is not visible); callbacks given before that paint run together, in order."""
    waiting = getattr(widget, "_paint_waiter", None)
    if waiting is None:
        waiting = widget._paint_waiter = _AfterPaint(widget)
    waiting.callbacks.append(callback)
