"""A lesson being done: the engine, the learner's world and the progress in the classroom.

- `start(world, key, mode)` puts the world in the lesson's starting state (the world is
  started over, then the lesson's named scenarios are applied), marks the learner's
  open lesson *interrotta* (one open lesson per learner) and opens a run;
- `resume(world)` finds the learner's open lesson, to go on "with the world as it was";
- `poll()` reads the world's events recorded since the last look (committed ones only)
  and feeds them to the engine; the progress is saved in the classroom store after each
  change, in its own transaction (never together with the world's).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from ..classroom.models import LessonRun
from ..services import events as events_mod
from ..services import scenarios
from .catalogue import lesson as lesson_by_key
from .engine import Feedback, Runner, RunState
from .model import Lesson

IDLE_GAP_SECONDS = 300  # a pause longer than this (program closed, learner away) is not counted


@dataclass(frozen=True)
class StartInfo:
    """What the window must do for the lesson's start: who the learner plays, where."""

    persona: str
    url: str
    login: str


def prepare_world(world, lesson_: Lesson) -> StartInfo:
    """The lesson's starting state in the learner's world (everything else starts over)."""
    world.reset()
    for key, persona in lesson_.start.scenarios:
        scenarios.apply(world, key, persona or None)
    return StartInfo(lesson_.start.persona, lesson_.start.url, lesson_.start.login)


class LessonSession:
    def __init__(self, world, lesson_: Lesson, run: LessonRun):
        self.world = world
        self.lesson = lesson_
        self.run_id = run.id
        self.mode = run.mode
        self.cursor = run.cursor
        self._last_saved = world.classroom.now()
        state = RunState(step=run.step, mistakes=run.mistakes, hints=run.hints,
                         step_mistakes=run.step_mistakes, state=run.state,
                         log=json.loads(run.log_json or "[]"))
        self.runner = Runner(lesson_, run.mode, state)
        self.real_seconds = run.real_seconds
        self.started_at = run.started_at
        self.sim_started = run.sim_started

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def start(cls, world, key: str, mode: str = "allenamento") -> tuple["LessonSession", StartInfo]:
        if mode not in ("allenamento", "verifica"):
            raise ValueError(mode)
        lesson_ = lesson_by_key(key)
        classroom, learner = world.classroom, world.learner
        now = classroom.now()
        (LessonRun.update(state="interrotta", updated_at=now)
         .where((LessonRun.learner == learner.id) & (LessonRun.state == "in_corso")).execute())
        info = prepare_world(world, lesson_)
        run = LessonRun.create(learner=learner.id, lesson_key=key, mode=mode, steps_total=len(lesson_.steps),
                               cursor=world.events.last_id(), started_at=now, updated_at=now,
                               sim_started=world.clock.now())
        return cls(world, lesson_, run), info

    @classmethod
    def resume(cls, world, key: str | None = None) -> "LessonSession | None":
        """The learner's open lesson (optionally: only if it is lesson `key`)."""
        query = LessonRun.select().where((LessonRun.learner == world.learner.id) & (LessonRun.state == "in_corso"))
        if key:
            query = query.where(LessonRun.lesson_key == key)
        run = query.order_by(LessonRun.id.desc()).first()
        if run is None:
            return None
        try:
            lesson_ = lesson_by_key(run.lesson_key)
        except KeyError:  # a lesson file removed since: the run cannot go on
            LessonRun.update(state="interrotta").where(LessonRun.id == run.id).execute()
            return None
        return cls(world, lesson_, run)

    # -- following the learner -------------------------------------------------------------------
    def poll(self) -> list[Feedback]:
        """Feed the engine with what happened in the world since the last look."""
        if self.runner.finished:
            return []
        out: list[Feedback] = []
        last = self.world.events.last_id()  # one cheap MAX(id): most polls find nothing new
        if last < self.cursor:  # the world was started over: a new log
            self.cursor = 0
        if last == self.cursor:
            return out
        for event in self.world.events.since(self.cursor):
            self.cursor = event.id
            out.extend(self.runner.feed(event.kind, events_mod.detail(event)))
            if self.runner.finished:
                break
        if out:
            self.save()
        elif last > self.cursor:  # (only if the log moved under us: never backwards)
            self.cursor = last
            self.save()
        return out

    def understood(self) -> list[Feedback]:
        out = self.runner.understood()
        if out:
            self.save()
        return out

    def hint(self) -> str | None:
        text = self.runner.hint()
        if text is not None:
            self.save()
        return text

    def restart(self) -> StartInfo:
        """"Ricomincia la lezione": the world back to the lesson's start, the steps from 1."""
        info = prepare_world(self.world, self.lesson)
        self.runner = Runner(self.lesson, self.mode)
        self.cursor = self.world.events.last_id()
        self.sim_started = self.world.clock.now()
        self.real_seconds = 0
        self.started_at = self.world.classroom.now()
        self.save()
        return info

    def leave(self) -> None:
        """"Esci dalla lezione": the run is interrupted (the world stays as it is)."""
        if not self.runner.finished:
            self.runner.state.state = "interrotta"
        self.save()

    # -- progress ---------------------------------------------------------------------------------
    def save(self) -> None:
        now = self.world.classroom.now()
        gap = (now - self._last_saved).total_seconds()
        if 0 < gap <= IDLE_GAP_SECONDS:
            self.real_seconds += int(gap)
        self._last_saved = now
        st = self.runner.state
        finished = self.runner.finished
        (LessonRun.update(step=st.step, mistakes=st.mistakes, hints=st.hints, step_mistakes=st.step_mistakes,
                          state=st.state, cursor=self.cursor, updated_at=now, real_seconds=self.real_seconds,
                          started_at=self.started_at, sim_started=self.sim_started,
                          finished_at=now if finished else None,
                          sim_finished=self.world.clock.now() if finished else None,
                          log_json=json.dumps(st.log, ensure_ascii=False))
         .where(LessonRun.id == self.run_id).execute())

    def summary(self) -> dict:
        """For the end screen and the attestato."""
        st = self.runner.state
        sim_now = self.world.clock.now()
        return {
            "lesson": self.lesson.title, "key": self.lesson.key, "course": self.lesson.course,
            "mode": self.mode, "state": st.state, "passed": self.runner.passed,
            "steps": len(self.lesson.steps), "mistakes": st.mistakes, "hints": st.hints,
            "real_seconds": self.real_seconds,
            "sim_elapsed": (sim_now - self.sim_started) if self.sim_started else dt.timedelta(0),
            "done": [s.text for s in self.lesson.steps[:st.step]],
            "max_mistakes": self.lesson.max_mistakes, "next": self.lesson.next,
        }


def lesson_states(classroom, learner_id: int) -> dict[str, str]:
    """For the lesson list: each lesson's best state for the learner ("nuova" when never
    started): completed or passed wins over in progress, which wins over interrupted."""
    rank = {"superata": 5, "completata": 4, "in_corso": 3, "non_superata": 2, "interrotta": 1}
    best: dict[str, str] = {}
    for run in LessonRun.select(LessonRun.lesson_key, LessonRun.state).where(LessonRun.learner == learner_id):
        if rank.get(run.state, 0) > rank.get(best.get(run.lesson_key, ""), 0):
            best[run.lesson_key] = run.state
    return best


def assignment_pending(world, assignment: dict | None) -> bool:
    """True when the trainer's assignment names a lesson the learner has not done yet
    (an Allenamento completed, a Verifica passed)."""
    if not assignment or not assignment.get("lesson_key"):
        return False
    state = lesson_states(world.classroom, world.learner.id).get(assignment["lesson_key"], "")
    done = ("superata",) if assignment.get("mode") == "verifica" else ("completata", "superata")
    return state not in done


def class_progress(classroom) -> list[dict]:
    """Every learner's runs, newest first per learner: for the trainer's console and report."""
    from ..classroom.models import Learner

    rows = []
    query = (LessonRun.select(LessonRun, Learner).join(Learner)
             .order_by(Learner.name, Learner.id, LessonRun.id.desc()))
    for run in query:
        rows.append({
            "learner_id": run.learner.id, "learner": run.learner.name, "lesson_key": run.lesson_key,
            "mode": run.mode, "state": run.state, "step": min(run.step + 1, run.steps_total),
            "steps_total": run.steps_total, "mistakes": run.mistakes, "hints": run.hints,
            "real_seconds": run.real_seconds, "updated_at": run.updated_at, "finished_at": run.finished_at,
        })
    return rows
