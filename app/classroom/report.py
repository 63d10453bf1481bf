"""The class's progress, for the trainer's console and the class report (PDF and CSV).

Qt-free. Everything is read from the classroom store (learners, lesson runs,
assignments): the console never opens a learner's world.

- `overview(classroom)`: one entry per learner, with the lesson they are on and every
  lesson they tried (the newest go at each), for the console's live list;
- `class_report(classroom)`: the same, plus a summary per lesson, for the report;
- `csv_bytes(report)`: one row per learner and lesson (semicolons, UTF-8 with BOM,
  as Italian spreadsheets expect); `save(classroom, folder)` writes the PDF and the CSV.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from ..lessons import catalogue
from ..lessons.session import class_progress

STATE_LABELS = {
    "in_corso": "In corso",
    "interrotta": "Interrotta",
    "completata": "Completata",
    "superata": "Superata",
    "non_superata": "Non superata",
    "": "Nessuna lezione",
}
MODE_LABELS = {"allenamento": "Allenamento", "verifica": "Verifica"}
FINISHED = ("completata", "superata", "non_superata")


def lesson_title(key: str) -> str:
    try:
        return catalogue.lesson(key).title
    except KeyError:
        return key  # a lesson file removed since: its key is all there is


def format_seconds(seconds: int) -> str:
    """Real time spent, as a trainer reads it: "45 s", "12 min 05 s", "1 h 03 min"."""
    seconds = max(0, int(seconds or 0))
    if seconds < 60:
        return f"{seconds} s"
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def format_moment(moment: dt.datetime | None, now: dt.datetime) -> str:
    """"oggi alle 10:32", "ieri alle 9:05", "12/10/2024 alle 9:05", or "mai"."""
    if moment is None:
        return "mai"
    if isinstance(moment, str):  # SQLite may hand back text
        moment = dt.datetime.fromisoformat(moment)
    days = (now.date() - moment.date()).days
    clock = f"{moment.hour}:{moment.minute:02d}"
    if days == 0:
        return f"oggi alle {clock}"
    if days == 1:
        return f"ieri alle {clock}"
    return f"{moment:%d/%m/%Y} alle {clock}"


@dataclass(frozen=True)
class LessonProgress:
    """A learner's newest go at one lesson."""

    lesson_key: str
    mode: str
    state: str
    step: int  # the current step, from 1 (the last one when finished)
    steps_total: int
    mistakes: int
    hints: int
    real_seconds: int
    updated_at: dt.datetime | None
    finished_at: dt.datetime | None
    attempts: int = 1

    @property
    def title(self) -> str:
        return lesson_title(self.lesson_key)

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)

    @property
    def mode_label(self) -> str:
        return MODE_LABELS.get(self.mode, self.mode)

    @property
    def steps_done(self) -> int:
        if self.state in ("completata", "superata"):
            return self.steps_total
        return max(0, min(self.step - 1, self.steps_total))

    @property
    def step_label(self) -> str:
        if self.state in FINISHED:
            return f"{self.steps_done} passi su {self.steps_total}"
        return f"Passo {self.step} di {self.steps_total}"

    @property
    def time_label(self) -> str:
        return format_seconds(self.real_seconds)


@dataclass(frozen=True)
class LearnerProgress:
    learner_id: int
    name: str
    code: str
    label: str  # the name, with the number when another learner has the same name
    last_seen: dt.datetime | None
    lessons: tuple[LessonProgress, ...] = ()  # the current one first, then newest first
    assignment: dict | None = None

    @property
    def current(self) -> LessonProgress | None:
        return self.lessons[0] if self.lessons else None

    @property
    def last_activity(self) -> dt.datetime | None:
        moments = [m for m in [self.last_seen, *(lp.updated_at for lp in self.lessons)] if m is not None]
        moments = [dt.datetime.fromisoformat(m) if isinstance(m, str) else m for m in moments]
        return max(moments) if moments else None

    @property
    def assignment_label(self) -> str:
        return assignment_label(self.assignment)


def assignment_label(assignment: dict | None) -> str:
    if not assignment:
        return "Nessun compito"
    parts = []
    if assignment.get("lesson_key"):
        parts.append(f"{lesson_title(assignment['lesson_key'])} ({MODE_LABELS.get(assignment['mode'], '')})")
    if assignment.get("persona_key"):
        parts.append(f"persona: {persona_name(assignment['persona_key'])}")
    return "; ".join(parts) or "Esplorazione libera"


def persona_name(key: str) -> str:
    from ..services import personas

    try:
        p = personas.persona(key)
    except KeyError:
        return key
    return f"{p['nome']} {p['cognome']}"


def overview(classroom) -> list[LearnerProgress]:
    """Every learner, with their lessons: for the console's live list."""
    classroom.activate()
    learners = classroom.learners()
    names = [lr.name.lower() for lr in learners]
    runs: dict[int, dict[str, list[dict]]] = {}
    for row in class_progress(classroom):  # newest first per learner
        runs.setdefault(row["learner_id"], {}).setdefault(row["lesson_key"], []).append(row)
    out = []
    for info in learners:
        lessons = []
        for key, tries in runs.get(info.id, {}).items():
            newest = tries[0]
            lessons.append(LessonProgress(
                lesson_key=key, mode=newest["mode"], state=newest["state"], step=newest["step"],
                steps_total=newest["steps_total"], mistakes=newest["mistakes"], hints=newest["hints"],
                real_seconds=newest["real_seconds"], updated_at=newest["updated_at"],
                finished_at=newest["finished_at"], attempts=len(tries)))
        lessons.sort(key=lambda lp: (lp.state != "in_corso", -_stamp(lp.updated_at)))
        label = info.label if names.count(info.name.lower()) > 1 else info.name
        out.append(LearnerProgress(info.id, info.name, info.code, label, info.last_seen, tuple(lessons),
                                   classroom.assignment_for(info.id)))
    return out


def _stamp(moment) -> float:
    if moment is None:
        return 0.0
    if isinstance(moment, str):
        moment = dt.datetime.fromisoformat(moment)
    return moment.timestamp()


@dataclass(frozen=True)
class LessonSummary:
    lesson_key: str
    title: str
    steps_total: int
    rows: tuple[tuple[str, LessonProgress], ...]  # (learner label, progress)
    counts: dict = field(default_factory=dict)  # state -> how many learners

    @property
    def average_mistakes(self) -> float:
        return sum(p.mistakes for _, p in self.rows) / len(self.rows) if self.rows else 0.0

    @property
    def text(self) -> str:
        n = len(self.rows)
        states = ", ".join(f"{STATE_LABELS[s].lower()} {c}" for s, c in self.counts.items() if c)
        mean = f"{self.average_mistakes:.1f}".replace(".", ",")
        who = "1 allievo" if n == 1 else f"{n} allievi"
        return f"{who} ({states}); errori in media: {mean}."


@dataclass(frozen=True)
class ClassReport:
    where: str
    generated_at: dt.datetime
    learners: tuple[LearnerProgress, ...]
    lessons: tuple[LessonSummary, ...]

    @property
    def without_lessons(self) -> list[str]:
        return [lp.label for lp in self.learners if not lp.lessons]


def class_report(classroom) -> ClassReport:
    learners = overview(classroom)
    by_lesson: dict[str, list[tuple[str, LessonProgress]]] = {}
    for lp in learners:
        for progress in lp.lessons:
            by_lesson.setdefault(progress.lesson_key, []).append((lp.label, progress))
    order = list(catalogue.load_all())
    keys = sorted(by_lesson, key=lambda k: (order.index(k) if k in order else len(order), k))
    summaries = []
    for key in keys:
        rows = tuple(by_lesson[key])
        counts = {s: sum(1 for _, p in rows if p.state == s) for s in STATE_LABELS if s}
        total = max((p.steps_total for _, p in rows), default=0)
        summaries.append(LessonSummary(key, lesson_title(key), total, rows, counts))
    return ClassReport(where_label(classroom.target), classroom.now(), tuple(learners), tuple(summaries))


def where_label(target: str) -> str:
    """The classroom's name for the report, never with a password."""
    from .. import db as dbmod

    if dbmod.is_postgres_url(target):
        from urllib.parse import urlsplit

        parts = urlsplit(target)
        name = parts.path.lstrip("/") or "postgres"
        return f"server dell'aula {parts.hostname or 'locale'}, database {name}"
    return f"file dell'aula {Path(target).name}"


CSV_HEADER = ["Allievo", "Numero", "Codice", "Lezione", "Chiave lezione", "Modalità", "Stato", "Passo",
              "Passi", "Passi completati", "Errori", "Aiuti", "Tempo", "Secondi", "Tentativi",
              "Ultima attività", "Finita", "Compito assegnato"]


def csv_rows(report: ClassReport) -> list[list[str]]:
    rows = [CSV_HEADER]
    for lp in report.learners:
        if not lp.lessons:
            rows.append([lp.name, str(lp.learner_id), lp.code, "", "", "", STATE_LABELS[""], "", "", "", "", "",
                         "", "", "0", _iso(lp.last_seen), "", lp.assignment_label])
        for p in lp.lessons:
            rows.append([lp.name, str(lp.learner_id), lp.code, p.title, p.lesson_key, p.mode_label, p.state_label,
                         str(p.step), str(p.steps_total), str(p.steps_done), str(p.mistakes), str(p.hints),
                         p.time_label, str(p.real_seconds), str(p.attempts), _iso(p.updated_at),
                         _iso(p.finished_at), lp.assignment_label])
    return rows


def _iso(moment) -> str:
    if moment is None:
        return ""
    if isinstance(moment, str):
        return moment
    return moment.strftime("%d/%m/%Y %H:%M")


def csv_bytes(report: ClassReport) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows(csv_rows(report))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def default_folder() -> Path:
    """Where the report goes unless the trainer says otherwise: Documenti/Palestra INPS
    (or the program's data directory when there is no Documents folder)."""
    import platformdirs

    try:
        documents = Path(platformdirs.user_documents_dir())
    except Exception:  # noqa: BLE001 - an odd desktop set-up must not stop the console
        documents = None
    if documents is not None and documents.is_dir():
        return documents / "Palestra INPS"
    from ..paths import user_data_dir

    return user_data_dir() / "rapporti"


def save(classroom, folder: str | Path) -> tuple[Path, Path]:
    """Write the class report as PDF and CSV in `folder` (created if needed); returns the
    two paths. Raises ClassroomError with an Italian message when the folder is unusable."""
    from ..pdf.class_report import class_report_pdf
    from . import ClassroomError

    text = str(folder).strip()
    if not text:
        raise ClassroomError("Scriva la cartella in cui salvare il rapporto.")
    target = Path(text).expanduser()
    report = class_report(classroom)
    stem = f"rapporto-classe-{report.generated_at:%Y-%m-%d-%H%M}"
    try:
        target.mkdir(parents=True, exist_ok=True)
        pdf_path, csv_path = target / f"{stem}.pdf", target / f"{stem}.csv"
        pdf_path.write_bytes(class_report_pdf(report))
        csv_path.write_bytes(csv_bytes(report))
    except OSError as exc:
        raise ClassroomError(f"Non riesco a salvare nella cartella «{target}» ({exc.strerror or exc}). "
                             "Scelga un'altra cartella, per esempio i Documenti.") from exc
    return pdf_path, csv_path


@dataclass(frozen=True)
class OrderInfo:
    """An order the console left for a learner's world, and what became of it."""

    id: int
    learner: str
    kind: str
    what: str
    created_at: dt.datetime | None
    applied_at: dt.datetime | None
    outcome: str

    @property
    def status(self) -> str:
        if self.applied_at is None:
            return "In attesa: sarà eseguito appena il mondo dell'allievo è aperto."
        return self.outcome or "Eseguito."


def order_label(kind: str, payload: dict) -> str:
    if kind == "reset":
        return "Mondo ricominciato da capo"
    if kind == "fault":
        from ..services import scenarios

        scenario = scenarios.CATALOGUE.get(payload.get("fault", ""))
        name = scenario.label if scenario else payload.get("fault", "")
        persona = payload.get("persona") or (scenario.default_persona if scenario else "")
        return f"{name} ({persona_name(persona)})" if persona else name
    return kind


def recent_orders(classroom, limit: int = 8) -> list[OrderInfo]:
    """The newest orders, newest first (for the console's list of what was asked)."""
    import json

    from .models import Learner, WorldOrder

    classroom.activate()
    query = (WorldOrder.select(WorldOrder, Learner).join(Learner).order_by(WorldOrder.id.desc()).limit(limit))
    out = []
    for order in query:
        payload = json.loads(order.payload_json or "{}")
        out.append(OrderInfo(order.id, order.learner.name, order.kind, order_label(order.kind, payload),
                             order.created_at, order.applied_at, order.outcome))
    return out
