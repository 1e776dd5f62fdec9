"""`core.texts`: a message from core is its English string (what the command line prints
and the tests assert) and also remembers its template and values, so that the window can
translate it. Nothing here imports Qt."""

from __future__ import annotations

import copy
import pickle
import re
from pathlib import Path

import pytest

from core import keys
from core.errors import BadInput
from core.texts import QT_TRANSLATE_NOOP, Text, english


def test_a_text_is_its_english_formatting():
    text = QT_TRANSLATE_NOOP("core", "{name} is {size:,} bytes, not {want}.").format(
        name="key.bin.enc", size=1234, want=256
    )
    assert isinstance(text, str)
    assert text == "key.bin.enc is 1,234 bytes, not 256."
    assert str(text) == "{name} is {size:,} bytes, not {want}.".format(
        name="key.bin.enc", size=1234, want=256
    )
    assert text.template == "{name} is {size:,} bytes, not {want}."
    assert text.values == {"name": "key.bin.enc", "size": 1234, "want": 256}
    assert text.context == "core"
    assert f"error: {text}" == "error: key.bin.enc is 1,234 bytes, not 256."
    assert type(english(text)) is str and english(text) == text


def test_a_text_without_values_is_its_template():
    text = QT_TRANSLATE_NOOP("core", "Write each account as {...}.")
    assert text == "Write each account as {...}."  # no values: never put through format
    assert text.values == {}


def test_nested_texts_keep_their_own_template_and_values():
    what = QT_TRANSLATE_NOOP("core", "a PEM file of the kind '{label}', which is not a key")
    inner = what.format(label="X509 CRL")
    outer = QT_TRANSLATE_NOOP("core", "{name} is {what}.").format(name="crl.pem", what=inner)
    assert outer == "crl.pem is a PEM file of the kind 'X509 CRL', which is not a key."
    assert outer.values["what"] is inner
    assert inner.template == what.template and inner.values == {"label": "X509 CRL"}
    assert what.values == {}  # .format made a new text; the marker itself is unchanged


def test_copies_and_pickles_keep_the_template():
    text = QT_TRANSLATE_NOOP("core", "{name} is empty.").format(name="cred_file.enc")
    for again in (copy.copy(text), copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert again == "cred_file.enc is empty."
        assert isinstance(again, Text)
        assert again.template == "{name} is empty." and again.values == {"name": "cred_file.enc"}


def test_a_core_error_carries_translatable_problem_and_fix():
    with pytest.raises(keys.NotAKey) as caught:
        keys.load_key(b"   \n", name="id_rsa.pem")
    error = caught.value
    assert str(error) == (
        "id_rsa.pem is empty.\nChoose the key file itself; it may not have been saved."
    )
    assert isinstance(error.problem, Text) and isinstance(error.fix, Text)
    assert error.problem.template == "{name} is empty."
    assert error.problem.values == {"name": "id_rsa.pem"}
    assert error.fix.values == {}


def test_a_nested_value_comes_from_core_too():
    pem = b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
    with pytest.raises(BadInput) as caught:
        keys.load_key(pem, name="cert.pem")
    problem = caught.value.problem
    assert problem == "cert.pem is a certificate, not a key."
    assert problem.template == "{name} is {what}."
    assert isinstance(problem.values["what"], Text)
    assert problem.values["what"].template == "a certificate, not a key"


def test_core_does_not_import_qt():
    """`core.texts` is the bridge to the window's translations, and core stays Qt-free."""
    core = Path(__file__).resolve().parent.parent / "core"
    importing_qt = [
        str(path.relative_to(core))
        for path in sorted(core.rglob("*.py"))
        if re.search(r"^\s*(from|import) PySide6", path.read_text(encoding="utf-8"), re.M)
    ]
    assert not importing_qt, importing_qt
