"""Messages that cover the whole window, inside it (never a separate dialog window: at a
kiosk nothing may open beside the full-screen window): the idle warning with *Continuo*
and the trainer's code asked before the program closes.

While one is shown, the rest of the window is disabled, so the keyboard stays on it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QMenuBar,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.classroom import kiosk as kiosk_rules

from .. import theme
from .. import tokens as T
from ..trainer.code_gate import CodeGate, app_text
from ..widgets.common import button, heading, label, row


def overlay_qss(large: bool = False) -> str:
    return theme.base_qss(None, large) + theme.page_qss(None, large) + f"""
QWidget#KioskOverlay {{ background: rgba(23, 50, 77, 215); }}
QScrollArea#OverlayScroll, QScrollArea#OverlayScroll > QWidget, QWidget#OverlayHolder {{ background: transparent; }}
QFrame#OverlayCard {{ background: {T.WHITE}; border: 3px solid {T.PRIMARY}; border-radius: {T.RADIUS}px; }}
QPushButton#ContinueButton {{ font-size: {T.H3}px; padding: {T.S3}px {T.S8}px; min-height: {T.TARGET_MIN}px; }}
QLabel#OverlaySimMarker {{ background: {T.SIM_MARKER_BG}; color: {T.SIM_MARKER_TEXT}; font-weight: 700;
  padding: {T.S1}px {T.S3}px; font-size: {T.SMALL}px; }}
QLabel#OverlayText {{ font-size: {T.H3}px; color: {T.TEXT}; }}
"""


class Overlay(QWidget):
    """A dark veil over the window with a white card in the middle (and the SIMULAZIONE
    band on top: no screen of the program is ever without it)."""

    CARD_WIDTH = 720

    def __init__(self, window, name: str):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("KioskOverlay")
        self.setAccessibleName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(overlay_qss(bool(getattr(window, "large_text", False))))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        band = QLabel(window.tr("SIMULAZIONE - Palestra INPS: un portale di prova, non il sito dell'INPS."))
        band.setObjectName("OverlaySimMarker")
        band.setWordWrap(True)
        band.setAccessibleName(band.text())
        outer.addWidget(band)
        # The card in the middle; on a screen too small for it (high zoom) it scrolls.
        self.scroll = QScrollArea()
        self.scroll.setObjectName("OverlayScroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(name)
        holder = QWidget()
        holder.setObjectName("OverlayHolder")
        middle = QVBoxLayout(holder)
        middle.setContentsMargins(T.S4, T.S4, T.S4, T.S4)
        middle.addStretch(1)
        self.card = QFrame()
        self.card.setObjectName("OverlayCard")
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(T.S8, T.S6, T.S8, T.S6)
        self.card_layout.setSpacing(T.S4)
        middle.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        middle.addStretch(1)
        self.scroll.setWidget(holder)  # (Tab keeps the focused control in view: QScrollArea does it)
        outer.addWidget(self.scroll, 1)
        self._disabled: list[QWidget] = []
        self.hide()
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.window_ and event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False

    def _visible(self) -> QRect:
        """The part of the window on the screen (a window taller than a small screen, at a
        high zoom, would otherwise hide the card's buttons below the screen's edge)."""
        rect = self.window_.rect()
        screen = self.window_.screen()
        if screen is None:
            return rect
        shown = QRect(self.window_.mapFromGlobal(screen.geometry().topLeft()), screen.geometry().size())
        visible = rect.intersected(shown)
        return visible if visible.isValid() and not visible.isEmpty() else rect

    def _fit(self) -> None:
        """The card as wide as fits (up to CARD_WIDTH) and as tall as its wrapped text needs."""
        self.setGeometry(self._visible())
        compact = self.height() < 520  # a small screen or a high zoom: less white space
        self.card_layout.setContentsMargins(*((T.S5, T.S3, T.S5, T.S3) if compact else (T.S8, T.S6, T.S8, T.S6)))
        self.card_layout.setSpacing(T.S2 if compact else T.S4)
        width = max(280, min(self.CARD_WIDTH, self.width() - 2 * T.S4 - 24))
        self.card.setFixedWidth(width)
        self.card_layout.activate()
        self.card.setFixedHeight(self.card_layout.totalHeightForWidth(width))

    def open(self) -> None:
        self._fit()
        if not self.isVisible():
            self._disabled = []
            for child in self.window_.children():
                if child is self or not isinstance(child, QWidget) or not child.isEnabled():
                    continue
                if child is self.window_.centralWidget() or isinstance(child, (QMenuBar, QToolBar, QDockWidget)):
                    child.setEnabled(False)
                    self._disabled.append(child)
            self.show()
        self.raise_()

    def close_overlay(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        for child in self._disabled:
            child.setEnabled(True)
        self._disabled = []

    def announce(self, widget: QWidget) -> None:
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


class IdleWarning(Overlay):
    """"È ancora qui?": the seconds left and *Continuo* (one click, WCAG 2.2.1)."""

    def __init__(self, window, on_continue, on_finish):
        super().__init__(window, window.tr("Avviso di inattività"))
        self.setObjectName("KioskOverlay")
        self.title = heading(window.tr("È ancora qui?"), 1)
        self.text = label("")
        self.text.setObjectName("OverlayText")
        self.continue_button = button(window.tr("Continuo"), on_continue)
        self.continue_button.setObjectName("ContinueButton")
        self.finish_button = button(window.tr("Ho finito: torna all'elenco degli allievi"), on_finish,
                                    role="secondary")
        for w in (self.title, self.text):
            self.card_layout.addWidget(w)
        self.card_layout.addWidget(row(self.continue_button, self.finish_button))

    def show_seconds(self, seconds_left: int) -> None:
        message = app_text(kiosk_rules.kiosk_warning_text(seconds_left))
        first = not self.isVisible()
        self.text.setText(message)
        self.text.setAccessibleName(message)
        self.open()
        if first:
            self.continue_button.setFocus()
            self.scroll.ensureWidgetVisible(self.continue_button)
            self.announce(self.text)


class CloseGate(Overlay):
    """The trainer's code before the program closes at a kiosk."""

    def __init__(self, window, gate, on_accepted):
        super().__init__(window, window.tr("Chiudere il programma"))
        self.code_gate = CodeGate(
            gate, title=window.tr("Chiudere il programma?"),
            text=window.tr("In aula solo il formatore può chiudere il programma. Scriva il codice del "
                           "formatore, oppure torni all'esercizio."),
            enter_text=window.tr("Chiudi il programma"),
            cancel_text=window.tr("Annulla: torno all'esercizio"))
        self.code_gate.accepted.connect(on_accepted)
        self.code_gate.cancelled.connect(self.close_overlay)
        self.card_layout.addWidget(self.code_gate)

    def ask(self) -> None:
        self.code_gate.reset()
        self.open()
        self.code_gate.focus_first()
        self.announce(self.code_gate)
