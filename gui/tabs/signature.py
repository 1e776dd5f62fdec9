"""Signature: the `sign` calculator with every intermediate value, and a verify mode that
says whether a pasted X-SIGNATURE matches and, if not, where it parts."""

from __future__ import annotations

import asyncio
from itertools import pairwise

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core import keys
from core.credentials import mask
from core.errors import BadInput, WorkbenchError
from core.key_files import load_private_key
from core.snap.profile import Service
from core.snap.signature_check import SignatureCheck, Slip, Verdict, check_signature, service_slips
from core.snap.signatures import Encoding, Signature, sign_service_request, sign_token_request
from core.snap.timestamps import calculator_timestamp, now_timestamp
from gui import style, tasks
from gui.hub import Hub
from gui.widgets import (
    Busy,
    Card,
    CopyText,
    FileField,
    MessageBar,
    Page,
    SecretField,
    form_layout,
    label,
    make_primary,
    mono_label,
)

SAMPLE_BODY = (
    '{\n  "partnerReferenceNo": "2023090605025800000001",\n  "customerNumber": "081234567890",\n'
    '  "amount": {"value": "50000.00", "currency": "IDR"},\n'
    '  "transactionDate": "2023-09-06T05:02:58+07:00",\n  "additionalInfo": {}\n}'
)


class SignatureTab(Page):
    def __init__(self, hub: Hub, parent=None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.workspace = hub.workspace
        self.signature: Signature | None = None
        self._token_for_mask: str | None = None
        self.slips: dict[Slip, Signature] = {}
        self.set_heading(
            self.tr("Signature calculator"),
            self.tr(
                "Every value that goes into a SNAP signature, to compare with your own "
                "code's when a gateway answers Invalid Signature."
            ),
        )
        self.message = MessageBar()
        self.body.addWidget(self.message)

        inputs = Card()
        modes = QVBoxLayout()
        modes.setSpacing(4)
        self.token_mode = QRadioButton(self.tr("Access-&token signature (SHA256withRSA)"))
        self.service_mode = QRadioButton(self.tr("Trans&action signature (HMAC-SHA512)"))
        self.token_mode.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.token_mode)
        group.addButton(self.service_mode)
        modes.addWidget(self.token_mode)
        modes.addWidget(self.service_mode)
        self.fill_button = QPushButton(self.tr("&Use {env}'s values"))
        self.fill_button.clicked.connect(self.fill_from_environment)
        inputs.body.addLayout(modes)
        self.forms = QStackedWidget()
        self.forms.addWidget(self._token_form())
        self.forms.addWidget(self._service_form())
        inputs.body.addWidget(self.forms)
        self.token_mode.toggled.connect(self._mode_changed)
        buttons = QHBoxLayout()
        self.calculate_button = make_primary(QPushButton(self.tr("&Calculate")))
        self.calculate_button.clicked.connect(self.calculate)
        buttons.addWidget(self.calculate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.fill_button)
        inputs.body.addLayout(buttons)
        self.busy = Busy()
        inputs.body.addWidget(self.busy)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(inputs)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.body.addLayout(columns)

        outputs = Card(self.tr("Intermediate values"))
        out_form = QVBoxLayout()
        out_form.setSpacing(4)
        copy = self.tr("Copy")
        self.string_to_sign = CopyText(copy, 3)
        self.minified = CopyText(copy, 3)
        self.body_hash = CopyText(copy, 2)
        self.signature_hex = CopyText(copy, 3)
        self.signature_base64 = CopyText(copy, 2)
        self.minified_caption = label(self.tr("Minified body"), wrap=False)
        self.hash_caption = label(self.tr("Body SHA-256"), wrap=False)
        self.hex_caption = label(self.tr("Signature (hex)"), wrap=False)
        self.base64_caption = label(self.tr("Signature (base64)"), wrap=False)
        self.string_caption = label(self.tr("String to sign"), wrap=False)
        for caption, value in (
            (self.string_caption, self.string_to_sign),
            (self.minified_caption, self.minified),
            (self.hash_caption, self.body_hash),
            (self.hex_caption, self.signature_hex),
            (self.base64_caption, self.signature_base64),
        ):
            caption.setObjectName("fieldLabel")
            out_form.addWidget(caption)
            out_form.addWidget(value)
            out_form.addSpacing(6)
        outputs.body.addLayout(out_form)
        self.token_note = label(name="muted")
        outputs.body.addWidget(self.token_note)
        right.addWidget(outputs)

        verify = Card(
            self.tr("Check a signature"),
            self.tr("Paste the X-SIGNATURE your code (or a log) produced for the same inputs."),
        )
        verify_row = QHBoxLayout()
        self.given = QLineEdit()
        self.given.setObjectName("givenSignature")
        self.given.setPlaceholderText(self.tr("The signature to check, hex or base64"))
        self.verify_button = QPushButton(self.tr("Chec&k"))
        self.verify_button.clicked.connect(self.verify)
        self.given.returnPressed.connect(self.verify)
        verify_row.addWidget(self.given, 1)
        verify_row.addWidget(self.verify_button)
        verify.body.addLayout(verify_row)
        self.verdict = label()
        self.verdict.setObjectName("verdict")
        self.difference = mono_label()
        verify.body.addWidget(self.verdict)
        verify.body.addWidget(self.difference)
        left.insertWidget(1, verify)
        right.addStretch(1)

        # Left column first (inputs, then the check), then the values on the right.
        chain = [self.calculate_button, self.fill_button, self.given, self.verify_button]
        chain += [f.copy for f in (self.string_to_sign, self.minified, self.body_hash)]
        chain += [self.signature_hex.copy, self.signature_base64.copy]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        hub.environment_changed.connect(self._environment_changed)
        self._environment_changed(hub.environment)
        self._mode_changed()

    # --- forms ---------------------------------------------------------------------------

    def _token_form(self) -> QWidget:
        widget = QWidget()
        form = form_layout(widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.client_id = QLineEdit()
        self.client_id.setPlaceholderText(self.tr("Your client ID (X-CLIENT-KEY)"))
        self.token_timestamp = _timestamp_field()
        self.token_now = QPushButton(self.tr("&Now"))
        self.token_now.clicked.connect(lambda: self.token_timestamp.setText(now_timestamp()))
        self.private_key = FileField(
            self.tr("Your SNAP signing private key (private.pem)"),
            self.tr("Browse…"),
            self.tr("Choose private.pem"),
        )
        self.key_passphrase = SecretField(self.tr("Only if the key has one"), self.tr("Show"))
        self.token_encoding = _encoding_box(Encoding.BASE64)
        form.addRow(self.tr("Client ID"), self.client_id)
        form.addRow(self.tr("X-TIMESTAMP"), _with(self.token_timestamp, self.token_now))
        form.addRow(self.tr("Private key"), self.private_key)
        form.addRow(self.tr("Passphrase"), self.key_passphrase)
        form.addRow(self.tr("Encoding"), self.token_encoding)
        return widget

    def _service_form(self) -> QWidget:
        widget = QWidget()
        form = form_layout(widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.addItems(["POST", "GET", "PUT", "DELETE"])
        self.path = QLineEdit()
        self.path.setPlaceholderText(
            self.tr("Relative URL as sent, e.g. /OVOSNAP/v2.0/emoney/topup")
        )
        self.access_token = SecretField(
            self.tr("The access token (without Bearer)"), self.tr("Show")
        )
        self.client_secret = SecretField(self.tr("Your client secret"), self.tr("Show"))
        self.request_body = QPlainTextEdit()
        self.request_body.setPlaceholderText(self.tr("The JSON body as your code sends it"))
        self.request_body.setTabChangesFocus(True)
        self.request_body.setFixedHeight(92)
        self.request_body.setFont(style.mono_font())
        self.service_timestamp = _timestamp_field()
        self.service_now = QPushButton(self.tr("N&ow"))
        self.service_now.clicked.connect(lambda: self.service_timestamp.setText(now_timestamp()))
        self.service_encoding = _encoding_box(Encoding.HEX)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Path"), self.path)
        form.addRow(self.tr("Access token"), self.access_token)
        form.addRow(self.tr("Client secret"), self.client_secret)
        form.addRow(self.tr("Body"), self.request_body)
        form.addRow(self.tr("X-TIMESTAMP"), _with(self.service_timestamp, self.service_now))
        form.addRow(self.tr("Encoding"), self.service_encoding)
        return widget

    def _mode_changed(self) -> None:
        token = self.token_mode.isChecked()
        self.forms.setCurrentIndex(0 if token else 1)
        page = self.forms.currentWidget()
        self.forms.setFixedHeight(page.sizeHint().height())
        for widget in (self.minified_caption, self.minified, self.hash_caption, self.body_hash):
            widget.setVisible(not token)
        self.signature = None
        self._clear_outputs()

    def _environment_changed(self, name: str) -> None:
        self.fill_button.setText(self.tr("&Use {env}'s values").format(env=name))

    def fill_from_environment(self) -> None:
        """The environment's client ID, signing key, path, encodings; on this explicit
        request also its stored client secret and current token (they stay masked)."""
        env = self.workspace.environment(self.hub.environment)
        self.client_id.setText(env.client_id or "")
        if env.signing_key:
            self.private_key.set_path(env.signing_key)
        self.token_encoding.setCurrentText(env.profile.token_signature_encoding.value)
        self.service_encoding.setCurrentText(env.profile.service_signature_encoding.value)
        self.path.setText(env.profile.path(Service.TOPUP))
        if not self.request_body.toPlainText().strip():
            self.request_body.setPlainText(SAMPLE_BODY)
        try:
            self.client_secret.edit.setText(self.workspace.stored_client_secret(env.name) or "")
        except WorkbenchError as exc:  # the OS keyring failed: say so, fill the rest
            self.message.show_error(exc)
        token = self.workspace.token_status(env.name).token
        self.access_token.edit.setText(token.value if token is not None else "")
        now = now_timestamp(env.profile.timestamp_format)
        self.token_timestamp.setText(now)
        self.service_timestamp.setText(now)

    # --- calculating ---------------------------------------------------------------------

    def calculate(self) -> asyncio.Task | None:
        self.message.clear()
        self.verdict.clear()
        self.difference.clear()
        if self.token_mode.isChecked():
            return tasks.start(
                self._token_signature(),
                on_error=self._failed,
                disable=[self.calculate_button],
                busy=self.busy,
            )
        try:
            self._service_signature()
        except WorkbenchError as exc:
            self._failed(exc)
        return None

    def _failed(self, exc: WorkbenchError) -> None:
        if isinstance(exc, keys.PassphraseNeeded):
            self.message.show_message(
                "error",
                self.tr("The private key is protected by a passphrase."),
                self.tr("Type its passphrase, then calculate again."),
            )
        else:
            self.message.show_error(exc)

    def _timestamp(self, field: QLineEdit) -> str:
        """The timestamp to sign, exactly as typed; one OVO would refuse is signed all the
        same (published vectors of other providers use `Z`), with a warning."""
        text = field.text().strip()
        if not text:
            text = now_timestamp()
            field.setText(text)
        warning = calculator_timestamp(text)
        if warning:
            self.message.show_message("warning", warning)
        return text

    async def _token_signature(self) -> None:
        client_id = self.client_id.text().strip()
        path = self.private_key.path()
        if not client_id or path is None:
            raise BadInput(
                self.tr("Give the client ID and the signing private key."),
                self.tr("Use the environment's values, or type them."),
            )
        timestamp = self._timestamp(self.token_timestamp)
        encoding = Encoding(self.token_encoding.currentText())
        passphrase = self.key_passphrase.value()

        def sign() -> Signature:
            loaded = load_private_key(path, passphrase)
            private = keys.require_rsa(loaded, keys.Role.SIGNING, path.name)
            return sign_token_request(private, client_id, timestamp, encoding)

        self._token_for_mask = None
        self.slips = {}
        self.show_signature(await asyncio.to_thread(sign))

    def _service_signature(self) -> None:
        secret = self.client_secret.text()
        token = self.access_token.text().removeprefix("Bearer ").strip()
        path = self.path.text().strip()
        if not secret or not token or not path.startswith("/"):
            raise BadInput(
                self.tr("Give the path (starting with /), the access token and the client secret."),
                self.tr("Use the environment's values, or type them."),
            )
        body = self.request_body.toPlainText().encode("utf-8")
        timestamp = self._timestamp(self.service_timestamp)
        encoding = Encoding(self.service_encoding.currentText())
        method = self.method.currentText().strip() or "POST"
        signature = sign_service_request(secret, method, path, token, body, timestamp, encoding)
        self._token_for_mask = token
        self.slips = service_slips(secret, method, path, token, body, timestamp, encoding)
        self.show_signature(signature)

    def show_signature(self, signature: Signature) -> None:
        self.signature = signature
        shown = signature.string_to_sign
        if self._token_for_mask:
            shown = shown.replace(f":{self._token_for_mask}:", f":{mask(self._token_for_mask)}:", 1)
            self.token_note.setText(
                self.tr("The access token is masked in the string to sign; it was signed whole.")
            )
        else:
            self.token_note.setText("")
        self.token_note.setVisible(bool(self.token_note.text()))
        self.string_to_sign.setText(shown)
        self.minified.setText((signature.minified_body or b"").decode("utf-8", "replace"))
        self.body_hash.setText(signature.body_hash or "")
        self.signature_hex.setText(signature.hex)
        self.signature_base64.setText(signature.base64)
        sent = self.tr("{what} · X-SIGNATURE")
        self.hex_caption.setText(
            sent.format(what=self.tr("Signature (hex)"))
            if signature.encoding is Encoding.HEX
            else self.tr("Signature (hex)")
        )
        self.base64_caption.setText(
            sent.format(what=self.tr("Signature (base64)"))
            if signature.encoding is Encoding.BASE64
            else self.tr("Signature (base64)")
        )

    def _clear_outputs(self) -> None:
        for field in (
            self.string_to_sign,
            self.minified,
            self.body_hash,
            self.signature_hex,
            self.signature_base64,
        ):
            field.setText("")
        self.token_note.hide()

    # --- verifying -----------------------------------------------------------------------

    def verify(self) -> SignatureCheck | None:
        if self.signature is None:
            self.verdict.setText(self.tr("Calculate the signature first, then check."))
            self.verdict.setStyleSheet(f"color: {style.MUTED};")
            return None
        check = check_signature(self.signature, self.given.text(), self.slips)
        self.show_check(check)
        return check

    def show_check(self, check: SignatureCheck) -> None:
        expected = check.expected
        colour = style.SUCCESS if check.matches else style.ERROR
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.difference.setText("")
        if check.verdict is Verdict.MATCH:
            self.verdict.setText(self.tr("✓ The signatures match."))
        elif check.verdict is Verdict.MATCH_OTHER_ENCODING:
            self.verdict.setText(
                self.tr(
                    "The signature is right, but written in {given}; X-SIGNATURE must be {wanted} "
                    "here."
                ).format(given=check.read_as.value, wanted=expected.encoding.value)
            )
            self.verdict.setStyleSheet(f"color: {style.WARNING}; font-weight: bold;")
        elif check.verdict is Verdict.UNREADABLE:
            self.verdict.setText(self.tr("✕ This is neither hex nor base64."))
        elif check.verdict is Verdict.WRONG_LENGTH:
            self.verdict.setText(
                self.tr(
                    "✕ It is {given} bytes long; this signature has {wanted}: another algorithm "
                    "or another key size was used."
                ).format(given=check.given_length, wanted=len(expected.raw))
            )
        else:
            slip = {
                Slip.BODY_NOT_MINIFIED: self.tr(
                    "It is the signature of the body as typed: minify the body before hashing it."
                ),
                Slip.PATH_WITHOUT_QUERY: self.tr(
                    "It is the signature of the path without its query string."
                ),
                Slip.BEARER_IN_TOKEN: self.tr(
                    'It was signed with "Bearer " in front of the token: sign the token alone.'
                ),
                Slip.METHOD_LOWER_CASE: self.tr(
                    "It was signed with the method in lower case: use POST, in capitals."
                ),
            }.get(check.slip)
            self.verdict.setText(
                self.tr(
                    "✕ The signatures differ from byte {first} on "
                    "({count} of {total} bytes differ)."
                ).format(
                    first=(check.first_difference or 0) + 1,
                    count=check.differing_bytes,
                    total=len(expected.raw),
                )
                + ("\n" + slip if slip else "")
            )
            start = (check.first_difference or 0) * 2
            self.difference.setText(
                self.tr("expected …{expected}…\ngiven    …{given}…").format(
                    expected=expected.hex[start : start + 24],
                    given=check.given_hex[start : start + 24],
                )
            )


def _timestamp_field() -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText("2023-09-06T05:02:58.247+07:00")
    return field


def _encoding_box(default: Encoding) -> QComboBox:
    box = QComboBox()
    box.addItems([e.value for e in Encoding])
    box.setCurrentText(default.value)
    return box


def _with(field: QWidget, button: QPushButton) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setSpacing(6)
    layout.addWidget(field, 1)
    layout.addWidget(button)
    return layout
