"""A worker process for the concurrency tests: one "window" on a learner's world.

    python tests/concurrency_worker.py TARGET guess-pin|guess-spid|guess-cns START_AT TRIES
    python tests/concurrency_worker.py TARGET write SECONDS LOGFILE

Guessing workers wait until START_AT (a time.time() value, so all start together), try
a wrong secret TRIES times (stopping when locked) and print how many of their tries were
checked against the secret. Writing workers do committing writes through the services
for SECONDS and log each committed operation to LOGFILE, one line each.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.services import security  # noqa: E402

security.set_fast_hashing(True)

from app.classroom import open_learner_world  # noqa: E402
from app.services import clock, cns, personas, settings, spid  # noqa: E402
from app.services import pin as pin_service  # noqa: E402
from app.services.errors import ServiceError  # noqa: E402


def _wait(start_at: float) -> None:
    while time.time() < start_at:
        time.sleep(0.002)


def guess_pin(world, tries: int) -> int:
    cf = personas.codice_fiscale_of(personas.persona("dipendente"))
    checked = 0
    for _ in range(tries):
        try:
            pin_service.login(world, cf, "ZZZZ9999")
        except pin_service.PinLoginError as exc:
            if exc.reason == "wrong" or (exc.locked and "volte di seguito" in exc.message):
                checked += 1
            if exc.locked:
                break
    return checked


def guess_spid(world, tries: int) -> int:
    checked = 0
    for _ in range(tries):
        flow = spid.start_login(world, "aquila")
        try:
            spid.submit_credentials(world, flow, "maria.bianchi", "Sbagliata.00")
        except spid.SpidError as exc:
            if exc.code == 19:  # this try was checked and locked the identity
                checked += 1
            break
        except ServiceError:
            checked += 1
    return checked


def guess_cns(world, tries: int) -> int:
    checked = 0
    for _ in range(tries):
        try:
            flow = cns.start_login(world)
            cns.choose_certificate(world, flow, cns.CERT_AUTH)
            cns.enter_pin(world, flow, "99999")
        except cns.CardBlockedError:
            break
        except ServiceError:
            checked += 1
    return checked


def write(world, seconds: float, log: Path) -> None:
    """Committing writes of several kinds, each logged after its commit."""
    end = time.time() + seconds
    n = 0
    with log.open("a", encoding="utf-8") as out:
        while time.time() < end:
            n += 1
            kind = n % 4
            if kind == 3:  # the classroom store too (a learner's progress lives there)
                learner = world.classroom.add_learner(f"Allievo {log.stem} {n}")
                out.write(f"learner {learner.id}\n")
            elif kind == 0:
                clock.advance_step(world, "1 ora")
                out.write(f"clock {n}\n")
            elif kind == 1:
                settings.set_value(f"test.writer.{log.stem}.{n}", str(n))
                out.write(f"setting test.writer.{log.stem}.{n}\n")
            else:
                event = world.events.record("session.extended")
                out.write(f"event {event.id}\n")
            out.flush()


def main(argv: list[str]) -> int:
    target, action = argv[0], argv[1]
    world = open_learner_world(target, learner="Io")
    try:
        if action == "write":
            write(world, float(argv[2]), Path(argv[3]))
            return 0
        _wait(float(argv[2]))
        tries = int(argv[3])
        checked = {"guess-pin": guess_pin, "guess-spid": guess_spid, "guess-cns": guess_cns}[action](world, tries)
        print(checked)
        return 0
    finally:
        world.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
