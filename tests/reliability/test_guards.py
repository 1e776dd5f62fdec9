"""Production's guards and the settings' checks (issue 12, items 2, 3 and 7).

Production is decided by one function whatever settings.json says; it only talks
https:// and always asks before money moves. Every setting is checked when it is set;
a damaged settings.json is named in a clear message and never overwritten.
"""

from __future__ import annotations

import json
import math
import socket
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.environments import (
    PRODUCTION,
    SETTINGS_HELP,
    STAGING,
    Environment,
    Settings,
    apply_setting,
    check_usable,
    default_environments,
    is_production,
)
from core.errors import BadInput
from core.journal import Retention
from tests.conftest import run_openssl
from tests.test_flow import BUDI, ledger, make_workspace
from tests.tls_sandbox import ConnectProxy, TlsSandbox


def settings_file(home: Path) -> Path:
    return home / "settings.json"


def snapshot(home: Path) -> bytes | None:
    path = settings_file(home)
    return path.read_bytes() if path.exists() else None


@pytest.fixture
def saved(home, cli) -> bytes:
    """A settings.json the refused commands below must leave byte for byte as it is."""
    assert cli("env", "add", "Mine", "--like", "Staging").code == 0
    assert cli("env", "set", "Staging", "read_timeout", "20").code == 0
    return settings_file(home).read_bytes()


def refused(cli, home, before: bytes | None, *argv: str) -> str:
    result = cli(*argv)
    assert result.code == 2, (argv, result)
    assert "Traceback" not in result.err
    assert snapshot(home) == before, f"{argv} changed settings.json"
    return result.err


# --- one decision: is this Production --------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "url", "expected"),
    [
        ("Production", "production", "https://apigw.ovo.id", True),
        ("Production", "sandbox", "", True),  # the built-in one, whatever its kind says
        ("production", "custom", "https://example.com", True),
        ("Mine", "custom", "https://apigw.ovo.id", True),
        ("Mine", "staging", "https://APIGW.OVO.ID.:8443", True),
        ("Mine", "custom", "https://gw2.ovo.id", True),
        ("Mine", "production", "https://uat.example.com", True),
        ("Mine", "custom", "https://apigw.ovo.id.example.com", False),
        ("Mine", "custom", "https://notovo.id", False),
        ("Staging", "staging", "https://app.byte-stack.net", False),
        ("Sandbox", "sandbox", "", False),
    ],
)
def test_one_function_decides_production(name, kind, url, expected):
    env = Environment(name, kind, url)
    assert is_production(env) is expected
    assert env.is_production is expected
    assert (env.category == "production") is expected
    assert not (env.is_sandbox and expected)  # Production is never the embedded sandbox


# --- Production over http:// is refused, when set and when used ---------------------------------


def test_env_set_refuses_http_for_production(home, cli, saved):
    err = refused(cli, home, saved, "env", "set", "Production", "base_url", "http://apigw.ovo.id")
    assert "Production moves real money, so it talks only https://" in err
    err = refused(cli, home, saved, "env", "set", "Mine", "base_url", "http://apigw.ovo.id:8080")
    assert "Mine moves real money" in err
    assert cli("env", "set", "Mine", "kind", "production").code == 0
    before = snapshot(home)
    err = refused(cli, home, before, "env", "set", "Mine", "base_url", "http://127.0.0.1:9")
    assert "talks only https://" in err


def test_production_keeps_its_kind(home, cli, saved):
    for kind in ("sandbox", "staging", "custom"):
        err = refused(cli, home, saved, "env", "set", "Production", "kind", kind)
        assert "so its kind stays production" in err
    # A custom environment pointed at OVO's host is Production, listed and shown as such.
    assert cli("env", "set", "Mine", "base_url", "https://apigw.ovo.id").code == 0
    listing = cli("env", "list")
    assert listing.code == 0
    assert [line.split()[1] for line in listing.out.splitlines() if line.startswith("Mine")] == [
        "production"
    ]
    assert cli("env", "show", "Mine", "--json").json["production"] is True
    assert cli("env", "set", "Mine", "kind", "production").code == 0
    before = snapshot(home)
    err = refused(cli, home, before, "env", "set", "Mine", "kind", "sandbox")
    assert "Mine moves real money" in err
    assert cli("env", "set", "Mine", "base_url", "https://uat.example.com").code == 0
    assert cli("env", "set", "Mine", "kind", "custom").code == 0  # no longer at OVO's host
    assert cli("env", "show", "Mine", "--json").json["production"] is False


def test_a_hand_edited_http_production_sends_nothing(registered, home, cli):
    """settings.json edited to point Production at plain http: refused before the token."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.setblocking(False)
    port = listener.getsockname()[1]
    data = json.loads(settings_file(home).read_text())
    sandbox = data["environments"]["Sandbox"]
    data["environments"]["Production"] = {
        **sandbox,
        "kind": "sandbox",  # what `env set Production kind sandbox` used to leave
        "base_url": f"http://127.0.0.1:{port}",
    }
    settings_file(home).write_text(json.dumps(data))
    try:
        for argv in (
            ("token", "--env", "Production"),
            ("topup", "--env", "Production", "--customer", BUDI, "--amount", "50000", "--yes"),
        ):
            result = cli(*argv)
            assert result.code == 2, result
            assert "Production moves real money, so it talks only https://" in result.err
            assert "Nothing was sent" in result.err
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody ever connected
    finally:
        listener.close()


# --- Production always asks before money moves ----------------------------------------------


def _sandbox_credentials_into(home: Path, name: str, **settings_: object) -> None:
    data = json.loads(settings_file(home).read_text())
    sandbox = data["environments"]["Sandbox"]
    data["environments"][name] = {**sandbox, **settings_}
    settings_file(home).write_text(json.dumps(data))
    workspace = make_workspace()
    try:
        for what in ("client_secret", "signing_passphrase"):
            value = workspace.secrets.get(f"Sandbox:{what}")
            if value:
                workspace.secrets.set(f"{name}:{what}", value)
    finally:
        workspace.close()


@pytest.fixture
def ovo_production_host(registered, tmp_path, monkeypatch):
    """Calls to https://apigw.ovo.id reach the sandbox over TLS through a CONNECT proxy."""
    with TlsSandbox(tmp_path / "tls") as tls, ConnectProxy(tls.url.removeprefix("https://")) as px:
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTPS_PROXY", px.url)
        monkeypatch.setenv("https_proxy", px.url)
        yield tls, px


def test_topup_yes_still_asks_in_an_environment_at_ovos_production_host(
    home, cli, ovo_production_host
):
    tls, proxy = ovo_production_host
    _sandbox_credentials_into(
        home, "Mine", kind="custom", base_url="https://apigw.ovo.id", ca_bundle=str(tls.ca)
    )
    result = cli("topup", "--env", "Mine", "--customer", BUDI, "--amount", "50000", "--yes")
    assert result.code == 2, result
    assert "PRODUCTION" in result.out  # the confirmation, with the environment in capitals
    assert "Production always asks" in result.err and "nothing was sent" in result.err
    assert proxy.tunnels >= 1  # the inquiry did go to "apigw.ovo.id"
    workspace = make_workspace()
    try:
        assert ledger(workspace, BUDI)["transactions"] == []
    finally:
        workspace.close()


def test_topup_yes_still_asks_in_production_whose_kind_was_edited(home, cli, registered, tmp_path):
    with TlsSandbox(tmp_path / "tls") as tls:
        _sandbox_credentials_into(
            home, PRODUCTION, kind="custom", base_url=tls.url, ca_bundle=str(tls.ca)
        )
        result = cli("topup", "--env", PRODUCTION, "--customer", BUDI, "--amount", "50000", "--yes")
    assert result.code == 2, result
    assert "Production always asks" in result.err
    workspace = make_workspace()
    try:
        assert ledger(workspace, BUDI)["transactions"] == []
    finally:
        workspace.close()


# --- every setting checked when it is set ------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("https://", "no valid host name"),
        ("https:///OVOSNAP", "it must be only https://host[:port]"),
        ("https://gw.example.com/OVOSNAP", "it must be only https://host[:port]"),
        ("https://gw.example.com?x=1", "it must be only https://host[:port]"),
        ("https://gw.example.com#top", "it must be only https://host[:port]"),
        ("https://gw.example .com", "spaces, control characters"),
        ("https://gw.exa\tmple.com", "spaces, control characters"),
        ("https://user:pass@gw.example.com", "user name or password"),
        ("https://gw.example.com:99999", "port is not a number"),
        ("https://gw.example.com:", "port is not a number"),
        ("https://gw.example.com:0", "port is not a number"),
        ("https://[::1", "no valid host name"),
        ("https://gw_bad-.com", "no valid host name"),
        ("ftp://gw.example.com", "must start with https://"),
        ("gw.example.com", "must start with https://"),
    ],
)
def test_env_set_refuses_a_base_url_that_cannot_work(home, cli, saved, value, reason):
    err = refused(cli, home, saved, "env", "set", "Staging", "base_url", value)
    assert "cannot be used for base_url" in err and reason in err
    assert "what to do: base_url: https://host (no path)" in err


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("https://uat.example.co.id/", "https://uat.example.co.id"),
        ("HTTPS://uat.example.co.id:8443", "https://uat.example.co.id:8443"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("https://[::1]:8443", "https://[::1]:8443"),
        ("", ""),
    ],
)
def test_env_set_keeps_a_good_base_url(home, cli, value, stored):
    assert cli("env", "set", "Staging", "base_url", value).code == 0
    assert cli("env", "show", "Staging", "--json").json["base_url"] == stored


@pytest.mark.parametrize(
    ("setting", "value", "reason"),
    [
        ("header.topup.X-Note", "a\r\nX-Evil: 1", "only printable ASCII"),
        ("header.topup.X-Note", "caf\u00e9", "only printable ASCII"),
        ("header.topup.X Note", "1", "letters, digits and - only"),
        ("header.topup.X-Note:", "1", "letters, digits and - only"),
        ("header.topup.", "1", "letters, digits and - only"),
        ("header.topup.X-SIGNATURE", "forged", "sets X-SIGNATURE itself"),
        ("header.account_inquiry.authorization", "Bearer x", "sets authorization itself"),
        ("header.nowhere.X-Note", "1", "a custom header for a service"),
        ("client_id", "abc\ndef", "only printable ASCII"),
        ("channel_id", "12\t3", "only printable ASCII"),
        ("path.topup", "/OVOSNAP/v2.0/emoney/top up", "spaces, control characters"),
        ("connect_timeout", "nan", "between 0 and 600"),
        ("read_timeout", "inf", "between 0 and 600"),
    ],
)
def test_env_set_refuses_what_would_fail_when_sent(home, cli, saved, setting, value, reason):
    err = refused(cli, home, saved, "env", "set", "Staging", setting, value)
    assert reason in err, err


def test_a_refused_header_value_is_not_repeated(home, cli, saved):
    err = refused(cli, home, saved, "env", "set", "Staging", "header.topup.X-K", "s3cr3t\n")
    assert "s3cr3t" not in err
    assert "This value cannot be used for header.topup.X-K" in err


def test_key_and_ca_bundle_files_are_checked_when_set(home, cli, saved, tmp_path):
    missing = tmp_path / "nowhere.pem"
    err = refused(cli, home, saved, "env", "set", "Staging", "signing_key", str(missing))
    assert "there is no such file" in err
    err = refused(cli, home, saved, "env", "set", "Staging", "signing_key", str(tmp_path))
    assert "it is not a file" in err
    err = refused(cli, home, saved, "env", "set", "Staging", "ca_bundle", str(missing))
    assert "there is no such file" in err
    not_pem = tmp_path / "notes.txt"
    not_pem.write_text("not a certificate\n")
    err = refused(cli, home, saved, "env", "set", "Staging", "ca_bundle", str(not_pem))
    assert "holds no PEM certificates" in err
    run_openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=ca",
        "-keyout", str(tmp_path / "ca.key"), "-out", str(tmp_path / "ca.pem"),
    )  # fmt: skip
    assert cli("env", "set", "Staging", "ca_bundle", str(tmp_path / "ca.pem")).code == 0
    assert cli("env", "set", "Staging", "signing_key", str(tmp_path / "ca.key")).code == 0
    shown = cli("env", "show", "Staging", "--json").json
    assert shown["ca_bundle"] == str(tmp_path / "ca.pem")
    assert shown["signing_key"] == str(tmp_path / "ca.key")
    assert cli("env", "set", "Staging", "ca_bundle", "").code == 0
    assert cli("env", "show", "Staging", "--json").json["ca_bundle"] is None


def test_a_hand_edited_header_is_refused_before_anything_is_sent(registered, home, cli):
    data = json.loads(settings_file(home).read_text())
    data["environments"]["Sandbox"]["profile"]["custom_headers"]["topup"] = {
        "X-SCOPE-ID": "customer_topup\r\nX-Evil: 1"
    }
    settings_file(home).write_text(json.dumps(data))
    result = cli("topup", "--env", "Sandbox", "--customer", BUDI, "--amount", "50000", "--yes")
    assert result.code == 2, result
    assert "This value cannot be used for header.topup.X-SCOPE-ID" in result.err
    workspace = make_workspace()
    try:
        assert workspace.journal.count() == 0  # not even the token was asked for
        assert workspace.pending.unresolved("Sandbox") == []  # no top-up record left behind
    finally:
        workspace.close()


def test_an_environment_name_must_be_one_plain_line(home, cli):
    for name in ("two\nlines", "x" * 61, "bad\udcffbytes"):
        result = cli("env", "add", name, "--like", "Staging")
        assert result.code == 2 and "one line of at most 60 characters" in result.err
    assert snapshot(home) is None


# --- damaged settings.json: a clear message, and the file kept ---------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "[]",
        "null",
        "5",
        '"text"',
        '{"environments": []}',
        '{"environments": {"Mine": 5}}',
        '{"environments": {"Mine": {"profile": 5}}}',
        '{"environments": {"Mine": {"connect_timeout": "abc"}}}',
        '{"environments": {"Mine": {"read_timeout": NaN}}}',
        '{"environments": {"Mine": {"read_timeout": -Infinity}}}',
        '{"environments": {"Mine": {"kind": "live"}}}',
        '{"environments": {"Mine": {"base_url": ["https://x"]}}}',
        '{"environments": {"Mine": {"profile": {"paths": {"refund": "/x"}}}}}',
        '{"environments": {"Mine": {"profile": {"custom_headers": {"topup": "X"}}}}}',
        '{"environments": {"Mine": {"profile": {"sign_query_string": "no"}}}}',
        '{"environments": {"Mine": {"client_id": "\\ud800"}}}',
        '{"preferences": []}',
        '{"preferences": {"language": 5}}',
        '{"preferences": {"key_folders": {"Sandbox": 5}}}',
        "{not json",
        b"\xff\xfe not UTF-8",
    ],
)
def test_a_damaged_settings_file_is_named_and_kept(home, cli, content):
    home.mkdir(parents=True, exist_ok=True)
    path = settings_file(home)
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    before = path.read_bytes()
    for argv in (("env", "list"), ("env", "set", "Staging", "read_timeout", "5")):
        result = cli(*argv)
        assert result.code == 2, (content, result)
        assert f"The settings file {path} is damaged" in result.err
        assert "Fix or delete it" in result.err
        assert path.read_bytes() == before
    assert cli("log", "list").code == 0  # what does not need the settings still works


# --- the journal's limits ----------------------------------------------------------------------


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-1", "1e400", "2000000", "lots"])
def test_log_retention_refuses_a_limit_that_is_not_a_number(home, cli, value):
    before = snapshot(home)
    for option in ("--max-mb", "--max-days"):
        result = cli("log", "retention", f"{option}={value}")
        assert result.code == 2 and "is not a positive number" in result.err
        assert snapshot(home) == before
    assert cli("env", "list").code == 0


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-5", '"big"', "true", "1e400", "[]"])
def test_an_unusable_limit_in_settings_counts_as_the_default(home, cli, value):
    home.mkdir(parents=True, exist_ok=True)
    settings_file(home).write_text(
        f'{{"preferences": {{"journal_max_mb": {value}, "journal_max_days": {value}}}}}'
    )
    assert cli("env", "list").code == 0
    shown = cli("log", "retention")
    assert shown.code == 0
    assert "at most 500 MB, entries of any age" in shown.out
    assert "journal_max_mb in" in shown.err and "the default applies" in shown.err
    assert "journal_max_days in" in shown.err
    fixed = cli("log", "retention", "--max-mb", "200")
    assert fixed.code == 0 and "at most 200 MB" in fixed.out


# --- properties: any settings.json, any env set ------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = [
    "kind", "base_url", "client_id", "partner_id", "channel_id", "signing_key",
    "connect_timeout", "read_timeout", "ca_bundle", "profile",
]  # fmt: skip
PROFILE_FIELDS = [
    "name", "paths", "token_signature_encoding", "service_signature_encoding",
    "timestamp_format", "sign_query_string", "custom_headers",
]  # fmt: skip
PROFILE = st.dictionaries(st.sampled_from(PROFILE_FIELDS), JSON, max_size=4)
ENVIRONMENT = st.dictionaries(
    st.sampled_from(FIELDS),
    JSON | PROFILE | st.sampled_from(["production", "https://apigw.ovo.id"]),
    max_size=5,
)
SETTINGS_SHAPES = JSON | st.fixed_dictionaries(
    {
        "environments": JSON
        | st.dictionaries(
            st.sampled_from(["Mine", "Production", "Sandbox", ""]), ENVIRONMENT | JSON, max_size=3
        ),
        "preferences": JSON
        | st.dictionaries(
            st.sampled_from(["language", "key_folders", "journal_max_mb", "journal_max_days"]),
            JSON,
            max_size=3,
        ),
    }
)


@given(SETTINGS_SHAPES)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_settings_json_loads_or_is_named_damaged(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        try:
            loaded = Settings(path)
        except BadInput as exc:
            assert str(path) in exc.problem
            assert path.read_text(encoding="utf-8") == json.dumps(data)
            return
        # What `env list`, the window and the journal then do with it works too.
        for env in loaded.environments.values():
            assert env.category in ("sandbox", "staging", "production", "custom")
            json.dumps(env.to_dict())
        retention = Retention.from_preferences(loaded.preferences)
        assert retention.max_bytes is None or retention.max_bytes > 0
        loaded.save()
        again = Settings(path)
        assert again.environments == loaded.environments


SETTING_NAMES = [name for name in SETTINGS_HELP if "SERVICE" not in name] + [
    "path.topup", "header.topup.X-Note", "header.topup.", "header.nowhere.X", "path.nowhere",
]  # fmt: skip


@given(
    st.sampled_from([PRODUCTION, STAGING, "Mine"]),
    st.sampled_from(SETTING_NAMES) | st.text(max_size=20),
    st.text(max_size=40)
    | st.sampled_from(["http://apigw.ovo.id", "https://apigw.ovo.id", "production", "sandbox"]),
)
@settings(max_examples=300, deadline=None)
def test_env_set_gives_a_usable_environment_or_bad_input(name, setting, value):
    env = default_environments().get(name) or Environment(name, "custom", "http://127.0.0.1:1")
    try:
        changed = apply_setting(env, setting, value)
    except BadInput as exc:
        assert exc.problem and exc.fix
        return
    check_usable(changed)  # what env set accepts, a call accepts
    if changed.is_production:
        assert not changed.base_url or changed.base_url.startswith("https://")
    if changed.connect_timeout != env.connect_timeout:
        assert math.isfinite(changed.connect_timeout)
    json.dumps(changed.to_dict(), ensure_ascii=False).encode("utf-8")
