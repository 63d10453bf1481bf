"""Reading and checking the lesson files of data/lessons/ (one TOML file per lesson)."""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

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


@lru_cache(maxsize=1)
def load_all(directory: Path = LESSONS_DIR) -> dict[str, Lesson]:
    """Every lesson, by key, in course and order sequence."""
    found = [parse(p.read_text(encoding="utf-8"), p.name) for p in sorted(directory.glob("*.toml"))]
    keys = [lesson.key for lesson in found]
    duplicates = {k for k in keys if keys.count(k) > 1}
    if duplicates:
        raise LessonFileError(f"duplicate lesson keys: {sorted(duplicates)}")
    found.sort(key=lambda lesson: (COURSES.index(lesson.course), lesson.order, lesson.key))
    return {lesson.key: lesson for lesson in found}


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
