"""Mark the user-facing messages of app/ for translation with app.i18n._t.

    python tools/mark_messages.py app/services/pin.py ...   # rewrite these files
    python tools/mark_messages.py --count                   # what is still unmarked in app/

A message is found where the code says it is one:
- the first argument (or `message=`) of a `...Error(...)` call, the values of a
  `ValidationError({...})`, values stored in `errors[...]`;
- assignments to a variable named problem / message / msg / advice / reason_text;
- the returns of functions named `*_error`, `*_problem`, `*_phrase`, `*_message`;
- module constants used in one of those places (`WAYS_OUT = "..."`).

`"Testo fisso."` becomes `_t("Testo fisso.")`; `f"PIN errato. {left} tentativi"` becomes
`_t("PIN errato. {left} tentativi", left=left)`; `"..." + WAYS_OUT` becomes
`_t("...{ways_out}", ways_out=WAYS_OUT)`; each branch of `a if c else b` on its own. The
placeholders are named after their expression (`citizen.nome` -> nome). Whatever else
reaches a message (a variable built elsewhere, a join) is left as it is and counted.
"""
from __future__ import annotations

import argparse
import ast
import keyword
import re
import sys
import tokenize
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MESSAGE_VARS = {"problem", "message", "msg", "advice", "reason_text"}
MESSAGE_FUNCS = re.compile(r".*_(error|problem|phrase|message)$")
NOT_MESSAGES = {"status_message"}


def _is_str(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_marked(node) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_t", "N_")


BUILTIN_ERRORS = {n for n in dir(__import__("builtins")) if n.endswith("Error")}


def _error_call(node) -> bool:
    """A program's own error (ServiceError and its kind); Python's (ValueError...) carry
    messages for developers, which stay as they are."""
    f = node.func
    name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
    return name.endswith("Error") and name not in BUILTIN_ERRORS and name not in ("SpidError",)


def _literalish(node) -> bool:
    """A str literal, an f-string, or a + chain with at least one literal."""
    if _is_str(node) or isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = _add_parts(node)
        return any(_is_str(p) or isinstance(p, ast.JoinedStr) for p in parts) and parts is not None
    return False


def _add_parts(node) -> list | None:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _add_parts(node.left), _add_parts(node.right)
        return None if left is None or right is None else left + right
    return [node]


def find_sites(tree: ast.Module) -> tuple[list, set[str]]:
    """The message expressions of a module, and the module constants used as messages."""
    sites: list = []
    names: set[str] = set()

    def take(node) -> None:
        if node is None or _is_marked(node):
            return
        if isinstance(node, ast.IfExp):
            take(node.body)
            take(node.orelse)
            return
        if isinstance(node, ast.Dict):
            for v in node.values:
                take(v)
            return
        if isinstance(node, ast.Name):
            names.add(node.id)
        sites.append(node)

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _error_call(node):
            if node.args:
                take(node.args[0])
            for kw in node.keywords:
                if kw.arg == "message":
                    take(kw.value)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) \
                        and "error" in target.value.id:
                    take(node.value)
                elif isinstance(target, ast.Name) and target.id in MESSAGE_VARS:
                    take(node.value)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and MESSAGE_FUNCS.match(node.name):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    if isinstance(inner.value, ast.Tuple):  # (value, message)
                        for elt in inner.value.elts:
                            if _literalish(elt) or isinstance(elt, ast.IfExp):
                                take(elt)
                    else:
                        take(inner.value)
    # Names that fill a placeholder of a message are messages (or parts of one) too.
    for site in list(sites):
        parts = _add_parts(site) if isinstance(site, ast.BinOp) else [site]
        for part in parts or []:
            values = part.values if isinstance(part, ast.JoinedStr) else [part]
            for v in values:
                inner = v.value if isinstance(v, ast.FormattedValue) else v
                if isinstance(inner, ast.Name):
                    names.add(inner.id)
    # module constants and variables with those names, when they are assigned a text
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and node.targets[0].id in names and node.targets[0].id not in NOT_MESSAGES:
            value = node.value
            branches = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
            for b in branches:
                if _literalish(b) and not (_is_str(b) and not re.search(r"[A-Za-zÀ-ÿ]{2}", b.value)):
                    take(b)
    return sites, names


# -- placeholders -----------------------------------------------------------------------------------

def _name_for(expr) -> str:
    if isinstance(expr, ast.Name):
        name = expr.id.strip("_").lower() or "valore"
    elif isinstance(expr, ast.Attribute):
        name = expr.attr.strip("_").lower()
    elif isinstance(expr, ast.Subscript) and _is_str(expr.slice) and expr.slice.value.isidentifier():
        name = expr.slice.value
    elif isinstance(expr, ast.Subscript):
        return _name_for(expr.value)
    elif isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == "get":
        return _name_for(expr.func.value)
    elif isinstance(expr, ast.Call):
        f = expr.func
        fname = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
        if fname in ("str", "int", "repr", "abs", "round", "sorted", "list") and expr.args:
            return _name_for(expr.args[0])
        if fname == "len" and expr.args:
            return "n_" + _name_for(expr.args[0])
        if fname in ("join", "strftime", "format", "upper", "lower", "strip", "title") and expr.args:
            return _name_for(expr.args[0]) if fname == "join" else _name_for(f.value if isinstance(f, ast.Attribute) else expr.args[0])
        name = fname.strip("_").lower() or "valore"
    else:
        name = "valore"
    name = re.sub(r"\W", "_", name)
    if keyword.iskeyword(name) or not name.isidentifier() or name == "template":
        name += "_"
    return name


class Template:
    def __init__(self):
        self.names: dict[str, str] = {}  # expression source -> placeholder name
        self.args: list[tuple[str, str]] = []

    def placeholder(self, expr, conversion: int = -1, spec: str = "") -> str:
        source = ast.unparse(expr)
        if source not in self.names:
            base = _name_for(expr)
            name, n = base, 2
            while name in self.names.values():
                name, n = f"{base}{n}", n + 1
            self.names[source] = name
            self.args.append((name, source))
        conv = {115: "!s", 114: "!r", 97: "!a"}.get(conversion, "")
        return "{" + self.names[source] + conv + (":" + spec if spec else "") + "}"

    def piece(self, node) -> str | None:
        """The template text of a literal, an f-string, or (a + operand) an expression."""
        if _is_str(node):
            return node.value.replace("{", "{{").replace("}", "}}")
        if isinstance(node, ast.JoinedStr):
            out = []
            for value in node.values:
                if _is_str(value):
                    out.append(value.value.replace("{", "{{").replace("}", "}}"))
                elif isinstance(value, ast.FormattedValue):
                    spec = ""
                    if value.format_spec is not None:
                        if not all(_is_str(v) for v in value.format_spec.values):
                            return None
                        spec = "".join(v.value for v in value.format_spec.values)
                    out.append(self.placeholder(value.value, value.conversion, spec))
                else:
                    return None
            return "".join(out)
        return self.placeholder(node)


def literal(text: str) -> str:
    out = ['"']
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _offsets(source: str) -> list[int]:
    starts, total = [0], 0
    for line in source.splitlines(keepends=True):
        total += len(line)
        starts.append(total)
    return starts


def _span(node, starts: list[int], source: str) -> tuple[int, int]:
    """Character offsets of a node (ast's columns count UTF-8 bytes)."""
    def at(line: int, col: int) -> int:
        text = source[starts[line - 1]:starts[line]]
        return starts[line - 1] + len(text.encode("utf-8")[:col].decode("utf-8"))

    return at(node.lineno, node.col_offset), at(node.end_lineno, node.end_col_offset)


def _string_tokens(segment: str) -> list[tuple[int, int, str]] | None:
    """(start, end, text) of each string token of a segment made only of string tokens."""
    found = []
    starts = _offsets(segment)
    try:
        for tok in tokenize.generate_tokens(StringIO(segment).readline):
            if tok.type == tokenize.STRING:
                s = starts[tok.start[0] - 1] + tok.start[1]
                e = starts[tok.end[0] - 1] + tok.end[1]
                found.append((s, e, tok.string))
            elif tok.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT, tokenize.ENDMARKER,
                                  tokenize.INDENT, tokenize.DEDENT, tokenize.OP) or (
                    tok.type == tokenize.OP and tok.string not in "()"):
                return None
    except (tokenize.TokenError, IndentationError):
        return None
    return found


def convert(node, source: str, starts: list[int]) -> tuple[int, int, str] | None:
    """(start, end, replacement) for one message expression, or None if it cannot be marked."""
    if _is_str(node) and not node.value:
        return None
    start, end = _span(node, starts, source)
    segment = source[start:end]
    template = Template()
    if _is_str(node) or isinstance(node, ast.JoinedStr):
        tokens = _string_tokens(segment)
        if tokens is None:
            return None
        pieces = []
        for s, e, text in tokens:
            part = ast.parse(text, mode="eval").body
            piece = template.piece(part)
            if piece is None:
                return None
            pieces.append((s, e, piece))
        if not template.args:  # no placeholder: the literal as written, braces as they are
            return (start, end, f"_t({segment})")
        new = segment
        for s, e, piece in reversed(pieces):
            new = new[:s] + literal(piece) + new[e:]
    elif isinstance(node, ast.BinOp):
        parts = _add_parts(node)
        if parts is None or not any(_is_str(p) or isinstance(p, ast.JoinedStr) for p in parts):
            return None
        text = ""
        for p in parts:
            piece = template.piece(p)
            if piece is None:
                return None
            text += piece
        new = literal(text)
    else:
        return None
    args = "".join(f", {name}={src}" for name, src in template.args)
    return (start, end, f"_t({new}{args})")


def add_import(source: str) -> str:
    if re.search(r"^from app\.i18n import .*\b_t\b", source, re.M):
        return source
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    top = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    after = [n for n in top if isinstance(n, ast.ImportFrom) and (n.module or "") == "__future__"]
    first_app = next((n for n in top if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("app")), None)
    if first_app is not None:
        at = first_app.lineno - 1
        lines.insert(at, "from app.i18n import _t\n")
    elif top:
        last = max(top, key=lambda n: n.end_lineno)
        lines.insert(last.end_lineno, "\nfrom app.i18n import _t\n" if last in after else "from app.i18n import _t\n")
    else:
        lines.insert(0, "from app.i18n import _t\n")
    return "".join(lines)


def mark(path: Path) -> tuple[int, int]:
    """Rewrite `path`; returns (marked, left)."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    sites, _names = find_sites(tree)
    starts = _offsets(source)
    edits, left, seen = [], 0, set()
    for node in sites:
        key = (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
        if key in seen:
            continue
        seen.add(key)
        if not _literalish(node):
            continue  # a variable, a call: the message is made (and marked) elsewhere, or not
        edit = convert(node, source, starts)
        if edit is None:
            if not (_is_str(node) and not node.value):
                left += 1
            continue
        edits.append(edit)
    edits.sort(key=lambda ed: (ed[0], -ed[1]))
    kept = []
    for ed in edits:  # a message inside another one (a constant used twice): the outer one wins
        if kept and ed[0] < kept[-1][1]:
            continue
        kept.append(ed)
    edits = kept
    for s, e, new in reversed(edits):
        source = source[:s] + new + source[e:]
    if edits:
        source = add_import(source)
        path.write_text(source, encoding="utf-8")
    return len(edits), left


def count(paths: list[Path]) -> dict[str, tuple[int, int, int]]:
    """Per file: (marked, literal messages still unmarked, non-literal messages)."""
    result = {}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        marked = sum(1 for n in ast.walk(tree) if _is_marked(n))
        sites, _ = find_sites(tree)
        literal_left = sum(1 for n in sites if _literalish(n) and not (_is_str(n) and not n.value))
        other = sum(1 for n in sites if not _literalish(n) and not isinstance(n, ast.Name) and not (
            isinstance(n, ast.Constant)))
        if marked or literal_left or other:
            result[str(path.relative_to(ROOT))] = (marked, literal_left, other)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--count", action="store_true")
    args = parser.parse_args(argv)
    if args.count:
        paths = sorted(p for p in (ROOT / "app").rglob("*.py") if "__pycache__" not in p.parts)
        table = count(paths)
        for name, (marked, left, other) in table.items():
            print(f"{name}: {marked} marked, {left} literal messages unmarked, {other} built otherwise")
        print("total:", *(sum(v[i] for v in table.values()) for i in range(3)))
        return 0
    for path in args.files:
        done, left = mark(path.resolve())
        print(f"{path}: {done} marked, {left} left")
    return 0


if __name__ == "__main__":
    sys.exit(main())
