"""Shared building blocks of portal pages. Each sets its accessible name to its
visible label and its look through the `role` dynamic property (ui/theme.py).

Every control made here is a target of at least 44 × 44 px (`TARGET_MIN`, whatever the
theme's padding), links are announced as links to screen readers (accessible role Link,
with a press action), and a field's error message goes away as soon as the learner
changes what it says.

Strings passed in must already be translated by the caller (self.tr(...)).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QAccessibleWidget,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from .. import tokens as T


TARGET_MIN = T.TARGET_MIN  # the smallest a control may be on screen, in both directions (px)


def at_least_target(size: QSize) -> QSize:
    """`size` grown to the minimum target (44 × 44 px)."""
    return size.expandedTo(QSize(TARGET_MIN, TARGET_MIN))


def set_role(widget: QWidget, role: str) -> QWidget:
    widget.setProperty("role", role)
    return widget


# Heights of wrapped labels already measured (Text.heightForWidth), by everything QLabel's
# measure depends on; emptied when full (a few pages' worth).
_MEASURED: dict[tuple, int] = {}
_MEASURED_MAX = 20_000


class Text(QLabel):
    """A QLabel that remembers its height for each width it was asked about, and its size
    hints.

    Qt's layouts ask a wrapped label its height for a width many times while a page is
    built, shown and laid out (the page's size, the scroll area, every enclosing layout),
    and QLabel measures the text again each time: on a page of paragraphs that is most of
    a page switch. What changes the answer clears the memory: new text, format, wrapping,
    margins or indent set here, and a new font, style or contents rectangle (a theme or
    zoom change) reported by Qt."""

    # What Qt tells through changeEvent() (a stylesheet's font and padding included: they
    # arrive as a font change and a contents-rectangle change).
    _FORGET = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange,
                         QEvent.Type.LayoutDirectionChange})

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}
        self._hints: dict[str, QSize] = {}  # "size", "minimum": what QLabel would say

    def _measure_key(self) -> tuple:
        """Everything QLabel's measure of its text depends on."""
        margins = self.contentsMargins()
        return (self.text(), self.textFormat(), self.wordWrap(), self.font().key(), self.alignment(),
                margins.left(), margins.top(), margins.right(), margins.bottom(), self.margin(),
                self.indent(), self.frameWidth())

    @staticmethod
    def _remember(key: tuple, value):
        if len(_MEASURED) >= _MEASURED_MAX:
            _MEASURED.clear()
        _MEASURED[key] = value
        return value

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if not self.text():  # a picture, or nothing: nothing to lay out, nothing shared to remember
            return super().heightForWidth(width)
        height = self._heights.get(width)
        if height is None:
            # The same paragraph in the same font at the same width has the same height on
            # every page built again (Home, Indietro to a page let go): measured once.
            key = (width, *self._measure_key())
            height = _MEASURED.get(key)
            if height is None:
                height = self._remember(key, super().heightForWidth(width))
            self._heights[width] = height
        return height

    def _hint(self, which: str, measure) -> QSize:
        # A new label lays its text out to answer these (a wrapped paragraph: twice), and a
        # page's layouts ask every label before anything is shown: measured once per text.
        if not self.text():  # a picture, or nothing (see heightForWidth)
            return measure()
        hint = self._hints.get(which)
        if hint is None:
            key = (which, *self._measure_key())
            hint = _MEASURED.get(key)
            if hint is None:
                hint = self._remember(key, measure())
            self._hints[which] = hint
        return QSize(hint)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self._hint("size", super().sizeHint)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._hint("minimum", super().minimumSizeHint)

    def _forget(self) -> None:
        self._heights.clear()
        self._hints.clear()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in self._FORGET:
            self._forget()
        super().changeEvent(event)

    def setText(self, text: str) -> None:  # noqa: N802
        self._forget()
        super().setText(text)

    def setNum(self, number) -> None:  # noqa: N802
        self._forget()
        super().setNum(number)

    def clear(self) -> None:
        self._forget()
        super().clear()

    def setTextFormat(self, fmt) -> None:  # noqa: N802
        self._forget()
        super().setTextFormat(fmt)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802
        self._forget()
        super().setWordWrap(on)

    def setIndent(self, indent: int) -> None:  # noqa: N802
        self._forget()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:  # noqa: N802
        self._forget()
        super().setMargin(margin)


def label(text: str, role: str = "", *, wrap: bool = True, rich: bool = False, selectable: bool = False) -> QLabel:
    lab = Text(text)
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


class Button(QPushButton):
    """A push button never smaller than the minimum target (the theme's padding may be less),
    pressed from the keyboard with Invio as well as with the space bar (outside a dialog Qt
    answers only the space bar, and a learner expects Invio to work on what has the focus)."""

    def sizeHint(self) -> QSize:  # noqa: N802
        return at_least_target(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Qt's push button asks its sizeHint() twice for this (the same size): once is enough.
        return self.sizeHint()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        plain = not (event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ControlModifier))
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and self.isEnabled()
                and not (self.autoDefault() or self.isDefault())):
            event.accept()
            self.click()
            return
        super().keyPressEvent(event)


class LinkButton(Button):
    """A link: one click opens `url` in this tab; Ctrl+click or middle click in a new tab.
    `navigate` is emitted with (url, new_tab). Screen readers announce it as a link
    (accessible role Link; its press action follows it)."""

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


class _LinkAccessible(QAccessibleWidget):
    """What assistive technology sees of a LinkButton: role Link, its accessible name and
    description, and the press action (Invio / Spazio or a screen reader's "activate")."""

    def __init__(self, widget: QWidget):
        super().__init__(widget, QAccessible.Role.Link)

    def text(self, kind):  # noqa: D102
        widget = self.widget()
        if kind == QAccessible.Text.Name:
            return widget.accessibleName() or widget.text()
        if kind == QAccessible.Text.Description:
            return widget.accessibleDescription()
        return super().text(kind)

    def state(self):  # noqa: D102
        state = super().state()
        state.focusable = True
        state.linked = True
        return state

    def actionNames(self) -> list[str]:  # noqa: N802
        return [self.pressAction(), self.setFocusAction()]

    def doAction(self, name: str) -> None:  # noqa: N802
        if name == self.pressAction():
            self.widget().click()
        else:
            super().doAction(name)


class _TabAccessible(_LinkAccessible):
    """A button with the role property "tab" (the PIN / SPID / CNS tabs of Autenticazione):
    a page tab for screen readers, selected when it is the chosen one."""

    def __init__(self, widget: QWidget):
        QAccessibleWidget.__init__(self, widget, QAccessible.Role.PageTab)

    def state(self):  # noqa: D102
        state = QAccessibleWidget.state(self)
        state.focusable = True
        state.checkable = True
        state.checked = state.selected = self.widget().isChecked()
        state.selectable = True
        return state


def _accessible_factory(key: str, obj):
    if isinstance(obj, LinkButton):
        return _LinkAccessible(obj)
    if isinstance(obj, Button) and obj.property("role") == "tab":
        return _TabAccessible(obj)
    return None


QAccessible.installFactory(_accessible_factory)


def button(text: str, slot: Callable | None = None, role: str = "") -> QPushButton:
    btn = Button(text)
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
    """Empty `layout` (its widgets are deleted). In a page, what is put there next is made to
    follow the reading order for Tab once the event loop turns (see tab_in_reading_order)."""
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget()
        if w is not None:
            w.hide()
            w.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
    reading_order_later(layout.parentWidget())


def reading_order_later(widget: QWidget | None) -> None:
    """On the next turn of the event loop, put the Tab order of the page holding `widget`
    in reading order (once, however many times it is asked meanwhile). Nothing outside a page."""
    page = widget
    while page is not None and page.objectName() != "PageRoot":
        page = page.parentWidget()
    if page is None or page.property("tab_order_pending"):
        return
    page.setProperty("tab_order_pending", True)

    def run() -> None:
        page.setProperty("tab_order_pending", False)
        tab_in_reading_order(page)

    QTimer.singleShot(0, page, run)  # dropped if the page is deleted first


class Field(QWidget):
    """A labelled input with its error message underneath (LOOK.md: errors next to
    the field, in plain Italian; the typed text is kept).

        f = Field(self.tr("Codice Fiscale"), "codice_fiscale")
        f.value(); f.set_error("..."); f.clear_error()

    The error goes as soon as the learner edits the text (`error_cleared` is emitted then,
    so a page can update the summary at the top of the form).
    """

    error_cleared = Signal()

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
        # The message was about what the field said: once the learner changes it, it goes
        # (the next check says again whatever is still wrong).
        self.input.textEdited.connect(self._edited)

    def _edited(self, _text: str) -> None:
        if self.error.isVisible() or self.error.text():
            self.clear_error()

    def value(self) -> str:
        return self.input.text()

    def set_value(self, text: str) -> None:
        self.input.setText(text)

    def set_error(self, message: str) -> None:
        had = bool(self.error.text())
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.setVisible(bool(message))
        if had and not message:
            self.error_cleared.emit()
        self.input.setProperty("invalid", "true" if message else "false")
        self.input.setAccessibleDescription(message)
        self.input.style().unpolish(self.input)
        self.input.style().polish(self.input)

    def clear_error(self) -> None:
        self.set_error("")


class ChoiceField(QWidget):
    """A labelled combo box (value = the item's data). Its error goes when the choice changes."""

    error_cleared = Signal()

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
        self.input.activated.connect(lambda _i: self.set_error(""))

    def value(self) -> str:
        return self.input.currentData() or ""

    def set_value(self, value: str) -> None:
        idx = self.input.findData(value)
        if idx >= 0:
            self.input.setCurrentIndex(idx)

    def set_error(self, message: str) -> None:
        had = bool(self.error.text())
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.setVisible(bool(message))
        if had and not message:
            self.error_cleared.emit()
        self.input.setAccessibleDescription(message)  # read with the box when it gets the focus


class RadioGroup(QWidget):
    """Labelled radio buttons in a row; value() is the chosen key ("" if none). Its error
    goes when the learner chooses."""

    changed = Signal(str)
    error_cleared = Signal()

    def __init__(self, text: str, name: str, options: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        # The group is a scope of its own for screen readers: its choice «Cellulare» is not
        # the box «Cellulare» next to it.
        self.setAccessibleName(text)
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
            rb.clicked.connect(lambda _on: self.set_error(""))
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
        had = bool(self.error.text())
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.setVisible(bool(message))
        if had and not message:
            self.error_cleared.emit()
        for rb in self.buttons.values():  # read with the choice that gets the focus
            rb.setAccessibleDescription(message)


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


# Widgets whose children are their own internals (the editor of a combo or spin box, the
# label of a wrapping link): the Tab order never goes inside them.
_ATOMIC = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


def _reading_order(widget: QWidget, out: list[QWidget]) -> None:
    laid: list[QWidget] = []

    def from_layout(layout: QLayout) -> None:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.widget() is not None:
                laid.append(item.widget())
            elif item.layout() is not None:
                from_layout(item.layout())

    if widget.layout() is not None:
        from_layout(widget.layout())
    placed = set(map(id, laid))
    rest = [c for c in widget.children() if isinstance(c, QWidget) and id(c) not in placed and not c.isWindow()]
    for child in laid + rest:
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.focusProxy() is None:
            out.append(child)
        if not isinstance(child, _ATOMIC):
            _reading_order(child, out)


def reading_order(root: QWidget) -> list[QWidget]:
    """`root`'s controls that take Tab, in reading order (the order of its layouts)."""
    order: list[QWidget] = []
    _reading_order(root, order)
    return order


def tab_in_reading_order(root: QWidget) -> list[QWidget]:
    """Make Tab go through `root`'s controls in reading order (the order of its layouts: top
    to bottom, and left to right within a row), whatever the order they were made or added
    in. Qt puts a widget added later (the next step of a form, a message shown after a
    check) at the end of the window's Tab chain, after the side panels; a page calls this
    after it changes its content. Returns the controls in their new order."""
    order = reading_order(root)
    for first, second in zip(order, order[1:]):
        QWidget.setTabOrder(first, second)
    return order
