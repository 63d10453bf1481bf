"""The tutor (ui/tutor, the Lezione panel ui/docks/lesson.py), the welcome page, the
Lezioni menu, --lesson / --verifica, the attestato: through the GUI as a learner uses it."""
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton

import main
from app.lessons import catalogue
from app.lessons.session import lesson_states
from app.services import clock as clockmod
from tests.helpers import (
    click,
    find,
    lesson_panel,
    lesson_position,
    lesson_target,
    make_window,
    page,
    start_lesson,
    texts,
    tutor_click,
    type_into,
    wait_finished,
    wait_step,
    wait_url,
)
from ui.browser.router import HOME_URL, START_URL
from ui.urls import LEARNER_NAME_URL, WELCOME_URL

# A lesson of our own (beside trova-il-sito) for what that one has not: a clock step with a
# dock target, a wait, a next lesson.
CLOCK_LESSON = '''
key = "prova-orologio"
title = "Far passare il tempo"
course = "Il PIN INPS"
order = 99
next = "trova-il-sito"
max_mistakes = 0
summary = "Una lezione di prova per i test del tutor."
[start]
persona = "senza_credenziali"
url = "https://www.cercalibero.sim/"
[[steps]]
text = "La lettera con il PIN arriva per posta dopo circa due settimane."
understood = true
[[steps]]
text = "Faccia passare due settimane con il pannello Orologio."
hint = "Nel pannello Orologio, a destra, prema il pulsante 2 settimane."
wait = "2 settimane"
target = { scope = "dock", panel = "ClockDock", name = "2 settimane" }
done = [{ event = "clock.advanced", where = { step = "2 settimane" } }]
[[steps.mistakes]]
event = "clock.advanced"
text = "Ha fatto passare un tempo diverso: non importa. Prema il pulsante 2 settimane."
[[steps]]
text = "Ora apra la pagina dell'INPS."
target = { scope = "toolbar", name = "Indirizzo" }
done = [{ page = "https://www.inps.it/" }]
'''


@pytest.fixture
def with_clock_lesson(monkeypatch):
    lessons = dict(catalogue.load_all())
    extra = catalogue.parse(CLOCK_LESSON, "prova-orologio.toml")
    lessons[extra.key] = extra
    monkeypatch.setattr(catalogue, "load_all", lambda *a, **k: lessons)
    return extra


def window_click(qtbot, widget) -> None:
    """A click where the learner clicks: at the widget's centre, through the window system,
    so that whatever lies on top (the highlight) would get it first if it took clicks."""
    top = widget.window()
    centre = widget.mapTo(top, widget.rect().center())
    assert top.childAt(centre) is widget or widget.isAncestorOf(top.childAt(centre))
    QTest.mouseClick(top.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


def buttons(panel) -> set[str]:
    return {b.accessibleName() for b in panel.findChildren(QAbstractButton) if b.isVisible()}


# -- the welcome page ------------------------------------------------------------------------------

def test_first_start_opens_the_welcome_page_with_the_lessons_by_course(qtbot, db_path):
    window = make_window(qtbot, db_path, welcome=True)
    assert window.current_tab().url == WELCOME_URL
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Benvenuto nella Palestra INPS"), timeout=3000)
    shown = texts(page(window))
    assert "Che cosa vuole imparare?" in shown and "Il PIN INPS" in shown
    card = page(window).cards["trova-il-sito"]
    assert card.accessibleName() == "Trovare il sito dell'INPS"
    assert card.state_label.text() == "Stato: Nuova"
    assert find(card, "Allenamento", QAbstractButton) and find(card, "Verifica", QAbstractButton)
    click(qtbot, page(window), "Esplora liberamente")
    wait_url(qtbot, window, START_URL)
    assert window.tutor.session is None


def test_start_skips_the_welcome_page_and_a_learner_with_lessons_starts_on_the_search_engine(qtbot, db_path):
    window = make_window(qtbot, db_path, "--start", HOME_URL, welcome=True)
    assert window.current_tab().url == HOME_URL
    start_lesson(qtbot, window, "trova-il-sito")
    tutor_click(qtbot, window, "Esci dalla lezione")
    qtbot.waitUntil(lambda: window.tutor.session is None)
    window.close()
    again = make_window(qtbot, db_path, welcome=True)  # a lesson was started once: no welcome
    assert again.current_tab().url == START_URL


def test_the_welcome_page_button_starts_the_lesson(qtbot, db_path):
    window = make_window(qtbot, db_path, welcome=True)
    click(qtbot, page(window).cards["trova-il-sito"], "Allenamento")
    qtbot.waitUntil(lambda: window.tutor.session is not None)
    wait_url(qtbot, window, START_URL)
    assert lesson_position(window) == (1, 3)
    assert window.docks["LessonDock"].isVisible()
    assert "Lezione" in window.docks["LessonDock"].windowTitle()
    assert window.person_combo.currentText() == "Giovanni Conti"  # the lesson's persona
    assert not window.current_tab().history.can_back()  # the lesson starts with a clean tab


def test_the_name_is_asked_once_in_the_page_and_changed_from_the_menu(qtbot, db_path):
    window = make_window(qtbot, db_path, welcome=True)
    assert "Come si chiama?" in texts(page(window))
    type_into(qtbot, page(window), "Nome e cognome", "Io")
    click(qtbot, page(window), "Salva il nome")
    assert "Scriva il suo nome e cognome" in texts(page(window))  # "Io" is not a name for an attestato
    type_into(qtbot, page(window), "Nome e cognome", "Anna Rossi")
    click(qtbot, page(window), "Salva il nome")
    qtbot.waitUntil(lambda: "Si esercita come: Anna Rossi" in texts(page(window)))
    assert window.world.learner.name == "Anna Rossi"
    menu = window.lessons_menu
    assert menu.title().replace("&", "") == "Lezioni"
    names = [a.text() for a in menu.actions() if a.text()]
    assert names == ["Elenco delle lezioni", "Continua la lezione", "Esci dalla lezione", "Cambia il suo nome"]
    next(a for a in menu.actions() if a.text() == "Cambia il suo nome").trigger()
    wait_url(qtbot, window, LEARNER_NAME_URL)
    type_into(qtbot, page(window), "Nome e cognome", "Anna Maria Rossi")
    click(qtbot, page(window), "Salva il nome")
    assert "Fatto: ora si esercita come Anna Maria Rossi." in texts(page(window))
    next(a for a in menu.actions() if a.text() == "Elenco delle lezioni").trigger()
    wait_url(qtbot, window, WELCOME_URL)
    assert "Come si chiama?" not in texts(page(window))


def test_an_unnamed_learner_is_asked_only_once(qtbot, db_path):
    window = make_window(qtbot, db_path, welcome=True)
    assert "Come si chiama?" in texts(page(window))
    qtbot.wait(20)  # shown(): the question counts as asked
    window.close()
    again = make_window(qtbot, db_path, welcome=True)
    assert again.current_tab().url == WELCOME_URL  # still no lesson started
    shown = texts(page(again))
    assert "Come si chiama?" not in shown and "senza aver indicato il suo nome" in shown


# -- the panel ---------------------------------------------------------------------------------------

def test_a_mistake_is_explained_kindly_and_after_two_the_tutor_offers_mostra_dove(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "trova-il-sito")
    tutor_click(qtbot, window, "Ho capito")
    wait_step(qtbot, window, 2)
    box = type_into(qtbot, page(window), "Cerca nel web", "inps")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_step(qtbot, window, 3)
    panel = lesson_panel(window)
    assert "Bene!" in texts(panel)
    box = type_into(qtbot, page(window), "Cerca nel web", "pensione")  # another search: this step's mistake
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Ha fatto un'altra ricerca: non è un problema." in panel.feedback_text())
    assert "Mostra dove" not in panel.feedback_text()
    assert lesson_position(window) == (3, 3)
    box = type_into(qtbot, page(window), "Cerca nel web", "inps")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "prema «Mostra dove»" in panel.feedback_text())
    assert window.tutor.session.runner.state.mistakes == 2


def test_hints_and_mostra_dove_in_allenamento_and_none_in_verifica(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "trova-il-sito")
    panel = lesson_panel(window)
    assert {"Ho capito", "Mostra dove", "Suggerimento", "Leggi ad alta voce", "Ricomincia la lezione",
            "Esci dalla lezione"} <= buttons(panel)
    tutor_click(qtbot, window, "Ho capito")
    wait_step(qtbot, window, 2)
    assert "Ho capito" not in buttons(panel)  # an action step cannot be skipped
    tutor_click(qtbot, window, "Suggerimento")
    assert "Suggerimento: La casella di ricerca è il rettangolo bianco" in texts(panel)
    assert window.tutor.session.runner.state.hints == 1
    start_lesson(qtbot, window, "trova-il-sito", "verifica")
    assert "Verifica" in texts(panel)
    assert "Mostra dove" not in buttons(panel) and "Suggerimento" not in buttons(panel)
    assert window.tutor.show_where() is None and window.tutor.hint() is None
    assert "può sbagliare al massimo una volta" in texts(panel)


def test_a_clock_step_says_so_and_mostra_dove_frames_the_dock_button(qtbot, db_path, with_clock_lesson):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "prova-orologio")
    tutor_click(qtbot, window, "Ho capito")
    wait_step(qtbot, window, 2)
    panel = lesson_panel(window)
    assert "Ora faccia passare 2 settimane con l'Orologio." in texts(panel)
    target = lesson_target(window)
    clock = window.dock_panels["ClockDock"]
    assert target is clock.step_buttons["2 settimane"]
    tutor_click(qtbot, window, "Mostra dove")
    highlight = window.tutor.highlight
    qtbot.waitUntil(highlight.active)
    assert highlight.target is target
    assert highlight.target_rect().contains(target.mapTo(window, target.rect().center()))
    assert highlight.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    window_click(qtbot, clock.step_buttons["1 giorno"])  # a mistake: kind words, still step 2
    qtbot.waitUntil(lambda: "Ha fatto passare un tempo diverso" in panel.feedback_text())
    window_click(qtbot, target)  # through the highlight, which lies on top of the button
    wait_step(qtbot, window, 3)
    assert window.world.clock.now() == clockmod.WORLD_START + clockmod.dt.timedelta(days=15)
    assert not highlight.active()  # a new step: the frame is gone
    assert lesson_target(window) is window.address  # a toolbar target
    window.navigate(HOME_URL)
    wait_finished(qtbot, window)
    assert "Nel mondo simulato sono passati: 15 giorni" in panel.end_text()
    assert "Errori: 1" in panel.end_text()
    assert "Lezione successiva" in buttons(panel)
    tutor_click(qtbot, window, "Lezione successiva")
    qtbot.waitUntil(lambda: window.tutor.session.lesson.key == "trova-il-sito")
    assert lesson_position(window) == (1, 3)


def test_the_highlight_follows_its_target_and_never_blocks_the_click(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "trova-il-sito")
    tutor_click(qtbot, window, "Ho capito")
    wait_step(qtbot, window, 2)
    tutor_click(qtbot, window, "Mostra dove")
    highlight = window.tutor.highlight
    target = lesson_target(window)
    assert target.accessibleName() == "Cerca nel web"

    def framed() -> bool:
        centre = target.mapTo(window, target.rect().center())
        return highlight.active() and highlight.target_rect().contains(centre)

    qtbot.waitUntil(framed)
    before = highlight.target_rect()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: framed() and highlight.target_rect() != before, timeout=2000)
    before = highlight.target_rect()
    window.zoom_in()
    window.zoom_in()
    qtbot.waitUntil(lambda: framed() and highlight.target_rect() != before, timeout=2000)
    window_click(qtbot, target)  # the click reaches the field through the frame
    assert target.hasFocus()
    QTest.keyClicks(target, "inps")
    QTest.keyClick(target, Qt.Key.Key_Return)
    wait_step(qtbot, window, 3)
    assert not highlight.active()


def test_ricomincia_la_lezione_puts_the_world_and_the_steps_back(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "trova-il-sito")
    tutor_click(qtbot, window, "Ho capito")
    box = type_into(qtbot, page(window), "Cerca nel web", "inps")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_step(qtbot, window, 3)
    window.dock_panels["ClockDock"].advance("1 giorno")
    run_id = window.tutor.session.run_id
    tutor_click(qtbot, window, "Ricomincia la lezione")
    wait_step(qtbot, window, 1)
    assert window.tutor.session.run_id == run_id  # the same go, started over
    assert window.world.clock.now() == clockmod.WORLD_START
    wait_url(qtbot, window, START_URL)
    assert window.current_tab().url == START_URL
    tutor_click(qtbot, window, "Ho capito")
    wait_step(qtbot, window, 2)


def test_esci_dalla_lezione_hides_the_panel_and_keeps_the_lesson_interrupted(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "trova-il-sito")
    tutor_click(qtbot, window, "Esci dalla lezione")
    qtbot.waitUntil(lambda: not window.docks["LessonDock"].isVisible())
    assert window.tutor.session is None
    assert lesson_states(window.world.classroom, window.world.learner.id) == {"trova-il-sito": "interrotta"}
    assert window.tutor.open_run() is None


def test_read_aloud_reads_the_step_or_says_it_cannot(qtbot, db_path, monkeypatch):
    monkeypatch.setenv("PALESTRA_TTS_ENGINE", "mock")
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "trova-il-sito")
    panel = lesson_panel(window)
    tutor_click(qtbot, window, "Leggi ad alta voce")
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech

        engines = QTextToSpeech.availableEngines()
    except ImportError:  # this computer has no speech (e.g. its audio libraries are missing)
        engines = []
    reader = panel._reader
    if "mock" in engines:
        qtbot.waitUntil(lambda: bool(reader.last_text) or panel.speech.isVisible(), timeout=4000)
        if reader.last_text:
            assert reader.last_text.startswith("Passo 1 di 3. La guida dice:")
            return
    qtbot.waitUntil(panel.speech.isVisible, timeout=4000)
    assert panel.speech.text().startswith("La lettura ad alta voce non è disponibile su questo computer")


# -- the end, Verifica and the attestato ------------------------------------------------------------

def _do_trova_il_sito(qtbot, window, extra_search: int = 0) -> None:
    tutor_click(qtbot, window, "Ho capito")
    wait_step(qtbot, window, 2)
    box = type_into(qtbot, page(window), "Cerca nel web", "inps")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_step(qtbot, window, 3)
    for n in range(extra_search):
        box = type_into(qtbot, page(window), "Cerca nel web", f"pensione {n}")
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=n: window.tutor.session.runner.state.mistakes == n + 1)
    click(qtbot, page(window), lesson_target(window).accessibleName())
    wait_finished(qtbot, window)


def test_a_passed_verifica_gives_the_attestato_made_out_to_the_learner(qtbot, db_path):
    import pypdf

    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "trova-il-sito", "verifica")
    _do_trova_il_sito(qtbot, window, extra_search=1)
    panel = lesson_panel(window)
    end = panel.end_text()
    assert "Complimenti! Ha completato la lezione «Trovare il sito dell'INPS»." in end
    assert "Verifica superata: 1 errore (ne erano ammessi al massimo 1)." in end
    tutor_click(qtbot, window, "Attestato (PDF)")
    assert not window.pdf_viewers  # the learner is still "Io": the name comes first
    type_into(qtbot, panel, "Nome e cognome", "Anna Rossi")
    tutor_click(qtbot, window, "Crea l'attestato")
    qtbot.waitUntil(lambda: bool(window.pdf_viewers))
    data = window.pdf_viewers[-1].data
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    today = window.world.classroom.now().date().strftime("%d/%m/%Y")
    for needed in ("Attestato di esercitazione", "Anna Rossi", "Trovare il sito dell'INPS", "Il PIN INPS",
                   today, "superata con 1 errore (ammessi al massimo 1)", "SIMULAZIONE",
                   "non è rilasciato dall'INPS"):
        assert needed in text, needed
    assert "Io\n" not in text
    assert lesson_states(window.world.classroom, window.world.learner.id) == {"trova-il-sito": "superata"}
    window.pdf_viewers[-1].close()  # no dialog left open for the next test


def test_a_verifica_with_too_many_mistakes_is_not_passed_and_gives_no_attestato(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "trova-il-sito", "verifica")
    _do_trova_il_sito(qtbot, window, extra_search=2)
    panel = lesson_panel(window)
    assert "Verifica non superata: 2 errori, ne erano ammessi al massimo 1." in panel.end_text()
    assert "Attestato (PDF)" not in buttons(panel)
    assert window.tutor.open_attestato() is None
    tutor_click(qtbot, window, "Rifai la lezione")
    qtbot.waitUntil(lambda: lesson_position(window) == (1, 3))


# -- the command line ------------------------------------------------------------------------------------

def test_lesson_option_opens_the_lesson_and_wins_over_persona_and_start(qtbot, db_path):
    window = make_window(qtbot, db_path, "--lesson", "trova-il-sito", "--persona", "pensionata",
                         "--start", HOME_URL)
    assert window.tutor.session.lesson.key == "trova-il-sito" and window.tutor.session.mode == "allenamento"
    assert lesson_position(window) == (1, 3)
    assert window.current_tab().url == START_URL
    assert window.person_combo.currentText() == "Giovanni Conti"


def test_verifica_option_and_resuming_the_open_lesson(qtbot, db_path):
    window = make_window(qtbot, db_path, "--lesson", "trova-il-sito", "--verifica")
    assert window.tutor.session.mode == "verifica"
    tutor_click(qtbot, window, "Ho capito")
    wait_step(qtbot, window, 2)
    run_id = window.tutor.session.run_id
    window.close()
    again = make_window(qtbot, db_path, "--lesson", "trova-il-sito")  # the open one: resumed
    assert again.tutor.session.run_id == run_id and lesson_position(again) == (2, 3)


@pytest.mark.parametrize("argv, complaint", [
    (["--lesson", "non-esiste"], "la lezione «non-esiste» non esiste"),
    (["--verifica"], "--verifica va usata insieme a --lesson"),
])
def test_bad_lesson_options_stop_with_an_italian_message(argv, complaint, capsys):
    with pytest.raises(SystemExit) as stop:
        main.parse_args(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert complaint in err
    if "non-esiste" in argv:
        assert "trova-il-sito" in err  # the keys there are


def test_targets_in_a_dialog_and_the_menu_bar_resolve_and_are_framed(qtbot, db_path):
    from app.lessons.model import Target
    from app.pdf.attestato import attestato_pdf
    from ui.tutor import targets

    window = make_window(qtbot, db_path)
    summary = {"passed": True, "mistakes": 0, "max_mistakes": 1, "lesson": "Prova", "course": "Il PIN INPS",
               "steps": 1}
    viewer = window.open_pdf("Prova", attestato_pdf(learner="Anna Rossi", summary=summary,
                                                    on=window.world.classroom.now().date()))
    qtbot.waitExposed(viewer)
    close = targets.resolve(window, Target("dialog", "Chiudi", "PdfViewer"))
    assert close is viewer.close_button
    highlight = window.tutor.highlight
    highlight.show_on(close)
    qtbot.waitUntil(highlight.active)
    assert highlight.parentWidget() is viewer
    window_click(qtbot, close)  # through the frame: the viewer closes (and is deleted)
    qtbot.waitUntil(lambda: not window.pdf_viewers)
    assert window.tutor.highlight.target is None  # a new frame is ready for the next step
    assert targets.resolve(window, Target("dialog", "Chiudi", "PdfViewer")) is None
    menu_bar = targets.resolve(window, Target("menu", "Lezioni"))
    assert menu_bar is window.menuBar()
    rect = targets.target_rect(menu_bar, Target("menu", "Lezioni"))
    assert 0 < rect.width() < menu_bar.width()
    assert targets.resolve(window, Target("toolbar", "Io sono")) is window.person_combo
    assert targets.resolve(window, Target("page", "Non esiste")) is None
