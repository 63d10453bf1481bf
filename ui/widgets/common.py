"""Shared building blocks of portal pages. Each sets its accessible name to its
visible label and its look through the `role` dynamic property (ui/theme.py).

Strings passed in must already be translated by the caller (self.tr(...)).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .. import tokens as T


def set_role(widget: QWidget, role: str) -> QWidget:
    widget.setProperty("role", role)
    return widget


def label(text: str, role: str = "", *, wrap: bool = True, rich: bool = False, selectable: bool = False) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(wrap)
    lab.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if role:
        set_role(lab, role)
    if selectable:
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lab.setAccessibleName(lab.text() if not rich else _strip_tags(text))
    return lab


def heading(text: str, level: int = 1) -> QLabel:
    lab = label(text, f"h{level}")
    lab.setAccessibleDescription(f"Titolo di livello {level}")
    return lab


def _strip_tags(text: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", text)


class LinkButton(QPushButton):
    """A link: one click opens `url` in this tab; Ctrl+click or middle click in a new tab.
    `navigate` is emitted with (url, new_tab)."""

    navigate = Signal(str, bool)

    def __init__(self, text: str, url: str = "", parent: QWidget | None = None, role: str = "link"):
        super().__init__(text, parent)
        self.url = url
        set_role(self, role)
        self.setAccessibleName(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        if url:
            self.setToolTip(url)
        self.clicked.connect(self._open)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton and self.url:
            self.navigate.emit(self.url, True)
            return
        super().mouseReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton:
            event.accept()
            return
        super().mousePressEvent(event)

    def _open(self) -> None:
        if self.url:
            from PySide6.QtWidgets import QApplication

            new_tab = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier)
            self.navigate.emit(self.url, new_tab)


def button(text: str, slot: Callable | None = None, role: str = "") -> QPushButton:
    btn = QPushButton(text)
    btn.setAccessibleName(text)
    btn.setCursor(Qt.CursorShape.PointingHandCursor)
    btn.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    if role:
        set_role(btn, role)
    if slot is not None:
        btn.clicked.connect(slot)
    return btn


def alert(text: str, kind: str = "info", *, rich: bool = False) -> QFrame:
    """A boxed message: kind is info, error, success or warning."""
    frame = QFrame()
    set_role(frame, f"alert-{kind}")
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(T.S4, T.S3, T.S4, T.S3)
    lab = label(text, "" if kind == "info" else kind, rich=rich)
    lab.setObjectName("AlertText")
    lay.addWidget(lab)
    frame.setAccessibleName(lab.accessibleName())
    frame.text_label = lab  # type: ignore[attr-defined]
    return frame


def hline() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet(f"color: {T.DIVIDER};")
    return line


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget()
        if w is not None:
            w.hide()
            w.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


class Field(QWidget):
    """A labelled input with its error message underneath (LOOK.md: errors next to
    the field, in plain Italian; the typed text is kept).

        f = Field(self.tr("Codice Fiscale"), "codice_fiscale")
        f.value(); f.set_error("..."); f.clear_error()
    """

    def __init__(self, text: str, name: str, *, password: bool = False, placeholder: str = "",
                 hint: str = "", max_length: int = 200, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, T.S2)
        lay.setSpacing(T.S1)
        self.label = label(text, "fieldlabel")
        self.input = QLineEdit()
        self.input.setObjectName(f"field_{name}")
        self.input.setAccessibleName(text)
        self.input.setMaxLength(max_length)
        if placeholder:
            self.input.setPlaceholderText(placeholder)
        if password:
            self.input.setEchoMode(QLineEdit.EchoMode.Password)
        self.label.setBuddy(self.input)
        lay.addWidget(self.label)
        if hint:
            self.hint = label(hint, "muted")
            lay.addWidget(self.hint)
        lay.addWidget(self.input)
        self.error = label("", "error")
        self.error.setObjectName(f"error_{name}")
        self.error.hide()
        lay.addWidget(self.error)

    def value(self) -> str:
        return self.input.text()

    def set_value(self, text: str) -> None:
        self.input.setText(text)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.setVisible(bool(message))
        self.input.setProperty("invalid", "true" if message else "false")
        self.input.setAccessibleDescription(message)
        self.input.style().unpolish(self.input)
        self.input.style().polish(self.input)

    def clear_error(self) -> None:
        self.set_error("")


class ChoiceField(QWidget):
    """A labelled combo box (value = the item's data)."""

    def __init__(self, text: str, name: str, choices: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, T.S2)
        lay.setSpacing(T.S1)
        self.label = label(text, "fieldlabel")
        self.input = QComboBox()
        self.input.setAccessibleName(text)
        for shown, value in choices:
            self.input.addItem(shown, value)
        self.label.setBuddy(self.input)
        lay.addWidget(self.label)
        lay.addWidget(self.input)
        self.error = label("", "error")
        self.error.hide()
        lay.addWidget(self.error)

    def value(self) -> str:
        return self.input.currentData() or ""

    def set_value(self, value: str) -> None:
        idx = self.input.findData(value)
        if idx >= 0:
            self.input.setCurrentIndex(idx)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class RadioGroup(QWidget):
    """Labelled radio buttons in a row; value() is the chosen key ("" if none)."""

    changed = Signal(str)

    def __init__(self, text: str, name: str, options: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, T.S2)
        self.label = label(text, "fieldlabel")
        outer.addWidget(self.label)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for shown, key in options:
            rb = QRadioButton(shown)
            rb.setAccessibleName(shown)
            self.group.addButton(rb)
            self.buttons[key] = rb
            rb.toggled.connect(lambda on, k=key: on and self.changed.emit(k))
            row.addWidget(rb)
        row.addStretch(1)
        outer.addLayout(row)
        self.error = label("", "error")
        self.error.hide()
        outer.addWidget(self.error)

    def value(self) -> str:
        for key, rb in self.buttons.items():
            if rb.isChecked():
                return key
        return ""

    def set_value(self, key: str) -> None:
        if key in self.buttons:
            self.buttons[key].setChecked(True)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


def checkbox(text: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setAccessibleName(text)
    return box


def row(*widgets: QWidget, stretch: bool = True, spacing: int = T.S4) -> QWidget:
    holder = QWidget()
    lay = QHBoxLayout(holder)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(spacing)
    for w in widgets:
        lay.addWidget(w)
    if stretch:
        lay.addStretch(1)
    return holder


def card(*widgets: QWidget) -> QFrame:
    frame = QFrame()
    set_role(frame, "card")
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(T.S5, T.S4, T.S5, T.S4)
    lay.setSpacing(T.S2)
    for w in widgets:
        lay.addWidget(w)
    return frame
