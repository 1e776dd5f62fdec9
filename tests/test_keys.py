"""core/keys.py against keys made by the real openssl 3, ssh-keygen and puttygen.

Every key form of reference/OPENSSL.md is produced by the tool a partner would have used,
and the fingerprint the workbench shows is checked against the one openssl prints for the
matching public key (`openssl pkey -pubin -outform DER | openssl dgst -sha256 -c`).
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

from core import keys
from core.errors import BadInput
from tests.conftest import PASSPHRASE, run_openssl, run_tool

PW = PASSPHRASE.encode()


def openssl_fingerprint(public_pem: Path) -> str:
    """What a partner or OVO gets from openssl for a public key file."""
    der = run_openssl("pkey", "-pubin", "-in", str(public_pem), "-outform", "DER").stdout
    printed = run_openssl("dgst", "-sha256", "-c", stdin=der).stdout.decode().strip()
    prefix = "SHA2-256(stdin)= "
    assert printed.startswith(prefix), printed
    return printed.removeprefix(prefix)


@dataclass(frozen=True)
class Form:
    file: str
    format: keys.KeyFormat
    encrypted: bool = False
    cipher: str | None = None
    key_of: str | None = None  # for a public form: the private key file it belongs to

    @property
    def public(self) -> str:
        """The matching public key as BEGIN PUBLIC KEY, written by the tools."""
        return f"{self.key_of or self.file}.pub.pem"


KF = keys.KeyFormat

# Private key forms of the OPENSSL.md table, as the tools write them.
PRIVATE_FORMS = [
    Form("genrsa_des3.pem", KF.PKCS8_ENCRYPTED_PEM, True, "DES-EDE3-CBC"),
    Form("traditional_des3.pem", KF.PKCS1_PEM, True, "DES-EDE3-CBC"),
    Form("traditional_aes256.pem", KF.PKCS1_PEM, True, "AES-256-CBC"),
    Form("traditional.pem", KF.PKCS1_PEM),
    Form("pkcs8.pem", KF.PKCS8_PEM),
    Form("pkcs1.der", KF.PKCS1_DER),
    Form("pkcs8.der", KF.PKCS8_DER),
    Form("pkcs8_aes256.der", KF.PKCS8_ENCRYPTED_DER, True, "AES-256-CBC"),
    Form("id_rsa", KF.OPENSSH),
    Form("id_rsa_protected", KF.OPENSSH, True, "aes256-ctr"),
]

# Public key forms: traditional.pem's key from openssl and PuTTYgen, id_rsa's from ssh-keygen.
PUBLIC_FORMS = [
    Form("public.pem", KF.SPKI_PEM, key_of="traditional.pem"),
    Form("rsa_public.pem", KF.PKCS1_PUBLIC_PEM, key_of="traditional.pem"),
    Form("public.der", KF.SPKI_DER, key_of="traditional.pem"),
    Form("rsa_public.der", KF.PKCS1_PUBLIC_DER, key_of="traditional.pem"),
    Form("putty.ssh2.pub", KF.SSH2_PUBLIC, key_of="traditional.pem"),
    Form("id_rsa.pub", KF.OPENSSH_PUBLIC, key_of="id_rsa"),
    Form("id_rsa.ssh2.pub", KF.SSH2_PUBLIC, key_of="id_rsa"),
]

ENCRYPTED_FORMS = [f.file for f in PRIVATE_FORMS if f.encrypted]
PLAIN_PRIVATE_FORMS = [f.file for f in PRIVATE_FORMS if not f.encrypted]


def tool(command: str, *, cwd: Path | None = None) -> bytes:
    """Run a command line as a partner types it; its stdout. (No path here has a space.)"""
    name, *args = shlex.split(command)
    if name == "openssl":
        return run_openssl(*args, cwd=cwd).stdout
    return run_tool(name, *args, cwd=cwd).stdout


def openssl_refuses(command: str) -> bool:
    return run_openssl(*shlex.split(command), check=False).returncode != 0


# How each file of the `made` folder is made, in order, with pw.txt holding PASSPHRASE.
RECIPES = [
    # OpenSSL 3's genrsa -des3 (encrypted PKCS#8) and the OpenSSL 1.1 / -traditional forms.
    "openssl genrsa -des3 -passout file:pw.txt -out genrsa_des3.pem 2048",
    "openssl genrsa -traditional -des3 -passout file:pw.txt -out traditional_des3.pem 2048",
    "openssl genrsa -traditional -aes256 -passout file:pw.txt -out traditional_aes256.pem 2048",
    "openssl genrsa -traditional -out traditional.pem 2048",
    # The same key as traditional.pem in the other containers.
    "openssl pkey -in traditional.pem -out pkcs8.pem",
    "openssl rsa -in traditional.pem -traditional -outform DER -out pkcs1.der",
    "openssl pkcs8 -topk8 -nocrypt -in traditional.pem -outform DER -out pkcs8.der",
    "openssl pkcs8 -topk8 -in traditional.pem -outform DER -v2 aes-256-cbc"
    " -passout file:pw.txt -out pkcs8_aes256.der",
    "openssl pkey -in traditional.pem -pubout -out public.pem",
    "openssl rsa -in traditional.pem -RSAPublicKey_out -out rsa_public.pem",
    "openssl pkey -in traditional.pem -pubout -outform DER -out public.der",
    "openssl rsa -in traditional.pem -RSAPublicKey_out -outform DER -out rsa_public.der",
    # PuTTY: a .ppk made from the openssl key, and PuTTYgen's SSH2 public key export.
    "puttygen traditional.pem -O private -o id.ppk",
    "puttygen traditional.pem -O public -o putty.ssh2.pub",
    # ssh-keygen's default container (BEGIN OPENSSH PRIVATE KEY), plain and protected.
    "ssh-keygen -q -t rsa -b 2048 -N '' -C partner -f id_rsa",
    f"ssh-keygen -q -t rsa -b 2048 -N '{PASSPHRASE}' -f id_rsa_protected",
    "ssh-keygen -q -t ed25519 -N '' -f id_ed25519",
]


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    """One folder with every key form, each made by the tool a partner would have used."""
    d = tmp_path_factory.mktemp("forms")
    (d / "pw.txt").write_text(PASSPHRASE + "\n")
    for command in RECIPES:
        tool(command, cwd=d)
    (d / "id_rsa.ssh2.pub").write_bytes(tool("ssh-keygen -e -f id_rsa.pub", cwd=d))
    # The matching public key of each private form, as BEGIN PUBLIC KEY made by the tools.
    for form in PRIVATE_FORMS:
        if form.format is keys.KeyFormat.OPENSSH:
            spki = tool(f"ssh-keygen -e -m PKCS8 -f {form.file}.pub", cwd=d)
            (d / form.public).write_bytes(spki)
        else:
            inform = "DER" if form.file.endswith(".der") else "PEM"
            passin = "-passin file:pw.txt" if form.encrypted else ""
            derive = f"openssl pkey -inform {inform} -in {form.file} {passin} -pubout"
            (d / form.public).write_bytes(tool(derive, cwd=d))
    return d


@pytest.fixture(scope="module")
def fingerprints(made) -> dict[str, str]:
    """openssl's fingerprint of every matching public key, by file name."""
    names = {f.public for f in PRIVATE_FORMS + PUBLIC_FORMS}
    return {name: openssl_fingerprint(made / name) for name in names}


# --- every form a partner may bring ------------------------------------------------------


@pytest.mark.parametrize("form", PRIVATE_FORMS, ids=lambda f: f.file)
def test_private_key_forms_load_with_openssls_fingerprint(made, fingerprints, form):
    data = (made / form.file).read_bytes()
    loaded = keys.load_key(data, PW if form.encrypted else None, name=form.file)
    assert loaded.format is form.format
    assert loaded.is_private
    assert loaded.encrypted is form.encrypted
    assert loaded.cipher == form.cipher
    assert loaded.algorithm == "RSA"
    assert loaded.bits == 2048
    assert loaded.notes == []
    assert keys.fingerprint(loaded.public_key) == fingerprints[form.public]
    assert keys.describe(loaded).fingerprint_sha256 == fingerprints[form.public]


def test_the_table_forms_are_what_the_tools_write(made):
    """The forms above really are the ones OPENSSL.md names (guards the fixture itself)."""
    head = {f.file: (made / f.file).read_bytes()[:80] for f in PRIVATE_FORMS}
    assert head["genrsa_des3.pem"].startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert b"DEK-Info: DES-EDE3-CBC," in (made / "traditional_des3.pem").read_bytes()
    assert b"DEK-Info: AES-256-CBC," in (made / "traditional_aes256.pem").read_bytes()
    assert head["traditional.pem"].startswith(b"-----BEGIN RSA PRIVATE KEY-----\n")
    assert b"Proc-Type" not in (made / "traditional.pem").read_bytes()
    assert head["pkcs8.pem"].startswith(b"-----BEGIN PRIVATE KEY-----")
    assert head["id_rsa"].startswith(b"-----BEGIN OPENSSH PRIVATE KEY-----")
    assert (made / "id_rsa.pub").read_bytes().startswith(b"ssh-rsa ")
    assert (made / "id_rsa.ssh2.pub").read_bytes().startswith(b"---- BEGIN SSH2 PUBLIC KEY ----")
    assert (made / "rsa_public.pem").read_bytes().startswith(b"-----BEGIN RSA PUBLIC KEY-----")
    assert (made / "id.ppk").read_bytes().startswith(b"PuTTY-User-Key-File-")


@pytest.mark.parametrize("form", PUBLIC_FORMS, ids=lambda f: f.file)
def test_public_key_forms_load_with_openssls_fingerprint(made, fingerprints, form):
    loaded = keys.load_key((made / form.file).read_bytes(), name=form.file)
    assert loaded.format is form.format
    assert not loaded.is_private
    assert loaded.private_key is None
    assert loaded.encrypted is False
    assert loaded.bits == 2048
    assert keys.fingerprint(loaded.public_key) == fingerprints[form.public]


def test_private_and_public_key_share_one_fingerprint(made, fingerprints):
    private = keys.load_key((made / "pkcs1.der").read_bytes())
    public = keys.load_key((made / "rsa_public.pem").read_bytes())
    assert keys.fingerprint(private.public_key) == keys.fingerprint(public.public_key)
    assert keys.fingerprint(public.public_key) == fingerprints["traditional.pem.pub.pem"]


def test_openssh_public_key_saved_by_notepad_with_a_bom_loads(made, fingerprints):
    """A .pub line pasted into Windows Notepad and saved as "UTF-8 with BOM".

    detect_format() strips the BOM and PEM files with one load, but the ssh-rsa line is
    then parsed with the BOM still in front of it.
    """
    data = b"\xef\xbb\xbf" + (made / "id_rsa.pub").read_bytes().replace(b"\n", b"\r\n")
    loaded = keys.load_key(data, name="id_rsa.pub")
    assert loaded.format is keys.KeyFormat.OPENSSH_PUBLIC
    assert keys.fingerprint(loaded.public_key) == fingerprints["id_rsa.pub.pem"]


def test_windows_line_endings_and_bom_on_a_pem_key_load(made, fingerprints):
    data = b"\xef\xbb\xbf" + (made / "traditional_des3.pem").read_bytes().replace(b"\n", b"\r\n")
    loaded = keys.load_key(data, PW, name="id_rsa.pem")
    assert loaded.encrypted and loaded.cipher == "DES-EDE3-CBC"
    assert keys.fingerprint(loaded.public_key) == fingerprints["traditional_des3.pem.pub.pem"]


# --- PuTTY ---------------------------------------------------------------------------------


def test_putty_ppk_is_refused_with_the_conversion_command(made, fingerprints, tmp_path):
    ppk = made / "id.ppk"
    with pytest.raises(keys.UnsupportedKey) as refused:
        keys.load_key(ppk.read_bytes(), name="id.ppk")
    message = str(refused.value)
    assert "id.ppk" in message and "PuTTY" in message
    assert "PuTTYgen" in message
    assert "puttygen KEY.ppk -O private-openssh -o id_rsa.pem" in message
    # Doing what the message says gives a key the workbench reads: the same key.
    converted = tmp_path / "id_rsa.pem"
    run_tool("puttygen", str(ppk), "-O", "private-openssh", "-o", str(converted))
    loaded = keys.load_key(converted.read_bytes(), name="id_rsa.pem")
    assert loaded.format is keys.KeyFormat.PKCS1_PEM
    assert loaded.bits == 2048
    assert keys.fingerprint(loaded.public_key) == fingerprints["traditional.pem.pub.pem"]


# --- passphrases -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ENCRYPTED_FORMS)
def test_wrong_passphrase_is_reported_as_such(made, name):
    with pytest.raises(keys.WrongPassphrase) as wrong:
        keys.load_key((made / name).read_bytes(), b"not the passphrase", name=name)
    assert f"The passphrase does not open {name}" in str(wrong.value)
    assert "not the passphrase" not in str(wrong.value)


@pytest.mark.parametrize("name", ENCRYPTED_FORMS)
def test_missing_passphrase_is_asked_for(made, name):
    with pytest.raises(keys.PassphraseNeeded) as needed:
        keys.load_key((made / name).read_bytes(), None, name=name)
    assert f"{name} is protected by a passphrase" in str(needed.value)
    assert "--passphrase-file" in str(needed.value)


@pytest.mark.parametrize("name", PLAIN_PRIVATE_FORMS)
def test_passphrase_for_a_plain_key_loads_with_a_note(made, fingerprints, name):
    loaded = keys.load_key((made / name).read_bytes(), PW, name=name)
    assert loaded.encrypted is False
    assert len(loaded.notes) == 1
    assert "not protected by a passphrase" in loaded.notes[0]
    assert "not needed" in loaded.notes[0]
    form = next(f for f in PRIVATE_FORMS if f.file == name)
    assert keys.fingerprint(loaded.public_key) == fingerprints[form.public]


def test_errors_are_bad_input_for_the_front_ends():
    for error in (keys.PassphraseNeeded, keys.WrongPassphrase, keys.NotAKey, keys.UnsupportedKey):
        assert issubclass(error, BadInput)


# --- files that are not keys ---------------------------------------------------------------


@pytest.fixture(scope="module")
def not_keys(made, tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("not_keys")
    (d / "notes.txt").write_text("Client ID: oamerchantam\nplease send the key by Friday\n")
    (d / "empty.pem").write_bytes(b"")
    (d / "blank.pem").write_text("\n  \n")
    (d / "download.pem").write_text(
        "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Log in</body></html>\n"
    )
    (d / "cred.txt").write_text("Client Secret: s3cr3t\n")
    key = made / "traditional.pem"
    for command in (
        f"openssl req -x509 -new -key {key} -subj /CN=partner -days 1 -out cert.pem",
        f"openssl req -new -key {key} -subj /CN=partner -out req.csr",
        "openssl enc -aes-256-cbc -salt -in cred.txt -out cred_file.enc -pass pass:k -md sha256",
        "openssl enc -aes-256-cbc -a -salt -in cred.txt -out cred_file.b64 -pass pass:k -md sha256",
        f"openssl pkcs12 -export -inkey {key} -in cert.pem -passout pass:abcd -out bundle.p12",
    ):
        tool(command, cwd=d)
    return d


@pytest.mark.parametrize(
    ("name", "error", "says"),
    [
        ("notes.txt", keys.NotAKey, "notes.txt is not a key file"),
        ("empty.pem", keys.NotAKey, "empty.pem is empty"),
        ("blank.pem", keys.NotAKey, "blank.pem is empty"),
        ("download.pem", keys.NotAKey, "download.pem is a web page"),
        ("cert.pem", keys.UnsupportedKey, "cert.pem is a certificate, not a key"),
        ("req.csr", keys.UnsupportedKey, "req.csr is a certificate request, not a key"),
        ("cred_file.enc", keys.NotAKey, "cred_file.enc is an encrypted credential file"),
        ("cred_file.b64", keys.NotAKey, "cred_file.b64 is an encrypted credential file"),
    ],
)
def test_not_a_key_says_what_the_file_is(not_keys, name, error, says):
    data = (not_keys / name).read_bytes()
    for passphrase in (None, PW):
        with pytest.raises(error) as refused:
            keys.load_key(data, passphrase, name=name)
        assert says in str(refused.value)
    with pytest.raises(error):
        keys.read_public_part(data, name=name)


def test_the_not_key_files_are_what_the_tools_write(not_keys):
    assert (not_keys / "cred_file.enc").read_bytes().startswith(b"Salted__")
    assert (not_keys / "cert.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")


def test_a_pkcs12_bundle_is_named_not_called_damaged(not_keys):
    """A .p12/.pfx (key + certificate, as Windows exports them) is intact: saying it is a
    damaged PKCS#8 key sends the user looking for another copy of a good file."""
    data = (not_keys / "bundle.p12").read_bytes()
    with pytest.raises(BadInput) as refused:
        keys.load_key(data, b"abcd", name="bundle.p12")
    message = str(refused.value)
    assert "damaged" not in message, message
    assert "PKCS#12" in message, message


def test_a_truncated_key_is_reported_as_damaged(made):
    lines = (made / "traditional.pem").read_bytes().splitlines(keepends=True)
    damaged = b"".join(lines[:5] + lines[-1:])
    with pytest.raises(keys.NotAKey) as refused:
        keys.load_key(damaged, name="id_rsa.pem")
    assert "damaged" in str(refused.value)


# --- keys that cannot serve the SOP --------------------------------------------------------


def test_ed25519_ssh_key_loads_but_fits_no_role(made):
    loaded = keys.load_key((made / "id_ed25519").read_bytes(), name="id_ed25519")
    assert loaded.format is keys.KeyFormat.OPENSSH
    assert loaded.algorithm == "Ed25519"
    assert loaded.bits is None
    fits = keys.role_fits(loaded)
    assert {fit.role for fit in fits} == {keys.Role.EXCHANGE, keys.Role.SIGNING}
    for fit in fits:
        assert fit.fits is False
        assert any("needs an RSA key" in remark for remark in fit.remarks)
    for role in keys.Role:
        with pytest.raises(keys.UnsupportedKey) as refused:
            keys.require_rsa(loaded, role, "id_ed25519")
        assert "Ed25519" in str(refused.value) and "RSA" in str(refused.value)
        with pytest.raises(keys.UnsupportedKey):
            keys.convert_pair(loaded, role, PW)
    public = keys.load_key((made / "id_ed25519.pub").read_bytes(), name="id_ed25519.pub")
    assert public.algorithm == "Ed25519"
    assert keys.fingerprint(public.public_key) == keys.fingerprint(loaded.public_key)


def test_a_2048_bit_key_fits_exchange_not_signing(made):
    loaded = keys.load_key((made / "traditional_des3.pem").read_bytes(), PW)
    fits = {fit.role: fit for fit in keys.role_fits(loaded)}
    assert fits[keys.Role.EXCHANGE].fits and fits[keys.Role.EXCHANGE].remarks == ()
    assert not fits[keys.Role.SIGNING].fits
    assert "RSA 4096" in " ".join(fits[keys.Role.SIGNING].remarks)


def test_a_plain_private_key_fits_exchange_with_a_remark_about_the_passphrase(made):
    loaded = keys.load_key((made / "traditional.pem").read_bytes())
    exchange = next(fit for fit in keys.role_fits(loaded) if fit.role is keys.Role.EXCHANGE)
    assert exchange.fits
    assert any("passphrase-protected" in remark for remark in exchange.remarks)


def test_require_rsa_refuses_a_public_key(made):
    public = keys.load_key((made / "public.pem").read_bytes())
    with pytest.raises(BadInput) as refused:
        keys.require_rsa(public, keys.Role.EXCHANGE, "id_rsa.pub.pem")
    assert "id_rsa.pub.pem is a public key" in str(refused.value)


# --- the public part without the passphrase ----------------------------------------------


def test_read_public_part_of_a_protected_openssh_key_needs_no_passphrase(made, fingerprints):
    data = (made / "id_rsa_protected").read_bytes()
    with pytest.raises(keys.PassphraseNeeded):
        keys.load_key(data)
    part = keys.read_public_part(data, name="id_rsa_protected")
    assert part is not None
    assert part.format is keys.KeyFormat.OPENSSH
    assert part.encrypted is True
    assert part.private_key is None
    assert part.bits == 2048
    assert keys.fingerprint(part.public_key) == fingerprints["id_rsa_protected.pub.pem"]


@pytest.mark.parametrize(
    "name",
    ["genrsa_des3.pem", "pkcs8_aes256.der", "traditional_des3.pem", "traditional_aes256.pem"],
)
def test_read_public_part_of_other_encrypted_keys_is_none(made, name):
    assert keys.read_public_part((made / name).read_bytes(), name=name) is None


@pytest.mark.parametrize("name", ["traditional.pem", "pkcs8.der", "id_rsa", "public.pem"])
def test_read_public_part_of_plain_keys_is_the_key(made, fingerprints, name):
    part = keys.read_public_part((made / name).read_bytes(), name=name)
    assert part is not None
    form = next(f for f in PRIVATE_FORMS + PUBLIC_FORMS if f.file == name)
    assert keys.fingerprint(part.public_key) == fingerprints[form.public]


# --- the SOP's key pairs, generated -------------------------------------------------------


def write_pair(pair: keys.KeyPairFiles, folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    private, public = folder / pair.private_name, folder / pair.public_name
    private.write_bytes(pair.private_pem)
    public.write_bytes(pair.public_pem)
    return private, public


@pytest.fixture(scope="module")
def pw_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pw") / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture(scope="module")
def exchange_generated(tmp_path_factory):
    pair = keys.generate_pair(keys.Role.EXCHANGE, PW)
    return pair, *write_pair(pair, tmp_path_factory.mktemp("exchange_generated"))


@pytest.fixture(scope="module")
def signing_plain(tmp_path_factory):
    pair = keys.generate_pair(keys.Role.SIGNING, None)
    return pair, *write_pair(pair, tmp_path_factory.mktemp("signing_plain"))


@pytest.fixture(scope="module")
def signing_protected(tmp_path_factory):
    pair = keys.generate_pair(keys.Role.SIGNING, PW)
    return pair, *write_pair(pair, tmp_path_factory.mktemp("signing_protected"))


def test_generated_exchange_pair_is_what_openssl_expects(exchange_generated, pw_file):
    pair, private, public = exchange_generated
    assert (pair.private_name, pair.public_name) == ("id_rsa.pem", "id_rsa.pub.pem")
    assert pair.private_pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----\n")
    assert b"RSA key ok" in tool(f"openssl rsa -in {private} -passin file:{pw_file} -check -noout")
    text = tool(f"openssl rsa -in {private} -passin file:{pw_file} -text -noout")
    assert b"Private-Key: (2048 bit" in text
    assert pair.public_pem.startswith(b"-----BEGIN PUBLIC KEY-----\n")
    tool(f"openssl pkey -pubin -in {public} -noout")
    assert openssl_fingerprint(public) == pair.fingerprint_sha256
    # openssl derives the very same public key file from the private key.
    derived = tool(f"openssl pkey -in {private} -passin file:{pw_file} -pubout")
    assert derived == pair.public_pem == public.read_bytes()


def test_generated_exchange_key_needs_its_passphrase_in_openssl(exchange_generated):
    _, private, _ = exchange_generated
    assert openssl_refuses(f"rsa -in {private} -passin pass:wrong-one -noout")


def test_generated_exchange_key_reads_back_and_fits_its_role(exchange_generated):
    pair, _, _ = exchange_generated
    loaded = keys.load_key(pair.private_pem, PW)
    assert loaded.format is keys.KeyFormat.PKCS8_ENCRYPTED_PEM
    assert loaded.cipher == "AES-256-CBC"
    info = keys.describe(loaded)
    assert info.fingerprint_sha256 == pair.fingerprint_sha256
    exchange = next(fit for fit in info.roles if fit.role is keys.Role.EXCHANGE)
    assert exchange.fits and exchange.remarks == ()
    public = keys.describe(keys.load_key(pair.public_pem))
    assert public.fingerprint_sha256 == pair.fingerprint_sha256
    assert next(fit for fit in public.roles if fit.role is keys.Role.EXCHANGE).remarks == ()


def test_generated_signing_pair_is_what_openssl_expects(signing_plain):
    pair, private, public = signing_plain
    assert (pair.private_name, pair.public_name) == ("private.pem", "public.pem")
    assert pair.private_pem.startswith(b"-----BEGIN RSA PRIVATE KEY-----\n")
    assert b"Proc-Type" not in pair.private_pem
    assert b"RSA key ok" in tool(f"openssl rsa -in {private} -check -noout")
    assert b"Private-Key: (4096 bit" in tool(f"openssl rsa -in {private} -text -noout")
    assert pair.public_pem.startswith(b"-----BEGIN RSA PUBLIC KEY-----\n")
    public_text = tool(f"openssl rsa -RSAPublicKey_in -pubin -in {public} -noout -text")
    assert b"Public-Key: (4096 bit" in public_text
    # Byte-identical to what the SOP's `openssl rsa -RSAPublicKey_out` writes.
    assert tool(f"openssl rsa -in {private} -RSAPublicKey_out") == pair.public_pem
    assert openssl_fingerprint(public) == pair.fingerprint_sha256


def test_generated_signing_key_with_a_passphrase_opens_in_openssl(signing_protected, pw_file):
    pair, private, public = signing_protected
    assert pair.private_pem.startswith(b"-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n")
    opened = tool(f"openssl rsa -in {private} -passin file:{pw_file} -text -noout")
    assert b"Private-Key: (4096 bit" in opened
    assert openssl_refuses(f"rsa -in {private} -passin pass:wrong-one -noout")
    derived = tool(f"openssl rsa -in {private} -passin file:{pw_file} -RSAPublicKey_out")
    assert derived == pair.public_pem == public.read_bytes()
    loaded = keys.load_key(pair.private_pem, PW)
    assert loaded.encrypted and loaded.format is keys.KeyFormat.PKCS1_PEM
    assert next(f for f in keys.role_fits(loaded) if f.role is keys.Role.SIGNING).fits


@pytest.mark.parametrize("role", list(keys.Role))
@pytest.mark.parametrize("passphrase", [b"", b"a", b"abc"])
def test_a_passphrase_shorter_than_4_bytes_is_refused(role, passphrase):
    with pytest.raises(BadInput) as refused:
        keys.generate_pair(role, passphrase)
    assert "too short" in str(refused.value)
    assert "4" in str(refused.value)


def test_a_4_byte_passphrase_is_enough_for_openssl(tmp_path):
    pair = keys.generate_pair(keys.Role.EXCHANGE, b"abcd")
    private, _ = write_pair(pair, tmp_path)
    tool(f"openssl rsa -in {private} -passin pass:abcd -check -noout")


def test_exchange_pair_without_passphrase_is_refused():
    with pytest.raises(BadInput) as refused:
        keys.generate_pair(keys.Role.EXCHANGE, None)
    assert "passphrase" in str(refused.value)


# --- converting a key the partner already has ---------------------------------------------


def test_convert_an_ssh_keygen_key_that_openssl_cannot_read(made, fingerprints, tmp_path, pw_file):
    id_rsa = made / "id_rsa"
    assert openssl_refuses(f"rsa -in {id_rsa} -noout"), "openssl reads OpenSSH keys now"
    loaded = keys.load_key(id_rsa.read_bytes(), name="id_rsa")
    original = fingerprints["id_rsa.pub.pem"]

    exchange = keys.convert_pair(loaded, keys.Role.EXCHANGE, PW)
    private, public = write_pair(exchange, tmp_path / "exchange")
    assert exchange.private_pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    tool(f"openssl rsa -in {private} -passin file:{pw_file} -check -noout")
    assert openssl_fingerprint(public) == original == exchange.fingerprint_sha256
    derived = tool(f"openssl pkey -in {private} -passin file:{pw_file} -pubout")
    assert derived == public.read_bytes()

    signing = keys.convert_pair(loaded, keys.Role.SIGNING, None)
    private, public = write_pair(signing, tmp_path / "signing")
    assert signing.private_pem.startswith(b"-----BEGIN RSA PRIVATE KEY-----")
    assert tool(f"openssl rsa -in {private} -RSAPublicKey_out") == public.read_bytes()
    assert openssl_fingerprint(public) == original == signing.fingerprint_sha256


def test_convert_a_protected_ssh_keygen_key(made, fingerprints, tmp_path, pw_file):
    loaded = keys.load_key((made / "id_rsa_protected").read_bytes(), PW)
    pair = keys.convert_pair(loaded, keys.Role.EXCHANGE, b"a new passphrase")
    private, public = write_pair(pair, tmp_path)
    tool(f"openssl rsa -in {private} -passin 'pass:a new passphrase' -check -noout")
    assert openssl_fingerprint(public) == fingerprints["id_rsa_protected.pub.pem"]


def test_convert_to_exchange_needs_a_passphrase(made):
    loaded = keys.load_key((made / "id_rsa").read_bytes())
    with pytest.raises(BadInput) as refused:
        keys.convert_pair(loaded, keys.Role.EXCHANGE, None)
    assert "passphrase" in str(refused.value)
    with pytest.raises(BadInput, match="too short"):
        keys.convert_pair(loaded, keys.Role.EXCHANGE, b"abc")


def test_convert_a_public_key_is_refused(made):
    public = keys.load_key((made / "id_rsa.pub").read_bytes())
    with pytest.raises(BadInput, match="public key"):
        keys.convert_pair(public, keys.Role.SIGNING, None)
