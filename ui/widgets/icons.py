"""Small drawn icons (our own, never a trademark) that scale with the zoom: they
take their size from the font, so a restyle at 200 % makes them twice as big."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from .. import tokens as T
from .common import LinkButton


class LockIcon(QWidget):
    """A padlock («Il PIN online contraddistinto da un lucchetto», seed 001)."""

    def __init__(self, colour: str = T.PRIMARY, scale: float = 1.4, parent: QWidget | None = None):
        super().__init__(parent)
        self.colour = colour
        self.scale = scale
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("")  # decorative: the button next to it carries the name
        self._fit()

    def _fit(self) -> None:
        side = max(12, round(self.fontMetrics().height() * self.scale))
        self.setFixedSize(QSize(side, side))

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def paintEvent(self, _event) -> None:  # noqa: N802
        side = float(min(self.width(), self.height()))
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colour = QColor(self.colour)
        stroke = max(2.0, side * 0.11)
        body = QRectF(side * 0.16, side * 0.44, side * 0.68, side * 0.50)
        shackle = QPainterPath()
        left, right = side * 0.30, side * 0.70
        top = side * 0.10
        shackle.moveTo(left, body.top())
        shackle.lineTo(left, side * 0.30)
        shackle.arcTo(QRectF(left, top, right - left, (right - left)), 180, -180)
        shackle.lineTo(right, body.top())
        p.setPen(QPen(colour, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(shackle)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRoundedRect(body, side * 0.08, side * 0.08)
        hole = QColor(T.WHITE)
        p.setBrush(hole)
        r = side * 0.07
        p.drawEllipse(QRectF(side / 2 - r, body.top() + body.height() * 0.32, 2 * r, 2 * r))
        p.end()


class LockLink(LinkButton):
    """A button-like link with a padlock before its text (role "secondary" by default)."""

    def __init__(self, text: str, url: str, parent: QWidget | None = None, role: str = "secondary"):
        super().__init__("", url, parent, role=role)
        self.setAccessibleName(text)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(T.S4, T.S2, T.S5, T.S2)
        lay.setSpacing(T.S3)
        self.icon_widget = LockIcon(T.WHITE if role in ("", "primary") else T.PRIMARY)
        lay.addWidget(self.icon_widget)
        self.text_label = QLabel(text)
        self.text_label.setObjectName("ButtonText" if role in ("", "primary") else "ButtonTextBlue")
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.text_label.setAccessibleName(text)
        lay.addWidget(self.text_label)
        lay.addStretch(1)

    def text(self) -> str:
        return self.text_label.text()

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.layout().minimumSize()
