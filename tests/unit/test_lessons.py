"""The lesson engine and the lesson files (plain pytest, no Qt)."""
import pytest

from app.lessons import catalogue
from app.lessons.engine import Runner
from app.lessons.session import LessonSession, class_progress, lesson_states
from app.services import clock

SAMPLE = '''
key = "prova"
title = "Prova"
course = "Il PIN INPS"
max_mistakes = 1
[start]
persona = "senza_credenziali"
[[steps]]
text = "Legga."
understood = true
[[steps]]
text = "Faccia passare 2 settimane."
hint = "Il pannello Orologio, pulsante 2 settimane."
wait = "2 settimane"
target = { scope = "dock", panel = "ClockDock", name = "2 settimane" }
done = [{ event = "clock.advanced", where = { step = "2 settimane" } }]
[[steps.mistakes]]
event = "clock.advanced"
text = "Ha fatto passare un tempo diverso: usi il pulsante 2 settimane."
[[steps]]
text = "Apra la pagina dell'INPS."
done = [{ page = "https://www.inps.it/" }]
'''


def test_every_lesson_file_loads_and_refers_to_things_that_exist():
    lessons = catalogue.load_all()
    assert lessons
    for lesson in lessons.values():
        assert catalogue.problems(lesson) == [], lesson.key


def test_a_changed_lesson_file_is_read_again_and_the_saved_copy_follows_the_files(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "lessons"
    folder.mkdir()
    (folder / "prova.toml").write_text(SAMPLE, encoding="utf-8")
    assert catalogue.load_all(folder)["prova"].title == "Prova"
    assert list((tmp_path / "cache").rglob("lessons-*.pickle"))  # saved for the next start
    (folder / "prova.toml").write_text(SAMPLE.replace('title = "Prova"', 'title = "Prova nuova"'), encoding="utf-8")
    assert catalogue.load_all(folder)["prova"].title == "Prova nuova"  # a trainer's edit, seen at once
    catalogue._read.clear()  # as a new start of the program: from the saved copy, which is the new one
    assert catalogue.load_all(folder)["prova"].title == "Prova nuova"
    (folder / "altra.toml").write_text(SAMPLE.replace('key = "prova"', 'key = "altra"'), encoding="utf-8")
    assert set(catalogue.load_all(folder)) == {"prova", "altra"}
    (folder / "altra.toml").unlink()
    assert set(catalogue.load_all(folder)) == {"prova"}
    for saved in (tmp_path / "cache").rglob("lessons-*.pickle"):
        saved.write_bytes(b"rovinato")  # a damaged copy is ignored: the files are read
    catalogue._read.clear()
    assert catalogue.load_all(folder)["prova"].title == "Prova nuova"


def test_a_step_advances_only_on_its_event_and_counts_mistakes():
    lesson = catalogue.parse(SAMPLE, "prova.toml")
    runner = Runner(lesson)
    assert runner.position == (1, 3)
    assert runner.feed("clock.advanced", {"step": "2 settimane"}) == []  # step 1 only explains
    assert runner.understood()[0].kind == "advanced" and runner.position == (2, 3)
    assert runner.understood() == []  # an action step cannot be skipped
    first = runner.feed("clock.advanced", {"step": "1 giorno"})
    assert first[0].kind == "mistake" and not first[0].offer_where
    second = runner.feed("clock.advanced", {"step": "1 ora"})
    assert second[0].offer_where  # after two mistakes on the same step
    assert runner.feed("page.visited", {"url": "https://www.inps.it/"}) == []  # not this step's
    assert runner.feed("clock.advanced", {"step": "2 settimane"})[0].kind == "advanced"
    assert runner.feed("page.visited", {"url": "https://www.inps.it/?x=1"})[0].kind == "finished"
    assert runner.state.state == "completata" and runner.state.mistakes == 2
    assert runner.passed is None  # no score in Allenamento


def test_verifica_has_no_hints_and_a_threshold():
    lesson = catalogue.parse(SAMPLE, "prova.toml")
    runner = Runner(lesson, "verifica")
    assert runner.hint() is None and not runner.hints_allowed
    runner.understood()
    runner.feed("clock.advanced", {"step": "1 ora"})
    offer = runner.feed("clock.advanced", {"step": "1 ora"})
    assert not offer[0].offer_where  # no "Mostra dove" in Verifica
    runner.feed("clock.advanced", {"step": "2 settimane"})
    runner.feed("page.visited", {"url": "https://www.inps.it/"})
    assert runner.state.state == "non_superata" and runner.passed is False


@pytest.mark.parametrize("broken, complaint", [
    ('key = "x"\ntitle = "x"\ncourse = "Altro"\n[[steps]]\ntext = "a"\nunderstood = true', "unknown course"),
    ('key = "x"\ntitle = "x"\ncourse = "Il PIN INPS"\n[[steps]]\ntext = "a"', "either done"),
    ('key = "x"\ntitle = "x"\ncourse = "Il PIN INPS"\n[[steps]]\ntext = "a"\ndone = [{ event = "a", page = "b" }]',
     "either event or page"),
    ('key = "x"\ntitle = "x"\ncourse = "Il PIN INPS"\n[[steps]]\ntext = "a"\nunderstood = true\n'
     'target = { scope = "dock", name = "b" }', "needs panel"),
])
def test_broken_lesson_files_are_refused_with_a_reason(broken, complaint):
    with pytest.raises(catalogue.LessonFileError) as info:
        catalogue.parse(broken, "rotta.toml")
    assert complaint in str(info.value)


def test_problems_name_unknown_events_and_fields():
    lesson = catalogue.parse(SAMPLE.replace('event = "clock.advanced", where = { step',
                                            'event = "clock.advanced", where = { passo'), "p.toml")
    assert any("no field 'passo'" in p for p in catalogue.problems(lesson))
    lesson = catalogue.parse(SAMPLE.replace('event = "clock.advanced"\ntext', 'event = "clock.moved"\ntext'), "p.toml")
    assert any("undeclared event 'clock.moved'" in p for p in catalogue.problems(lesson))


def test_a_session_follows_the_world_and_keeps_progress_outside_it(world):
    session, info = LessonSession.start(world, "trova-il-sito")
    assert info.url == "https://www.cercalibero.sim/" and info.persona == "senza_credenziali"
    session.understood()
    world.events.record("page.visited", url="https://www.cercalibero.sim/cerca?q=inps", page_kind="page")
    assert [f.kind for f in session.poll()] == ["advanced"]
    assert session.runner.position == (3, 3)
    world.reset()  # a reset of the world never loses progress
    again = LessonSession.resume(world)
    assert again is not None and again.runner.position == (3, 3)
    world.events.record("page.visited", url="https://www.inps.it/", page_kind="page")
    assert [f.kind for f in again.poll()] == ["finished"]
    assert lesson_states(world.classroom, world.learner.id) == {"trova-il-sito": "completata"}
    assert LessonSession.resume(world) is None
    rows = class_progress(world.classroom)
    assert rows[0]["state"] == "completata" and rows[0]["step"] == 3


def test_starting_another_lesson_interrupts_the_open_one(world):
    LessonSession.start(world, "trova-il-sito")
    clock.advance_step(world, "1 giorno")
    second, _ = LessonSession.start(world, "trova-il-sito", "verifica")
    assert world.clock.now() == clock.WORLD_START  # the lesson's starting state
    states = [r["state"] for r in class_progress(world.classroom)]
    assert states == ["in_corso", "interrotta"]
    assert LessonSession.resume(world).run_id == second.run_id
