"""Messages of app/ marked for translation, without Qt.

Italian is the source language. A service writes its message with `_t`:

    from app.i18n import _t
    raise ServiceError(_t("PIN errato. {tentativi} prima del blocco della carta.", tentativi=tries), "pin")

`_t(template, **args)` returns a `Text`: a plain `str` (the Italian message with the
arguments filled in, so every caller that compares, logs or joins messages keeps working)
that also remembers its `template` and `args`. The catalogue tool (tools/translations.py)
extracts every `_t("...")` of app/ under the translation context "app"; the interface
(ui.i18n.service_text) translates the template and then fills in the arguments, so a
placeholder survives the translation ("PIN falsch. {tentativi} ...").

Placeholders use str.format's syntax, by name. An argument that is itself a `Text` is
translated too. `N_` is the same marker for a message kept in a table and used later.
"""
from __future__ import annotations

from typing import Any

CONTEXT = "app"  # the translation context of every message of app/


class Text(str):
    """An Italian message (the formatted text) with its template and arguments."""

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, **args: Any) -> "Text":
        value = template.format(**args) if args else template
        text = super().__new__(cls, value)
        text.template = template
        text.args = dict(args)
        return text

    def __reduce__(self):  # pickles (multiprocessing, copies) as the same message
        return (_rebuild, (self.template, self.args))


def _rebuild(template: str, args: dict) -> Text:
    return Text(template, **args)


def _t(template: str, /, **args: Any) -> Text:
    """Mark `template` (Italian, placeholders `{name}`) for translation; fill in `args`."""
    return Text(template, **args)


N_ = _t


def template_of(message: str) -> tuple[str, dict[str, Any]]:
    """(template, args) of a message: a Text's own, or the plain string with no arguments."""
    if isinstance(message, Text):
        return message.template, message.args
    return str(message), {}


__all__ = ["CONTEXT", "N_", "Text", "_t", "template_of"]
