"""English and Bahasa Indonesia: every tab (and the dialogs) rendered in both, in the same
scripted state, with no English left in the Indonesian window except names and codes."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

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

from core.credentials import Credentials
from gui import i18n
from gui.main_window import MainWindow
from tests.gui.helpers import run

# Proper names, codes, field names and values that read the same in both languages.
ALLOWED_WORDS = {
    "ovo", "snap", "rp", "idr", "rsa", "pem", "sha", "hmac", "sha256withrsa", "curl", "har",
    "bash", "zsh", "cmd", "powershell", "windows", "hex", "base64", "millis", "seconds", "post",
    "get", "put", "delete", "partnerreferenceno", "referenceno", "sandbox", "staging",
    "production", "english", "bahasa", "indonesia", "workbench", "mb", "openssl", "sop",
    "uat", "pis", "ctrl", "token", "pkcs", "json", "url", "ca", "id", "x",
    "custom",  # the setting's value, as `env set NAME kind custom` takes it
}  # fmt: skip
# SNAP messages (and a transaction's status) are shown as OVO sends them.
SNAP_ANSWER = re.compile(r"^(\d{7} - |\d{2} \w)")


def language_words(text: str) -> list[str]:
    """The words of `text` that belong to a language (not names, codes, data)."""
    words = []
    for raw in re.split(r"[\s,;:()!?/·…\"'{}\[\]=+|<>@]+", text.replace("&", "")):
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
