"""Settings: every environment setting `env set` knows, and the preferences (language,
log retention). Changes go through `core.environments.apply_setting`, all or nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.environments import KINDS, Environment
from core.errors import WorkbenchError
from core.journal import Retention
from core.request_profile import PRESETS, SAMPLE_TOPUP_PATH, body_settings
from core.snap.profile import OVO_PATHS, Service, path_version
from core.snap.signatures import Encoding
from core.snap.timestamps import TimestampFormat
from core.workspace import Workspace
from gui.i18n import LANGUAGES, current_language
from gui.widgets import FileField, MessageBar, form_layout, label, make_primary

SERVICE_KEYS = {s: s.name.lower() for s in Service}


class SettingsDialog(QDialog):
    environments_changed = Signal(str)  # the environment to select afterwards
    language_changed = Signal(str)

    def __init__(self, workspace: Workspace, environment: str, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Settings"))
        # As large as a laptop screen allows (1366x768): fewer rows hidden by the scrolling.
        available = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(960, available.width() - 40), min(720, available.height() - 60))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._environments_page(), self.tr("&Environments"))
        self.tabs.addTab(self._preferences_page(), self.tr("&Preferences"))
        layout.addWidget(self.tabs, 1)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close = QPushButton(self.tr("C&lose"))
        close.clicked.connect(self.accept)
        close_row.addWidget(close)
        layout.addLayout(close_row)
        self.select(environment)

    # --- environments --------------------------------------------------------------------

    def _environments_page(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        outer.setContentsMargins(8, 12, 8, 8)
        outer.setSpacing(14)
        left = QVBoxLayout()
        self.env_list = QListWidget()
        self.env_list.setMaximumWidth(200)
        self.env_list.currentTextChanged.connect(self._show_environment)
        left.addWidget(self.env_list, 1)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("New environment's name"))
        self.add_button = QPushButton(self.tr("&Add like this one"))
        self.add_button.clicked.connect(self.add_environment)
        left.addWidget(self.new_name)
        left.addWidget(self.add_button)
        outer.addLayout(left)

        right = QVBoxLayout()
        self.env_message = MessageBar()
        right.addWidget(self.env_message)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        form = form_layout(inner)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.fields: dict[str, QWidget] = {}
        help_text = self.setting_help()
        browse = self.tr("Browse…")

        def add(setting: str, caption: str, widget: QWidget) -> None:
            self.fields[setting] = widget
            widget.setToolTip(help_text.get(setting, ""))
            form.addRow(caption, widget)

        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(self.kind_label(kind), kind)
        add("kind", self.tr("Kind"), self.kind)
        add("base_url", self.tr("Base URL"), QLineEdit())
        add("client_id", self.tr("Client ID"), QLineEdit())
        add("partner_id", self.tr("Partner ID"), QLineEdit())
        add("channel_id", self.tr("Channel ID"), QLineEdit())
        add(
            "signing_key",
            self.tr("Signing key"),
            FileField("private.pem", browse, self.tr("Choose private.pem")),
        )
        add(
            "exchange_key",
            self.tr("Exchange key"),
            FileField("id_rsa.pem", browse, self.tr("Choose id_rsa.pem")),
        )
        add(
            "token_signature_encoding",
            self.tr("Token signature"),
            _combo([e.value for e in Encoding]),
        )
        add(
            "service_signature_encoding",
            self.tr("Transaction signature"),
            _combo([e.value for e in Encoding]),
        )
        add("timestamp_format", self.tr("Timestamp"), _combo([f.value for f in TimestampFormat]))
        add(
            "sign_query_string",
            self.tr("Query string"),
            QCheckBox(self.tr("Sign the query string")),
        )
        self.path_notes: dict[Service, QLabel] = {}
        for service in Service:
            setting = f"path.{SERVICE_KEYS[service]}"
            edit = QLineEdit()
            self.fields[setting] = edit
            edit.setToolTip(help_text.get(setting, ""))
            note = label(name="muted")
            self.path_notes[service] = note
            edit.textChanged.connect(lambda text, s=service: self._show_path_note(s, text))
            # The note under the path: beside it, it left the path too narrow to read.
            row = QVBoxLayout()
            row.setSpacing(2)
            row.addWidget(edit)
            row.addWidget(note)
            form.addRow(self.tr("Path: {service}").format(service=self.service_label(service)), row)
        self.headers = QTableWidget(0, 3)
        self.headers.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Header"), self.tr("Value")]
        )
        self.headers.horizontalHeader().setStretchLastSection(True)
        self.headers.verticalHeader().hide()
        self.headers.setMinimumHeight(110)
        self.headers.setToolTip(help_text["header.SERVICE.NAME"])
        self.headers.setTabKeyNavigation(False)
        header_buttons = QHBoxLayout()
        add_header = QPushButton(self.tr("Add &header"))
        add_header.clicked.connect(lambda: self._add_header_row("topup", "", ""))
        remove_header = QPushButton(self.tr("&Remove header"))
        remove_header.clicked.connect(lambda: self.headers.removeRow(self.headers.currentRow()))
        header_buttons.addWidget(add_header)
        header_buttons.addWidget(remove_header)
        header_buttons.addStretch(1)
        headers_box = QVBoxLayout()
        headers_box.addWidget(self.headers)
        headers_box.addLayout(header_buttons)
        form.addRow(self.tr("Custom headers"), headers_box)
        self._body_fields(form, add, help_text)
        for setting in ("connect_timeout", "read_timeout"):
            spin = QDoubleSpinBox()
            spin.setRange(0.5, 600)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" s"))
            add(
                setting,
                self.tr("Connect timeout")
                if setting == "connect_timeout"
                else self.tr("Read timeout"),
                spin,
            )
        add(
            "ca_bundle",
            self.tr("CA bundle"),
            FileField(
                self.tr("Extra CA certificates (PEM), if your network needs them"),
                browse,
                self.tr("Choose a CA bundle"),
            ),
        )
        scroll.setWidget(inner)
        right.addWidget(scroll, 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_env_button = make_primary(QPushButton(self.tr("&Save environment")))
        self.save_env_button.clicked.connect(self.save_environment)
        save_row.addWidget(self.save_env_button)
        right.addLayout(save_row)
        outer.addLayout(right, 1)
        self._reload_list()
        return page

    def _body_fields(self, form, add, help_text: dict[str, str]) -> None:
        """The optional body fields: customerName, feeAmount, sessionId, additionalInfo,
        and the presets that fill them in."""
        name = QComboBox()
        name.addItem(self.tr("Not sent (as in OVO's sample)"), "none")
        name.addItem(self.tr("The inquiry's masked name"), "inquiry")
        add("topup.customer_name", self.tr("Top-up customerName"), name)
        add(
            "topup.fee_amount",
            self.tr("Top-up feeAmount"),
            QCheckBox(self.tr("Send the inquiry's fee")),
        )
        add(
            "topup.session_id",
            self.tr("Top-up sessionId"),
            QCheckBox(self.tr("Send the inquiry's sessionId")),
        )
        self.additional_info = QTableWidget(0, 3)
        self.additional_info.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Key"), self.tr("Value")]
        )
        self.additional_info.horizontalHeader().setStretchLastSection(True)
        self.additional_info.verticalHeader().hide()
        self.additional_info.setMinimumHeight(110)
        self.additional_info.setToolTip(help_text["additional_info.SERVICE.KEY"])
        self.additional_info.setTabKeyNavigation(False)
        buttons = QHBoxLayout()
        add_entry = QPushButton(self.tr("Add en&try"))
        add_entry.clicked.connect(lambda: _add_row(self.additional_info, "topup", "", ""))
        remove_entry = QPushButton(self.tr("Remove entr&y"))
        remove_entry.clicked.connect(
            lambda: self.additional_info.removeRow(self.additional_info.currentRow())
        )
        buttons.addWidget(add_entry)
        buttons.addWidget(remove_entry)
        buttons.addStretch(1)
        box = QVBoxLayout()
        box.addWidget(self.additional_info)
        box.addLayout(buttons)
        form.addRow(self.tr("additionalInfo"), box)
        self.preset = QComboBox()
        self.preset.addItem(self.tr("OVO's sample top-up"), "ovo-sample")
        self.preset.addItem(self.tr("The workbench's defaults"), "snap-default")
        self.preset.setToolTip(
            self.tr(
                "Fills in the body fields above; paths and headers stay as they are. "
                "Save the environment to keep them."
            )
        )
        self.fill_preset_button = QPushButton(self.tr("&Fill in"))
        self.fill_preset_button.clicked.connect(self.fill_preset)
        row = QHBoxLayout()
        row.addWidget(self.preset)
        row.addWidget(self.fill_preset_button)
        row.addStretch(1)
        form.addRow(self.tr("Preset"), row)

    def _show_path_note(self, service: Service, path: str) -> None:
        """The path's version, and whether it is OVO's published path (SNAP.md)."""
        version = path_version(path.strip()) or self.tr("no version")
        default = OVO_PATHS[service]
        self.path_notes[service].setText(
            self.tr("{version}, OVO's published path").format(version=version)
            if path.strip() == default
            else self.tr("{version}, changed from OVO's published {default}").format(
                version=version, default=path_version(default) or default
            )
        )

    def fill_preset(self) -> None:
        """Put a preset's body fields into the form; Save keeps them."""
        chosen = PRESETS[self.preset.currentData()]
        settings = chosen.settings
        for setting in ("topup.customer_name", "topup.fee_amount", "topup.session_id"):
            _set(self.fields[setting], settings[setting])
        self.additional_info.setRowCount(0)
        for key, value in settings.items():
            if key.startswith("additional_info."):
                _, service, name = key.split(".", 2)
                _add_row(self.additional_info, service, name, value)
        self.env_message.show_message(
            "info",
            self.tr("{preset} filled in.").format(preset=self.preset.currentText()),
            self.tr(
                "Save the environment to keep it. OVO's sample log posts the top-up to "
                "{sample}; change Path: top-up if OVO gave you that version."
            ).format(sample=SAMPLE_TOPUP_PATH),
        )

    def setting_help(self) -> dict[str, str]:
        """core.environments.SETTINGS_HELP, in the user's language."""
        return {
            "base_url": self.tr("https://host (no path); empty for the embedded sandbox"),
            "client_id": self.tr("The client ID from OVO's credential file"),
            "partner_id": self.tr("X-PARTNER-ID when OVO gave one other than the client ID"),
            "channel_id": self.tr("CHANNEL-ID (at most 5 characters)"),
            "signing_key": self.tr("Path of your SNAP signing private key (private.pem)"),
            "exchange_key": self.tr(
                "Path of your credential-exchange private key (id_rsa.pem): without an OS "
                "keyring it opens the copies of OVO's files kept for this environment"
            ),
            "connect_timeout": self.tr("Seconds to wait for a connection"),
            "read_timeout": self.tr("Seconds to wait for an answer"),
            "ca_bundle": self.tr("Path of extra CA certificates (PEM), or empty"),
            "kind": self.tr("Sandbox, staging, production or custom"),
            "token_signature_encoding": self.tr("Encoding of the access-token X-SIGNATURE"),
            "service_signature_encoding": self.tr("Encoding of the transactions' X-SIGNATURE"),
            "timestamp_format": self.tr("X-TIMESTAMP with milliseconds or seconds"),
            "sign_query_string": self.tr("Whether the query string is part of the signed path"),
            "header.SERVICE.NAME": self.tr(
                "Extra headers per service, e.g. X-SCOPE-ID for the top-up (an empty value "
                "removes one)"
            ),
            "topup.customer_name": self.tr(
                "customerName in the top-up: not sent (OVO's sample sends none), or the name "
                "as the account inquiry masked it"
            ),
            "topup.fee_amount": self.tr("Send the inquiry's fee as feeAmount in the top-up"),
            "topup.session_id": self.tr("Send the inquiry's sessionId in the top-up"),
            "additional_info.SERVICE.KEY": self.tr(
                "additionalInfo entries of the account_inquiry or topup request, e.g. topup, "
                "preInquiryFlag, N (an empty value removes one)"
            ),
            **{
                f"path.{key}": self.tr(
                    "The path of this service on the gateway; its version is the one OVO gives you"
                )
                for key in SERVICE_KEYS.values()
            },
        }

    def kind_label(self, kind: str) -> str:
        return {
            "sandbox": self.tr("Sandbox"),
            "staging": self.tr("Staging"),
            "production": self.tr("Production (real money)"),
            "custom": self.tr("Custom"),
        }[kind]

    def service_label(self, service: Service) -> str:
        return {
            Service.ACCESS_TOKEN: self.tr("access token"),
            Service.ACCOUNT_INQUIRY: self.tr("account inquiry"),
            Service.TOPUP: self.tr("top-up"),
            Service.TOPUP_STATUS: self.tr("top-up status"),
        }[service]

    def _reload_list(self, select: str | None = None) -> None:
        current = select or (
            self.env_list.currentItem().text() if self.env_list.currentItem() else None
        )
        self.env_list.blockSignals(True)
        self.env_list.clear()
        self.env_list.addItems(list(self.workspace.settings.environments))
        self.env_list.blockSignals(False)
        self.select(current or "Sandbox")

    def select(self, name: str) -> None:
        items = self.env_list.findItems(name, Qt.MatchFlag.MatchExactly)
        if items:
            self.env_list.setCurrentItem(items[0])
            self._show_environment(name)

    def current_environment(self) -> Environment:
        item = self.env_list.currentItem()
        return self.workspace.environment(item.text() if item else "Sandbox")

    def values_of(self, env: Environment) -> dict[str, str]:
        """An environment's settings as the strings `apply_setting` takes."""
        profile = env.profile
        values = {
            "kind": env.kind,
            "base_url": env.base_url,
            "client_id": env.client_id or "",
            "partner_id": env.partner_id or "",
            "channel_id": env.channel_id or "",
            "signing_key": env.signing_key or "",
            "exchange_key": env.exchange_key or "",
            "token_signature_encoding": profile.token_signature_encoding.value,
            "service_signature_encoding": profile.service_signature_encoding.value,
            "timestamp_format": profile.timestamp_format.value,
            "sign_query_string": "yes" if profile.sign_query_string else "no",
            "connect_timeout": f"{env.connect_timeout:g}",
            "read_timeout": f"{env.read_timeout:g}",
            "ca_bundle": env.ca_bundle or "",
        }
        for service, key in SERVICE_KEYS.items():
            values[f"path.{key}"] = profile.path(service)
        for service, headers in profile.custom_headers.items():
            for name, value in headers.items():
                values[f"header.{SERVICE_KEYS[service]}.{name}"] = value
        values.update(body_settings(profile))
        return values

    def _show_environment(self, name: str) -> None:
        if not name:
            return
        self.env_message.clear()
        env = self.workspace.environment(name)
        values = self.values_of(env)
        for setting, widget in self.fields.items():
            _set(widget, values.get(setting, ""))
        self.headers.setRowCount(0)
        self.additional_info.setRowCount(0)
        for key, value in values.items():
            for prefix, table in self._tables().items():
                if key.startswith(prefix + "."):
                    _, service, name = key.split(".", 2)
                    _add_row(table, service, name, value)

    def _tables(self) -> dict[str, QTableWidget]:
        """The settings kept in tables (service, name, value), by their prefix."""
        return {"header": self.headers, "additional_info": self.additional_info}

    def _add_header_row(self, service: str, name: str, value: str) -> None:
        _add_row(self.headers, service, name, value)

    def changes(self) -> dict[str, str]:
        """What the form changes, as `env set` settings."""
        env = self.current_environment()
        before = self.values_of(env)
        after = {setting: _get(widget) for setting, widget in self.fields.items()}
        for prefix, table in self._tables().items():
            for row in range(table.rowCount()):
                cells = [table.item(row, c) for c in range(3)]
                service, name, value = ((c.text().strip() if c else "") for c in cells)
                if service and name:
                    after[f"{prefix}.{service}.{name}"] = value
        changes = {k: v for k, v in after.items() if before.get(k, "") != v}
        for key in before:
            if key.startswith(("header.", "additional_info.")) and key not in after:
                changes[key] = ""  # removed
        return changes

    def save_environment(self) -> bool:
        env = self.current_environment()
        try:
            updated = self.workspace.update_environment(env.name, self.changes())
        except WorkbenchError as exc:
            self.env_message.show_error(exc)
            return False
        self.env_message.show_message("success", self.tr("Saved {env}.").format(env=updated.name))
        self.environments_changed.emit(updated.name)
        return True

    def add_environment(self) -> None:
        try:
            env = self.workspace.add_environment(
                self.new_name.text(), self.current_environment().name
            )
        except WorkbenchError as exc:
            self.env_message.show_error(exc)
            return
        self.new_name.clear()
        self._reload_list(env.name)
        self.env_message.show_message(
            "success",
            self.tr("Added {env}, without credentials.").format(env=env.name),
            self.tr("Set its base URL, then decrypt OVO's files into it."),
        )
        self.environments_changed.emit(env.name)

    # --- preferences ---------------------------------------------------------------------

    def _preferences_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 12, 8, 8)
        self.pref_message = MessageBar()
        layout.addWidget(self.pref_message)
        form = form_layout()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        form.addRow(self.tr("Language"), self.language)
        retention = self.workspace.retention()
        self.max_mb = QSpinBox()
        self.max_mb.setRange(1, 100_000)
        self.max_mb.setSuffix(" MB")
        self.max_mb.setValue(int(retention.max_mb or 500))
        self.no_size_limit = QCheckBox(self.tr("No size limit"))
        self.no_size_limit.setChecked(retention.max_mb is None)
        self.no_size_limit.toggled.connect(lambda on: self.max_mb.setEnabled(not on))
        self.max_mb.setEnabled(retention.max_mb is not None)
        self.max_days = QSpinBox()
        self.max_days.setRange(1, 36500)
        self.max_days.setSuffix(self.tr(" days"))
        self.max_days.setValue(int(retention.max_age_days or 365))
        self.any_age = QCheckBox(self.tr("Keep entries of any age"))
        self.any_age.setChecked(retention.max_age_days is None)
        self.any_age.toggled.connect(lambda on: self.max_days.setEnabled(not on))
        self.max_days.setEnabled(retention.max_age_days is not None)
        form.addRow(self.tr("Log size"), _pair(self.max_mb, self.no_size_limit))
        form.addRow(self.tr("Log age"), _pair(self.max_days, self.any_age))
        layout.addLayout(form)
        layout.addWidget(
            label(
                self.tr(
                    "The Log keeps every exchange, the backend log OVO asks partners to keep. "
                    "Pending exchanges and top-ups whose outcome is not settled are always "
                    "kept, whatever the limits."
                ),
                name="muted",
            )
        )
        layout.addStretch(1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_prefs_button = make_primary(QPushButton(self.tr("Sa&ve preferences")))
        self.save_prefs_button.clicked.connect(self.save_preferences)
        save_row.addWidget(self.save_prefs_button)
        layout.addLayout(save_row)
        return page

    def save_preferences(self) -> None:
        retention = Retention(
            max_mb=None if self.no_size_limit.isChecked() else float(self.max_mb.value()),
            max_age_days=None if self.any_age.isChecked() else float(self.max_days.value()),
        )
        removed = self.workspace.set_retention(retention)
        language = self.language.currentData()
        changed = language != self.workspace.settings.preferences.get("language", "en")
        self.workspace.set_preference("language", language)
        self.pref_message.show_message(
            "success",
            self.tr("Preferences saved."),
            self.tr("{n} old log entries were removed.").format(n=removed) if removed else "",
        )
        if changed or language != current_language():
            self.language_changed.emit(language)


def _add_row(table: QTableWidget, service: str, name: str, value: str) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column, text in enumerate((service, name, value)):
        table.setItem(row, column, QTableWidgetItem(text))


def _combo(values: list[str]) -> QComboBox:
    box = QComboBox()
    box.addItems(values)
    return box


def _pair(first: QWidget, second: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.addWidget(first)
    layout.addWidget(second)
    layout.addStretch(1)
    return layout


def _set(widget: QWidget, value: str) -> None:
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        widget.setCurrentIndex(index if index >= 0 else max(0, widget.findText(value)))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(value == "yes")
    elif isinstance(widget, QDoubleSpinBox):
        widget.setValue(float(value or 0))
    elif isinstance(widget, FileField):
        widget.set_path(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(value)


def _get(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return str(data) if data is not None else widget.currentText()
    if isinstance(widget, QCheckBox):
        return "yes" if widget.isChecked() else "no"
    if isinstance(widget, QDoubleSpinBox):
        return f"{widget.value():g}"
    if isinstance(widget, FileField):
        return widget.edit.text().strip()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    return ""
