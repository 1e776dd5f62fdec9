"""Keys: the SOP's two key pairs, made, imported, described and exported for OVO."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from core import key_files, keys
from core.errors import BadInput
from gui import tasks
from gui.dialogs import TextDialog, ask
from gui.hub import Hub
from gui.import_key_dialog import ImportKeyDialog
from gui.widgets import (
    Busy,
    Card,
    FileField,
    MessageBar,
    Page,
    SecretField,
    form_layout,
    label,
    make_flat,
    make_primary,
    mono_label,
)


class PairCard(Card):
    """One key pair: its state, its fingerprint, and the Generate button."""

    def __init__(self, tab: KeysTab, role: keys.Role) -> None:
        super().__init__()
        self.tab, self.role = tab, role
        self.setObjectName("card")
        exchange = role is keys.Role.EXCHANGE
        if exchange:
            self.set_heading(
                self.tr("Credential-exchange pair"),
                self.tr(
                    "RSA 2048 · id_rsa.pem and id_rsa.pub.pem. OVO encrypts your credentials "
                    "for it; the private key always has a passphrase."
                ),
            )
        else:
            self.set_heading(
                self.tr("Signing pair"),
                self.tr(
                    "RSA 4096 · private.pem and public.pem (PKCS#1). It signs your token requests."
                ),
            )
        self.state = label()
        self.fingerprint = mono_label()
        self.fingerprint.setObjectName("fingerprint")
        self.body.addWidget(self.state)
        self.body.addWidget(self.fingerprint)
        form = form_layout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.protect = None
        if not exchange:
            self.protect = QCheckBox(self.tr("Protect private.pem with a &passphrase"))
            self.protect.setToolTip(
                self.tr(
                    "The SOP's genrsa -traditional makes it without one. A passphrase is kept "
                    "in the OS keyring; with no keyring it must be the exchange key's, which "
                    "is asked once a session."
                )
            )
            self.protect.toggled.connect(self._protect_toggled)
            form.addRow(self.protect)
        show = self.tr("Show")
        self.passphrase = SecretField(self.tr("At least 4 characters"), show)
        self.repeat = SecretField(self.tr("The same passphrase again"), show)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat"), self.repeat)
        self.body.addLayout(form)
        self.generate = QPushButton(
            self.tr("&Generate exchange pair") if exchange else self.tr("Generate signi&ng pair")
        )
        self.generate.clicked.connect(self.request_generate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.busy = Busy()
        self.body.addWidget(self.busy)
        self.body.addStretch(1)
        if self.protect is not None:
            self._protect_toggled(False)

    def _protect_toggled(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        self.repeat.setEnabled(on)

    def show_status(self, status: key_files.PairStatus) -> None:
        if status.complete:
            self.state.setText(
                self.tr("Ready: {private} and {public}.").format(
                    private=status.private_path.name, public=status.public_path.name
                )
            )
            self.fingerprint.show()
            self.fingerprint.setText(
                self.tr("SHA-256 fingerprint\n{fp}").format(
                    fp=_two_lines(status.fingerprint_sha256)
                )
            )
        elif status.problem:
            self.state.setText(
                self.tr("{file} cannot be read as a key.").format(file=status.public_path.name)
            )
            self.fingerprint.hide()
        elif status.private_exists or status.public_exists:
            missing = status.public_path if status.private_exists else status.private_path
            self.state.setText(self.tr("Incomplete: {file} is missing.").format(file=missing.name))
            self.fingerprint.hide()
        else:
            self.state.setText(self.tr("Not generated yet."))
            self.fingerprint.hide()

    def wanted_passphrase(self) -> bytes | None:
        """The new key's passphrase, or a BadInput in the user's language."""
        if self.protect is not None and not self.protect.isChecked():
            return None
        return new_passphrase(self.passphrase.text(), self.repeat.text())

    def _forget_typed(self) -> None:
        """A cancelled regeneration: the passphrases typed for it do not linger."""
        self.passphrase.clear()
        self.repeat.clear()

    def request_generate(self) -> None:
        self.tab.message.clear()
        try:
            passphrase = self.wanted_passphrase()
        except BadInput as exc:
            self.tab.message.show_error(exc)
            return
        folder = self.tab.folder()
        existing = [p for p in key_files.pair_paths(folder, self.role) if p.exists()]
        if existing:
            self.tab.last_question = ask(
                self,
                self.tr("Replace the existing keys?"),
                self.tr("{files} already exist in {folder}.").format(
                    files=", ".join(p.name for p in existing), folder=folder
                ),
                self.tr("Replace them"),
                self.tr("Keep the old keys"),
                lambda: self.generate_now(passphrase, overwrite=True),
                on_reject=self._forget_typed,
                danger=True,
                detail=self.tr(
                    "The old private key is lost for good, and OVO must receive the new public "
                    "key before it works."
                ),
            )
            return
        self.generate_now(passphrase, overwrite=False)

    def generate_now(self, passphrase: bytes | None, *, overwrite: bool) -> asyncio.Task:
        bits = key_files.ROLE_BITS[self.role]
        self.tab.message.show_message(
            "info",
            self.tr("Generating an RSA {bits} key…").format(bits=bits),
            self.tr("This can take a few seconds; the window stays usable meanwhile."),
        )
        return tasks.start(
            self._generate(passphrase, overwrite),
            on_error=self.tab.message.show_error,
            disable=[self.generate],
            busy=self.busy,
        )

    async def _generate(self, passphrase: bytes | None, overwrite: bool) -> None:
        folder = self.tab.folder()
        written = await asyncio.to_thread(
            key_files.generate_pair_files, self.role, passphrase, folder, overwrite=overwrite
        )
        self.passphrase.clear()
        self.repeat.clear()
        if self.role is keys.Role.EXCHANGE:
            self.tab.hub.remember_passphrase(passphrase)  # typed once: Credentials uses it
        self.tab.message.show_message(
            "success",
            self.tr("Made {private} and {public}.").format(
                private=written.private_path.name, public=written.public_path.name
            ),
            self.tr(
                "{public} is the file OVO receives; {private} never leaves this computer."
            ).format(public=written.public_path.name, private=written.private_path.name),
        )
        self.tab.refresh()
        self.tab.hub.state_changed.emit()


def new_passphrase(first: str, again: str) -> bytes:
    """A new key's passphrase as typed twice, or a BadInput in the user's language."""
    translate = QCoreApplication.translate
    if len(first.encode()) < keys.MIN_PASSPHRASE_BYTES:
        raise BadInput(
            translate("PairCard", "The passphrase needs at least 4 characters."),
            translate(
                "PairCard", "A sentence of a few words is easy to remember and hard to guess."
            ),
        )
    if first != again:
        raise BadInput(
            translate("PairCard", "The two passphrases differ."),
            translate("PairCard", "Type the same passphrase twice."),
        )
    return first.encode("utf-8")


async def make_missing_pairs(folder: Path, passphrase: bytes) -> list[key_files.WrittenPair]:
    """The pairs not in `folder` yet, made in a worker thread: the exchange pair with the
    passphrase, the signing pair without one, as OVO's SOP makes it."""
    written = []
    for role in keys.Role:
        if any(path.exists() for path in key_files.pair_paths(folder, role)):
            continue
        secret = passphrase if role is keys.Role.EXCHANGE else None
        written.append(await asyncio.to_thread(key_files.generate_pair_files, role, secret, folder))
    return written


def _two_lines(fingerprint: str | None) -> str:
    if not fingerprint:
        return ""
    half = len(fingerprint) // 2 + 1  # 32 bytes: 16 per line
    return fingerprint[:half].rstrip(":") + "\n" + fingerprint[half:]


class KeysTab(Page):
    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.workspace = hub.workspace
        self.last_question = None
        self.last_dialog = None
        self.set_heading(
            self.tr("Keys"),
            self.tr(
                "The two key pairs of OVO's SOP. Send the public keys to OVO; the private keys "
                "never leave this computer."
            ),
        )
        self.message = MessageBar()
        self.body.addWidget(self.message)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.exchange_card = PairCard(self, keys.Role.EXCHANGE)
        self.signing_card = PairCard(self, keys.Role.SIGNING)
        grid.addWidget(self.exchange_card, 0, 0)
        grid.addWidget(self.signing_card, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        # Where the keys are, and what to do with them, in one card: the page fits a
        # laptop's screen without scrolling.
        actions = Card()
        self.folder_field = FileField(
            self.tr("Folder for the key files"),
            self.tr("Ch&ange…"),
            self.tr("Choose the folder for your key files"),
            folder=True,
        )
        # Chosen with Change… or by a drop, never typed: a passphrase typed into it by
        # mistake once became a folder inside the program's own.
        self.folder_field.edit.setReadOnly(True)
        self.folder_field.edit.setClearButtonEnabled(False)
        self.folder_field.edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.folder_field.changed.connect(self._folder_changed)
        self.default_folder_button = make_flat(QPushButton(self.tr("Use the &default folder")))
        self.default_folder_button.clicked.connect(self.use_default_folder)
        self.folder_field.layout().addWidget(self.default_folder_button)
        folder_form = form_layout()
        folder_form.addRow(self.tr("Key folder"), self.folder_field)
        actions.body.addLayout(folder_form)
        actions.body.addWidget(
            label(
                self.tr(
                    "Import a key you already use (an OpenSSH id_rsa is converted; you can "
                    "also drop a key file on this page), export the two public keys with "
                    "their fingerprints for the e-mail to OVO, or see the SOP's openssl "
                    "commands."
                ),
                name="muted",
            )
        )
        self.import_button = QPushButton(self.tr("&Import a key…"))
        self.import_button.clicked.connect(lambda: self.open_import())
        self.export_button = QPushButton(self.tr("E&xport public keys for OVO…"))
        self.export_button.clicked.connect(self.choose_export_folder)
        self.commands_button = QPushButton(self.tr("Show the &openssl commands"))
        self.commands_button.clicked.connect(self.show_commands)
        # The step after this one, once both pairs are there.
        self.next_button = make_primary(QPushButton())
        self.next_button.clicked.connect(self._next)
        self.next_button.hide()
        buttons = QHBoxLayout()
        for button in (
            self.next_button,
            self.import_button,
            self.export_button,
            self.commands_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        actions.body.addLayout(buttons)
        self.body.addWidget(actions)
        self.setAcceptDrops(True)
        hub.environment_changed.connect(lambda _name: self.refresh())
        self.refresh()

    # --- state -------------------------------------------------------------------------

    def folder(self) -> Path:
        return self.workspace.key_folder(self.hub.environment)

    def refresh(self) -> None:
        folder = self.folder()
        self.folder_field.blockSignals(True)
        self.folder_field.set_path(folder)
        self.folder_field.blockSignals(False)
        statuses = {role: key_files.pair_status(folder, role) for role in keys.Role}
        self.exchange_card.show_status(statuses[keys.Role.EXCHANGE])
        self.signing_card.show_status(statuses[keys.Role.SIGNING])
        exchange_done = statuses[keys.Role.EXCHANGE].complete
        make_primary(self.exchange_card.generate, not exchange_done)
        make_primary(
            self.signing_card.generate, exchange_done and not statuses[keys.Role.SIGNING].complete
        )
        ready = all(s.complete for s in statuses.values())
        self.export_button.setEnabled(ready)
        env = self.workspace.environment(self.hub.environment)
        set_up = self.workspace.is_set_up(env.name)
        make_primary(self.export_button, ready and not set_up and not env.is_sandbox)
        self.next_button.setVisible(ready and not (set_up and not env.is_sandbox))
        if env.is_sandbox and not set_up:
            self.next_button.setText(self.tr("&Next: request sandbox credentials"))
        elif set_up:
            self.next_button.setText(self.tr("&Next: check an account"))
        self.default_folder_button.setVisible(self.workspace.chose_key_folder(env.name))

    def first_field(self):
        """Where typing goes when the tab opens: the passphrase of a pair still to make."""
        for card in (self.exchange_card, self.signing_card):
            if card.generate.property("primary") == "true" and card.passphrase.isEnabled():
                return card.passphrase.edit
        return None

    def _next(self) -> None:
        env = self.workspace.environment(self.hub.environment)
        if env.is_sandbox and not self.workspace.is_set_up(env.name):
            self.hub.do_step.emit("request")
        else:
            self.hub.do_step.emit("inquiry")

    def showEvent(self, event) -> None:
        """Files may have changed outside the window: read the folder again."""
        super().showEvent(event)
        self.refresh()

    def _folder_changed(self, _text: str) -> None:
        """Chosen with Change… or dropped (the field takes no typing)."""
        path = self.folder_field.path()
        if path is not None and path.is_absolute() and path != self.folder():
            self.workspace.set_key_folder(self.hub.environment, path)
            self.refresh()
            self.hub.state_changed.emit()

    def use_default_folder(self) -> None:
        folder = self.workspace.use_default_key_folder(self.hub.environment)
        self.refresh()
        self.message.show_message(
            "info", self.tr("The key files go to {folder} again.").format(folder=folder)
        )
        self.hub.state_changed.emit()

    # --- import ------------------------------------------------------------------------

    def open_import(self, path: Path | None = None) -> ImportKeyDialog:
        dialog = ImportKeyDialog(self, self.folder())
        if path is not None:
            dialog.source.set_path(path)
        dialog.imported.connect(self._imported)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _imported(self, text: str) -> None:
        self.message.show_message("success", text)
        self.refresh()
        self.hub.state_changed.emit()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.open_import(Path(urls[0].toLocalFile()))

    # --- export and commands -----------------------------------------------------------

    def choose_export_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the files to send to OVO"), str(Path.home())
        )
        if chosen:
            self.export_to(Path(chosen))

    def email_text(self) -> str:
        folder = self.folder()
        exchange = key_files.pair_status(folder, keys.Role.EXCHANGE)
        signing = key_files.pair_status(folder, keys.Role.SIGNING)
        command = key_files.OPENSSL_FINGERPRINT_COMMAND
        return self.tr(
            "Dear OVO PIS team,\n\n"
            "Please find attached our two public keys for {env}:\n\n"
            "1. id_rsa.pub.pem, the credential-exchange key (RSA 2048)\n"
            "   SHA-256 fingerprint: {exchange}\n\n"
            "2. public.pem, the SNAP signing key (RSA 4096, PKCS#1)\n"
            "   SHA-256 fingerprint: {signing}\n\n"
            "Each fingerprint can be checked with:\n"
            "   {command}\n\n"
            "Kind regards,"
        ).format(
            env=self.hub.environment,
            exchange=exchange.fingerprint_sha256,
            signing=signing.fingerprint_sha256,
            command=command.format(public="FILE"),
        )

    def export_to(self, destination: Path) -> TextDialog | None:
        self.message.clear()
        text = self.email_text()
        try:
            export = key_files.export_public_keys(self.folder(), destination, text)
        except BadInput as exc:
            self.message.show_error(exc)
            return None
        folder = self.folder()
        self.workspace.mark_public_keys_sent(
            self.hub.environment,
            [key_files.pair_status(folder, r).fingerprint_sha256 or "" for r in keys.Role],
        )
        self.hub.state_changed.emit()
        self.message.show_message(
            "success",
            self.tr("Exported to {folder}.").format(folder=export.folder),
            self.tr("Attach id_rsa.pub.pem and public.pem to your e-mail to OVO's PIS team."),
        )
        dialog = TextDialog(
            self,
            self.tr("The e-mail to OVO"),
            self.tr(
                "The two public keys are in {folder}. Paste this text into your e-mail and "
                "attach both files."
            ).format(folder=export.folder),
            text,
        )
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def show_commands(self) -> TextDialog:
        lines = [self.tr("# The credential-exchange pair (id_rsa.pem asks for a passphrase)")]
        lines += key_files.OPENSSL_COMMANDS[keys.Role.EXCHANGE]
        lines += ["", self.tr("# The signing pair (PKCS#1 public key)")]
        lines += key_files.OPENSSL_COMMANDS[keys.Role.SIGNING]
        lines += ["", self.tr("# The SHA-256 fingerprint of a public key, as shown here")]
        lines += [key_files.OPENSSL_FINGERPRINT_COMMAND.format(public="id_rsa.pub.pem")]
        lines += [key_files.OPENSSL_FINGERPRINT_COMMAND.format(public="public.pem")]
        lines += ["", self.tr("# Decrypting the files OVO sends back")]
        lines += key_files.OPENSSL_DECRYPT_COMMANDS
        dialog = TextDialog(
            self,
            self.tr("The SOP's openssl commands"),
            self.tr(
                "The workbench does the same in-process. These are the commands from OVO's "
                "SOP, for partners who must show how their keys were made."
            ),
            "\n".join(lines),
        )
        dialog.open()
        self.last_dialog = dialog
        return dialog
