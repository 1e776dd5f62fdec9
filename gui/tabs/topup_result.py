"""The Top-up tab's later pages: sending (and checking status), the result, the lookup."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton

from core.operations import StatusLookup
from core.topup import Confirmation, Outcome, TopupResult, format_idr
from gui import style
from gui.core_texts import translated
from gui.widgets import Busy, Card, MessageBar, Page, form_layout, label, make_primary


# The SOP's refusals, with what the person at the counter can do about each.
def refusal_advice(code: str | None) -> str | None:
    translate = QCoreApplication.translate
    advice = {
        "4033718": translate(
            "Refusals", "Check the OVO number with the customer; no top-up is possible to it."
        ),
        "4033705": translate(
            "Refusals",
            "The customer's OVO account is inactive; no top-up is possible until OVO "
            "reactivates it.",
        ),
        "4033702": translate(
            "Refusals", "The customer has reached a limit; try a smaller amount or later."
        ),
        "4043713": amount_advice(None),
    }
    return advice.get(code or "")


OVO_LIMITS_PAGE = "https://www.ovo.id/helpcenter/article/360035974151"


def amount_advice(limits) -> str:
    """What to do about `4043713`, which carries no limits of its own: the limits of an
    earlier successful inquiry of the customer, else OVO's published ones."""
    translate = QCoreApplication.translate
    if limits is not None:
        low, high = limits
        return translate(
            "Refusals",
            "This customer's last successful inquiry allowed top-ups from {min} to {max}: "
            "enter an amount in that range.",
        ).format(min=format_idr(low), max=format_idr(high))
    return translate(
        "Refusals",
        "OVO's answer gives no limits. Enter an amount within OVO's published minimum and "
        "maximum top-up: {url}",
    ).format(url=OVO_LIMITS_PAGE)


class SendingPage(Page):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.set_heading(
            self.tr("Sending the top-up…"),
            self.tr("Please wait for OVO's answer; do not send it again."),
        )
        card = Card()
        self.state = label()
        busy = Busy()
        card.body.addWidget(self.state)
        card.body.addWidget(busy)
        busy.show()  # only once it has a parent: shown parentless it is a window of its own
        # What is going on during a long wait, and what is safe.
        self.explanation = label()
        card.body.addWidget(self.explanation)
        self.stop_button = QPushButton(self.tr("&Stop waiting"))
        self.stop_button.setToolTip(
            self.tr("The top-up is not cancelled: its outcome is found out with the status call")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        card.body.addLayout(buttons)
        self.body.addWidget(card)

    def sending(self, confirmation: Confirmation, wait_seconds: float) -> None:
        self.checks = 0
        self.explanation.setText(
            self.tr(
                "The workbench waits up to {seconds} s for OVO's answer; the other tabs and "
                "the environment wait meanwhile. A top-up that has left cannot be cancelled. "
                "You can stop waiting: the top-up is never sent again, and its outcome is "
                "found out with the status call."
            ).format(seconds=int(wait_seconds))
        )
        self.state.setText(
            self.tr("{amount} to {name} ({number}) in {env}.").format(
                amount=format_idr(confirmation.amount),
                name=confirmation.destination_name,
                number=confirmation.destination_number,
                env=confirmation.environment,
            )
        )

    def checking_status(self) -> None:
        self.checks += 1
        self.set_heading(
            self.tr("Checking the status of the top-up…"),
            self.tr(
                "OVO's answer did not arrive. The workbench asks for the top-up's status; it "
                "never sends the top-up twice."
            ),
        )
        self.state.setText(self.tr("Status check {n}…").format(n=self.checks))

    def reset(self) -> None:
        self.set_heading(
            self.tr("Sending the top-up…"),
            self.tr("Please wait for OVO's answer; do not send it again."),
        )


class ResultPage(Page):
    """The SOP's success page (notice, amount, references) or the error as CODE - Message."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: TopupResult | None = None
        self.shown: tuple | None = None
        card = Card()
        self.headline = label(name="resultTitle")
        self.amount = label(name="amount", wrap=False)
        self.destination = label()
        self.code = label(name="code")
        self.advice = label()
        card.body.addWidget(self.headline)
        card.body.addWidget(self.amount)
        card.body.addWidget(self.destination)
        card.body.addWidget(self.code)
        card.body.addWidget(self.advice)
        form = form_layout()
        self.fee = label()
        self.total = label()
        self.partner_reference = _selectable()
        self.reference = _selectable()
        form.addRow(self.tr("Admin fee"), self.fee)
        form.addRow(self.tr("Total"), self.total)
        form.addRow(self.tr("partnerReferenceNo"), self.partner_reference)
        form.addRow(self.tr("referenceNo"), self.reference)
        card.body.addLayout(form)
        self.note = label()
        card.body.addWidget(self.note)
        self.body.addWidget(card)
        buttons = QHBoxLayout()
        self.new_button = make_primary(QPushButton(self.tr("&New top-up")))
        self.status_button = QPushButton(self.tr("Check the status n&ow"))
        self.copy_button = QPushButton(self.tr("Copy &references"))
        self.copy_button.clicked.connect(self.copy_references)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.status_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)

    def show_result(self, result: TopupResult, confirmation: Confirmation, code: str | None):
        self.result = result
        self.shown = (result, confirmation, code)  # shown again after a language switch
        self.amount.setText(format_idr(result.amount))
        self.destination.setText(
            self.tr("to {name} ({number})").format(
                name=confirmation.destination_name, number=confirmation.destination_number
            )
        )
        self.fee.setText(format_idr(confirmation.fee))
        self.total.setText(format_idr(confirmation.total))
        self.partner_reference.setText(result.partner_reference_no)
        self.reference.setText(result.reference_no or "-")
        self.status_button.setVisible(result.outcome is Outcome.UNKNOWN)
        if result.outcome is Outcome.SUCCESS:
            self.set_heading(self.tr("Top-up successful"))
            self.headline.setText(self.tr("✓ The money is on its way to the customer's OVO."))
            self.headline.setStyleSheet(f"color: {style.SUCCESS};")
            self.code.setText(translated(result.message))
            self.code.setStyleSheet(f"color: {style.TEXT}; font-size: 13px; font-weight: normal;")
            self.advice.setText("")
            self.note.setText(
                self.tr("Confirmed by the top-up status call after OVO's first answer was lost.")
                if result.resolved_by_status
                else ""
            )
        elif result.outcome is Outcome.FAILED:
            self.set_heading(self.tr("Top-up not done"))
            self.headline.setText(self.tr("✕ No money was moved."))
            self.headline.setStyleSheet(f"color: {style.ERROR};")
            self.code.setText(translated(result.message))
            self.code.setStyleSheet(f"color: {style.ERROR};")
            self.advice.setText(refusal_advice(code) or "")
            self.note.setText(
                self.tr("Found out with the top-up status call.")
                if result.resolved_by_status
                else ""
            )
        else:
            self.set_heading(self.tr("Outcome unknown"))
            self.headline.setText(self.tr("! OVO has not said whether the top-up went through."))
            self.headline.setStyleSheet(f"color: {style.WARNING};")
            self.code.setText("")
            self.advice.setText(
                self.tr(
                    "Do not send it again. Check its status later with the partnerReferenceNo "
                    "below; the workbench also checks it before your next top-up."
                )
            )
            self.note.setText(translated(result.message))
        self.advice.setVisible(bool(self.advice.text()))
        self.note.setVisible(bool(self.note.text()))
        self.code.setVisible(bool(self.code.text()))

    def copy_references(self) -> None:
        if self.result is not None:
            QGuiApplication.clipboard().setText(
                f"partnerReferenceNo {self.result.partner_reference_no}\n"
                f"referenceNo {self.result.reference_no or '-'}"
            )


class LookupPage(Page):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.set_heading(
            self.tr("Look up a top-up"),
            self.tr("Ask OVO for the status of an earlier top-up by its partnerReferenceNo."),
        )
        self.message = MessageBar()
        self.body.addWidget(self.message)
        card = Card()
        form = form_layout()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. 2026112814302512345678"))
        form.addRow(self.tr("&partnerReferenceNo"), self.reference)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.reference)
        card.body.addLayout(form)
        buttons = QHBoxLayout()
        self.lookup_button = make_primary(QPushButton(self.tr("&Look up")))
        self.back_button = QPushButton(self.tr("&Back"))
        buttons.addWidget(self.lookup_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        card.body.addLayout(buttons)
        self.busy = Busy()
        card.body.addWidget(self.busy)
        self.body.addWidget(card)
        self.answer_card = Card(self.tr("OVO's answer"))
        self.answer = label(name="code")
        answer_form = form_layout()
        self.status = label()
        self.original_reference = _selectable()
        self.amount = label()
        answer_form.addRow(self.tr("Status"), self.status)
        answer_form.addRow(self.tr("referenceNo"), self.original_reference)
        answer_form.addRow(self.tr("Amount"), self.amount)
        self.answer_card.body.addWidget(self.answer)
        self.answer_card.body.addLayout(answer_form)
        self.answer_card.hide()
        self.body.addWidget(self.answer_card)

    def show_lookup(self, lookup: StatusLookup) -> None:
        self.answer.setText(lookup.display)
        self.answer.setStyleSheet(f"color: {style.TEXT if lookup.succeeded else style.ERROR};")
        status = " ".join(
            part for part in (lookup.transaction_status, lookup.status_description) if part
        )
        self.status.setText(status or "-")
        self.original_reference.setText(lookup.reference_no or "-")
        self.amount.setText(format_idr(lookup.amount) if lookup.amount is not None else "-")
        self.answer_card.show()


def _selectable() -> QLineEdit:
    field = QLineEdit()
    field.setReadOnly(True)
    field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    field.setObjectName("plainValue")
    return field
