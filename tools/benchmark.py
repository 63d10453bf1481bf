"""Palestra INPS benchmark: one run measures, on this machine,

1. cold start to the first painted main window (on a file main() shows the whole window at
   once, its start page in it; an older checkout may show its frame first), and to the start
   page painted ("ready"), against a bare PySide6 window started the same way in the same run;
2. the whole process until the start page has painted (what main() does: main.before_qt,
   main.launch, the first paint of the page; an existing world), against the bare
   window's whole process: time ratio (target 2 or less) and peak memory of each
   (target: bare + 50 MiB);
3. the median page switch (navigate -> page built and painted; target 16 ms or less);
4. the journeys' page switches until the page area has painted (home,
   Autenticazione, PIN menu, Istruzioni, MyINPS, the 45-year persona's Fascicolo,
   La mia pensione futura, the lesson pages): p50 / p95 (target p95 16 ms), and
   Indietro / Avanti to a page already seen (target 5 ms);
5. the lesson engine's cost per recorded event over a whole lesson (target 1 ms);
6. PDF generation (PIN letter, CU, ObisM, estratto conto of the 45-year persona);
7. the Fascicolo of the 45-year persona (tools/bench_fascicolo.py);
8. a classroom: 30 kiosk processes against one PostgreSQL, p50/p95 per action
   (tools/bench_classroom.py);
9. the crash harness with 100 kill -9 (tests/unit/test_crash.py; CI runs 30).

    python tools/benchmark.py [--runs 7] [--json out.json] [--root OTHER_CHECKOUT]

Start-up runs alternate app and bare window in fresh processes (offscreen
platform, same interpreter, same environment); each figure is a median. The
machine may be shared: compare figures of one run (the ratios), not of two runs.
`--root` measures another checkout of the program (e.g. `git worktree add
/tmp/base <commit>`) with this benchmark, to compare before and after in one go.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if "--root" in sys.argv[:-1]:  # measure another checkout (before/after comparisons)
    ROOT = Path(sys.argv[sys.argv.index("--root") + 1]).resolve()
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("Palestra")); w.resize(1400, 900)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True); app.quit()
        return False
f = F(); w.installEventFilter(f)
w.show(); app.exec()
"""

# What main() does for the whole process before Qt (main.before_qt: the cycle collector's
# rule, the Qt-free modules first).
AS_MAIN_DOES = """
import main
if hasattr(main, "before_qt"):
    main.before_qt()
else:  # an older checkout (--root)
    try:
        from ui import collector
        collector.enable()
    except ImportError:
        pass
"""

APP = r"""
import sys, time
sys.path.insert(0, {root!r})
{as_main}from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from main import launch
w = launch(["--db", {db!r}, "--no-state"])  # what main() does: the frame first, then the world
seen = set()
def saw(what):
    if what not in seen:
        seen.add(what)
        print(what, flush=True)
    if seen == {{"PAINTED", "READY"}}:
        app.quit()
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: saw("PAINTED"))
        return False
f = F(); w.installEventFilter(f)
def ready():
    if w.world is not None and w.current_tab() is not None and w.current_tab().page is not None:
        w.current_tab().page.repaint()
        saw("READY")
    else:
        QTimer.singleShot(1, ready)
QTimer.singleShot(0, ready)
app.exec()
"""


# Whole processes, each until its window's content has painted once; both print their
# peak memory (ru_maxrss, KiB on Linux) at that moment and quit.
BARE_PROCESS = r"""
import resource, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); label = QLabel("Palestra"); w.setCentralWidget(label); w.resize(1400, 900)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("PAINTED", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True); app.quit()
        return False
f = F(); label.installEventFilter(f)
w.show(); app.exec()
"""

APP_PROCESS = r"""
import resource, sys
sys.path.insert(0, {root!r})
{as_main}from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from main import launch
w = launch(["--db", {db!r}, "--no-state"])  # what main() does (an older checkout: the frame, then the world)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("PAINTED", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True); app.quit()
        return False
f = F()
def watch():
    tab = w.current_tab()
    if tab is not None and tab.page is not None:
        tab.page.installEventFilter(f)
    else:
        QTimer.singleShot(0, watch)
watch()
app.exec()
"""


def _whole_process(code: str, env: dict) -> tuple[float, float, float]:
    """(ms from the launch to the first paint of the content, peak RSS in MiB then, ms from
    the launch to the end of the process). Start-up ends at the paint: the line is read as
    it comes, so the process's own exit (freeing the window) is reported apart."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-u", "-c", code], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    painted = line = None
    for out in proc.stdout:
        if out.startswith("PAINTED"):
            painted, line = (time.perf_counter() - start) * 1000, out
    error = proc.stderr.read()
    proc.wait(timeout=120)
    ended = (time.perf_counter() - start) * 1000
    if painted is None:
        raise RuntimeError(f"no paint: {error[-2000:]}")
    return painted, int(line.split()[1]) / 1024, ended


def bench_whole_process(runs: int, db: Path) -> dict:
    """Start-up of the whole program (existing world) against a bare Qt window's, in
    alternating fresh processes; medians."""
    _compile_once()
    env = _start_env()
    app_code = APP_PROCESS.format(root=str(ROOT), db=str(db), as_main=AS_MAIN_DOES)
    _whole_process(BARE_PROCESS, env)  # warm the OS file cache for both
    _whole_process(app_code, env)
    bare, app, bare_mib, app_mib, bare_end, app_end = [], [], [], [], [], []
    for _ in range(runs):
        ms, mib, end = _whole_process(BARE_PROCESS, env)
        bare.append(ms)
        bare_mib.append(mib)
        bare_end.append(end)
        ms, mib, end = _whole_process(app_code, env)
        app.append(ms)
        app_mib.append(mib)
        app_end.append(end)
    b, a = statistics.median(bare), statistics.median(app)
    bm, am = statistics.median(bare_mib), statistics.median(app_mib)
    be, ae = statistics.median(bare_end), statistics.median(app_end)
    return {"bare_process_ms": round(b, 1), "app_process_ms": round(a, 1), "ratio": round(a / b, 2),
            "bare_peak_mib": round(bm, 1), "app_peak_mib": round(am, 1), "extra_mib": round(am - bm, 1),
            "bare_until_exit_ms": round(be, 1), "app_until_exit_ms": round(ae, 1),
            "targets": {"ratio": 2.0, "extra_mib": 50}}


def _time_process(code: str, env: dict) -> tuple[float, float]:
    """(ms to the first paint of the main window, ms to the start page shown and usable),
    both from the launch of the process."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-u", "-c", code], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    painted = ready = None
    for line in proc.stdout:
        now = (time.perf_counter() - start) * 1000
        if line.startswith("PAINTED") and painted is None:
            painted = now
        elif line.startswith("READY"):
            ready = now
    proc.wait(timeout=120)
    if painted is None:
        raise RuntimeError(f"no paint: {proc.stderr.read()[-2000:]}")
    return painted, ready if ready is not None else painted


def _start_env() -> dict:
    """The environment of the start-up processes: offscreen, on a described 1920×1080 screen
    (the offscreen platform's own is 800×600: the main window would fit itself to it, while
    the bare window is 1400×900)."""
    from tools.screenshots import screen_config

    return dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen_config(1920, 1080)}")


def _compile_once() -> None:
    """Python normally caches compiled bytecode after the first run; this environment may
    forbid writing it (PYTHONDONTWRITEBYTECODE), so compile once as an installed copy would be."""
    import compileall

    for folder in ("app", "ui"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)
    compileall.compile_file(str(ROOT / "main.py"), quiet=1)


def bench_startup(runs: int, db: Path) -> dict:
    _compile_once()
    env = _start_env()
    bare, app, app_ready = [], [], []
    _time_process(BARE, env)  # warm the OS file cache for both
    _time_process(APP.format(root=str(ROOT), db=str(db), as_main=AS_MAIN_DOES), env)
    for _ in range(runs):
        bare.append(_time_process(BARE, env)[0])
        painted, ready = _time_process(APP.format(root=str(ROOT), db=str(db), as_main=AS_MAIN_DOES), env)
        app.append(painted)
        app_ready.append(ready)
    b, a, r = statistics.median(bare), statistics.median(app), statistics.median(app_ready)
    return {"bare_window_ms": round(b, 1), "app_window_ms": round(a, 1), "ratio": round(a / b, 2),
            "app_ready_ms": round(r, 1), "ready_ratio": round(r / b, 2)}


def bench_page_switch(db: Path, rounds: int = 5) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from main import build_main_window
    from tests.helpers import login_as
    from ui import urls

    window = build_main_window(["--db", str(db), "--no-state"])
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    public = [urls.START_URL, urls.HOME_URL, urls.LOGIN_URL, urls.PIN_MENU_URL, urls.INSTRUCTIONS_URL,
              urls.START_URL + "cerca?q=inps", "https://www.inps.it/contatti"]
    private = [urls.MYINPS_URL, urls.FASCICOLO_URL]
    tab = window.current_tab()

    def measure(addresses, rounds: int = rounds) -> list[float]:
        times = []
        for _ in range(rounds):
            for url in addresses:
                start = time.perf_counter()
                tab.navigate(url)
                tab.page.repaint()  # built, laid out and painted
                times.append((time.perf_counter() - start) * 1000)
                app.processEvents()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as exec() would
        return times

    anonymous = measure(public)
    login_as(window, "pensionata", "pin_dispositivo")
    logged = measure(private)
    # Every registered page once per round (logged in as the 45-year pensioner).
    from ui.browser import router
    from ui.pages import load_all

    load_all()  # the window imports a page's module only when its address is asked for
    everything = [f"https://{r.host}{r.path}" for r in sorted(router.routes(), key=lambda r: (r.host, r.path))
                  if not r.path.endswith("/esci")]
    per_page = measure(everything, rounds=3)
    window.close()
    journey = anonymous + logged
    return {
        "page_switch_median_ms": round(statistics.median(journey), 2),
        "page_switch_p90_ms": round(sorted(journey)[int(len(journey) * 0.9) - 1], 2),
        "myinps_fascicolo_median_ms": round(statistics.median(logged), 2),
        "all_pages_median_ms": round(statistics.median(per_page), 2),
        "all_pages": len(everything),
        "switches": len(journey) + len(per_page),
    }


def _as_main_does() -> None:
    """The process-wide settings main() makes before the window (the cycle collector's)."""
    try:
        from ui import collector
    except ImportError:  # an older checkout (--root)
        return
    collector.enable()


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def bench_journeys(db: Path, rounds: int = 5) -> dict:
    """Page switches of the journeys until the page area has painted (what the learner
    waits for: built, laid out, painted, the old page put away), and Indietro / Avanti
    to pages already seen. Logged in as the 45-year persona for the private pages."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from main import build_main_window
    from tests.helpers import login_as
    from ui import urls

    _as_main_does()
    window = build_main_window(["--db", str(db), "--no-state", "--start", urls.START_URL])
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    tab = window.current_tab()
    login_as(window, "pensionata", "pin_dispositivo")
    journey = {
        "home": urls.HOME_URL, "autenticazione": urls.LOGIN_URL, "pin_menu": urls.PIN_MENU_URL,
        "istruzioni": urls.INSTRUCTIONS_URL, "myinps": urls.MYINPS_URL, "fascicolo": urls.FASCICOLO_URL,
        "pensione_futura": urls.PENSIONE_FUTURA_URL, "lezioni": urls.WELCOME_URL, "nome": urls.LEARNER_NAME_URL,
    }

    class Painted(QObject):
        """The frame is on screen once the page's paint is over. The page's paint event
        starts it (its children and the rest of the window paint in the same pass); a call
        queued then runs right after the pass and marks the end. Queued at that moment, it
        runs before what the page itself left for after its paint (the rest of a long list:
        Page.after_painted), which the learner does not wait for; it may run after other
        calls queued before, so the figure errs on the slow side."""

        def __init__(self):
            super().__init__()
            self.painted, self.done = False, None

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = True
                QTimer.singleShot(0, self._end)
            return False

        def _end(self) -> None:
            self.done = (time.perf_counter(), time.process_time())

    def idle() -> None:
        """What the event loop does before the learner's next click: pending events, those
        they post in turn (a page's rest added after its paint asks for a layout: Qt's
        processEvents() leaves what is posted during it for the next turn), then the objects
        waiting for deleteLater() (processEvents() alone, outside exec(), leaves them)."""
        for _ in range(10):  # a layout request travels up a widget per turn
            app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def until_painted(action) -> tuple[float, float]:
        """(wall ms, CPU ms): CPU time counts only this process, so it says more than
        the wall clock when other programs share the machine."""
        start, cpu = time.perf_counter(), time.process_time()
        action()
        watcher = Painted()
        tab.page.installEventFilter(watcher)  # after the page's own: it is asked first
        tab.page.update()
        while watcher.done is None and time.perf_counter() - start < 5:
            app.processEvents()
        tab.page.removeEventFilter(watcher)
        wall, used = watcher.done or (time.perf_counter(), time.process_time())
        idle()  # what is left of this switch (shown(), timers, freeing) is not the next one's
        return (wall - start) * 1000, (used - cpu) * 1000

    for url in journey.values():  # first visits: modules imported, caches warm
        until_painted(lambda u=url: tab.navigate(u))
    per_page: dict[str, list[tuple[float, float]]] = {name: [] for name in journey}
    back, forward = [], []
    for _ in range(rounds):
        for name, url in journey.items():
            per_page[name].append(until_painted(lambda u=url: tab.navigate(u)))
        for _ in range(3):  # Indietro three times, then Avanti three times
            back.append(until_painted(tab.back))
        for _ in range(3):
            forward.append(until_painted(tab.forward))
    window.close()
    switches = [ms for values in per_page.values() for ms in values]
    history = back + forward

    def figures(pairs: list[tuple[float, float]], which: int) -> tuple[float, float]:
        values = [pair[which] for pair in pairs]
        return round(statistics.median(values), 2), round(_percentile(values, 95), 2)

    (s50, s95), (sc50, sc95) = figures(switches, 0), figures(switches, 1)
    (h50, h95), (hc50, hc95) = figures(history, 0), figures(history, 1)
    return {
        "switch_p50_ms": s50, "switch_p95_ms": s95, "switch_cpu_p50_ms": sc50, "switch_cpu_p95_ms": sc95,
        "per_page_median_ms": {name: round(statistics.median(v[0] for v in values), 2)
                               for name, values in per_page.items()},
        "back_forward_p50_ms": h50, "back_forward_p95_ms": h95,
        "back_forward_cpu_p50_ms": hc50, "back_forward_cpu_p95_ms": hc95,
        "switches": len(switches), "back_forward": len(history),
        "targets_ms": {"switch_p95": 16.0, "back_forward": 5.0},
    }


def bench_lesson(target: Path, key: str | None = None, wandering: int = 3) -> dict:
    """The lesson engine's cost per recorded event over a whole lesson (the longest one
    unless `key`): for each step, `wandering` events that do not advance it (pages of
    another site) and the event that does, each followed by the poll the tutor makes
    (LessonSession.poll: read the new events, feed the engine, save the progress)."""
    from app.classroom import open_learner_world
    from app.lessons import catalogue
    from app.lessons.session import LessonSession
    from app.services import events as events_mod

    world = open_learner_world(str(target))
    lessons = catalogue.load_all()
    key = key or max(lessons, key=lambda k: len(lessons[k].steps))
    session, _info = LessonSession.start(world, key)
    record_ms = poll_ms = poll_cpu_ms = 0.0
    count = 0

    def record_and_poll(kind: str, detail: dict) -> None:
        nonlocal record_ms, poll_ms, poll_cpu_ms, count
        t0 = time.perf_counter()
        world.events.record(kind, **detail)
        t1, c1 = time.perf_counter(), time.process_time()
        session.poll()
        t2, c2 = time.perf_counter(), time.process_time()
        record_ms += (t1 - t0) * 1000
        poll_ms += (t2 - t1) * 1000
        poll_cpu_ms += (c2 - c1) * 1000
        count += 1

    for step in session.lesson.steps:
        for i in range(wandering):
            record_and_poll("page.visited", {"url": f"https://www.meteo.sim/pavia?giorno={i}", "page_kind": "page"})
        if step.understood or not step.done:
            session.understood()
            continue
        condition = step.done[0]
        if condition.page:
            kind, detail = "page.visited", {"url": condition.page.rstrip("*"), "page_kind": "page"}
        else:
            kind = condition.event
            detail = {name: value.rstrip("*") for name, value in condition.where}
            for name in events_mod.declared(kind).required:
                detail.setdefault(name, "x")
        record_and_poll(kind, detail)
    finished = session.runner.finished
    world.close()
    return {"lesson": key, "steps": len(session.lesson.steps), "events": count, "finished": finished,
            "engine_ms_per_event": round(poll_ms / count, 3), "engine_cpu_ms_per_event": round(poll_cpu_ms / count, 3),
            "record_ms_per_event": round(record_ms / count, 3),
            "target_ms": 1.0}


def bench_pdfs(world, runs: int = 10) -> dict:
    from app.services import documents, personas
    from app.services.auth import citizen_by_cf
    from app.pdf.pin_documents import pin_letter

    out = {}
    citizen = citizen_by_cf(personas.codice_fiscale_of(personas.persona("pensionata")))

    def median(fn) -> float:
        fn()
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            fn()
            times.append((time.perf_counter() - start) * 1000)
        return round(statistics.median(times), 2)

    out["cu_pdf_ms"] = median(lambda: documents.pdf_bytes(world, citizen, "cu", year=2018, record=False))
    out["obism_pdf_ms"] = median(lambda: documents.pdf_bytes(world, citizen, "obism", year=2018, record=False))
    out["pin_letter_pdf_ms"] = median(lambda: pin_letter(citizen, "A1B2C3D4", world.clock.now()))
    return out


def bench_crash(kills: int = 100) -> dict:
    """The reliability harness at full strength: tests/unit/test_crash.py with `kills`
    SIGKILLs (CI runs it with 30). Reports whether it held and how long it took."""
    env = dict(os.environ, PALESTRA_CRASH_KILLS=str(kills))
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           str(ROOT / "tests" / "unit" / "test_crash.py")],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    return {"kills": kills, "passed": done.returncode == 0, "seconds": round(time.perf_counter() - t0, 1),
            "output": done.stdout.strip().splitlines()[-1:] if done.stdout else []}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", help="write the figures to this file as JSON")
    parser.add_argument("--kiosks", type=int, default=30,
                        help="simulated kiosks against one PostgreSQL (0: skip; tools/bench_classroom.py)")
    parser.add_argument("--crash-kills", type=int, default=100, help="SIGKILLs of the crash test (0: skip)")
    parser.add_argument("--root", help="measure the program in this other checkout (same benchmark)")
    parser.add_argument("--only", help="comma-separated sections to run (startup, process, pages, journeys, "
                                       "lesson, pdf, fascicolo); default: all")
    args = parser.parse_args(argv)

    from app.services import security
    from app.world import World

    security.set_fast_hashing(True)  # only to seed the temporary world quickly
    tmp = Path(tempfile.mkdtemp(prefix="palestra-bench-"))
    db = tmp / "world.sqlite3"
    world = World(db)
    world.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    world.close()
    figures: dict = {"root": str(ROOT)}
    only = set(args.only.split(",")) if args.only else None

    def wanted(section: str) -> bool:
        return only is None or section in only

    if wanted("startup"):
        figures["startup"] = bench_startup(args.runs, db)
    if wanted("process"):
        figures["whole_process_startup"] = bench_whole_process(args.runs, db)
    if wanted("pages"):
        figures["pages"] = bench_page_switch(db)
    if wanted("journeys"):
        figures["journeys"] = bench_journeys(db)
    if wanted("lesson"):
        figures["lesson_engine"] = bench_lesson(tmp / "lesson.sqlite3")
    world = World(db)
    if wanted("pdf"):
        figures["pdf"] = bench_pdfs(world)
    from tools.bench_fascicolo import bench_fascicolo

    if wanted("fascicolo"):
        figures["fascicolo_45_years"] = bench_fascicolo(20, world=world)
    if args.kiosks and only is None:
        from tools.bench_classroom import bench_kiosks

        figures["classroom_kiosks"] = bench_kiosks(args.kiosks, 60)
    if args.crash_kills and only is None:
        figures["crash"] = bench_crash(args.crash_kills)
    world.close()
    shutil.rmtree(tmp, ignore_errors=True)
    text = json.dumps(figures, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        Path(args.json).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
