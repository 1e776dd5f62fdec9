"""`sandbox register` (and the window's "Request sandbox credentials", which goes through the
same Workspace method) with the two keys swapped: refused, naming which file looks like
which key, with nothing registered and nothing saved."""

from __future__ import annotations

import shutil

import pytest

from core import keys
from core.atomic_files import PUBLIC_MODE, FileToWrite, write_files
from core.errors import BadInput
from core.paths import sandbox_dir
from core.sandbox.store import STATE_FILE, SandboxStore
from core.workspace import Workspace
from tests.conftest import PASSPHRASE

SWAPPED = (
    "The two keys look swapped: private.pem, given as the credential-exchange key, is RSA "
    "4096, the size of the SNAP signing key (private.pem); id_rsa.pem, given as the signing "
    "key, is RSA 2048, the size of the credential-exchange key (id_rsa.pem)."
)
SWAP_FIX = (
    "Give them the other way round: id_rsa.pem as the exchange key and private.pem as the "
    "signing key. Nothing was registered or saved."
)


@pytest.fixture(scope="module")
def key_folder(tmp_path_factory, exchange_pair):
    """The SOP's two pairs: id_rsa.pem (RSA 2048, with PASSPHRASE), private.pem (RSA 4096,
    plain, as genrsa -traditional makes it)."""
    folder = tmp_path_factory.mktemp("keys")
    for path in exchange_pair.iterdir():
        shutil.copy2(path, folder / path.name)
    pair = keys.generate_pair(keys.Role.SIGNING, None)
    write_files(
        [
            FileToWrite(folder / pair.private_name, pair.private_pem),
            FileToWrite(folder / pair.public_name, pair.public_pem, PUBLIC_MODE),
        ]
    )
    return folder




def assert_nothing_registered_or_saved() -> None:
    state = sandbox_dir() / STATE_FILE
    if state.exists():
        with SandboxStore(state) as store:
            assert store.partner_count() == 0
    workspace = Workspace()
    try:
        assert not workspace.environment("Sandbox").client_id
        assert workspace.stored_client_secret("Sandbox") is None
    finally:
        workspace.close()


def test_cli_register_with_the_keys_swapped_is_refused(home, key_folder, cli):
    result = cli(
        "sandbox",
        "register",
        "--exchange-key",
        key_folder / "private.pem",
        "--signing-key",
        key_folder / "id_rsa.pem",
        "--passphrase-file",
        key_folder / "passphrase.txt",
    )
    assert result.code == 2
    assert result.out == ""
    assert SWAPPED in result.err and SWAP_FIX in result.err
    assert "Traceback" not in result.err
    assert_nothing_registered_or_saved()

    as_json = cli(
        "sandbox",
        "register",
        "--exchange-key",
        key_folder / "private.pem",
        "--signing-key",
        key_folder / "id_rsa.pem",
        "--passphrase-file",
        key_folder / "passphrase.txt",
        "--json",
    )
    assert as_json.code == 2
    assert (as_json.json["ok"], as_json.json["error"], as_json.json["fix"]) == (
        False,
        SWAPPED,
        SWAP_FIX,
    )
    assert_nothing_registered_or_saved()

    right = cli(
        "sandbox",
        "register",
        "--exchange-key",
        key_folder / "id_rsa.pem",
        "--signing-key",
        key_folder / "private.pem",
        "--passphrase-file",
        key_folder / "passphrase.txt",
        "--json",
    )
    assert right.code == 0, right.err
    assert right.json["client_id"]


def test_the_windows_request_with_the_keys_swapped_is_refused(home, key_folder):
    """The Credentials tab reads id_rsa.pem and private.pem from the key folder; here the
    4096-bit key was imported as id_rsa.pem and the 2048-bit one as private.pem."""
    folder = home / "swapped"
    folder.mkdir(parents=True)
    shutil.copy2(key_folder / "private.pem", folder / "id_rsa.pem")
    shutil.copy2(key_folder / "id_rsa.pem", folder / "private.pem")
    workspace = Workspace()
    try:
        with pytest.raises(BadInput) as refused:
            workspace.request_sandbox_credentials(
                folder / "id_rsa.pem", folder / "private.pem", PASSPHRASE.encode()
            )
    finally:
        workspace.close()
    assert refused.value.problem == (
        "The two keys look swapped: id_rsa.pem, given as the credential-exchange key, is RSA "
        "4096, the size of the SNAP signing key (private.pem); private.pem, given as the "
        "signing key, is RSA 2048, the size of the credential-exchange key (id_rsa.pem)."
    )
    assert refused.value.fix == (
        "Give them the other way round: private.pem as the exchange key and id_rsa.pem as "
        "the signing key. Nothing was registered or saved."
    )
    assert_nothing_registered_or_saved()
