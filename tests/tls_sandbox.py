"""The embedded sandbox behind real TLS, for tests that rehearse Production.

Production only ever talks https:// (a plain http:// base URL is refused before any
request), so a test that points Production at the sandbox needs the sandbox over HTTPS.
The certificate is made by the real `openssl` CLI for 127.0.0.1 and given to the
environment as its `ca_bundle`, exactly as a partner behind a TLS-inspecting proxy would.
The server opens the same sandbox store (under WORKBENCH_HOME) as the workspace's own
embedded sandbox, so partners, tokens and the ledger are shared with it.

`ConnectProxy` stands in for DNS: with HTTPS_PROXY pointing at it, a call to OVO's
production host (https://apigw.ovo.id) reaches the TLS sandbox instead, whose certificate
also names that host. Nothing leaves the machine; everything else is real.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
import time
from pathlib import Path

import uvicorn

from core.sandbox.app import SandboxConfig, create_app
from core.sandbox.store import SandboxStore
from tests.conftest import run_openssl


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and OVO's production host, and its key."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "tls-cert.pem", folder / "tls-key.pem"
    run_openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-subj", "/CN=127.0.0.1",
        "-addext", "subjectAltName=IP:127.0.0.1,DNS:apigw.ovo.id",
        "-keyout", str(key), "-out", str(cert),
    )  # fmt: skip
    return cert, key


class TlsSandbox:
    """`with TlsSandbox(folder) as tls:` -> `tls.url` (https://127.0.0.1:PORT), `tls.ca`."""

    def __init__(self, folder: Path, config: SandboxConfig | None = None) -> None:
        self.ca, self._key = make_certificate(folder)
        self._config = config or SandboxConfig()
        self.url = ""

    def __enter__(self) -> TlsSandbox:
        self._store = SandboxStore()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.bind(("127.0.0.1", 0))
        self.url = f"https://127.0.0.1:{sock.getsockname()[1]}"
        self._server = uvicorn.Server(
            uvicorn.Config(
                create_app(self._store, self._config),
                lifespan="off",
                log_config=None,
                ssl_certfile=str(self.ca),
                ssl_keyfile=str(self._key),
            )
        )
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the TLS sandbox did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self._store.close()


class ConnectProxy:
    """An HTTP CONNECT proxy on loopback that tunnels every request, whatever host it
    names, to `target` ("127.0.0.1:PORT"). `tunnels` counts the connections it made."""

    def __init__(self, target: str) -> None:
        host, port = target.rsplit(":", 1)
        self.target = (host, int(port))
        self.tunnels = 0

    def __enter__(self) -> ConnectProxy:
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = self.request.recv(4096)
                    if not chunk:
                        return
                    head += chunk
                upstream = socket.create_connection(proxy.target)
                proxy.tunnels += 1
                self.request.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                pump = threading.Thread(target=_pipe, args=(upstream, self.request), daemon=True)
                pump.start()
                _pipe(self.request, upstream)
                pump.join(10)

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def _pipe(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, sink):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
