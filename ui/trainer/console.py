"""The trainer's console: the class and its progress, live; lessons and personas to
assign; situations to solve and new worlds ordered for a learner; the class report.

A window of its own (`palestra-inps --trainer`, or Simulazione → Console del formatore).
It never opens a learner's world: faults and resets are orders in the classroom store,
applied by the learner's window within a second (app.classroom.orders). The list
follows what happens at every kiosk by polling a cheap change marker once a second
(Classroom.change_marker), so a step done at a kiosk shows here within two seconds.

The console opens behind the trainer's code, asked for inside the window (the first
time it is chosen, typed twice).
"""
from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.classroom import ClassroomError
from app.classroom import kiosk as kiosk_rules
from app.classroom import report as reportmod
from app.lessons import catalogue
from app.services import personas, scenarios

from .. import theme
from .. import tokens as T
from ..widgets.common import ChoiceField, Field, RadioGroup, alert, button, clear_layout, label, row
from ..widgets.responsive import ResponsiveGrid, fit_window
from .code_gate import CodeGate, app_text, boxed

POLL_MS = 1000
# What a trainer scans first comes first (at 200 % the list scrolls sideways).
COLUMNS = ("Allievo", "Passo", "Stato", "Errori", "Aiuti", "Lezione", "Modalità", "Tempo", "Ultima attività",
           "Codice")
STATE_COLOURS = {"in_corso": T.PRIMARY, "completata": T.SUCCESS, "superata": T.SUCCESS,
                 "non_superata": T.DANGER, "interrotta": T.WARNING_TEXT}
WHOLE_CLASS = -1


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainerConsole", text)


def console_qss(large: bool = False) -> str:
    s = (T.BODY_LARGE / T.BODY) if large else 1.0
    p = lambda v: max(1, round(v * s))  # noqa: E731
    return theme.base_qss(100, large) + theme.page_qss(100, large) + f"""
QMainWindow#TrainerConsole, QWidget#ConsoleRoot, QWidget#GateHolder, QScrollArea#ConsoleScroll,
QWidget#ConsoleViewport, QWidget#GateViewport {{ background: {T.WHITE}; }}
QLabel#SimMarker {{ background: {T.SIM_MARKER_BG}; color: {T.SIM_MARKER_TEXT}; font-weight: 700;
  padding: {p(4)}px {p(12)}px; font-size: {p(T.SMALL)}px; }}
QWidget#ConsoleHeader {{ background: {T.DARK_SLATE}; }}
QWidget#ConsoleHeader QLabel {{ color: {T.WHITE}; }}
QWidget#ConsoleHeader QLabel#ConsoleTitle {{ font-size: {p(T.H3)}px; font-weight: 700; }}
QWidget#ConsoleHeader QPushButton {{ background: {T.WHITE}; color: {T.DARK_SLATE}; border: {p(3)}px solid {T.WHITE};
  padding: {p(8)}px {p(20)}px; }}
QWidget#ConsoleHeader QPushButton:hover {{ background: {T.BG_LIGHT}; }}
QWidget#ConsoleHeader QPushButton:focus {{ border: {p(3)}px solid {T.FOCUS_OUTER}; }}
QPushButton {{ min-height: {p(T.TARGET_MIN - 2 * T.BUTTON_PAD_V + 4)}px; }}
QComboBox {{ min-height: {p(T.TARGET_MIN - 14)}px; }}
QTreeWidget#LearnersTree {{ font-size: {p(T.BODY)}px; }}
QTreeWidget#LearnersTree::item {{ min-height: {p(36)}px; padding: 0 {p(4)}px; }}
QTreeWidget#LearnersTree::item:selected {{ background: {T.BG_LIGHT_2}; color: {T.TEXT}; }}
QTreeWidget#LearnersTree:focus {{ border: {p(3)}px solid {T.FOCUS_OUTER}; }}
QTabWidget#ConsoleTabs::pane {{ border: 1px solid {T.DIVIDER}; border-top: 3px solid {T.PRIMARY}; }}
QTabWidget#ConsoleTabs QTabBar::tab {{ min-height: {p(T.TARGET_MIN - 4)}px; padding: {p(4)}px {p(16)}px;
  font-size: {p(T.BODY)}px; font-weight: 600; color: {T.PRIMARY}; background: {T.BG_LIGHT};
  border: 1px solid {T.DIVIDER}; border-bottom: none; margin-right: {p(4)}px; }}
QTabWidget#ConsoleTabs QTabBar::tab:selected {{ background: {T.PRIMARY}; color: {T.WHITE}; }}
QTabWidget#ConsoleTabs QTabBar::tab:focus {{ border: {p(3)}px solid {T.FOCUS_OUTER}; }}
QWidget#TabPage {{ background: {T.WHITE}; }}
QSplitter#ConsoleSplitter::handle {{ background: {T.DIVIDER}; }}
QSplitter#ConsoleSplitter::handle:hover {{ background: {T.BG_LIGHT_2}; }}
QWidget#ConsoleHeader QLabel#LiveStatus {{ color: {T.WHITE}; font-size: {p(T.SMALL)}px; }}
QWidget#TargetRow {{ background: transparent; }}
"""


class TrainerConsole(QMainWindow):
    def __init__(self, classroom, *, owns_classroom: bool = True, large_text: bool = False, gate=None):
        super().__init__()
        self.classroom = classroom
        self.owns_classroom = owns_classroom
        self.gate = gate or kiosk_rules.TrainerGate(classroom)
        self.large_text = large_text
        self._marker = None
        self._learner_ids: list[int] = []
        self._pending_reset: int | None = None
        self.after_close = None  # called once the window is closed
        self.learners = []
        self.last_report = None
        self.setObjectName("TrainerConsole")
        self.setWindowTitle(_tr("Console del formatore - Palestra INPS (simulazione)"))
        self.setAccessibleName(_tr("Console del formatore"))
        self.setFont(theme.app_font(large_text))
        self.setStyleSheet(console_qss(large_text))
        fit_window(self, 1366, 768)  # the available screen, if smaller (ui/widgets/responsive.py)

        root = QWidget()
        root.setObjectName("ConsoleRoot")
        outer = QVBoxLayout(root)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        band = QLabel(_tr("SIMULAZIONE - Palestra INPS: la console del formatore. Persone e codici della "
                          "simulazione sono di fantasia."))
        band.setObjectName("SimMarker")
        band.setWordWrap(True)
        band.setAccessibleName(band.text())
        outer.addWidget(band)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(root)

        self.code_gate = CodeGate(
            self.gate, title=_tr("Console del formatore"),
            text=_tr("Scriva il codice del formatore per vedere la classe e dare i compiti."),
            enter_text=_tr("Entra nella console"),
            setup_title=_tr("Benvenuto nella console del formatore"))
        self.code_gate.accepted.connect(self.unlock)
        self.gate_page = self._scrolling(boxed(self.code_gate), "GateViewport")
        self.stack.addWidget(self.gate_page)
        self.main_page = self._build_main()
        self.stack.addWidget(self.main_page)
        self.stack.setCurrentWidget(self.gate_page)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        if owns_classroom:  # the connection ends with the window, even one never closed
            weakref.finalize(self, classroom.close)
        QTimer.singleShot(0, self.code_gate.focus_first)

    # -- building ---------------------------------------------------------------------------------
    def _scrolling(self, widget: QWidget, name: str) -> QScrollArea:
        area = QScrollArea()
        area.setObjectName("ConsoleScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        widget.setObjectName(name if not widget.objectName() else widget.objectName())
        area.setWidget(widget)
        area.setAccessibleName(_tr("Contenuto della console"))
        return area

    def _build_main(self) -> QWidget:
        page = QWidget()
        page.setObjectName("ConsoleViewport")
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)

        header = QWidget()
        header.setObjectName("ConsoleHeader")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        h = QHBoxLayout(header)
        h.setContentsMargins(T.S5, T.S2, T.S5, T.S2)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        title = QLabel(_tr("Console del formatore: allievi e avanzamento"))
        title.setObjectName("ConsoleTitle")
        titles.addWidget(title)
        self.live = QLabel("")
        self.live.setObjectName("LiveStatus")
        titles.addWidget(self.live)
        h.addLayout(titles, 1)
        self.lock_button = button(_tr("Blocca la console"), self.lock)
        h.addWidget(self.lock_button)
        lay.addWidget(header)

        body = QWidget()
        b = QVBoxLayout(body)
        b.setContentsMargins(T.S5, T.S3, T.S5, T.S3)
        b.setSpacing(T.S2)

        self.tree = QTreeWidget()
        self.tree.setObjectName("LearnersTree")
        self.tree.setAccessibleName(_tr("Allievi e avanzamento"))
        self.tree.setAccessibleDescription(_tr("Un allievo per riga con la lezione in corso; "
                                               "aprire la riga per le altre lezioni."))
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([_tr(c) for c in COLUMNS])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.tree.setMinimumHeight(130)
        header_view = self.tree.header()
        header_view.setStretchLastSection(False)
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._tree_selected)
        self.tree.viewport().installEventFilter(self)

        self.error = alert("", "error")
        self.error.hide()
        b.addWidget(self.error)

        target_row = QWidget()
        target_row.setObjectName("TargetRow")
        tr_lay = QHBoxLayout(target_row)
        tr_lay.setContentsMargins(T.S4, 0, 0, T.S1)
        tr_lay.setSpacing(T.S2)
        target_label = label(_tr("Per chi:"), "fieldlabel", wrap=False)
        self.target = QComboBox()
        self.target.setObjectName("TargetCombo")
        self.target.setAccessibleName(_tr("Per chi"))
        self.target.setMinimumWidth(280)
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.target.currentIndexChanged.connect(self._target_changed)
        target_label.setBuddy(self.target)
        tr_lay.addWidget(target_label)
        tr_lay.addWidget(self.target)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("ConsoleTabs")
        self.tabs.setDocumentMode(False)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self._scrolling(self._tab_assign(), "TabPage"), _tr("Compito"))
        self.tabs.addTab(self._scrolling(self._tab_world(), "TabPage"), _tr("Situazioni e mondo"))
        self.tabs.addTab(self._scrolling(self._tab_learner(), "TabPage"), _tr("Nuovo allievo"))
        self.tabs.addTab(self._scrolling(self._tab_report(), "TabPage"), _tr("Rapporto"))
        self.tabs.addTab(self._scrolling(self._tab_settings(), "TabPage"), _tr("Impostazioni"))
        self.tabs.setAccessibleName(_tr("Azioni del formatore"))
        self.tabs.setCornerWidget(target_row, Qt.Corner.TopRightCorner)
        self.tabs.setMinimumHeight(140)

        # The list above, the actions below; the trainer can move the line between them.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("ConsoleSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(T.S3)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        b.addWidget(self.splitter, 1)

        self.feedback = alert("", "success")
        self.feedback.hide()
        b.addWidget(self.feedback)
        lay.addWidget(body, 1)
        return self._scrolling(page, "ConsoleViewport")  # scrolls only when the window is very small

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        if obj is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Every column as wide as its text; the lesson's takes what is left, if anything is
        (when the window is narrow the list scrolls sideways rather than cutting names)."""
        view = self.tree.header()
        lesson = COLUMNS.index("Lezione")
        view.setSectionResizeMode(lesson, QHeaderView.ResizeMode.ResizeToContents)
        needed = sum(view.sectionSize(i) for i in range(view.count()))
        room = self.tree.viewport().width()
        if needed < room:
            view.setSectionResizeMode(lesson, QHeaderView.ResizeMode.Stretch)

    def _tab(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        page.setObjectName("TabPage")
        page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(T.S4, T.S3, T.S4, T.S3)
        lay.setSpacing(T.S2)
        return page, lay

    @staticmethod
    def _end(page: QWidget) -> QWidget:
        page.layout().addStretch(1)
        return page

    def _tab_assign(self) -> QWidget:
        page, lay = self._tab()
        self.target_info = label("", "fieldlabel")
        lay.addWidget(self.target_info)
        lessons = [(_tr("Nessuna lezione: esplorazione libera"), "")]
        lessons += [(f"{lesson.title} ({lesson.course})", key) for key, lesson in catalogue.load_all().items()]
        self.lesson = ChoiceField(_tr("Lezione"), "lesson", lessons)
        if len(lessons) > 1:
            self.lesson.input.setCurrentIndex(1)
        self.mode = RadioGroup(_tr("Modalità"), "mode", [(_tr("Allenamento"), "allenamento"),
                                                          (_tr("Verifica"), "verifica")])
        self.mode.set_value("allenamento")
        self.persona = ChoiceField(_tr("Persona per l'esplorazione libera"), "persona",
                                   [(_tr("Nessuna: sceglie l'allievo"), "")] + _persona_choices())
        grid = ResponsiveGrid(min_em=16, max_columns=3)
        for w in (self.lesson, self.mode, self.persona):
            grid.add(w)
        lay.addWidget(grid)
        self.assign_button = button(_tr("Assegna il compito"), self.assign)
        lay.addWidget(row(self.assign_button, label(_tr(
            "La persona vale quando l'allievo esplora da solo; una lezione parte sempre dalla sua situazione."),
            "muted")))
        return self._end(page)

    def _tab_world(self) -> QWidget:
        page, lay = self._tab()
        faults = [(s.label, key) for key, s in scenarios.CATALOGUE.items()]
        self.fault = ChoiceField(_tr("Situazione da risolvere"), "fault", faults)
        self.fault_persona = ChoiceField(_tr("Persona a cui succede"), "fault_persona", _persona_choices())
        self.fault.input.currentIndexChanged.connect(self._fault_changed)
        grid = ResponsiveGrid(min_em=16, max_columns=2)
        for w in (self.fault, self.fault_persona):
            grid.add(w)
        lay.addWidget(grid)
        self.fault_text = label("", "muted")
        lay.addWidget(self.fault_text)
        self.fault_button = button(_tr("Inserisci la situazione"), self.inject_fault)
        self.reset_button = button(_tr("Ricomincia il mondo da capo"), self.ask_reset, role="secondary")
        lay.addWidget(row(self.fault_button, self.reset_button))
        self.reset_confirm = QFrame()
        self.reset_confirm.setProperty("role", "alert-warning")
        rc = QVBoxLayout(self.reset_confirm)
        rc.setContentsMargins(T.S4, T.S3, T.S4, T.S3)
        self.reset_text = label("", "warning")
        rc.addWidget(self.reset_text)
        self.reset_yes = button(_tr("Sì, ricomincia da capo"), self.confirm_reset, role="danger")
        self.reset_no = button(_tr("Annulla"), self.cancel_reset, role="secondary")
        rc.addWidget(row(self.reset_yes, self.reset_no))
        self.reset_confirm.hide()
        lay.addWidget(self.reset_confirm)
        lay.addWidget(label(_tr("Ultimi ordini"), "fieldlabel"))
        self.orders = QVBoxLayout()
        self.orders.setSpacing(T.S1)
        lay.addLayout(self.orders)
        self._fault_changed()
        return self._end(page)

    def _tab_learner(self) -> QWidget:
        page, lay = self._tab()
        lay.addWidget(label(_tr("Ogni allievo ha il suo mondo simulato e un codice breve da scrivere alla "
                                "postazione. Due allievi con lo stesso nome si distinguono dal numero."), "muted"))
        self.new_name = Field(_tr("Nome del nuovo allievo"), "name", max_length=60)
        self.new_name.input.returnPressed.connect(self.add_learner)
        self.new_name.setMaximumWidth(560)
        lay.addWidget(self.new_name)
        self.add_button = button(_tr("Aggiungi l'allievo"), self.add_learner)
        lay.addWidget(row(self.add_button))
        return self._end(page)

    def _tab_report(self) -> QWidget:
        page, lay = self._tab()
        lay.addWidget(label(_tr("Il rapporto della classe in PDF (tabella e grafico per lezione) e in CSV "
                                "(per un foglio di calcolo), con data e ora nel nome dei file."), "muted"))
        self.folder = Field(_tr("Cartella in cui salvare il rapporto"), "folder", max_length=500)
        self.folder.set_value(str(reportmod.default_folder()))
        self.folder.input.returnPressed.connect(self.save_report)
        lay.addWidget(self.folder)
        self.report_button = button(_tr("Salva il rapporto (PDF e CSV)"), self.save_report)
        lay.addWidget(row(self.report_button))
        return self._end(page)

    def _tab_settings(self) -> QWidget:
        page, lay = self._tab()
        lay.addWidget(label(_tr("Postazioni in aula: dopo quanti minuti senza attività una postazione avvisa e "
                                "torna all'elenco degli allievi (il lavoro resta salvato)."), "muted"))
        self.idle_minutes = Field(_tr("Minuti di inattività"), "minutes", max_length=3)
        self.warning_seconds = Field(_tr("Secondi di preavviso"), "seconds", max_length=3)
        self.change_current = Field(_tr("Codice attuale"), "current", password=True, max_length=64)
        self.change_new = Field(_tr("Nuovo codice del formatore"), "code", password=True, max_length=64)
        self.change_repeat = Field(_tr("Ripeta il nuovo codice"), "repeat", password=True, max_length=64)
        times = ResponsiveGrid(min_em=12, max_columns=2)
        for w in (self.idle_minutes, self.warning_seconds):
            times.add(w)
        lay.addWidget(times)
        self.settings_button = button(_tr("Salva i tempi delle postazioni"), self.save_settings)
        lay.addWidget(row(self.settings_button))
        lay.addWidget(label(_tr("Cambiare il codice del formatore"), "fieldlabel"))
        codes = ResponsiveGrid(min_em=12, max_columns=3)
        for w in (self.change_current, self.change_new, self.change_repeat):
            codes.add(w)
        lay.addWidget(codes)
        self.code_button = button(_tr("Cambia il codice"), self.change_code)
        lay.addWidget(row(self.code_button))
        return self._end(page)

    # -- the gate ----------------------------------------------------------------------------------
    @property
    def unlocked(self) -> bool:
        return self.stack.currentWidget() is self.main_page

    def unlock(self) -> None:
        self.stack.setCurrentWidget(self.main_page)
        self._marker = None
        self._load_settings()
        self.refresh()
        self.tree.setFocus()
        self._say(_tr("Console aperta. L'elenco si aggiorna da solo."), "success")

    def lock(self) -> None:
        self.feedback.hide()
        self.tree.clear()
        self.code_gate.reset()
        self.stack.setCurrentWidget(self.gate_page)
        self.code_gate.focus_first()

    # -- live progress -----------------------------------------------------------------------------
    def poll(self) -> bool:
        """Look at the store's change marker; refresh when it moved. True when refreshed."""
        if not self.unlocked:
            return False
        try:
            self.classroom.activate()
            marker = self.classroom.change_marker()
        except Exception as exc:  # noqa: BLE001 - a server that went away must not close the console
            self._show_error(_tr("Il server dell'aula non risponde (%1). Riprovo ogni secondo.")
                             .replace("%1", str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
            return False
        if marker == self._marker:
            return False
        self.refresh(marker)
        return True

    def refresh(self, marker=None) -> None:
        try:
            self._marker = marker if marker is not None else self.classroom.change_marker()
            learners = reportmod.overview(self.classroom)
            orders = reportmod.recent_orders(self.classroom)
        except Exception as exc:  # noqa: BLE001
            self._show_error(_tr("Non riesco a leggere la classe (%1).").replace("%1", str(exc).splitlines()[0]))
            return
        self.error.hide()
        self.learners = learners
        self._fill_tree(learners)
        self._fill_targets(learners)
        self._fill_orders(orders)
        now = self.classroom.now()
        self.live.setText(_tr("%1 · %2 allievi · aggiornato alle %3, si aggiorna da solo")
                          .replace("%1", app_text(reportmod.where_label(self.classroom.target)))
                          .replace("%2", str(len(learners))).replace("%3", now.strftime("%H:%M:%S")))
        self.live.setAccessibleName(self.live.text())
        self._target_changed()

    def _fill_tree(self, learners) -> None:
        selected = self.selected_learner_id()
        expanded = {self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                    for i in range(self.tree.topLevelItemCount()) if self.tree.topLevelItem(i).isExpanded()}
        now = self.classroom.now()
        self.tree.blockSignals(True)
        self.tree.clear()
        current_item = None
        for lp in learners:
            item = QTreeWidgetItem(self._cells(lp.label, lp.code, lp.current, lp.last_activity, now))
            item.setData(0, Qt.ItemDataRole.UserRole, lp.learner_id)
            self._style(item, lp.current, bold=True)
            for other in lp.lessons[1:]:
                child = QTreeWidgetItem(self._cells("", "", other, other.updated_at, now))
                child.setData(0, Qt.ItemDataRole.UserRole, lp.learner_id)
                self._style(child, other)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            if lp.learner_id in expanded:
                item.setExpanded(True)
            if lp.learner_id == selected:
                current_item = item
        if current_item is not None:
            self.tree.setCurrentItem(current_item)
        self.tree.blockSignals(False)
        self._fit_columns()

    @staticmethod
    def _cells(name, code, progress, last, now) -> list[str]:
        cells = {"Allievo": name, "Codice": code, "Ultima attività": app_text(reportmod.format_moment(last, now))}
        if progress is None:
            cells["Lezione"] = _tr("Nessuna lezione iniziata")
        else:
            cells.update({
                "Lezione": app_text(progress.title), "Modalità": app_text(progress.mode_label),
                "Passo": app_text(progress.step_label), "Errori": str(progress.mistakes),
                "Aiuti": str(progress.hints), "Tempo": app_text(progress.time_label),
                "Stato": app_text(progress.state_label)})
        return [cells.get(column, "") for column in COLUMNS]

    @staticmethod
    def _style(item: QTreeWidgetItem, progress, bold: bool = False) -> None:
        if bold:
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
        if progress is not None:
            colour = STATE_COLOURS.get(progress.state)
            state_col = COLUMNS.index("Stato")
            if colour:
                item.setForeground(state_col, QColor(colour))
            font = QFont(item.font(state_col))
            font.setBold(True)
            item.setFont(state_col, font)
            if progress.mistakes:
                item.setForeground(COLUMNS.index("Errori"), QColor(T.DANGER))
        for col in (COLUMNS.index("Errori"), COLUMNS.index("Aiuti")):
            item.setTextAlignment(col, Qt.AlignmentFlag.AlignCenter)

    def _fill_targets(self, learners) -> None:
        combo = self.target
        ids = [lp.learner_id for lp in learners]
        labels = [(f"{lp.label} - codice {lp.code}", lp.learner_id) for lp in learners]
        wanted = combo.currentData()
        if ids == self._learner_ids and combo.count() == len(ids) + 1:
            for i, (text, _lid) in enumerate(labels, 1):
                combo.setItemText(i, text)
            return
        self._learner_ids = ids
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_tr("Tutta la classe"), WHOLE_CLASS)
        for text, lid in labels:
            combo.addItem(text, lid)
        index = combo.findData(wanted) if wanted is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (1 if len(ids) == 1 else 0))
        combo.blockSignals(False)

    def _fill_orders(self, orders) -> None:
        clear_layout(self.orders)
        lines = []
        for order in orders[:2]:
            when = order.created_at.strftime("%H:%M") if hasattr(order.created_at, "strftime") else ""
            lines.append((f"{when} · {order.learner}: {app_text(order.what)}. {app_text(order.status)}",
                          "muted" if order.applied_at else ""))
        for text, role in lines or [(_tr("Nessun ordine ancora."), "muted")]:
            line = label(text, role)
            self.orders.addWidget(line)
            line.setVisible(True)  # at once (a layout shows new widgets only on the next turn)

    def selected_learner_id(self) -> int | None:
        """The learner chosen in the list or in the target box (None: the whole class)."""
        data = self.target.currentData()
        return None if data in (None, WHOLE_CLASS) else int(data)

    def _tree_selected(self, current, _previous) -> None:
        if current is None:
            return
        lid = current.data(0, Qt.ItemDataRole.UserRole)
        index = self.target.findData(lid)
        if index >= 0:
            self.target.setCurrentIndex(index)

    def _target_changed(self, *_args) -> None:
        self.cancel_reset()
        lid = self.selected_learner_id()
        learners = self.learners
        if lid is None:
            self.target_info.setText(_tr("Gli ordini andranno a tutti gli allievi della classe (%1).")
                                     .replace("%1", str(len(learners))))
        else:
            lp = next((x for x in learners if x.learner_id == lid), None)
            if lp is not None:
                self.target_info.setText(_tr("Compito attuale: %1").replace("%1", app_text(lp.assignment_label)))
        self.target_info.setAccessibleName(self.target_info.text())

    def _target_name(self) -> str:
        lid = self.selected_learner_id()
        if lid is None:
            return _tr("tutta la classe")
        lp = next((x for x in self.learners if x.learner_id == lid), None)
        return lp.label if lp is not None else str(lid)

    # -- actions -----------------------------------------------------------------------------------
    def assign(self) -> None:
        self.classroom.activate()
        lesson_key = self.lesson.value() or None
        persona_key = self.persona.value() or None
        mode = self.mode.value() or "allenamento"
        try:
            self.classroom.assign(self.selected_learner_id(), lesson_key=lesson_key, mode=mode,
                                  persona_key=persona_key)
        except ClassroomError as exc:
            self._say(app_text(exc.message), "error")
            return
        what = reportmod.assignment_label({"lesson_key": lesson_key, "mode": mode, "persona_key": persona_key})
        self._say(_tr("Compito per %1: %2. Lo troverà quando apre il suo mondo.")
                  .replace("%1", self._target_name()).replace("%2", app_text(what)), "success")
        self.refresh()

    def inject_fault(self) -> None:
        self.classroom.activate()
        key = self.fault.value()
        persona = self.fault_persona.value()
        self.classroom.post_order(self.selected_learner_id(), "fault", fault=key, persona=persona)
        what = reportmod.order_label("fault", {"fault": key, "persona": persona})
        self._say(_tr("Situazione inviata a %1: %2. Compare nel mondo dell'allievo entro un secondo, "
                      "o quando lo apre.").replace("%1", self._target_name()).replace("%2", app_text(what)),
                  "success")
        self.refresh()

    def ask_reset(self) -> None:
        self._pending_reset = self.selected_learner_id() or WHOLE_CLASS
        who = self._target_name()
        self.reset_text.setText(_tr("Il mondo simulato di %1 torna allo stato iniziale: messaggi, PIN, lettere "
                                    "e orologio. L'avanzamento nelle lezioni resta. Confermi?").replace("%1", who))
        self.reset_text.setAccessibleName(self.reset_text.text())
        self.reset_confirm.show()
        self.reset_yes.setFocus()
        QAccessible.updateAccessibility(QAccessibleEvent(self.reset_text, QAccessible.Event.Alert))

    def cancel_reset(self) -> None:
        self._pending_reset = None
        if hasattr(self, "reset_confirm"):
            self.reset_confirm.hide()

    def confirm_reset(self) -> None:
        self.classroom.activate()
        if self._pending_reset is None:
            return
        target = None if self._pending_reset == WHOLE_CLASS else self._pending_reset
        who = self._target_name()
        self.classroom.post_order(target, "reset")
        self.cancel_reset()
        self._say(_tr("Nuovo mondo ordinato per %1: l'allievo ricomincia da capo entro un secondo, "
                      "o quando apre il suo mondo.").replace("%1", who), "success")
        self.refresh()

    def add_learner(self) -> None:
        self.classroom.activate()
        self.new_name.clear_error()
        try:
            info = self.classroom.add_learner(self.new_name.value())
        except ClassroomError as exc:
            self.new_name.set_error(app_text(exc.message))
            self.new_name.input.setFocus()
            return
        self.new_name.set_value("")
        self.refresh()
        index = self.target.findData(info.id)
        if index >= 0:
            self.target.setCurrentIndex(index)
        self._say(_tr("Aggiunto l'allievo %1 (n. %2). Il suo codice per la postazione è %3.")
                  .replace("%1", info.name).replace("%2", str(info.id)).replace("%3", info.code), "success")

    def save_report(self) -> None:
        self.classroom.activate()
        self.folder.clear_error()
        try:
            pdf_path, csv_path = reportmod.save(self.classroom, self.folder.value())
        except ClassroomError as exc:
            self.folder.set_error(app_text(exc.message))
            return
        self.last_report = (pdf_path, csv_path)
        self._say(_tr("Rapporto salvato: %1 e %2").replace("%1", str(pdf_path)).replace("%2", str(csv_path.name)),
                  "success")

    def _load_settings(self) -> None:
        self.idle_minutes.set_value(self.classroom.setting("kiosk.idle_minutes"))
        self.warning_seconds.set_value(self.classroom.setting("kiosk.warning_seconds"))

    def save_settings(self) -> None:
        self.classroom.activate()
        fields = {"minutes": self.idle_minutes, "seconds": self.warning_seconds}
        for f in fields.values():
            f.clear_error()
        try:
            kiosk_rules.set_idle_times(self.classroom, self.idle_minutes.value(), self.warning_seconds.value())
        except kiosk_rules.GateError as exc:
            for name, message in exc.errors.items():
                fields[name].set_error(app_text(message))
            return
        self._say(_tr("Tempi salvati: le postazioni li usano dal prossimo allievo."), "success")

    def change_code(self) -> None:
        self.classroom.activate()
        fields = {"current": self.change_current, "code": self.change_new, "repeat": self.change_repeat}
        for f in fields.values():
            f.clear_error()
        try:
            self.gate.change_code(self.change_current.value(), self.change_new.value(), self.change_repeat.value())
        except kiosk_rules.GateError as exc:
            for name, message in exc.errors.items():
                fields[name].set_error(app_text(message))
            return
        for f in fields.values():
            f.set_value("")
        self._say(_tr("Codice del formatore cambiato."), "success")

    # -- messages ----------------------------------------------------------------------------------
    def _say(self, text: str, kind: str) -> None:
        self.feedback.setProperty("role", f"alert-{kind}")
        self.feedback.text_label.setProperty("role", "" if kind == "info" else kind)
        for w in (self.feedback, self.feedback.text_label):
            w.style().unpolish(w)
            w.style().polish(w)
        self.feedback.text_label.setText(text)
        self.feedback.text_label.setAccessibleName(text)
        self.feedback.setAccessibleName(text)
        self.feedback.show()
        QAccessible.updateAccessibility(QAccessibleEvent(self.feedback.text_label, QAccessible.Event.Alert))

    def _show_error(self, text: str) -> None:
        self.error.text_label.setText(text)
        self.error.text_label.setAccessibleName(text)
        self.error.show()

    def _fault_changed(self, *_args) -> None:
        scenario = scenarios.CATALOGUE.get(self.fault.value())
        if scenario is None:
            return
        self.fault_persona.set_value(scenario.default_persona)
        self.fault_text.setText(app_text(scenario.description))
        self.fault_text.setAccessibleName(self.fault_text.text())

    # -- closing -----------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802
        self.timer.stop()
        if self.owns_classroom:
            self.classroom.close()
        if self.after_close is not None:
            self.after_close()
        super().closeEvent(event)


def _persona_choices() -> list[tuple[str, str]]:
    return [(f"{p['nome']} {p['cognome']} ({p['key']})", p["key"]) for p in personas.load_personas()]


def open_console(window) -> TrainerConsole:
    """Simulazione → Console del formatore: a separate window on the same classroom (its
    own connection); the code is asked for inside it."""
    from app.classroom import Classroom

    console = getattr(window, "trainer_console", None)
    if console is None or not console.isVisible():
        own = window.world.classroom
        classroom = Classroom(own.target)
        own.activate()  # the learner's window keeps using its own connection
        console = TrainerConsole(classroom, large_text=window.large_text)
        console.after_close = own.activate
        window.trainer_console = console
    console.show()
    console.raise_()
    console.activateWindow()
    return console
