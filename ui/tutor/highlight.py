"""The tutor's "Mostra dove": a thick black-yellow-black frame around a widget, with a
"Qui" tag, drawn by a child widget laid over the target's window.

The overlay never takes a click or the focus (WA_TransparentForMouseEvents, NoFocus):
the learner clicks the highlighted widget through it. It follows its target when the
page scrolls, the window or a dock is resized, the zoom changes or the target moves,
through an event filter on the target and its ancestors plus a light timer; when the
target disappears (the page changed) the frame goes away.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from .. import theme
from .. import tokens as T

WATCHED = {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide,
           QEvent.Type.LayoutRequest, QEvent.Type.ParentChange, QEvent.Type.ZOrderChange,
           QEvent.Type.WindowStateChange}
FOLLOW_MS = 250  # the safety net: a moved target is followed within a quarter of a second
GAP = 4  # between the widget and the frame


class Highlight(QWidget):
    """One frame at a time: `show_on(widget)`, `clear()`. `target_rect()` is where the
    frame is now, in the overlay's window coordinates (for tests)."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("TutorHighlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None
        self._rect_of = None  # optional: (widget) -> QRect inside the widget
        self._watched: list[QObject] = []
        self._frame = QRect()
        self._pending = False
        self.timer = QTimer(self)
        self.timer.setInterval(FOLLOW_MS)
        self.timer.timeout.connect(self.follow)
        self.hide()

    # -- what the tutor uses ----------------------------------------------------------------
    def show_on(self, widget: QWidget, rect_of=None) -> None:
        self.clear()
        self._target = widget
        self._rect_of = rect_of
        top = widget.window()
        self.setParent(top)
        self._watch(widget)
        widget.destroyed.connect(self._target_gone)
        self.timer.start()
        self.follow()

    def clear(self) -> None:
        self.timer.stop()
        for obj in self._watched:
            if shiboken6.isValid(obj):
                obj.removeEventFilter(self)
        self._watched = []
        target = self._target
        if target is not None and shiboken6.isValid(target):
            try:
                target.destroyed.disconnect(self._target_gone)
            except (RuntimeError, TypeError):
                pass
        self._target = None
        self._frame = QRect()
        self.hide()
        if self.parentWidget() is not None:
            self.setParent(None)  # not deleted with a page or a dialog that goes away

    @property
    def target(self) -> QWidget | None:
        t = self._target
        return t if t is not None and shiboken6.isValid(t) else None

    def active(self) -> bool:
        return self.target is not None and self.isVisible()

    def target_rect(self) -> QRect:
        return QRect(self._frame)

    # -- following -------------------------------------------------------------------------
    def _watch(self, widget: QWidget) -> None:
        w = widget
        while w is not None:
            w.installEventFilter(self)
            self._watched.append(w)
            w = w.parentWidget()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() in WATCHED and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._follow_soon)
        return False

    def _follow_soon(self) -> None:
        self._pending = False
        if shiboken6.isValid(self):
            self.follow()

    def _target_gone(self, *_args) -> None:
        self._target = None
        QTimer.singleShot(0, self._after_gone)

    def _after_gone(self) -> None:
        if shiboken6.isValid(self) and self._target is None:
            self.clear()

    def follow(self) -> None:
        target = self.target
        if target is None:
            self.clear()
            return
        if not target.isVisible():  # hidden, or taken out of its window (its page is being replaced)
            self._frame = QRect()
            self.hide()
            return
        top = target.window()
        if self.parentWidget() is not top:  # the dock was made floating, or docked again
            self.setParent(top)
            for obj in self._watched:
                if shiboken6.isValid(obj):
                    obj.removeEventFilter(self)
            self._watched = []
            self._watch(target)
        inner = self._rect_of(target) if self._rect_of is not None else target.rect()
        rect = QRect(target.mapTo(top, inner.topLeft()), inner.size())
        clip = self._clip_for(target, top)
        if clip is not None and not clip.intersects(rect):
            self._frame = QRect()  # scrolled out of view
            self.hide()
            return
        pad = GAP + T.HIGHLIGHT_WIDTH
        frame = rect.adjusted(-pad, -pad, pad, pad)
        if clip is not None:
            frame = frame.intersected(clip.adjusted(-pad, -pad, pad, pad))
        if self.geometry() != top.rect():
            self.setGeometry(top.rect())
        changed = frame != self._frame
        self._frame = frame
        if not self.isVisible():
            self.show()
        self.raise_()
        if changed:
            self.update()

    @staticmethod
    def _clip_for(target: QWidget, top: QWidget) -> QRect | None:
        """The visible area of the scroll areas the target is in (in `top` coordinates)."""
        clip = None
        w = target.parentWidget()
        while w is not None and w is not top:
            if isinstance(w, QAbstractScrollArea):
                vp = w.viewport()
                area = QRect(vp.mapTo(top, vp.rect().topLeft()), vp.size())
                clip = area if clip is None else clip.intersected(area)
            w = w.parentWidget()
        return clip

    # -- drawing -----------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802
        if self._frame.isNull():
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        width = T.HIGHLIGHT_WIDTH
        r = self._frame.adjusted(width // 2, width // 2, -(width // 2), -(width // 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor(T.HIGHLIGHT_EDGE), width + 4))
        p.drawRect(r)
        p.setPen(QPen(QColor(T.HIGHLIGHT_RING), width))
        p.drawRect(r)
        # the "Qui" tag on the frame's top left corner (inside the window)
        text = QCoreApplication.translate("Tutor", "Qui")
        font = QFont(theme.load_fonts())
        font.setPixelSize(T.BODY)
        font.setBold(True)
        p.setFont(font)
        metrics = p.fontMetrics()
        tag = QRect(0, 0, metrics.horizontalAdvance(text) + 2 * T.S2, metrics.height())
        # on the frame's top edge, covering the ring rather than what is above it
        tag.moveBottomLeft(self._frame.topLeft() + QPoint(0, width + 2))
        if tag.top() < 0:
            tag.moveTopLeft(self._frame.bottomLeft() - QPoint(0, width + 2))
        if tag.bottom() > self.height():
            tag.moveTopLeft(self._frame.topLeft())
        tag.moveLeft(max(0, min(tag.left(), self.width() - tag.width())))
        p.fillRect(tag, QColor(T.HIGHLIGHT_EDGE))
        p.setPen(QColor(T.HIGHLIGHT_RING))
        p.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)
        p.end()
