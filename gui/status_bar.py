"""The status bar: the token's countdown (always visible) and where the secrets live."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from core.operations import TokenStatus
from core.texts import Text
from core.tokens import TokenState
from gui import style
from gui.core_texts import translated
from gui.secrets_wording import is_no_keyring, session_only_warning, where_secrets_live

# Below these many seconds the countdown turns amber, then red.
AMBER_BELOW = 180
RED_BELOW = 60


def countdown_text(seconds: float) -> str:
    whole = max(0, int(seconds))
    return f"{whole // 60:02d}:{whole % 60:02d}"


def countdown_colour(status: TokenStatus) -> str:
    if status.token is None or status.state in (TokenState.NONE, TokenState.FAILED):
        return style.MUTED
    remaining = status.remaining()
    if remaining <= 0 or remaining < RED_BELOW:
        return style.ERROR
    if remaining < AMBER_BELOW:
        return style.WARNING
    return style.SUCCESS


class StatusBar(QStatusBar):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.secrets = QLabel()
        self.token = QLabel()
        self.token.setObjectName("tokenCountdown")
        self.addWidget(self.secrets, 1)
        self.addPermanentWidget(self.token)
        self.set_secrets_pending()
        self.show_token(TokenStatus(TokenState.NONE))

    def set_secrets_pending(self) -> None:
        """The window is drawn before the keyring probe answers (see `gui/app.py`)."""
        self.secrets.setText(self.tr("Secrets: checking the OS keyring…"))
        self.secrets.setStyleSheet(f"color: {style.MUTED};")
        self.secrets.setToolTip("")

    def set_secrets(self, description: str, warning: str | None) -> None:
        where = where_secrets_live(description)
        if warning:
            self.secrets.setText(
                self.tr("Secrets: {where}. Not kept after you close the workbench.").format(
                    where=where
                )
            )
            self.secrets.setStyleSheet(f"color: {style.WARNING}; font-weight: bold;")
            self.secrets.setToolTip(session_only_warning(description))
        elif is_no_keyring(description):
            self.secrets.setText(self.tr("Secrets: {where}").format(where=where))
            self.secrets.setStyleSheet(f"color: {style.MUTED};")
            self.secrets.setToolTip(
                self.tr(
                    "No OS keyring: the client secret stays inside OVO's encrypted files, "
                    "opened with your exchange key's passphrase (asked once per session); the "
                    "access token is kept in a file encrypted with the client secret. No "
                    "secret is written in plain text."
                )
            )
        else:
            self.secrets.setText(self.tr("Secrets: {where}").format(where=where))
            self.secrets.setStyleSheet(f"color: {style.MUTED};")
            self.secrets.setToolTip(
                self.tr("Client secrets and passphrases are kept here, never in a file.")
            )

    def set_keyring_unavailable(self, why: Text) -> None:
        """The OS keyring failed or stopped answering after the start: it is not asked
        again in this session, so nothing claims a secret is stored there."""
        self.secrets.setText(
            self.tr("Secrets: the OS keyring {why}; it is not asked again until a restart.").format(
                why=translated(why)
            )
        )
        self.secrets.setStyleSheet(f"color: {style.WARNING}; font-weight: bold;")
        self.secrets.setToolTip(
            self.tr(
                "Secrets already read this session still work; anything else that needs the "
                "keyring says so. Unlock or restart the OS keyring, then restart the workbench."
            )
        )

    def show_token(self, status: TokenStatus) -> None:
        self.token.setText(self.token_summary(status))
        self.token.setStyleSheet(f"color: {countdown_colour(status)}; font-weight: bold;")

    def token_summary(self, status: TokenStatus) -> str:
        if status.state is TokenState.REFRESHING:
            return self.tr("Token: getting a new one…")
        if status.token is None:
            return self.tr("Token: none")
        remaining = status.remaining()
        if remaining <= 0:
            return self.tr("Token expired 00:00")
        return self.tr("Token {mmss}").format(mmss=countdown_text(remaining))
