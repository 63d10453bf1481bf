"""The network guard (tests/netguard.py) is on for every test and trips: a test that
connects to anything but a Unix socket fails, even if it swallows the error."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

from tests import netguard

ROOT = Path(__file__).resolve().parents[2]


def test_the_guard_is_installed_for_this_session():
    assert netguard.installed()


def test_unix_sockets_are_allowed():
    a, b = socket.socketpair(socket.AF_UNIX)
    try:
        a.sendall(b"ok")
        assert b.recv(2) == b"ok"
    finally:
        a.close()
        b.close()


def test_a_test_that_reaches_the_network_fails(tmp_path):
    (tmp_path / "test_probe.py").write_text(textwrap.dedent('''
        import socket, urllib.request

        def test_tcp():
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.settimeout(0.2)
            s.connect(("192.0.2.1", 80))  # TEST-NET-1: never routed

        def test_swallowed():
            try:
                socket.create_connection(("example.invalid", 443), timeout=0.2)
            except Exception:
                pass  # the code under test hides the error: the test still fails

        def test_udp():
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("192.0.2.1", 53))

        def test_connect_ex_loopback():
            socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect_ex(("127.0.0.1", 9))

        def test_http():
            try:
                urllib.request.urlopen("http://192.0.2.1/", timeout=0.2)
            except Exception:
                pass

        def test_unix(tmp_path):
            path = str(tmp_path / "s")
            server = socket.socket(socket.AF_UNIX)
            server.bind(path)
            server.listen(1)
            client = socket.socket(socket.AF_UNIX)
            client.connect(path)
            client.close()
            server.close()
    '''))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.netguard", "-p", "no:cacheprovider", "-q", "-rf",
         "--rootdir", str(tmp_path), str(tmp_path / "test_probe.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    out = result.stdout + result.stderr
    assert "5 failed, 1 passed" in out, out
    assert "a test tried to reach the network" in out
    for name in ("test_tcp", "test_swallowed", "test_udp", "test_connect_ex_loopback", "test_http"):
        assert f"FAILED test_probe.py::{name}" in out, out
