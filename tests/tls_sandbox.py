"""The embedded sandbox behind real TLS, for tests that rehearse Production.

Production only ever talks https:// (a plain http:// base URL is refused before any
request), so a test that points Production at the sandbox needs the sandbox over HTTPS.
The certificate is made by the real `openssl` CLI for 127.0.0.1 and given to the
environment as its `ca_bundle`, exactly as a partner behind a TLS-inspecting proxy would.
The server opens the same sandbox store (under WORKBENCH_HOME) as the workspace's own
embedded sandbox, so partners, tokens and the ledger are shared with it.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import uvicorn

from core.sandbox.app import SandboxConfig, create_app
from core.sandbox.store import SandboxStore
from tests.conftest import run_openssl


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key: (cert.pem, key.pem)."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "tls-cert.pem", folder / "tls-key.pem"
    run_openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
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
