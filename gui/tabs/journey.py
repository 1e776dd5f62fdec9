"""Journey: the SOP's steps for the selected environment, where each stands, and the next
action, one button away."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.errors import BadInput
from core.journey import Step, StepFacts, next_step, progress
from gui import tasks
from gui.first_paint import drawing_first_frame
from gui.hub import Hub
from gui.widgets import (
    Busy,
    MessageBar,
    Page,
    SecretField,
    form_layout,
    label,
    make_primary,
)


class StepRow(QFrame):
    def __init__(self, number: int, button_text: str, on_click) -> None:
        super().__init__()
        self.setObjectName("stepRow")
        self.number = number
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 4, 14, 4)
        layout.setSpacing(14)
        self.badge = label(str(number), name="stepBadge", wrap=False)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = label(name="cardTitle")
        self.detail = label(name="muted")
        texts.addWidget(self.title)
        texts.addWidget(self.detail)
        self.texts = texts
        self.button = QPushButton(button_text)
        self.button.clicked.connect(on_click)
        layout.addWidget(self.badge)
        layout.addLayout(texts, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

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
    """The steps, and a button on each that does the step where it can be done from here
    (the keys, the sandbox's credentials, the token) or opens the tab where it is done."""

    def __init__(self, hub: Hub, parent=None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.workspace = hub.workspace
        self.facts: list[StepFacts] = []
        self.summary = label()
        self.body.addWidget(self.summary)
        self.body.setSpacing(8)  # all seven steps in view on a laptop's screen
        self.message = MessageBar()
        self.body.addWidget(self.message)
        self.rows: dict[Step, StepRow] = {}
        for number, step in enumerate(Step, start=1):
            row = StepRow(number, "", lambda _=False, step=step: self.do(step))
            self.rows[step] = row
            self.body.addWidget(row)
        # The first step, typed here: the exchange key's passphrase, twice.
        self.key_fields = QWidget()
        fields = form_layout(self.key_fields)
        fields.setContentsMargins(0, 6, 0, 0)
        self.passphrase = SecretField(self.tr("At least 4 characters"), self.tr("Show"))
        self.repeat = SecretField(self.tr("The same passphrase again"), self.tr("Show"))
        passphrase_caption = QLabel(self.tr("Passph&rase for id_rsa.pem"))
        passphrase_caption.setBuddy(self.passphrase.edit)
        fields.addRow(passphrase_caption, self.passphrase)
        fields.addRow(self.tr("Repeat"), self.repeat)
        self.repeat.edit.returnPressed.connect(lambda: self.do(Step.KEYS))
        self.busy = Busy()
        self.rows[Step.KEYS].texts.addWidget(self.key_fields)
        self.rows[Step.KEYS].texts.addWidget(self.busy)
        self.log_hint = label(name="muted")
        self.body.addWidget(self.log_hint)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(150)
        self._pending.timeout.connect(self._refresh_if_shown)
        hub.environment_changed.connect(lambda _name: self._environment_changed())
        hub.state_changed.connect(self._pending.start)
        self.refresh()

    def _environment_changed(self) -> None:
        self.message.clear()
        self._refresh_if_shown()

    def first_field(self):
        """Where typing goes when the Journey opens: the passphrase, while keys are to make."""
        return self.passphrase.edit if self.key_fields.isVisibleTo(self) else None

    # --- doing the steps -------------------------------------------------------------------

    def do(self, step: Step) -> None:
        env = self.workspace.environment(self.hub.environment)
        if step is Step.KEYS:
            if self.key_fields.isVisibleTo(self):
                self.make_keys()
            else:
                self.hub.navigate.emit("keys")
        elif step is Step.SEND_KEYS:
            self.hub.do_step.emit("export")
        elif step is Step.CREDENTIALS:
            self.hub.do_step.emit("request" if env.is_sandbox else "credentials")
        elif step is Step.TOKEN:
            self.hub.do_step.emit("token")
        else:
            self.hub.do_step.emit("inquiry")

    def make_keys(self):
        """Both pairs, from the passphrase typed here: the exchange pair with it, the
        signing pair without one (as the SOP makes it). Kept for Credentials."""
        from gui.tabs.keys import new_passphrase  # not needed for the first frame

        self.message.clear()
        try:
            passphrase = new_passphrase(self.passphrase.text(), self.repeat.text())
        except BadInput as exc:
            self.message.show_error(exc)
            return None
        self.message.show_message(
            "info",
            self.tr("Making the two key pairs…"),
            self.tr("This can take a few seconds; the window stays usable meanwhile."),
        )
        return tasks.start(
            self._make_keys(passphrase),
            on_error=self.message.show_error,
            disable=[self.rows[Step.KEYS].button],
            busy=self.busy,
        )

    async def _make_keys(self, passphrase: bytes) -> None:
        from gui.tabs.keys import make_missing_pairs

        folder = self.workspace.key_folder(self.hub.environment)
        written = await make_missing_pairs(folder, passphrase)
        self.passphrase.clear()
        self.repeat.clear()
        self.hub.remember_passphrase(passphrase)
        self.message.show_message(
            "success",
            self.tr("Made {files} in {folder}.").format(
                files=", ".join(f"{w.private_path.name} + {w.public_path.name}" for w in written),
                folder=folder,
            ),
            self.tr("The passphrase is kept in memory for this session, for the next step."),
        )
        self.hub.state_changed.emit()
        self.refresh()
        upcoming = self.upcoming()
        if upcoming is not None and self.isVisible():
            self.rows[upcoming].button.setFocus()

    def upcoming(self) -> Step | None:
        """The step to do now; in the sandbox, requesting the credentials sends the keys."""
        upcoming = next_step(self.facts)
        if (
            upcoming is Step.SEND_KEYS
            and self.workspace.environment(self.hub.environment).is_sandbox
        ):
            return Step.CREDENTIALS
        return upcoming

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
        upcoming = self.upcoming()
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
            row = self.rows[facts.step]
            row.show_state(
                self.step_title(facts.step, env.is_sandbox),
                self.step_detail(facts, env.is_sandbox),
                facts.done,
                facts.step is upcoming,
            )
            row.button.setText(self.button_text(facts, env.is_sandbox))
            # In the sandbox, step 2 is done by step 3's button: no button of its own.
            row.button.setVisible(not (facts.step is Step.SEND_KEYS and env.is_sandbox))
        keys_facts = self.facts[0]
        nothing_yet = keys_facts.counts[0] == 0 and len(keys_facts.missing) == 4
        self.key_fields.setVisible(not keys_facts.done and nothing_yet)
        # The Log has something to show once a call was made.
        self.log_hint.setVisible(any(f.done for f in self.facts[list(Step).index(Step.TOKEN) :]))
        self.log_hint.setText(
            self.tr(
                "Every call is kept in the Log (OVO asks partners to keep one); copy any of "
                "them as curl, or export them as HAR, for OVO's reviewers."
            )
        )

    def button_text(self, facts: StepFacts, sandbox: bool) -> str:
        step = facts.step
        if step is Step.KEYS:
            if not facts.done and facts.counts[0] == 0 and len(facts.missing) == 4:
                return self.tr("&Make both key pairs")
            return self.tr("Open &Keys")
        if step is Step.SEND_KEYS:
            return self.tr("E&xport public keys…")
        if step is Step.CREDENTIALS:
            if sandbox and not facts.done:
                return self.tr("Re&quest sandbox credentials")
            return self.tr("Open &Credentials")
        return {
            Step.TOKEN: self.tr("Get a t&oken"),
            Step.INQUIRY: self.tr("Check an &account"),
            Step.TOPUP: self.tr("To&p up"),
            Step.UAT: self.tr("Run &UAT"),
        }[step]

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
            # At the very start all four are missing: nothing to point out.
            if facts.missing and len(facts.missing) < 4:
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
            return self.tr(
                "Optional: the account inquiry gets a token by itself. It lives 15 minutes; "
                "one token serves every call."
            )
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
