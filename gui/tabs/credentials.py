"""Credentials: open the two files OVO sent, see the record (secret masked), save it to an
environment; in the Sandbox, rehearse the whole exchange with one button."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import key_files, keys
from core.credential_files import OpenedCredentials, decrypt_files
from core.credentials import Credentials
from core.errors import WorkbenchError
from core.workspace import SigningPassphraseDiffers
from gui import tasks
from gui.core_texts import translated
from gui.hub import Hub
from gui.secrets_wording import secret_kept_sentence
from gui.widgets import (
    Busy,
    Card,
    FileField,
    MaskedSecret,
    MessageBar,
    Page,
    SecretField,
    form_layout,
    label,
    make_primary,
)


class CredentialsTab(Page):
    def __init__(self, hub: Hub, parent=None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.workspace = hub.workspace
        self.record: Credentials | None = None
        self.opened: OpenedCredentials | None = None  # the files `record` came from
        self.set_heading(
            self.tr("Credentials"),
            self.tr(
                "OVO sends your client ID and secret encrypted for your exchange key, in "
                "key.bin.enc and cred_file.enc. Open them here and save them to an environment."
            ),
        )
        self.message = MessageBar()
        self.body.addWidget(self.message)

        self.current = Card()
        self.current_text = label()
        self.current.body.addWidget(self.current_text)
        self.next_button = make_primary(QPushButton(self.tr("&Next: check an account")))
        self.next_button.clicked.connect(lambda: self.hub.do_step.emit("inquiry"))
        self.current.body.addLayout(_left(self.next_button))
        self.body.addWidget(self.current)

        browse = self.tr("Browse…")
        self.result_card = Card(self.tr("What OVO sent"))
        self.client_id = _value()
        self.secret = MaskedSecret(self.tr("Re&veal"), self.tr("H&ide"), self.tr("&Copy"))
        self.partner_id = _value()
        self.channel_id = _value()
        result_form = form_layout()
        result_form.addRow(self.tr("Client ID"), self.client_id)
        result_form.addRow(self.tr("Client secret"), self.secret)
        result_form.addRow(self.tr("Partner ID"), self.partner_id)
        result_form.addRow(self.tr("Channel ID"), self.channel_id)
        self.result_card.body.addLayout(result_form)
        self.notes = label(name="muted")
        self.result_card.body.addWidget(self.notes)
        self.save_box = QWidget()
        save_layout = QVBoxLayout(self.save_box)
        save_layout.setContentsMargins(0, 0, 0, 0)
        save_form = form_layout()
        self.save_env = QComboBox()
        self.signing_key = FileField(
            self.tr("Your SNAP signing private key (private.pem)"),
            browse,
            self.tr("Choose private.pem"),
        )
        save_form.addRow(self.tr("Save to"), self.save_env)
        save_form.addRow(self.tr("Signing key"), self.signing_key)
        save_layout.addLayout(save_form)
        self.save_button = make_primary(QPushButton(self.tr("Save c&redentials")))
        self.save_button.clicked.connect(self.save)
        save_layout.addLayout(_left(self.save_button))
        self.result_card.body.addWidget(self.save_box)
        self.result_card.hide()
        self.body.addWidget(self.result_card)

        self.sandbox_card = Card(
            self.tr("Rehearse the exchange with the sandbox"),
            self.tr(
                "Registers your two public keys with the embedded sandbox, which answers as "
                "OVO's PIS team would; the files it issues are decrypted with your exchange "
                "key and saved to the Sandbox environment."
            ),
        )
        sandbox_form = form_layout()
        self.sandbox_passphrase = SecretField(
            self.tr("The passphrase of id_rsa.pem (and of private.pem, if it has one)"),
            self.tr("Show"),
        )
        sandbox_form.addRow(self.tr("Passphrase"), self.sandbox_passphrase)
        # Shown only when private.pem has a passphrase other than id_rsa.pem's.
        self.signing_passphrase = SecretField(
            self.tr("The passphrase of private.pem"), self.tr("Show")
        )
        self.signing_caption = QLabel(self.tr("private.pem"))
        sandbox_form.addRow(self.signing_caption, self.signing_passphrase)
        self.signing_caption.hide()
        self.signing_passphrase.hide()
        self.sandbox_card.body.addLayout(sandbox_form)
        self.request_button = make_primary(QPushButton(self.tr("Re&quest sandbox credentials")))
        self.request_button.clicked.connect(self.request_sandbox_credentials)
        # The files the sandbox issued, saved so that the user opens them as OVO's.
        self.save_files_button = QPushButton(self.tr("&Save the sandbox's .enc files to practise"))
        self.save_files_button.setToolTip(
            self.tr("Writes key.bin.enc and cred_file.enc, then puts them in the card below")
        )
        self.save_files_button.clicked.connect(self.save_sandbox_files)
        self.save_files_button.hide()
        sandbox_buttons = _left(self.request_button)
        sandbox_buttons.insertWidget(1, self.save_files_button)
        self.sandbox_card.body.addLayout(sandbox_buttons)
        self.sandbox_busy = Busy()
        self.sandbox_card.body.addWidget(self.sandbox_busy)
        self.body.addWidget(self.sandbox_card)
        self.issued = None  # the sandbox's answer, while its files can still be saved

        self.files_card = Card(
            self.tr("Open the files OVO sent"),
            self.tr(
                "Drop key.bin.enc, cred_file.enc and your id_rsa.pem on this page, or choose them."
            ),
        )
        self.key_file = FileField("key.bin.enc", browse, self.tr("Choose key.bin.enc"))
        self.cred_file = FileField("cred_file.enc", browse, self.tr("Choose cred_file.enc"))
        self.private_key = FileField(
            self.tr("Your exchange private key (id_rsa.pem)"), browse, self.tr("Choose id_rsa.pem")
        )
        self.passphrase = SecretField(self.tr("The passphrase of id_rsa.pem"), self.tr("Show"))
        files_form = form_layout()
        files_form.addRow(self.tr("Key file"), self.key_file)
        files_form.addRow(self.tr("Credential file"), self.cred_file)
        files_form.addRow(self.tr("Private key"), self.private_key)
        files_form.addRow(self.tr("Passphrase"), self.passphrase)
        self.files_card.body.addLayout(files_form)
        self.decrypt_button = QPushButton(self.tr("&Decrypt"))
        self.decrypt_button.clicked.connect(self.decrypt)
        self.files_card.body.addLayout(_left(self.decrypt_button))
        self.decrypt_busy = Busy()
        self.files_card.body.addWidget(self.decrypt_busy)
        self.body.addWidget(self.files_card)

        self.setAcceptDrops(True)
        hub.environment_changed.connect(lambda _name: self.refresh())
        hub.state_changed.connect(self.show_current)
        self.refresh()

    # --- state -------------------------------------------------------------------------

    def refresh(self) -> None:
        env = self.workspace.environment(self.hub.environment)
        sandbox = env.is_sandbox
        self.message.clear()  # what happened in another environment is not news here
        if not sandbox:
            self.issued = None
            self.save_files_button.hide()
        self.sandbox_card.setVisible(sandbox)
        make_primary(self.decrypt_button, not sandbox)
        make_primary(self.request_button, not self.workspace.is_set_up(env.name))
        folder = self.workspace.key_folder(env.name)
        exchange_private, _ = key_files.pair_paths(folder, keys.Role.EXCHANGE)
        signing_private, _ = key_files.pair_paths(folder, keys.Role.SIGNING)
        if exchange_private.exists() or not self.private_key.path():
            self.private_key.set_path(exchange_private)
        self.signing_key.set_path(env.signing_key or signing_private)
        self.save_env.blockSignals(True)
        self.save_env.clear()
        self.save_env.addItems(list(self.workspace.settings.environments))
        self.save_env.setCurrentText(env.name)
        self.save_env.blockSignals(False)
        self.show_current()

    def first_field(self):
        """Where typing goes when the tab opens: the passphrase, if it is not known yet."""
        env = self.workspace.environment(self.hub.environment)
        if env.is_sandbox and not self.workspace.is_set_up(env.name) and not self.hub.passphrase:
            return self.sandbox_passphrase.edit
        return None

    def show_current(self) -> None:
        env = self.workspace.environment(self.hub.environment)
        set_up = self.workspace.is_set_up(env.name)
        self.next_button.setVisible(set_up)
        # The sandbox's card right below says what to do: the page fits a laptop's screen.
        self.current.setVisible(set_up or not env.is_sandbox)
        if set_up:
            self.current.set_heading(self.tr("{env} is set up").format(env=env.name))
            self.current_text.setText(
                self.tr("Client ID {client_id} · channel {channel_id} · signing key {key}.").format(
                    client_id=env.client_id,
                    channel_id=env.channel_id,
                    key=Path(env.signing_key or "").name,
                )
                + " "
                + secret_kept_sentence(self.workspace.secrets.description)
            )
        else:
            self.current.set_heading(self.tr("{env} has no credentials yet").format(env=env.name))
            self.current_text.setText(
                (
                    self.tr(
                        "Request sandbox credentials below: the passphrase you typed on Keys "
                        "is used."
                    )
                    if self.hub.passphrase
                    else self.tr("Request sandbox credentials below.")
                )
                if env.is_sandbox
                else self.tr(
                    "Open the two files OVO sent you below, then save them to {env}."
                ).format(env=env.name)
            )

    # --- the sandbox ---------------------------------------------------------------------

    def request_sandbox_credentials(self) -> asyncio.Task:
        self.message.clear()
        folder = self.workspace.key_folder(self.hub.environment)
        exchange, _ = key_files.pair_paths(folder, keys.Role.EXCHANGE)
        signing, _ = key_files.pair_paths(folder, keys.Role.SIGNING)
        passphrase = self.sandbox_passphrase.value() or self.hub.passphrase
        signing_passphrase = (
            self.signing_passphrase.value() if self.signing_passphrase.isVisible() else None
        )
        return tasks.start(
            self._request(exchange, signing, passphrase, signing_passphrase),
            on_error=self._failed,
            disable=[self.request_button, self.decrypt_button],
            busy=self.sandbox_busy,
        )

    async def _request(
        self,
        exchange: Path,
        signing: Path,
        passphrase: bytes | None,
        signing_passphrase: bytes | None = None,
    ) -> None:
        for path in (exchange, signing):
            if not path.exists():
                self.message.show_message(
                    "error",
                    self.tr("{file} is not in the key folder.").format(file=path.name),
                    self.tr("Generate both key pairs on the Keys tab first."),
                )
                return
        result = await asyncio.to_thread(
            self.workspace.request_sandbox_credentials,
            exchange,
            signing,
            passphrase,
            signing_passphrase,
        )
        self.hub.remember_passphrase(passphrase)
        self.sandbox_passphrase.clear()
        self.signing_passphrase.clear()
        self.signing_passphrase.hide()
        self.signing_caption.hide()
        self.show_record(result.record, saved=True)
        self.issued = result
        self.save_files_button.show()
        self.message.show_message(
            "success",
            self.tr("The sandbox registered your keys; its files were decrypted and saved."),
            self.tr(
                "Client ID {client_id} is saved to Sandbox. {where} Next: check an account "
                "(the inquiry gets a token by itself). To practise opening OVO's files, save "
                "the sandbox's .enc files."
            ).format(
                client_id=result.environment.client_id,
                where=secret_kept_sentence(result.secrets_description),
            ),
        )
        make_primary(self.request_button, False)
        self.hub.state_changed.emit()
        self.show_current()
        if self.isVisible():
            self.next_button.setFocus()

    def save_sandbox_files(self) -> None:
        """The sandbox's key.bin.enc and cred_file.enc under the home, placed in the card
        for OVO's files: the user opens them as they will open OVO's."""
        if self.issued is None:
            return
        try:
            key_path, cred_path = self.workspace.save_sandbox_files(self.issued)
        except WorkbenchError as exc:
            self.message.show_error(exc)
            return
        self.key_file.set_path(key_path)
        self.cred_file.set_path(cred_path)
        self.message.show_message(
            "success",
            self.tr("Saved key.bin.enc and cred_file.enc in {folder}.").format(
                folder=key_path.parent
            ),
            self.tr(
                "They are in the card below. Type the passphrase of id_rsa.pem there and "
                "decrypt them, as you will with the files OVO sends."
            ),
        )
        self.passphrase.setFocus()

    # --- the files -----------------------------------------------------------------------

    def decrypt(self) -> asyncio.Task | None:
        self.message.clear()
        paths = (self.private_key.path(), self.key_file.path(), self.cred_file.path())
        if None in paths:
            self.message.show_message(
                "error",
                self.tr("Choose the key file, the credential file and your private key first."),
            )
            return None
        private_key, key_file, cred_file = paths
        return tasks.start(
            self._decrypt(private_key, key_file, cred_file, self.passphrase.value()),
            on_error=self._failed,
            disable=[self.decrypt_button],
            busy=self.decrypt_busy,
        )

    async def _decrypt(
        self, private_key: Path, key_file: Path, cred_file: Path, passphrase: bytes | None
    ) -> None:
        opened: OpenedCredentials = await asyncio.to_thread(
            decrypt_files, private_key, passphrase, key_file, cred_file
        )
        self.passphrase.clear()
        self.show_record(opened.record, opened.notes + opened.missing_notes)
        self.opened = opened
        self.message.show_message(
            "success",
            self.tr("Decrypted {file}.").format(file=opened.cred_name),
            self.tr("Check the values, then save them to an environment."),
        )

    def show_record(
        self, record: Credentials, notes: list[str] | None = None, *, saved: bool = False
    ) -> None:
        self.record = record
        self.opened = None
        self.save_box.setVisible(not saved)
        self.client_id.setText(record.client_id or "-")
        self.secret.set_secret(record.client_secret, record.masked_secret or "-")
        self.partner_id.setText(record.partner_id or self.tr("(none: the client ID is used)"))
        self.channel_id.setText(record.channel_id or "-")
        self.notes.setText("\n".join(translated(note) for note in notes or []))
        self.notes.setVisible(bool(notes))
        self.result_card.show()

    def save(self) -> None:
        if self.record is None:
            return
        env_name = self.save_env.currentText()
        try:
            env = self.workspace.save_opened_credentials(
                env_name,
                self.record,
                self.signing_key.path(),
                self.passphrase_for_signing(),
                self.opened.ovo_files() if self.opened is not None else None,
            )
        except WorkbenchError as exc:
            self._failed(exc)
            return
        self.message.show_message(
            "success",
            self.tr("Saved to {env}.").format(env=env.name),
            secret_kept_sentence(self.workspace.secrets.description)
            + " "
            + self.tr("settings.json holds no secret."),
        )
        self.hub.state_changed.emit()

    def passphrase_for_signing(self) -> bytes | None:
        return self.sandbox_passphrase.value() or self.passphrase.value()

    def _failed(self, exc: WorkbenchError) -> None:
        if isinstance(exc, keys.PassphraseNeeded):
            self.message.show_message(
                "error",
                self.tr("The private key is protected by a passphrase."),
                self.tr("Type its passphrase, then try again."),
            )
            self.sandbox_passphrase.setFocus()
        elif isinstance(exc, SigningPassphraseDiffers):
            self.message.show_error(exc)  # names both keys
            self.signing_caption.show()
            self.signing_passphrase.show()
            self.signing_passphrase.setFocus()
        elif isinstance(exc, keys.WrongPassphrase):
            self.message.show_error(exc)  # names the key it did not open
        else:
            self.message.show_error(exc)

    # --- drops -----------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.place_files(paths)
        event.acceptProposedAction()

    def place_files(self, paths: list[Path]) -> None:
        """Put dropped files where they belong, by name: key.bin.enc, cred_file.enc, a key."""
        for path in paths:
            name = path.name.lower()
            if name.startswith("key") and name.endswith(".enc"):
                self.key_file.set_path(path)
            elif name.endswith(".enc"):
                self.cred_file.set_path(path)
            else:
                self.private_key.set_path(path)


def _value() -> QLineEdit:
    field = QLineEdit()
    field.setReadOnly(True)
    field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    return field


def _left(button: QPushButton) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.addWidget(button)
    layout.addStretch(1)
    return layout
