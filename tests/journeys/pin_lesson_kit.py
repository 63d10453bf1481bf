"""What the PIN course's lesson journeys share (tests/journeys/test_lesson_*.py of the course
«Il PIN INPS»): clicking a message in a list as the learner does, reading the PIN halves
from the SMS, the e-mail, the letter and the sealed envelope, typing into a form."""
from __future__ import annotations

import io
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from tests.helpers import click, page, type_into


def open_first_message(qtbot, messages: QListWidget) -> None:
    """Click the newest message of a phone or mailbox list (the first row)."""
    qtbot.waitUntil(lambda: messages.count() >= 1, timeout=3000)
    rect = messages.visualItemRect(messages.item(0))
    qtbot.mouseClick(messages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def half_in_sms(text: str) -> str:
    return re.search(r"(?:prima|seconda) parte del (?:suo|suo nuovo) PIN è ([0-9A-F]{8})", text).group(1)


def half_in_letter(data: bytes) -> str:
    """The second half printed in the PIN letter (characters spaced out)."""
    return re.search(r"([0-9A-F](?: [0-9A-F]){7})", pdf_text(data)).group(1).replace(" ", "")


def pin_in_envelope(data: bytes) -> str:
    """The 16 characters printed (spaced out) in the sede's sealed envelope."""
    return re.search(r"([0-9A-F](?: [0-9A-F]){15})", pdf_text(data)).group(1).replace(" ", "")


def log_in(qtbot, window, codice_fiscale: str, pin: str) -> None:
    type_into(qtbot, page(window), "Codice Fiscale", codice_fiscale)
    type_into(qtbot, page(window), "PIN", pin)
    click(qtbot, page(window), "Accedi")


def new_pin(qtbot, window, value: str, again: str | None = None) -> None:
    type_into(qtbot, page(window), "Nuovo PIN", value)
    type_into(qtbot, page(window), "Conferma nuovo PIN", value if again is None else again)
    click(qtbot, page(window), "Conferma il nuovo PIN")
