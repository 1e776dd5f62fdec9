"""Every parser that takes outside input, fuzzed: a result or a `WorkbenchError`, never
another exception (which a user would see as a crash).

Seeds are real files made by the real `openssl` and `ssh-keygen`, then truncated, bit-
flipped, or replaced by random bytes. Keys are made once per module (RSA is slow).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import keys
from core.credentials import Credentials, parse_credentials
from core.envelope import decrypt_credentials
from core.errors import BadInput, WorkbenchError
from core.snap import bodies
from core.snap.minify import minify
from tests.conftest import PASSPHRASE, run_openssl, run_tool

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CREDENTIALS = b"clientId: oamerchantam\nclientSecret: Zq8vX2mN4pL7wR1t\nchannelId: 95221\n"


# --- seeds ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, bytes]:
    """Key files in the forms partners bring, made by openssl and ssh-keygen."""
    d = tmp_path_factory.mktemp("seeds")
    pw = f"pass:{PASSPHRASE}"
    run_openssl("genrsa", "-traditional", "-out", "pkcs1.pem", "2048", cwd=d)
    steps = [
        ("pkcs8", "-in", "pkcs1.pem", "-topk8", "-nocrypt", "-out", "pkcs8.pem"),
        ("pkcs8", "-in", "pkcs1.pem", "-topk8", "-v2", "aes-256-cbc", "-passout", pw,
         "-out", "pkcs8_encrypted.pem"),
        ("pkcs8", "-in", "pkcs1.pem", "-topk8", "-v2", "aes-256-cbc", "-passout", pw,
         "-outform", "DER", "-out", "pkcs8_encrypted.der"),
        ("rsa", "-in", "pkcs1.pem", "-traditional", "-des3", "-passout", pw,
         "-out", "pkcs1_des3.pem"),
        ("rsa", "-in", "pkcs1.pem", "-traditional", "-outform", "DER", "-out", "pkcs1.der"),
        ("pkcs8", "-in", "pkcs1.pem", "-topk8", "-nocrypt", "-outform", "DER",
         "-out", "pkcs8.der"),
        ("rsa", "-in", "pkcs1.pem", "-pubout", "-out", "spki.pem"),
        ("rsa", "-in", "pkcs1.pem", "-pubout", "-outform", "DER", "-out", "spki.der"),
        ("rsa", "-in", "pkcs1.pem", "-RSAPublicKey_out", "-out", "pkcs1_public.pem"),
    ]  # fmt: skip
    for step in steps:
        run_openssl(*step, cwd=d)
    ssh = str(d / "ssh")
    run_tool("ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", "", "-C", "p", "-f", ssh)
    ssh2 = run_tool("ssh-keygen", "-e", "-f", str(d / "ssh.pub")).stdout
    (d / "ssh2.pub").write_bytes(ssh2)
    return {p.name: p.read_bytes() for p in d.iterdir() if p.is_file()}


@pytest.fixture(scope="module")
def envelope(tmp_path_factory, made) -> dict:
    """OVO's two files for the seed key, made with the SOP's recipe by openssl."""
    from cryptography.hazmat.primitives import serialization

    d = tmp_path_factory.mktemp("envelope")
    (d / "spki.pem").write_bytes(made["spki.pem"])
    (d / "cred.txt").write_bytes(CREDENTIALS)
    run_openssl("rand", "-base64", "-out", "key.bin", "32", cwd=d)
    run_openssl(
        "pkeyutl", "-encrypt", "-pubin", "-inkey", "spki.pem", "-in", "key.bin",
        "-out", "key.bin.enc", cwd=d,
    )  # fmt: skip
    run_openssl(
        "enc", "-aes-256-cbc", "-salt", "-in", "cred.txt", "-out", "cred_file.enc",
        "-pass", "file:./key.bin", "-md", "sha256", cwd=d,
    )  # fmt: skip
    private = serialization.load_pem_private_key(made["pkcs1.pem"], None)
    return {
        "key": private,
        "key.bin.enc": (d / "key.bin.enc").read_bytes(),
        "cred_file.enc": (d / "cred_file.enc").read_bytes(),
    }


def mutated(seed: bytes) -> st.SearchStrategy[bytes]:
    """The seed truncated, with bits flipped, with bytes spliced in, or as it is."""
    n = len(seed)
    truncations = st.integers(0, n).map(lambda i: seed[:i])
    flips = st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, 7)), min_size=1, max_size=4)

    def flip(changes: list[tuple[int, int]]) -> bytes:
        data = bytearray(seed)
        for index, bit in changes:
            data[index] ^= 1 << bit
        return bytes(data)

    splices = st.tuples(st.integers(0, n), st.binary(max_size=16)).map(
        lambda t: seed[: t[0]] + t[1] + seed[t[0] :]
    )
    return st.one_of(truncations, flips.map(flip), splices, st.just(seed))


def key_inputs(made: dict[str, bytes]) -> st.SearchStrategy[bytes]:
    seeds = [made[name] for name in sorted(made) if name not in ("ssh.pub",)] + [made["ssh.pub"]]
    return st.one_of(
        st.binary(max_size=600),
        st.sampled_from(["-----BEGIN RSA PRIVATE KEY-----\n", "ssh-rsa ", "-----BEGIN "]).flatmap(
            lambda head: st.binary(max_size=300).map(lambda tail: head.encode() + tail)
        ),
        st.sampled_from(seeds).flatmap(mutated),
    )


# --- keys --------------------------------------------------------------------------------------


def test_the_seed_keys_load(made):
    """The unmutated seeds are what the fuzzing starts from: each must load as it is."""
    for name, data in made.items():
        passphrase = PASSPHRASE.encode() if "encrypted" in name or "des3" in name else None
        loaded = keys.load_key(data, passphrase, name=name)
        assert loaded.bits == 2048, name


@FUZZ
@given(data=st.data())
def test_key_files_give_a_key_or_a_workbench_error(made, data):
    raw = data.draw(key_inputs(made))
    passphrase = data.draw(st.sampled_from([None, PASSPHRASE.encode(), b"wrong"]))
    for attempt in (
        lambda: keys.load_key(raw, passphrase, name="k"),
        lambda: keys.read_public_part(raw, name="k"),
    ):
        try:
            loaded = attempt()
        except WorkbenchError:
            continue
        if loaded is not None:
            keys.describe(loaded)


@pytest.mark.parametrize(
    "raw",
    [
        b"---- BEGIN SSH2 PUBLIC KEY ----:",  # found by the fuzzing above: an empty blob
        b"---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n---- END SSH2 PUBLIC KEY ----\n",
        b"ssh-rsa AAAA",
        b"-----BEGIN OPENSSH PRIVATE KEY-----\n-----END OPENSSH PRIVATE KEY-----\n",
        b"-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n-----END RSA PRIVATE KEY-----",
        b"0\x82\xff\xff",
    ],
)
def test_damaged_shapes_are_named_as_damaged(raw):
    with pytest.raises(WorkbenchError):
        keys.load_key(raw, None, name="k")


# --- OVO's .enc files ---------------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_enc_files_give_credentials_or_a_workbench_error(envelope, data):
    key_enc, cred_enc = envelope["key.bin.enc"], envelope["cred_file.enc"]
    key_choice = st.one_of(mutated(key_enc), st.binary(max_size=600))
    cred_choice = st.one_of(mutated(cred_enc), st.binary(max_size=200))
    which = data.draw(st.sampled_from(["key", "cred", "both", "swapped"]))
    kb = data.draw(key_choice) if which in ("key", "both") else key_enc
    cf = data.draw(cred_choice) if which in ("cred", "both") else cred_enc
    if which == "swapped":
        kb, cf = cf, kb
    try:
        opened = decrypt_credentials(envelope["key"], kb, cf)
    except WorkbenchError:
        return
    assert isinstance(parse_credentials(opened.plaintext), Credentials)


def test_the_seed_envelope_opens(envelope):
    key, key_enc, cred_enc = (envelope[k] for k in ("key", "key.bin.enc", "cred_file.enc"))
    opened = decrypt_credentials(key, key_enc, cred_enc)
    assert parse_credentials(opened.plaintext).client_id == "oamerchantam"


# --- credential text -------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


@FUZZ
@given(
    text=st.one_of(
        st.text(),
        JSON_VALUES.map(json.dumps),
        st.integers(1, 5000).map(lambda n: "[" * n + "]" * n),
        st.integers(1, 5000).map(lambda n: '{"a":' * n + "1" + "}" * n),
        st.lists(
            st.tuples(st.text(max_size=20), st.sampled_from([":", "=", "\t", " "]), st.text())
        ).map(lambda rows: "\n".join(f"{k}{sep}{v}" for k, sep, v in rows)),
    )
)
def test_credential_text_always_gives_a_record(text):
    record = parse_credentials(text)
    assert record.raw == text
    assert record.shape in ("json", "lines", "unknown")


# --- amounts and customer numbers ---------------------------------------------------------------


AMOUNT_LIKE = st.text(alphabet="0123456789.,-+eE Rrpn\u0661\uff11 ", max_size=24)


@FUZZ
@given(text=st.one_of(st.text(), AMOUNT_LIKE))
def test_any_typed_amount_is_whole_rupiah_within_bounds_or_bad_input(text):
    try:
        value = bodies.parse_user_amount(text)
    except BadInput as exc:
        assert exc.problem and exc.fix
        return
    assert value == value.to_integral_value()
    assert 1 <= value <= bodies.MAX_USER_AMOUNT
    assert bodies.AMOUNT_VALUE.match(bodies.amount_text(value))


def grouped(value: int, mark: str) -> str:
    return f"{value:,}".replace(",", mark)


@FUZZ
@given(
    value=st.integers(1, int(bodies.MAX_USER_AMOUNT)),
    form=st.sampled_from(["plain", "dots", "commas", "Rp dots", "dots ,00", "commas .00"]),
)
def test_every_valid_form_reads_back_as_its_value(value, form):
    typed = {
        "plain": str(value),
        "dots": grouped(value, "."),
        "commas": grouped(value, ","),
        "Rp dots": "Rp " + grouped(value, "."),
        "dots ,00": grouped(value, ".") + ",00",
        "commas .00": grouped(value, ",") + ".00",
    }[form]
    assert bodies.parse_user_amount(typed) == Decimal(value)


@FUZZ
@given(value=st.integers(int(bodies.MAX_USER_AMOUNT) + 1, 10**30), cents=st.integers(1, 99))
def test_too_large_or_fractional_amounts_are_refused(value, cents):
    with pytest.raises(BadInput, match="more than any top-up"):
        bodies.parse_user_amount(str(value))
    with pytest.raises(BadInput, match="fraction of a rupiah"):
        bodies.parse_user_amount(f"{grouped(value % 10**9 + 1, '.')},{cents:02d}")


CUSTOMER = re.compile(r"08[0-9]{8,11}")


@FUZZ
@given(text=st.one_of(st.text(), st.text(alphabet="0123456789+- \u0660\uff10", max_size=20)))
def test_any_typed_customer_number_is_an_ovo_number_or_bad_input(text):
    try:
        number = bodies.parse_customer_number(text)
    except BadInput as exc:
        assert exc.problem and exc.fix
        return
    assert CUSTOMER.fullmatch(number)


@FUZZ
@given(digits=st.text(alphabet="0123456789", min_size=8, max_size=11), cut=st.integers(2, 9))
def test_valid_numbers_read_back_with_or_without_separators(digits, cut):
    number = "08" + digits
    assert bodies.parse_customer_number(number) == number
    dashed = number[:cut] + "-" + number[cut:]
    assert bodies.parse_customer_number(f" {dashed} ") == number


# --- request bodies -----------------------------------------------------------------------------


@FUZZ
@given(
    raw=st.one_of(
        st.binary(max_size=300),
        st.text().map(lambda t: t.encode("utf-8", "surrogatepass")),
        JSON_VALUES.map(lambda v: json.dumps(v, indent=2, ensure_ascii=False).encode()),
        st.integers(1, 3000).map(lambda n: b"[" * n + b"]" * n),
    )
)
def test_bodies_minify_or_give_bad_input(raw):
    try:
        out = minify(raw)
    except BadInput:
        return
    if out:
        assert json.loads(out) == json.loads(raw.removeprefix(b"\xef\xbb\xbf"))


@FUZZ
@given(value=JSON_VALUES)
def test_minify_keeps_every_value(value):
    pretty = json.dumps(value, indent=4, ensure_ascii=False).encode()
    assert json.loads(minify(pretty)) == value
