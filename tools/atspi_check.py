#!/usr/bin/python3
"""What a screen reader finds (issue 10): the program's accessibility tree seen through
AT-SPI, the bus Orca reads, on the home page, the Autenticazione and Richiedi PIN.

Run with Debian's Python, which has pyatspi (python3-pyatspi), not the project's venv:

    /usr/bin/python3 tools/atspi_check.py [--db PATH] [--python .venv/bin/python] [--json]

It starts a private X server (Xvfb) and a private session bus (dbus-run-session, with the
accessibility bus of at-spi2-core), then the program (QT_QPA_PLATFORM=xcb,
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1) on the home page; it walks the whole window (toolbar,
menus, page, side panels), follows the links Autenticazione, then «Richiedi e gestisci il
tuo PIN» and «RICHIEDI PIN» through their AT-SPI press action (links must be links), and
walks again on each page; on Richiedi PIN it writes Giovanni Conti's codice fiscale,
chooses «Italiana» and presses «Avanti» (editable text and actions) and walks the long
form of passo 2 too. It fails on:

- an interactive control (button, link, check box, radio button, box to type in, combo
  box, tab, menu item, anything that takes the keyboard focus) with no accessible name;
- a name with an English word in it (a short list of words that are not Italian).

It also reports the names used twice within one scope (the nearest named container), which
a lesson or a screen reader cannot tell apart. Everything it starts is killed at the end,
whatever happens; the whole check stops after --timeout seconds (default 50).

Exit status: 0 no problem, 1 problems found, 2 the check could not run to the end,
77 the tools are missing (Xvfb, dbus-run-session or pyatspi).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNAVAILABLE = 77

# The pages, in the order they are reached: (key, the start of the window title, a control
# only that page has (role, name), the link that leads to the next page).
PAGES = (
    ("home", "INPS - Home Page", ("link", "Tutte le notizie"), "Autenticazione"),
    ("autenticazione", "INPS - Autenticazione", ("push button", "Accedi"), "Richiedi e gestisci il tuo PIN"),
    ("pin_menu", "INPS - Richiesta PIN", ("link", "RICHIEDI PIN"), "RICHIEDI PIN"),
    ("richiedi_pin", "INPS - Richiesta PIN", ("push button", "Avanti"), None),
)
# Richiedi PIN's passo 2 (the long form: radio groups, a combo box, many boxes), reached by
# writing the codice fiscale, choosing «Italiana» and pressing «Avanti», all through AT-SPI.
STEP2 = ("richiedi_pin_passo2", "INPS - Richiesta PIN", ("text", "Cognome *"))
CHECKED_PAGES = ("home", "autenticazione", "richiedi_pin", "richiedi_pin_passo2")
PERSONA_CF = ("from app.services import personas; "
              "print(personas.codice_fiscale_of(personas.persona('senza_credenziali')))")

INTERACTIVE_ROLES = {
    "push button", "toggle button", "check box", "radio button", "link", "entry", "password text",
    "combo box", "spin button", "slider", "page tab", "menu item", "check menu item", "radio menu item",
    "toggle button", "button", "push button menu", "date editor", "editbar",
}
# Named containers: the scope in which a name must be unique.
SCOPE_ROLES = {"frame", "dialog", "window", "panel", "filler", "tool bar", "menu bar", "popup menu",
               "page tab", "scroll pane", "layered pane", "list", "tree", "table", "section", "form",
               "grouping", "status bar"}
# Words that are English and not Italian (nor the portal's Italian, which says "Home Page",
# "on line", "password", "file", "menu", "OK", "zoom").
ENGLISH = {
    "back", "forward", "reload", "refresh", "close", "cancel", "open", "save", "apply", "help", "search",
    "settings", "print", "next", "previous", "button", "show", "hide", "quit", "exit",
    "clear", "delete", "remove", "select", "choose", "browse", "scroll", "up", "down", "left", "right",
    "minimize", "maximize", "restore", "undo", "redo", "cut", "copy", "paste", "yes", "tab", "tabs", "new",
    "edit", "view", "window", "position", "submit", "logout", "loading", "error", "warning", "done",
    "toolbar", "more", "options", "preferences", "about", "step", "of", "the", "and", "or", "with",
    "phone", "letter", "clock", "panel", "dock", "float", "detach",
}


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[^a-zA-Z]+", text.lower()) if w}


def english_words(name: str) -> list[str]:
    return sorted(_words(name) & ENGLISH)


# -- outer process: the X server and the session bus -------------------------------------------------

def _missing() -> str:
    for program in ("Xvfb", "dbus-run-session"):
        if shutil.which(program) is None:
            return f"{program} is not installed (Debian: xvfb, dbus)"
    try:
        import pyatspi  # noqa: F401
    except Exception as exc:  # noqa: BLE001 - any failure to load it means the same
        return f"pyatspi cannot be imported by {sys.executable} ({exc}; Debian: python3-pyatspi)"
    return ""


def _start_xvfb(deadline: float) -> tuple[subprocess.Popen, str]:
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    os.close(write_end)
    number = b""
    try:
        while not number.endswith(b"\n"):
            left = deadline - time.monotonic()
            ready, _, _ = select.select([read_end], [], [], max(0.0, min(left, 10.0)))
            if not ready:
                raise TimeoutError("Xvfb did not start")
            chunk = os.read(read_end, 16)
            if not chunk:
                raise RuntimeError("Xvfb stopped at start")
            number += chunk
    finally:
        os.close(read_end)
    return proc, ":" + number.decode().strip()


def _session_members(sid: int) -> list[int]:
    """The processes of session `sid` (the bus daemons started for it included)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()
        if len(fields) > 3 and int(fields[3]) == sid and fields[0] != "Z":  # a zombie is already gone
            found.append(int(entry.name))
    return found


def _kill_session(sid: int) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        members = _session_members(sid)
        if not members:
            return
        for pid in members:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        end = time.monotonic() + 2
        while time.monotonic() < end and _session_members(sid):
            _reap()
            time.sleep(0.05)


def _become_subreaper() -> None:
    """Orphans of the check (the bus daemons once dbus-run-session ends) come to this process,
    which reaps them, instead of lingering as zombies under an init that may not reap."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def _reap() -> None:
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def run_outer(args) -> int:
    _become_subreaper()
    started = time.monotonic()
    deadline = started + args.timeout
    missing = _missing()
    if missing:
        _emit(args, {"ok": False, "unavailable": missing})
        return UNAVAILABLE
    xvfb = None
    inner = None
    workdir = Path(tempfile.mkdtemp(prefix="palestra-atspi-"))
    try:
        xvfb, display = _start_xvfb(deadline)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "AT_SPI", "QT_", "WAYLAND"))}
        env.update(DISPLAY=display, NO_AT_BRIDGE="0", GTK_A11Y="atspi")
        command = ["dbus-run-session", "--", sys.executable, str(Path(__file__).resolve()), "--inner",
                   "--python", args.python, "--workdir", str(workdir),
                   "--timeout", str(max(5.0, deadline - time.monotonic() - 3))]
        if args.db:
            command += ["--db", args.db]
        if args.cf:
            command += ["--cf", args.cf]
        inner = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 start_new_session=True, text=True)
        try:
            out, err = inner.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            _kill_session(inner.pid)
            out, err = inner.communicate(timeout=5)
            report = {"ok": False, "error": f"no answer within {args.timeout:.0f} s", "log": err[-3000:]}
            _emit(args, report)
            return 2
        try:
            report = json.loads(out.strip().splitlines()[-1])
        except (ValueError, IndexError):
            report = {"ok": False, "error": "the check gave no report", "log": (err or "")[-3000:]}
        report["seconds"] = round(time.monotonic() - started, 1)
        _emit(args, report)
        if "error" in report:
            return 2
        return 0 if report.get("ok") else 1
    except (OSError, RuntimeError, TimeoutError) as exc:
        _emit(args, {"ok": False, "error": str(exc)})
        return 2
    finally:
        if inner is not None:
            _kill_session(inner.pid)
        if xvfb is not None:
            _kill_session(xvfb.pid)
            try:
                xvfb.wait(timeout=3)
            except subprocess.TimeoutExpired:
                pass
        shutil.rmtree(workdir, ignore_errors=True)
        _reap()


def _emit(args, report: dict) -> None:
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return
    if "unavailable" in report:
        print(f"AT-SPI check not run: {report['unavailable']}")
        return
    if "error" in report:
        print(f"AT-SPI check failed to run: {report['error']}")
        if report.get("log"):
            print(report["log"])
        return
    for key, page in report.get("pages", {}).items():
        print(f"{key}: {page['controls']} controls ({page['links']} links), "
              f"{len(page['unnamed'])} unnamed, {len(page['english'])} English, "
              f"{len(page['duplicates'])} names used twice")
        for item in page["unnamed"]:
            print(f"  UNNAMED {item['role']} in {item['where']}, holding {item['holds']}")
        for item in page["english"]:
            print(f"  ENGLISH {item['role']} {item['name']!r} in {item['where']}")
        for item in page["duplicates"]:
            print(f"  twice   {item['name']!r} x{item['count']} in {item['scope']}")
    print("OK" if report.get("ok") else "PROBLEMS FOUND", f"({report.get('seconds', '?')} s)")


# -- inner process: on the private bus, the program and the walk -------------------------------------

class Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise Timeout()


def run_inner(args) -> int:
    import pyatspi

    try:
        from gi.repository import Atspi, GLib

        Atspi.set_timeout(3000, 15000)  # ms for one call, and while the program starts
    except Exception:  # noqa: BLE001 - older libatspi: the defaults
        Atspi = GLib = None  # noqa: N806

    signal.signal(signal.SIGALRM, _alarm)
    signal.signal(signal.SIGTERM, _alarm)  # ended from outside: still clean up
    signal.alarm(max(1, int(args.timeout)))
    workdir = Path(args.workdir)
    db = args.db or str(workdir / "palestra.sqlite3")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               PALESTRA_STRICT="0")
    log = open(workdir / "program.log", "w")  # noqa: SIM115 - closed in finally
    program = subprocess.Popen(
        [args.python, str(ROOT / "main.py"), "--db", db, "--no-state", "--start", "https://www.inps.it/"],
        # Its own process group (killed as one), but in this session: whoever ends the check
        # by its session ends the program too.
        env=env, cwd=str(ROOT), stdout=log, stderr=subprocess.STDOUT, process_group=0)
    report: dict = {"ok": False, "pages": {}}
    try:
        walker = Walker(pyatspi, GLib)
        app = walker.find_app(program)
        for key, title, marker, next_link in PAGES:
            frame = walker.wait_page(app, title, marker)
            if key in CHECKED_PAGES:
                report["pages"][key] = walker.check(frame)
            if next_link is not None:
                walker.press_link(frame, next_link)
        walker.set_text(frame, "Codice Fiscale", _persona_cf(args))
        walker.press(frame, ("radio button", "Italiana"))
        walker.press(frame, ("push button", "Avanti"))
        key, title, marker = STEP2
        report["pages"][key] = walker.check(walker.wait_page(app, title, marker))
        report["ok"] = all(not p["unnamed"] and not p["english"] for p in report["pages"].values())
    except Timeout:
        report["error"] = f"stopped after {args.timeout:.0f} s"
    except Exception as exc:  # noqa: BLE001 - reported, never a hang
        report["error"] = f"{type(exc).__name__}: {exc}"
    finally:
        signal.alarm(0)
        try:
            os.killpg(program.pid, signal.SIGTERM)
            program.wait(timeout=5)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(program.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        log.close()
    if "error" in report:
        report["log"] = (workdir / "program.log").read_text(errors="replace")[-3000:]
    print(json.dumps(report, ensure_ascii=False))
    return 0


def _persona_cf(args) -> str:
    """The codice fiscale of Giovanni Conti (the persona a new world shows, who has no PIN yet)."""
    if args.cf:
        return args.cf
    out = subprocess.run([args.python, "-c", PERSONA_CF], cwd=str(ROOT), capture_output=True, text=True,
                         timeout=20, check=True)
    return out.stdout.strip()


class Walker:
    def __init__(self, pyatspi, glib):
        self.at = pyatspi
        self.glib = glib

    def pump(self, seconds: float = 0.0) -> None:
        """Let the bus deliver what is waiting (the library updates its cache from it)."""
        end = time.monotonic() + seconds
        while True:
            if self.glib is not None:
                context = self.glib.MainContext.default()
                while context.pending():
                    context.iteration(False)
            if time.monotonic() >= end:
                return
            time.sleep(0.05)

    def find_app(self, program: subprocess.Popen):
        pid = program.pid
        end = time.monotonic() + 30
        while time.monotonic() < end:
            if program.poll() is not None:
                raise RuntimeError(f"the program stopped at start (exit status {program.returncode})")
            self.pump()
            desktop = self.at.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                try:
                    if app is not None and app.get_process_id() == pid and app.childCount > 0:
                        return app
                except Exception:  # noqa: BLE001 - an application that went away meanwhile
                    continue
            time.sleep(0.2)
        raise RuntimeError("the program did not appear on the accessibility bus")

    def _frames(self, app):
        for i in range(app.childCount):
            child = app.getChildAtIndex(i)
            if child is not None and child.getRoleName() == "frame":
                yield child

    def wait_page(self, app, title: str, marker: tuple[str, str]):
        """The window once it shows the page titled `title` with the control `marker`."""
        end = time.monotonic() + 15
        while time.monotonic() < end:
            self.pump()
            for frame in self._frames(app):
                if (frame.name or "").startswith(title) and self._has(frame, marker):
                    self.pump(0.3)  # the page is built: let its last changes arrive
                    return frame
            time.sleep(0.1)
        names = [f.name for f in self._frames(app)]
        raise RuntimeError(f"no window showing {title!r} with {marker} (windows: {names})")

    def _has(self, frame, marker: tuple[str, str]) -> bool:
        return any(role == marker[0] and name == marker[1] and states.contains(self.at.STATE_SHOWING)
                   for _n, role, name, states, _s, _w in self.nodes(frame))

    def nodes(self, root):
        """(node, role, name, states, scope name, where) for every node under root."""
        stack = [(root, [], "")]
        count = 0
        while stack:
            node, path, scope = stack.pop()
            count += 1
            if count > 20000:
                raise RuntimeError("the accessibility tree has more than 20000 nodes")
            try:
                role = node.getRoleName()
                name = (node.name or "").strip()
                states = node.getState()
                children = [node.getChildAtIndex(i) for i in range(node.childCount)]
            except Exception:  # noqa: BLE001 - a node that went away during the walk
                continue
            where = " > ".join(path) or "(window)"
            yield node, role, name, states, scope or "(window)", where
            here = path + ([f"{role} {name!r}"] if name and role in SCOPE_ROLES else [])
            inner_scope = f"{role} {name!r}" if name and role in SCOPE_ROLES else scope
            for child in reversed(children):
                if child is not None:
                    stack.append((child, here[-4:], inner_scope))

    def check(self, frame) -> dict:
        at = self.at
        controls = links = 0
        unnamed, english, seen, tabs = [], [], {}, []
        for _node, role, name, states, scope, where in self.nodes(frame):
            showing = states.contains(at.STATE_SHOWING)
            menu = "menu" in role
            if not (showing or menu):
                continue
            focusable = states.contains(at.STATE_FOCUSABLE)
            interactive = role in INTERACTIVE_ROLES or (focusable and role not in ("list item", "page tab list"))
            if role == "text" and (focusable or states.contains(at.STATE_EDITABLE)):
                interactive = True
            if interactive:
                controls += 1
                links += role == "link"
                if role == "page tab" and name:
                    tabs.append(name)
                if not name:
                    unnamed.append({"role": role, "where": where, "holds": self._holds(_node)})
                else:
                    seen.setdefault((scope, name), 0)
                    seen[(scope, name)] += 1
            if name and (interactive or role in SCOPE_ROLES):  # not the texts of the page
                words = english_words(name)
                if words:
                    english.append({"role": role, "name": name, "words": words, "where": where})
        duplicates = [{"scope": scope, "name": name, "count": n} for (scope, name), n in sorted(seen.items()) if n > 1]
        return {"controls": controls, "links": links, "tabs": tabs, "unnamed": unnamed, "english": english,
                "duplicates": duplicates}

    def _holds(self, node) -> str:
        """What an unnamed control holds (its first named descendants), to find it in the code."""
        found = []
        for _n, role, name, _states, _scope, _where in self.nodes(node):
            if name:
                found.append(f"{role} {name!r}")
                if len(found) == 3:
                    break
        return ", ".join(found) or "nothing named"

    def find(self, frame, marker: tuple[str, str]):
        """The showing, enabled control `marker` (role, name); of several (the toolbar's
        «Avanti» and the page's), the one deepest in the window: the page's."""
        found, stack = [], [(frame, 0)]
        while stack:
            node, depth = stack.pop()
            try:
                if node.getRoleName() == marker[0] and (node.name or "").strip() == marker[1]:
                    states = node.getState()
                    if states.contains(self.at.STATE_SHOWING) and states.contains(self.at.STATE_ENABLED):
                        found.append((depth, node))
                stack.extend((node.getChildAtIndex(i), depth + 1) for i in range(node.childCount))
            except Exception:  # noqa: BLE001 - a node that went away during the search
                continue
        if not found:
            raise RuntimeError(f"no {marker[0]} named {marker[1]!r} on the page")
        return max(found, key=lambda item: item[0])[1]

    def press(self, frame, marker: tuple[str, str]) -> None:
        """Press a button or choose a radio button through its AT-SPI action."""
        action = self.find(frame, marker).queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        for wanted in ("press", "click", "toggle", "activate"):
            for i, action_name in enumerate(names):
                if action_name.lower() == wanted:
                    action.doAction(i)
                    self.pump(0.2)
                    return
        raise RuntimeError(f"the {marker[0]} {marker[1]!r} has no press action (actions: {names})")

    def set_text(self, frame, name: str, text: str) -> None:
        """Write into a box through the editable-text interface (as a braille display can)."""
        self.find(frame, ("text", name)).queryEditableText().setTextContents(text)
        self.pump(0.1)

    def press_link(self, frame, name: str) -> None:
        """Follow a link as a screen reader does: its AT-SPI action."""
        for node, role, node_name, states, _scope, _where in self.nodes(frame):
            if role == "link" and node_name == name and states.contains(self.at.STATE_SHOWING):
                action = node.queryAction()
                names = [action.getName(i) for i in range(action.nActions)]
                for i, action_name in enumerate(names):
                    if action_name.lower() in ("press", "click", "jump", "activate"):
                        action.doAction(i)
                        return
                raise RuntimeError(f"the link {name!r} has no press action (actions: {names})")
        raise RuntimeError(f"no link named {name!r} on the page")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="the classroom file to open (default: a new one in a temporary folder)")
    venv = ROOT / ".venv" / "bin" / "python"
    parser.add_argument("--python", default=str(venv if venv.exists() else "python3"),
                        help="the Python that runs the program (the project's venv)")
    parser.add_argument("--timeout", type=float, default=50.0, help="seconds for the whole check")
    parser.add_argument("--json", action="store_true", help="print the report as one line of JSON")
    parser.add_argument("--cf", help="the codice fiscale written on Richiedi PIN (default: Giovanni Conti's)")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.inner:
        return run_inner(args)
    return run_outer(args)


if __name__ == "__main__":
    sys.exit(main())
