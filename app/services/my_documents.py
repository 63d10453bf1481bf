"""«Documenti»: the folder of the citizen's simulated computer (issue 9: "files are chosen
inside the world"). Qt-free.

What the learner saves while practising ends up here, never on the real disk: the scans
of the Scrivania, the request form of «Converti PIN» saved "sul computer". The in-program
file chooser (ui/widgets/file_chooser.py) lists these files for the upload of Converti PIN
and for the desk's «Stampa un file PDF»: a lesson can point at a file by its name, a test
can choose it, a kiosk never shows the operating system's dialog.

    f = my_documents.save(world, citizen, "scansione_modulo.pdf", pdf, source="scanner")
    my_documents.files(world, citizen.id)        # [SimFile], newest first
    name, data = my_documents.read(citizen.id, f.id)

Each file is a Document of kind FILE_KIND (the bytes in `pdf`, the rest in meta_json): the
world keeps it, a world reset removes it. Saving records ``desk.file_saved``.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
from dataclasses import dataclass

from app.i18n import _t
from app.models import Citizen, Document

from . import messages
from .errors import ServiceError

FILE_KIND = "file_computer"
FOLDER = _t("Documenti")
SOURCES = ("scanner", "modulo", "download")
MAX_NAME = 80
MAX_FILES = 200  # a folder that grows without end would make the chooser useless
KIND_LABELS = {"pdf": "PDF", "jpg": "immagine JPG", "png": "immagine PNG"}


@dataclass(frozen=True)
class SimFile:
    id: int
    name: str
    size: int
    fmt: str  # "pdf", "jpg", "png" or ""
    pages: int  # 0 when unknown (an image: 1)
    source: str
    saved_at: dt.datetime

    def describe(self) -> str:
        """"PDF, 2 pagine, 85 KB, salvato il 15/10/2018 alle 10:05"."""
        parts = [KIND_LABELS.get(self.fmt, "file")]
        if self.pages:
            parts.append("1 pagina" if self.pages == 1 else f"{self.pages} pagine")
        parts.append(size_text(self.size))
        parts.append(f"salvato il {self.saved_at:%d/%m/%Y} alle {self.saved_at:%H:%M}")
        return ", ".join(parts)


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} byte"
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def _fmt(data: bytes) -> str:
    head = bytes(data[:1024])
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head[:3] == b"\xff\xd8\xff":
        return "jpg"
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    return ""


def _pages(data: bytes, fmt: str) -> int:
    if fmt in ("jpg", "png"):
        return 1
    if fmt != "pdf":
        return 0
    try:
        from pypdf import PdfReader

        return len(PdfReader(io.BytesIO(data), strict=False).pages)
    except Exception:  # noqa: BLE001 - a damaged PDF is still a file: its pages are unknown
        return 0


def clean_name(name: str) -> str:
    """A file name the folder accepts: no folders, no control characters, not too long."""
    text = str(name or "").replace("\\", "/").rsplit("/", 1)[-1]
    text = re.sub(r"[\x00-\x1f\x7f<>:\"|?*]", "", text).strip().strip(".")
    if not text:
        raise ServiceError(_t("Scriva un nome per il file, per esempio scansione.pdf."), "nome")
    if len(text) > MAX_NAME:
        stem, dot, ext = text.rpartition(".")
        text = (stem[: MAX_NAME - len(ext) - 1] + "." + ext) if dot and len(ext) <= 4 else text[:MAX_NAME]
    return text


def _rows(citizen_id: int | None):
    if citizen_id is None:
        return []
    return list(Document.select().where((Document.kind == FILE_KIND) & (Document.citizen == citizen_id))
                .order_by(Document.created_at.desc(), Document.id.desc()))


def _view(doc: Document) -> SimFile:
    try:
        meta = json.loads(doc.meta_json or "{}")
    except ValueError:
        meta = {}
    return SimFile(id=doc.id, name=doc.title, size=int(meta.get("size") or len(doc.pdf or b"")),
                   fmt=str(meta.get("fmt", "")), pages=int(meta.get("pages") or 0),
                   source=str(meta.get("source", "")), saved_at=doc.created_at)


def files(world, citizen_id: int | None) -> list[SimFile]:
    """The files of the citizen's «Documenti» folder, newest first."""
    return [_view(d) for d in _rows(citizen_id)]


def _unique(citizen_id: int, name: str) -> str:
    taken = {d.title.lower() for d in _rows(citizen_id)}
    if name.lower() not in taken:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    n = 2
    while True:
        candidate = f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})"
        if candidate.lower() not in taken:
            return candidate
        n += 1


def save(world, citizen: Citizen, name: str, data: bytes, *, source: str) -> SimFile:
    """Save `data` as a new file of the folder. A name already used gets " (2)", " (3)"...
    as a real computer would offer; nothing is ever overwritten."""
    if citizen is None:
        raise ServiceError(_t("Scelga una persona in «Io sono»: è il suo computer."))
    if source not in SOURCES:
        raise ServiceError(_t("Provenienza del file sconosciuta: «{source}».", source=source))
    data = bytes(data or b"")
    if not data:
        raise ServiceError(_t("Il file è vuoto: non c'è niente da salvare."), "file")
    name = clean_name(name)
    if len(_rows(citizen.id)) >= MAX_FILES:
        raise ServiceError(_t("La cartella {folder} è piena ({max_files} file): ricominci la simulazione da capo "
                           "per svuotarla.", folder=FOLDER, max_files=MAX_FILES), "file")
    fmt = _fmt(data)
    pages = _pages(data, fmt)
    with world.db.atomic():
        final = _unique(citizen.id, name)
        doc = messages.store_document(world, citizen, FILE_KIND, final, data,
                                      meta={"size": len(data), "fmt": fmt, "pages": pages, "source": source,
                                            "folder": FOLDER})
        world.events.record("desk.file_saved", citizen, filename=final, source=source, size=len(data))
    return _view(doc)


def read(citizen_id: int | None, file_id: int) -> tuple[str, bytes]:
    """(name, bytes) of one of the citizen's files."""
    doc = Document.get_or_none((Document.id == file_id) & (Document.kind == FILE_KIND)
                               & (Document.citizen == citizen_id))
    if doc is None or doc.pdf is None:
        raise ServiceError(_t("Il file non è più nella cartella Documenti: lo scelga di nuovo dall'elenco."), "file")
    return doc.title, bytes(doc.pdf)


__all__ = ["FILE_KIND", "FOLDER", "SOURCES", "SimFile", "clean_name", "files", "read", "save", "size_text"]
