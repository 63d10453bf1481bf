"""Leggi ad alta voce: Qt's text-to-speech with an Italian voice, for the tutor's current
step, the page's content (Visualizza → Leggi la pagina ad alta voce, ui/accessibility.py)
and the message or letter open in the Telefono, Posta and Cassetta postale panels.

QtTextToSpeech is imported only when something is read (it loads audio libraries that
many computers lack, and the start-up must not wait for it). Without an engine that
speaks Italian, the caller says so instead (`on_problem`). The speed is one setting for
every reading (`set_rate`, Visualizza → Velocità della lettura). Qt's "mock" engine (a
test engine shipped with Qt) is used only when PALESTRA_TTS_ENGINE asks for it.
"""
from __future__ import annotations

import os
from typing import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer

READY_TIMEOUT_MS = 3000
# PALESTRA_TTS_ENGINE names the engine to use ("mock" in the tests, where Qt ships one).
ENGINE_VARIABLE = "PALESTRA_TTS_ENGINE"
TEST_ENGINES = ("mock",)

# The reading speed: QTextToSpeech's rate, -1.0 (slowest) to 1.0; 0 is the voice's own.
RATES = {"lenta": -0.35, "normale": 0.0, "veloce": 0.35}
_rate = 0.0


def set_rate(value: float) -> None:
    global _rate
    _rate = max(-1.0, min(1.0, float(value)))


def rate() -> float:
    return _rate


def tr(text: str) -> str:
    return QCoreApplication.translate("Tutor", text)


def unavailable_text() -> str:
    return tr("La lettura ad alta voce non è disponibile su questo computer: manca un programma di "
              "sintesi vocale con una voce italiana. Il testo del passo resta scritto qui sopra, in grande.")


def no_voice_text() -> str:
    """The same, for a page or a message (what to install is in the README)."""
    return tr("La lettura ad alta voce non è disponibile su questo computer: manca un programma di "
              "sintesi vocale con una voce italiana. Su Debian e Ubuntu lo installa chi la aiuta con "
              "«sudo apt-get install speech-dispatcher espeak-ng»; su Windows e macOS si usano le voci "
              "del sistema (una voce italiana va aggiunta nelle impostazioni della sintesi vocale).")


class Reader(QObject):
    """`say(text, on_problem)`: reads `text` aloud, or calls `on_problem(message)`.
    `last_text` and `engine_name` say what was read and by which engine (for tests)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.engine = None
        self.engine_name = ""
        self.last_text = ""
        self._pending: tuple[str, Callable[[str], None]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READY_TIMEOUT_MS)
        self._timer.timeout.connect(self._gave_up)

    def say(self, text: str, on_problem: Callable[[str], None]) -> bool:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # the module or its audio libraries are missing
            on_problem(unavailable_text())
            return False
        if self.engine is None:
            names = list(QTextToSpeech.availableEngines())
            wanted = os.environ.get(ENGINE_VARIABLE, "")
            if wanted:
                names = [n for n in names if n == wanted]
            else:  # the wheels ship a "mock" engine: it has no voice, never pick it by itself
                names = [n for n in names if n not in TEST_ENGINES]
            if not names:
                on_problem(unavailable_text())
                return False
            self.engine_name = names[0]
            self.engine = QTextToSpeech(self.engine_name, self)
            self.engine.stateChanged.connect(self._state_changed)
        self._pending = (text, on_problem)
        self._try()
        return True

    def stop(self) -> None:
        if self.engine is not None:
            self.engine.stop()

    def _state_changed(self, _state) -> None:
        if self._pending is not None:
            self._try()

    def _try(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        engine = self.engine
        text, on_problem = self._pending
        state = engine.state()
        if state == QTextToSpeech.State.Error:
            self._pending = None
            self._timer.stop()
            on_problem(unavailable_text())
            return
        if engine.engine() and state not in (QTextToSpeech.State.Ready, QTextToSpeech.State.Speaking,
                                             QTextToSpeech.State.Synthesizing, QTextToSpeech.State.Paused):
            if not self._timer.isActive():
                self._timer.start()  # still starting up: wait for it, not for ever
            return
        self._timer.stop()
        italian = [loc for loc in engine.availableLocales() if loc.language() == QLocale.Language.Italian]
        voices = [v for v in engine.availableVoices() if v.locale().language() == QLocale.Language.Italian]
        if not italian and not voices:
            self._pending = None
            on_problem(unavailable_text())
            return
        if italian and engine.locale().language() != QLocale.Language.Italian:
            engine.setLocale(italian[0])
        if voices and engine.voice().locale().language() != QLocale.Language.Italian:
            engine.setVoice(voices[0])
        self._pending = None
        self.last_text = text
        engine.stop()
        if abs(engine.rate() - _rate) > 1e-6:
            engine.setRate(_rate)
        engine.say(text)

    def _gave_up(self) -> None:
        if self._pending is not None:
            _text, on_problem = self._pending
            self._pending = None
            on_problem(unavailable_text())
