"""What the PIN lessons need from the world (plain pytest, no Qt): the starting states of
the scenario catalogue, the «Documenti» folder of the simulated computer, and the events
the lessons count as steps or mistakes."""
import pytest

from app.lessons import catalogue
from app.services import auth, contact_center, events, messages, my_documents, personas
from app.services import pin as pin_service
from app.services import pin_conversion, pin_request, printer_scanner, scenarios
from app.services.errors import ServiceError, ValidationError

PIN_LESSONS = ("home-inps", "richiedi-pin-online", "primo-accesso", "pin-dispositivo-online", "pin-dispositivo-fax",
               "pin-al-contact-center", "pin-in-sede", "pin-smarrito", "pin-scaduto")


def citizen(key):
    return auth.citizen_by_cf(personas.codice_fiscale_of(personas.persona(key)))


def kinds_since(world, last):
    return [e.kind for e in world.events.since(last)]


def test_the_pin_course_has_every_lesson_of_the_issue_in_order():
    course = dict(catalogue.by_course())["Il PIN INPS"]
    assert [lesson.key for lesson in course] == ["trova-il-sito", *PIN_LESSONS]
    for lesson in course:
        assert lesson.course == "Il PIN INPS" and catalogue.problems(lesson) == []
        for step in lesson.steps:
            assert step.target is not None, (lesson.key, step.text)
            assert step.understood or step.hint, (lesson.key, step.text)  # an action step has a hint
    assert [lesson.next for lesson in course][:-1] == [lesson.key for lesson in course][1:]


def test_pin_requested_online_puts_the_first_half_on_the_phone_and_the_letter_on_its_way(world):
    giovanni = citizen("senza_credenziali")
    done = scenarios.apply(world, "pin_richiesto_online")
    assert "lettera" in done
    record = pin_service.active_pin(giovanni)
    assert (record.state, record.kind, record.channel) == ("first_half_sent", "ordinario", "online")
    sms = messages.inbox(world, giovanni.id, ("sms",))
    assert sms and "prima parte del suo PIN" in sms[0].body
    assert messages.on_the_way(world, giovanni.id, ("letter",))
    with pytest.raises(ServiceError, match="ha già un PIN"):
        scenarios.apply(world, "pin_richiesto_online", "dipendente")


def test_conversion_form_ready_is_printable_at_the_desk(world):
    giulia = citizen("gestione_separata")
    scenarios.apply(world, "modulo_pin_dispositivo_pronto", "gestione_separata")
    forms = pin_conversion.prepared_forms(giulia)
    assert len(forms) == 1
    sheets = printer_scanner.print_pdf(world, pin_conversion.form_pdf(giulia, forms[0]["id"]))
    assert sheets[0].signable
    with pytest.raises(ServiceError):  # Maria's PIN is already dispositivo: nothing to convert
        scenarios.apply(world, "modulo_pin_dispositivo_pronto", "pensionata")


def test_the_documenti_folder_keeps_files_with_unique_names(world):
    luca = citizen("dipendente")
    last = world.events.last_id()
    pdf = pin_conversion.form_pdf(luca, pin_conversion.prepare_request(world, luca, {
        **pin_conversion.prefill(world, luca), "documento_tipo": "patente", "documento_numero": "U1M68F902K",
        "documento_rilasciato_da": "MIT-UCO", "documento_scadenza": "20/06/2025",
        pin_conversion.CONFIRM_FIELD: "1"}).document_id)
    first = my_documents.save(world, luca, "modulo.pdf", pdf, source="modulo")
    second = my_documents.save(world, luca, "../cartella/modulo.pdf", pdf, source="scanner")
    assert (first.name, second.name) == ("modulo.pdf", "modulo (2).pdf")
    assert first.fmt == "pdf" and first.pages == 1 and "1 pagina" in first.describe()
    assert [f.name for f in my_documents.files(world, luca.id)] == ["modulo (2).pdf", "modulo.pdf"]
    assert my_documents.read(luca.id, first.id) == ("modulo.pdf", pdf)
    assert my_documents.files(world, citizen("pensionata").id) == []  # each citizen has a computer
    with pytest.raises(ServiceError):
        my_documents.read(citizen("pensionata").id, first.id)
    with pytest.raises(ServiceError):
        my_documents.save(world, luca, "vuoto.pdf", b"", source="scanner")
    with pytest.raises(ServiceError):
        my_documents.save(world, luca, "  ", pdf, source="scanner")
    saved = [events.detail(e) for e in world.events.since(last, kinds=("desk.file_saved",))]
    assert [d["filename"] for d in saved] == ["modulo.pdf", "modulo (2).pdf"]


def test_refusals_the_lessons_count_as_mistakes_are_in_the_log(world):
    giovanni = citizen("senza_credenziali")
    last = world.events.last_id()
    with pytest.raises(ValidationError):
        pin_request.check_step1(world, "CNTGNN57E08M109X", "italiana")
    with pytest.raises(ValidationError):
        pin_request.validate_request(world, {"codice_fiscale": giovanni.codice_fiscale, "residenza": "italiana"})
    refused = [events.detail(e) for e in world.events.since(last, kinds=("pin.request.form_refused",))]
    assert [d["step"] for d in refused] == [1, 2] and "codice_fiscale" in refused[0]["fields"]
    with pytest.raises(ServiceError):
        contact_center.dial(world, giovanni, "803 164", "cellulare")
    with pytest.raises(ServiceError):
        contact_center.dial(world, giovanni, "02 1234", "fisso")
    dialled = [events.detail(e)["reason"] for e in world.events.since(last, kinds=("contact_center.dial_refused",))]
    assert dialled == ["verde_da_cellulare", "numero_sbagliato"]
    with pytest.raises(ValidationError):
        pin_service.change_pin(world, personas.codice_fiscale_of(personas.persona("dipendente")), "LUCA1968",
                               "LUCA1968", "LUCA1968")
    changed = [events.detail(e) for e in world.events.since(last, kinds=("pin.change_refused",))]
    assert changed and changed[0]["fields"] == ["new_pin"]


def test_the_riepilogo_and_the_document_on_the_glass_are_steps_in_the_log(world):
    luca = citizen("dipendente")
    last = world.events.last_id()
    from app.services import id_documents

    printer_scanner.identity_copy(world, luca, id_documents.wallet(luca)[0].id)
    assert events.detail(world.events.since(last, kinds=("desk.copy_placed",))[0]) == {
        "document": "patente", "sides": ["fronte", "retro"]}
    assert "pin.request.checked" not in kinds_since(world, last)


def test_the_upload_and_the_desk_never_open_the_operating_systems_file_dialog():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for module in ("ui/pages/pin_convert.py", "ui/docks/desk.py", "ui/widgets/file_chooser.py"):
        assert "QFileDialog" not in (root / module).read_text(encoding="utf-8"), module
