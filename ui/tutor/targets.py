"""Where a lesson step's target is on the screen: one resolver for the tutor's
highlight ("Mostra dove") and for the tests (tests.helpers.lesson_target).

A target is a scope plus an Italian accessible name, unique within that scope
(app/lessons/model.py):

- ``page``    the page of the current tab;
- ``toolbar`` the browser's toolbar (Indietro, Avanti, Indirizzo, Io sono...);
- ``dock``    the dock whose object name is ``panel`` (``ClockDock``, ``PhoneDock``...): a
              section of «Il mio mondo» (``PhoneDock``, ``LetterboxDock``...) is brought to
              the front of the area; ``WorldDock`` is the area itself (its section buttons
              «Telefono», «Cassetta postale»...);
- ``dialog``  the visible top-level window whose object name is ``panel`` (``PdfViewer``...);
- ``tutor``   the Lezione panel itself;
- ``menu``    the menu bar (the name is one of its menus: "Lezioni", "Simulazione"...).

When a name is found more than once in a scope, interactive widgets (buttons, fields)
win over labels and frames; among those the first in the widget tree wins.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QMenuBar, QWidget

TUTOR_DOCK = "LessonDock"
# The lessons are written in Italian; with --lang de the program's own chrome (toolbar, menus,
# panels, the tutor, its dialogs) shows the German of these contexts, so a target of those
# scopes is also found by its translation (the portal's pages stay Italian).
CHROME_CONTEXTS = ("MainWindow", "Docks", "Tutor", "PdfViewer", "FileChooser", "Accessibility")


def names_for(target) -> set[str]:
    """The target's Italian name and what the chrome shows for it in the language in use."""
    from PySide6.QtCore import QCoreApplication

    names = {target.name}
    if target.scope != "page":
        for ctx in CHROME_CONTEXTS:
            for source in (target.name, "&" + target.name):
                shown = QCoreApplication.translate(ctx, source)
                if shown != source:
                    names.add(_plain(shown))
    return names


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def scope_root(window, target, *, reveal: bool = False) -> QWidget | None:
    """The widget a target's name is looked up in (None: that scope is not on screen)."""
    scope = target.scope
    if scope == "page":
        # What the learner sees as the page: the page and the portal's header, navigation
        # and footer around it (the tab's frame; pages kept for Indietro are hidden there).
        tab = window.current_tab()
        if tab is None or tab.page is None:
            return None
        tab.page.build_below_the_fold()  # the part below the first screen too, if it is still to come
        return tab.frame
    if scope == "toolbar":
        return window.toolbar
    if scope == "menu":
        return window.menuBar()
    if scope == "dock" and target.panel == "WorldDock":
        dock = window.docks.get("WorldDock")
        if reveal and dock is not None and not dock.isVisible():
            dock.show()
            QApplication.processEvents()
        return getattr(window, "world_area", None)
    if scope in ("dock", "tutor"):
        name = TUTOR_DOCK if scope == "tutor" else target.panel
        if reveal:
            dock = window.docks.get(name)
            if dock is None or not dock.isVisible() or dock.visibleRegion().isEmpty():
                window.show_dock(name)
                QApplication.processEvents()
        return window.dock_panels.get(name)
    if scope == "dialog":
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.objectName() == target.panel:
                return widget
        return None
    return None


def matches(window, target, *, reveal: bool = False) -> list[QWidget]:
    """Every visible widget of the target's scope named like the target, best first."""
    root = scope_root(window, target, reveal=reveal)
    if root is None or not shiboken6.isValid(root):
        return []
    names = names_for(target)
    if target.scope == "menu":
        bar = root if isinstance(root, QMenuBar) else None
        if bar is not None and any(_plain(a.text()) in names for a in bar.actions()):
            return [bar]
        return []
    found = [w for w in root.findChildren(QWidget) if w.accessibleName() in names and w.isVisible()]
    if root.accessibleName() in names and root.isVisible():
        found.insert(0, root)
    interactive = [w for w in found if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isEnabled()]
    rest = [w for w in found if w not in interactive]
    return interactive + rest


def resolve(window, target, *, reveal: bool = False) -> QWidget | None:
    """The widget a target names, or None when it is not on screen now."""
    if target is None:
        return None
    found = matches(window, target, reveal=reveal)
    return found[0] if found else None


def target_rect(widget: QWidget, target) -> QRect:
    """The part of `widget` to frame, in the widget's own coordinates (a menu of the menu
    bar is only a part of the bar)."""
    if target is not None and target.scope == "menu" and isinstance(widget, QMenuBar):
        names = names_for(target)
        for action in widget.actions():
            if _plain(action.text()) in names:
                return widget.actionGeometry(action)
    return widget.rect()
