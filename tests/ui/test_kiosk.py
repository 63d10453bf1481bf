"""Kiosk mode: full screen, the trainer's code before the first learner and before
closing (inside the window, never a modal dialog), the learner picker page, and the
idle warning (*Continuo*) then back to the picker with the learner's world and
progress kept. Time is moved on the idle watcher's injectable clock."""
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QMenu

import main
from app.classroom import Classroom
from app.lessons.session import lesson_states
from app.services import clock as sim_clock
from tests.helpers import click, login_as, texts, type_into
from tests.ui.test_accessibility import _problems
from ui.urls import LEARNERS_URL

CODE = "aula-2018"


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


_OPEN_BEFORE: set = set()


@pytest.fixture(autouse=True)
def _dialogs_before():
    """Dialogs some earlier test left open are not this test's."""
    _OPEN_BEFORE.clear()
    _OPEN_BEFORE.update(id(w) for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
    if QApplication.activeModalWidget() is not None:
        _OPEN_BEFORE.add(id(QApplication.activeModalWidget()))


def _no_dialog() -> bool:
    """No modal dialog and no dialog window opened by this test: everything is inside the window."""
    modal = QApplication.activeModalWidget()
    return (modal is None or id(modal) in _OPEN_BEFORE) and not any(
        isinstance(w, QDialog) and w.isVisible() and id(w) not in _OPEN_BEFORE for w in QApplication.topLevelWidgets())


@pytest.fixture
def kiosk(qtbot):
    """Start a kiosk: kiosk(target, *extra) -> its station (idle clock: station.now)."""
    started = []

    def start(target, *extra):
        station = main.build_kiosk(["--db", str(target), "--kiosk", "--no-state", *extra], now=Clock())
        started.append(station)
        qtbot.waitExposed(station.window)
        return station

    yield start
    for station in started:
        if station.window is not None:
            station._retire(station.window)
        if station._own_classroom is not None:
            station._own_classroom.close()
    QApplication.instance().setQuitOnLastWindowClosed(True)


def _with_code(target, *names):
    classroom = Classroom(target)
    classroom.set_trainer_code(CODE)
    infos = [classroom.add_learner(n) for n in names]
    classroom.close()
    return infos


def _page(station):
    return station.window.current_tab().page


def _pick(qtbot, station, label):
    old = station.window
    click(qtbot, _page(station), label)
    qtbot.waitUntil(lambda: station.window is not old and station.window.world is not None, timeout=5000)
    qtbot.waitExposed(station.window)
    return station.window


def _idle(station, seconds):
    station.now.t += seconds
    return station.window.kiosk_idle.tick()


def test_a_new_kiosk_asks_for_the_trainer_code_before_the_first_learner(qtbot, kiosk, classroom_target):
    station = kiosk(classroom_target)
    window = station.window
    assert window.isFullScreen() and window.world is None and window.current_tab().url == LEARNERS_URL
    page = _page(station)
    assert "Prima di iniziare: il codice del formatore" in texts(page) and _no_dialog()
    assert window.sim_marker.isVisible()
    type_into(qtbot, page, "Nuovo codice del formatore", CODE)
    type_into(qtbot, page, "Ripeta il nuovo codice", CODE)
    click(qtbot, page, "Salva il codice")
    qtbot.waitUntil(lambda: "Chi si esercita?" in texts(_page(station)), timeout=3000)
    classroom = Classroom(classroom_target)
    assert classroom.check_trainer_code(CODE)
    classroom.close()


def test_the_picker_tells_same_names_apart_and_takes_a_class_code(qtbot, kiosk, db_path):
    first, second, bruno = _with_code(db_path, "Anna", "Anna", "Bruno")
    station = kiosk(db_path)
    page = _page(station)
    shown = texts(page)
    assert f"Anna (n. {first.id})" in [b.text() for b in page.name_buttons.values()]
    assert f"Anna (n. {second.id})" in [b.text() for b in page.name_buttons.values()]
    assert "Bruno" in [b.text() for b in page.name_buttons.values()] and "Chi si esercita?" in shown
    type_into(qtbot, page, "Codice dell'allievo", "ZZZZ")
    click(qtbot, page, "Entra con il codice")
    assert "Nessun allievo ha il codice «ZZZZ»" in texts(page) and station.window.world is None
    type_into(qtbot, page, "Codice dell'allievo", bruno.code.lower())
    old = station.window
    click(qtbot, page, "Entra con il codice")
    qtbot.waitUntil(lambda: station.window is not old and station.window.world is not None, timeout=5000)
    window = station.window
    assert window.world.learner.id == bruno.id and window.isFullScreen()
    assert not old.isVisible()  # one window: the picker gave way to Bruno's


def test_a_new_name_starts_its_own_world_and_a_repeated_one_is_asked_first(qtbot, kiosk, db_path):
    (anna,) = _with_code(db_path, "Anna")
    station = kiosk(db_path)
    page = _page(station)
    type_into(qtbot, page, "Il suo nome", "anna")
    click(qtbot, page, "Aggiungi il mio nome e inizia")
    assert "Nella classe c'è già «anna»" in texts(page) and station.window.world is None
    type_into(qtbot, page, "Il suo nome", "Carla Neri")
    old = station.window
    click(qtbot, page, "Aggiungi il mio nome e inizia")
    qtbot.waitUntil(lambda: station.window is not old and station.window.world is not None, timeout=5000)
    learner = station.window.world.learner
    assert learner.name == "Carla Neri" and learner.id != anna.id


def test_idle_warning_then_continuo_keeps_the_learner(qtbot, kiosk, db_path):
    _with_code(db_path, "Anna")
    station = kiosk(db_path)
    window = _pick(qtbot, station, "Anna")
    idle = window.kiosk_idle
    assert idle.watcher is window.session_timeout.idle_watcher  # one idle timer for both policies
    assert {type(p).__name__ for p in window.idle_watcher.policies} == {"SessionTimeout", "KioskIdle"}
    assert _idle(station, 9 * 60) == "active" and not idle.warning.isVisible()
    assert _idle(station, 40) == "warning"  # 9 min 40 s: 20 s left, still at least 20 s to answer
    assert idle.warning.isVisible() and "Tra 20 secondi" in texts(idle.warning) and _no_dialog()
    assert not _problems(idle.warning)  # every control named as it reads
    click(qtbot, idle.warning, "Continuo")
    assert not idle.warning.isVisible() and station.window is window
    assert _idle(station, 9 * 60) == "active"  # the idle time started again with the click
    assert window.world.learner.name == "Anna"


def test_idle_time_out_returns_to_the_picker_keeping_world_and_progress(qtbot, kiosk, classroom_target):
    (anna,) = _with_code(classroom_target, "Anna")
    station = kiosk(classroom_target)
    window = _pick(qtbot, station, "Anna")
    window.tutor.start("trova-il-sito")
    window.tutor.understood()  # step 2 of 3
    sim_clock.advance_step(window.world, "1 giorno")
    moved_to = window.world.clock.now()
    login_as(window, "pensionata", "pin_dispositivo")
    assert _idle(station, 10 * 60 - 30) == "warning"
    assert _idle(station, 31) == "expired"
    qtbot.waitUntil(lambda: station.window is not window and station.window.world is None, timeout=5000)
    picker = station.window
    assert picker.current_tab().url == LEARNERS_URL and picker.isFullScreen()
    assert "Chi si esercita?" in texts(_page(station))
    assert lesson_states(station.classroom, anna.id) == {"trova-il-sito": "in_corso"}

    window = _pick(qtbot, station, "Anna")  # Anna comes back: her world as she left it
    assert window.world.clock.now() == moved_to
    assert window.session.current is None  # her portal session ended with her turn
    kinds = [e.kind for e in window.world.events.recent(60)]
    assert "session.closed" in kinds
    assert window.tutor.resume() and window.tutor.position == (2, 3)


def test_closing_a_kiosk_needs_the_trainer_code(qtbot, kiosk, db_path):
    _with_code(db_path, "Anna")
    station = kiosk(db_path)
    window = _pick(qtbot, station, "Anna")
    quit_called = []
    station.on_quit = lambda: quit_called.append(True)
    assert window.close() is False  # Alt+F4, the window manager's close: refused
    qtbot.waitUntil(lambda: getattr(window, "close_gate", None) is not None and window.close_gate.isVisible(),
                    timeout=2000)
    gate = window.close_gate
    assert window.isVisible() and _no_dialog() and "Chiudere il programma?" in texts(gate)
    assert not _problems(gate)
    type_into(qtbot, gate, "Codice del formatore", "non-lo-so")
    click(qtbot, gate, "Chiudi il programma")
    assert "non è corretto" in texts(gate) and not quit_called and window.isVisible()
    click(qtbot, gate, "Annulla: torno all'esercizio")
    assert not gate.isVisible() and window.centralWidget().isEnabled()
    window.act_quit.trigger()  # Ctrl+Q
    qtbot.waitUntil(gate.isVisible, timeout=2000)
    type_into(qtbot, gate, "Codice del formatore", CODE)
    click(qtbot, gate, "Chiudi il programma")
    assert quit_called and station.window is None and not window.isVisible()


def test_a_kiosk_offers_no_way_out_of_full_screen(qtbot, kiosk, db_path):
    _with_code(db_path, "Anna")
    station = kiosk(db_path)
    window = _pick(qtbot, station, "Anna")
    window.finish_start()  # every dock and menu in place
    names = {a.text() for menu in window.findChildren(QMenu) for a in menu.actions()}
    assert not names & {"Esci dal programma", "Console del formatore", "Cambia allievo"}
    assert window.findChild(QAction, "act_kiosk_finish") is not None  # "Ho finito" instead
    qtbot.wait(10)
    for dock in window.findChildren(QDockWidget):
        assert not dock.features() & QDockWidget.DockWidgetFeature.DockWidgetFloatable
    window.showNormal()
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    old = window
    window.act_kiosk_finish.trigger()  # "Ho finito": back to the picker at once
    qtbot.waitUntil(lambda: station.window is not old and station.window.world is None, timeout=5000)


def test_cambia_allievo_in_a_normal_window_rebuilds_it_with_the_other_world(qtbot, db_path):
    (bruno,) = _with_code(db_path, "Bruno")
    window = main.build_main_window(["--db", str(db_path), "--no-state", "--start", "https://www.cercalibero.sim/"])
    window.show()
    qtbot.waitExposed(window)
    assert window.world.learner.name == "Io"
    sim_clock.advance_step(window.world, "2 settimane")  # Io's world moves; Bruno's must not
    window.act_switch_learner.trigger()  # Simulazione → Cambia allievo
    qtbot.waitUntil(lambda: window.current_tab().url == LEARNERS_URL, timeout=3000)
    page = window.current_tab().page
    assert "Io (ora qui)" in [b.text() for b in page.name_buttons.values()]
    click(qtbot, page, "Bruno")
    qtbot.waitUntil(lambda: getattr(window, "station", None) is not None and window.station.window is not window
                    and window.station.window.world is not None, timeout=5000)
    station = window.station
    other = station.window
    try:
        assert other.world.learner.id == bruno.id and not other.isFullScreen()
        assert other.world.clock.now() == sim_clock.WORLD_START
        assert not window.isVisible()  # one window, one world
    finally:
        station._retire(other)
