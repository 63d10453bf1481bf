"""Scrivania (stampante, scanner e fax): the desk of the person shown ("Io sono"). Print the request form
(or any PDF), write the date and sign, lay an identity document on the scanner glass
(fronte/retro), scan the chosen sheets into one file (PDF, or a JPG/PNG of one sheet),
or send them by fax to the number of the PIN dispositivo conversion (800 803 164).

The sheets are kept in memory, per person, while the program runs (paper on a desk).
Every rule is in app.services.printer_scanner and app.services.pin_conversion.

Methods for tests and journeys:
    desk = window.dock_panels["DeskDock"]
    desk.print_latest_form()          # prints the newest form made by «Converti PIN»
    desk.print_file(path)             # prints a PDF file
    desk.sign(index)                  # date and signature on sheet `index`
    desk.sign_only(index)             # signature without the date
    desk.add_document_copy(doc_index=0, sides=("fronte", "retro"))
    desk.select(indexes)              # which sheets go in the scanner / fax (default: all)
    desk.scan_to(path, fmt="pdf")     # scans the selected sheets into the file `path`
    desk.send_fax(number)             # faxes the selected sheets; returns the machine's text
    desk.sheets()                     # the Sheet values on the desk
    desk.message()                    # the last line the desk showed
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QWidget

from app.services import auth, id_documents, pin_conversion, printer_scanner as desk_service
from app.services.errors import ServiceError

from ..widgets.common import ChoiceField, Field, button, checkbox, clear_layout, hline, label, row
from . import dock
from ._common import WorldPanel, service_text


def _narrow(combo) -> None:
    """A combo box that does not widen the dock to its longest item."""
    from PySide6.QtWidgets import QComboBox

    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)


@dock("DeskDock", "Scrivania", area="right", order=42, visible=False, tabify_with="PhoneDock")
class DeskDock(WorldPanel):
    def setup(self) -> None:
        self.content = self.make_scroll()
        self._papers: dict[int, list] = {}  # person id -> sheets
        self._selected: dict[int, set[int]] = {}
        self._shown_person: object = object()
        self._message = ("", "")

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
            self._render()

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
        self.content.addWidget(row(button(self.t("Stampa un file PDF"), self._choose_print, role="secondary")))
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
        self.content.addWidget(row(button(self.t("Scansiona i fogli scelti"), self._choose_scan)))
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

    def _choose_print(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.t("Stampa un file PDF"), str(Path.home()),
                                              self.t("PDF (*.pdf);;Tutti i file (*)"))
        if path:
            self.print_file(path)

    def print_file(self, path) -> None:
        try:
            data = Path(path).read_bytes()
            sheets = desk_service.print_pdf(self.world, data)
        except OSError:
            self._say(self.t("Il file non si può leggere."), "error")
            return
        except ServiceError as exc:
            self._say(service_text(exc.message), "error")
            return
        self._add(sheets, self.t("Stampato: %1 (%2 fogli)").replace("%1", Path(path).name).replace(
            "%2", str(len(sheets))))

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

    def _choose_scan(self) -> None:
        fmt = self.fmt.value() or "pdf"
        chosen = self._chosen()
        name = desk_service.suggested_filename(chosen, fmt)
        path, _ = QFileDialog.getSaveFileName(self, self.t("Salva la scansione"), str(Path.home() / name),
                                              self.t("File (*.%1)").replace("%1", fmt))
        if path:
            self.scan_to(path, fmt)

    def scan_to(self, path, fmt: str = "pdf") -> Path | None:
        try:
            data = desk_service.scan(self.world, self._chosen(), fmt=fmt)
            target = Path(path)
            target.write_bytes(data)
        except ServiceError as exc:
            self._say(service_text(exc.message), "error")
            return None
        except OSError:
            self._say(self.t("Il file non si può salvare in questa cartella: ne scelga un'altra."), "error")
            return None
        self._say(self.t("Scansione salvata in %1 (%2 fogli).").replace("%1", str(target)).replace(
            "%2", str(len(self._chosen()))), "success")
        return target

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
