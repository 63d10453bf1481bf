"""The main window: a browser-like frame around the simulated portal, with the
citizen's world in dock panels.

Built in named steps and wired in one place (`_connect_signals`); only the
current tab's signals reach the address bar and the status bar.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProxyStyle,
    QPushButton,
    QStyle,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.session import SessionHolder

from .. import collector, theme
from .. import tokens as T
from ..bridge import WorldBridge
from ..docks import DockPanel
from ..docks import START_MODULES
from ..docks import load_all as load_docks
from ..pages.base import PageContext
from ..widgets import responsive
from ..widgets.responsive import fit_window
from . import router
from .tab import BrowserTab


class LazyPanels:
    """The window's dock panels by object name; a panel is built on first access."""

    def __init__(self, window):
        self._window = window
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, name: str) -> QWidget:
        if name not in self._built:
            if name not in self._window._dock_specs:
                self._window.finish_start()
            if name not in self._window._dock_specs:
                raise KeyError(name)
            self._window._build_panel(name)
        return self._built[name]

    def get(self, name: str, default=None):
        try:
            return self[name]
        except KeyError:
            return default

    def _names(self) -> list[str]:
        self._window.finish_start()
        return list(self._window._dock_specs)

    def __contains__(self, name: str) -> bool:
        return name in self._names()

    def __iter__(self):
        return iter(self._names())

    def keys(self):
        return self._names()

    def items(self):
        return [(name, self[name]) for name in self._names()]

    def values(self):
        return [self[name] for name in self._names()]

    def built(self) -> dict[str, QWidget]:
        return dict(self._built)


class _ToolbarStyle(QProxyStyle):
    """The toolbar's «Altri comandi» button, as wide as a target at the program's zoom."""

    def __init__(self, window):
        super().__init__()
        self._window = window

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802
        if metric == QStyle.PixelMetric.PM_ToolBarExtensionExtent:
            return round(T.TARGET_MIN * theme.factor(getattr(self._window, "large_text", False)))
        return super().pixelMetric(metric, option, widget)


class MainWindow(QMainWindow):
    WISHED_SIZE = (1400, 900)  # on a screen at least this big; otherwise the available screen
    _deferred_done = False  # what the first paint does not need is done right after it
    _finished = False
    assignment = None  # the trainer's newest assignment for the learner (app.classroom), once attached
    def __init__(self, world=None, *, start_url: str = router.START_URL, person_key: str | None = None,
                 large_text: bool = False, zoom: int = 100, restore_state: bool = True):
        """With a world the window is complete at once (the tests, screenshots). Without,
        it is the frame only (toolbar, SIMULAZIONE band, menus): main() shows it at once
        and calls attach_world() right after, so the program appears without waiting for
        the database and the pages."""
        super().__init__()
        self.world = None
        self.owns_world = False  # True when the window opened the world itself (main, build_main_window)
        self.bridge = None
        self._after_paint: list = []
        self.large_text = large_text
        self.default_zoom = zoom
        self.keep_state = restore_state
        self.session = SessionHolder()
        self.person_id: int | None = None
        self.pdf_viewers: list = []
        self.docks: dict = {}  # object name -> QDockWidget
        self._dock_specs: dict = {}
        self.dock_panels = LazyPanels(self)
        self._dock_titles: dict[str, str] = {}
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Palestra INPS - simulazione del portale INPS"))
        theme.set_zoom(zoom)  # the program's one zoom: pages, panels, tutor, toolbar, menus, dialogs
        self._zooming = False
        self._compact = False
        self._arranging = False
        fit_window(self, *self.WISHED_SIZE)  # never larger than the available screen
        self.setFont(theme.app_font(large_text))
        # Also the application's: stylesheet rules that set only a size or a weight
        # start from it, so every text is in Titillium Web.
        QApplication.setFont(theme.app_font(large_text))
        self._init_actions()
        self._init_toolbar()
        self._init_central()
        self._init_menus()
        self._init_statusbar()
        self._apply_chrome_style()
        if world is not None:
            self.attach_world(world, start_url=start_url, person_key=person_key)

    def after_first_paint(self, callback) -> None:
        """Run `callback` once the window has been painted (at once if it already was)."""
        if self._deferred_done:
            QTimer.singleShot(0, callback)
        else:
            self._after_paint.append(callback)

    def attach_world(self, world, *, start_url: str = router.START_URL, person_key: str | None = None) -> None:
        """Everything that needs the world: the citizen's panels, the clock, the first page."""
        from ..widgets.session_timeout import install as install_session_timeout

        # A page's module is imported when its address is first asked for (ui/pages/_routes.py):
        # the start page's only, before the first page is shown.
        self.world = world
        self.bridge = WorldBridge(world, self)
        self._show_clock(world.clock.now())
        self.assignment = self._trainer_assignment(world)
        if person_key is None and self.assignment and self.assignment.get("persona_key"):
            person_key = self.assignment["persona_key"]  # the trainer's persona, for free exploration
        self._init_people(person_key)
        self._init_docks()
        self._connect_signals()
        self.session_timeout = install_session_timeout(self)
        if getattr(world, "classroom", None) is not None:
            from ..classroom_link import ClassroomLink

            self.classroom_link = ClassroomLink(self)
        self.loading.hide()
        self.new_tab(start_url)
        self._announce_assignment()
        if self._deferred_done:  # already painted: the rest now
            QTimer.singleShot(0, self._build_start_panels)

    # -- construction steps -------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        act = QAction(text, self)
        act.setObjectName(name or text)
        if shortcut is not None:
            sequences = shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)]
            unique = {seq.toString(): seq for seq in sequences if not seq.isEmpty()}
            act.setShortcuts(list(unique.values()))
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _init_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.act_back = self._action(self.tr("Indietro"), self.go_back, [QKeySequence("Alt+Left"), QKeySequence(Qt.Key.Key_Back)], "act_back")
        self.act_forward = self._action(self.tr("Avanti"), self.go_forward, [QKeySequence("Alt+Right"), QKeySequence(Qt.Key.Key_Forward)], "act_forward")
        self.act_reload = self._action(self.tr("Ricarica"), self.reload, [QKeySequence(SK.Refresh), QKeySequence("Ctrl+R")], "act_reload")
        self.act_home = self._action(self.tr("Home"), self.go_home, QKeySequence("Alt+Home"), "act_home")
        self.act_new_tab = self._action(self.tr("Nuova scheda"), lambda: self.new_tab(router.START_URL), QKeySequence(SK.AddTab), "act_new_tab")
        self.act_close_tab = self._action(self.tr("Chiudi scheda"), self.close_current_tab, QKeySequence("Ctrl+W"), "act_close_tab")
        self.act_zoom_in = self._action(self.tr("Ingrandisci"), self.zoom_in, [QKeySequence("Ctrl++"), QKeySequence("Ctrl+="), QKeySequence(SK.ZoomIn)], "act_zoom_in")
        self.act_zoom_out = self._action(self.tr("Riduci"), self.zoom_out, [QKeySequence("Ctrl+-"), QKeySequence(SK.ZoomOut)], "act_zoom_out")
        self.act_zoom_reset = self._action(self.tr("Dimensione normale"), self.zoom_reset, QKeySequence("Ctrl+0"), "act_zoom_reset")
        self.act_focus_address = self._action(self.tr("Vai alla barra degli indirizzi"), self.focus_address, [QKeySequence("Ctrl+L"), QKeySequence("F6")], "act_focus_address")
        self.act_reset_world = self._action(self.tr("Ricomincia da capo"), self.confirm_reset_world, None, "act_reset_world")
        self.act_quit = self._action(self.tr("Esci dal programma"), self.close, QKeySequence(SK.Quit), "act_quit")
        self.act_large_text = QAction(self.tr("Caratteri grandi"), self, checkable=True)
        self.act_large_text.setChecked(self.large_text)
        self.act_large_text.toggled.connect(self.set_large_text)

    def _init_toolbar(self) -> None:
        bar = QToolBar(self.tr("Navigazione"))
        bar.setObjectName("NavigationToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.act_back, self.act_forward, self.act_reload, self.act_home):
            bar.addAction(act)
            bar.widgetForAction(act).setAccessibleName(act.text())
        self.address = QLineEdit()
        self.address.setObjectName("AddressBar")
        self.address.setAccessibleName(self.tr("Indirizzo"))
        self.address.setPlaceholderText(self.tr("Scriva un indirizzo o una ricerca e prema Invio"))
        # No clear button (as in the real browsers' address bars): Qt placed it for an 18 px icon
        # inside a 44 px target, so its icon poked out below the rounded end as a notch.
        bar.addWidget(self.address)
        for act in (self.act_zoom_out,):
            bar.addAction(act)
            bar.widgetForAction(act).setAccessibleName(act.text())
        self.zoom_label = QToolButton()
        self.zoom_label.setText("100 %")
        self.zoom_label.setAccessibleName("100 %")
        self.zoom_label.setAccessibleDescription(self.tr("Zoom del programma: premere per tornare alla dimensione normale"))
        self.zoom_label.setToolTip(self.tr("Torna alla dimensione normale (Ctrl+0)"))
        self.zoom_label.clicked.connect(self.zoom_reset)
        bar.addWidget(self.zoom_label)
        bar.addAction(self.act_zoom_in)
        bar.widgetForAction(self.act_zoom_in).setAccessibleName(self.act_zoom_in.text())
        bar.addSeparator()
        who = QLabel(self.tr("Io sono:"))
        bar.addWidget(who)
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("PersonCombo")
        self.person_combo.setAccessibleName(self.tr("Io sono"))
        self.person_combo.setMinimumWidth(200)
        who.setBuddy(self.person_combo)
        bar.addWidget(self.person_combo)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        # What does not fit (200 %, a small screen) goes behind «Altri comandi» at the end of the
        # bar: a button as big as the others (Qt's own is a 12 px strip).
        # The style must outlive the toolbar (its style-sheet style keeps a plain pointer to
        # it): the application holds it, and it goes once the window is gone. Owned by the
        # window's Python object, it could be freed first at exit (a crash at quit).
        self._toolbar_style = _ToolbarStyle(self)
        self._toolbar_style.setParent(QApplication.instance())
        self.destroyed.connect(self._toolbar_style.deleteLater)
        bar.setStyle(self._toolbar_style)
        for extension in bar.findChildren(QToolButton, "qt_toolbar_ext_button"):
            extension.setText("»")
            extension.setAccessibleName(self.tr("Altri comandi"))
            extension.setToolTip(self.tr("Altri comandi"))
        self.toolbar = bar

    def _init_central(self) -> None:
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.sim_marker = QLabel(self.tr(
            "SIMULAZIONE - Palestra INPS: un portale di prova, non il sito dell'INPS. "
            "Persone e codici sono di fantasia: non scriva mai credenziali vere."
        ))
        self.sim_marker.setObjectName("SimMarker")
        self.sim_marker.setWordWrap(True)
        self.sim_marker.setAccessibleName(self.sim_marker.text())
        lay.addWidget(self.sim_marker)
        self.notice = QWidget()
        self.notice.setObjectName("TrainerNotice")
        notice_lay = QHBoxLayout(self.notice)
        notice_lay.setContentsMargins(12, 6, 12, 6)
        self.notice_text = QLabel()
        self.notice_text.setObjectName("TrainerNoticeText")
        self.notice_text.setWordWrap(True)
        notice_lay.addWidget(self.notice_text, 1)
        close_notice = QPushButton(self.tr("Chiudi l'avviso"))
        close_notice.setAccessibleName(self.tr("Chiudi l'avviso"))
        close_notice.clicked.connect(self.notice.hide)
        notice_lay.addWidget(close_notice)
        self.notice.hide()
        lay.addWidget(self.notice)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("Tabs")
        # Not a Tab stop of its own (its tab bar and the page inside are): a screen reader
        # would otherwise land on an unnamed frame.
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.setAccessibleName(self.tr("Schede"))
        self.tabs.setTabsClosable(False)  # each tab gets a close button of 44 x 44 px with a name (_add_close_button)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        plus = QToolButton()
        plus.setText("+")
        plus.setAccessibleName(self.tr("Nuova scheda"))
        plus.setToolTip(self.tr("Nuova scheda (Ctrl+T)"))
        plus.clicked.connect(lambda: self.new_tab(router.START_URL))
        self.tabs.setCornerWidget(plus, Qt.Corner.TopRightCorner)
        lay.addWidget(self.tabs, 1)
        self.loading = QLabel(self.tr("Preparazione del mondo simulato…"))
        self.loading.setObjectName("Loading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.loading, 1)
        self.setCentralWidget(central)

    def _init_menus(self) -> None:
        bar = self.menuBar()
        m_file = bar.addMenu(self.tr("&File"))
        for act in (self.act_new_tab, self.act_close_tab, self.act_quit):
            m_file.addAction(act)
        m_view = bar.addMenu(self.tr("&Visualizza"))
        for act in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset, self.act_large_text, self.act_focus_address):
            m_view.addAction(act)
        self.menu_view = m_view
        from ..accessibility import install as install_view_entries  # Alto contrasto, read aloud, speed

        install_view_entries(self, m_view)
        self.menu_docks = bar.addMenu(self.tr("&Il mio mondo"))
        m_world = bar.addMenu(self.tr("&Simulazione"))
        m_world.addAction(self.act_reset_world)
        m_world.addSeparator()
        self.act_switch_learner = self._action(self.tr("Cambia allievo"), self.choose_learner, None,
                                               "act_switch_learner")
        self.act_trainer_console = self._action(self.tr("Console del formatore"), self.open_trainer_console,
                                                None, "act_trainer_console")
        m_world.addAction(self.act_switch_learner)
        m_world.addAction(self.act_trainer_console)
        self.menu_world = m_world

    def _init_statusbar(self) -> None:
        self.clock_label = QLabel()
        self.clock_label.setObjectName("StatusClock")
        self.statusBar().addPermanentWidget(self.clock_label)

    def _init_people(self, person_key: str | None) -> None:
        self.refresh_people()
        target = None
        for i in range(self.person_combo.count()):
            if person_key and self.person_combo.itemData(i, Qt.ItemDataRole.UserRole + 1) == person_key:
                target = i
        if target is None:
            for i in range(self.person_combo.count()):
                if self.person_combo.itemData(i, Qt.ItemDataRole.UserRole + 1) == "senza_credenziali":
                    target = i
        self.person_combo.setCurrentIndex(target or 0)
        self.person_id = self.person_combo.currentData()

    def refresh_people(self) -> None:
        current = self.person_id
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        from app.services import auth  # the models are loaded with the world, after the first paint

        for person in auth.world_people(self.world):
            self.person_combo.addItem(person["name"], person["id"])
            self.person_combo.setItemData(self.person_combo.count() - 1, person["persona_key"], Qt.ItemDataRole.UserRole + 1)
        if current is not None:
            idx = self.person_combo.findData(current)
            if idx >= 0:
                self.person_combo.setCurrentIndex(idx)
        self.person_combo.blockSignals(False)

    def _init_docks(self) -> None:
        """Create the docks shown at start: the Orologio and, under it, «Il mio mondo» (the
        world area with the rail of its sections). Their panels are built right after the
        first paint (`_build_start_panels`), the other docks after that (`finish_start`), or
        at once when asked for."""
        from PySide6.QtWidgets import QDockWidget

        from ..docks._world import WORLD_DOCK, DockTitle, WorldArea

        # Stacked docks show their tabs on top, like the browser's tabs (easier to notice).
        self.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)
        # The right-hand column (Orologio, Il mio mondo) keeps the whole height: the Fascicolo's
        # panels at the bottom go under the page only.
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        title = self.tr("Il mio mondo")
        world = QDockWidget(title, self)
        world.setObjectName(WORLD_DOCK)
        world.setAccessibleName(title)
        # Styled before its content goes in: the area is polished once, under both sheets.
        world.setStyleSheet(theme.chrome_qss(self.large_text))
        world.setTitleBarWidget(DockTitle(world, title))
        self.world_area = WorldArea(self, world)
        world.setWidget(self.world_area)
        world.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                          | QDockWidget.DockWidgetFeature.DockWidgetMovable
                          | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.world_dock = world
        # The menu Il mio mondo: the sections first (each shows its section), then the panels.
        self._world_menu_entry = self.menu_docks.addSeparator()
        self.menu_docks.addAction(world.toggleViewAction())
        for spec in load_docks(START_MODULES):
            self._add_dock(spec)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, world)
        self.docks[WORLD_DOCK] = world
        self._layout_docks()

    def _build_start_panels(self) -> None:
        """Right after the first paint, in a turn of their own (so they are painted before
        the rest is built): the panels in sight at start, the Orologio and the section of
        «Il mio mondo» in front. Their docks, titles and the rail of sections are there
        from the first paint."""
        if self.world is None or self._finished:
            return
        for spec in load_docks(START_MODULES):
            if spec.area != "world" and spec.visible and not spec.tabify_with:
                self.dock_panels.get(spec.object_name)
        self.dock_panels.get(self.world_area.current_name())
        self._layout_docks()
        # On screen now, before the turns that follow (the page's part below the fold, the
        # other panels) keep the event loop: laid out, then painted at once.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        for dock in (self.docks.get("ClockDock"), self.world_dock):
            if dock is not None and dock.isVisible():
                dock.repaint()
        QTimer.singleShot(0, self.finish_start)

    # The width of the right-hand column at start: the page keeps at least ~800 px of a
    # 1366 px wide screen (the world area's rail plus a section as wide as a phone).
    RIGHT_COLUMN = 540

    def _layout_docks(self) -> None:
        """The start layout of the right-hand column: the Orologio on top, as tall as its
        content; «Il mio mondo» under it with the rest of the height."""
        clock = self.docks.get("ClockDock")
        world = self.docks.get("WorldDock")
        column = [d for d in (clock, world) if d is not None]
        if not column:
            return
        self.resizeDocks(column[:1], [self._right_column_width()], Qt.Orientation.Horizontal)
        if clock is not None and world is not None:
            panel = self.dock_panels.built().get("ClockDock")
            clock_height = (panel.sizeHint().height() if panel is not None else 160) + 30
            self.resizeDocks([clock, world], [clock_height, max(200, self.height() - clock_height)],
                             Qt.Orientation.Vertical)

    PAGE_WISH = 800  # what the page should keep, at 100 %, beside the side areas

    def _right_column_width(self) -> int:
        """RIGHT_COLUMN; narrower while the Lezione panel is open beside the page, so that the
        page keeps what it can (Il mio mondo then puts its buttons in a row above the section)."""
        width = min(self.RIGHT_COLUMN, max(360, self.width() * 2 // 5))
        left = [d for n, d in self.docks.items() if n in self._dock_specs and self._dock_specs[n].area == "left"
                and d.isVisible() and not d.isFloating()]
        if left:
            room = self.width() - max(d.width() for d in left) - self.PAGE_WISH
            width = max(360, min(width, room))
        return width

    def _side_area_changed(self) -> None:
        """The Lezione panel opened or closed: the right-hand column takes the width it may."""
        column = [d for d in (self.docks.get("ClockDock"), self.docks.get("WorldDock")) if d is not None
                  and d.isVisible() and not d.isFloating()]
        if column and not getattr(self, "_compact", False):
            self.resizeDocks(column[:1], [self._right_column_width()], Qt.Orientation.Horizontal)

    def reset_layout(self, *, keep_section: bool = False) -> None:
        """The layout every learner starts with (also after Ricomincia da capo): each dock
        back in its place, shown or hidden as at start, the world area on its first section
        (unless `keep_section`: at start, where the learner may already have chosen one)."""
        from ..tutor.targets import TUTOR_DOCK

        areas = {"right": Qt.DockWidgetArea.RightDockWidgetArea, "left": Qt.DockWidgetArea.LeftDockWidgetArea,
                 "bottom": Qt.DockWidgetArea.BottomDockWidgetArea}
        specs = sorted(self._dock_specs.values(), key=lambda sp: (sp.order, sp.object_name))
        for spec in specs:
            if spec.area == "world":
                continue
            dock = self.docks[spec.object_name]
            dock.setFloating(False)
            self.addDockWidget(areas.get(spec.area, Qt.DockWidgetArea.RightDockWidgetArea), dock)
            if spec.object_name == "ClockDock":
                self.world_dock.setFloating(False)
                self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.world_dock)
                self.splitDockWidget(dock, self.world_dock, Qt.Orientation.Vertical)
            if spec.object_name != TUTOR_DOCK:  # the tutor shows its panel while a lesson runs
                dock.setVisible(spec.visible)
        for spec in specs:
            if spec.area != "world" and spec.tabify_with in self.docks:
                self.tabifyDockWidget(self.docks[spec.tabify_with], self.docks[spec.object_name])
        self.world_dock.show()
        first = next((sp.object_name for sp in specs if sp.area == "world"), "")
        if first and not keep_section:
            self.world_area.clear_notice()
            self.world_area.show_section(first)
        self._tidy_dock_tabs()
        self._layout_docks()

    def _apply_chrome_style(self) -> None:
        """The window's own parts get the chrome stylesheet one by one: set on the window
        it would cascade into every page and slow down each page switch."""
        qss = theme.chrome_qss(self.large_text)
        for widget in (self.toolbar, self.sim_marker, self.notice, self.tabs.tabBar(), self.tabs.cornerWidget(),
                       self.statusBar(), self.menuBar(), *self.docks.values()):
            widget.setStyleSheet(qss)
        # A toolbar button keeps its whole word («Ingrandisci», not «Ingr…isci»): what does not
        # fit goes behind «Altri comandi».
        # (The bar's own buttons, one per entry: findChildren would wrap every descendant for
        # Python, the person list's inner view included.)
        for act in self.toolbar.actions():
            button = self.toolbar.widgetForAction(act)
            if isinstance(button, QToolButton):
                button.setMinimumWidth(0)
                button.ensurePolished()
                button.setMinimumWidth(button.sizeHint().width())

    def _add_dock(self, spec):
        from PySide6.QtWidgets import QDockWidget

        title = DockPanel.t(spec.title)
        self._dock_specs[spec.object_name] = spec
        self._dock_titles[spec.object_name] = title
        if spec.area == "world":  # a section of «Il mio mondo»: window.docks[name] stands for it
            section = self.world_area.add_section(spec.object_name, title, spec.order)
            self.docks[spec.object_name] = section
            self.menu_docks.insertAction(self._world_menu_entry, section.action)
            return section
        areas = {"right": Qt.DockWidgetArea.RightDockWidgetArea, "left": Qt.DockWidgetArea.LeftDockWidgetArea,
                 "bottom": Qt.DockWidgetArea.BottomDockWidgetArea}
        dock = QDockWidget(title, self)
        dock.setObjectName(spec.object_name)
        dock.setWidget(QWidget())  # the panel replaces it when built
        dock.setAccessibleName(title)
        dock.setStyleSheet(theme.chrome_qss(self.large_text))
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        from ..docks._world import DockTitle

        dock.setTitleBarWidget(DockTitle(dock, title))
        self.addDockWidget(areas.get(spec.area, Qt.DockWidgetArea.RightDockWidgetArea), dock)
        if spec.tabify_with and spec.tabify_with in self.docks:
            self.tabifyDockWidget(self.docks[spec.tabify_with], dock)
        dock.setVisible(spec.visible)
        self.docks[spec.object_name] = dock
        self.menu_docks.addAction(dock.toggleViewAction())
        # Shown by the learner (its tab, the menu): its panel now. At start, after the first paint.
        dock.visibilityChanged.connect(lambda shown, n=spec.object_name: shown and self._deferred_done
                                       and self.dock_panels.get(n))
        if spec.area == "left":
            dock.visibilityChanged.connect(lambda _shown: QTimer.singleShot(0, self, self._side_area_changed))
        return dock

    def finish_start(self) -> None:
        """Everything not needed for the first paint: the other docks, the content of those
        that count or show something now, the saved window layout.
        Idempotent. The page modules are not imported here: each is imported when its
        address is first asked for (ui/pages/_routes.py)."""
        if self._finished or self.world is None:
            return
        self._finished = True
        for spec in load_docks():
            if spec.object_name not in self.docks:
                self._add_dock(spec)
        for name in list(self._dock_specs):
            # At once: the sections of Il mio mondo (their buttons show the unread count, and a
            # section notes what arrives from now on) and the Lezione panel (the world column
            # makes room for it when a lesson starts). The Fascicolo's panels when first shown.
            if name in self.world_area.sections or name == "LessonDock" or not self.docks[name].isHidden():
                self.dock_panels.get(name)
        if self.keep_state:
            self._restore_state()
            # The panels' layout at start is the same for everyone (what was moved or closed
            # last time is not brought back); the window's size and place may be.
            self.reset_layout(keep_section=True)
        else:
            self._tidy_dock_tabs()
            self._layout_docks()
        collector.settled()  # the window is up: what lives now is frozen out of later collections

    def _tidy_dock_tabs(self) -> None:
        """Stacked docks' tabs keep their whole names (scroll arrows rather than "Telef...")."""
        from PySide6.QtWidgets import QTabBar

        for bar in self.findChildren(QTabBar):
            if bar is not self.tabs.tabBar():
                bar.setElideMode(Qt.TextElideMode.ElideNone)
                bar.setUsesScrollButtons(True)
                bar.setExpanding(False)
    def _build_panel(self, name: str):
        spec = self._dock_specs[name]
        panel = spec.factory(self)
        self.dock_panels._built[name] = panel
        self.docks[name].setWidget(panel)
        panel.refresh()
        self._update_dock_title(name)
        return panel

    def event(self, event) -> bool:
        # A dialog of this window (a message box, the CNS reader, the PUK, the counter of the
        # sede...) is brought inside the screen once shown, whatever size it asked for.
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()
            if isinstance(child, QWidget) and child.isWindow() and child.windowType() in (
                    Qt.WindowType.Dialog, Qt.WindowType.Window, Qt.WindowType.Tool):
                QTimer.singleShot(0, child, lambda c=child: responsive.clamp_to_screen(c))
        # After the first paint, build what the learner does not see yet.
        if not self._deferred_done and event.type() == QEvent.Type.Paint:
            self._deferred_done = True
            for callback in self._after_paint:
                QTimer.singleShot(0, callback)
            self._after_paint.clear()
            if self.world is not None:
                QTimer.singleShot(0, self._build_start_panels)
        return super().event(event)

    def _connect_signals(self) -> None:
        self.address.returnPressed.connect(self._address_entered)
        self.tabs.currentChanged.connect(self._current_tab_changed)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.person_combo.currentIndexChanged.connect(self._person_chosen)
        self.bridge.world_changed.connect(self._world_changed)
        self.bridge.clock_changed.connect(self._show_clock)
        self.session.listeners.append(lambda _s: self._session_changed())

    # -- tabs ------------------------------------------------------------------------------
    def new_tab(self, url: str = router.START_URL, *, switch: bool = True) -> BrowserTab:
        tab = BrowserTab(self, zoom=theme.zoom())
        tab.url_changed.connect(lambda u, t=tab: self._tab_url_changed(t, u))
        tab.title_changed.connect(lambda title, t=tab: self._tab_title_changed(t, title))
        tab.history_changed.connect(lambda t=tab: self._tab_history_changed(t))
        tab.zoom_changed.connect(lambda z, t=tab: self._tab_zoom_changed(t, z))
        index = self.tabs.addTab(tab, self.tr("Nuova scheda"))
        self._add_close_button(tab, index)
        if switch:
            self.tabs.setCurrentIndex(index)
        tab.navigate(url)
        return tab

    def current_tab(self) -> BrowserTab | None:
        return self.tabs.currentWidget()

    def _add_close_button(self, tab: BrowserTab, index: int) -> None:
        """A close button a finger or a shaky mouse can hit (44 x 44 px), named «Chiudi scheda»
        for screen readers; the tab's title is its description (the name never changes)."""
        from PySide6.QtWidgets import QTabBar

        close = QToolButton()
        close.setObjectName("TabClose")
        close.setText("\u00d7")
        close.setAccessibleName(self.tr("Chiudi scheda"))
        close.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        close.setCursor(Qt.CursorShape.PointingHandCursor)
        close.clicked.connect(lambda _=False, t=tab: self.close_tab(self.tabs.indexOf(t)))
        tab.close_button = close
        self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, close)
        self._describe_close_button(tab, self.tr("Nuova scheda"))

    def _describe_close_button(self, tab: BrowserTab, title: str) -> None:
        close = getattr(tab, "close_button", None)
        if close is not None:
            close.setAccessibleDescription(title)
            close.setToolTip(self.tr("Chiudi la scheda «%1» (Ctrl+W)").replace("%1", title))

    def close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def close_tab(self, index: int) -> None:
        if index < 0:
            return
        if self.tabs.count() == 1:
            self.tabs.widget(0).navigate(router.START_URL)  # the window keeps one tab
            return
        tab = self.tabs.widget(index)
        self.tabs.removeTab(index)
        tab.deleteLater()

    def navigate(self, url: str, new_tab: bool = False) -> None:
        if new_tab:
            self.new_tab(url)
        elif self.current_tab() is not None:
            self.current_tab().navigate(url)

    def page_context(self, tab: BrowserTab, resolved: router.Resolved) -> PageContext:
        def navigate(url: str, new_tab: bool = False, _tab=tab) -> None:
            if new_tab:
                self.new_tab(url)
            else:
                # Let the click that asked for it finish before the page is replaced.
                QTimer.singleShot(0, lambda: _tab.navigate(url))

        return PageContext(
            world=self.world, session=self.session, navigate=navigate, open_pdf=self.open_pdf,
            window=self, url=resolved.url, params=dict(resolved.params), zoom=tab.zoom.percent,
            large_text=self.large_text,
        )

    def events_page_visited(self, resolved: router.Resolved) -> None:
        if self.world is None:  # a kiosk between two learners shows the learner picker, with no world
            return
        self.world.events.record("page.visited", url=resolved.url, page_kind=resolved.kind)

    # -- navigation verbs ---------------------------------------------------------------
    def go_back(self) -> None:
        if self.current_tab():
            self.current_tab().back()

    def go_forward(self) -> None:
        if self.current_tab():
            self.current_tab().forward()

    def reload(self) -> None:
        if self.current_tab():
            self.current_tab().reload()

    def go_home(self) -> None:
        self.navigate(router.START_URL)

    def focus_address(self) -> None:
        self.address.setFocus()
        self.address.selectAll()

    # -- the one zoom --------------------------------------------------------------------
    def zoom_in(self) -> None:
        bigger = [z for z in T.ZOOM_LEVELS if z > theme.zoom()]
        self.set_zoom(bigger[0] if bigger else T.ZOOM_LEVELS[-1])

    def zoom_out(self) -> None:
        smaller = [z for z in T.ZOOM_LEVELS if z < theme.zoom()]
        self.set_zoom(smaller[-1] if smaller else T.ZOOM_LEVELS[0])

    def zoom_reset(self) -> None:
        self.set_zoom(100)

    def zoom(self) -> int:
        return theme.zoom()

    def set_zoom(self, percent: int) -> None:
        """Ctrl + / Ctrl - / Ctrl 0: one zoom for the whole program (ui/theme.py): every tab's
        page, the panels and the tutor, the toolbar, the tabs, the menus, the status bar,
        the PDF viewers and the dialogs opened from now on."""
        if self._zooming:
            return
        self._zooming = True
        try:
            changed = theme.set_zoom(percent)
            for i in range(self.tabs.count()):
                tab = self.tabs.widget(i)
                if tab.zoom.percent != theme.zoom():
                    tab.set_zoom(theme.zoom())
            if changed:
                self._rescale()
        finally:
            self._zooming = False
        tab = self.current_tab()
        if tab is not None:
            self._tab_zoom_changed(tab, tab.zoom.percent)

    def _rescale(self) -> None:
        """The chrome, the fonts Qt's own widgets take (menus, dialogs) and the panels, at the
        current zoom and text size; then the window fits its screen again."""
        self.setFont(theme.app_font(self.large_text))
        QApplication.setFont(theme.app_font(self.large_text))
        self._apply_chrome_style()
        for panel in self.dock_panels.built().values():
            for method in ("apply_style", "_apply_style"):
                if hasattr(panel, method):
                    getattr(panel, method)()
                    break
        for viewer in list(self.pdf_viewers):
            if hasattr(viewer, "apply_zoom"):
                viewer.apply_zoom()
        self.fit_screen()

    def set_large_text(self, on: bool) -> None:
        self.large_text = bool(on)
        self._rescale()
        for i in range(self.tabs.count()):
            self.tabs.widget(i).restyle()

    # -- fitting the screen (ui/widgets/responsive.py states the rule) -------------------
    def scale(self) -> float:
        return theme.factor(self.large_text)

    def fit_screen(self) -> None:
        """After a zoom, Caratteri grandi or a resize: the window stays inside the available
        screen, and the compact layout takes over (or gives way) as the rule says."""
        if self.isVisible():
            responsive.clamp_to_screen(self)
        self._apply_compact()

    def is_compact(self) -> bool:
        return self._compact

    def _side_docks(self, area) -> list:
        from PySide6.QtWidgets import QDockWidget

        return [d for d in self.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if not d.isFloating() and self.dockWidgetArea(d) == area and not d.isHidden()]

    _SIDES = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)

    def addDockWidget(self, area, dock, *args) -> None:  # noqa: N802
        super().addDockWidget(area, dock, *args)
        if not dock.property("fit_watched"):  # a dock put back in place (reset_layout) is watched once
            dock.setProperty("fit_watched", True)
            dock.visibilityChanged.connect(lambda shown, d=dock: self._side_dock_toggled(d, shown))
        if self._compact:
            QTimer.singleShot(0, self, self._apply_compact)

    def _side_dock_toggled(self, dock, shown: bool) -> None:
        """Compact layout: a panel just shown joins the one side area, in front."""
        if not shiboken6.isValid(self) or not shiboken6.isValid(dock) or self._arranging or not self._compact \
                or not shown or dock.isFloating() or self.dockWidgetArea(dock) not in self._SIDES:
            return
        QTimer.singleShot(0, self, lambda d=dock: self._join_side(d))

    def _join_side(self, dock) -> None:
        if not self._compact or not shiboken6.isValid(dock) or dock.isHidden():
            return
        self._apply_compact()
        if shiboken6.isValid(dock) and not dock.isHidden():
            dock.raise_()

    def _apply_compact(self) -> None:
        """The fallback layout (ui/widgets/responsive.compact): one side area, never wider than
        SIDE_SHARE of the window, whose panels are tabs (the tutor's Lezione and the
        citizen's world side by side as tabs, the one just opened in front), so the page
        keeps the rest; when there is room again, the usual layout comes back."""
        if not shiboken6.isValid(self):
            return
        compact = responsive.compact(self.size(), self.scale())
        was, self._compact = self._compact, compact
        if not compact:
            if was:
                self._leave_compact()
            if self.isVisible():
                QTimer.singleShot(0, self, lambda: responsive.clamp_to_screen(self))
            return
        if not was:
            self._enter_compact()
        left, right = self._SIDES
        docks = self._side_docks(left) + self._side_docks(right)  # the tutor's area first, if open
        if docks:
            first = docks[0]
            # As wide as its widest panel was (the Orologio keeps two columns of buttons), but
            # never more than SIDE_SHARE of the window.
            width = min(round(self.width() * responsive.SIDE_SHARE), max(d.width() for d in docks))
            tabbed = set(self.tabifiedDockWidgets(first))
            joined = [d for d in docks[1:] if d not in tabbed]
            self._arranging = True
            try:
                for dock in joined:
                    self.tabifyDockWidget(first, dock)  # into first's area, as a tab
                if joined:
                    first.raise_()
            finally:
                self._arranging = False
            if joined or first.width() != width:
                self.resizeDocks([first], [width], Qt.Orientation.Horizontal)
        if self.isVisible():
            QTimer.singleShot(0, self, lambda: responsive.clamp_to_screen(self))  # once the layout has shrunk

    def _enter_compact(self) -> None:
        """Room for the page: one side area with tabs (_apply_compact), the tab strip hidden
        while there is one tab, the status bar (its date is in Orologio) hidden; the layout
        of before comes back with _leave_compact."""
        self._wide_state = self.saveState()
        # The same warning in fewer words (two lines instead of three at 200 %); the whole text
        # stays its accessible name and tooltip.
        self.sim_marker.setToolTip(self.sim_marker.accessibleName())
        self.sim_marker.setText(self.tr("SIMULAZIONE - un portale di prova, non il sito dell'INPS: "
                                        "non scriva mai credenziali vere."))
        self.tabs.setTabBarAutoHide(True)
        self.statusBar().hide()

    def _leave_compact(self) -> None:
        """Every panel back where it was before the compact layout, each one still shown or
        hidden as now (the tutor's Lezione stays open while its lesson runs)."""
        from PySide6.QtWidgets import QDockWidget

        state = getattr(self, "_wide_state", None)
        if state is not None:
            docks = self.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            shown = {d.objectName(): not d.isHidden() for d in docks}
            self._arranging = True
            try:
                self.restoreState(state)
                for dock in docks:
                    dock.setVisible(shown.get(dock.objectName(), not dock.isHidden()))
            finally:
                self._arranging = False
            self._wide_state = None
        self.sim_marker.setText(self.sim_marker.accessibleName())
        self.tabs.setTabBarAutoHide(False)
        self.statusBar().show()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self, self.fit_screen)  # the real frame (title bar) is known now

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._zooming:
            QTimer.singleShot(0, self, self._apply_compact)

    def _address_entered(self) -> None:
        text = self.address.text()
        tab = self.current_tab()
        if tab is not None:
            tab.navigate(text)
            tab.setFocus()

    # -- the citizen's world ---------------------------------------------------------
    def set_person(self, citizen_id: int) -> None:
        """Show the world (phone, mail, letterbox...) of this citizen."""
        self.refresh_people()
        idx = self.person_combo.findData(citizen_id)
        if idx >= 0:
            self.person_combo.setCurrentIndex(idx)

    def _person_chosen(self, _index: int) -> None:
        """«Io sono» now says someone else sits at the computer. The portal session of the
        previous person ends (as if they had pressed Esci), a notice says so, every tab
        reads its page again (a page behind the login goes back to Autenticazione) and every
        panel re-reads the new person's world."""
        self.person_id = self.person_combo.currentData()
        ended = self.session.current
        if ended is not None and ended.citizen_id != self.person_id:
            from app.services import auth

            auth.close_session(self.world, ended, "person_changed")
            self.session.end()
            self.classroom_notice(self.tr(
                "L'accesso a MyINPS di %1 è stato chiuso, perché ora al computer c'è %2 («Io sono»). "
                "Per vedere i dati di %2 si entra con le sue credenziali.")
                .replace("%1", ended.display_name).replace("%2", self.person_combo.currentText()))
            for i in range(self.tabs.count()):
                self.tabs.widget(i).reload()
        self.world_area.clear_notice()
        self.refresh_docks()

    def open_pdf(self, title: str, data: bytes):
        from ..widgets.pdf_viewer import PdfViewer  # QtPdf is loaded on the first document

        viewer = PdfViewer(title, data, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        viewer.destroyed.connect(lambda _=None, v=viewer: self.pdf_viewers.remove(v) if v in self.pdf_viewers else None)
        self.pdf_viewers.append(viewer)
        viewer.show()
        self.world.events.record("document.opened", title=title)
        return viewer

    def show_dock(self, object_name: str) -> None:
        """Bring a panel to the front: a section of «Il mio mondo» (PhoneDock, MailDock,
        LetterboxDock, PersonDock, WalletDock, CallDock, DeskDock, SedeDock) switches the
        world area to it; another dock (ClockDock, LessonDock, the Fascicolo's) is shown."""
        if object_name not in self.docks:
            self.finish_start()
        dock = self.docks.get(object_name)
        if dock is None:
            return
        if object_name in self.world_area.sections:
            self.world_area.show_section(object_name)
            return
        dock.show()
        dock.raise_()

    def refresh_docks(self) -> None:
        for name, panel in self.dock_panels.built().items():
            panel.refresh()
            self._update_dock_title(name)

    def _update_dock_title(self, name: str) -> None:
        """The unread count goes on the section's badge and in its accessible description:
        titles and accessible names never change."""
        count = self.dock_panels.built()[name].badge()
        if name in self.world_area.sections:
            self.world_area.set_badge(name, count)

    def _world_changed(self) -> None:
        self.refresh_docks()
        tab = self.current_tab()
        if tab is not None and tab.page is not None:
            tab.page.world_changed()

    # -- the classroom: the trainer's assignment, other learners, the console ----------
    @staticmethod
    def _trainer_assignment(world) -> dict | None:
        classroom, learner = getattr(world, "classroom", None), getattr(world, "learner", None)
        if classroom is None or learner is None:
            return None
        try:
            return classroom.assignment_for(learner.id)
        except Exception:  # noqa: BLE001 - a server that went away: the window opens anyway
            return None

    def _announce_assignment(self) -> None:
        """A lesson the trainer assigned, not done yet, is said in the trainer's band."""
        from app.lessons.session import assignment_pending

        try:
            if not assignment_pending(self.world, self.assignment):
                return
        except Exception:  # noqa: BLE001 - a server that went away: no announcement, the window opens
            return
        from app.classroom.report import MODE_LABELS, lesson_title

        key = self.assignment["lesson_key"]
        self.classroom_notice(self.tr("Il formatore le ha assegnato la lezione «%1» (%2): la trova nel menu "
                                      "Lezioni, alla voce Elenco delle lezioni.")
                              .replace("%1", lesson_title(key))
                              .replace("%2", MODE_LABELS.get(self.assignment.get("mode", ""), "")))

    def choose_learner(self) -> None:
        """Simulazione → Cambia allievo: the learner picker (a page of the program)."""
        from ..urls import LEARNERS_URL

        self.navigate(LEARNERS_URL)

    def open_trainer_console(self) -> None:
        """Simulazione → Console del formatore: a window of its own, behind the trainer's code."""
        from ..trainer import open_console

        if self.world is not None and getattr(self.world, "classroom", None) is not None:
            self.trainer_console = open_console(self)

    def classroom_notice(self, text: str) -> None:
        """A message from the trainer, in a band under SIMULAZIONE until closed."""
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        self.notice_text.setText(text)
        self.notice_text.setAccessibleName(text)
        self.notice.show()
        QAccessible.updateAccessibility(QAccessibleEvent(self.notice_text, QAccessible.Event.Alert))

    def _show_clock(self, moment) -> None:
        self.clock_label.setText(self.tr("Data simulata: %1").replace("%1", moment.strftime("%d/%m/%Y %H:%M")))

    def _session_changed(self) -> None:
        s = self.session.current
        if s is None:
            self.statusBar().showMessage(self.tr("Nessun accesso a MyINPS"), 5000)
        else:
            self.statusBar().showMessage(self.tr("Accesso come %1 con %2").replace("%1", s.display_name).replace("%2", s.method_label), 5000)

    def confirm_reset_world(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Ricomincia da capo"),
            self.tr("Tutto ciò che è stato fatto nella simulazione sarà cancellato e le persone di prova "
                    "torneranno allo stato iniziale. Continuare?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reset_world()

    def reset_world(self) -> None:
        self.world.reset()
        self.world_was_reset()

    def world_was_reset(self) -> None:
        """The world is new (Ricomincia da capo, or the trainer's order): start the window over."""
        self.session.end()
        self.person_id = None
        self._init_people(None)
        self.refresh_docks()
        if self._finished:
            self.reset_layout()
        for i in range(self.tabs.count()):
            self.tabs.widget(i).navigate(router.START_URL)

    # -- current-tab signal filter ------------------------------------------------------
    def _tab_url_changed(self, tab: BrowserTab, url: str) -> None:
        if tab is self.current_tab():
            self.address.setText(url)
            self.address.setCursorPosition(0)

    def _tab_title_changed(self, tab: BrowserTab, title: str) -> None:
        index = self.tabs.indexOf(tab)
        # Only a title that changed: a new tab text relayouts the tab bar and the window
        # (Indietro / Avanti and reloads often show the same title again).
        if index >= 0 and self.tabs.tabToolTip(index) != title:
            short = title if len(title) <= 32 else title[:30] + "…"
            self.tabs.setTabText(index, short)
            self.tabs.setTabToolTip(index, title)
            self._describe_close_button(tab, title)
        if tab is self.current_tab():
            self.setWindowTitle(self.tr("%1 - Palestra INPS (simulazione)").replace("%1", title))

    def _tab_history_changed(self, tab: BrowserTab) -> None:
        if tab is self.current_tab():
            self.act_back.setEnabled(tab.history.can_back())
            self.act_forward.setEnabled(tab.history.can_forward())

    def _tab_zoom_changed(self, tab: BrowserTab, percent: int) -> None:
        if percent != theme.zoom() and not self._zooming:
            self.set_zoom(percent)  # a tab zoomed by itself (tab.set_zoom): the whole program follows
            return
        if tab is self.current_tab():
            self.zoom_label.setText(f"{percent} %")
            self.zoom_label.setAccessibleName(f"{percent} %")
            self.statusBar().showMessage(self.tr("Zoom: %1 %").replace("%1", str(percent)), 3000)

    def _current_tab_changed(self, _index: int) -> None:
        tab = self.current_tab()
        if tab is None:
            return
        self._tab_url_changed(tab, tab.url)
        self._tab_title_changed(tab, tab.title())
        self._tab_history_changed(tab)
        self._tab_zoom_changed(tab, tab.zoom.percent)

    # -- window state --------------------------------------------------------------------
    def _restore_state(self) -> None:
        from PySide6.QtCore import QSettings

        settings = QSettings("PalestraINPS", "PalestraINPS")
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        responsive.clamp_to_screen(self)  # saved on a bigger screen, or with bigger fonts

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.keep_state and self._finished:
            from PySide6.QtCore import QSettings

            settings = QSettings("PalestraINPS", "PalestraINPS")
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/state", self.saveState())
        if self.bridge is not None:
            self.bridge.detach()
        link = getattr(self, "classroom_link", None)
        if link is not None:
            link.stop()
        for viewer in list(self.pdf_viewers):  # the PDF viewers are the window's too
            viewer.close()
        if self.owns_world and self.world is not None:
            self.world.close()  # the database connections (a server's too) end with the window
        super().closeEvent(event)
