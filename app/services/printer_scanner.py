"""The citizen's desk in the simulated world: a printer, a pen, a scanner (and, through
pin_conversion, a fax). Qt-free.

Paper is modelled as immutable `Sheet` values that the UI keeps while the learner works:

    sheets = print_pdf(world, form_pdf)              # one sheet per page
    signed = sign_and_date(world, sheets[0], citizen)  # "Data: 15/10/2018", "Firma: Luca Ferrari"
    copy = identity_copy(world, citizen, doc_id)       # the card on the scanner glass, fronte/retro
    pdf = scan(world, [signed, copy])                  # ONE real PDF with both
    two = [scan(world, [signed]), scan(world, [copy])] # ...or two separate files (refused later)
    jpg = scan(world, [signed], fmt="jpg")             # an image of one sheet

Scanned pages are real PDFs (reportlab) whose text carries machine-readable lines: the
printed text of the form, "Data: dd/mm/yyyy" and "Firma: <name>" once signed, and for the
document copy "COPIA DOCUMENTO DI IDENTITÀ", "Lato: FRONTE" / "Lato: RETRO", "Numero: ...",
"Intestatario: ...", "Codice fiscale: ...", "Scadenza: ...". The upload review
(pin_conversion.review_files) reads them back with pypdf.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
from dataclasses import dataclass

from app.i18n import _t
from app.models import Citizen

from . import id_documents
from .errors import ServiceError

SIGNABLE_MARK = "Firma del richiedente"
COPY_MARK = "COPIA DOCUMENTO DI IDENTITÀ"
SIDES = ("fronte", "retro")
IMAGE_FORMATS = ("jpg", "png")
MAX_PRINT_PAGES = 20


@dataclass(frozen=True)
class Sheet:
    """A sheet of paper on the desk.

    kind: "printed" (a page that came out of the printer) or "id_copy" (an identity
    document laid on the scanner glass). `lines` is the printed text; `signature` and
    `signed_on` what the citizen wrote by hand; `document` the card's data for an id_copy.
    """

    kind: str
    title: str
    lines: tuple[str, ...] = ()
    signable: bool = False
    signature: str = ""
    signed_on: dt.date | None = None
    document: tuple[tuple[str, str], ...] = ()  # (label, value) pairs of an id_copy, in order
    sides: tuple[str, ...] = ()
    # A printed sheet keeps the PDF page it came from, so that the scan looks like the
    # paper (the original page with the handwriting on top); `anchor` is where the line
    # "Luogo e data ... Firma del richiedente" is on that page (points from bottom-left).
    source: bytes = dataclasses.field(default=b"", repr=False, compare=False)
    page_index: int = 0
    anchor: tuple[float, float] | None = None

    @property
    def signed(self) -> bool:
        return bool(self.signature)

    def describe(self) -> str:
        """A short Italian description for lists on the desk."""
        if self.kind == "id_copy":
            sides = " e ".join(self.sides)
            return f"{self.title} ({sides})"
        state = []
        if self.signed_on:
            state.append(f"datato {self.signed_on:%d/%m/%Y}")
        if self.signature:
            state.append(f"firmato da {self.signature}")
        if self.signable and not state:
            state.append("da firmare")
        return self.title + (f" - {', '.join(state)}" if state else "")


def _page_texts(pdf: bytes) -> list[tuple[str, tuple[float, float] | None]]:
    """Each page's text and the position of its signature line (if any)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(pdf), strict=False)
        if reader.is_encrypted:
            raise ServiceError(_t("La stampante non può stampare un PDF protetto da password."), "file")
        pages = list(reader.pages)
        if len(pages) > MAX_PRINT_PAGES:
            raise ServiceError(_t("Il documento ha {n_pages} pagine: la stampante di casa ne stampa "
                               "al massimo {max_print_pages} per volta.", n_pages=len(pages), max_print_pages=MAX_PRINT_PAGES), "file")
        result = []
        for page in pages:
            found: list[tuple[float, float]] = []

            def visitor(text, cm, tm, font_dict, font_size, found=found):
                if "Luogo e data" in (text or "") and not found:
                    found.append((cm[4] + tm[4], cm[5] + tm[5]))

            text = page.extract_text(visitor_text=visitor) or ""
            result.append((text, found[0] if found else None))
        return result
    except ServiceError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError):
        raise ServiceError(_t("La stampante non riesce a leggere il file: non è un PDF valido."), "file") from None


def print_pdf(world, pdf: bytes) -> list[Sheet]:
    """Print a PDF: one sheet per page, with the page's text. Pages with the line
    "Firma del richiedente" can be signed."""
    if not pdf or not bytes(pdf[:1024]).lstrip().startswith(b"%PDF-"):
        raise ServiceError(_t("La stampante non riesce a leggere il file: non è un PDF."), "file")
    sheets = []
    for number, (text, anchor) in enumerate(_page_texts(bytes(pdf)), start=1):
        lines = tuple(line.rstrip() for line in text.splitlines() if line.strip())
        title = next((line for line in lines if line.isupper() and len(line) > 10 and "SIMULAZIONE" not in line),
                     lines[0] if lines else f"Pagina {number}")
        already_signed = any(line.lstrip().startswith("Firma: ") for line in lines)
        if already_signed:
            title += " (copia di un foglio già firmato)"
        sheets.append(Sheet(kind="printed", title=f"{title} (pag. {number})" if number > 1 else title,
                            lines=lines,
                            signable=not already_signed and any(SIGNABLE_MARK in line for line in lines),
                            source=bytes(pdf), page_index=number - 1, anchor=anchor))
    if not sheets:
        raise ServiceError(_t("Il documento non ha pagine da stampare."), "file")
    world.events.record("desk.printed", pages=len(sheets), title=sheets[0].title)
    return sheets


def sign(world, sheet: Sheet, citizen: Citizen) -> Sheet:
    """The citizen signs the sheet with their own name."""
    if not sheet.signable:
        raise ServiceError(_t("Su questo foglio non c'è uno spazio per la firma."), "firma")
    if sheet.signature:
        raise ServiceError(_t("Il foglio è già firmato."), "firma")
    world.events.record("desk.signed", citizen, title=sheet.title)
    return dataclasses.replace(sheet, signature=f"{citizen.nome} {citizen.cognome}")


def write_date(world, sheet: Sheet) -> Sheet:
    """Write today's (simulated) date next to "Luogo e data"."""
    if not sheet.signable:
        raise ServiceError(_t("Su questo foglio non c'è uno spazio per la data."), "data")
    if sheet.signed_on:
        raise ServiceError(_t("La data è già scritta sul foglio."), "data")
    return dataclasses.replace(sheet, signed_on=world.clock.today())


def sign_and_date(world, sheet: Sheet, citizen: Citizen) -> Sheet:
    """Write the date and sign (seed 003: "stampare il modulo, datarlo e firmarlo")."""
    if sheet.signable and sheet.signed_on is None:
        sheet = write_date(world, sheet)
    return sign(world, sheet, citizen)


def identity_copy(world, citizen: Citizen, document_id: int, sides: tuple[str, ...] = SIDES) -> Sheet:
    """Lay one of the citizen's identity documents on the scanner glass: the copy shows
    `sides` (both by default: seed 002 wants the "copia fronte/retro")."""
    doc = id_documents.wallet_document(citizen, document_id)
    chosen = tuple(s for s in SIDES if s in sides)
    if not chosen:
        raise ServiceError(_t("Scelga almeno un lato del documento da copiare: fronte o retro."), "lati")
    label = id_documents.KIND_LABELS.get(doc.kind, doc.kind)
    pairs = (
        ("Tipo", label),
        ("Numero", doc.number),
        ("Intestatario", f"{citizen.nome} {citizen.cognome}"),
        ("Nato/a il", f"{citizen.data_nascita:%d/%m/%Y} a {citizen.luogo_nascita}"),
        ("Codice fiscale", citizen.codice_fiscale),
        ("Rilasciato da", doc.issuer),
        ("Data di rilascio", f"{doc.issued:%d/%m/%Y}"),
        ("Scadenza", f"{doc.expires:%d/%m/%Y}"),
    )
    world.events.record("desk.copy_placed", citizen, document=doc.kind, sides=list(chosen))
    return Sheet(kind="id_copy", title=f"Copia {label} n. {doc.number}", document=pairs, sides=chosen)


def scan(world, sheets: list[Sheet], *, fmt: str = "pdf") -> bytes:
    """Scan the sheets in order into ONE file: a PDF (one page per sheet) or, for a single
    sheet, a JPG/PNG image."""
    from app.pdf import scanner as render

    sheets = list(sheets)
    if not sheets:
        raise ServiceError(_t("Metta almeno un foglio nello scanner."), "fogli")
    if fmt == "pdf":
        data = render.scan_pdf(sheets, world.clock.now())
    elif fmt in IMAGE_FORMATS:
        if len(sheets) > 1:
            raise ServiceError(_t("Un'immagine contiene un solo foglio: per scansionare più fogli in un "
                               "unico file scelga il formato PDF."), "formato")
        data = render.scan_image(sheets[0], fmt)
    else:
        raise ServiceError(_t("Formato di scansione sconosciuto: scelga PDF, JPG o PNG."), "formato")
    world.events.record("desk.scanned", pages=len(sheets), fmt=fmt, size=len(data))
    return data


def suggested_filename(sheets: list[Sheet], fmt: str = "pdf") -> str:
    kinds = {s.kind for s in sheets}
    if kinds == {"printed", "id_copy"}:
        base = "richiesta_pin_dispositivo_con_documento"
    elif kinds == {"id_copy"}:
        base = "copia_documento"
    else:
        base = "scansione_modulo"
    return f"{base}.{fmt}"
