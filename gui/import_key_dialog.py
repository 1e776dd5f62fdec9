"""Importing a private key the partner already has (OpenSSH, PKCS#1, PKCS#8, DER) as the
SOP's files for one role, converted in a worker thread."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from core import key_files, keys
from core.errors import BadInput
from gui import tasks
from gui.dialogs import ask
from gui.widgets import Busy, FileField, MessageBar, SecretField, form_layout, make_primary


class ImportKeyDialog(QDialog):
    imported = Signal(str)  # what was written, for the Keys tab's message

    def __init__(self, parent, folder: Path) -> None:
        super().__init__(parent)
        self.folder = folder
        self.last_question = None
        self.setWindowTitle(self.tr("Import a key"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Choose (or drop) a private key you already have. It is written as the SOP's "
                "files into {folder}; an OpenSSH key is converted, as OVO's commands cannot "
                "read it."
            ).format(folder=folder)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = form_layout()
        self.source = FileField(
            self.tr("Private key file (drop it here)"),
            self.tr("&Browse…"),
            self.tr("Choose your private key"),
        )
        self.role = QComboBox()
        self.role.addItem(self.tr("Credential-exchange key (id_rsa.pem)"), keys.Role.EXCHANGE)
        self.role.addItem(self.tr("Signing key (private.pem)"), keys.Role.SIGNING)
        show = self.tr("Show")
        self.passphrase = SecretField(self.tr("Only if the key has one"), show)
        self.new_passphrase = SecretField(
            self.tr("Exchange key: required; signing key: optional"), show
        )
        form.addRow(self.tr("&Key file"), self.source)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("Its &passphrase"), self.passphrase)
        form.addRow(self.tr("&New passphrase"), self.new_passphrase)
        for field, buddy in (
            (0, self.source),
            (1, self.role),
            (2, self.passphrase),
            (3, self.new_passphrase),
        ):
            caption = form.itemAt(field, QFormLayout.ItemRole.LabelRole).widget()
            caption.setBuddy(buddy)
        layout.addLayout(form)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.busy = Busy()
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = make_primary(QPushButton(self.tr("&Import")))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.request_import)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.resize(640, self.sizeHint().height())

    def request_import(self) -> None:
        self.message.clear()
        source = self.source.path()
        if source is None:
            self.message.show_message("error", self.tr("Choose the key file first."))
            return
        role = self.role.currentData()
        if role is keys.Role.EXCHANGE and not (
            self.passphrase.text() or self.new_passphrase.text()
        ):
            self.message.show_message(
                "error",
                self.tr("The credential-exchange key must be protected by a passphrase."),
                self.tr("Type a new passphrase for it (at least 4 characters)."),
            )
            self.new_passphrase.setFocus()
            return
        existing = [p for p in key_files.pair_paths(self.folder, role) if p.exists()]
        if existing:
            self.last_question = ask(
                self,
                self.tr("Replace the existing keys?"),
                self.tr("{files} already exist in {folder}.").format(
                    files=", ".join(p.name for p in existing), folder=self.folder
                ),
                self.tr("Replace them"),
                self.tr("Keep the old keys"),
                lambda: self.import_now(source, role, overwrite=True),
                danger=True,
            )
            return
        self.import_now(source, role, overwrite=False)

    def import_now(self, source: Path, role: keys.Role, *, overwrite: bool) -> asyncio.Task:
        return tasks.start(
            self._import(source, role, overwrite),
            on_error=self._failed,
            disable=[self.import_button],
            busy=self.busy,
        )

    def _failed(self, exc: BadInput) -> None:
        if isinstance(exc, keys.PassphraseNeeded):
            self.message.show_message(
                "error",
                self.tr("This key is protected by a passphrase."),
                self.tr("Type its passphrase, then import again."),
            )
            self.passphrase.setFocus()
            return
        self.message.show_error(exc)

    async def _import(self, source: Path, role: keys.Role, overwrite: bool) -> None:
        written, _notes = await asyncio.to_thread(
            key_files.import_private_key,
            source,
            role,
            self.passphrase.value(),
            self.new_passphrase.value(),
            self.folder,
            overwrite=overwrite,
        )
        self.imported.emit(
            self.tr("Imported {source} as {private} and {public}.").format(
                source=source.name,
                private=written.private_path.name,
                public=written.public_path.name,
            )
        )
        self.accept()
