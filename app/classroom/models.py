"""The classroom store's tables: learners, the trainer's settings, assignments and the
orders the console leaves for a learner's world. They live apart from every world (their
own SQLite file, or the ``classroom`` schema on the server), so no reset of a world ever
touches them, and they sit on their own proxy."""
from __future__ import annotations

import peewee as pw

classroom_proxy = pw.DatabaseProxy()


class ClassroomModel(pw.Model):
    class Meta:
        database = classroom_proxy
        legacy_table_names = False


class ClassroomVersion(ClassroomModel):
    version = pw.IntegerField()
    applied_at = pw.CharField()


class Learner(ClassroomModel):
    """A real person practising. `world` names their world: a file beside the classroom
    file (SQLite) or a schema on the server (PostgreSQL)."""

    name = pw.CharField()
    code = pw.CharField(unique=True)  # the short class code typed at a kiosk
    world = pw.CharField(default="")
    created_at = pw.DateTimeField()  # real time: the learner is a real person
    last_seen = pw.DateTimeField(null=True)


class ClassSetting(ClassroomModel):
    """The trainer's settings (idle time of the kiosks, the trainer code's hash, ...)."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()


class Assignment(ClassroomModel):
    """What the trainer gave a learner (or, with no learner, the whole class): a lesson
    with its mode, or a persona for free exploration."""

    learner = pw.ForeignKeyField(Learner, null=True, backref="assignments", on_delete="CASCADE")
    lesson_key = pw.CharField(null=True)
    mode = pw.CharField(default="allenamento")  # "allenamento" | "verifica"
    persona_key = pw.CharField(null=True)
    created_at = pw.DateTimeField()


class WorldOrder(ClassroomModel):
    """An order for a learner's world (reset it, inject a fault), applied by the process
    that has that world open: at once if one is running, at its next opening otherwise."""

    learner = pw.ForeignKeyField(Learner, backref="orders", on_delete="CASCADE")
    kind = pw.CharField()  # "reset" | "fault"
    payload_json = pw.TextField(default="{}")
    created_at = pw.DateTimeField()
    applied_at = pw.DateTimeField(null=True, index=True)
    outcome = pw.TextField(default="")


CLASSROOM_MODELS = [ClassroomVersion, Learner, ClassSetting, Assignment, WorldOrder]


class LessonRun(ClassroomModel):
    """One go at a lesson by a learner: where they are and how it went. Kept in the
    classroom store, so no reset of the world ever loses it; `cursor` is the id of the
    last world event the lesson engine has read."""

    learner = pw.ForeignKeyField(Learner, backref="runs", on_delete="CASCADE")
    lesson_key = pw.CharField(index=True)
    mode = pw.CharField(default="allenamento")
    state = pw.CharField(default="in_corso", index=True)  # see app.lessons.engine.RUN_STATES
    step = pw.IntegerField(default=0)  # the current step, from 0
    steps_total = pw.IntegerField(default=0)
    mistakes = pw.IntegerField(default=0)
    hints = pw.IntegerField(default=0)
    step_mistakes = pw.IntegerField(default=0)
    cursor = pw.IntegerField(default=0)
    started_at = pw.DateTimeField()  # real time
    updated_at = pw.DateTimeField()
    finished_at = pw.DateTimeField(null=True)
    real_seconds = pw.IntegerField(default=0)
    sim_started = pw.DateTimeField(null=True)  # the world's time
    sim_finished = pw.DateTimeField(null=True)
    log_json = pw.TextField(default="[]")  # what happened, step by step (for the console and the report)


CLASSROOM_MODELS.append(LessonRun)
