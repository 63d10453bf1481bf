"""What a lesson is: the data read from a file of data/lessons/ (see docs/LESSONS.md).

A lesson has a key, a title, a course, a starting state and steps. A step has one
instruction, a hint, a target (the widget to highlight: a scope and its Italian
accessible name), a completion condition on the world's event log (an event, maybe
with fields, or a page reached) or "Ho capito" for a step that only explains, and the
events that count as mistakes on that step.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Where a target lives: the page of the current tab, the browser's toolbar, the
# tutor's own panel, a dock (by its object name) or a dialog (by its object name).
SCOPES = ("page", "toolbar", "menu", "tutor", "dock", "dialog")
MODES = ("allenamento", "verifica")


@dataclass(frozen=True)
class Target:
    scope: str  # one of SCOPES
    name: str  # the accessible name, unique within the scope
    panel: str = ""  # for scope "dock" / "dialog": the object name of the dock or dialog

    @property
    def label(self) -> str:
        return f"{self.scope}:{self.panel + ':' if self.panel else ''}{self.name}"


@dataclass(frozen=True)
class Condition:
    """An event of kind `event` whose detail matches `where` (field -> value; a value
    ending in "*" matches by prefix), or a page reached (`page`: a URL prefix)."""

    event: str = ""
    where: tuple[tuple[str, str], ...] = ()
    page: str = ""

    def matches(self, kind: str, detail: dict) -> bool:
        if self.page:
            if kind != "page.visited":
                return False
            return _match(str(detail.get("url", "")), self.page if self.page.endswith("*") else self.page + "*")
        if kind != self.event:
            return False
        return all(_match(str(detail.get(k, "")), v) for k, v in self.where)


def _match(value: str, pattern: str) -> bool:
    if pattern.endswith("*"):
        return value.lower().startswith(pattern[:-1].lower())
    return value.lower() == pattern.lower()


@dataclass(frozen=True)
class Mistake:
    condition: Condition
    text: str  # what went wrong and how to fix it, kindly (Lei form)


@dataclass(frozen=True)
class Step:
    text: str
    hint: str = ""
    target: Target | None = None
    done: tuple[Condition, ...] = ()  # any of them completes the step
    understood: bool = False  # an explanatory step: "Ho capito"
    mistakes: tuple[Mistake, ...] = ()
    wait: str = ""  # a clock step the learner must make ("2 settimane"), said by the tutor


@dataclass(frozen=True)
class StartState:
    persona: str = ""  # the persona the learner impersonates ("Io sono")
    url: str = ""  # the page the lesson opens on
    scenarios: tuple[tuple[str, str], ...] = ()  # (scenario key, persona key or "")
    login: str = ""  # "" or a method ("pin_dispositivo", "pin_ordinario", "spid", "cns"): already logged in


@dataclass(frozen=True)
class Lesson:
    key: str
    title: str
    course: str
    order: int
    summary: str
    start: StartState
    steps: tuple[Step, ...]
    max_mistakes: int = 2  # Verifica: passed with at most this many mistakes
    next: str = ""  # the key of the lesson offered after this one
    source: str = ""  # the file it was read from
    seeds: tuple[str, ...] = field(default=())  # the seed guides it follows
