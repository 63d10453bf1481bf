"""Reading and checking the lesson files of data/lessons/ (one TOML file per lesson)."""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path

from ..paths import DATA_DIR
from .model import MODES, SCOPES, Condition, Lesson, Mistake, StartState, Step, Target

LESSONS_DIR = DATA_DIR / "lessons"

# The courses, in the order the welcome screen shows them.
COURSES = (
    "Il PIN INPS",
    "Entrare con SPID e CNS",
    "Il Fascicolo e i documenti",
    "Per chi lavora allo sportello",
)


class LessonFileError(ValueError):
    """A lesson file that cannot be used; the message names the file and the problem."""


def _condition(raw: dict, where_from: str) -> Condition:
    if not isinstance(raw, dict):
        raise LessonFileError(f"{where_from}: a condition is a table (event = ..., or page = ...)")
    unknown = set(raw) - {"event", "where", "page"}
    if unknown:
        raise LessonFileError(f"{where_from}: unknown keys {sorted(unknown)}")
    if bool(raw.get("event")) == bool(raw.get("page")):
        raise LessonFileError(f"{where_from}: give either event or page")
    where = tuple(sorted((str(k), str(v)) for k, v in (raw.get("where") or {}).items()))
    return Condition(event=str(raw.get("event", "")), where=where, page=str(raw.get("page", "")))


def _target(raw, where_from: str) -> Target | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not raw.get("name") or raw.get("scope") not in SCOPES:
        raise LessonFileError(f"{where_from}: target needs scope (one of {', '.join(SCOPES)}) and name")
    if raw["scope"] in ("dock", "dialog") and not raw.get("panel"):
        raise LessonFileError(f"{where_from}: a {raw['scope']} target needs panel (its object name)")
    return Target(str(raw["scope"]), str(raw["name"]), str(raw.get("panel", "")))


def parse(text: str, source: str = "") -> Lesson:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LessonFileError(f"{source}: {exc}") from exc
    for needed in ("key", "title", "course", "steps"):
        if not raw.get(needed):
            raise LessonFileError(f"{source}: missing {needed}")
    if raw["course"] not in COURSES:
        raise LessonFileError(f"{source}: unknown course {raw['course']!r} (one of {COURSES})")
    start_raw = raw.get("start") or {}
    scenarios = tuple((str(s[0]), str(s[1]) if len(s) > 1 else "") for s in start_raw.get("scenarios", ()))
    start = StartState(persona=str(start_raw.get("persona", "")), url=str(start_raw.get("url", "")),
                       scenarios=scenarios, login=str(start_raw.get("login", "")))
    steps = []
    for n, s in enumerate(raw["steps"], 1):
        at = f"{source} step {n}"
        if not s.get("text"):
            raise LessonFileError(f"{at}: missing text")
        done = tuple(_condition(c, at) for c in s.get("done", ()))
        understood = bool(s.get("understood", False))
        if bool(done) == understood:
            raise LessonFileError(f"{at}: give either done conditions or understood = true")
        mistakes = tuple(Mistake(_condition({k: v for k, v in m.items() if k != "text"}, at), str(m.get("text", "")))
                         for m in s.get("mistakes", ()))
        if any(not m.text for m in mistakes):
            raise LessonFileError(f"{at}: every mistake needs a text that says how to fix it")
        steps.append(Step(text=str(s["text"]).strip(), hint=str(s.get("hint", "")).strip(),
                          target=_target(s.get("target"), at), done=done, understood=understood,
                          mistakes=mistakes, wait=str(s.get("wait", ""))))
    return Lesson(key=str(raw["key"]), title=str(raw["title"]), course=str(raw["course"]),
                  order=int(raw.get("order", 100)), summary=str(raw.get("summary", "")).strip(),
                  start=start, steps=tuple(steps), max_mistakes=int(raw.get("max_mistakes", 2)),
                  next=str(raw.get("next", "")), source=source,
                  seeds=tuple(str(s) for s in raw.get("seeds", ())))


# The lessons read, by folder: (signature of the files, lessons). A file changed, added or
# removed (a trainer's edit) changes the signature, and the folder is read again.
_read: dict[Path, tuple[tuple, dict[str, Lesson]]] = {}
_CODE = (Path(__file__), Path(__file__).with_name("model.py"))  # what a saved copy was made by


def _signature(files: list[Path]) -> tuple:
    """Name, size and modification time of every lesson file and of the code that reads them."""
    out = []
    for path in (*_CODE, *files):
        st = path.stat()
        out.append((str(path), st.st_size, st.st_mtime_ns))
    return tuple(out)


def _cache_file(directory: Path) -> Path:
    import platformdirs

    from ..paths import APP_NAME

    name = hashlib.sha256(str(directory.resolve()).encode()).hexdigest()[:16]
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / f"lessons-{name}.pickle"


def _saved(directory: Path, signature: tuple) -> dict[str, Lesson] | None:
    """The lessons as last read from these very files (a copy in the user's cache folder:
    parsing the TOML files is most of the cost at start-up), or None."""
    try:
        with open(_cache_file(directory), "rb") as fh:
            saved_signature, lessons = pickle.load(fh)
    except Exception:  # noqa: BLE001 - no copy, an unreadable one, one of another version: read the files
        return None
    return lessons if saved_signature == signature and isinstance(lessons, dict) else None


def _save(directory: Path, signature: tuple, lessons: dict[str, Lesson]) -> None:
    try:
        target = _cache_file(directory)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".lessons-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((signature, lessons), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)  # whole or not at all, also with two programs starting at once
    except OSError:
        pass  # a read-only home: the files are parsed at every start, that is all


def _parse_all(files: list[Path]) -> dict[str, Lesson]:
    found = [parse(p.read_text(encoding="utf-8"), p.name) for p in files]
    keys = [lesson.key for lesson in found]
    duplicates = {k for k in keys if keys.count(k) > 1}
    if duplicates:
        raise LessonFileError(f"duplicate lesson keys: {sorted(duplicates)}")
    found.sort(key=lambda lesson: (COURSES.index(lesson.course), lesson.order, lesson.key))
    return {lesson.key: lesson for lesson in found}


def load_all(directory: Path = LESSONS_DIR) -> dict[str, Lesson]:
    """Every lesson, by key, in course and order sequence. Read again whenever a lesson
    file was changed, added or removed since the last time."""
    files = sorted(directory.glob("*.toml"))
    signature = _signature(files)
    known = _read.get(directory)
    if known is not None and known[0] == signature:
        return known[1]
    lessons = _saved(directory, signature)
    if lessons is None:
        lessons = _parse_all(files)
        _save(directory, signature, lessons)
    _read[directory] = (signature, lessons)
    return lessons


def lesson(key: str) -> Lesson:
    lessons = load_all()
    if key not in lessons:
        raise KeyError(key)
    return lessons[key]


def by_course() -> list[tuple[str, list[Lesson]]]:
    lessons = list(load_all().values())
    return [(c, [x for x in lessons if x.course == c]) for c in COURSES if any(x.course == c for x in lessons)]


def problems(lesson_: Lesson) -> list[str]:
    """What in a lesson refers to things that do not exist (events, fields, personas,
    scenarios, the next lesson). Targets and pages are checked by the GUI tests."""
    from ..services import events, personas, scenarios

    out = []
    persona_keys = {p["key"] for p in personas.load_personas()}
    if lesson_.start.persona and lesson_.start.persona not in persona_keys:
        out.append(f"unknown persona {lesson_.start.persona!r}")
    for key, persona in lesson_.start.scenarios:
        if key not in scenarios.CATALOGUE:
            out.append(f"unknown scenario {key!r}")
        if persona and persona not in persona_keys:
            out.append(f"unknown persona {persona!r} for scenario {key!r}")
    if lesson_.next and lesson_.next not in load_all():
        out.append(f"unknown next lesson {lesson_.next!r}")
    for n, step in enumerate(lesson_.steps, 1):
        conditions = list(step.done) + [m.condition for m in step.mistakes]
        for c in conditions:
            if c.event:
                kind = events.CATALOGUE.get(c.event)
                if kind is None:
                    out.append(f"step {n}: undeclared event {c.event!r}")
                    continue
                for name, _value in c.where:
                    if name not in kind.fields:
                        out.append(f"step {n}: event {c.event!r} has no field {name!r}")
        if step.wait:
            from ..services.clock import STEPS

            if step.wait not in STEPS:
                out.append(f"step {n}: unknown clock step {step.wait!r}")
    if lesson_.max_mistakes < 0:
        out.append("max_mistakes must be 0 or more")
    return out


__all__ = ["COURSES", "MODES", "LessonFileError", "by_course", "lesson", "load_all", "parse", "problems"]
