"""Input a user can get wrong, through the command line: each gives exit 2 and a message
that says what is wrong, never a traceback, and nothing is sent or written.

Issue 12 (Robustness), items 5, 6, 7 and 10 (in part).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, files_in, run_openssl

BUDI = "081234567890"
BIG = 2**64  # beyond SQLite's integers




def refused(result, *phrases: str) -> str:
    """The result is a clean refusal (exit 2, no traceback) naming every phrase."""
    said = result.out + result.err
    assert result.code == 2, said
    assert "Traceback" not in said, said
    for phrase in phrases:
        assert phrase in said, (phrase, said)
    return said


def journal_total(cli) -> int:
    listed = cli("log", "list", "--json")
    assert listed.code == 0, listed.err
    return listed.json["total"]


# --- amounts and customer numbers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "phrase"),
    [
        ("NaN", "is not an amount in whole rupiah"),
        ("sNaN", "is not an amount in whole rupiah"),
        ("Infinity", "is not an amount in whole rupiah"),
        ("1e100", "is not an amount in whole rupiah"),
        ("1e9", "is not an amount in whole rupiah"),
        ("1E4", "is not an amount in whole rupiah"),
        ("1" * 30, "is more than any top-up can be"),
        ("0.001", "is not an amount in whole rupiah"),
        ("\uff11\uff10\uff10\uff10\uff10", "is not an amount in whole rupiah"),
        ("\u0661\u0660\u0660\u0660\u0660", "is not an amount in whole rupiah"),
        ("50.000,50", "has a fraction of a rupiah"),
        ("10,000.5", "has a fraction of a rupiah"),
        ("50 000", "is not an amount in whole rupiah"),
        ("-50000", "is not an amount in whole rupiah"),
    ],
)
@pytest.mark.parametrize("command", ["inquiry", "topup"])
def test_an_amount_that_is_not_whole_rupiah_is_refused_and_nothing_is_sent(
    home, cli, command, amount, phrase
):
    yes = ["--yes"] if command == "topup" else []
    result = cli(command, "--customer", BUDI, f"--amount={amount}", *yes)
    refused(result, phrase, "999.999.999.999" if "more than" in phrase else "50.000")
    assert journal_total(cli) == 0


def test_the_amount_forms_the_readme_shows_still_work(home, cli):
    """Accepted forms reach the point of needing credentials (none here): the amount
    itself was read."""
    for amount in ("50000", "50.000", "50,000", "Rp 50.000", "50.000,00"):
        result = cli("inquiry", "--customer", BUDI, "--amount", amount)
        said = refused(result, "client")  # no credentials in this home: the next problem
        assert "amount" not in said, said


@pytest.mark.parametrize(
    ("number", "phrase"),
    [
        ("".join(chr(0xFF10 + int(d)) for d in BUDI), "is not an OVO number"),
        ("+6281234567890", "instead of +62"),
        ("0812345", "is not an OVO number"),
        ("08123456789012345", "is not an OVO number"),
        ("081234567890; rm", "is not an OVO number"),
        ("", "No customer number"),
    ],
)
def test_a_customer_number_that_is_not_an_ovo_number_is_refused(home, cli, number, phrase):
    result = cli("inquiry", "--customer", number, "--amount", "50000", "--json")
    refused(result, phrase)
    assert result.json["ok"] is False
    assert journal_total(cli) == 0


def test_a_customer_number_with_spaces_or_dashes_is_read_as_its_digits():
    from core.snap.bodies import parse_customer_number

    assert parse_customer_number(" 0812-3456-7890 ") == BUDI
    assert parse_customer_number("0812 3456 7890") == BUDI


# --- journal ids -----------------------------------------------------------------------------


@pytest.mark.parametrize("entry", [str(BIG), str(2**63), "-" + str(BIG), "0"])
@pytest.mark.parametrize("verb", ["show", "curl"])
def test_an_id_beyond_the_journal_is_no_such_entry(home, cli, verb, entry):
    refused(cli("log", verb, entry), f"There is no journal entry {entry}.")


def test_page_arguments_beyond_the_journal_are_refused_or_mean_all(home, cli):
    refused(cli("log", "list", "--before", str(BIG)), f"--before {BIG} is not a journal entry ID")
    refused(cli("log", "list", "--before", "-1"), "is not a journal entry ID")
    refused(cli("log", "list", "--limit", "0"), "--limit 0 is not a number of entries")
    refused(cli("log", "list", "--limit", str(-BIG)), "is not a number of entries")
    everything = cli("log", "list", "--limit", str(BIG), "--json")
    assert everything.code == 0, everything.err
    assert everything.json["entries"] == []


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e400"])
def test_a_retention_limit_must_be_a_finite_number(home, cli, value):
    refused(cli("log", "retention", f"--max-mb={value}"), "is not a positive number")


# --- sign service bodies -----------------------------------------------------------------------


@pytest.fixture
def secret_file(tmp_path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("cl1ent-S3cret-value\n")
    return path


def sign_body(cli, secret_file: Path, body: Path):
    return cli(
        "sign", "service", "--method", "POST", "--path", "/OVOSNAP/v2.0/emoney/topup",
        "--token", "tok", "--client-secret-file", secret_file, "--body-file", body,
        "--timestamp", "2023-09-06T05:02:58.247+07:00",
    )  # fmt: skip


BODY = '{"partnerReferenceNo": "ref-1", "amount": {"value": "10000.00", "currency": "IDR"}}'


@pytest.mark.parametrize(
    ("content", "phrase"),
    [
        (BODY.encode("utf-16"), "UTF-16 or UTF-32 text, not UTF-8"),
        (BODY.encode("utf-16-le"), "UTF-16 or UTF-32 text, not UTF-8"),
        (BODY.encode("utf-32"), "UTF-16 or UTF-32 text, not UTF-8"),
        (BODY.replace("ref-1", "réf").encode("latin-1"), "not UTF-8 text (byte 26)"),
        (b"[" * 50_000 + b"]" * 50_000, "more than 64 levels deep"),
        (b"[" * 500 + b"]" * 500, "more than 64 levels deep"),
        (b'{"a": ' * 50_000, "more than 64 levels deep"),
    ],
    ids=["utf-16-bom", "utf-16-le", "utf-32", "latin-1", "50000-arrays", "500-arrays", "open"],
)
def test_a_body_that_is_not_utf8_json_of_sane_depth_is_refused(
    cli, tmp_path, secret_file, content, phrase
):
    body = tmp_path / "body.json"
    body.write_bytes(content)
    refused(sign_body(cli, secret_file, body), phrase)


def test_a_utf8_body_with_a_bom_is_still_signed_without_it(cli, tmp_path, secret_file):
    plain, with_bom = tmp_path / "plain.json", tmp_path / "bom.json"
    plain.write_text(BODY, encoding="utf-8")
    with_bom.write_text(BODY, encoding="utf-8-sig")
    first, second = sign_body(cli, secret_file, plain), sign_body(cli, secret_file, with_bom)
    assert first.code == 0 and second.code == 0, first.err + second.err
    assert first.out == second.out


# --- input files that are not files ----------------------------------------------------------


@pytest.fixture(scope="module")
def keys_dir(tmp_path_factory) -> Path:
    """Real keys made by openssl: an encrypted exchange key, and a 1024-bit one."""
    d = tmp_path_factory.mktemp("keys")
    (d / "pp.txt").write_text(PASSPHRASE + "\n")
    run_openssl(
        "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-aes256",
        "-pass", f"pass:{PASSPHRASE}", "-out", "id_rsa.pem", cwd=d,
    )  # fmt: skip
    run_openssl(
        "pkey", "-in", "id_rsa.pem", "-passin", f"pass:{PASSPHRASE}", "-pubout",
        "-out", "id_rsa.pub.pem", cwd=d,
    )  # fmt: skip
    run_openssl("genrsa", "-traditional", "-out", "small.pem", "1024", cwd=d)
    return d


def weird_path(kind: str, tmp_path: Path) -> Path:
    if kind in ("/dev/zero", "/dev/urandom"):
        return Path(kind)
    path = tmp_path / kind
    if kind == "fifo":
        os.mkfifo(path)  # nobody writes to it: reading it would wait for ever
    elif kind == "folder":
        path.mkdir()
    elif kind == "2GB":
        with path.open("wb") as f:
            f.truncate(2 * 1024**3)  # sparse: no disk space taken
    return path


KIND_PHRASES = {
    "/dev/zero": "is not a file but a device",
    "/dev/urandom": "is not a file but a device",
    "fifo": "is not a file but a pipe (FIFO)",
    "folder": "is a folder, not",
    "2GB": "too large to be",
}


def commands(keys: Path, bad: Path, tmp: Path) -> dict[str, list]:
    """Every command that reads a file the user names, with `bad` in one of those places."""
    secret, body = tmp / "secret.txt", tmp / "body.json"
    private, public, pp = keys / "id_rsa.pem", keys / "id_rsa.pub.pem", keys / "pp.txt"
    decrypt = ["decrypt", "--private-key", private, "--passphrase-file", pp]
    sign = ["sign", "service", "--method", "POST", "--path", "/p", "--token", "t"]
    return {
        "key info": ["key", "info", bad],
        "key info --passphrase-file": ["key", "info", private, "--passphrase-file", bad],
        "key convert": ["key", "convert", bad, "--role", "exchange", "--out", tmp / "out"],
        "decrypt --private-key": [*decrypt[:1], "--private-key", bad, "--key-file", body,
                                  "--cred-file", body],
        "decrypt --key-file": [*decrypt, "--key-file", bad, "--cred-file", body],
        "decrypt --cred-file": [*decrypt, "--key-file", body, "--cred-file", bad],
        "decrypt --passphrase-file": ["decrypt", "--private-key", private, "--passphrase-file",
                                      bad, "--key-file", body, "--cred-file", body],
        "sign token": ["sign", "token", "--client-id", "c", "--private-key", bad],
        "sign service --body-file": [*sign, "--client-secret-file", secret, "--body-file", bad],
        "sign service --client-secret-file": [*sign, "--client-secret-file", bad,
                                              "--body-file", body],
        "sign service --token-file": ["sign", "service", "--method", "POST", "--path", "/p",
                                      "--token-file", bad, "--client-secret-file", secret,
                                      "--body-file", body],
        "keygen --passphrase-file": ["keygen", "exchange", "--out", tmp / "new",
                                     "--passphrase-file", bad],
        "sandbox issue-credentials": ["sandbox", "issue-credentials", "--public-key", bad,
                                      "--signing-public-key", public, "--out", tmp / "inbox"],
    }  # fmt: skip


COMMANDS = list(commands(Path("k"), Path("b"), Path("t")))


@pytest.mark.parametrize("kind", list(KIND_PHRASES))
@pytest.mark.parametrize("command", COMMANDS)
def test_a_device_pipe_folder_or_huge_file_as_input_is_refused_at_once(
    home, cli, keys_dir, tmp_path, command, kind
):
    bad = weird_path(kind, tmp_path)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    (scratch / "secret.txt").write_text("s3cret\n")
    (scratch / "body.json").write_text("{}")
    argv = commands(keys_dir, bad, scratch)[command]
    refused(cli(*argv), KIND_PHRASES[kind], str(bad))
    assert files_in(scratch) == {"secret.txt", "body.json"}  # nothing written


def test_the_signing_key_set_in_an_environment_is_read_the_same_way(home, cli, tmp_path):
    said = refused(cli("env", "set", "Sandbox", "signing_key", "/dev/zero"))
    assert "it is not a file" in said
    # A settings.json edited by hand is read through the same bounded reader.
    import json

    settings = home / "settings.json"
    data = json.loads(settings.read_text()) if settings.exists() else {"environments": {}}
    data.setdefault("environments", {}).setdefault("Sandbox", {"kind": "sandbox"})
    data["environments"]["Sandbox"]["signing_key"] = "/dev/zero"
    settings.write_text(json.dumps(data))
    refused(cli("env", "passphrase", "Sandbox", "--passphrase-file", tmp_path / "none"))
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE + "\n")
    said = refused(cli("env", "passphrase", "Sandbox", "--passphrase-file", pp))
    assert "/dev/zero is not a file but a device" in said
    assert "env set Sandbox signing_key private.pem" in said


# --- decrypt --out with a wrong --save-to -----------------------------------------------------


def decrypt_to(cli, keys: Path, inbox: Path, out: Path, *extra: str):
    return cli(
        "decrypt", "--private-key", keys / "id_rsa.pem", "--passphrase-file", keys / "pp.txt",
        "--key-file", inbox / "key.bin.enc", "--cred-file", inbox / "cred_file.enc",
        "--out", out, *extra,
    )  # fmt: skip


@pytest.fixture
def inbox(tmp_path, keys_dir) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "cred.txt").write_text("clientId: oam\nclientSecret: Zq8vX2mN4pL7wR1t\n")
    run_openssl("rand", "-base64", "-out", "key.bin", "32", cwd=folder)
    run_openssl(
        "pkeyutl", "-encrypt", "-pubin", "-inkey", str(keys_dir / "id_rsa.pub.pem"),
        "-in", "key.bin", "-out", "key.bin.enc", cwd=folder,
    )  # fmt: skip
    run_openssl(
        "enc", "-aes-256-cbc", "-salt", "-in", "cred.txt", "-out", "cred_file.enc",
        "-pass", "file:./key.bin", "-md", "sha256", cwd=folder,
    )  # fmt: skip
    for name in ("key.bin", "cred.txt"):
        (folder / name).unlink()
    return folder


def test_decrypt_with_an_unknown_save_to_writes_no_out_file(home, cli, keys_dir, inbox, tmp_path):
    out = tmp_path / "cred_file.txt"
    result = decrypt_to(cli, keys_dir, inbox, out, "--save-to", "NoSuchEnv")
    refused(result, "There is no environment called 'NoSuchEnv'")
    assert not out.exists()
    out.write_text("kept\n")
    result = decrypt_to(cli, keys_dir, inbox, out, "--save-to", "NoSuchEnv", "--force")
    refused(result, "There is no environment called 'NoSuchEnv'")
    assert out.read_text() == "kept\n"
    ok = decrypt_to(cli, keys_dir, inbox, out, "--save-to", "Staging", "--force")
    assert ok.code == 0, ok.err
    assert "clientSecret: Zq8vX2mN4pL7wR1t" in out.read_text()


def test_decrypt_to_an_out_file_that_cannot_be_written_decrypts_nothing(
    home, cli, keys_dir, inbox, tmp_path
):
    refused(decrypt_to(cli, keys_dir, inbox, tmp_path), "is a folder")
    if os.geteuid() == 0:
        print("skipped the read-only folder case: root may write anywhere")
        return
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    refused(decrypt_to(cli, keys_dir, inbox, locked / "sub" / "out.txt"), "cannot be written")
    assert files_in(locked) == set()


# --- passphrases ---------------------------------------------------------------------------


LATIN1 = "pässwört-é".encode("latin-1")


def test_a_latin1_passphrase_opens_a_key_made_with_it_but_is_not_kept(
    home, cli, keys_dir, tmp_path
):
    """OpenSSL takes a passphrase file's bytes as they are, and so does the workbench
    when opening a key; the keyring keeps text, so such bytes are refused there, clearly."""
    latin = tmp_path / "latin.txt"
    latin.write_bytes(LATIN1 + b"\n")
    run_openssl(
        "genrsa", "-aes256", "-passout", f"file:{latin}", "-out", str(tmp_path / "k.pem"), "2048"
    )
    info = cli("key", "info", tmp_path / "k.pem", "--passphrase-file", latin, "--json")
    assert info.code == 0, info.err
    assert info.json["bits"] == 2048
    assert cli("env", "set", "Sandbox", "signing_key", tmp_path / "k.pem").code == 0
    said = refused(cli("env", "passphrase", "Sandbox", "--passphrase-file", latin))
    assert "not UTF-8 text" in said and "key convert --new-passphrase-file" in said
    assert cli("env", "show", "Sandbox", "--json").json.get("signing_passphrase") != "stored"


def test_a_latin1_passphrase_in_the_environment_reaches_openssl_as_bytes(
    cli, tmp_path, monkeypatch
):
    latin = tmp_path / "latin.txt"
    latin.write_bytes(LATIN1 + b"\n")
    run_openssl(
        "genrsa", "-aes256", "-passout", f"file:{latin}", "-out", str(tmp_path / "k.pem"), "2048"
    )
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", os.fsdecode(LATIN1))
    info = cli("key", "info", tmp_path / "k.pem", "--passphrase-file", latin, "--json")
    assert info.code == 0, info.err
    via_env = cli("sign", "token", "--client-id", "c", "--private-key", tmp_path / "k.pem")
    assert via_env.code == 0, via_env.err


@pytest.mark.parametrize("role", ["exchange", "signing"])
def test_a_new_passphrase_over_1023_bytes_is_refused_before_any_key_is_made(cli, tmp_path, role):
    long = tmp_path / "long.txt"
    long.write_text("a" * 1024 + "\n")
    said = refused(cli("keygen", role, "--out", tmp_path / "k", "--passphrase-file", long))
    assert "1024 bytes long" in said and "at most 1023" in said
    assert not (tmp_path / "k").exists()


def test_a_new_passphrase_in_latin1_is_refused_before_any_key_is_made(cli, tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes(LATIN1 + b"\n")
    said = refused(cli("keygen", "exchange", "--out", tmp_path / "k", "--passphrase-file", latin))
    assert "not UTF-8 text" in said
    assert not (tmp_path / "k").exists()


def test_a_passphrase_of_exactly_1023_bytes_makes_a_key_openssl_opens(cli, tmp_path):
    edge = tmp_path / "edge.txt"
    edge.write_text("b" * 1023 + "\n")
    made = cli("keygen", "exchange", "--out", tmp_path / "k", "--passphrase-file", edge)
    assert made.code == 0, made.err
    run_openssl("pkey", "-in", str(tmp_path / "k" / "id_rsa.pem"), "-passin", f"file:{edge}")


# --- key sizes -----------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["exchange", "signing"])
def test_a_1024_bit_key_is_not_converted_for_either_role(cli, keys_dir, tmp_path, role):
    new_pp = tmp_path / "new.txt"
    new_pp.write_text(PASSPHRASE + "\n")
    result = cli(
        "key", "convert", keys_dir / "small.pem", "--role", role, "--out", tmp_path / "out",
        "--new-passphrase-file", new_pp,
    )  # fmt: skip
    said = refused(result, "This key has 1024 bits, too few", "Nothing was written")
    assert ("RSA 4096" if role == "signing" else "RSA 2048") in said
    assert not (tmp_path / "out").exists()


def _der(tag: int, body: bytes) -> bytes:
    n = len(body)
    if n < 0x80:
        return bytes([tag, n]) + body
    size = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(size)]) + size + body


def _der_int(value: int) -> bytes:
    return _der(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big"))


def huge_key_files(folder: Path, bits: int = 16384) -> dict[str, Path]:
    """Keys of `bits` bits in the shapes that matter, made instantly: the refusal comes
    before any check of the numbers, so they need not be a real key (whose primes would
    take minutes to find)."""
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    modulus = (1 << (bits - 1)) | 1 | int.from_bytes(os.urandom(bits // 8), "big") >> 1
    half = (1 << (bits // 2 - 1)) | 1
    pkcs1 = _der(
        0x30,
        b"".join(_der_int(v) for v in (0, modulus, 65537, modulus - 2, half, half, 3, 5, 7)),
    )
    algorithm = _der(0x30, bytes.fromhex("06092a864886f70d0101010500"))
    pkcs8 = _der(0x30, _der_int(0) + algorithm + _der(0x04, pkcs1))
    public = rsa.RSAPublicNumbers(65537, modulus).public_key()

    def pem(label: str, der: bytes) -> bytes:
        b64 = base64.encodebytes(der).replace(b"\n", b"")
        lines = b"\n".join(b64[i : i + 64] for i in range(0, len(b64), 64))
        return f"-----BEGIN {label}-----\n".encode() + lines + f"\n-----END {label}-----\n".encode()

    files = {
        "pkcs1.pem": pem("RSA PRIVATE KEY", pkcs1),
        "pkcs8.pem": pem("PRIVATE KEY", pkcs8),
        "pkcs1.der": pkcs1,
        "encrypted.pem": pem("ENCRYPTED PRIVATE KEY", _der(0x30, os.urandom(9000))),
        "public.pem": public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
        "public.pkcs1.pem": public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.PKCS1
        ),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return {name: folder / name for name in files}


@pytest.mark.parametrize(
    "name",
    ["pkcs1.pem", "pkcs8.pem", "pkcs1.der", "encrypted.pem", "public.pem", "public.pkcs1.pem"],
)
def test_a_key_over_8192_bits_is_refused_before_it_is_checked(cli, tmp_path, name):
    path = huge_key_files(tmp_path)[name]
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE + "\n")
    said = refused(cli("key", "info", path, "--passphrase-file", pp))
    assert "at most 8192 bits" in said or "larger than 8192 bits" in said
    if name != "encrypted.pem":
        assert "16384 bits" in said
    assert "RSA 2048" in said and "RSA 4096" in said
    if "public" not in name:
        refused(cli("sign", "token", "--client-id", "c", "--private-key", path), "8192 bits")


def test_an_openssh_key_asking_for_endless_rounds_is_refused_at_once(cli, tmp_path):
    """A damaged rounds count (2**31) would make the passphrase check take days."""
    import base64

    from tests.conftest import run_tool

    key = tmp_path / "id_rsa"
    run_tool("ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", PASSPHRASE, "-f", str(key))
    lines = key.read_bytes().strip().splitlines()
    blob = bytearray(base64.b64decode(b"".join(lines[1:-1])))
    rounds_at = blob.index(b"bcrypt") + len(b"bcrypt") + 4 + 4 + 16  # options, salt length, salt
    assert int.from_bytes(blob[rounds_at : rounds_at + 4], "big") == 16  # ssh-keygen's default
    blob[rounds_at : rounds_at + 4] = (2**31).to_bytes(4, "big")
    b64 = base64.b64encode(bytes(blob))
    body = b"\n".join(b64[i : i + 70] for i in range(0, len(b64), 70))
    key.write_bytes(lines[0] + b"\n" + body + b"\n" + lines[-1] + b"\n")
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE + "\n")
    refused(cli("key", "info", key, "--passphrase-file", pp), "2147483648 rounds", "damaged")
