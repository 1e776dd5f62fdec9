"""The window's Production guard: an environment of the user's own that points at OVO's
production host is Production (red banner, the Production question before a top-up)
whatever its kind says. Its calls reach the sandbox over TLS through a CONNECT proxy,
so nothing leaves the machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.journal import JournalFilter
from gui import style
from tests.gui.helpers import click, enter_production, run, until
from tests.gui.test_gui_topup import BUDI, _record_of, inquire
from tests.tls_sandbox import ConnectProxy, TlsSandbox


@pytest.fixture
def ovo_production_host(registered, tmp_path, monkeypatch):
    with TlsSandbox(tmp_path / "tls") as tls, ConnectProxy(tls.url.removeprefix("https://")) as px:
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTPS_PROXY", px.url)
        monkeypatch.setenv("https_proxy", px.url)
        yield tls, px


def test_a_custom_environment_at_ovos_production_host_asks_as_production(
    registered, window, loop, ovo_production_host
):
    tls, proxy = ovo_production_host
    registered.add_environment("Partner Live", "Staging")
    registered.update_environment(
        "Partner Live",
        {
            "kind": "custom",
            "base_url": "https://apigw.ovo.id",
            "ca_bundle": str(tls.ca),
            "read_timeout": "5",
        },
    )
    sandbox = registered.environment("Sandbox")
    registered.save_credentials(
        "Partner Live", _record_of(registered), signing_key=Path(sandbox.signing_key)
    )
    assert registered.environment("Partner Live").kind == "custom"
    window.banner.reload()
    enter_production(window, "Partner Live")
    assert window.hub.environment == "Partner Live"
    assert window.banner.message.text().startswith("PRODUCTION: OVO's live gateway")
    assert style.BANNER["production"][0] in window.banner.styleSheet()
    topup = window.topup
    window.show_tab("topup")

    async def scenario():
        await inquire(topup, BUDI, "10000")
        click(topup.form.continue_button)
        assert "PRODUCTION" in topup.confirm.environment.text()
        click(topup.confirm.send_button)
        question = topup.last_question
        await until(lambda: question is not None and question.isVisible())
        assert "in Partner Live, OVO's live gateway?" in question.text()
        click(question.reject_button)
        await until(lambda: not question.isVisible())
        assert topup.confirm.message.headline.text() == "Not sent."

    run(loop, scenario())
    assert proxy.tunnels >= 1  # the inquiry went to "apigw.ovo.id"
    assert registered.journal.count(JournalFilter(environment="Partner Live", service="38")) == 0


def test_the_settings_dialog_keeps_production_on_https(workspace, window):
    settings_file = workspace.home / "settings.json"
    dialog = window.open_settings()
    dialog.select("Production")
    before = settings_file.read_bytes() if settings_file.exists() else None
    dialog.fields["base_url"].setText("http://apigw.ovo.id")
    click(dialog.save_env_button)
    assert dialog.env_message.property("kind") == "error"
    assert "Production moves real money, so it talks only https://" in (
        dialog.env_message.headline.text()
    )
    dialog.fields["base_url"].setText("https://apigw.ovo.id")
    dialog.fields["kind"].setCurrentIndex(dialog.fields["kind"].findData("sandbox"))
    click(dialog.save_env_button)
    assert dialog.env_message.property("kind") == "error"
    assert "its kind stays production" in dialog.env_message.headline.text()
    assert (settings_file.read_bytes() if settings_file.exists() else None) == before
    assert workspace.environment("Production").kind == "production"
    dialog.close()
