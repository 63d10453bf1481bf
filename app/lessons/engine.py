"""The lesson engine: decides from the world's event log where a learner is in a lesson.

Pure and Qt-free. `Runner.feed(kind, detail)` takes one event of the log (only events
already committed: the session reads them with `EventLog.since`), advances the step when
its condition is met and counts the step's mistakes; `understood()` is "Ho capito" for a
step that only explains; `hint()` gives the second, more explicit hint (never in
Verifica). Feedback says what the tutor should say, in Italian.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Lesson, Step

RUN_STATES = ("in_corso", "interrotta", "completata", "superata", "non_superata")
OFFER_WHERE_AFTER = 2  # mistakes on one step before the tutor offers "Mostra dove"


@dataclass
class RunState:
    step: int = 0
    mistakes: int = 0
    hints: int = 0
    step_mistakes: int = 0
    state: str = "in_corso"
    log: list = field(default_factory=list)


@dataclass(frozen=True)
class Feedback:
    kind: str  # "advanced", "mistake", "finished"
    text: str = ""
    offer_where: bool = False


class Runner:
    def __init__(self, lesson: Lesson, mode: str = "allenamento", state: RunState | None = None):
        self.lesson = lesson
        self.mode = mode
        self.state = state or RunState()

    # -- what the tutor shows ---------------------------------------------------------------
    @property
    def finished(self) -> bool:
        return self.state.state in ("completata", "superata", "non_superata")

    @property
    def step(self) -> Step | None:
        if self.finished or self.state.step >= len(self.lesson.steps):
            return None
        return self.lesson.steps[self.state.step]

    @property
    def position(self) -> tuple[int, int]:
        """(N, M) of "Passo N di M"."""
        total = len(self.lesson.steps)
        return (min(self.state.step + 1, total), total)

    @property
    def hints_allowed(self) -> bool:
        return self.mode != "verifica"

    @property
    def passed(self) -> bool | None:
        if self.mode != "verifica" or not self.finished:
            return None
        return self.state.state == "superata"

    # -- what the learner does -----------------------------------------------------------------
    def feed(self, kind: str, detail: dict) -> list[Feedback]:
        step = self.step
        if step is None:
            return []
        if any(c.matches(kind, detail) for c in step.done):
            return self._advance(f"evento {kind}")
        for mistake in step.mistakes:
            if mistake.condition.matches(kind, detail):
                self.state.mistakes += 1
                self.state.step_mistakes += 1
                self._log("mistake", kind)
                offer = self.hints_allowed and self.state.step_mistakes >= OFFER_WHERE_AFTER
                return [Feedback("mistake", mistake.text, offer_where=offer)]
        return []

    def understood(self) -> list[Feedback]:
        """"Ho capito": only for a step that explains (an action step cannot be skipped)."""
        step = self.step
        if step is None or not step.understood:
            return []
        return self._advance("ho capito")

    def hint(self) -> str | None:
        step = self.step
        if step is None or not self.hints_allowed:
            return None
        self.state.hints += 1
        self._log("hint", "")
        return step.hint or step.text

    def _advance(self, why: str) -> list[Feedback]:
        self._log("advanced", why)
        self.state.step += 1
        self.state.step_mistakes = 0
        if self.state.step < len(self.lesson.steps):
            return [Feedback("advanced")]
        if self.mode == "verifica":
            self.state.state = "superata" if self.state.mistakes <= self.lesson.max_mistakes else "non_superata"
        else:
            self.state.state = "completata"
        return [Feedback("finished")]

    def _log(self, what: str, detail: str) -> None:
        self.state.log.append({"step": self.state.step + 1, "what": what, "detail": detail})
