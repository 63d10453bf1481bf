"""Scrivania (stampante, scanner e fax): the desk of the person shown ("Io sono"). Print the request form
(or any PDF), write the date and sign, lay an identity document on the scanner glass
(fronte/retro), scan the chosen sheets into one file (PDF, or a JPG/PNG of one sheet),
or send them by fax to the number of the PIN dispositivo conversion (800 803 164).

Files live in the «Documenti» folder of the citizen's simulated computer
(app.services.my_documents), never on the real disk: «Stampa un file PDF» opens the
in-program chooser over that folder inside this panel, and a scan is saved there.

The sheets are kept in memory, per person, while the program runs (paper on a desk).
Every rule is in app.services.printer_scanner and app.services.pin_conversion.

Methods for tests and journeys:
    desk = window.dock_panels["DeskDock"]
    desk.print_latest_form()          # prints the newest form made by «Converti PIN»
    desk.open_print_chooser()         # «Stampa un file PDF»: desk.chooser lists the folder
    desk.print_file(name)             # prints the file `name` of the Documenti folder
    desk.sign(index)                  # date and signature on sheet `index`
    desk.sign_only(index)             # signature without the date
    desk.add_document_copy(doc_index=0, sides=("fronte", "retro"))
    desk.select(indexes)              # which sheets go in the scanner / fax (default: all)
    desk.scan(fmt="pdf")              # scans the selected sheets into a new file of Documenti -> SimFile
    desk.send_fax(number)             # faxes the selected sheets; returns the machine's text
    desk.sheets()                     # the Sheet values on the desk
    desk.message()                    # the last line the desk showed
"""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.services import auth, id_documents, my_documents, pin_conversion, printer_scanner as desk_service
from app.services.errors import ServiceError

from ..widgets.common import ChoiceField, Field, button, checkbox, clear_layout, hline, label, row
from ..widgets.file_chooser import FileChooser
from . import dock
from ._common import WorldPanel, service_text


def _narrow(combo) -> None:
    """A combo box that does not widen the dock to its longest item."""
    from PySide6.QtWidgets import QComboBox

    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)


@dock("DeskDock", "Scrivania", area="world", order=42)
class DeskDock(WorldPanel):
    def setup(self) -> None:
        self.content = self.make_scroll()
        self._papers: dict[int, list] = {}  # person id -> sheets
        self._selected: dict[int, set[int]] = {}
        self._shown_person: object = object()
        self._message = ("", "")
        self._choosing = False  # the chooser of «Stampa un file PDF» is open
        self.chooser: FileChooser | None = None

    # -- state ---------------------------------------------------------------------------
    def sheets(self) -> list:
        return list(self._papers.get(self.person_id, []))

    def _set_sheets(self, sheets: list, selected: set[int] | None = None) -> None:
        self._papers[self.person_id] = list(sheets)
        self._selected[self.person_id] = set(range(len(sheets))) if selected is None else selected
        self._render()

    def _citizen(self):
        return auth.citizen_by_id(self.person_id) if self.person_id is not None else None

    def message(self) -> str:
        return self._message[0]

    def _say(self, text: str, kind: str = "") -> None:
        self._message = (text, kind)
        self._render()

    # -- view ----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.person_id != self._shown_person:
            self._shown_person = self.person_id
            self._message = ("", "")
            self._choosing = False
            self._render()
        elif self.chooser is not None:
            try:
                self.chooser.refresh()
            except RuntimeError:  # the panel was rebuilt meanwhile
                self.chooser = None

    def _render(self) -> None:
        clear_layout(self.content)
        pid = self.person_id
        card = auth.person_card(pid) if pid is not None else {}
        self.content.addWidget(label(self.t("La scrivania di %1").replace("%1", card.get("name", "")) if card
                                     else self.t("Stampante e scanner"), "h3"))
        if pid is None:
            self.content.addWidget(label(self.t("Scelga una persona in «Io sono».")))
            return
        text, kind = self._message
        if text:
            self.status = label(text, kind)
            self.content.addWidget(self.status)
        # Printer
        self.content.addWidget(label(self.t("Stampante"), "fieldlabel"))
        self.content.addWidget(row(button(self.t("Stampa il modulo scaricato"), self.print_latest_form)))
        self.content.addWidget(row(button(self.t("Stampa un file PDF"), self.open_print_chooser, role="secondary")))
        self.chooser = None
        if self._choosing:
            self.chooser = FileChooser(self.t("Quale file vuole stampare?"), self.t("Stampa il file scelto"),
                                       lambda: self.world, lambda: self.person_id, cancel_text=self.t("Annulla"))
            self.chooser.chosen.connect(self._print_chosen)
            self.chooser.cancelled.connect(self.close_print_chooser)
            self.content.addWidget(self.chooser)
        self.content.addWidget(hline())
        # Sheets on the desk
        self.content.addWidget(label(self.t("Fogli sulla scrivania"), "fieldlabel"))
        sheets = self.sheets()
        selected = self._selected.get(pid, set())
        if not sheets:
            self.content.addWidget(label(self.t("Nessun foglio. Stampi il modulo o metta un documento sul vetro "
                                                "dello scanner."), "muted"))
        self.sheet_boxes = []
        for index, sheet in enumerate(sheets):
            self.content.addWidget(label(f"{index + 1}. {sheet.describe()}", "value"))
            box = checkbox(self.t("Scelto per scanner e fax"))
            box.setChecked(index in selected)
            box.toggled.connect(lambda on, i=index: self._toggle(i, on))
            self.sheet_boxes.append(box)
            holder = QWidget()
            lay = QHBoxLayout(holder)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(box, 1)
            if sheet.signable and not sheet.signed:
                lay.addWidget(button(self.t("Data e firma"), lambda _=False, i=index: self.sign(i)))
            lay.addWidget(button(self.t("Togli"), lambda _=False, i=index: self.remove(i), role="secondary"))
            self.content.addWidget(holder)
        self.content.addWidget(hline())
        # Identity document on the glass
        self.content.addWidget(label(self.t("Copia di un documento di identità"), "fieldlabel"))
        docs = id_documents.wallet(self._citizen())
        self.doc_choice = ChoiceField(self.t("Documento dal portafoglio"), "documento", [
            (id_documents.describe(d), str(i)) for i, d in enumerate(docs)])
        self.front = checkbox(self.t("Fronte"))
        self.back = checkbox(self.t("Retro"))
        self.front.setChecked(True)
        self.back.setChecked(True)
        _narrow(self.doc_choice.input)
        self.content.addWidget(self.doc_choice)
        self.content.addWidget(row(self.front, self.back))
        self.content.addWidget(row(button(self.t("Metti sul vetro dello scanner"), self._copy_clicked,
                                          role="secondary")))
        self.content.addWidget(hline())
        # Scanner
        self.content.addWidget(label(self.t("Scanner"), "fieldlabel"))
        self.fmt = ChoiceField(self.t("Formato del file"), "formato", [
            (self.t("PDF (più pagine in un file)"), "pdf"), (self.t("Immagine JPG (un foglio)"), "jpg"),
            (self.t("Immagine PNG (un foglio)"), "png")])
        _narrow(self.fmt.input)
        self.content.addWidget(self.fmt)
        self.content.addWidget(label(self.t("La scansione viene salvata nella cartella «%1» del computer.")
                                     .replace("%1", my_documents.FOLDER), "muted"))
        self.content.addWidget(row(button(self.t("Scansiona i fogli scelti"), self._scan_clicked)))
        self.content.addWidget(hline())
        # Fax
        self.content.addWidget(label(self.t("Fax"), "fieldlabel"))
        self.fax_number = Field(self.t("Numero di fax"), "fax", max_length=30,
                                hint=self.t("Per la richiesta di PIN dispositivo: %1").replace(
                                    "%1", pin_conversion.FAX_NUMBER_SHOWN))
        self.content.addWidget(self.fax_number)
        self.content.addWidget(row(button(self.t("Invia via fax i fogli scelti"), self._fax_clicked,
                                          role="secondary")))

    def _toggle(self, index: int, on: bool) -> None:
        chosen = self._selected.setdefault(self.person_id, set())
        (chosen.add if on else chosen.discard)(index)

    # -- printing --------------------------------------------------------------------------
    def _add(self, new_sheets: list, message: str) -> None:
        sheets = self.sheets() + list(new_sheets)
        selected = self._selected.get(self.person_id, set()) | set(range(len(sheets) - len(new_sheets), len(sheets)))
        self._papers[self.person_id] = sheets
        self._selected[self.person_id] = selected
        self._say(message, "success")

    def print_latest_form(self) -> None:
        citizen = self._citizen()
        forms = pin_conversion.prepared_forms(citizen) if citizen else []
        if not forms:
            self._say(self.t("Non c'è un modulo da stampare: prima lo scarichi con «Converti PIN»."), "error")
            return
        try:
            sheets = desk_service.print_pdf(self.world, pin_conversion.form_pdf(citizen, forms[0]["id"]))
        except ServiceError as exc:
            self._say(service_text(exc.message), "error")
            return
        self._add(sheets, self.t("Stampato: %1").replace("%1", forms[0]["title"]))

    def open_print_chooser(self) -> None:
        """«Stampa un file PDF»: the files of the Documenti folder, in this panel."""
        self._choosing = True
        self._render()

    def close_print_chooser(self) -> None:
        self._choosing = False
        self._render()

    def _print_chosen(self, file_ids: list) -> None:
        self.print_document(file_ids[0])

    def print_document(self, file_id: int) -> None:
        try:
            name, data = my_documents.read(self.person_id, file_id)
            sheets = desk_service.print_pdf(self.world, data)
        except ServiceError as exc:
            self._say(service_text(exc.message), "error")
            return
        self._choosing = False
        self._add(sheets, self.t("Stampato: %1 (%2 fogli)").replace("%1", name).replace("%2", str(len(sheets))))

    def print_file(self, name: str) -> None:
        """Print the file `name` of the Documenti folder (as choosing it in the chooser)."""
        for f in my_documents.files(self.world, self.person_id):
            if f.name == name:
                self.print_document(f.id)
                return
        self._say(self.t("Nella cartella Documenti non c'è il file %1.").replace("%1", name), "error")

    # -- pen ------------------------------------------------------------------------------------
    def sign(self, index: int) -> None:
        self._write(index, desk_service.sign_and_date, self.t("Ha scritto la data e firmato il foglio."))

    def sign_only(self, index: int) -> None:
        self._write(index, desk_service.sign, self.t("Ha firmato il foglio, senza scrivere la data."))

    def _write(self, index: int, action, message: str) -> None:
        sheets = self.sheets()
        try:
            sheets[index] = action(self.world, sheets[index], self._citizen())
        except IndexError:
            self._say(self.t("Foglio non trovato."), "error")
            return
        except ServiceError as exc:
            self._say(service_text(exc.message), "error")
            return
        self._papers[self.person_id] = sheets
        self._say(message, "success")

    def remove(self, index: int) -> None:
        sheets = self.sheets()
        if 0 <= index < len(sheets):
            sheets.pop(index)
        self._set_sheets(sheets)

    # -- the glass -----------------------------------------------------------------------------
    def _copy_clicked(self) -> None:
        sides = tuple(s for s, box in (("fronte", self.front), ("retro", self.back)) if box.isChecked())
        self.add_document_copy(int(self.doc_choice.value() or 0), sides)

    def add_document_copy(self, doc_index: int = 0, sides: tuple = ("fronte", "retro")) -> None:
        citizen = self._citizen()
        docs = id_documents.wallet(citizen)
        try:
            sheet = desk_service.identity_copy(self.world, citizen, docs[doc_index].id, sides)
        except IndexError:
            self._say(self.t("Nel portafoglio non c'è questo documento."), "error")
            return
        except ServiceError as exc:
            self._say(service_text(exc.message), "error")
            return
        self._add([sheet], self.t("Il documento è sul vetro dello scanner: %1").replace("%1", sheet.describe()))

    # -- scanner and fax -----------------------------------------------------------------------
    def select(self, indexes) -> None:
        self._selected[self.person_id] = set(indexes)
        self._render()

    def _chosen(self) -> list:
        selected = self._selected.get(self.person_id, set())
        return [s for i, s in enumerate(self.sheets()) if i in selected]

    def _scan_clicked(self) -> None:
        self.scan(self.fmt.value() or "pdf")

    def scan(self, fmt: str = "pdf"):
        """Scan the sheets chosen into a new file of the Documenti folder (its name says what
        is in it; a name already used gets " (2)"). Returns the SimFile, or None."""
        chosen = self._chosen()
        try:
            data = desk_service.scan(self.world, chosen, fmt=fmt)
            saved = my_documents.save(self.world, self._citizen(), desk_service.suggested_filename(chosen, fmt), data,
                                      source="scanner")
        except ServiceError as exc:
            self._say(service_text(exc.message), "error")
            return None
        self._say(self.t("Scansione salvata nella cartella «%1»: %2 (%3 fogli).").replace(
            "%1", my_documents.FOLDER).replace("%2", saved.name).replace("%3", str(len(chosen))), "success")
        return saved

    def _fax_clicked(self) -> None:
        self.send_fax(self.fax_number.value())

    def send_fax(self, number: str) -> str:
        try:
            outcome = pin_conversion.send_fax(self.world, self._citizen(), number, self._chosen())
        except ServiceError as exc:
            self._say(service_text(exc.message), "error")
            return exc.message
        self._say(service_text(outcome.message), "success")
        return outcome.message
