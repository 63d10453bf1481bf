"""Orologio: the simulated date and time in big type, and the buttons that move it
forward ("1 ora", "1 giorno", "1 settimana", "2 settimane", "6 mesi"). Nothing moves by
itself: a letter posted today arrives when the learner lets two weeks pass.

Methods for tests and journeys:
    clock = window.dock_panels["ClockDock"]
    clock.advance("2 settimane")   # as pressing the button; returns the new datetime
    clock.now_text()               # "lunedì 15 ottobre 2018, ore 09:00"
    clock.result_text()            # what the panel says after the last move
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QSizePolicy, QWidget

from app.services import auth, messages
from app.services import clock as clockmod

from .. import theme
from .. import tokens as T
from ..widgets.common import button, label
from ..widgets.responsive import ResponsiveGrid
from . import dock
from ._common import WorldPanel

# QT_TRANSLATE_NOOP marks the words for the catalogue (tools/translations.py); they are
# looked up with self.t when shown.
WEEKDAYS = (QT_TRANSLATE_NOOP("Docks", "lunedì"), QT_TRANSLATE_NOOP("Docks", "martedì"), QT_TRANSLATE_NOOP("Docks", "mercoledì"), QT_TRANSLATE_NOOP("Docks", "giovedì"),
            QT_TRANSLATE_NOOP("Docks", "venerdì"), QT_TRANSLATE_NOOP("Docks", "sabato"), QT_TRANSLATE_NOOP("Docks", "domenica"))
MONTHS = (QT_TRANSLATE_NOOP("Docks", "gennaio"), QT_TRANSLATE_NOOP("Docks", "febbraio"), QT_TRANSLATE_NOOP("Docks", "marzo"), QT_TRANSLATE_NOOP("Docks", "aprile"),
          QT_TRANSLATE_NOOP("Docks", "maggio"), QT_TRANSLATE_NOOP("Docks", "giugno"), QT_TRANSLATE_NOOP("Docks", "luglio"), QT_TRANSLATE_NOOP("Docks", "agosto"),
          QT_TRANSLATE_NOOP("Docks", "settembre"), QT_TRANSLATE_NOOP("Docks", "ottobre"), QT_TRANSLATE_NOOP("Docks", "novembre"), QT_TRANSLATE_NOOP("Docks", "dicembre"))
STEP_NAMES = (QT_TRANSLATE_NOOP("Docks", "1 ora"), QT_TRANSLATE_NOOP("Docks", "1 giorno"), QT_TRANSLATE_NOOP("Docks", "1 settimana"),  # app.services.clock.STEPS
              QT_TRANSLATE_NOOP("Docks", "2 settimane"), QT_TRANSLATE_NOOP("Docks", "6 mesi"))
PASSED = {
    "1 ora": QT_TRANSLATE_NOOP("Docks", "È passata 1 ora."),
    "1 giorno": QT_TRANSLATE_NOOP("Docks", "È passato 1 giorno."),
    "1 settimana": QT_TRANSLATE_NOOP("Docks", "È passata 1 settimana."),
    "2 settimane": QT_TRANSLATE_NOOP("Docks", "Sono passate 2 settimane."),
    "6 mesi": QT_TRANSLATE_NOOP("Docks", "Sono passati 6 mesi."),
}
# channel -> (singular, plural, where it is found)
ARRIVAL_WORDS = {
    "sms": (QT_TRANSLATE_NOOP("Docks", "SMS"), QT_TRANSLATE_NOOP("Docks", "SMS"), QT_TRANSLATE_NOOP("Docks", "Telefono")),
    "app": (QT_TRANSLATE_NOOP("Docks", "notifica"), QT_TRANSLATE_NOOP("Docks", "notifiche"), QT_TRANSLATE_NOOP("Docks", "Telefono")),
    "call": (QT_TRANSLATE_NOOP("Docks", "telefonata"), QT_TRANSLATE_NOOP("Docks", "telefonate"), QT_TRANSLATE_NOOP("Docks", "Telefono")),
    "email": (QT_TRANSLATE_NOOP("Docks", "e-mail"), QT_TRANSLATE_NOOP("Docks", "e-mail"), QT_TRANSLATE_NOOP("Docks", "Posta elettronica")),
    "pec": (QT_TRANSLATE_NOOP("Docks", "PEC"), QT_TRANSLATE_NOOP("Docks", "PEC"), QT_TRANSLATE_NOOP("Docks", "Posta elettronica")),
    "letter": (QT_TRANSLATE_NOOP("Docks", "lettera"), QT_TRANSLATE_NOOP("Docks", "lettere"), QT_TRANSLATE_NOOP("Docks", "Cassetta postale")),
}
FEMININE = {"app", "call", "email", "pec", "letter"}  # notifica, telefonata, e-mail, PEC, lettera


@dock("ClockDock", "Orologio", area="right", order=5)
class ClockDock(WorldPanel):
    def setup(self) -> None:
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._last_now: dt.datetime | None = None
        lay = self.layout_
        lay.setSpacing(T.S2)
        top = QWidget()
        h = QHBoxLayout(top)
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(T.S3)
        self.time_label = label("", "clock-time", wrap=False)
        self.date_label = label("", "clock-date")
        h.addWidget(self.time_label)
        h.addWidget(self.date_label, 1)
        lay.addWidget(top)
        hint = self.t("Il tempo della simulazione passa solo quando preme uno di questi pulsanti.")
        top.setToolTip(hint)
        # As many buttons in a row as fit with their whole text (three, two or one: with
        # Caratteri grandi or at 200 % "2 settimane" never overlaps "6 mesi").
        grid_holder = ResponsiveGrid(min_em=3, max_columns=3, spacing=T.S2, whole=True)
        grid_holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # every row whole
        self.step_buttons = {}
        for step in clockmod.STEPS:
            b = button(self.t(step), lambda _=False, s=step: self.advance(s), role="secondary")
            b.setToolTip(self.t("Fa passare %1 nella simulazione").replace("%1", self.t(step)))
            b.setAccessibleDescription(hint)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.step_buttons[step] = b
            grid_holder.add(b)
        lay.addWidget(grid_holder)
        self.step_grid = grid_holder
        self.apply_style()
        self.result = label("", "success")
        self.result.hide()
        lay.addWidget(self.result)

    def apply_style(self) -> None:
        """The panel's look, and the step buttons a little less tall than the panel's (three
        rows of them at 200 % still leave room for the world below on a 768 px screen)."""
        super().apply_style()
        grid = getattr(self, "step_grid", None)
        if grid is not None:
            s = theme.factor(bool(getattr(self.window, "large_text", False)))
            grid.setStyleSheet(f"QPushButton {{ padding: {max(2, round(3 * s))}px {round(10 * s)}px; "
                               f"min-height: {max(T.TARGET_MIN - 8, round((T.BODY + 12) * s))}px; }}")
            grid.grid.invalidate()  # the buttons' new size reaches the panel's layout
            grid.updateGeometry()
            self.layout_.invalidate()
            QTimer.singleShot(0, self, self._keep_whole)  # taller or shorter buttons: the panel follows

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._keep_whole()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        dock = self.parentWidget()
        if isinstance(dock, QDockWidget) and not getattr(self, "_watching_dock", False):
            self._watching_dock = True  # its tab brought to the front or sent behind another
            dock.visibilityChanged.connect(self._dock_shown)
        QTimer.singleShot(0, self, self._keep_whole)

    def _dock_shown(self, shown: bool) -> None:
        self._behind = not shown  # False when its tab is behind another one
        QTimer.singleShot(0, self, self._keep_whole)

    def _keep_whole(self) -> None:
        """The clock never gets squeezed below its content (wrapped result text included)."""
        if not self.isVisible() or getattr(self, "_behind", False):
            # Behind another tab (the compact layout): the tab in front decides the height.
            grid = getattr(self, "step_grid", None)
            for widget in (self, grid):
                if widget is not None and widget.minimumHeight():
                    widget.setMinimumHeight(0)
            if grid is not None:  # its rows, arranged for a width it no longer has, ask nothing either
                grid.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
            return
        lay = self.layout_
        m = lay.contentsMargins()
        inner = max(1, self.width() - m.left() - m.right())
        grid = getattr(self, "step_grid", None)
        if grid is not None and grid.sizePolicy().verticalPolicy() != QSizePolicy.Policy.Fixed:
            grid.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        if grid is not None and grid.columns():
            rows = -(-len(self.step_buttons) // grid.columns())
            row = max(max(b.sizeHint().height(), b.minimumHeight()) for b in self.step_buttons.values())
            grid.setMinimumHeight(rows * row + (rows - 1) * grid.grid.verticalSpacing())
        shown = [lay.itemAt(i).widget() for i in range(lay.count())]
        shown = [w for w in shown if w is not None and not w.isHidden()]
        # Each part at the height it needs for this width (the date on two lines, three rows
        # of buttons at 200 %), added up: the layout's own estimate can be a line short.
        need = m.top() + m.bottom() + lay.spacing() * max(0, len(shown) - 1) + sum(
            max(w.heightForWidth(inner) if w.hasHeightForWidth() else 0, w.sizeHint().height(),
                w.minimumSizeHint().height()) for w in shown)
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def refresh(self) -> None:
        now = self.world.clock.now()
        person = self.person_id
        if (self._last_now is not None and now < self._last_now) or person != getattr(self, "_last_person", person):
            # a new world, or another person at the computer: the old news is not theirs
            self.result.clear()
            self.result.hide()
        self._last_now = now
        self._last_person = person
        self.time_label.setText(now.strftime("%H:%M"))
        self.date_label.setText(self._date_words(now))
        self.time_label.setAccessibleName(self.t("Ora simulata: %1").replace("%1", self.time_label.text()))
        self.date_label.setAccessibleName(self.t("Data simulata: %1").replace("%1", self.date_label.text()))

    def _date_words(self, moment: dt.datetime) -> str:
        # "lunedì 15 ottobre 2018": weekday, day, month, year (German: "Montag, 15. Oktober 2018")
        return (self.t("%1 %2 %3 %4").replace("%1", self.t(WEEKDAYS[moment.weekday()]))
                .replace("%2", str(moment.day)).replace("%3", self.t(MONTHS[moment.month - 1]))
                .replace("%4", str(moment.year)))

    def _arrivals_text(self, before: dt.datetime, after: dt.datetime) -> str:
        pid = self.person_id
        counts = messages.arrivals(self.world, pid, before, after)
        parts = []
        for channel, (one, many, where) in ARRIVAL_WORDS.items():
            n = counts.get(channel, 0)
            if n:
                parts.append(f"{n} {self.t(one if n == 1 else many)} ({self.t(where)})")
        if not parts:
            return ""
        card = auth.person_card(pid) if pid is not None else {}
        total = sum(counts.values())
        if total == 1:
            verb = self.t("è arrivata") if next(iter(counts)) in FEMININE else self.t("è arrivato")
        else:
            verb = self.t("sono arrivate") if all(ch in FEMININE for ch in counts) else self.t("sono arrivati")
        return (self.t("Per %1 %2 %3.").replace("%1", card.get("name", ""))
                .replace("%2", verb).replace("%3", ", ".join(parts)))

    # -- for tests and journeys --------------------------------------------------------------
    def advance(self, step: str) -> dt.datetime:
        """Move the simulated time forward by one of the buttons' steps (e.g. "2 settimane")."""
        before = self.world.clock.now()
        after = clockmod.advance_step(self.world, step)
        text = self.t(PASSED[step])
        arrived = self._arrivals_text(before, after)
        if arrived:
            text += " " + arrived
        self.result.setText(text)
        self.result.setAccessibleName(text)
        self.result.show()
        self.refresh()
        self._keep_whole()
        return after

    def now_text(self) -> str:
        now = self.world.clock.now()
        return self.t("%1, ore %2").replace("%1", self._date_words(now)).replace("%2", now.strftime("%H:%M"))

    def result_text(self) -> str:
        return self.result.text()
