"""The trainer's side of the classroom: the console (a window of its own) and the
code gate it shares with the kiosk. See ui/trainer/console.py."""
from __future__ import annotations

from .code_gate import CodeGate
from .console import TrainerConsole, open_console

__all__ = ["CodeGate", "TrainerConsole", "open_console"]
