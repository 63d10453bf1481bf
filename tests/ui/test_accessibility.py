"""House rules checked on every registered page: each interactive widget has an
accessible name equal to its visible Italian label; every page shows the
SIMULAZIONE marker; every visible string in ui/ goes through Qt translation."""
import ast
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
)

from tests.helpers import login_as, make_window
from ui.browser import router
from ui.pages import load_all

UI_DIR = Path(__file__).resolve().parents[2] / "ui"
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def _routes():
    load_all()
    return sorted(router.routes(), key=lambda r: (r.host, r.path))


def _visible_label(widget) -> str:
    if isinstance(widget, (QAbstractButton, QCheckBox, QRadioButton)):
        return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    return ""


def _problems(root) -> list[str]:
    problems = []
    for widget in root.findChildren(QAbstractButton) + [w for cls in INTERACTIVE[1:] for w in root.findChildren(cls)]:
        if not widget.isVisibleTo(root):
            continue
        name = widget.accessibleName().strip()
        shown = _visible_label(widget)
        if not name:
            problems.append(f"{type(widget).__name__} {shown!r} has no accessible name")
        elif shown and shown != name and not re.fullmatch(r"[^\w]*", shown):
            problems.append(f"{type(widget).__name__}: label {shown!r} != accessible name {name!r}")
    return problems


@pytest.mark.parametrize("persona", [None, "pensionata"])
def test_every_page_names_its_controls(qtbot, db_path, persona):
    window = make_window(qtbot, db_path)
    if persona:
        login_as(window, persona, "pin_dispositivo")
    failures = {}
    for item in _routes():
        if item.login_required and not persona:
            continue
        url = f"https://{item.host}{item.path}"
        window.current_tab().navigate(url)
        page = window.current_tab().page
        problems = _problems(page)
        if problems:
            failures[url] = problems[:5]
        assert window.sim_marker.isVisible()
    assert not failures, failures


def test_window_chrome_names_its_controls(qtbot, db_path):
    window = make_window(qtbot, db_path)
    problems = _problems(window.toolbar)
    for name, panel in window.dock_panels.items():
        problems += [f"{name}: {p}" for p in _problems(panel)]
    assert not problems, problems[:20]


_CALLS_WITH_TEXT = {"label", "heading", "button", "alert", "QLabel", "QPushButton", "QCheckBox", "QRadioButton",
                    "checkbox", "LinkButton", "setText", "setWindowTitle", "setPlaceholderText", "setToolTip"}


def _literal_visible_strings(path: Path) -> list[str]:
    """String literals with letters passed straight to a widget text call (not through tr)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in _CALLS_WITH_TEXT or not node.args:
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str) and re.search(r"[A-Za-zÀ-ÿ]{3}", first.value):
            found.append(f"{path.name}:{node.lineno}: {first.value[:50]!r}")
    return found


# Names and marks that are not language: brand names of the simulation, symbols.
_ALLOWED = re.compile(r"^(CercaLibero|INPS|MyINPS|SPID|CNS|PIN|P·I|PEC|OK|[A-Z]{2,6}ID.*)$")


def test_visible_strings_go_through_translation():
    offenders = []
    for path in sorted(UI_DIR.rglob("*.py")):
        for item in _literal_visible_strings(path):
            text = item.split(": ", 1)[1].strip("'\"")
            if not _ALLOWED.match(text):
                offenders.append(item)
    assert not offenders, offenders[:30]
