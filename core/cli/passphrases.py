"""Where the command line gets a passphrase: a file, an environment variable, or a prompt.

Never an argument: arguments land in shell history and in every process listing.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from core.errors import BadInput
from core.input_files import SECRET_FILE_LIMIT, read_input_file

KEY_PASSPHRASE_ENV = "WORKBENCH_PASSPHRASE"
NEW_PASSPHRASE_ENV = "WORKBENCH_NEW_PASSPHRASE"


def first_line_of(path: Path, what: str, option: str) -> bytes:
    """The first line of a secret's file, without its line ending (CR LF too: files made on
    Windows would otherwise carry an invisible CR into the secret)."""
    content = read_input_file(
        path, f"the {what} file", SECRET_FILE_LIMIT, fix=f"Check the path given to {option}."
    )
    line = content.split(b"\n", 1)[0].removesuffix(b"\r")
    if not line:
        raise BadInput(
            f"The {what} file {path} is empty (its first line holds nothing).",
            f"Write the {what} on the first line of the file.",
        )
    return line


def environment_bytes(name: str) -> bytes | None:
    """An environment variable's value as the bytes the shell set, or None if unset.

    `os.environ` decodes undecodable bytes (a passphrase typed in a Latin-1 terminal) into
    lone surrogates, which `.encode("utf-8")` refuses with a traceback; `os.fsencode`
    gives the original bytes back, so they reach OpenSSL as a file would give them.
    """
    value = os.environ.get(name)
    return None if value is None else os.fsencode(value)


def passphrase_from_file(path: Path) -> bytes:
    return first_line_of(path, "passphrase", "--passphrase-file")


def can_prompt() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def get_passphrase(
    file: Path | None,
    env_var: str,
    *,
    prompt: str,
    confirm: bool = False,
) -> bytes | None:
    """A passphrase from the first source that has one, or None if none has.

    `confirm` asks twice when prompting, for passphrases that protect a new key: a typo
    there would lock the user out of the key for good.
    """
    if file is not None:
        return passphrase_from_file(file)
    from_env = environment_bytes(env_var)
    if from_env:
        return from_env
    if not can_prompt():
        return None
    first = getpass.getpass(prompt)
    if confirm:
        again = getpass.getpass("Type it again: ")
        if again != first:
            raise BadInput(
                "The two passphrases differ; nothing was written.", "Run the command again."
            )
    if not first:
        raise BadInput("No passphrase was typed; nothing was written.", "Run the command again.")
    return first.encode("utf-8")
