"""The Keys tab: never a key replaced without asking, an OpenSSH key imported and
converted, the public keys exported for OVO with their fingerprints, the SOP's commands."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from core import keys
from core.journey import Step
from tests.conftest import PASSPHRASE
from tests.gui.helpers import click, place_keys, run, type_into, until


def test_existing_keys_are_replaced_only_when_the_user_agrees(
    workspace, partner_keys, window, loop
):
    folder = place_keys(workspace, partner_keys)
    before = (folder / "private.pem").read_bytes()
    window.show_tab("keys")
    tab = window.keys
    assert "Ready" in tab.signing_card.state.text()

    async def scenario():
        click(tab.signing_card.generate)
        question = tab.last_question
        await until(lambda: question is not None and question.isVisible())
        assert "private.pem" in question.text()
        click(question.reject_button)  # "Keep the old keys", also the default button
        await until(lambda: not question.isVisible())
        assert (folder / "private.pem").read_bytes() == before
        click(tab.signing_card.generate)
        question = tab.last_question
        await until(lambda: question.isVisible())
        click(question.accept_button)
        await until(lambda: "Made private.pem" in tab.message.headline.text())

    run(loop, scenario())
    assert (folder / "private.pem").read_bytes() != before


def test_an_openssh_key_is_imported_as_the_sops_files(workspace, window, loop, tmp_path):
    private = rsa.generate_private_key(65537, 2048)
    source = tmp_path / "id_rsa"
    source.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.OpenSSH,
            serialization.BestAvailableEncryption(b"old passphrase"),
        )
    )
    window.show_tab("keys")
    dialog = window.keys.open_import(source)  # as a file dropped on the page

    async def scenario():
        assert dialog.source.path() == source
        click(dialog.import_button)  # no passphrase at all: the exchange key needs one
        assert dialog.message.headline.text() == (
            "The credential-exchange key must be protected by a passphrase."
        )
        type_into(dialog.new_passphrase.edit, PASSPHRASE)
        click(dialog.import_button)  # the OpenSSH key is itself protected
        needed = "This key is protected by a passphrase."
        await until(lambda: dialog.message.headline.text() == needed)
        type_into(dialog.passphrase.edit, "old passphrase")
        click(dialog.import_button)
        await until(lambda: not dialog.isVisible())

    run(loop, scenario())
    folder = workspace.key_folder("Sandbox")
    converted = (folder / "id_rsa.pem").read_bytes()
    assert converted.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY")
    loaded = keys.load_key(converted, PASSPHRASE.encode())
    assert keys.fingerprint(loaded.public_key) == keys.fingerprint(private.public_key())
    assert (
        window.keys.message.headline.text() == "Imported id_rsa as id_rsa.pem and id_rsa.pub.pem."
    )


def test_the_public_keys_are_exported_for_ovo_with_their_fingerprints(
    workspace, partner_keys, window, tmp_path
):
    place_keys(workspace, partner_keys, "Staging")
    window.banner.select("Staging")
    window.show_tab("keys")
    assert window.keys.export_button.isEnabled()
    dialog = window.keys.export_to(tmp_path / "for-ovo")
    sent = sorted(p.name for p in (tmp_path / "for-ovo").iterdir())
    assert sent == ["fingerprints-for-ovo.txt", "id_rsa.pub.pem", "public.pem"]  # no private
    text = dialog.text.toPlainText()
    for name in ("id_rsa.pub.pem", "public.pem"):
        public = keys.load_key((partner_keys / name).read_bytes()).public_key
        assert keys.fingerprint(public) in text
    assert text == (tmp_path / "for-ovo" / "fingerprints-for-ovo.txt").read_text()
    window.journey.refresh()
    assert window.journey.facts[1].step is Step.SEND_KEYS and window.journey.facts[1].done
    commands = window.keys.show_commands().text.toPlainText()
    assert "openssl genrsa -des3 -out id_rsa.pem 2048" in commands
    assert "openssl rsa -in private.pem -RSAPublicKey_out -out public.pem" in commands
