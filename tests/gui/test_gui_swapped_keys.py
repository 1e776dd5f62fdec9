"""The window's "Request sandbox credentials" with the two keys in each other's place (the
RSA 4096 signing key imported as id_rsa.pem, the RSA 2048 exchange key as private.pem):
the Credentials tab says they look swapped, and nothing is registered or saved."""

from __future__ import annotations

import shutil

from tests.conftest import PASSPHRASE
from tests.gui.helpers import click, run, type_into, until


def test_swapped_keys_are_refused_in_the_window(window, workspace, partner_keys, loop):
    folder = workspace.key_folder("Sandbox")
    folder.mkdir(parents=True, exist_ok=True)
    for right, wrong in (
        ("id_rsa.pem", "private.pem"),
        ("private.pem", "id_rsa.pem"),
        ("id_rsa.pub.pem", "public.pem"),
        ("public.pem", "id_rsa.pub.pem"),
    ):
        shutil.copy2(partner_keys / right, folder / wrong)

    async def request():
        window.show_tab("credentials")
        creds = window.credentials
        type_into(creds.sandbox_passphrase.edit, PASSPHRASE)
        click(creds.request_button)
        await until(lambda: creds.message.property("kind") == "error", what="the refusal")
        return creds.message.headline.text(), creds.message.detail.text()

    headline, detail = run(loop, request())
    assert headline.startswith(
        "The two keys look swapped: id_rsa.pem, given as the credential-exchange key, is RSA 4096"
    )
    assert detail.startswith(
        "Give them the other way round: private.pem as the exchange key and id_rsa.pem as "
        "the signing key."
    )
    assert not workspace.environment("Sandbox").client_id
    assert workspace.stored_client_secret("Sandbox") is None
