"""Journey: the SOP's steps for the selected environment, where each stands, and the next
action, one button away."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from core.journey import Step, StepFacts, next_step, progress
from gui.first_paint import drawing_first_frame
from gui.hub import Hub
from gui.widgets import Page, label, make_primary


class StepRow(QFrame):
    def __init__(self, number: int, target: str, button_text: str, hub: Hub) -> None:
        super().__init__()
        self.setObjectName("stepRow")
        self.number = number
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(14)
        self.badge = label(str(number), name="stepBadge", wrap=False)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = label(name="cardTitle")
        self.detail = label(name="muted")
        texts.addWidget(self.title)
        texts.addWidget(self.detail)
        self.button = QPushButton(button_text)
        self.button.clicked.connect(lambda: hub.navigate.emit(target))
        layout.addWidget(self.badge)
        layout.addLayout(texts, 1)
        layout.addWidget(self.button)

    def show_state(self, title: str, detail: str, done: bool, is_next: bool) -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.badge.setText("✓" if done else str(self.number))
        self.badge.setProperty("done", "true" if done else "false")
        self.setProperty("next", "true" if is_next else "false")
        for widget in (self.badge, self):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        make_primary(self.button, is_next)


class JourneyTab(Page):
    TARGETS: ClassVar[dict[Step, str]] = {
        Step.KEYS: "keys",
        Step.SEND_KEYS: "keys",
        Step.CREDENTIALS: "credentials",
        Step.TOKEN: "token",
        Step.INQUIRY: "topup",
        Step.TOPUP: "topup",
        Step.UAT: "topup",
    }

    def __init__(self, hub: Hub, parent=None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.workspace = hub.workspace
        self.facts: list[StepFacts] = []
        self.summary = label()
        self.body.addWidget(self.summary)
        buttons = {
            Step.KEYS: self.tr("Open &Keys"),
            Step.SEND_KEYS: self.tr("E&xport keys"),
            Step.CREDENTIALS: self.tr("Open &Credentials"),
            Step.TOKEN: self.tr("Open T&oken"),
            Step.INQUIRY: self.tr("Check an &account"),
            Step.TOPUP: self.tr("To&p up"),
            Step.UAT: self.tr("Run &UAT"),
        }
        self.rows: dict[Step, StepRow] = {}
        for number, step in enumerate(Step, start=1):
            row = StepRow(number, self.TARGETS[step], buttons[step], hub)
            self.rows[step] = row
            self.body.addWidget(row)
        self.log_hint = label(name="muted")
        self.body.addWidget(self.log_hint)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(150)
        self._pending.timeout.connect(self._refresh_if_shown)
        hub.environment_changed.connect(lambda _name: self._refresh_if_shown())
        hub.state_changed.connect(self._pending.start)
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def _refresh_if_shown(self) -> None:
        """A hidden journey is brought up to date when it is shown (`showEvent`)."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        env = self.workspace.environment(self.hub.environment)
        self.set_heading(
            self.tr("Your onboarding journey"),
            self.tr("OVO's SOP for SNAP top-ups, step by step, for the {env} environment.").format(
                env=env.name
            ),
        )
        self.facts = progress(self.workspace, env.name, read_keys=not drawing_first_frame())
        upcoming = next_step(self.facts)
        done = sum(f.done for f in self.facts)
        if upcoming is None:
            self.summary.setText(
                self.tr(
                    "All seven steps are done for {env}. Show the Log to OVO's reviewers."
                ).format(env=env.name)
            )
        else:
            self.summary.setText(
                self.tr("{done} of 7 steps done. Next: {step}.").format(
                    done=done, step=self.step_title(upcoming, env.is_sandbox)
                )
            )
        for facts in self.facts:
            self.rows[facts.step].show_state(
                self.step_title(facts.step, env.is_sandbox),
                self.step_detail(facts, env.is_sandbox),
                facts.done,
                facts.step is upcoming,
            )
        self.log_hint.setText(
            self.tr(
                "Every call is kept in the Log (OVO asks partners to keep one); copy any of "
                "them as curl, or export them as HAR, for OVO's reviewers."
            )
        )

    def step_title(self, step: Step, sandbox: bool) -> str:
        return {
            Step.KEYS: self.tr("Generate your keys"),
            Step.SEND_KEYS: self.tr("Let the sandbox receive your public keys")
            if sandbox
            else self.tr("Send these two public keys to OVO's PIS team"),
            Step.CREDENTIALS: self.tr("Request sandbox credentials")
            if sandbox
            else self.tr("Decrypt the files OVO sent"),
            Step.TOKEN: self.tr("Get a token"),
            Step.INQUIRY: self.tr("Check an account"),
            Step.TOPUP: self.tr("Make a top-up"),
            Step.UAT: self.tr("Run the UAT scenarios"),
        }[step]

    def step_detail(self, facts: StepFacts, sandbox: bool) -> str:
        step = facts.step
        if step is Step.KEYS:
            if facts.done:
                return self.tr("Both pairs are in the key folder.")
            parts = [
                self.tr(
                    "The credential-exchange pair (RSA 2048, with a passphrase) and the "
                    "signing pair (RSA 4096)."
                )
            ]
            if facts.missing:
                parts.append(self.tr("Missing: {files}.").format(files=", ".join(facts.missing)))
            if facts.unreadable:
                parts.append(
                    self.tr("Not a usable key: {files} (the Keys tab says why).").format(
                        files=", ".join(facts.unreadable)
                    )
                )
            return " ".join(parts)
        if step is Step.SEND_KEYS:
            if sandbox:
                return self.tr("Requesting sandbox credentials sends them for you.")
            return (
                self.tr("Exported with their fingerprints.")
                if facts.done
                else self.tr(
                    "id_rsa.pub.pem and public.pem, with their fingerprints for the e-mail."
                )
            )
        if step is Step.CREDENTIALS:
            if facts.done:
                return self.tr("Client ID, channel ID, signing key and client secret are saved.")
            if sandbox:
                return self.tr(
                    "The sandbox plays OVO: it issues the two .enc files and they are decrypted."
                )
            return self.tr("key.bin.enc and cred_file.enc, opened with your exchange private key.")
        if step is Step.TOKEN:
            return self.tr("It lives 15 minutes; one token serves every call.")
        if step is Step.INQUIRY:
            return self.tr("The account inquiry: mandatory before every top-up.")
        if step is Step.TOPUP:
            return self.tr(
                "Confirm the amount, the admin fee and the total, then see the success page."
            )
        shown, total = facts.counts
        if facts.done:
            return self.tr("Each refusal of the SOP was shown as CODE - Message.")
        return self.tr(
            "Show each refusal of the SOP as CODE - Message: {shown} of {total} shown; "
            "still to show: {codes}."
        ).format(shown=shown, total=total, codes=", ".join(facts.missing))
