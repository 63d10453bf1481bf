"""Leggi ad alta voce for the page (Visualizza), the open SMS / e-mail, the letter and the PDF
viewer: what is read (never what is typed in a field), in Italian, at the speed chosen in
Visualizza → Velocità della lettura; a clear message without an Italian voice (Qt's "mock"
engine has none); QtTextToSpeech imported only when something is read.

The speaking engine is a stand-in for QtTextToSpeech with an Italian voice (it records what
it is asked to say); the "no voice" tests use Qt's own mock engine when the computer has
QtTextToSpeech, else the missing module itself."""
from __future__ import annotations

import enum
import subprocess
import sys
import types

import pytest
from PySide6.QtCore import QLocale, QObject, Signal

from app.pdf.base import make_document, para
from app.services import auth, messages
from tests.helpers import click, find, make_window, page, type_into, wait_url
from ui import accessibility
from ui.browser.router import LOGIN_URL
from ui.tutor import speech


class _State(enum.Enum):
    Ready = 0
    Speaking = 1
    Paused = 2
    Error = 3
    Synthesizing = 4


class ItalianVoice(QObject):
    """What ui/tutor/speech.Reader uses of QTextToSpeech, with an Italian voice."""

    State = _State
    stateChanged = Signal(object)
    said: list[tuple[str, float]] = []

    def __init__(self, engine: str = "", parent=None):
        super().__init__(parent)
        self._rate = 0.0

    @staticmethod
    def availableEngines():  # noqa: N802
        return ["italiano-di-prova"]

    def engine(self):
        return "italiano-di-prova"

    def state(self):
        return _State.Ready

    def availableLocales(self):  # noqa: N802
        return [QLocale(QLocale.Language.Italian, QLocale.Country.Italy)]

    def availableVoices(self):  # noqa: N802
        return []

    def locale(self):
        return QLocale(QLocale.Language.Italian, QLocale.Country.Italy)

    def setLocale(self, _locale):  # noqa: N802
        pass

    def stop(self):
        pass

    def rate(self):
        return self._rate

    def setRate(self, value):  # noqa: N802
        self._rate = value

    def say(self, text):
        ItalianVoice.said.append((text, self._rate))


@pytest.fixture
def voice(monkeypatch):
    module = types.ModuleType("PySide6.QtTextToSpeech")
    module.QTextToSpeech = ItalianVoice
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", module)
    monkeypatch.delenv(speech.ENGINE_VARIABLE, raising=False)
    ItalianVoice.said = []
    yield ItalianVoice
    speech.set_rate(0.0)


@pytest.fixture
def no_voice(monkeypatch):
    monkeypatch.setenv(speech.ENGINE_VARIABLE, "mock")


def test_the_page_is_read_in_reading_order_never_the_typed_pin_at_the_chosen_speed(qtbot, db_path, voice):
    window = make_window(qtbot, db_path, "--start", LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    type_into(qtbot, page(window), "PIN", "SEGRETO9")
    window.rate_actions["lenta"].trigger()
    assert speech.rate() == speech.RATES["lenta"]
    assert window.act_read_page in window.menu_view.actions()
    window.act_read_page.trigger()
    qtbot.waitUntil(lambda: bool(voice.said), timeout=3000)
    text, rate = voice.said[-1]
    assert rate == speech.RATES["lenta"]
    assert text.startswith("Autenticazione.") or "Autenticazione." in text[:200]
    assert text.index("Autenticazione.") < text.index("Codice Fiscale") < text.index("Pulsante: Accedi.")
    assert "SEGRETO9" not in text
    assert "L'Istituto" not in text  # the portal's menu is not the page's content
    window.rate_actions["veloce"].trigger()
    window.act_read_page.trigger()
    qtbot.waitUntil(lambda: voice.said[-1][1] == speech.RATES["veloce"], timeout=3000)


def test_without_an_italian_voice_the_window_says_so(qtbot, db_path, no_voice):
    window = make_window(qtbot, db_path, "--start", LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    window.act_read_page.trigger()
    qtbot.waitUntil(window.notice.isVisible, timeout=5000)
    said = window.notice_text.text()
    assert said.startswith("La lettura ad alta voce non è disponibile su questo computer")
    assert "speech-dispatcher espeak-ng" in said and "Windows e macOS" in said


def _person(window):
    return auth.citizen_by_id(window.person_id)


def test_the_open_sms_is_read(qtbot, db_path, voice):
    window = make_window(qtbot, db_path)
    messages.send(window.world, _person(window), "sms", sender="InpsInforma",
                  body="La prima parte del suo PIN è 1A2B3C4D.")
    window.refresh_docks()
    phone = window.dock_panels["PhoneDock"]
    window.show_dock("PhoneDock")
    phone.open_message(0)
    qtbot.waitUntil(phone.read_button.isVisible, timeout=2000)
    click(qtbot, phone, "Leggi ad alta voce")
    qtbot.waitUntil(lambda: bool(voice.said), timeout=3000)
    text = voice.said[-1][0]
    assert text.startswith("SMS da InpsInforma.")
    assert "La prima parte del suo PIN è 1A2B3C4D." in text


def test_the_open_email_without_a_voice_says_so_in_the_panel(qtbot, db_path, no_voice):
    window = make_window(qtbot, db_path)
    messages.send(window.world, _person(window), "email", sender="noreply@inps.it", subject="PIN INPS",
                  body="Gentile utente, ecco la prima parte del PIN.")
    window.refresh_docks()
    mail = window.dock_panels["MailDock"]
    window.show_dock("MailDock")
    mail.open_message(0)
    click(qtbot, mail, "Leggi ad alta voce")
    qtbot.waitUntil(mail.speech_note.isVisible, timeout=5000)
    assert mail.speech_note.text().startswith("La lettura ad alta voce non è disponibile")


def test_a_letter_is_read_with_the_text_of_its_pdf(qtbot, db_path, voice):
    window = make_window(qtbot, db_path)
    person = _person(window)
    pdf = make_document("Comunicazione del PIN", [para("Gentile signora, le inviamo la seconda parte del PIN: 9Z8Y7X6W.")])
    doc = messages.store_document(window.world, person, "lettera", "Comunicazione del PIN", pdf)
    messages.send(window.world, person, "letter", sender="INPS", subject="Comunicazione del PIN",
                  body="", document=doc)
    messages.send(window.world, person, "letter", sender="Comune di Pavia", subject="Avviso",
                  body="La carta d'identità è pronta.")
    window.refresh_docks()
    box = window.dock_panels["LetterboxDock"]
    window.show_dock("LetterboxDock")
    letters = box.letters()
    with_pdf = next(i for i, v in enumerate(letters) if v.has_document)
    text = box.read_letter(with_pdf)
    assert text.startswith("Lettera da: INPS.")
    assert "seconda parte del PIN: 9Z8Y7X6W" in text and "SIMULAZIONE" not in text
    qtbot.waitUntil(lambda: bool(voice.said), timeout=3000)
    plain = next(i for i, v in enumerate(letters) if not v.has_document)
    assert "La carta d'identità è pronta." in box.read_letter(plain)
    viewer = box.open_letter(with_pdf)
    assert viewer.read_button.accessibleName() == "Leggi ad alta voce"
    assert "9Z8Y7X6W" in viewer.read_aloud()
    qtbot.waitUntil(lambda: "9Z8Y7X6W" in voice.said[-1][0], timeout=3000)
    viewer.close()


def test_the_mock_engine_is_never_chosen_by_itself(qtbot, db_path, monkeypatch):
    monkeypatch.delenv(speech.ENGINE_VARIABLE, raising=False)
    module = types.ModuleType("PySide6.QtTextToSpeech")

    class OnlyMock(ItalianVoice):
        @staticmethod
        def availableEngines():  # noqa: N802
            return ["mock"]

    module.QTextToSpeech = OnlyMock
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", module)
    problems = []
    reader = speech.Reader()
    assert reader.say("Prova.", problems.append) is False
    assert problems and problems[0].startswith("La lettura ad alta voce non è disponibile")


def test_speech_and_german_are_loaded_only_when_used(tmp_path):
    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from main import build_main_window\n"
        f"w = build_main_window(['--db', {str(tmp_path / 'x.sqlite3')!r}, '--no-state'])\n"
        "w.finish_start()\n"
        "from ui import i18n\n"
        "print('tts' if 'PySide6.QtTextToSpeech' in sys.modules else 'no-tts', len(i18n._installed), i18n._portal)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=str(accessibility.__file__).rsplit("/ui/", 1)[0])
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split()[:2] == ["no-tts", "1"], out.stdout  # Italian: Qt's catalogue only
    assert out.stdout.strip().endswith("{}")  # the portal's German catalogue: not loaded either


def test_page_text_reads_labels_links_and_buttons(qtbot, db_path):
    window = make_window(qtbot, db_path, "--start", LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    text = accessibility.page_text(page(window))
    assert "Pulsante: PIN." in text or "Pulsante: SPID." in text  # the PIN / SPID / CNS tabs
    assert "Collegamento:" in text
    assert find(page(window), "Accedi")
