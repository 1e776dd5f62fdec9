"""No-keyring mode's unlock dialog: the exchange key's passphrase, asked once per session
when a call first needs the client secret (see `Workspace.ask_passphrase`).

The files are opened in a worker thread (RSA and the key's passphrase derivation would
freeze the window for a moment). A wrong passphrase keeps the dialog open with the reason;
cancelling, even while the files are being opened, keeps nothing: what a worker recovers
after a cancel is dropped.
"""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.errors import WorkbenchError
from core.workspace import Workspace
from gui import tasks
from gui.widgets import Busy, MessageBar, SecretField, make_primary


class UnlockDialog(QDialog):
    def __init__(self, parent: QWidget | None, workspace: Workspace, env_name: str) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.env_name = env_name
        self._task: asyncio.Task | None = None
        # Plain Python, so that a worker finishing after the dialog is gone can read it.
        self.closed = False
        self.finished.connect(self._closed)
        self.setWindowTitle(self.tr("Unlock {env}").format(env=env_name))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "There is no OS keyring, so the client secret of {env} is kept only inside "
                "OVO's encrypted files. Type the passphrase of your exchange key {file} to "
                "open them for this session; it is not stored."
            ).format(env=env_name, file=workspace.exchange_key_name(env_name))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.passphrase = SecretField(self.tr("Exchange key's passphrase"), self.tr("Show"))
        self.passphrase.edit.returnPressed.connect(self.submit)
        layout.addWidget(self.passphrase)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.busy = Busy()
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.unlock_button = make_primary(QPushButton(self.tr("&Unlock")))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.resize(520, self.sizeHint().height())
        self.passphrase.setFocus()

    def _closed(self, _result: int) -> None:
        self.closed = True

    def submit(self) -> asyncio.Task | None:
        if self._task is not None and not self._task.done():
            return None
        passphrase = self.passphrase.value()
        if passphrase is None:
            self.message.show_message("error", self.tr("Type the passphrase first."))
            return None
        self.message.clear()
        self._task = tasks.start(
            self._open(passphrase),
            on_error=self._refused,
            disable=[self.unlock_button, self.passphrase],
            busy=self.busy,
            on_done=self._ready_again,
        )
        return self._task

    async def _open(self, passphrase: bytes) -> None:
        unlocked = await asyncio.to_thread(
            self.workspace.open_kept_credentials, self.env_name, passphrase
        )
        if self.closed:
            return  # cancelled meanwhile: nothing is kept
        self.workspace.keep_unlocked(unlocked)
        self.passphrase.clear()
        self.accept()

    def _refused(self, exc: WorkbenchError) -> None:
        from core import keys

        if self.closed:
            return
        if isinstance(exc, keys.WrongPassphrase):
            self.message.show_message(
                "error",
                self.tr("The passphrase does not open the exchange key {file}.").format(
                    file=self.workspace.exchange_key_name(self.env_name)
                ),
                self.tr("Check it (capitals, a trailing space) and try again."),
            )
        else:
            self.message.show_error(exc)
        self.passphrase.clear()
        # The message bar needs its room (nothing clipped); the width stays as it was.
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _ready_again(self) -> None:
        """After a refusal the field is enabled again only once the task ends: the focus
        goes back to it then, so the next attempt is typed straight away (on Xvfb the
        retyped passphrase went nowhere and Enter said "Type the passphrase first")."""
        if not self.closed and self.passphrase.isEnabled():
            self.passphrase.setFocus()


async def ask_to_unlock(parent: QWidget | None, workspace: Workspace, env_name: str) -> bool:
    """Show the dialog (window-modal, the loop keeps running) until the environment is
    unlocked (True) or the user cancels (False)."""
    dialog = UnlockDialog(parent, workspace, env_name)
    answered: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not answered.done():
            answered.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await answered == QDialog.DialogCode.Accepted.value
    finally:
        dialog.deleteLater()
