"""Shared parts of the PIN pages (issue 3): the PIN input with «Mostra il PIN», the
new-PIN form, the per-window memory of a first access in progress, and the helpers
that end a login (start the session, show the citizen's world).

No routes here: the pages are in pin_login.py, pin_first_access.py, pin_request.py,
pin_lost.py, pin_gate.py, pin_menu.py.
"""
from __future__ import annotations

import weakref
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ..widgets.common import Field, checkbox, label


def _tr(text: str) -> str:
    return QCoreApplication.translate("PinPages", text)


@dataclass
class PendingChange:
    """A PIN that was typed correctly but must be replaced before entering (first access
    with 16 characters, or expiry). Kept in memory only, per window, never in the URL."""

    codice_fiscale: str
    current: str
    reason: str  # "first_access" or "expired"
    message: str
    note: str
    next_url: str


_PENDING: "weakref.WeakKeyDictionary[object, PendingChange]" = weakref.WeakKeyDictionary()


def set_pending(window, pending: PendingChange) -> None:
    _PENDING[window] = pending


def get_pending(window) -> PendingChange | None:
    return _PENDING.get(window)


def clear_pending(window) -> None:
    _PENDING.pop(window, None)


class PinField(Field):
    """A PIN input (hidden characters, paste allowed) with a «Mostra il PIN» box."""

    def __init__(self, text: str, name: str, *, hint: str = "", max_length: int = 40, show_text: str = ""):
        super().__init__(text, name, password=True, hint=hint, max_length=max_length)
        self.show_box = checkbox(show_text or _tr("Mostra il PIN"))
        self.show_box.toggled.connect(self._toggle)
        self.layout().addWidget(self.show_box)  # under the error message, which stays next to the input

    def _toggle(self, on: bool) -> None:
        self.input.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)


class NewPinForm(QWidget):
    """Nuovo PIN + Conferma nuovo PIN, with the rules written out."""

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(label(_tr("Il nuovo PIN deve:"), "fieldlabel"))
        for rule in (
            _tr("• avere esattamente 8 caratteri, lettere e numeri (ad esempio ROSA2018);"),
            _tr("• non contenere spazi, accenti o simboli; maiuscole e minuscole sono uguali;"),
            _tr("• non essere una parte del suo codice fiscale;"),
            _tr("• essere diverso dal PIN precedente."),
        ):
            lay.addWidget(label(rule))
        lay.addWidget(label(_tr("Lo scriva su un foglio e lo conservi in un luogo sicuro, lontano dai documenti."),
                            "muted"))
        self.new = PinField(_tr("Nuovo PIN"), "new_pin", max_length=20, show_text=_tr("Mostra il nuovo PIN"))
        self.confirm = PinField(_tr("Conferma nuovo PIN"), "confirm_pin", max_length=20,
                                show_text=_tr("Mostra la conferma"))
        lay.addWidget(self.new)
        lay.addWidget(self.confirm)

    def fields(self) -> dict:
        return {"new_pin": self.new, "confirm_pin": self.confirm}

    def clear_errors(self) -> None:
        self.new.clear_error()
        self.confirm.clear_error()


def message_box(body) -> QVBoxLayout:
    """A place for messages that appear later (errors, outcomes): a widget of its own in
    `body`, so that the page grows with its content. Returns its layout."""
    holder = QWidget()
    lay = QVBoxLayout(holder)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(8)
    body.addWidget(holder)
    return lay


def start_session(page, session, next_url: str) -> None:
    """End a login: start the session, show the citizen's world in the docks, continue."""
    page.ctx.session.start(session)
    page.ctx.window.set_person(session.citizen_id)
    page.go(next_url)


def safe_next(url: str, default: str) -> str:
    return url if isinstance(url, str) and url.startswith("https://") else default


def focus_first_error(fields: dict) -> None:
    """Move the keyboard focus (and the scroll) to the first field showing an error, once
    the page has laid out the messages just added (next event-loop turn)."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: _focus_first_error(fields))


def _focus_first_error(fields: dict) -> None:
    try:
        _focus_first_error_now(fields)
    except RuntimeError:  # the page was left before the timer fired: nothing to focus
        pass


def _reading_position(widget: QWidget) -> tuple[int, int]:
    from PySide6.QtCore import QPoint

    at = widget.mapTo(widget.window(), QPoint(0, 0))
    return at.y(), at.x()


def _focus_first_error_now(fields: dict) -> None:
    # The first on the page, top to bottom (not the first the form made).
    for widget in sorted(fields.values(), key=_reading_position):
        error = getattr(widget, "error", None)
        if error is not None and not error.isHidden():
            target = getattr(widget, "input", widget)
            buttons = list(getattr(widget, "buttons", {}).values())  # a RadioGroup: its first choice
            if buttons:
                target = next((b for b in buttons if b.isChecked()), buttons[0])
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if hasattr(target, "selectAll"):  # what is typed next replaces the wrong text
                target.selectAll()
            ensure_visible(widget)
            return


def scroll_to_top(widget: QWidget) -> None:
    """After a step changes the page's content, show its top (next event-loop turn)."""
    from PySide6.QtCore import QTimer

    def top():
        try:
            area = _scroll_area(widget)
        except RuntimeError:
            return
        if area is not None:
            area.verticalScrollBar().setValue(0)
            area.horizontalScrollBar().setValue(0)

    QTimer.singleShot(0, top)


def _scroll_area(widget: QWidget):
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def ensure_visible(widget: QWidget) -> None:
    """Scroll the page up or down so that `widget` is on screen (with some room above and
    below). Never sideways: the start of the lines stays in sight."""
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        across = parent.horizontalScrollBar().value()
        parent.ensureWidgetVisible(widget, 0, 120)
        parent.horizontalScrollBar().setValue(across)
