"""Portal pages. Every module in this package registers its pages with the
router's @route decorator. `resolve` imports only the module of the address asked
for (the table in _routes.py); `load_all()` imports them all, once."""
from __future__ import annotations

import importlib
import logging
import os
import pkgutil
import traceback

from ..browser import router
from . import _routes

log = logging.getLogger(__name__)
_loaded = False


def load_all() -> None:
    global _loaded
    if _loaded:
        return
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        importlib.import_module(f"{__name__}.{info.name}")
    _loaded = True


def resolve(text: str) -> router.Resolved:
    """router.resolve, importing the page's module first if it is not loaded yet: the one
    the route table names, or every module for an address the table does not know."""
    resolved = router.resolve(text)
    if resolved.route is None and not _loaded:
        module = _routes.module_for(router.address_key(text))
        if module is not None:
            try:
                importlib.import_module(f"{__name__}.{module}")
            except ModuleNotFoundError as exc:  # a stale line of the table: import them all below
                if exc.name != f"{__name__}.{module}":
                    raise
                log.error("ui/pages/_routes.py names a module that does not exist: %s", module)
            resolved = router.resolve(text)
        if resolved.route is None:
            load_all()
            resolved = router.resolve(text)
    return resolved


def build_page(resolved: router.Resolved, ctx):
    """The page for a resolved address; a broken page shows an error page, never a crash."""
    from .system import ErrorPage, NotFoundPage, OfflinePage

    if resolved.route is None:
        factory = NotFoundPage if resolved.kind == router.NOT_FOUND else OfflinePage
    else:
        factory = resolved.route.factory
    try:
        return factory(ctx)
    except Exception:  # a bug in one page must not take the program down
        if os.environ.get("PALESTRA_STRICT"):  # tests want the bug, not the error page
            raise
        log.error("page %s failed:\n%s", resolved.url, traceback.format_exc())
        return ErrorPage(ctx)
