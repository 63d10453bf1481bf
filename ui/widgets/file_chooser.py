"""The in-program file chooser (issue 9: "files are chosen inside the world"): the files of
the «Documenti» folder of the citizen's simulated computer (app.services.my_documents),
shown inside the page or the dock that needs them, never the operating system's dialog
on the real home folder. A highlight can reach it, a test can drive it, a kiosk shows
nothing of the real computer.

    chooser = FileChooser(title, action_text, world_getter, person_getter, multiple=True)
    chooser.chosen.connect(lambda ids: ...)      # the action button was pressed
    chooser.refresh()                            # re-read the folder (a scan was just saved)

Every file is a check box (several may be chosen) or a radio button (one), whose
accessible name is the file's name; the details (kind, pages, size, when it was saved)
are in a label beside it. Methods for tests and journeys:
    chooser.names()            # the file names shown, newest first
    chooser.choose("x.pdf")    # tick a file (as a click would)
    chooser.confirm()          # press the action button
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QCheckBox, QFrame, QRadioButton, QVBoxLayout, QWidget

from app.services import my_documents

from .. import tokens as T
from .common import button, clear_layout, label, row, set_role


def _t(text: str) -> str:
    return QCoreApplication.translate("FileChooser", text)


class FileChooser(QFrame):
    chosen = Signal(list)  # the ids of the files chosen, in the order shown
    cancelled = Signal()

    def __init__(self, title: str, action_text: str, world: Callable, person_id: Callable, *,
                 multiple: bool = False, cancel_text: str = "", empty_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        set_role(self, "card")
        self.setObjectName("FileChooser")
        self._world = world
        self._person_id = person_id
        self.multiple = multiple
        self.empty_text = empty_text or _t(
            "La cartella Documenti è vuota. Qui finiscono i file che salva: le scansioni della Scrivania e i "
            "moduli scaricati.")
        self.boxes: dict[int, QAbstractButton] = {}
        self._files: list[my_documents.SimFile] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(T.S4, T.S3, T.S4, T.S3)
        lay.setSpacing(T.S2)
        self.title = label(title, "h3")
        lay.addWidget(self.title)
        self.folder = label("", "muted")
        lay.addWidget(self.folder)
        self.list_holder = QWidget()
        self.list_holder.setAccessibleName(_t("File nella cartella Documenti"))
        self.list_box = QVBoxLayout(self.list_holder)
        self.list_box.setContentsMargins(0, 0, 0, 0)
        self.list_box.setSpacing(T.S1)
        lay.addWidget(self.list_holder)
        self.error = label("", "error")
        self.error.hide()
        lay.addWidget(self.error)
        self.action = button(action_text, self.confirm)
        buttons = [self.action]
        if cancel_text:
            buttons.append(button(cancel_text, self.cancelled.emit, role="secondary"))
        lay.addWidget(row(*buttons))
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.refresh()

    # -- reading the folder ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the folder, keeping the files already ticked."""
        ticked = set(self.selected_ids())
        pid = self._person_id()
        files = my_documents.files(self._world(), pid)
        if [f.id for f in files] == [f.id for f in self._files] and self.boxes:
            return
        self._files = files
        for box in list(self.group.buttons()):
            self.group.removeButton(box)
        clear_layout(self.list_box)
        self.boxes = {}
        self.folder.setText(_t("Cartella: %1 (%2 file)").replace("%1", my_documents.FOLDER)
                            .replace("%2", str(len(files))))
        self.folder.setAccessibleName(self.folder.text())
        if not files:
            empty = label(self.empty_text, "muted")
            self.list_box.addWidget(empty)
            empty.show()
        for f in files:
            box = QCheckBox(f.name) if self.multiple else QRadioButton(f.name)
            box.setAccessibleName(f.name)
            box.setAccessibleDescription(f.describe())
            box.setChecked(f.id in ticked)
            box.toggled.connect(lambda _on: self.error.hide())
            self.group.addButton(box)
            self.boxes[f.id] = box
            details = label(f.describe(), "muted")
            details.setContentsMargins(T.S6, 0, 0, T.S1)
            holder = QWidget()
            h = QVBoxLayout(holder)
            h.setContentsMargins(0, 0, 0, 0)
            h.setSpacing(0)
            h.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
            h.addWidget(details)
            self.list_box.addWidget(holder)
            holder.show()
        self.action.setEnabled(bool(files))

    # -- for tests, journeys and the pages -----------------------------------------------------------
    def names(self) -> list[str]:
        return [f.name for f in self._files]

    def selected_ids(self) -> list[int]:
        return [fid for fid, box in self.boxes.items() if box.isChecked()]

    def choose(self, name: str, on: bool = True) -> None:
        for f in self._files:
            if f.name == name:
                self.boxes[f.id].setChecked(on)
                return
        raise LookupError(f"no file named {name!r} in the folder")

    def confirm(self) -> list[int]:
        ids = self.selected_ids()
        if not ids:
            self.error.setText(_t("Scelga un file dall'elenco: faccia clic sul suo nome.") if not self.multiple else
                               _t("Scelga il file dall'elenco: faccia clic sul suo nome, poi prema di nuovo il "
                                  "pulsante."))
            self.error.setAccessibleName(self.error.text())
            self.error.show()
            return []
        self.error.hide()
        self.chosen.emit(ids)
        return ids


__all__ = ["FileChooser"]
