"""The port a long-lived sandbox (the window's, `sandbox serve`) listens on, kept per home.

A curl command copied from the Log names the sandbox's address. If every start took any
free port, the command would point at a port nobody listens on after the next start; so
a sandbox that lives as long as the window, or `sandbox serve`, takes the same port each
time, chosen once and kept in `sandbox/port` under the home. A CLI run that embeds its own
sandbox for a single call still takes any free port: it may run beside the window.
"""

from __future__ import annotations

import contextlib
import socket

from core.atomic_files import FileToWrite, write_files
from core.paths import sandbox_dir

PORT_FILE = "port"


def remembered_port(host: str = "127.0.0.1") -> int:
    """The home's sandbox port: the one kept, else a free one, kept from now on."""
    path = sandbox_dir() / PORT_FILE
    with contextlib.suppress(OSError, ValueError):
        port = int(path.read_text(encoding="ascii").strip())
        if 1024 <= port <= 65535:
            return port
    port = _free_port(host)
    with contextlib.suppress(OSError):  # a port not kept is a port chosen again next time
        write_files([FileToWrite(path, f"{port}\n".encode())], overwrite=True)
    return port


def _free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def start_on_home_port(server_factory):
    """Start `server_factory(port)` on the home's port; when another program holds it,
    on any free port. Returns the started server and, in the second case, what to say."""
    from core.sandbox.server import SandboxError

    port = remembered_port()
    try:
        return server_factory(port).start(), None
    except SandboxError:
        server = server_factory(0).start()
        return server, (
            f"The sandbox's usual port {port} is taken (another window or `sandbox serve`?); "
            f"it listens on {server.port} this time, so curl commands copied earlier point "
            "at the other one."
        )
