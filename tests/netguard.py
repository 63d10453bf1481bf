"""pytest plugin: no test may open a network connection. Palestra INPS never goes on the
network; the tests prove it by making any test fail that connects (or sends a datagram)
to anything but a local Unix socket (AF_UNIX: a PostgreSQL cluster on a socket file, Qt's
local sockets, socketpair).

Registered in tests/conftest.py (``pytest_plugins = ["tests.netguard"]``); run by hand
with ``python -m pytest -p tests.netguard``.

The attempt raises :class:`NetworkBlocked` at once (the connection is never opened) and
is also recorded, so that the test fails even when the code under test swallows the
exception. Guarded: ``socket.socket.connect``, ``connect_ex``, ``sendto``, ``sendmsg`` and
``socket.create_connection`` (which would resolve a host name first).
"""
from __future__ import annotations

import socket

import pytest

_attempts: list[str] = []
_originals: dict[str, object] = {}


class NetworkBlocked(ConnectionRefusedError):
    """A test tried to reach the network."""


def _refuse(what: str, address) -> NetworkBlocked:
    message = f"a test tried to reach the network: {what} {address!r} (only AF_UNIX sockets are allowed)"
    _attempts.append(message)
    return NetworkBlocked(message)


def _is_unix(sock) -> bool:
    return getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX


def _connect(self, address):
    if not _is_unix(self):
        raise _refuse("connect", address)
    return _originals["connect"](self, address)


def _connect_ex(self, address):
    if not _is_unix(self):
        raise _refuse("connect_ex", address)
    return _originals["connect_ex"](self, address)


def _sendto(self, data, *args):
    address = args[-1] if args else None
    if not _is_unix(self):
        raise _refuse("sendto", address)
    return _originals["sendto"](self, data, *args)


def _sendmsg(self, buffers, *args):
    address = args[2] if len(args) > 2 else None
    if address is not None and not _is_unix(self):
        raise _refuse("sendmsg", address)
    return _originals["sendmsg"](self, buffers, *args)


def _create_connection(address, *args, **kwargs):
    raise _refuse("create_connection", address)


def install() -> None:
    if _originals:
        return
    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        _originals[name] = getattr(socket.socket, name)
    _originals["create_connection"] = socket.create_connection
    socket.socket.connect = _connect
    socket.socket.connect_ex = _connect_ex
    socket.socket.sendto = _sendto
    socket.socket.sendmsg = _sendmsg
    socket.create_connection = _create_connection


def uninstall() -> None:
    if not _originals:
        return
    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        setattr(socket.socket, name, _originals[name])
    socket.create_connection = _originals["create_connection"]
    _originals.clear()


def installed() -> bool:
    return socket.socket.connect is _connect and socket.create_connection is _create_connection


def pytest_configure(config) -> None:
    install()


def pytest_unconfigure(config) -> None:
    uninstall()


def pytest_runtest_setup(item) -> None:
    _attempts.clear()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Setup, call or teardown that tried to reach the network fails, whatever the code did
    with the exception."""
    outcome = yield
    report = outcome.get_result()
    if _attempts and not report.failed:
        report.outcome = "failed"
        report.longrepr = "\n".join(dict.fromkeys(_attempts))
    _attempts.clear()
