"""English and Bahasa Indonesia: every tab (and the dialogs) rendered in both, in the same
scripted state, with no English left in the Indonesian window except names and codes."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from core import keys
from core.credentials import Credentials
from core.envelope import encrypt_credentials
from gui import i18n, tasks
from gui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.helpers import click, place_keys, run, type_into, until

# Proper names, codes, field names and values that read the same in both languages.
ALLOWED_WORDS = {
    "ovo", "snap", "rp", "idr", "rsa", "pem", "sha", "hmac", "sha256withrsa", "curl", "har",
    "bash", "zsh", "cmd", "powershell", "windows", "hex", "base64", "millis", "seconds", "post",
    "get", "put", "delete", "partnerreferenceno", "referenceno", "sandbox", "staging",
    "production", "english", "bahasa", "indonesia", "workbench", "mb", "openssl", "sop",
    "uat", "pis", "ctrl", "token", "pkcs", "json", "url", "ca", "id", "x",
    "custom",  # the setting's value, as `env set NAME kind custom` takes it
}  # fmt: skip
# OVO's own terms, kept in Indonesian as OVO writes them (README: Languages).
GLOSSARY = re.compile(r"\b(client ID|client secret|access token|partner ID|channel ID)\b", re.I)
# SNAP messages (and a transaction's status) are shown as OVO sends them.
SNAP_ANSWER = re.compile(r"^(\d{7} - |\d{2} \w)")


def language_words(text: str) -> list[str]:
    """The words of `text` that belong to a language (not names, codes, data)."""
    words = []
    text = GLOSSARY.sub(" ", text.replace("&", ""))
    for raw in re.split(r"[\s,;:()!?/·…\"'{}\[\]=+|<>@]+", text):
        word = raw.strip(".")
        if not word or any(c.isdigit() or c in "._*-#%$" for c in word):
            continue  # numbers, masked names, file names, headers like X-SCOPE-ID
        if re.search(r"[a-z][A-Z]", word) or (word.isupper() and len(word) <= 6):
            continue  # identifiers (clientId) and acronyms
        if word.lower() in ALLOWED_WORDS or len(word) < 2:
            continue
        words.append(word)
    return words


def texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything a user can read in `root`, in a stable order."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, kind: str, text: str) -> None:
        if text and text.strip():
            found.append((f"{type(widget).__name__}.{kind}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        add(widget, "toolTip", widget.toolTip())
        add(widget, "windowTitle", widget.windowTitle() if widget.isWindow() else "")
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, "text", widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            add(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, QComboBox) and not widget.isEditable():
            for i in range(widget.count()):
                add(widget, f"item{i}", widget.itemText(i))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, f"tab{i}", widget.tabText(i))
                add(widget, f"tabToolTip{i}", widget.tabToolTip(i))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                add(
                    widget,
                    f"header{column}",
                    str(model.headerData(column, Qt.Orientation.Horizontal) or ""),
                )
    return found


def source_patterns() -> list[re.Pattern]:
    """Each English source text of the .ts file as a pattern ({placeholders} match any)."""
    tree = ET.parse(i18n.translation_source("id"))
    patterns = []
    for message in tree.getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if source == translation or not language_words(re.sub(r"\{\w+\}", " ", source)):
            continue
        body = re.sub(r"\\\{\w+\\\}", ".+", re.escape(source.replace("&", "")))
        patterns.append(re.compile(f"^{body}$", re.DOTALL))
    return patterns


async def scripted_state(window: MainWindow) -> list[QWidget]:
    """A token, an inquiry, a confirmation, a top-up, a lookup, a signature, a decrypted
    record, and the dialogs open: every page has something to say."""
    workspace = window.workspace
    await window.token.get_token(force=False)
    window.clock.tick()
    topup = window.topup
    topup.form.number.setText("081234567890")
    topup.form.amount.setText("50000")
    await topup.check_account()
    topup.show_confirmation()
    await topup.send_topup()
    topup.lookup.reference.setText(topup.result.partner_reference.text())
    await topup.look_up()
    env = workspace.environment("Sandbox")
    window.credentials.show_record(
        Credentials(env.client_id, workspace.stored_client_secret("Sandbox"), None, "12345")
    )
    signature = window.signature
    signature.service_mode.setChecked(True)
    signature.fill_from_environment()
    signature.calculate()
    signature.given.setText("00" * 64)
    signature.verify()
    window.log.apply_filters()
    window.journey.refresh()
    dialogs = [window.open_settings(), window.keys.open_import(), window.keys.show_commands()]
    return dialogs


def render(workspace, qtbot, loop, language: str) -> list[tuple[str, str]]:
    assert i18n.install(language) == language
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    dialogs = run(loop, scripted_state(window))
    found = texts(window)
    for dialog in dialogs:
        found += texts(dialog)
        dialog.close()
    for page in (window.topup.confirm, window.topup.result, window.topup.lookup):
        assert any(text for _, text in texts(page))
    window.clock.stop()
    return found


def test_every_text_is_translated_and_only_names_stay(registered, qtbot, loop):
    english = render(registered, qtbot, loop, "en")
    indonesian = render(registered, qtbot, loop, "id")
    assert len(english) == len(indonesian), "both windows should have the same widgets"

    # 1. A text the same in both languages must be a name, a code or data.
    same = [
        (where, en)
        for (where, en), (_, id_) in zip(english, indonesian, strict=True)
        if en == id_ and language_words(en) and not SNAP_ANSWER.match(en)
    ]
    assert not same, same

    # 2. No English source text shows in the Indonesian window (a tr() that missed).
    patterns = source_patterns()
    leftovers = [
        (where, text)
        for where, text in indonesian
        if not SNAP_ANSWER.match(text) and any(p.match(text.replace("&", "")) for p in patterns)
    ]
    assert not leftovers, leftovers

    # 3. And the Indonesian window does read Indonesian.
    shown = {text.replace("&", "") for _, text in indonesian}
    for phrase in ("Isi Saldo", "Nomor pelanggan", "Biaya admin", "Konfirmasi isi saldo"):
        assert phrase in shown, phrase


def test_the_translation_source_is_complete():
    tree = ET.parse(i18n.translation_source("id"))
    unfinished = [
        message.findtext("source")
        for message in tree.getroot().iter("message")
        if message.find("translation").get("type") == "unfinished"
        or not message.findtext("translation")
    ]
    assert not unfinished, unfinished
    for message in tree.getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", translation)), (
            source
        )
        assert source.count("&") - 2 * source.count("&&") == translation.count("&") - 2 * (
            translation.count("&&")
        ), source


# --- messages from core ------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent.parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def core_sources() -> dict[str, str]:
    """Every text core marks with QT_TRANSLATE_NOOP, as the literal lupdate extracts, with
    where it is (the window translates exactly these)."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and path.name != "texts.py"
            ):
                context, source = (ast.literal_eval(arg) for arg in node.args)
                assert context == "core", f"{path}:{node.lineno}"
                found[source] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return found


def test_every_core_text_has_a_finished_translation():
    tree = ET.parse(i18n.translation_source("id"))
    translations = {
        message.findtext("source"): message.find("translation")
        for context in tree.getroot().iter("context")
        if context.findtext("name") == "core"
        for message in context.iter("message")
    }
    sources = core_sources()
    assert len(sources) > 150
    missing = [where for source, where in sources.items() if source not in translations]
    assert not missing, f"run `make translations-update`, then translate: {missing}"
    for source, translation in translations.items():
        assert translation.get("type") is None and translation.text, source
        # The same values go in: the same placeholders, format specs included.
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translation.text)
        ), source


def window_in(workspace, qtbot, language: str) -> MainWindow:
    assert i18n.install(language) == language
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_wrong_private_key_is_explained_in_the_windows_language(
    workspace, partner_keys, qtbot, loop, cli, tmp_path, language
):
    """The public key chosen where the private key goes, in the Credentials tab: core's
    message, with the file's name filled in; in English exactly what `decrypt` prints."""
    folder = place_keys(workspace, partner_keys)
    public = keys.load_key((folder / "id_rsa.pub.pem").read_bytes()).public_key
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    key_bin_enc, cred_file_enc = encrypt_credentials(public, b"Client ID: p01\nSecret: s3\n")
    (inbox / "key.bin.enc").write_bytes(key_bin_enc)
    (inbox / "cred_file.enc").write_bytes(cred_file_enc)
    window = window_in(workspace, qtbot, language)
    window.show_tab("credentials")
    creds = window.credentials

    async def scenario() -> None:
        creds.key_file.set_path(inbox / "key.bin.enc")
        creds.cred_file.set_path(inbox / "cred_file.enc")
        creds.private_key.set_path(folder / "id_rsa.pub.pem")
        type_into(creds.passphrase.edit, PASSPHRASE)
        click(creds.decrypt_button)
        await until(lambda: creds.message.isVisible() and not tasks.running())

    run(loop, scenario())
    window.clock.stop()
    shown = creds.message.headline.text(), creds.message.detail.text()
    if language == "id":
        assert shown == (
            "id_rsa.pub.pem adalah kunci publik; yang diperlukan di sini kunci privat.",
            "Pilih berkas kunci privat (id_rsa.pem atau private.pem).",
        )
        return
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")
    result = cli(
        "decrypt",
        "--private-key", folder / "id_rsa.pub.pem",
        "--key-file", inbox / "key.bin.enc",
        "--cred-file", inbox / "cred_file.enc",
        "--passphrase-file", passphrase_file,
    )  # fmt: skip
    assert result.code == 2
    assert result.err == f"error: {shown[0]}\n  what to do: {shown[1]}\n"
    assert shown[0] == "id_rsa.pub.pem is a public key; this needs the private key."


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_file_that_is_not_a_key_is_explained_in_the_windows_language(
    workspace, qtbot, loop, cli, tmp_path, language
):
    """A certificate dropped on the Keys tab's import: core's sentence with a value that is
    itself one of core's texts ("a certificate, not a key"), translated as a whole."""
    certificate = tmp_path / "cert.pem"
    certificate.write_text("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
    window = window_in(workspace, qtbot, language)
    window.show_tab("keys")
    dialog = window.keys.open_import(certificate)

    async def scenario() -> None:
        dialog.role.setCurrentIndex(dialog.role.findData(keys.Role.SIGNING))
        click(dialog.import_button)
        await until(lambda: dialog.message.isVisible() and not tasks.running())

    run(loop, scenario())
    shown = dialog.message.headline.text(), dialog.message.detail.text()
    dialog.close()
    window.clock.stop()
    if language == "id":
        assert shown == (
            "cert.pem adalah sertifikat, bukan kunci.",
            "Pilih kunci privat (.pem) yang Anda buat, atau berkas kunci publik yang ingin "
            "Anda periksa.",
        )
        return
    result = cli("key", "convert", certificate, "--role", "signing", "--out", tmp_path / "out")
    assert result.code == 2
    assert result.err == f"error: {shown[0]}\n  what to do: {shown[1]}\n"
    assert shown[0] == "cert.pem is a certificate, not a key."
