"""Dock panels: the citizen's world (phone, mail, letterbox, wallet...), the clock,
the Fascicolo sections. Modules register docks with @dock; the window creates them.

    @dock("PhoneDock", "Telefono", area="world", order=10)
    class PhoneDock(DockPanel):
        def refresh(self): ...   # re-read from app.services (called when the world changes)

area "world": a section of the one panel area «Il mio mondo» (ui/docks/_world.py), chosen
with its large named button, in `order`; "right", "left", "bottom": a dock of its own.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget


@dataclass(frozen=True)
class DockSpec:
    object_name: str
    title: str  # Italian source text, translated when shown
    factory: type
    area: str = "right"  # "world" (a section of «Il mio mondo»), "right", "left" or "bottom"
    order: int = 50
    visible: bool = True  # shown at start (a dock; the sections are always in the area's column)
    tabify_with: str = ""  # object name of a dock to stack with (docks only)


_DOCKS: dict[str, DockSpec] = {}
_loaded = False


def dock(object_name: str, title: str, *, area: str = "right", order: int = 50, visible: bool = True,
         tabify_with: str = ""):
    def register(cls):
        _DOCKS[object_name] = DockSpec(object_name, title, cls, area, order, visible, tabify_with)
        return cls

    return register


# The panels shown when the program starts (the clock and the first section of the world
# area): imported first so that the window can be painted before the others are even loaded.
START_MODULES = ("clock", "phone")


def load_all(only: tuple[str, ...] | None = None) -> list[DockSpec]:
    """Import the dock modules (all, or `only` those) and return the registered specs."""
    global _loaded
    if only is not None:
        for name in only:
            importlib.import_module(f"{__name__}.{name}")
    elif not _loaded:
        for info in pkgutil.iter_modules(__path__):
            if not info.name.startswith("_"):
                importlib.import_module(f"{__name__}.{info.name}")
        _loaded = True
    return sorted(_DOCKS.values(), key=lambda s: (s.order, s.object_name))


class DockPanel(QWidget):
    """Content of a dock. `self.window` is the MainWindow (world, person, open_pdf...)."""

    def __init__(self, window):
        super().__init__()
        self.window = window
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)
        self.layout_.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setup()

    @property
    def world(self):
        return self.window.world

    @property
    def person_id(self) -> int | None:
        return self.window.person_id

    def setup(self) -> None:
        """Build the widgets."""

    def refresh(self) -> None:
        """Re-read what is shown (the world changed, the clock moved, another person)."""

    def badge(self) -> int:
        """Number shown on the section's button (unread messages); 0 for none."""
        return 0

    def keeps_focus(self) -> bool:
        """True while the learner is in the middle of something here (a phone call): an
        arrival elsewhere is announced without switching the area away from this panel."""
        return False

    @staticmethod
    def t(text: str) -> str:
        return QCoreApplication.translate("Docks", text)
