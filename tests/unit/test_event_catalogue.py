"""The event log is an interface: every kind recorded anywhere is declared once, with its
payload fields, and every declared kind is recorded somewhere.

Two checks work together: the source scan below (every `events.record("kind", ...)` in
app/, ui/ and main.py), and at run time EventLog.record itself, which refuses an
undeclared kind or field, so every test of the suite that records an event checks it."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.models import Event
from app.services import events as ev
from app.services import pin as pinmod

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*sorted((ROOT / "app").rglob("*.py")), *sorted((ROOT / "ui").rglob("*.py")), ROOT / "main.py"]

# The only call that builds its kind: pin.transition records "pin.<new state>".
DYNAMIC_SITES = {("app/services/pin.py", "transition")}


class RecordCall:
    def __init__(self, path: str, function: str, node: ast.Call):
        self.path, self.function, self.line = path, function, node.lineno
        first = node.args[0] if node.args else None
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            self.kinds = [first.value]
        elif (isinstance(first, ast.IfExp) and isinstance(first.body, ast.Constant)
              and isinstance(first.orelse, ast.Constant)):
            self.kinds = [first.body.value, first.orelse.value]
        else:
            self.kinds = None  # built at run time
        self.fields: set[str] = set()
        self.open_spread = False  # **something whose keys the scan cannot see
        for keyword in node.keywords:
            if keyword.arg is not None:
                self.fields.add(keyword.arg)
            elif isinstance(keyword.value, ast.Dict) and all(
                    isinstance(k, ast.Constant) for k in keyword.value.keys):
                self.fields.update(k.value for k in keyword.value.keys)
            else:
                self.open_spread = True

    def where(self) -> str:
        return f"{self.path}:{self.line}"


def _functions(tree: ast.AST):
    """(enclosing function name, call node) for every call in the module."""
    def visit(node, name):
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else name
            if isinstance(child, ast.Call):
                yield name, child
            yield from visit(child, inner)
    yield from visit(tree, "<module>")


def _scan():
    records, creates, transitions = [], [], []
    for path in SOURCES:
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), rel)
        for function, call in _functions(tree):
            func = call.func
            if not isinstance(func, ast.Attribute):
                if isinstance(func, ast.Name) and func.id == "transition":
                    transitions.append((rel, call))
                continue
            owner = func.value
            if func.attr == "record" and isinstance(owner, ast.Attribute) and owner.attr == "events":
                records.append(RecordCall(rel, function, call))
            elif func.attr in ("create", "insert") and isinstance(owner, ast.Name) and owner.id == "Event":
                for keyword in call.keywords:
                    if keyword.arg == "kind" and isinstance(keyword.value, ast.Constant):
                        creates.append((rel, keyword.value.value))
            elif func.attr == "transition":
                transitions.append((rel, call))
    return records, creates, transitions


RECORDS, CREATES, TRANSITIONS = _scan()


def _transition_states_and_fields() -> dict[str, set[str]]:
    """Every state pin.transition can record, with the extra fields its callers pass."""
    states = {to for source, targets in pinmod.TRANSITIONS.items() if source is not None for to in targets}
    extra: dict[str, set[str]] = {state: set() for state in states}
    for _path, call in TRANSITIONS:
        if len(call.args) >= 3 and isinstance(call.args[2], ast.Constant):
            extra.setdefault(call.args[2].value, set()).update(
                k.arg for k in call.keywords if k.arg not in (None, "reason"))
    return extra


def test_the_scan_finds_the_record_calls():
    """Also the rows written without record() (Event.create / Event.insert with a kind)."""
    assert len(RECORDS) > 100
    assert ("app/services/personas.py", "session.opened") in CREATES
    assert any(c.kinds == ["clock.advanced"] for c in RECORDS)
    assert any(c.kinds == ["page.visited"] and c.path.startswith("ui/") for c in RECORDS)


def test_every_recorded_kind_is_a_literal_or_a_known_dynamic_site():
    built = [c for c in RECORDS if c.kinds is None]
    assert {(c.path, c.function) for c in built} <= DYNAMIC_SITES, (
        "event kinds must be string literals (the lesson files and this test read them): "
        + ", ".join(c.where() for c in built))


def test_every_recorded_kind_is_declared():
    missing = sorted({(kind, c.where()) for c in RECORDS for kind in c.kinds or () if kind not in ev.CATALOGUE})
    missing += [(kind, path) for path, kind in CREATES if kind not in ev.CATALOGUE]
    missing += [(f"pin.{state}", "pin.transition") for state in _transition_states_and_fields()
                if f"pin.{state}" not in ev.CATALOGUE]
    assert not missing, f"undeclared event kinds: {missing}"


def test_payload_fields_of_every_call_are_declared():
    problems = []
    for call in RECORDS:
        for kind in call.kinds or ():
            declared = ev.CATALOGUE[kind]
            unknown = call.fields - declared.fields
            if unknown:
                problems.append(f"{call.where()} {kind}: undeclared {sorted(unknown)}")
            missing = set(declared.required) - call.fields
            if missing and not call.open_spread:
                problems.append(f"{call.where()} {kind}: missing required {sorted(missing)}")
    assert not problems, "\n".join(problems)


def test_pin_state_events_declare_what_transition_records():
    for state, extra in _transition_states_and_fields().items():
        kind = ev.CATALOGUE[f"pin.{state}"]
        assert set(kind.required) == {"pin", "from", "to", "reason"}, kind.name
        assert extra <= kind.fields, (kind.name, extra - kind.fields)


def test_every_declared_kind_is_recorded_somewhere_or_reserved():
    recorded = {kind for c in RECORDS for kind in c.kinds or ()}
    recorded |= {kind for _path, kind in CREATES}
    recorded |= {f"pin.{state}" for state in _transition_states_and_fields()}
    unused = sorted(name for name, kind in ev.CATALOGUE.items() if name not in recorded and not kind.reserved)
    assert not unused, f"declared but never recorded (record them or give a reserved reason): {unused}"
    for kind in ev.CATALOGUE.values():
        if kind.reserved:
            assert kind.name not in recorded, f"{kind.name} is recorded: it is no longer reserved"


def test_declarations_are_well_formed():
    for name, kind in ev.CATALOGUE.items():
        assert name == kind.name and name == name.strip() and "." in name
        assert kind.description.strip() and kind.description[0].isupper(), name
        assert not set(kind.required) & set(kind.optional), name
        assert len(set(kind.required)) == len(kind.required) and len(set(kind.optional)) == len(kind.optional)
    assert ev.declared("pin.login.failed").name == "pin.login.failed"
    with pytest.raises(ValueError):
        ev.declared("pin.login.fallito")


def test_quiet_kinds_are_what_the_learner_looks_at():
    quiet = {name for name, kind in ev.CATALOGUE.items() if kind.quiet}
    assert quiet >= {"page.visited", "document.opened", "document.generated", "fascicolo.viewed",
                     "domanda.form_opened", "domanda.document_opened"}
    # Kinds after which a dock or a page shows something new are never quiet.
    assert not quiet & {"clock.advanced", "message.sent", "message.read", "session.opened", "session.closed",
                        "pin.complete", "pin.expired", "pin.kind.dispositivo", "domanda.state",
                        "domanda.decided", "pension.rates_paid", "desk.printed", "cns.card_inserted"}
    assert ev.is_quiet("page.visited") and not ev.is_quiet("clock.advanced") and not ev.is_quiet("nope")


def test_the_bridge_takes_quiet_kinds_from_the_catalogue():
    source = (ROOT / "ui" / "bridge.py").read_text(encoding="utf-8")
    assert "is_quiet" in source
    for name in ev.CATALOGUE:
        assert f'"{name}"' not in source, f"ui/bridge.py names {name}: use the catalogue's quiet flag"


# --- EventLog.record is strict ------------------------------------------------------------


def test_record_refuses_an_undeclared_kind(world):
    before = world.events.last_id()
    with pytest.raises(ValueError, match="undeclared event kind"):
        world.events.record("pin.login.fallito", None)
    assert world.events.last_id() == before


def test_record_refuses_an_undeclared_field(world):
    before = world.events.last_id()
    with pytest.raises(ValueError, match="undeclared payload field"):
        world.events.record("page.visited", url="x", page_kind="home", colour="red")
    assert world.events.last_id() == before


def test_record_refuses_a_missing_required_field(world):
    with pytest.raises(ValueError, match="missing required"):
        world.events.record("page.visited", url="x")


def test_record_accepts_optional_fields_and_stores_them(world):
    event = world.events.record("spid.login_failed", provider="posteid", reason="password errata", failures=2)
    assert ev.detail(event) == {"provider": "posteid", "reason": "password errata", "failures": 2}
    event = world.events.record("spid.login_failed", provider="posteid", reason="utente sconosciuto")
    assert ev.detail(event) == {"provider": "posteid", "reason": "utente sconosciuto"}


def test_every_event_of_a_new_world_fits_its_declaration(world):
    rows = list(Event.select())
    assert rows
    for row in rows:
        ev.check(row.kind, ev.detail(row))


# --- readers for the lesson engine ------------------------------------------------------------


def test_last_id_and_since(world):
    start = world.events.last_id()
    assert start == (Event.select().order_by(Event.id.desc()).first().id)
    a = world.events.record("page.visited", url="https://www.inps.it", page_kind="home")
    b = world.events.record("session.extended")
    c = world.events.record("page.visited", url="https://www.inps.it/myinps", page_kind="myinps")
    assert world.events.last_id() == c.id
    assert [e.id for e in world.events.since(start)] == [a.id, b.id, c.id]
    assert [e.id for e in world.events.since(a.id)] == [b.id, c.id]
    assert [e.id for e in world.events.since(start, kinds=["page.visited"])] == [a.id, c.id]
    assert [e.id for e in world.events.since(start, kinds="session.extended")] == [b.id]
    assert world.events.since(c.id) == []
    assert len(world.events.since(None)) == Event.select().count()
    with pytest.raises(ValueError):
        world.events.since(start, kinds=["page.visitata"])


def test_last_id_of_an_empty_log(empty_world):
    Event.delete().execute()
    assert empty_world.events.last_id() == 0
    assert empty_world.events.since(0) == []


# --- the document -------------------------------------------------------------------------


def test_docs_events_md_is_up_to_date():
    from tools import event_catalogue

    doc = ROOT / "docs" / "EVENTS.md"
    assert doc.read_text(encoding="utf-8") == event_catalogue.render(), (
        "docs/EVENTS.md is out of date: run python tools/event_catalogue.py")
    for name in ev.CATALOGUE:
        assert f"`{name}`" in doc.read_text(encoding="utf-8")
