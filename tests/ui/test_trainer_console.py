"""The trainer's console: its code gate (inside the window, never a modal dialog), the
class's progress appearing live while a learner works in another process, the orders
it posts (a fault, a new world), assignments, a new learner and the class report."""
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

import main
from app.classroom import Classroom
from tests.helpers import click, find, make_window, texts, type_into

ROOT = Path(__file__).resolve().parents[2]
WORKER = ROOT / "tests" / "lesson_worker.py"


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


def _console(qtbot, target, code="aula-2018"):
    """The console of `target`, opened with `code` (chosen on first use)."""
    console = main.build_console(["--db", str(target)])
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    gate = console.code_gate
    if gate.setup_mode:
        type_into(qtbot, gate, "Nuovo codice del formatore", code)
        type_into(qtbot, gate, "Ripeta il nuovo codice", code)
        click(qtbot, gate, "Salva il codice")
    else:
        type_into(qtbot, gate, "Codice del formatore", code)
        click(qtbot, gate, "Entra nella console")
    assert console.unlocked
    return console


def _row(console, name):
    tree = console.tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.text(0) == name:
            return [item.text(c) for c in range(tree.columnCount())]
    return None


def _cell(console, name, column):
    from ui.trainer.console import COLUMNS

    row = _row(console, name)
    return None if row is None else row[COLUMNS.index(column)]


def test_the_code_is_chosen_on_first_use_then_asked_inside_the_window(qtbot, classroom_target):
    console = main.build_console(["--db", str(classroom_target)])
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    gate = console.code_gate
    assert gate.setup_mode and not console.unlocked and _no_dialog()
    assert "Benvenuto nella console del formatore" in texts(gate)
    type_into(qtbot, gate, "Nuovo codice del formatore", "aula-2018")
    type_into(qtbot, gate, "Ripeta il nuovo codice", "aula-2017")
    click(qtbot, gate, "Salva il codice")
    assert not console.unlocked and "non sono uguali" in texts(gate)
    type_into(qtbot, gate, "Ripeta il nuovo codice", "aula-2018")
    click(qtbot, gate, "Salva il codice")
    assert console.unlocked and _no_dialog()

    click(qtbot, console, "Blocca la console")
    assert not console.unlocked and console.tree.topLevelItemCount() == 0  # nothing shown behind the gate
    type_into(qtbot, gate, "Codice del formatore", "aula-2019")
    click(qtbot, gate, "Entra nella console")
    assert not console.unlocked and "non è corretto" in texts(gate) and _no_dialog()
    type_into(qtbot, gate, "Codice del formatore", "aula-2018")
    qtbot.keyClick(find(gate, "Codice del formatore", QLineEdit), Qt.Key.Key_Return)
    assert console.unlocked


def test_a_learners_progress_in_another_process_appears_within_two_seconds(qtbot, classroom_target):
    Classroom(classroom_target).close()
    console = _console(qtbot, classroom_target)
    with subprocess.Popen([sys.executable, str(WORKER), str(classroom_target), "Anna"],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as worker:
        _follow(qtbot, console, worker)


def _follow(qtbot, console, worker):
    try:
        def step(what):
            if what != "start":
                worker.stdin.write(what + "\n")
                worker.stdin.flush()
            assert worker.stdout.readline().strip() == f"done {what}"

        step("start")  # a new learner and a lesson begun, in the other process
        qtbot.waitUntil(lambda: _cell(console, "Anna", "Passo") == "Passo 1 di 3", timeout=2000)
        assert _cell(console, "Anna", "Lezione") == "Trovare il sito dell'INPS"
        assert _cell(console, "Anna", "Stato") == "In corso"
        assert _cell(console, "Anna", "Ultima attività").startswith("oggi alle")
        step("understood")
        qtbot.waitUntil(lambda: _cell(console, "Anna", "Passo") == "Passo 2 di 3", timeout=2000)
        step("hint")
        qtbot.waitUntil(lambda: _cell(console, "Anna", "Aiuti") == "1", timeout=2000)
        step("search")
        step("mistake")
        qtbot.waitUntil(lambda: _cell(console, "Anna", "Errori") == "1", timeout=2000)
        assert _cell(console, "Anna", "Passo") == "Passo 3 di 3"
        step("finish")
        qtbot.waitUntil(lambda: _cell(console, "Anna", "Stato") == "Completata", timeout=2000)
        assert _cell(console, "Anna", "Passo") == "3 passi su 3"
        worker.stdin.write("quit\n")
        worker.stdin.flush()
        assert worker.wait(timeout=30) == 0
    finally:
        if worker.poll() is None:
            worker.kill()


def test_the_console_orders_a_fault_and_a_new_world_for_a_learner(qtbot, classroom_target):
    classroom = Classroom(classroom_target)
    anna = classroom.add_learner("Anna")
    bruno = classroom.add_learner("Bruno")
    classroom.close()
    console = _console(qtbot, classroom_target)
    console.target.setCurrentIndex(console.target.findData(anna.id))
    console.tabs.setCurrentIndex(1)  # Situazioni e mondo
    console.fault.set_value("spid_sospeso")
    assert console.fault_persona.value() == "gestione_separata"  # the situation's own persona by default
    console.fault_persona.set_value("pensionata")
    click(qtbot, console, "Inserisci la situazione")
    store = console.classroom
    assert [(k, p) for _id, k, p in store.pending_orders(anna.id)] == [
        ("fault", {"fault": "spid_sospeso", "persona": "pensionata"})]
    assert store.pending_orders(bruno.id) == []
    assert "Situazione inviata a Anna" in texts(console.feedback)

    console.target.setCurrentIndex(console.target.findData(-1))  # Tutta la classe
    click(qtbot, console, "Ricomincia il mondo da capo")
    assert console.reset_confirm.isVisible() and _no_dialog()  # confirmed inside the window
    assert store.pending_orders(bruno.id) == []
    click(qtbot, console, "Annulla")
    assert not console.reset_confirm.isVisible() and store.pending_orders(bruno.id) == []
    click(qtbot, console, "Ricomincia il mondo da capo")
    click(qtbot, console, "Sì, ricomincia da capo")
    assert [k for _id, k, _p in store.pending_orders(anna.id)] == ["fault", "reset"]
    assert [k for _id, k, _p in store.pending_orders(bruno.id)] == ["reset"]
    assert "In attesa" in texts(console)  # the list of the last orders says they wait for the learner


def test_the_console_adds_a_learner_assigns_a_lesson_and_saves_the_report(qtbot, db_path, tmp_path):
    console = _console(qtbot, db_path)
    console.tabs.setCurrentIndex(2)  # Nuovo allievo
    type_into(qtbot, console, "Nome del nuovo allievo", "Bruno Verdi")
    click(qtbot, console, "Aggiungi l'allievo")
    bruno = console.classroom.find("Bruno Verdi")
    assert bruno is not None and _cell(console, "Bruno Verdi", "Codice") == bruno.code
    assert f"Il suo codice per la postazione è {bruno.code}" in texts(console.feedback)
    assert console.selected_learner_id() == bruno.id
    click(qtbot, console, "Aggiungi l'allievo")  # an empty name is refused next to the field
    assert "Scriva il nome" in texts(console)

    console.tabs.setCurrentIndex(0)  # Compito
    console.lesson.set_value("trova-il-sito")
    console.mode.set_value("verifica")
    console.persona.set_value("pensionata")
    click(qtbot, console, "Assegna il compito")
    assert console.classroom.assignment_for(bruno.id) == {
        "lesson_key": "trova-il-sito", "mode": "verifica", "persona_key": "pensionata"}
    io = console.classroom.find("Io")
    assert console.classroom.assignment_for(io.id) is None  # only Bruno's
    assert "Compito attuale: Trovare il sito dell'INPS (Verifica)" in console.target_info.text()

    console.tabs.setCurrentIndex(3)  # Rapporto
    folder = tmp_path / "rapporti"
    type_into(qtbot, console, "Cartella in cui salvare il rapporto", str(folder))
    click(qtbot, console, "Salva il rapporto (PDF e CSV)")
    pdf_path, csv_path = console.last_report
    assert pdf_path.parent == folder and pdf_path.read_bytes().startswith(b"%PDF")
    assert "Bruno Verdi" in csv_path.read_text(encoding="utf-8-sig")
    assert _no_dialog()

    console.tabs.setCurrentIndex(4)  # Impostazioni
    type_into(qtbot, console, "Minuti di inattività", "5")
    type_into(qtbot, console, "Secondi di preavviso", "10")
    click(qtbot, console, "Salva i tempi delle postazioni")
    assert "Il preavviso va da 20 a 300 secondi" in texts(console)  # next to the field: 10 s is too short
    assert console.classroom.setting("kiosk.idle_minutes") == "10"  # and nothing was saved
    type_into(qtbot, console, "Secondi di preavviso", "40")
    click(qtbot, console, "Salva i tempi delle postazioni")
    assert (console.classroom.setting("kiosk.idle_minutes"), console.classroom.setting("kiosk.warning_seconds")) \
        == ("5", "40")


def test_the_main_windows_menu_opens_the_console(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.act_trainer_console.trigger()
    console = window.trainer_console
    qtbot.addWidget(console)
    assert console.isVisible() and console is not window and not console.unlocked
    assert console.code_gate.setup_mode  # the code is chosen in the console itself
    console.close()
    assert window.world.classroom.learners()  # the learner's window still reads its classroom


def test_the_trainers_persona_applies_to_free_exploration(qtbot, db_path):
    classroom = Classroom(db_path)
    classroom.assign(None, persona_key="pensionata")  # the whole class
    classroom.close()
    window = make_window(qtbot, db_path)
    assert window.person_combo.currentData(Qt.ItemDataRole.UserRole + 1) == "pensionata"
    assert not window.notice.isVisible()  # a persona only: nothing to announce


def test_a_lesson_the_trainer_assigned_is_announced(qtbot, db_path):
    classroom = Classroom(db_path)
    io = classroom.find("Io")
    classroom.assign(io.id, lesson_key="trova-il-sito", mode="verifica")
    classroom.close()
    window = make_window(qtbot, db_path, welcome=True)  # opens as the program would: the welcome page
    assert window.assignment["lesson_key"] == "trova-il-sito"
    assert window.notice.isVisible() and "Trovare il sito dell'INPS" in window.notice_text.text()
    assert "Verifica" in window.notice_text.text()
    from ui.urls import WELCOME_URL

    qtbot.waitUntil(lambda: window.current_tab().url == WELCOME_URL, timeout=3000)
    welcome = window.current_tab().page
    assert "Il formatore le ha assegnato la lezione «Trovare il sito dell'INPS», in modalità Verifica." \
        in texts(welcome)
    click(qtbot, welcome, "Inizia la lezione assegnata")
    qtbot.waitUntil(lambda: window.tutor.session is not None, timeout=3000)
    assert (window.tutor.session.lesson.key, window.tutor.session.mode) == ("trova-il-sito", "verifica")


def test_every_control_of_the_console_is_named_as_shown_and_big_enough(qtbot, db_path):
    from PySide6.QtWidgets import QAbstractButton, QComboBox

    from tests.ui.test_accessibility import _problems

    console = main.build_console(["--db", str(db_path)])
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    assert not _problems(console.code_gate)
    type_into(qtbot, console.code_gate, "Nuovo codice del formatore", "aula-2018")
    type_into(qtbot, console.code_gate, "Ripeta il nuovo codice", "aula-2018")
    click(qtbot, console.code_gate, "Salva il codice")
    small = set()
    for index in range(console.tabs.count()):
        console.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        problems = _problems(console.main_page)
        assert not problems, (console.tabs.tabText(index), problems)
        controls = console.main_page.findChildren(QAbstractButton) + console.main_page.findChildren(QComboBox)
        for widget in controls:
            if widget.isVisible() and widget.height() < 44 and type(widget).__name__ in ("QPushButton", "QComboBox",
                                                                                          "QRadioButton", "QCheckBox"):
                small.add((widget.accessibleName(), widget.height()))
    assert not small, small  # targets of at least 44 px (LOOK.md)
