"""The trainer's side, Qt-free: the change marker the console polls, the class report
(CSV rows, PDF text), the trainer's code gate, the kiosk's idle rules, the settings file."""
import csv
import io

import pytest
from pypdf import PdfReader

from app.classroom import Classroom, ClassroomError, open_learner_world
from app.classroom import kiosk as kiosk_rules
from app.classroom import report
from app.classroom.config import ConfigError, read_config
from app.lessons.session import LessonSession


def _visit(world, session, url):
    world.events.record("page.visited", url=url, page_kind="page")
    session.poll()


def _class_with_progress(target):
    """Anna done (with a mistake), Bruno at step 2 with a hint, a second Anna with
    nothing yet, Carla never started."""
    console = Classroom(target)
    first_anna = console.add_learner("Anna")
    for name in ("Bruno", "Carla"):
        console.add_learner(name)
    second_anna = console.add_learner("Anna")
    anna = open_learner_world(target, learner=first_anna.code)
    session, _ = LessonSession.start(anna, "trova-il-sito")
    session.understood()
    _visit(anna, session, "https://www.cercalibero.sim/cerca?q=inps")
    _visit(anna, session, "https://www.cercalibero.sim/cerca?q=pensione")
    _visit(anna, session, "https://www.inps.it/")
    anna.close()
    bruno = open_learner_world(target, learner="Bruno")
    session, _ = LessonSession.start(bruno, "trova-il-sito", "verifica")
    session.understood()
    session.hint()  # refused in Verifica: no hint is counted
    bruno.close()
    console.activate()
    return console, second_anna


def test_the_change_marker_moves_with_every_step_of_a_learner(classroom_target):
    console = Classroom(classroom_target)
    console.add_learner("Anna")
    before = console.change_marker()
    assert console.change_marker() == before  # nothing happened: the same marker
    world = open_learner_world(classroom_target, learner="Anna")  # another connection, like a kiosk
    seen = [before]
    session, _ = LessonSession.start(world, "trova-il-sito")
    console.activate()
    seen.append(console.change_marker())
    world.classroom.activate()
    session.understood()  # the same second as the start: still a new marker
    console.activate()
    seen.append(console.change_marker())
    world.classroom.activate()
    session.hint()
    console.activate()
    seen.append(console.change_marker())
    assert len(set(seen)) == 4, seen
    console.post_order(world.learner.id, "fault", fault="pin_bloccato")
    assert console.change_marker() != seen[-1]
    world.close()
    console.close()


def test_the_overview_has_each_learner_with_their_lessons(classroom_target):
    console, second_anna = _class_with_progress(classroom_target)
    rows = {lp.label: lp for lp in report.overview(console)}
    assert set(rows) == {"Anna (n. 1)", f"Anna (n. {second_anna.id})", "Bruno", "Carla"}
    anna = rows["Anna (n. 1)"].current
    assert (anna.state, anna.steps_done, anna.mistakes, anna.step_label) == ("completata", 3, 1, "3 passi su 3")
    bruno = rows["Bruno"].current
    assert (bruno.state, bruno.mode_label, bruno.step_label, bruno.hints) == ("in_corso", "Verifica", "Passo 2 di 3", 0)
    assert rows["Carla"].current is None and rows["Carla"].lessons == ()
    console.close()


def test_the_report_as_csv_rows_and_as_pdf(classroom_target, tmp_path):
    console, _ = _class_with_progress(classroom_target)
    console.assign(None, lesson_key="trova-il-sito", mode="verifica")
    pdf_path, csv_path = report.save(console, tmp_path / "rapporti")
    data = csv_path.read_bytes()
    assert data.startswith("\ufeff".encode())  # Excel reads the accents right
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == report.CSV_HEADER
    by_name = {}
    for r in rows[1:]:
        by_name.setdefault(r[0], []).append(dict(zip(rows[0], r)))
    anna = next(r for r in by_name["Anna"] if r["Lezione"])
    assert (anna["Stato"], anna["Passi completati"], anna["Errori"], anna["Modalità"]) == ("Completata", "3", "1",
                                                                                           "Allenamento")
    assert by_name["Bruno"][0]["Passo"] == "2" and by_name["Bruno"][0]["Modalità"] == "Verifica"
    assert by_name["Carla"][0]["Stato"] == "Nessuna lezione"
    assert all(r[-1].startswith("Trovare il sito dell'INPS (Verifica)") for r in rows[1:] if r)

    text = " ".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    flat = " ".join(text.split())
    for needed in ("Rapporto della classe", "SIMULAZIONE", "Allievi e lezioni", "Trovare il sito dell'INPS",
                   "Passi completati ed errori per allievo", "Anna (n. 1)", "Bruno", "Carla", "Completata",
                   "Non hanno ancora iniziato una lezione"):
        assert needed in flat, needed
    assert "postgresql://" not in flat and ":" + "segreto" not in flat  # never the server's password
    console.close()


def test_a_report_folder_that_cannot_be_used_is_explained(tmp_path, db_path):
    console = Classroom(db_path)
    blocker = tmp_path / "un-file"
    blocker.write_text("non una cartella")
    with pytest.raises(ClassroomError) as info:
        report.save(console, blocker / "rapporti")
    assert "Non riesco a salvare" in info.value.message
    with pytest.raises(ClassroomError):
        report.save(console, "  ")
    console.close()


def test_names_in_the_pdf_are_printed_as_typed(tmp_path, db_path):
    console = Classroom(db_path)
    console.add_learner("Zoe <b>& Co")
    pdf_path, _ = report.save(console, tmp_path)
    text = " ".join(p.extract_text() for p in PdfReader(pdf_path).pages)
    assert "Zoe <b>& Co" in text
    console.close()


class Clock:
    def __init__(self):
        self.t = 100.0

    def __call__(self):
        return self.t


def test_the_trainer_code_is_chosen_twice_then_asked(db_path):
    console = Classroom(db_path)
    gate = kiosk_rules.TrainerGate(console, now=Clock())
    assert gate.needs_code
    with pytest.raises(kiosk_rules.GateError) as info:
        gate.set_first_code("corto", "corto")
    assert "code" in info.value.errors
    with pytest.raises(kiosk_rules.GateError) as info:
        gate.set_first_code("aula-2018", "aula-2019")
    assert set(info.value.errors) == {"repeat"}
    gate.set_first_code("aula-2018", "aula-2018")
    assert not gate.needs_code and console.setting("trainer.code_hash") != "aula-2018"
    with pytest.raises(kiosk_rules.GateError):
        gate.set_first_code("altro-codice", "altro-codice")  # only the first time
    with pytest.raises(kiosk_rules.GateError) as info:
        gate.check("aula-2017")
    assert "non è corretto" in info.value.message
    gate.check("aula-2018")
    gate.change_code("aula-2018", "nuovo-codice", "nuovo-codice")
    gate.check("nuovo-codice")
    console.close()


def test_too_many_wrong_codes_lock_the_gate_for_a_minute(db_path):
    console = Classroom(db_path)
    clock = Clock()
    gate = kiosk_rules.TrainerGate(console, now=clock)
    gate.set_first_code("aula-2018", "aula-2018")
    for _ in range(gate.MAX_FAILURES):
        with pytest.raises(kiosk_rules.GateError):
            gate.check("sbagliato")
    with pytest.raises(kiosk_rules.GateError) as info:
        gate.check("aula-2018")  # even the right one, for a minute
    assert "riprovi tra" in info.value.message
    clock.t += gate.LOCK_SECONDS + 1
    gate.check("aula-2018")
    console.close()


def test_the_kiosk_idle_policy_comes_from_the_class_settings(db_path):
    console = Classroom(db_path)
    policy = kiosk_rules.idle_policy(console)
    assert (policy.idle_seconds, policy.warning_seconds) == (600, 30)  # 10 minutes, 30 s of warning
    kiosk_rules.set_idle_times(console, "3", "25")
    policy = kiosk_rules.idle_policy(console)
    assert (policy.idle_seconds, policy.warning_seconds) == (180, 25)
    assert policy.phase(150) == "active" and policy.phase(160) == "warning" and policy.phase(180) == "expired"
    with pytest.raises(kiosk_rules.GateError) as info:
        kiosk_rules.set_idle_times(console, "3", "10")  # WCAG 2.2.1: at least 20 s to say "Continuo"
    assert "seconds" in info.value.errors
    with pytest.raises(kiosk_rules.GateError) as info:
        kiosk_rules.set_idle_times(console, "zero", "30")
    assert "minutes" in info.value.errors
    console.set_setting("kiosk.warning_seconds", "5")  # written by hand: still at least 20 s
    assert kiosk_rules.idle_policy(console).warning_seconds == 20
    console.close()


def test_the_settings_file_names_the_classroom_server(tmp_path):
    import main

    config = tmp_path / "aula.conf"
    config.write_text("# aula 2\ndb = postgresql://palestra:segreto@aula2/palestra\n\n", encoding="utf-8")
    assert read_config(config) == {"db": "postgresql://palestra:segreto@aula2/palestra"}
    assert main.parse_args(["--config", str(config), "--kiosk"]).db == "postgresql://palestra:segreto@aula2/palestra"
    assert main.parse_args(["--config", str(config), "--db", "altro.sqlite3"]).db == "altro.sqlite3"
    config.write_text("server = aula2\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        read_config(config)
    with pytest.raises(SystemExit) as info:
        main.parse_args(["--config", str(tmp_path / "manca.conf")])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main.parse_args(["--kiosk", "--trainer"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main.parse_args(["--kiosc"])  # a misspelt --kiosk never starts an open kiosk
    assert info.value.code == 2
