"""Running the sandbox: uvicorn on loopback, in a background thread or in the foreground.

The GUI (and the tests) need the server beside their own event loop, so it runs in a
thread with a loop of its own; `sandbox serve` runs the same thing and waits for Ctrl-C.
The socket is bound before uvicorn starts, so port 0 gives a free port whose number is
known at once and two sandboxes never race for one.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import sys
import threading
import time
from collections.abc import Callable

import uvicorn

from core.errors import WorkbenchError
from core.sandbox.app import SandboxConfig, create_app
from core.sandbox.store import SandboxStore
from core.texts import QT_TRANSLATE_NOOP

__all__ = ["SandboxConfig", "SandboxServer", "serve"]

DEFAULT_HOST = "127.0.0.1"
START_TIMEOUT_S = 10.0
GRACEFUL_SHUTDOWN_S = 2  # a top-up held by the timeout account must not hold up a stop


class SandboxError(WorkbenchError):
    """The sandbox could not start."""


class SandboxServer:
    """The sandbox on `host:port` (port 0: any free one) while started.

    Without a store it opens the one under the workbench home and closes it on stop.
    """

    def __init__(
        self,
        store: SandboxStore | None = None,
        config: SandboxConfig | None = None,
        *,
        host: str = DEFAULT_HOST,
        port: int = 0,
        access_log: bool = False,
    ) -> None:
        self.config = config or SandboxConfig()
        self._own_store = store is None
        self.store = store if store is not None else SandboxStore()
        self.host = host
        self._requested_port = port
        self._access_log = access_log
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port: int | None = None

    @property
    def url(self) -> str:
        if self.port is None:
            raise RuntimeError("the sandbox is not running; call start() first")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> SandboxServer:
        sock = _bind(self.host, self._requested_port)
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            create_app(self.store, self.config),
            lifespan="off",
            log_config=None,
            access_log=self._access_log,
            timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [sock]},
            name=f"ovo-sandbox-{self.port}",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                sock.close()
                raise SandboxError(
                    QT_TRANSLATE_NOOP("core", "The sandbox did not start on {host}:{port}.").format(
                        host=self.host, port=self.port
                    ),
                    QT_TRANSLATE_NOOP(
                        "core", "Run `python main.py sandbox serve` in a terminal to see why."
                    ),
                )
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(START_TIMEOUT_S + GRACEFUL_SHUTDOWN_S)
        self._server = self._thread = None
        if self._own_store:
            self.store.close()

    def wait(self, poll: float = 0.5) -> None:
        """Block until the server stops; Ctrl-C reaches the caller between polls."""
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(poll)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio turns Nagle off only on sockets whose proto says TCP, and
    # with Nagle on, a response written in two parts waits for the client's delayed ACK
    # (40 ms a call on Linux).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    if sys.platform != "win32":  # on Windows it would let two servers share the port
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise SandboxError(
            QT_TRANSLATE_NOOP(
                "core", "The sandbox cannot listen on {host}:{port}: {error}."
            ).format(host=host, port=port, error=exc.strerror or exc),
            QT_TRANSLATE_NOOP(
                "core", "Choose another --port, or leave --port out to take any free one."
            ),
        ) from None
    sock.set_inheritable(False)
    return sock


def serve(
    config: SandboxConfig,
    host: str = DEFAULT_HOST,
    port: int = 0,
    on_ready: Callable[[SandboxServer], None] | None = None,
) -> None:
    """Run the sandbox in the foreground until Ctrl-C, logging each request to stdout."""
    access = logging.getLogger("uvicorn.access")
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(asctime)s  %(message)s", "%H:%M:%S"))
    access.addHandler(handler)
    access.setLevel(logging.INFO)
    access.propagate = False
    try:
        with SandboxServer(config=config, host=host, port=port, access_log=True) as server:
            if on_ready is not None:
                on_ready(server)
            with contextlib.suppress(KeyboardInterrupt):
                server.wait()
    finally:
        access.removeHandler(handler)
