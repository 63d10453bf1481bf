"""The counter of the Sede INPS di Pavia (issue 3, item 10), as a window of its own:
a visit happens in the citizen's world, not in the browser.

Two roles:
- «Sono il cittadino»: fill and sign the MV35, show a document from the wallet, receive
  the sealed envelope (opened in the PDF viewer);
- «Sono l'operatore di sportello» (CAF trainees): choose a visitor, compare the person, the
  MV35 and the document, then assign the PIN or refuse with a reason.
Every rule is in app.services.sede.

Methods for tests and journeys (dialog = SedeCounterDialog):
    dialog.start_citizen() / dialog.fill_with_my_data() / dialog.set_document_fields(index)
    dialog.sign_box.setChecked(True) / dialog.hand_in() / dialog.show_document(index)
    dialog.open_envelope() -> the PdfViewer
    dialog.start_operator() / dialog.open_case(key) / dialog.accept_case() / dialog.refuse_case(reason)
    dialog.feedback_text()   # the last message shown (refusal, mistake, outcome)
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import auth, id_documents, sede
from app.services.errors import ServiceError, ValidationError

from .. import tokens as T
from .common import ChoiceField, Field, RadioGroup, alert, button, card, checkbox, clear_layout, heading, label, row


def _t(text: str) -> str:
    return QCoreApplication.translate("Sede", text)


def _service(text: str) -> str:
    from ..i18n import service_text

    return service_text(text)


# The MV35 fields shown, in order (names as app.services.sede.MV35_SECTIONS).
ANAGRAFICA = (("Cognome", "cognome"), ("Nome", "nome"), ("Codice fiscale", "codice_fiscale"),
              ("Data di nascita (gg/mm/aaaa)", "data_nascita"), ("Comune di nascita", "comune_nascita"),
              ("Provincia di nascita (sigla)", "provincia_nascita"))
RESIDENZA = (("Indirizzo", "indirizzo"), ("Numero civico", "civico"), ("CAP", "cap"), ("Comune", "comune"),
             ("Provincia (sigla)", "provincia"))
RECAPITI = (("Cellulare", "cellulare"), ("Telefono fisso", "telefono_fisso"), ("E-mail", "email"), ("PEC", "pec"))
DOCUMENTO = (("Numero del documento", id_documents.F_NUMBER), ("Rilasciato da", id_documents.F_ISSUER),
             ("Data di scadenza (gg/mm/aaaa)", id_documents.F_EXPIRES))


class SedeCounterDialog(QDialog):
    def __init__(self, window, mode: str = "citizen"):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("SedeCounterDialog")
        self.setWindowTitle(_t("Sede INPS di Pavia - sportello"))
        self.setAccessibleName(self.windowTitle())
        self.resize(980, 760)
        self.visit: sede.Visit | None = None
        self.outcome: sede.SedeOutcome | None = None
        self._feedback = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        band = label(_t("SIMULAZIONE - una visita di prova alla sede: persone e documenti sono di fantasia."))
        band.setObjectName("SimMarker")
        band.setStyleSheet(f"QLabel#SimMarker {{ background: {T.SIM_MARKER_BG}; color: {T.SIM_MARKER_TEXT}; "
                           f"font-weight: 700; padding: {T.S1}px {T.S3}px; }}")
        outer.addWidget(band)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("PageRoot")
        column = QVBoxLayout(inner)
        column.setContentsMargins(T.S6, T.S5, T.S6, T.S5)
        holder = QWidget()
        self.body = QVBoxLayout(holder)  # no alignment flag: wrapped labels get their full height
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(T.S3)
        column.addWidget(holder)
        column.addStretch(1)
        scroll.setWidget(inner)
        self.scroll = scroll
        outer.addWidget(scroll, 1)
        try:
            from ..theme import base_qss, page_qss

            large = bool(getattr(window, "large_text", False))
            self.setStyleSheet(base_qss(None, large) + page_qss(None, large))  # at the program's zoom
        except Exception:  # noqa: BLE001 - the look is optional, the counter works without it
            pass
        if mode == "operator":
            self.start_operator()
        else:
            self.start_citizen()

    # -- common ---------------------------------------------------------------------------
    @property
    def world(self):
        return self.window_.world

    def _begin(self, title: str, subtitle: str = "") -> None:
        clear_layout(self.body)
        self.body.addWidget(heading(title))
        self.body.addWidget(label(sede.SEDE_FULL, "muted"))
        if subtitle:
            self.body.addWidget(label(subtitle, "lead"))
        self.feedback_box = QVBoxLayout()
        self.body.addLayout(self.feedback_box)
        self.scroll.verticalScrollBar().setValue(0)

    def _feedback_show(self, text: str, kind: str) -> None:
        self._feedback = text
        clear_layout(self.feedback_box)
        if text:
            self.feedback_box.addWidget(alert(text, kind))
        self.scroll.verticalScrollBar().setValue(0)

    def feedback_text(self) -> str:
        return self._feedback

    def _roles(self) -> QWidget:
        return row(button(_t("Sono il cittadino"), self.start_citizen, role="secondary"),
                   button(_t("Sono l'operatore di sportello"), self.start_operator, role="secondary"))

    # -- citizen ---------------------------------------------------------------------------
    def start_citizen(self) -> None:
        self.outcome = None
        self._begin(_t("Allo sportello: richiesta del PIN dispositivo"),
                    _t("Compili e firmi il modulo MV35 «Richiesta assegnazione PIN dispositivo per il cittadino in "
                       "sede», poi lo consegni all'operatore insieme a un documento di identità valido."))
        self.body.addWidget(self._roles())
        person = self.window_.person_id
        if person is None:
            self._feedback_show(_t("Scelga una persona in «Io sono»: è lei che va in sede."), "info")
            return
        try:
            self.visit = sede.start_visit(self.world, auth.citizen_by_id(person))
        except ServiceError as exc:
            self.visit = None
            self._feedback_show(_service(exc.message), "info")
            return
        self._mv35_form()

    def _mv35_form(self) -> None:
        self.fields: dict = {}
        self.body.addWidget(label(_t("Modulo MV35 - facsimile didattico: i campi del modello reale possono essere "
                                     "diversi."), "muted"))
        self.body.addWidget(row(button(_t("Copia i miei dati dalla Scheda personale"), self.fill_with_my_data,
                                       role="secondary")))
        self.body.addWidget(self._section(_t("Sezione 1 - Dati anagrafici"), ANAGRAFICA, extra=[
            self._radio("sesso", _t("Sesso"), [(_t("Maschio"), "M"), (_t("Femmina"), "F")])]))
        self.body.addWidget(self._section(_t("Sezione 2 - Residenza"), RESIDENZA))
        self.body.addWidget(self._section(_t("Sezione 3 - Recapiti"), RECAPITI))
        kind = ChoiceField(_t("Tipo di documento"), id_documents.F_KIND, [
            (_t("Scelga il documento"), ""), (_t("Carta d'identità"), "carta_identita"),
            (_t("Patente di guida"), "patente"), (_t("Passaporto"), "passaporto")])
        self.fields[id_documents.F_KIND] = kind
        docs = id_documents.wallet(self.visit.visitor)
        self.wallet_docs = docs
        copy = ChoiceField(_t("Copia i dati da un documento del portafoglio"), "copia_documento",
                           [(_t("—"), "")] + [(id_documents.describe(d), str(i)) for i, d in enumerate(docs)])
        copy.input.currentIndexChanged.connect(lambda _i: copy.value() != "" and self.set_document_fields(int(copy.value())))
        for combo in (kind.input, copy.input):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.body.addWidget(self._section(_t("Sezione 4 - Documento di riconoscimento"), DOCUMENTO,
                                          before=[copy, kind]))
        self.sign_box = checkbox(_t("Firmo il modulo (la firma va messa davanti all'operatore)"))
        self.sign_error = label("", "error")
        self.sign_error.hide()
        self.body.addWidget(card(label(_t("Sezione 5 - Dichiarazione e firma"), "h3"), label(_t(
            "Chiedo l'assegnazione di un PIN dispositivo. La richiesta è presentata personalmente: non sono ammesse "
            "deleghe. Dichiaro che i dati riportati sono veri.")), self.sign_box, self.sign_error))
        self.hand_in_button = button(_t("Consegna il modulo allo sportello"), self.hand_in)
        self.body.addWidget(row(self.hand_in_button))

    def _radio(self, name: str, text: str, options) -> RadioGroup:
        group = RadioGroup(text, name, options)
        self.fields[name] = group
        return group

    def _section(self, title: str, items, extra=(), before=()) -> QFrame:
        grid = QWidget()
        g = QGridLayout(grid)
        g.setContentsMargins(0, 0, 0, 0)
        widgets = list(before)
        for text, name in items:
            f = Field(_t(text), name, max_length=80)
            self.fields[name] = f
            widgets.append(f)
        widgets += list(extra)
        for i, w in enumerate(widgets):
            g.addWidget(w, i // 2, i % 2, Qt.AlignmentFlag.AlignTop)
        return card(label(title, "h3"), grid)

    def fill_with_my_data(self) -> None:
        data = sede.person_data(self.visit.visitor)
        for name, widget in self.fields.items():
            if name in data and data[name] is not None:
                widget.set_value(str(data[name]))

    def set_document_fields(self, index: int) -> None:
        doc = self.wallet_docs[index]
        self.fields[id_documents.F_KIND].set_value(doc.kind)
        self.fields[id_documents.F_NUMBER].set_value(doc.number)
        self.fields[id_documents.F_ISSUER].set_value(doc.issuer)
        self.fields[id_documents.F_EXPIRES].set_value(doc.expires.strftime("%d/%m/%Y"))

    def hand_in(self) -> bool:
        for widget in self.fields.values():
            widget.set_error("")
        self.sign_error.hide()
        values = {name: widget.value() for name, widget in self.fields.items()}
        values["residenza"] = "italiana"
        values["firma"] = "1" if self.sign_box.isChecked() else ""
        try:
            sede.fill_mv35(self.world, self.visit, values)
        except ValidationError as exc:
            errors = dict(exc.errors)
            if "firma" in errors:
                self.sign_error.setText(_service(errors.pop("firma")))
                self.sign_error.setAccessibleName(self.sign_error.text())
                self.sign_error.show()
            rest = []
            for name, message in errors.items():
                if name in self.fields:
                    self.fields[name].set_error(_service(message))
                else:
                    rest.append(_service(message))
            self._feedback_show("\n".join([_t("L'operatore le restituisce il modulo: ci sono %1 dati da correggere, "
                                              "segnati in rosso.").replace("%1", str(len(exc.errors)))] + rest), "error")
            return False
        except ServiceError as exc:
            self._feedback_show(_service(exc.message), "error")
            return False
        self._document_step()
        return True

    def _document_step(self) -> None:
        self._begin(_t("Allo sportello: il documento di identità"),
                    _t("L'operatore ha ricevuto il modulo MV35 firmato e le chiede un documento di identità."))
        self.body.addWidget(label(_t("Quale documento mostra all'operatore?"), "fieldlabel"))
        self.doc_buttons = []
        for i, doc in enumerate(id_documents.wallet(self.visit.visitor)):
            b = button(_t("Mostra: %1").replace("%1", id_documents.describe(doc)),
                       lambda _=False, i=i: self.show_document(i), role="secondary")
            self.doc_buttons.append(b)
            self.body.addWidget(row(b))

    def show_document(self, index: int) -> bool:
        docs = id_documents.wallet(self.visit.visitor)
        try:
            outcome = sede.show_document(self.world, self.visit, docs[index].id)
        except ServiceError as exc:
            self._feedback_show(_service(exc.message), "error")
            return False
        if not outcome.accepted:
            self._feedback_show(_service(outcome.message), "error")
            return False
        self.outcome = outcome
        self._begin(_t("Il PIN dispositivo le è stato consegnato"))
        self._feedback_show(_service(outcome.message), "success")
        self.body.addWidget(row(button(_t("Apri la busta"), self.open_envelope),
                                button(_t("Vedi il modulo MV35"), self.open_mv35, role="secondary")))
        self.body.addWidget(label(_t("La busta è anche nella sua Cassetta postale, per rileggerla quando vuole."),
                                  "muted"))
        self.body.addWidget(row(button(_t("Esci dalla sede"), self.close, role="secondary")))
        return True

    def open_envelope(self):
        return self.window_.open_pdf(_t("Busta chiusa con il PIN dispositivo"), self.outcome.envelope_pdf)

    def open_mv35(self):
        return self.window_.open_pdf(_t("Modulo MV35"), self.outcome.mv35_pdf)

    # -- operator ---------------------------------------------------------------------------
    def start_operator(self) -> None:
        self.outcome = None
        self.visit = None
        self._begin(_t("Sportello: assegnazione del PIN dispositivo"),
                    _t("Lei è l'operatore. Per ogni persona controlli che il documento sia valido (non scaduto), "
                       "che sia della persona che ha davanti e che sia quello scritto nel modulo MV35. Poi assegni "
                       "il PIN oppure rifiuti la richiesta spiegando il motivo."))
        self.body.addWidget(self._roles())
        self.body.addWidget(label(_t("Persone in attesa"), "h3"))
        for case in sede.start_operator(self.world):
            self.body.addWidget(row(button(_t("Chiama: %1").replace("%1", case["title"]),
                                           lambda _=False, k=case["key"]: self.open_case(k), role="secondary")))

    def open_case(self, key: str) -> None:
        self.visit = sede.open_case(self.world, key)
        view = sede.case_view(self.world, self.visit)
        self._begin(_t("Sportello: %1").replace("%1", self.visit.title),
                    _t("Oggi è il %1.").replace("%1", view["oggi"]))
        person = view["persona"]
        cols = QWidget()
        h = QHBoxLayout(cols)
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(T.S4)
        who = card(label(_t("La persona allo sportello"), "h3"),
                   label(_t("Si presenta come: %1").replace("%1", person["dice_di_essere"])),
                   label(_t("Dice di essere nata/o il %1").replace("%1", person["nato_il"])))
        who.layout().addStretch(1)
        h.addWidget(who, 1)
        doc = view["documento"]
        h.addWidget(card(label(_t("Il documento esibito"), "h3"),
                         *[label(f"{_t(k)}: {v}") for k, v in (
                             ("Tipo", doc["tipo"]), ("Numero", doc["numero"]), ("Intestatario", doc["intestatario"]),
                             ("Nato/a il", f"{doc['nato_il']} a {doc['luogo_nascita']}"),
                             ("Codice fiscale", doc["codice_fiscale"]), ("Rilasciato da", doc["rilasciato_da"]),
                             ("Data di scadenza", doc["scadenza"]))]), 1)
        self.body.addWidget(cols)
        mv35 = [label(_t("Il modulo MV35 consegnato"), "h3")]
        for title, rows in view["mv35"]:
            mv35.append(label(title, "fieldlabel"))
            mv35.append(label(" · ".join(f"{name}: {value or '—'}" for name, value in rows)))
        self.body.addWidget(card(*mv35))
        self.reason = ChoiceField(_t("Motivo del rifiuto"), "motivo", [(_t("Scelga il motivo"), "")] + [
            (_service(text), key) for key, text in sede.REFUSAL_REASONS.items()])
        self.accept_button = button(_t("Identità verificata: assegna il PIN dispositivo"), self.accept_case)
        self.refuse_button = button(_t("Rifiuta la richiesta"), self._refuse_clicked, role="danger")
        self.body.addWidget(card(label(_t("La sua decisione"), "h3"), row(self.accept_button),
                                 self.reason, row(self.refuse_button)))
        self.body.addWidget(row(button(_t("Torna alle persone in attesa"), self.start_operator, role="secondary")))

    def accept_case(self) -> bool:
        try:
            outcome = sede.operator_accept(self.world, self.visit, _t("Operatore di sportello"))
        except sede.OperatorMistake as exc:
            self._feedback_show(_service(exc.message), "warning")
            return False
        except ServiceError as exc:
            self._feedback_show(_service(exc.message), "error")
            return False
        self.outcome = outcome
        self._decided(_service(outcome.message), "success")
        return True

    def _refuse_clicked(self) -> None:
        self.refuse_case(self.reason.value())

    def refuse_case(self, reason: str) -> bool:
        try:
            outcome = sede.operator_refuse(self.world, self.visit, reason, _t("Operatore di sportello"))
        except sede.OperatorMistake as exc:
            self._feedback_show(_service(exc.message), "warning")
            return False
        except ServiceError as exc:
            self._feedback_show(_service(exc.message), "error")
            return False
        self.outcome = outcome
        self._decided(_service(outcome.message), "success")
        return True

    def _decided(self, text: str, kind: str) -> None:
        self.accept_button.setEnabled(False)
        self.refuse_button.setEnabled(False)
        self._feedback_show(text, kind)
        if self.outcome and self.outcome.accepted:
            self.feedback_box.addWidget(row(button(_t("Vedi la busta consegnata"), self.open_envelope,
                                                   role="secondary")))
