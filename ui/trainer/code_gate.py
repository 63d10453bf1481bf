"""The trainer's code, asked for inside the window itself (never a modal dialog): the
console's first screen, the kiosk's first start (when no code was chosen yet) and the
kiosk's exit. On first use the code is chosen, typed twice.

The rules (length, confirmation, too many wrong tries) are app.classroom.kiosk.TrainerGate.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.classroom.kiosk import GateError, TrainerGate

from .. import tokens as T
from ..widgets.common import Field, button, checkbox, heading, label, row


def app_text(message: str) -> str:
    return QCoreApplication.translate("app", message)


class CodeGate(QWidget):
    """`accepted` is emitted once the right code was typed (or a new one chosen);
    `cancelled` when the optional cancel button is pressed."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, gate: TrainerGate, *, title: str, text: str, enter_text: str,
                 cancel_text: str = "", setup_title: str = "", setup_text: str = "", parent=None):
        super().__init__(parent)
        self.gate = gate
        self.setObjectName("CodeGate")
        self._titles = (title, text, enter_text, setup_title or title, setup_text)
        self.cancel_text = cancel_text
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.lay.setSpacing(T.S4)
        self.setup_mode = None
        self.rebuild()

    # -- building -------------------------------------------------------------------------------
    def rebuild(self) -> None:
        from ..widgets.common import clear_layout

        clear_layout(self.lay)
        title, text, enter_text, setup_title, setup_text = self._titles
        self.setup_mode = self.gate.needs_code
        self.notice = None
        if self.setup_mode:
            self.lay.addWidget(heading(setup_title, 1))
            self.lay.addWidget(label(setup_text or self.tr(
                "Il codice del formatore protegge la console e la chiusura delle postazioni in aula. "
                "Ne scelga uno di almeno 6 caratteri, lo scriva due volte e lo conservi: "
                "gli allievi non devono conoscerlo."), "lead"))
            self.code = Field(self.tr("Nuovo codice del formatore"), "code", password=True, max_length=64)
            self.repeat = Field(self.tr("Ripeta il nuovo codice"), "repeat", password=True, max_length=64)
            self.fields = {"code": self.code, "repeat": self.repeat}
            self.lay.addWidget(self.code)
            self.lay.addWidget(self.repeat)
            self.submit = button(self.tr("Salva il codice"), self._submit)
        else:
            self.lay.addWidget(heading(title, 1))
            self.lay.addWidget(label(text, "lead"))
            self.code = Field(self.tr("Codice del formatore"), "code", password=True, max_length=64)
            self.repeat = None
            self.fields = {"code": self.code}
            self.lay.addWidget(self.code)
            self.submit = button(enter_text, self._submit)
        self.show_code = checkbox(self.tr("Mostra il codice mentre lo scrivo"))
        self.show_code.toggled.connect(self._show_code)
        self.lay.addWidget(self.show_code)
        buttons = [self.submit]
        if self.cancel_text:
            buttons.append(button(self.cancel_text, lambda: self.cancelled.emit(), role="secondary"))
        self.lay.addWidget(row(*buttons))
        for field in self.fields.values():
            field.input.returnPressed.connect(self._submit)
        for i in range(self.lay.count()):  # shown now, not on the next turn of the event loop
            widget = self.lay.itemAt(i).widget()
            if widget is not None:
                widget.setVisible(True)

    def _show_code(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for field in self.fields.values():
            field.input.setEchoMode(mode)

    def focus_first(self) -> None:
        import shiboken6

        if shiboken6.isValid(self) and shiboken6.isValid(self.code.input):
            self.code.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        """Empty the fields (the gate is shown again, for someone else perhaps)."""
        if self.setup_mode != self.gate.needs_code:
            self.rebuild()
            return
        for field in self.fields.values():
            field.set_value("")
            field.clear_error()
        self.show_code.setChecked(False)

    # -- the rule --------------------------------------------------------------------------------
    def _submit(self) -> None:
        for field in self.fields.values():
            field.clear_error()
        try:
            if self.setup_mode:
                self.gate.set_first_code(self.code.value(), self.repeat.value())
            else:
                self.gate.check(self.code.value())
        except GateError as exc:
            first = None
            for name, message in exc.errors.items():
                field = self.fields.get(name, self.code)
                field.set_error(app_text(message))
                first = first or field
            first.input.setFocus()
            first.input.selectAll()
            QAccessible.updateAccessibility(QAccessibleEvent(first.error, QAccessible.Event.Alert))
            return
        for field in self.fields.values():
            field.set_value("")
        self.show_code.setChecked(False)
        if self.setup_mode:
            self.rebuild()  # next time: the code is asked for
        self.accepted.emit()


def boxed(widget: QWidget) -> QWidget:
    """`widget` centred in a column of readable width (for a whole-window gate)."""
    from PySide6.QtWidgets import QHBoxLayout, QSizePolicy

    holder = QWidget()
    holder.setObjectName("GateHolder")
    h = QHBoxLayout(holder)
    h.setContentsMargins(T.S6, T.S8, T.S6, T.S8)
    column = QWidget()
    column.setMaximumWidth(640)
    column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    v = QVBoxLayout(column)
    v.setContentsMargins(0, 0, 0, 0)
    v.addWidget(widget)
    v.addStretch(1)
    h.addStretch(1)
    h.addWidget(column, 100)
    h.addStretch(1)
    return holder

