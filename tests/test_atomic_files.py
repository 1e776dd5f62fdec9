"""Key and credential files land whole, with the right mode, or not at all."""

from __future__ import annotations

import stat

import pytest

from core.atomic_files import PUBLIC_MODE, FileToWrite, write_files
from core.errors import BadInput, FileExists
from tests.conftest import files_in


def test_files_land_with_their_modes(tmp_path):
    write_files([FileToWrite(tmp_path / "k.pem", b"private"),
                 FileToWrite(tmp_path / "k.pub", b"public", PUBLIC_MODE)])  # fmt: skip
    assert (tmp_path / "k.pem").read_bytes() == b"private"
    assert stat.S_IMODE((tmp_path / "k.pem").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "k.pub").stat().st_mode) == 0o644
    assert files_in(tmp_path) == {"k.pem", "k.pub"}  # no temporary files left


def test_an_existing_file_stops_the_whole_set(tmp_path):
    (tmp_path / "k.pub").write_bytes(b"old")
    with pytest.raises(FileExists, match=r"k\.pub"):
        write_files(
            [FileToWrite(tmp_path / "k.pem", b"new"), FileToWrite(tmp_path / "k.pub", b"new")]
        )
    assert files_in(tmp_path) == {"k.pub"}
    assert (tmp_path / "k.pub").read_bytes() == b"old"


def test_overwrite_replaces(tmp_path):
    (tmp_path / "k.pem").write_bytes(b"old")
    write_files([FileToWrite(tmp_path / "k.pem", b"new")], overwrite=True)
    assert (tmp_path / "k.pem").read_bytes() == b"new"
    assert stat.S_IMODE((tmp_path / "k.pem").stat().st_mode) == 0o600


def test_a_failure_on_the_second_file_leaves_nothing(tmp_path):
    (tmp_path / "blocker").write_bytes(b"a file where a folder should be")
    with pytest.raises(BadInput, match="Could not write"):
        write_files([FileToWrite(tmp_path / "k.pem", b"private"),
                     FileToWrite(tmp_path / "blocker" / "k.pub", b"public")])  # fmt: skip
    assert files_in(tmp_path) == {"blocker"}


def test_missing_folders_are_made(tmp_path):
    write_files([FileToWrite(tmp_path / "a" / "b" / "k.pem", b"x")])
    assert (tmp_path / "a" / "b" / "k.pem").read_bytes() == b"x"
