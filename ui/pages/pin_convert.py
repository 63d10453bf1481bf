"""«Vuoi il PIN dispositivo?» and «Converti PIN» (issue 3, item 7; seeds 000, 002, 003, 004).

Converti PIN, on one address, in four steps:
  1. accesso con codice fiscale e PIN ordinario (skipped when already in with a PIN ordinario);
  2. conferma di anagrafica, indirizzo e recapiti + documento di identità;
  3. the request form (PDF) to download, print, date and sign, and scan together with the
     document into ONE file (the printer and scanner are on the «Scrivania» panel);
  4. the upload (PIN_CONVERT_URL?passo=carica): the in-program chooser over the «Documenti»
     folder of the citizen's simulated computer (app.services.my_documents), where the
     desk's scans and the saved form are; never the operating system's file dialog.
Every rule is in app.services.pin_conversion.

For tests and journeys (page = the ConvertPinPage):
    page.login(cf, pin) / page.confirm(document fields dict) / page.save_form() -> SimFile
    page.go_to_upload() / page.chooser (FileChooser) / page.upload(["name.pdf", ...]) / page.result_text()
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from app.services import auth, id_documents, my_documents, pin as pin_service, pin_conversion as svc
from app.services.errors import ServiceError, ValidationError

from ..browser.router import PIN_MENU_URL, build_url, route
from ..urls import (
    LOST_PIN_URL,
    MYINPS_URL,
    PIN_CONVERT_URL,
    PIN_DISPOSITIVO_URL,
    PIN_FIRST_ACCESS_URL,
    PIN_LOCKED_URL,
    SEDE_URL,
)
from ..widgets.common import (
    ChoiceField,
    Field,
    alert,
    button,
    card,
    checkbox,
    clear_layout,
    heading,
    label,
    row,
)
from ..widgets.file_chooser import FileChooser
from ..widgets.reconstruction import reconstruction_note
from .base import PortalPage
from .pin_common import PendingChange, PinField, focus_first_error, message_box, scroll_to_top, set_pending

UPLOAD_STEP = "carica"  # PIN_CONVERT_URL?passo=carica: passo 4, the upload
STEPS = {
    1: "Passo 1 di 4: accesso con codice fiscale e PIN ordinario",
    2: "Passo 2 di 4: conferma dei dati e documento di identità",
    3: "Passo 3 di 4: scarica, stampa e firma il modulo",
    4: "Passo 4 di 4: carica il file",
}


@route(PIN_DISPOSITIVO_URL, title="INPS - PIN dispositivo")
class PinDispositivoPage(PortalPage):
    """«Vuoi il PIN dispositivo?»: what it is and the three ways to get it."""

    TITLE = "INPS - PIN dispositivo"
    BREADCRUMB = ("Prestazioni e Servizi", "Richiesta PIN On Line", "PIN dispositivo")

    def build(self, body):
        body.addWidget(heading(self.tr("Vuoi il PIN dispositivo?")))
        body.addWidget(label(self.tr(
            "PIN INPS ordinario: è necessario per fruire dei servizi di consultazione di dati relativi alla propria "
            "posizione contributiva."), "lead"))
        body.addWidget(label(self.tr(
            "PIN INPS dispositivo: è necessario per richiedere all'Istituto le prestazioni e i benefici economici ai "
            "quali si ha diritto per legge. Per ottenerlo il cittadino deve inviare online o via fax copia del "
            "proprio documento di identità o recarsi presso una Sede Inps per farsi identificare."), "lead"))
        self.convert = self.link(self.tr("CONVERTI PIN"), PIN_CONVERT_URL, role="")
        body.addWidget(card(
            label(self.tr("Online: converti il PIN ordinario"), "h2"),
            label(self.tr("1. Premi «Converti PIN» e accedi con codice fiscale e PIN ordinario.")),
            label(self.tr("2. Conferma i dati anagrafici, l'indirizzo e i recapiti e inserisci i dati di un "
                          "documento di riconoscimento valido (carta d'identità, patente o passaporto).")),
            label(self.tr("3. Scarica il foglio di richiesta, stampalo, scrivi la data e firmalo.")),
            label(self.tr("4. Scansiona il foglio firmato insieme al documento di riconoscimento e carica il file.")),
            alert(self.service_text(svc.SINGLE_FILE_NOTE), "warning"),
            label(self.service_text(svc.NEED_PDF_NOTE), "muted"),
            row(self.convert),
        ))
        body.addWidget(card(
            label(self.tr("Via fax"), "h2"),
            label(self.tr("Dopo aver scaricato e firmato il modulo con «Converti PIN», puoi inviarlo con una "
                          "fotocopia fronte/retro del documento di riconoscimento al numero %1. Dopo qualche ora "
                          "riceverai un'e-mail con l'esito.").replace("%1", svc.FAX_NUMBER_SHOWN)),
        ))
        body.addWidget(card(
            label(self.tr("In sede"), "h2"),
            label(self.tr("Presso una Sede INPS, compilando il modello MV35 «Richiesta assegnazione PIN dispositivo "
                          "per il cittadino in sede» ed esibendo un documento di identità valido: l'operatore "
                          "consegna il PIN in busta chiusa, già di tipo dispositivo.")),
            self.link(self.tr("Sede INPS di Pavia"), SEDE_URL),
        ))
        body.addWidget(self.link(self.tr("Torna a «Il PIN online»"), PIN_MENU_URL))

    def shown(self) -> None:
        self.convert.setFocus()


@route(PIN_CONVERT_URL, title="INPS - Converti PIN")
class ConvertPinPage(PortalPage):
    TITLE = "INPS - Converti PIN"
    BREADCRUMB = ("Prestazioni e Servizi", "Richiesta PIN On Line", "Converti PIN")

    def build(self, body):
        self.citizen_id: int | None = None
        self.prepared: svc.PreparedRequest | None = None
        self.form_values: dict = {}
        self.result = ""
        self.step = 0
        self.focus_target = None
        self.chooser: FileChooser | None = None
        self.result_accepted = False
        body.addWidget(heading(self.tr("Converti PIN")))
        self.step_label = label("", "lead")
        body.addWidget(self.step_label)
        self.holder = QWidget()
        self.area = QVBoxLayout(self.holder)
        self.area.setContentsMargins(0, 0, 0, 0)
        self.area.setSpacing(12)
        body.addWidget(self.holder)
        session = self.session
        if session is not None and session.method in ("pin_ordinario", "pin_dispositivo"):
            self.citizen_id = session.citizen_id
            if self.params.get("passo") == UPLOAD_STEP and self._resume_upload():
                return
            self._after_login()
        else:
            self.show_login()

    def _resume_upload(self) -> bool:
        """PIN_CONVERT_URL?passo=carica: the upload of the newest form made for the citizen
        (the page was left to print, sign and scan at the desk)."""
        citizen = self._citizen()
        if citizen is None or svc.status(self.world, citizen).code != "ordinario":
            return False
        forms = svc.prepared_forms(citizen)
        if not forms:
            return False
        try:
            pdf = svc.form_pdf(citizen, forms[0]["id"])
        except ServiceError:
            return False
        code = forms[0]["code"]
        self.prepared = svc.PreparedRequest(code, pdf, forms[0]["id"], f"richiesta_pin_dispositivo_{code}.pdf", None)
        self.show_upload()
        return True

    # -- common ---------------------------------------------------------------------------
    def _begin(self, step: int, title: str = "") -> None:
        self.step = step
        clear_layout(self.area)
        self.step_label.setText(title or self.tr(STEPS[step]))
        self.step_label.setAccessibleName(self.step_label.text())
        self.fields: dict = {}
        self.top_box = message_box(self.area)
        scroll_to_top(self)

    def _top(self, widget) -> None:
        clear_layout(self.top_box)
        if widget is not None:
            self.top_box.addWidget(widget)

    def _citizen(self):
        return auth.citizen_by_id(self.citizen_id) if self.citizen_id else None

    def shown(self) -> None:
        if self.focus_target is not None:
            self.focus_target.setFocus()

    def world_changed(self) -> None:
        """Time passes while the page is open: nothing to redo (the status is read at each
        step); a file saved at the desk appears in the upload's chooser."""
        if self.step == 4 and self.chooser is not None:
            self.chooser.refresh()

    # -- passo 1 --------------------------------------------------------------------------
    def show_login(self) -> None:
        self._begin(1)
        self.area.addWidget(label(self.tr(
            "Per convertire il PIN acceda con il suo codice fiscale e il PIN ordinario di 8 caratteri.")))
        self.cf = Field(self.tr("Codice Fiscale"), "codice_fiscale", max_length=40)
        self.pin = PinField(self.tr("PIN"), "pin", max_length=40)
        self.fields = {"codice_fiscale": self.cf, "pin": self.pin}
        self.accedi = button(self.tr("Accedi"), self._login_clicked)
        self.area.addWidget(card(self.cf, self.pin, row(self.accedi)))
        self.area.addWidget(self.link(self.tr("Hai smarrito il PIN?"), LOST_PIN_URL))
        self.cf.input.returnPressed.connect(self.pin.input.setFocus)
        self.pin.input.returnPressed.connect(self._login_clicked)
        self.focus_target = self.cf.input

    def _login_clicked(self) -> None:
        self.login(self.cf.value(), self.pin.value())

    def login(self, codice_fiscale: str, pin: str) -> None:
        if self.step != 1:
            self.show_login()
        self.cf.set_value(codice_fiscale)
        self.pin.set_value(pin)
        self.cf.clear_error()
        self.pin.clear_error()
        self._top(None)
        try:
            result = svc.login(self.world, codice_fiscale, pin)
        except pin_service.PinLoginError as exc:
            if exc.locked:
                self.go(PIN_LOCKED_URL)
                return
            target = self.cf if exc.field == "codice_fiscale" else self.pin
            target.set_error(self.service_text(exc.message))
            target.input.setFocus()
            return
        except ServiceError as exc:
            self.result = exc.message
            self._top(alert(self.service_text(exc.message), "info"))
            return
        if result.status == "must_change":
            set_pending(self.ctx.window, PendingChange(
                codice_fiscale=codice_fiscale, current=pin, reason=result.reason, message=result.message,
                note=result.note, next_url=PIN_CONVERT_URL))
            self.go(PIN_FIRST_ACCESS_URL)
            return
        self.ctx.session.start(result.session)
        self.ctx.window.set_person(result.session.citizen_id)
        self.citizen_id = result.session.citizen_id
        self._after_login()

    def _after_login(self) -> None:
        citizen = self._citizen()
        current = svc.status(self.world, citizen)
        if current.code != "ordinario":
            self._begin(1, self.tr("Lo stato del suo PIN"))
            self.result = current.message
            kind = "success" if current.code == "dispositivo" else "info"
            self.area.addWidget(alert(self.service_text(current.message), kind))
            if current.due:
                self.area.addWidget(label(self.tr("Esito previsto entro: %1").replace(
                    "%1", current.due.strftime("%d/%m/%Y %H:%M")), "muted"))
                self.area.addWidget(reconstruction_note(self.tr("Le guide dicono «qualche ora»: il tempo esatto è ricostruito.")))
            self.area.addWidget(self.link(self.tr("Vai a MyINPS"), MYINPS_URL))
            return
        self.show_data()

    # -- passo 2 --------------------------------------------------------------------------
    def show_data(self) -> None:
        self._begin(2)
        citizen = self._citizen()
        data = svc.prefill(self.world, citizen)
        data.update({k: v for k, v in self.form_values.items() if v})
        self.area.addWidget(alert(self.tr(
            "Attenzione: non chiuda questa pagina fino alla fine della procedura."), "warning"))
        # Anagrafica e indirizzo: to confirm (INPS's data).
        grid = QWidget()
        g = QGridLayout(grid)
        g.setContentsMargins(0, 0, 0, 0)
        rows = [
            (self.tr("Codice Fiscale"), data["codice_fiscale"]),
            (self.tr("Cognome"), data["cognome"]),
            (self.tr("Nome"), data["nome"]),
            (self.tr("Sesso"), data["sesso"]),
            (self.tr("Data di nascita"), data["data_nascita"]),
            (self.tr("Luogo di nascita"), f"{data['luogo_nascita']} ({data['provincia_nascita']})"),
            (self.tr("Indirizzo di residenza"), data["indirizzo_residenza"]),
        ]
        for i, (name, value) in enumerate(rows):
            g.addWidget(label(name, "fieldlabel"), i, 0)
            g.addWidget(label(value, "value", selectable=True), i, 1)
        g.setColumnStretch(1, 1)
        self.confirm_box = checkbox(self.tr("Confermo che i dati anagrafici e l'indirizzo di residenza sono corretti"))
        self.confirm_error = label("", "error")
        self.confirm_error.hide()
        self.area.addWidget(card(label(self.tr("Dati anagrafici e indirizzo"), "h2"), grid, self.confirm_box,
                                 self.confirm_error))
        # Recapiti: may be corrected.
        contacts = QWidget()
        cg = QGridLayout(contacts)
        cg.setContentsMargins(0, 0, 0, 0)
        for i, (text, name) in enumerate((("Cellulare", "cellulare"), ("Telefono fisso", "telefono_fisso"),
                                          ("E-mail", "email"), ("PEC", "pec"))):
            f = Field(self.tr(text), name, max_length=80)
            f.set_value(str(data.get(name) or ""))
            self.fields[name] = f
            cg.addWidget(f, i // 2, i % 2, Qt.AlignmentFlag.AlignTop)
        pref = ChoiceField(self.tr("Telefono preferenziale"), "telefono_preferenziale",
                           [(self.tr("Cellulare"), "cellulare"), (self.tr("Telefono fisso"), "fisso")])
        pref.set_value(data.get("telefono_preferenziale") or "cellulare")
        self.fields["telefono_preferenziale"] = pref
        cg.addWidget(pref, 2, 0, Qt.AlignmentFlag.AlignTop)
        self.area.addWidget(card(label(self.tr("Recapiti"), "h2"), label(self.tr(
            "Controlli i recapiti: all'indirizzo e-mail arriverà la conferma del PIN dispositivo. Servono almeno un "
            "numero di telefono e un indirizzo e-mail."), "muted"), contacts))
        # Documento di identità.
        kind = ChoiceField(self.tr("Tipo di documento"), id_documents.F_KIND,
                           [(self.tr("Scelga il documento"), ""), (self.tr("Carta d'identità"), "carta_identita"),
                            (self.tr("Patente di guida"), "patente"), (self.tr("Passaporto"), "passaporto")])
        kind.set_value(str(data.get(id_documents.F_KIND) or ""))
        self.fields[id_documents.F_KIND] = kind
        doc = QWidget()
        dg = QGridLayout(doc)
        dg.setContentsMargins(0, 0, 0, 0)
        dg.addWidget(kind, 0, 0, Qt.AlignmentFlag.AlignTop)
        for i, (text, name, hint) in enumerate((
                ("Numero del documento", id_documents.F_NUMBER, "Per esempio CA12345AB, AX1234567, U1L69I902B"),
                ("Rilasciato da", id_documents.F_ISSUER, "Per esempio Comune di Pavia"),
                ("Data di scadenza", id_documents.F_EXPIRES, "gg/mm/aaaa"))):
            f = Field(self.tr(text), name, max_length=80, placeholder=self.tr(hint))
            f.set_value(str(data.get(name) or ""))
            self.fields[name] = f
            dg.addWidget(f, (i + 1) // 2, (i + 1) % 2, Qt.AlignmentFlag.AlignTop)
        self.area.addWidget(card(label(self.tr("Documento di identità"), "h2"), label(self.tr(
            "Indichi un documento di riconoscimento valido: dovrà allegarne la copia fronte/retro."), "muted"), doc))
        self.avanti2 = button(self.tr("Avanti"), self._confirm_clicked)
        self.area.addWidget(row(self.avanti2))
        self.focus_target = self.confirm_box

    def _values(self) -> dict:
        values = {name: widget.value() for name, widget in self.fields.items()}
        values[svc.CONFIRM_FIELD] = "1" if self.confirm_box.isChecked() else ""
        return values

    def _confirm_clicked(self) -> None:
        self.confirm(None)

    def confirm(self, values: dict | None) -> None:
        """Check the data and make the form. `values` (for tests) overrides the fields typed."""
        if values:
            for name, value in values.items():
                if name == svc.CONFIRM_FIELD:
                    self.confirm_box.setChecked(bool(value))
                elif name in self.fields:
                    self.fields[name].set_value(value)
        for widget in self.fields.values():
            widget.set_error("")
        self.confirm_error.hide()
        self._top(None)
        self.form_values = self._values()
        try:
            self.prepared = svc.prepare_request(self.world, self._citizen(), self.form_values)
        except ValidationError as exc:
            errors = dict(exc.errors)
            message = errors.pop(svc.CONFIRM_FIELD, None)
            if message:
                self.confirm_error.setText(self.service_text(message))
                self.confirm_error.setAccessibleName(self.confirm_error.text())
                self.confirm_error.show()
            self._top(self.error_summary(ValidationError(errors), self.fields, count=len(exc.errors)))
            focus_first_error(self.fields)
            return
        except ServiceError as exc:
            self._top(alert(self.service_text(exc.message), "error"))
            return
        self.show_form()

    # -- passo 3 --------------------------------------------------------------------------
    def show_form(self) -> None:
        self._begin(3)
        code = self.prepared.code
        self.area.addWidget(alert(self.tr("Il modulo di richiesta n. %1 è pronto.").replace("%1", code), "success"))
        self.open_button = button(self.tr("Apri il modulo (PDF)"), self.open_form)
        self.save_button = button(self.tr("Salva il modulo sul computer"), self.save_form, role="secondary")
        self.area.addWidget(card(
            label(self.tr("Cosa fare adesso"), "h2"),
            label(self.tr("1. Apra il modulo e lo salvi o lo stampi.")),
            label(self.tr("2. Sul foglio stampato scriva la data e firmi.")),
            label(self.tr("3. Scansioni il foglio firmato insieme alla copia fronte/retro del documento di "
                          "identità indicato.")),
            alert(self.service_text(svc.SINGLE_FILE_NOTE), "warning"),
            label(self.tr("In questa simulazione stampante, scanner e fax sono sulla «Scrivania» (menu «Il mio "
                          "mondo»). Da lì può anche inviare modulo e documento via fax al numero %1.").replace(
                "%1", svc.FAX_NUMBER_SHOWN), "muted"),
            row(self.open_button, self.save_button),
            row(button(self.tr("Apri la Scrivania (stampante e scanner)"), self.open_desk, role="secondary")),
        ))
        self.upload_step_button = button(self.tr("Avanti: carica il file"), self.go_to_upload)
        self.area.addWidget(row(self.upload_step_button))
        self.focus_target = self.open_button

    def open_desk(self) -> None:
        self.ctx.window.show_dock("DeskDock")

    def open_form(self) -> None:
        self.ctx.open_pdf(self.tr("Richiesta PIN dispositivo %1").replace("%1", self.prepared.code), self.prepared.pdf)

    def save_form(self):
        """«Salva il modulo sul computer»: into the «Documenti» folder of the simulated
        computer (never the real disk). Returns the SimFile, or None."""
        try:
            saved = my_documents.save(self.world, self._citizen(), self.prepared.filename, self.prepared.pdf,
                                      source="modulo")
        except ServiceError as exc:
            self._top(alert(self.service_text(exc.message), "error"))
            return None
        self._top(alert(self.tr("Modulo salvato nella cartella «%1» del computer: %2").replace(
            "%1", my_documents.FOLDER).replace("%2", saved.name), "success"))
        return saved

    # -- passo 4 --------------------------------------------------------------------------
    def go_to_upload(self) -> None:
        """«Avanti: carica il file»: the upload has its own address (?passo=carica)."""
        self.go(build_url(PIN_CONVERT_URL, passo=UPLOAD_STEP))

    def show_upload(self) -> None:
        self._begin(4)
        self.area.addWidget(label(self.tr(
            "Carichi il file PDF in cui sono presenti la richiesta da lei firmata e la scansione del suo "
            "documento di riconoscimento.")))
        self.area.addWidget(alert(self.service_text(svc.SINGLE_FILE_NOTE), "warning"))
        self.chooser = FileChooser(
            self.tr("Scegli il file da caricare"), self.tr("Carica il file"), lambda: self.world,
            lambda: self.citizen_id, multiple=True,
            empty_text=self.tr("La cartella Documenti è vuota: prima scansioni il modulo firmato insieme al "
                               "documento con la «Scrivania»."))
        self.chooser.chosen.connect(self.upload_files)
        self.area.addWidget(self.chooser)
        self.area.addWidget(label(self.tr("Sono accettati file PDF fino a %1 MB.").replace(
            "%1", str(svc.max_upload_bytes() // (1024 * 1024))), "muted"))
        self.area.addWidget(reconstruction_note(self.tr("Il limite di dimensione dei file non è documentato.")))
        self.area.addWidget(row(button(self.tr("Apri la Scrivania (stampante e scanner)"), self.open_desk,
                                       role="secondary"),
                                button(self.tr("Indietro"), self.show_form, role="secondary")))
        self.result_box = message_box(self.area)
        self.focus_target = self.chooser.action

    def upload(self, names: list[str]) -> bool:
        """Choose the files `names` of the folder and press «Carica il file» (for tests)."""
        if self.step != 4:
            self.show_upload()
        for name in names:
            self.chooser.choose(name)
        return bool(self.chooser.confirm()) and self.result_accepted

    def upload_files(self, file_ids: list) -> bool:
        """Upload the files chosen in the chooser. True when accepted."""
        self.result_accepted = False
        clear_layout(self.result_box)
        try:
            files = [my_documents.read(self.citizen_id, fid) for fid in file_ids]
            outcome = svc.submit_upload(self.world, self._citizen(), files)
        except svc.UploadRefused as exc:
            self.result = "\n".join(exc.reasons)
            box = alert(self.tr("Il file non è stato accettato:") + "\n" + "\n".join(
                "• " + self.service_text(r) for r in exc.reasons), "error")
            self.result_box.addWidget(box)
            return False
        except ServiceError as exc:
            self.result = exc.message
            self.result_box.addWidget(alert(self.service_text(exc.message), "error"))
            return False
        self.result = outcome.message
        self.result_accepted = True
        self.chooser = None
        clear_layout(self.area)
        self.step_label.setText(self.tr("Richiesta inviata"))
        self.step_label.setAccessibleName(self.step_label.text())
        self.area.addWidget(alert(self.service_text(outcome.message), "success"))
        self.area.addWidget(label(self.tr("Numero della richiesta: %1. Esito previsto entro: %2.").replace(
            "%1", outcome.code).replace("%2", outcome.confirm_at.strftime("%d/%m/%Y %H:%M"))))
        self.area.addWidget(reconstruction_note(self.tr("Le guide dicono «qualche ora»: il tempo esatto è ricostruito.")))
        self.area.addWidget(self.link(self.tr("Vai a MyINPS"), MYINPS_URL))
        return True

    def result_text(self) -> str:
        return self.result
