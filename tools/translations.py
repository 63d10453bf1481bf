"""The translation catalogue: extract the Italian strings of app/ and ui/ into
resources/translations/palestra_<lang>.ts and build the .qm that the program loads.

    python tools/translations.py            # update the .ts (translations kept) and build the .qm
    python tools/translations.py --check    # exit 1 if a string of the code is missing from the
                                            # .ts or the .qm is not the build of the .ts
    python tools/translations.py --report   # the lookups whose context or text cannot be known

Why not pyside6-lupdate: it scans ui/ only and files a string under the context it guesses
from the call, which is not where the code looks it up. Here the contexts are the real ones:

- `self.tr("…")` in class C → context C (PySide6 looks a tr() up along the class's MRO, so
  a string of a base class is found from every subclass);
- module or static wrappers `def tr(text): return QCoreApplication.translate("Docks", text)`
  (and wrappers of wrappers, and their imports) → their context ("Docks");
- `QCoreApplication.translate("Ctx", "…")`, `QT_TRANSLATE_NOOP("Ctx", "…")`, `QT_TR_NOOP`;
- `param.tr("…")` with `param: SomeClass` annotated → SomeClass;
- `_t("…")` / `N_("…")` of app.i18n (Qt-free markers of app/) → context "app", which is where
  ui.i18n.service_text looks service messages up (placeholders `{name}` kept);
- data the pages look up by value: a class's TITLE and BREADCRUMB (context: the class),
  the titles of @dock("Name", "Titolo") (context "Docks").

A lookup with a non-literal text (`self.tr(title)`) is "dynamic": its strings are the data
rules above or are not translatable; --report lists them with the unresolved ones.

The .qm is built with pyside6-lrelease (finished translations only) and committed next to
the .ts: building it at install time is awkward with setuptools, and it is small.
"""
from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("app", "ui")
TRANSLATIONS = ROOT / "resources" / "translations"
# catalogue -> (Qt language, the contexts it holds; None: all). palestra_<lang> is the
# program's (installed with --lang); portal_<lang> the portal's own pages in that language
# (the «In deutscher Sprache» pages: ui.i18n.portal_text looks their class's MRO up in it).
CATALOGUES = {
    "palestra_de": ("de_DE", None),
    "portal_de": ("de_DE", ("PinGermanPage", "PinMenuPage", "PinSupportGermanPage", "PinSupportPage",
                            "InfoPage", "PortalPage", "Page")),
}
APP_CONTEXT = "app"
APP_MARKERS = {"_t", "N_"}
TRANSLATE_NAMES = {"QCoreApplication", "QApplication", "QGuiApplication"}
# `page.tr("…")` / `window.tr("…")` outside the object's class: the object is some page (every
# page's MRO has Page) or the main window, so the string is filed where every lookup finds it.
NAME_CONTEXTS = {"page": "Page", "window": "MainWindow"}


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Lookup:
    """A translation call that could not become a catalogue entry."""
    path: str
    line: int
    reason: str  # "dynamic" (the text is not a literal) or "unresolved" (the context is unknown)
    code: str


@dataclass
class Module:
    name: str
    path: Path
    tree: ast.Module
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # alias -> (module, name)
    modules: dict[str, str] = field(default_factory=dict)  # alias -> module


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve_relative(module: Module, level: int, target: str | None) -> str:
    if not level:
        return target or ""
    base = module.name.split(".")
    if module.path.name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - (level - 1)] if level > 1 else base
    return ".".join(base + ([target] if target else []))


def _str(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class Extractor:
    def __init__(self, root: Path = ROOT, dirs: tuple[str, ...] = SOURCE_DIRS):
        self.root = root
        self.modules: dict[str, Module] = {}
        for d in dirs:
            for path in sorted((root / d).rglob("*.py")):
                if "__pycache__" in path.parts:
                    continue
                tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
                mod = Module(_module_name(path), path, tree)
                self.modules[mod.name] = mod
        for mod in self.modules.values():
            self._imports(mod)
        # (module, function) -> context; "Class.method" names for methods
        self.wrappers: dict[tuple[str, str], str] = {("ui.i18n", "service_text"): APP_CONTEXT}
        self.method_wrappers: dict[str, set[str]] = {}
        self._find_wrappers()
        self.messages: dict[tuple[str, str], Message] = {}
        self.lookups: list[Lookup] = []

    # -- pass 1: imports and wrappers ----------------------------------------------------------
    def _imports(self, mod: Module) -> None:
        for node in ast.walk(mod.tree):
            if isinstance(node, ast.ImportFrom):
                source = _resolve_relative(mod, node.level, node.module)
                for alias in node.names:
                    full = f"{source}.{alias.name}" if source else alias.name
                    if full in self.modules:  # `from . import tokens as T`
                        mod.modules[alias.asname or alias.name] = full
                    else:
                        mod.imports[alias.asname or alias.name] = (source, alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    mod.modules[alias.asname or alias.name.split(".")[0]] = alias.name

    def _wrapper_context(self, mod: Module, fn: ast.FunctionDef) -> str | None:
        params = [a.arg for a in fn.args.posonlyargs + fn.args.args if a.arg not in ("self", "cls")]
        if not params:
            return None
        first = params[0]
        for node in ast.walk(fn):
            if not isinstance(node, ast.Return) or not isinstance(node.value, ast.Call):
                continue
            call = node.value
            if not call.args:
                continue
            if isinstance(call.func, ast.Attribute) and call.func.attr == "translate" and len(call.args) >= 2:
                ctx = _str(call.args[0])
                arg = call.args[1]
                if ctx is not None and isinstance(arg, ast.Name) and arg.id == first:
                    return ctx
            arg = call.args[0]
            if isinstance(arg, ast.Name) and arg.id == first:
                target = self._function_target(mod, call.func)
                if target is not None and target in self.wrappers:
                    return self.wrappers[target]
        return None

    def _find_wrappers(self) -> None:
        changed = True
        while changed:  # wrappers of wrappers
            changed = False
            for mod in self.modules.values():
                for node in mod.tree.body:
                    if isinstance(node, ast.FunctionDef) and (mod.name, node.name) not in self.wrappers:
                        ctx = self._wrapper_context(mod, node)
                        if ctx is not None:
                            self.wrappers[(mod.name, node.name)] = ctx
                            changed = True
                    elif isinstance(node, ast.ClassDef):
                        for item in node.body:
                            key = (mod.name, f"{node.name}.{item.name}") if isinstance(item, ast.FunctionDef) else None
                            if key is None or key in self.wrappers:
                                continue
                            ctx = self._wrapper_context(mod, item)
                            if ctx is not None:
                                self.wrappers[key] = ctx
                                self.method_wrappers.setdefault(item.name, set()).add(ctx)
                                changed = True

    def _function_target(self, mod: Module, func) -> tuple[str, str] | None:
        """(module, name) a called name refers to, following imports."""
        if isinstance(func, ast.Name):
            if (mod.name, func.id) in self.wrappers or any(
                    isinstance(n, ast.FunctionDef) and n.name == func.id for n in mod.tree.body):
                return (mod.name, func.id)
            if func.id in mod.imports:
                source, name = mod.imports[func.id]
                return (source, name)
            return None
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in mod.modules:
            return (mod.modules[func.value.id], func.attr)
        return None

    # -- pass 2: the calls ------------------------------------------------------------------------
    def run(self) -> "Extractor":
        for mod in self.modules.values():
            self._visit(mod, mod.tree, cls=None, annotations={})
        return self

    def _add(self, ctx: str, text: str, mod: Module, line: int) -> None:
        msg = self.messages.setdefault((ctx, text), Message(ctx, text))
        msg.locations.append((mod.path.relative_to(self.root).as_posix(), line))

    def _lookup(self, mod: Module, node, reason: str) -> None:
        code = ast.get_source_segment(mod.path.read_text(encoding="utf-8"), node) or ""
        self.lookups.append(Lookup(mod.path.relative_to(self.root).as_posix(), node.lineno, reason,
                                   " ".join(code.split())[:100]))

    def _visit(self, mod: Module, node, cls: str | None, annotations: dict[str, str],
               wrapper_param: str = "", aliases: dict[str, set[str]] | None = None) -> None:
        aliases = aliases or {}
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                self._class_data(mod, child)
                self._visit(mod, child, child.name, {})
                continue
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                ann = dict(annotations)
                for a in child.args.posonlyargs + child.args.args + child.args.kwonlyargs:
                    name = self._annotation_class(a.annotation)
                    if name:
                        ann[a.arg] = name
                for deco in child.decorator_list:
                    self._decorator(mod, deco)
                params = [a.arg for a in child.args.posonlyargs + child.args.args if a.arg not in ("self", "cls")]
                key = (mod.name, f"{cls}.{child.name}" if cls else child.name)
                scope = dict(aliases)
                scope.update(self._param_flow(mod, child, cls))
                scope.update(self._local_aliases(mod, child, cls, ann))
                self._visit(mod, child, cls, ann, params[0] if key in self.wrappers and params else "", scope)
                continue
            if isinstance(child, ast.Call):
                self._call(mod, child, cls, annotations, wrapper_param, aliases)
            self._visit(mod, child, cls, annotations, wrapper_param, aliases)

    def _callable_context(self, mod: Module, node, cls: str | None, annotations: dict[str, str]) -> str | None:
        """The context of a lookup function used as a value: `self.t`, `self.tr`, `tr`."""
        probe = ast.Call(func=node, args=[ast.Constant("x")], keywords=[])
        ast.copy_location(probe, node)
        found: list[str] = []
        saved = self.messages, self.lookups
        self.messages, self.lookups = {}, []
        try:
            self._call(mod, probe, cls, annotations)
            found = [ctx for ctx, _text in self.messages]
        finally:
            self.messages, self.lookups = saved
        return found[0] if found else None

    def _local_aliases(self, mod: Module, fn, cls: str | None, annotations: dict[str, str]) -> dict[str, set[str]]:
        """`t = self.t` in a function: t("…") is a lookup in that context."""
        out: dict[str, set[str]] = {}
        for node in ast.walk(fn):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                    and isinstance(node.value, (ast.Attribute, ast.Name)):
                ctx = self._callable_context(mod, node.value, cls, annotations)
                if ctx is not None:
                    out.setdefault(node.targets[0].id, set()).add(ctx)
        return out

    def _param_flow(self, mod: Module, fn, cls: str | None) -> dict[str, set[str]]:
        """`def words(n, t): … t("…")`: t is whatever lookup function the module's callers
        pass for it (`words(3, self.t)`), so its strings go to those contexts."""
        params = [a.arg for a in fn.args.posonlyargs + fn.args.args]
        called = {n.func.id for n in ast.walk(fn) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        wanted = [p for p in params if p in called]
        if not wanted:
            return {}
        out: dict[str, set[str]] = {}
        for outer in ast.walk(mod.tree):
            if not isinstance(outer, (ast.FunctionDef, ast.ClassDef)):
                continue
            for call in ast.walk(outer):
                if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == fn.name):
                    continue
                owner = next((c.name for c in ast.walk(mod.tree) if isinstance(c, ast.ClassDef)
                              and any(call is n for n in ast.walk(c))), None)
                for index, param in enumerate(params):
                    if param in wanted and index < len(call.args):
                        arg = call.args[index]
                        if isinstance(arg, ast.Name):  # an alias of the caller: `t = self.t`
                            for scope in ast.walk(mod.tree):
                                if isinstance(scope, ast.FunctionDef) and any(call is n for n in ast.walk(scope)):
                                    found = self._local_aliases(mod, scope, owner, {}).get(arg.id)
                                    if found:
                                        out.setdefault(param, set()).update(found)
                        ctx = self._callable_context(mod, arg, owner, {})
                        if ctx is not None:
                            out.setdefault(param, set()).add(ctx)
        return out

    @staticmethod
    def _annotation_class(node) -> str | None:
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute):
            return node.attr
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value.strip("\"'").split(".")[-1] or None
        return None

    def _class_data(self, mod: Module, node: ast.ClassDef) -> None:
        for deco in node.decorator_list:
            self._decorator(mod, deco)
        for item in node.body:
            if not isinstance(item, ast.Assign) or len(item.targets) != 1 or not isinstance(item.targets[0], ast.Name):
                continue
            name = item.targets[0].id
            if name == "TITLE" and _str(item.value):
                self._add(node.name, _str(item.value), mod, item.lineno)
            elif name == "BREADCRUMB" and isinstance(item.value, ast.Tuple):
                for elt in item.value.elts:
                    if _str(elt):
                        self._add(node.name, _str(elt), mod, elt.lineno)

    def _decorator(self, mod: Module, deco) -> None:
        if isinstance(deco, ast.Call) and isinstance(deco.func, ast.Name) and deco.func.id == "dock":
            target = self._function_target(mod, deco.func)
            if target and target[0] in ("ui.docks", "") and len(deco.args) >= 2 and _str(deco.args[1]):
                self._add("Docks", _str(deco.args[1]), mod, deco.lineno)

    def _call(self, mod: Module, call: ast.Call, cls: str | None, annotations: dict[str, str],
              wrapper_param: str = "", aliases: dict[str, set[str]] | None = None) -> None:
        func = call.func
        ctx: str | None = None
        if aliases and isinstance(func, ast.Name) and func.id in aliases:
            text = _str(call.args[0]) if call.args else None
            if text is not None:
                for alias_ctx in sorted(aliases[func.id]):
                    self._add(alias_ctx, text, mod, call.lineno)
            elif call.args and not (isinstance(call.args[0], ast.Name) and call.args[0].id == wrapper_param):
                self._lookup(mod, call, "dynamic")
            return
        text_arg = call.args[0] if call.args else None
        is_lookup = False
        if isinstance(func, ast.Attribute) and func.attr == "translate" and isinstance(func.value, ast.Name) \
                and func.value.id in TRANSLATE_NAMES:
            is_lookup = True
            ctx = _str(call.args[0]) if call.args else None
            text_arg = call.args[1] if len(call.args) > 1 else None
        elif isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP":
            is_lookup = True
            ctx = _str(call.args[0]) if call.args else None
            text_arg = call.args[1] if len(call.args) > 1 else None
        elif isinstance(func, ast.Name) and func.id == "QT_TR_NOOP":
            is_lookup, ctx = True, cls
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            is_lookup = True
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                ctx = cls
            elif isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "super":
                ctx = cls
            elif isinstance(owner, ast.Name) and owner.id in annotations:
                ctx = annotations[owner.id]
            elif isinstance(owner, ast.Name) and owner.id in NAME_CONTEXTS:
                ctx = NAME_CONTEXTS[owner.id]
            elif isinstance(owner, ast.Attribute) and isinstance(owner.value, ast.Name) \
                    and owner.value.id == "self" and owner.attr in NAME_CONTEXTS:
                ctx = NAME_CONTEXTS[owner.attr]
        elif isinstance(func, ast.Name) and func.id in APP_MARKERS and (
                mod.imports.get(func.id, ("",))[0] == "app.i18n" or mod.name == "app.i18n"):
            is_lookup, ctx = True, APP_CONTEXT
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.attr in APP_MARKERS \
                and mod.modules.get(func.value.id) == "app.i18n":
            is_lookup, ctx = True, APP_CONTEXT
        else:
            target = self._function_target(mod, func)
            if target is not None and target in self.wrappers:
                is_lookup, ctx = True, self.wrappers[target]
            elif isinstance(func, ast.Attribute) and func.attr in self.method_wrappers:
                contexts = self.method_wrappers[func.attr]
                is_lookup = True
                ctx = next(iter(contexts)) if len(contexts) == 1 else None
        if not is_lookup:
            return
        text = _str(text_arg) if text_arg is not None else None
        if text is None:
            if isinstance(text_arg, ast.Name) and text_arg.id == wrapper_param:
                return  # the wrapper's own lookup
            if text_arg is not None and ctx != APP_CONTEXT:  # "app": a service's message, marked in app/
                self._lookup(mod, call, "dynamic")
            return
        if ctx is None:
            self._lookup(mod, call, "unresolved")
            return
        self._add(ctx, text, mod, call.lineno)


# -- the .ts file --------------------------------------------------------------------------------

@dataclass
class Entry:
    source: str
    translation: str = ""
    finished: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    vanished: bool = False


def read_ts(path: Path) -> dict[str, dict[str, Entry]]:
    contexts: dict[str, dict[str, Entry]] = {}
    if not path.exists():
        return contexts
    root = ET.parse(path).getroot()
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        entries = contexts.setdefault(name, {})
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            entries[source] = Entry(source, (tr.text or "") if tr is not None else "",
                                    finished=kind == "" and bool(tr is not None and tr.text),
                                    vanished=kind in ("vanished", "obsolete"))
    return contexts


def merge(messages: dict[tuple[str, str], Message], old: dict[str, dict[str, Entry]]) -> dict[str, dict[str, Entry]]:
    """The catalogue of `messages`, with the translations of `old` (same context and text:
    never borrowed from another context, which may be a portal page that stays Italian).
    Translated entries the code no longer has are kept as vanished (lrelease leaves them out)."""
    new: dict[str, dict[str, Entry]] = {}
    for (ctx, source), msg in sorted(messages.items(), key=lambda kv: (kv[0][0], kv[1].locations[0])):
        previous = old.get(ctx, {}).get(source)
        entry = Entry(source, locations=list(msg.locations))
        if previous is not None and previous.translation:
            entry.translation, entry.finished = previous.translation, previous.finished
        new.setdefault(ctx, {})[source] = entry
    for ctx, entries in old.items():
        for source, e in entries.items():
            if source not in new.get(ctx, {}) and e.translation:
                new.setdefault(ctx, {})[source] = Entry(source, e.translation, e.finished, vanished=True)
    return new


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def write_ts(path: Path, catalogue: dict[str, dict[str, Entry]], language: str) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{language}" sourcelanguage="it_IT">']
    for ctx in sorted(catalogue):
        out.append("<context>")
        out.append(f"    <name>{_x(ctx)}</name>")
        for e in catalogue[ctx].values():
            out.append("    <message>")
            for file, line in e.locations:
                rel = os.path.relpath(ROOT / file, path.parent).replace(os.sep, "/")
                out.append(f'        <location filename="{_x(rel)}" line="{line}"/>')
            out.append(f"        <source>{_x(e.source)}</source>")
            kind = ' type="vanished"' if e.vanished else ("" if e.finished else ' type="unfinished"')
            out.append(f"        <translation{kind}>{_x(e.translation)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    text = "\n".join(out) + "\n"
    path.write_text(text, encoding="utf-8")
    return text


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(found).exists():
        raise SystemExit("pyside6-lrelease not found (it comes with PySide6)")
    return found


def build_qm(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", "-nounfinished", "-removeidentical", str(ts), "-qm", str(qm)],
                   check=True)


def qm_is_current(ts: Path, qm: Path) -> bool:
    if not qm.exists():
        return False
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / qm.name
        build_qm(ts, fresh)
        return fresh.read_bytes() == qm.read_bytes()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--report", action="store_true")
    args = parser.parse_args(argv)
    ex = Extractor().run()
    if args.report:
        for lk in ex.lookups:
            print(f"{lk.path}:{lk.line}: {lk.reason}: {lk.code}")
        dynamic = sum(1 for lk in ex.lookups if lk.reason == "dynamic")
        print(f"{len(ex.messages)} strings; {dynamic} dynamic lookups; "
              f"{len(ex.lookups) - dynamic} unresolved")
        return 0
    status = 0
    for name, (qt_lang, contexts) in CATALOGUES.items():
        ts, qm = TRANSLATIONS / f"{name}.ts", TRANSLATIONS / f"{name}.qm"
        old = read_ts(ts)
        messages = {k: m for k, m in ex.messages.items() if contexts is None or k[0] in contexts}
        if args.check:
            missing = [k for k in messages if k[1] not in old.get(k[0], {}) or old[k[0]][k[1]].vanished]
            if missing:
                print(f"{ts.name}: {len(missing)} strings missing, e.g. {missing[:3]}; run tools/translations.py")
                status = 1
            if not qm_is_current(ts, qm):
                print(f"{qm.name} is not the build of {ts.name}; run tools/translations.py")
                status = 1
            continue
        catalogue = merge(messages, old)
        write_ts(ts, catalogue, qt_lang)
        build_qm(ts, qm)
        done = sum(1 for entries in catalogue.values() for e in entries.values() if e.finished and not e.vanished)
        total = sum(1 for entries in catalogue.values() for e in entries.values() if not e.vanished)
        print(f"{ts.relative_to(ROOT)}: {total} strings, {done} translated; {qm.relative_to(ROOT)} built")
    return status


if __name__ == "__main__":
    sys.exit(main())
