"""Top-up: the SOP's UI/UX journey, page by page.

Customer number and amount; the account inquiry first (the way to the top-up stays shut
until an inquiry of that same number and amount succeeded); the confirmation page with
the destination as OVO masks it, the amount, the admin fee and the total; then the
success page, or the error as `CODE - Message`. An unknown outcome shows that the status
is being checked (core.topup resolves it, never sending twice). Production asks first.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.client import ApiError, Failure, NoAnswer
from core.errors import BadInput, WorkbenchError
from core.journal_damage import TopupsOnHold
from core.snap import bodies
from core.topup import (
    Confirmation,
    Inquiry,
    Outcome,
    TopupResult,
    account_inquiry,
    confirmation,
    format_idr,
)
from core.topup import topup as send_topup
from gui import style, tasks
from gui.core_texts import translated
from gui.dialogs import ask
from gui.hub import Hub
from gui.journal_relay import relay_for
from gui.tabs.topup_result import (
    LookupPage,
    ResultPage,
    SendingPage,
    amount_advice,
    refusal_advice,
)
from gui.widgets import Busy, Card, MessageBar, Page, form_layout, label, make_flat, make_primary


def amount_field_text(value: Decimal) -> str:
    return format_idr(value).removeprefix("Rp ")


class FormPage(Page):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.set_heading(
            self.tr("Top up an OVO account"),
            self.tr(
                "First the account inquiry (OVO requires it before every top-up), then the "
                "confirmation with the admin fee, then the top-up."
            ),
        )
        self.message = MessageBar()
        self.body.addWidget(self.message)
        card = Card()
        form = form_layout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.number = QLineEdit()
        self.number.setObjectName("customerNumber")
        self.number.setPlaceholderText(self.tr("08…, the customer's OVO number"))
        self.number.setValidator(QRegularExpressionValidator(r"\d{0,13}", self.number))
        self.number.setMaxLength(13)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("e.g. 50.000"))
        self.amount.setValidator(QRegularExpressionValidator(r"[0-9.,]{0,20}", self.amount))
        currency = QLabel("Rp")
        amount_row = QHBoxLayout()
        amount_row.setSpacing(6)
        amount_row.addWidget(currency)
        amount_row.addWidget(self.amount, 1)
        number_caption = QLabel(self.tr("Customer &number"))
        number_caption.setBuddy(self.number)
        amount_caption = QLabel(self.tr("&Amount"))
        amount_caption.setBuddy(self.amount)
        form.addRow(number_caption, self.number)
        form.addRow(amount_caption, amount_row)
        card.body.addLayout(form)
        self.limits = label(name="muted")
        self.limits.setText(self.tr("The minimum and maximum come with the account inquiry."))
        card.body.addWidget(self.limits)
        buttons = QHBoxLayout()
        self.inquiry_button = make_primary(QPushButton(self.tr("&Check account")))
        self.continue_button = QPushButton(self.tr("Con&tinue to confirmation"))
        self.continue_button.setEnabled(False)
        self.continue_button.setToolTip(
            self.tr("Available after a successful account inquiry of this number and amount")
        )
        buttons.addWidget(self.inquiry_button)
        buttons.addWidget(self.continue_button)
        # Shown only while a damaged journal holds new top-ups back: the way out.
        self.release_button = QPushButton(self.tr("&Release the hold…"))
        self.release_button.hide()
        buttons.addWidget(self.release_button)
        buttons.addStretch(1)
        card.body.addLayout(buttons)
        self.busy = Busy()
        card.body.addWidget(self.busy)
        self.body.addWidget(card)

        self.inquiry_card = Card(self.tr("Destination OVO account"))
        inquiry_form = form_layout()
        self.name = label()
        self.shown_number = label()
        self.fee = label()
        inquiry_form.addRow(self.tr("Name"), self.name)
        inquiry_form.addRow(self.tr("OVO number"), self.shown_number)
        inquiry_form.addRow(self.tr("Admin fee"), self.fee)
        self.inquiry_card.body.addLayout(inquiry_form)
        self.inquiry_card.hide()
        self.body.addWidget(self.inquiry_card)

        self.sandbox_hint = label(name="muted")
        self.sandbox_hint.setText(
            self.tr(
                "Sandbox numbers: 081234567890 succeeds; 081200000001, 081200000002 and "
                "081200000003 answer the SOP's refusals; an amount outside the limits answers "
                "Invalid Amount; 081299000001 to 081299000005 lose the top-up's answer in "
                "different ways."
            )
        )
        self.body.addWidget(self.sandbox_hint)
        self.lookup_button = make_flat(QPushButton(self.tr("&Look up a top-up by reference…")))
        lookup_row = QHBoxLayout()
        lookup_row.addWidget(self.lookup_button)
        lookup_row.addStretch(1)
        self.body.addLayout(lookup_row)


class ConfirmPage(Page):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.set_heading(
            self.tr("Confirm the top-up"),
            self.tr("Check the destination, the amount and the admin fee before money moves."),
        )
        self.message = MessageBar()
        self.body.addWidget(self.message)
        card = Card()
        form = form_layout()
        form.setVerticalSpacing(12)
        self.environment = label()
        self.destination = label()
        self.amount = label()
        self.fee_caption = QLabel(self.tr("Admin fee"))
        self.fee = label()
        self.total = label(name="amount", wrap=False)
        form.addRow(self.tr("Environment"), self.environment)
        form.addRow(self.tr("Destination OVO account"), self.destination)
        form.addRow(self.tr("Top-up amount"), self.amount)
        form.addRow(self.fee_caption, self.fee)
        form.addRow(self.tr("Total"), self.total)
        card.body.addLayout(form)
        self.body.addWidget(card)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Back"))
        self.send_button = make_primary(QPushButton(self.tr("&Top up")))
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)

    def show_confirmation(self, conf: Confirmation) -> None:
        self.message.clear()
        if conf.production:
            self.environment.setText(
                self.tr("{env}: PRODUCTION, real money").format(env=conf.environment)
            )
            self.environment.setStyleSheet(f"color: {style.ERROR}; font-weight: bold;")
        else:
            self.environment.setText(conf.environment)
            self.environment.setStyleSheet("")
        self.destination.setText(
            self.tr("{name} ({number})").format(
                name=conf.destination_name, number=conf.destination_number
            )
        )
        self.amount.setText(format_idr(conf.amount))
        self.fee.setText(format_idr(conf.fee))
        self.total.setText(format_idr(conf.total))
        self.send_button.setText(self.tr("&Top up {total}").format(total=format_idr(conf.total)))
        self.send_button.setProperty("danger", "true" if conf.production else "false")
        self.send_button.style().unpolish(self.send_button)
        self.send_button.style().polish(self.send_button)


class TopupTab(QWidget):
    def __init__(self, hub: Hub, parent=None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.workspace = hub.workspace
        self.inquiry: Inquiry | None = None
        self.inquired_for: tuple[str, Decimal] | None = None
        self.confirmation: Confirmation | None = None
        self.last_question = None
        self._asked: tuple[str, Decimal] | None = None
        self._sending = False
        self.send_task: asyncio.Task | None = None
        self._known_before: set[str] = set()
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.form = FormPage()
        self.confirm = ConfirmPage()
        self.sending = SendingPage()
        self.result = ResultPage()
        self.lookup = LookupPage()
        for page in (self.form, self.confirm, self.sending, self.result, self.lookup):
            self.stack.addWidget(page)

        self.form.inquiry_button.clicked.connect(self.check_account)
        self.form.continue_button.clicked.connect(self.show_confirmation)
        self.form.lookup_button.clicked.connect(lambda: self.show_page(self.lookup))
        self.form.release_button.clicked.connect(self.ask_release_hold)
        self.form.number.textChanged.connect(self._inputs_changed)
        self.form.amount.textChanged.connect(self._inputs_changed)
        self.form.amount.editingFinished.connect(self._format_amount)
        self.form.number.returnPressed.connect(self.check_account)
        self.form.amount.returnPressed.connect(self._enter_on_amount)
        self.confirm.back_button.clicked.connect(lambda: self.show_page(self.form))
        self.confirm.send_button.clicked.connect(self.request_topup)
        self.sending.stop_button.clicked.connect(self.stop_waiting)
        self.result.new_button.clicked.connect(self.new_topup)
        self.result.status_button.clicked.connect(self._status_of_result)
        self.lookup.lookup_button.clicked.connect(self.look_up)
        self.lookup.reference.returnPressed.connect(self.look_up)
        self.lookup.back_button.clicked.connect(lambda: self.show_page(self.form))
        relay_for(self.workspace).written.connect(self._journal_written)
        hub.environment_changed.connect(lambda _name: self.new_topup())
        self.new_topup()

    # --- navigation --------------------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        first = {
            self.form: self.form.number,
            self.confirm: self.confirm.send_button,
            self.result: self.result.new_button,
            self.lookup: self.lookup.reference,
        }.get(page)
        if first is not None and self.isVisible():
            first.setFocus()

    def new_topup(self) -> None:
        self.inquiry = self.inquired_for = self.confirmation = None
        self.form.message.clear()
        self.form.inquiry_card.hide()
        env = self.workspace.environment(self.hub.environment)
        self.form.sandbox_hint.setVisible(env.is_sandbox)
        self.form.limits.setText(self.tr("The minimum and maximum come with the account inquiry."))
        self._inputs_changed()
        self.show_page(self.form)

    # --- the inquiry ---------------------------------------------------------------------

    def entered(self) -> tuple[str, Decimal]:
        """The number and amount as typed, read by the same strict parsers as the command
        line's; a BadInput says what is wrong (core's text, shown translated)."""
        number = bodies.parse_customer_number(self.form.number.text())
        amount = bodies.parse_user_amount(self.form.amount.text())
        return number, amount

    def _current(self) -> tuple[str, Decimal] | None:
        try:
            return self.entered()
        except BadInput:
            return None

    def _inputs_changed(self) -> None:
        ready = self.inquiry is not None and self.inquired_for == self._current()
        self.form.continue_button.setEnabled(ready)
        make_primary(self.form.continue_button, ready)
        make_primary(self.form.inquiry_button, not ready)
        if not ready:
            self.form.inquiry_card.hide()
            if self.form.message.property("kind") == "success":
                self.form.message.clear()  # it said "Continue", which no longer applies

    def _format_amount(self) -> None:
        try:
            value = bodies.parse_user_amount(self.form.amount.text())
        except BadInput:
            return
        self.form.amount.setText(amount_field_text(value))

    def _enter_on_amount(self) -> None:
        self._format_amount()
        if self.form.continue_button.isEnabled():
            self.show_confirmation()
        else:
            self.check_account()

    def check_account(self) -> asyncio.Task | None:
        self.form.message.clear()
        try:
            number, amount = self.entered()
        except BadInput as exc:
            self.form.message.show_error(exc)
            return None
        self.inquiry = self.inquired_for = None
        self._asked = (number, amount)
        self._inputs_changed()
        return tasks.start(
            self._inquire(number, amount),
            on_error=self._inquiry_failed,
            disable=[self.form.inquiry_button],
            busy=self.form.busy,
        )

    async def _inquire(self, number: str, amount: Decimal) -> None:
        env = self.hub.environment
        self.workspace.pending.refuse_if_held()  # before the inquiry, as the CLI does
        inquiry = await account_inquiry(self.workspace.client(env), number, amount)
        self._show_inquiry(inquiry, (number, amount))
        self._inputs_changed()
        self.hub.state_changed.emit()
        if self.form.isVisible():
            self.form.continue_button.setFocus()

    def _show_inquiry(self, inquiry: Inquiry, inquired_for: tuple[str, Decimal]) -> None:
        self.inquiry, self.inquired_for = inquiry, inquired_for
        self.form.name.setText(inquiry.customer_name)
        self.form.shown_number.setText(inquiry.shown_number)
        self.form.fee.setText(format_idr(inquiry.fee))
        if inquiry.min_amount is not None and inquiry.max_amount is not None:
            self.form.limits.setText(
                self.tr("This account takes top-ups from {min} to {max}.").format(
                    min=format_idr(inquiry.min_amount), max=format_idr(inquiry.max_amount)
                )
            )
        self.form.inquiry_card.show()
        self.form.message.show_message(
            "success",
            inquiry.exchange.display,
            self.tr("The account can receive the top-up. Continue to the confirmation."),
        )

    # --- across a language switch ----------------------------------------------------------

    def snapshot(self) -> dict:
        """Where the user is in the top-up journey: the window rebuilt in another language
        picks it up with `resume` (the typed fields travel with `form_state`)."""
        return {
            "page": self.stack.currentIndex(),
            "inquiry": self.inquiry,
            "inquired_for": self.inquired_for,
            "confirmation": self.confirmation,
            "result": self.result.shown,
        }

    def resume(self, state: dict) -> None:
        inquiry, inquired_for = state["inquiry"], state["inquired_for"]
        if inquiry is not None and inquired_for == self._current():
            self._show_inquiry(inquiry, inquired_for)
            self._inputs_changed()
        self.confirmation = state["confirmation"]
        page = self.stack.widget(state["page"])
        if page is self.confirm and self.confirmation is not None and self.inquiry is not None:
            self.confirm.show_confirmation(self.confirmation)
        elif page is self.result and state["result"] is not None:
            self.result.show_result(*state["result"])
        elif page is not self.lookup:
            page = self.form
        self.show_page(page)

    def _inquiry_failed(self, exc: WorkbenchError) -> None:
        if isinstance(exc, TopupsOnHold):
            self.form.message.show_message(
                "error",
                translated(exc.problem),
                self.tr(
                    'Look up each of them with "Look up a top-up by reference" below (ask '
                    "OVO about any it cannot find), then release the hold. The damaged journal "
                    "itself is kept."
                ),
            )
            self.form.release_button.show()
            return
        if isinstance(exc, ApiError):
            code = exc.exchange.code.code if exc.exchange.code else None
            advice = refusal_advice(code)
            if code == "4043713" and self._asked is not None:
                limits = self.workspace.earlier_limits(self.hub.environment, self._asked[0])
                advice = amount_advice(limits)
                if limits is not None:
                    self.form.limits.setText(
                        self.tr("This account took top-ups from {min} to {max}.").format(
                            min=format_idr(limits[0]), max=format_idr(limits[1])
                        )
                    )
            self.form.message.show_message("error", exc.exchange.display, advice or exc.fix)
            self.hub.state_changed.emit()
        elif isinstance(exc, NoAnswer) and exc.exchange.failure is not Failure.NOT_JSON:
            self.form.message.show_message(
                "error",
                self.tr("No answer to the account inquiry: {what}.").format(
                    what=translated(exc.exchange.display)
                ),
                self.tr("Check the environment's address and your network, then try again."),
            )
        else:
            self.form.message.show_error(exc)

    # --- the confirmation and the top-up --------------------------------------------------

    def show_confirmation(self) -> None:
        if self.inquiry is None or self.inquired_for != self._current():
            self._inputs_changed()
            return
        env = self.workspace.environment(self.hub.environment)
        try:
            self.confirmation = confirmation(self.inquiry, env.name, env.is_production)
        except BadInput as exc:
            self.form.message.show_error(exc)
            return
        self.confirm.show_confirmation(self.confirmation)
        self.show_page(self.confirm)

    def request_topup(self) -> None:
        conf = self.confirmation
        if conf is None or self.inquiry is None or self._sending:
            return
        if conf.production:
            self.last_question = ask(
                self,
                self.tr("Send a real top-up in Production?"),
                self.tr("Send {total} to {name} ({number}) in {env}, OVO's live gateway?").format(
                    total=format_idr(conf.total),
                    name=conf.destination_name,
                    number=conf.destination_number,
                    env=conf.environment,
                ),
                self.tr("Send in Production"),
                self.tr("Cancel"),
                self.send_topup,
                on_reject=self._not_sent,
                danger=True,
                detail=self.tr("Real money moves, and it cannot be taken back from here."),
            )
            return
        self.send_topup()

    def _not_sent(self) -> None:
        self.confirm.message.show_message(
            "info", self.tr("Not sent."), self.tr("Nothing left the workbench.")
        )

    def send_topup(self) -> asyncio.Task | None:
        if self.confirmation is None or self.inquiry is None or self._sending:
            return None
        self._sending = True
        env = self.workspace.environment(self.hub.environment)
        self._known_before = set(self.workspace.unsettled_topups(env.name))
        self.sending.reset()
        self.sending.sending(self.confirmation, env.read_timeout)
        self.show_page(self.sending)
        self.hub.sending.emit(True)
        self.send_task = tasks.start(
            self._send(self.inquiry, self.confirmation),
            on_error=self._send_failed,
            on_done=self._sent,
        )
        return self.send_task

    def _sent(self) -> None:
        self._sending = False
        self.hub.sending.emit(False)

    def stop_waiting(self) -> None:
        """The user stops waiting for OVO's answer. The top-up is not cancelled (it may
        have reached OVO): its record stays pending, and the status call settles it,
        before the next top-up or now from the result page."""
        task, conf = self.send_task, self.confirmation
        if task is None or task.done() or conf is None:
            return
        task.cancel()
        env = self.hub.environment
        left = [
            ref for ref in self.workspace.unsettled_topups(env) if ref not in self._known_before
        ]
        self.inquiry = self.inquired_for = None
        self._inputs_changed()
        if not left:
            self.show_page(self.confirm)
            self.confirm.message.show_message(
                "info",
                self.tr("Stopped before the top-up left: nothing was sent."),
                self.tr("Check the account again to send it."),
            )
            return
        result = TopupResult(
            Outcome.UNKNOWN,
            left[-1],
            conf.amount,
            message=self.tr(
                "You stopped waiting for OVO's answer. The top-up may have gone through: it "
                "is never sent again, and the status call finds out its outcome (Check the "
                "status now, or before your next top-up)."
            ),
        )
        self.result.show_result(result, conf, None)
        self.show_page(self.result)

    async def _send(self, inquiry: Inquiry, conf: Confirmation) -> None:
        env = self.hub.environment
        await self.workspace.resolve_unsettled_topups(env)
        result = await send_topup(self.workspace.client(env), inquiry, self.workspace.pending, env)
        code = None
        if result.outcome is Outcome.FAILED:
            code = result.message.split(" - ", 1)[0].strip()
        self.result.show_result(result, conf, code)
        self.inquiry = self.inquired_for = None
        self._inputs_changed()
        self.show_page(self.result)
        self.hub.state_changed.emit()

    def _send_failed(self, exc: WorkbenchError) -> None:
        self.show_page(self.confirm)
        self.confirm.message.show_error(exc)

    def _journal_written(self, entry_id: int) -> None:
        if not self._sending or self.stack.currentWidget() is not self.sending:
            return
        entry = self.workspace.journal.get(entry_id)
        if entry is not None and entry.service == "39" and entry.finished is None:
            self.sending.checking_status()  # a status call is on its way

    def _status_of_result(self) -> None:
        result = self.result.result
        if result is not None:
            self.lookup.reference.setText(result.partner_reference_no)
            self.show_page(self.lookup)
            self.look_up()

    # --- the hold a damaged journal puts on new top-ups --------------------------------------

    def ask_release_hold(self) -> None:
        from gui.dialogs import ask

        self.question = ask(
            self,
            self.tr("Release the hold on new top-ups?"),
            self.tr(
                "Do this only once you have checked each top-up the damaged journal may hold: "
                "a top-up whose outcome you do not know could be credited twice if you send "
                "it again."
            ),
            self.tr("I have checked them: release"),
            self.tr("Cancel"),
            self._release_hold,
        )

    def _release_hold(self) -> None:
        self.workspace.release_topup_hold()
        self.form.release_button.hide()
        self.form.message.show_message(
            "info",
            self.tr("The hold is released: new top-ups are possible again."),
            self.tr("The damaged journal is kept in the workbench's folder."),
        )

    # --- the lookup ----------------------------------------------------------------------

    def look_up(self) -> asyncio.Task:
        self.lookup.message.clear()
        self.lookup.answer_card.hide()
        return tasks.start(
            self._look_up(self.lookup.reference.text()),
            on_error=self.lookup.message.show_error,
            disable=[self.lookup.lookup_button],
            busy=self.lookup.busy,
        )

    async def _look_up(self, reference: str) -> None:
        lookup = await self.workspace.topup_status(self.hub.environment, reference)
        self.lookup.show_lookup(lookup)
        self.hub.state_changed.emit()
