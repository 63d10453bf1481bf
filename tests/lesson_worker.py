"""A learner working in another process, for the trainer's console tests.

    python tests/lesson_worker.py TARGET NAME

Opens NAME's world on the classroom TARGET, starts the lesson trova-il-sito and then
does one thing per line read on stdin, printing "done <what>" once it is committed:
"understood" (Ho capito), "search" (searches inps: step 3), "mistake" (another search:
a mistake), "hint" (a hint), "finish" (opens the INPS site: the lesson is completed).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services import security  # noqa: E402

security.set_fast_hashing(True)

from app.classroom import open_learner_world  # noqa: E402
from app.lessons.session import LessonSession  # noqa: E402

PAGES = {
    "search": "https://www.cercalibero.sim/cerca?q=inps",
    "mistake": "https://www.cercalibero.sim/cerca?q=pensione",
    "finish": "https://www.inps.it/",
}


def main(target: str, name: str) -> None:
    world = open_learner_world(target, learner=name)
    session, _info = LessonSession.start(world, "trova-il-sito")
    print("done start", flush=True)
    for line in sys.stdin:
        what = line.strip()
        if not what:
            continue
        if what == "quit":
            break
        if what == "understood":
            session.understood()
        elif what == "hint":
            session.hint()
        elif what in PAGES:
            world.events.record("page.visited", url=PAGES[what], page_kind="page")
            session.poll()
        print(f"done {what}", flush=True)
    world.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
