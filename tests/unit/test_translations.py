"""The translation catalogue (tools/translations.py): every lookup of app/ and ui/ has a
context the code really looks it up in, the committed .qm files are the builds of their .ts,
translations keep their placeholders, and the _t markers of app/ fill every placeholder."""
from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from tools import translations as tr

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def extracted():
    return tr.Extractor().run()


def test_every_lookup_has_a_known_context(extracted):
    unresolved = [f"{lk.path}:{lk.line}: {lk.code}" for lk in extracted.lookups if lk.reason == "unresolved"]
    assert not unresolved, unresolved
    assert "" not in {ctx for ctx, _ in extracted.messages}  # lupdate's old "" context is gone


def test_contexts_are_the_ones_looked_up(extracted):
    contexts = {ctx for ctx, _ in extracted.messages}
    # module wrappers (QCoreApplication.translate("Docks", text)) and classes (self.tr)
    assert {"Docks", "Tutor", "MainWindow", "PinMenuPage", "Page", "app", "Accessibility"} <= contexts
    assert not {"self.page", "page", "window"} & contexts
    docks = {src for ctx, src in extracted.messages if ctx == "Docks"}
    assert {"Telefono", "Orologio", "Torna ai messaggi", "Ho capito", "2 settimane", "1 minuto"} <= docks


def test_app_messages_are_extracted_with_their_placeholders(extracted):
    app = {src for ctx, src in extracted.messages if ctx == "app"}
    assert "Le restano {left} tentativi" in app
    assert "PIN errato. {tries} prima del blocco della carta." in app
    assert len(app) > 150


def _markers(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_t", "N_") \
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            yield node.lineno, node.args[0].value, {k.arg for k in node.keywords}


def _fields(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _lit, name, _spec, _conv in string.Formatter().parse(template)
            if name is not None}


def test_every_marker_fills_its_placeholders():
    problems = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for line, template, given in _markers(path):
            wanted = _fields(template)
            if given and wanted != given:
                problems.append(f"{path.relative_to(ROOT)}:{line}: {sorted(wanted)} != {sorted(given)}")
    assert not problems, problems


@pytest.mark.parametrize("name", sorted(tr.CATALOGUES))
def test_the_committed_qm_is_the_build_of_the_ts(name):
    ts, qm = tr.TRANSLATIONS / f"{name}.ts", tr.TRANSLATIONS / f"{name}.qm"
    assert tr.qm_is_current(ts, qm), f"{qm.name} is stale: run python tools/translations.py"


# German says "Für Anna angekommen: 1 SMS." without the Italian verb (%2).
DROPPED = {("Docks", "Per %1 %2 %3."): {"%2"}}


@pytest.mark.parametrize("name", sorted(tr.CATALOGUES))
def test_translations_keep_their_placeholders(name):
    catalogue = tr.read_ts(tr.TRANSLATIONS / f"{name}.ts")
    problems = []
    for ctx, entries in catalogue.items():
        for source, entry in entries.items():
            if not entry.finished or entry.vanished:
                continue
            lost = set(re.findall(r"%\d", source)) - set(re.findall(r"%\d", entry.translation))
            if lost - DROPPED.get((ctx, source), set()):
                problems.append((ctx, source))
            if ctx == "app" and _fields(source) != _fields(entry.translation):
                problems.append((ctx, source))
    assert not problems, problems


def test_the_portal_catalogue_holds_only_the_german_pages_contexts():
    contexts = set(tr.read_ts(tr.TRANSLATIONS / "portal_de.ts"))
    assert contexts <= set(tr.CATALOGUES["portal_de"][1])
    assert "PinMenuPage" in contexts


def test_the_program_catalogue_leaves_the_portal_pages_untranslated():
    """--lang de translates the program's chrome, never a page of the portal (it stays
    Italian, as the real portal did)."""
    catalogue = tr.read_ts(tr.TRANSLATIONS / "palestra_de.ts")
    # the program's own windows and its palestra.sim pages (welcome, learners), never the portal's
    chrome = {"MainWindow", "BrowserTab", "Docks", "Tutor", "PdfViewer", "FileChooser", "Accessibility",
              "TrainerConsole", "CodeGate", "LearnersPage", "LearnerNamePage", "WelcomePage"}
    translated = {ctx for ctx, entries in catalogue.items() if any(e.finished and not e.vanished for e in entries.values())}
    assert translated <= chrome, translated - chrome
    assert {"MainWindow", "Docks", "Tutor", "Accessibility"} <= translated


def test_the_catalogue_has_every_string_of_the_chrome(extracted):
    catalogue = tr.read_ts(tr.TRANSLATIONS / "palestra_de.ts")
    missing = [(ctx, src) for ctx, src in extracted.messages
               if ctx in ("MainWindow", "Tutor", "Accessibility") and src not in catalogue.get(ctx, {})]
    assert not missing, f"run python tools/translations.py: {missing[:5]}"


def test_mark_messages_turns_an_fstring_into_a_marker(tmp_path):
    from tools import mark_messages

    source = tmp_path / "svc.py"
    source.write_text(
        'from __future__ import annotations\n\n'
        'from app.services.errors import ServiceError\n\n\n'
        'def f(citizen, left):\n'
        '    if left:\n'
        '        raise ServiceError(f"Per {citizen.nome}: restano {left} tentativi "\n'
        '                           "(graffe: {x}).", "pin")\n'
        '    raise ServiceError("Testo fisso.")\n', encoding="utf-8")
    done, left = mark_messages.mark(source)
    assert (done, left) == (2, 0)
    text = source.read_text(encoding="utf-8")
    assert "from app.i18n import _t" in text
    namespace: dict = {}
    exec(compile(text, str(source), "exec"), namespace)
    with pytest.raises(Exception) as err:
        namespace["f"](type("C", (), {"nome": "Anna"})(), 2)
    assert err.value.message == "Per Anna: restano 2 tentativi (graffe: {x})."  # as the f-string said
    assert err.value.template == "Per {nome}: restano {left} tentativi (graffe: {{x}})."
    with pytest.raises(Exception) as err:
        namespace["f"](None, 0)
    assert err.value.template == "Testo fisso."
