"""The house rules of DESIGN.md, checked on the source: app/ is Qt-free, ui/ never
touches peewee models, services take time from the simulated clock."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_app_imports_no_qt():
    offenders = [str(p) for p in (ROOT / "app").rglob("*.py")
                 if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in _imports(p))]
    assert not offenders


def test_ui_never_imports_models_or_peewee():
    offenders = [str(p) for p in (ROOT / "ui").rglob("*.py")
                 if any(n == "peewee" or n.startswith("app.models") or n.startswith("playhouse") for n in _imports(p))]
    assert not offenders


def test_services_read_time_from_the_simulated_clock():
    offenders = []
    for path in list((ROOT / "app" / "services").rglob("*.py")) + list((ROOT / "app" / "pdf").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for needle in ("datetime.now(", "date.today(", "datetime.today(", "time.time("):
            if needle in text:
                offenders.append(f"{path.name}: {needle}")
    assert not offenders, offenders
