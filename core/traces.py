"""Traces of journal entries: curl commands for bash, cmd and PowerShell, HAR and JSON Lines.

OVO's SOP asks partners to keep a backend log "as curl": when a top-up goes wrong, OVO's
engineers want a command they can run and the answer it got. So a curl command here must
reproduce the request exactly as it was sent (method, URL, every header in order, the body
byte for byte) when pasted into the shell it was made for, whatever the values contain.
HAR opens the same exchanges in browser tools, Postman and Insomnia; JSON Lines keeps
every field for scripts.

Entries are already redacted: an access token appears only as its mark
(`<token sha256:1a2b3c4d>`). Every rendering keeps the mark unless the caller hands over
the live token, and then only a token whose mark matches is put back.

How each shell is handled, and which of its rules the rendering relies on, is written on
`_bash_command`, `_cmd_command` and `_powershell_command`.
"""

from __future__ import annotations

import base64
import dataclasses
import http
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from core.atomic_files import FileToWrite, write_files
from core.errors import BadInput
from core.journal_entry import TOKEN_MARK_RE, JournalEntry, Outcome, token_mark
from core.snap.timestamps import format_timestamp
from core.texts import QT_TRANSLATE_NOOP

__all__ = [
    "HAR_CREATOR",
    "Shell",
    "answer_text",
    "curl_command",
    "har",
    "jsonl_lines",
    "trace_text",
    "write_har",
    "write_jsonl",
]

HAR_CREATOR = "OVO SNAP Workbench"
HTTP_VERSION = "HTTP/1.1"  # what httpx speaks to OVO; the journal does not record it
CMD_INLINE_BODY_LIMIT = 4000  # as rendered; cmd takes at most 8191 characters a command
_TOKEN_MARK_BYTES_RE = re.compile(TOKEN_MARK_RE.pattern.encode())


class Shell(Enum):
    """The shell a curl command is written for; each quotes differently."""

    BASH = "bash"  # also right for zsh
    CMD = "cmd"  # Windows cmd.exe
    POWERSHELL = "powershell"  # Windows PowerShell 5.1 and PowerShell 7.x on Windows

    @property
    def comment(self) -> str:
        return "REM" if self is Shell.CMD else "#"


# --- the request as curl must send it --------------------------------------------------


@dataclass(frozen=True)
class _Request:
    """What curl is told: `headers` are already in the form curl's `-H` takes."""

    method: str
    url: str
    headers: list[str]
    body: bytes
    entry_id: int

    @property
    def needs_globoff(self) -> bool:
        # curl expands {a,b} and [1-9] in URLs unless told not to.
        return any(ch in self.url for ch in "[]{}")


def _marks_in(entry: JournalEntry) -> set[str]:
    marks = {m.group(0) for m in TOKEN_MARK_RE.finditer(entry.url)}
    for name, value in entry.request_headers.items():
        marks.update(m.group(0) for m in TOKEN_MARK_RE.finditer(f"{name}: {value}"))
    marks.update(m.group(0).decode() for m in _TOKEN_MARK_BYTES_RE.finditer(entry.request_body))
    return marks


def _check_token(entry: JournalEntry, token: str) -> str:
    """The mark `token` replaces; refuses a token the entry was not sent with, because a
    command that mixes tokens would fail at OVO for a reason nobody sees in the log."""
    mark = token_mark(token)
    others = sorted(_marks_in(entry) - {mark})
    if others:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core",
                "This entry was sent with another access token ({others}), not "
                "the one given ({mark}).",
            ).format(others=", ".join(others), mark=mark),
            QT_TRANSLATE_NOOP(
                "core",
                "Reveal it with the token it was sent with, or copy the masked "
                "command and put a current token into its Authorization header "
                "(the old one may have expired).",
            ),
        )
    return mark


def _curl_header(name: str, value: str) -> str:
    """`Name: value` for curl's -H. curl reads `Name:` with nothing (or only blanks) after
    the colon as "remove this header", so an empty value is written `Name;`, which curl
    sends as an empty header."""
    if value.strip(" \t") == "":
        return f"{name};"
    return f"{name}: {value}"


def _request(entry: JournalEntry, token: str | None) -> _Request:
    method, url, body = entry.method, entry.url, entry.request_body
    headers = [_curl_header(n, v) for n, v in entry.request_headers.items()]
    if token is not None:
        mark = _check_token(entry, token)
        url = url.replace(mark, token)
        headers = [h.replace(mark, token) for h in headers]
        body = body.replace(mark.encode(), token.encode())
    for what, text in [("method", method), ("URL", url), *(("header", h) for h in headers)]:
        if "\0" in text:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The request's {what} contains a NUL character, which no program "
                    "can be given on its command line.",
                ).format(what=what),
                QT_TRANSLATE_NOOP(
                    "core",
                    "This entry cannot be turned into a curl command; export it as "
                    "HAR or JSON Lines instead.",
                ),
            )
    return _Request(method, url, headers, body, entry.id)


def curl_command(
    entry: JournalEntry, shell: Shell = Shell.BASH, *, token: str | None = None
) -> str:
    """A curl command that sends this entry's request again, exactly, from `shell`.

    Masked by default: the access token stays `<token sha256:...>`. With `token`, every
    mark of that token is replaced by it, so the command runs as is; a token the entry was
    not sent with is refused (`BadInput`).
    """
    request = _request(entry, token)
    render = {
        Shell.BASH: _bash_command,
        Shell.CMD: _cmd_command,
        Shell.POWERSHELL: _powershell_command,
    }[shell]
    return render(request)


def _curl_arguments(request: _Request, quote: Callable[[str], str], data: list[str]) -> list[str]:
    """The lines of a curl invocation after `curl`: each element is one shell line. `-sS`:
    no progress meter in the middle of the answer, but errors still shown."""
    first = ["-sS", "-X", quote(request.method)]
    if request.needs_globoff:
        first.append("--globoff")
    first.append(quote(request.url))
    return [" ".join(first), *(f"-H {quote(h)}" for h in request.headers), *data]


# --- bash -------------------------------------------------------------------------------

# Words bash and zsh take literally without quotes (no `=`: zsh expands a leading one).
_BASH_BARE = re.compile(r"[A-Za-z0-9_@%+:,./-]+")


def _bash_needs_ansi_c(ch: str) -> bool:
    """Characters that single quotes would carry but a terminal paste would not: control
    characters (a tab triggers completion, a carriage return ends the line) and the raw
    bytes of a body that is not UTF-8 (carried here as surrogate escapes)."""
    if "\udc80" <= ch <= "\udcff":
        return True
    return ch != "\n" and unicodedata.category(ch) == "Cc"


def _octal_bytes(data: bytes) -> str:
    return "".join(f"\\{b:03o}" for b in data)


def _bash_ansi_c(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\'":
            out.append("\\" + ch)
        elif "\udc80" <= ch <= "\udcff":
            out.append(_octal_bytes(bytes([ord(ch) - 0xDC00])))
        elif unicodedata.category(ch) == "Cc":
            out.append(_octal_bytes(ch.encode()))
        else:
            out.append(ch)
    return "$'" + "".join(out) + "'"


def _bash_quote(text: str) -> str:
    if _BASH_BARE.fullmatch(text):
        return text
    if any(_bash_needs_ansi_c(ch) for ch in text):
        return _bash_ansi_c(text)
    return "'" + text.replace("'", "'\\''") + "'"


def _printf_format(data: bytes) -> str:
    """A printf format that prints exactly `data`, NUL bytes included."""
    out = []
    for b in data:
        if b == 0x25:  # %
            out.append("%%")
        elif b == 0x5C:  # backslash
            out.append("\\\\")
        elif 0x20 <= b < 0x7F and b != 0x27:  # printable ASCII but the single quote
            out.append(chr(b))
        else:
            out.append(_octal_bytes(bytes([b])))
    return "'" + "".join(out) + "'"


def _bash_command(request: _Request) -> str:
    r"""bash (and zsh).

    Rules relied on (bash manual, "Quoting"): inside single quotes every character is
    literal, a newline included, and `'` cannot occur, so it is written `'\''`. Control
    characters and non-UTF-8 bytes, which would not survive a paste into a terminal, use
    ANSI-C quoting `$'...'` with three-digit octal escapes (bash and zsh). A body is given
    with `--data-raw`, which curl sends as is; unlike `--data-binary` it does not read a
    file when the body starts with `@`. A body holding a NUL byte cannot be an argument at
    all: it is printed by `printf` into curl's standard input (`--data-binary @-`).
    """
    prefix, data = "", []
    if b"\0" in request.body:
        prefix = f"printf -- {_printf_format(request.body)} | "
        data = ["--data-binary @-"]
    elif request.body:
        text = request.body.decode("utf-8", errors="surrogateescape")
        data = [f"--data-raw {_bash_quote(text)}"]
    lines = _curl_arguments(request, _bash_quote, data)
    return f"{prefix}curl " + " \\\n  ".join(lines)


# --- Windows: what may be passed on a command line --------------------------------------


def _is_printable_ascii(text: str) -> bool:
    return all(" " <= ch <= "~" for ch in text)


def _header_name(header: str) -> str:
    return re.split(r"[:;]", header, maxsplit=1)[0]


def _refuse_on_windows(what: str, shell: Shell) -> BadInput:
    return BadInput(
        QT_TRANSLATE_NOOP(
            "core",
            "The request's {what} holds characters that cannot be passed "
            "exactly to curl.exe from {shell}.",
        ).format(what=what, shell=shell.value),
        QT_TRANSLATE_NOOP(
            "core",
            "Copy the bash rendering instead (it runs in Git Bash or WSL on "
            "Windows), or export the entry as HAR.",
        ),
    )


def _windows_check(request: _Request, shell: Shell, inline_ok: Callable[[str], bool]) -> None:
    """URL and method must go on the command line; a header that cannot goes through a
    header file, unless it holds a control character other than tab: HTTP forbids those
    in a header, and curl's header file (one header a line, read in text mode on Windows)
    could not carry them."""
    if not inline_ok(request.url):
        raise _refuse_on_windows("URL", shell)
    if not re.fullmatch(r"[A-Za-z]+", request.method):
        raise _refuse_on_windows("method", shell)
    for header in request.headers:
        if any(ch != "\t" and unicodedata.category(ch) == "Cc" for ch in header):
            raise _refuse_on_windows(f"header {_header_name(header)}", shell)


def _windows_first_line(request: _Request, quote: Callable[[str], str]) -> str:
    globoff = ["--globoff"] if request.needs_globoff else []
    return " ".join(["-sS", "-X", request.method, *globoff, quote(request.url)])


# --- cmd.exe ----------------------------------------------------------------------------

_CMD_BARE = re.compile(r"[A-Za-z0-9_@+:./-]+")
_CMD_SPECIAL = frozenset('^&|<>()"')


def _msvcrt_quote(arg: str) -> str:
    """`arg` in double quotes as the Microsoft C runtime (and CommandLineToArgvW) splits a
    command line: backslashes are literal unless they precede a `"`; 2n backslashes and a
    `"` give n backslashes and end the quoted part; 2n+1 backslashes and a `"` give n
    backslashes and a literal `"`."""
    out, backslashes = ['"'], 0
    for ch in arg:
        if ch == "\\":
            backslashes += 1
            continue
        if ch == '"':
            out.append("\\" * (2 * backslashes + 1) + '"')
        else:
            out.append("\\" * backslashes + ch)
        backslashes = 0
    out.append("\\" * (2 * backslashes) + '"')
    return "".join(out)


def _cmd_caret_escape(text: str) -> str:
    """Every character cmd treats specially gets a caret, `"` included, so cmd's quote
    state never turns on and every caret is honoured; and the character after each `%`
    gets a caret, so each `%` is followed by `^` when cmd expands variables."""
    out, after_percent = [], False
    for ch in text:
        out.append("^" + ch if ch in _CMD_SPECIAL or after_percent else ch)
        after_percent = ch == "%"
    return "".join(out)


def _cmd_arg(arg: str) -> str:
    if _CMD_BARE.fullmatch(arg):
        return arg
    quoted = _msvcrt_quote(arg)
    if '"' not in arg and "%" not in arg:
        return quoted  # inside cmd's quotes ^ & | < > ( ) are literal
    return _cmd_caret_escape(quoted)


def _cmd_comment_end(text: str) -> str:
    """A REM line's text that cannot reach into the next line. cmd ignores the rest of a
    REM line, but a caret at its very end would append the following line (the curl
    command) to the remark; so would a `%NAME%` at the end whose value ends in a caret."""
    return text + "." if text.endswith(("^", "%")) else text


def _cmd_file_lines(data: bytes, name: str) -> tuple[list[str], list[str]]:
    """Lines that write `data` byte for byte to %TEMP%\\<name>: its base64 text is echoed
    into a file and decoded by certutil, which every Windows has. `echo(` is the form of
    echo that prints any text, even text like "ON" or "/?". Returns the lines and the
    (quoted) temporary files to delete afterwards."""
    b64_path, path = f'"%TEMP%\\{name}.b64"', f'"%TEMP%\\{name}"'
    encoded = base64.b64encode(data).decode()
    chunks = [encoded[i : i + 64] for i in range(0, len(encoded), 64)] or [""]
    lines = [f"{'>' if i == 0 else '>>'}{b64_path} echo({chunk}" for i, chunk in enumerate(chunks)]
    lines.append(f"certutil -f -decode {b64_path} {path}")
    return lines, [b64_path, path]


def _cmd_body_argument(body: bytes) -> str | None:
    """The body as a cmd argument, when it can go on the command line at all."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not body or not _is_printable_ascii(text):
        return None
    argument = _cmd_arg(text)
    return argument if len(argument) <= CMD_INLINE_BODY_LIMIT else None


def _cmd_command(request: _Request) -> str:
    r"""cmd.exe, typed or pasted at the prompt (command-line mode, not a batch file).

    Rules relied on (the parser as described by dbenham and jeb in "How does the Windows
    Command Interpreter (CMD.EXE) parse scripts?", stackoverflow.com/questions/4094699):
    1. `%NAME%` is expanded first, over the whole line, inside quotes too; on the command
       line an undefined NAME is left as it is, and `%%` is no escape. So every `%` of a
       value is followed by `^`: the name cmd looks up then starts with `^`, which no
       variable has (none exists by default), and the caret is removed in step 2. (A caret
       before the closing `%` instead would leave `%PATH:~0,4^%` an edit of PATH.)
    2. Then, outside double quotes, `^` makes the next character literal and is removed;
       a `"` toggles the quote state unless it is escaped as `^"`; inside quotes
       `^ & | < > ( )` are literal. A value without `"` or `%` is simply put in quotes; any
       other value has every `"` and special character caret-escaped, so the quote state
       never turns on (the technique of winbox-args' "Caret escaping meta characters").
       `^` at the end of a line continues the command on the next line.
    3. cmd hands the rest of the line to curl.exe, whose C runtime splits it (see
       `_msvcrt_quote`).
    Delayed expansion (`!`) is assumed off, cmd's default. Line breaks, control and
    non-ASCII characters cannot be passed exactly on cmd's command line, so such a body, or
    header, is written byte for byte to a file under %TEMP% first (base64 and certutil),
    and the lines doing so are explained by a REM line.
    """
    _windows_check(request, Shell.CMD, _is_printable_ascii)
    before: list[str] = []
    temp_files: list[str] = []
    args = [_windows_first_line(request, _cmd_arg)]
    for n, header in enumerate(request.headers, start=1):
        if _is_printable_ascii(header):
            args.append(f"-H {_cmd_arg(header)}")
            continue
        name = f"ovo-snap-{request.entry_id}-header{n}.txt"
        lines, files = _cmd_file_lines(header.encode(), name)
        before += [
            f"REM Header {n} has characters cmd cannot pass on: it goes through a file.",
            *lines,
        ]
        temp_files += files
        args.append(f'-H "@%TEMP%\\{name}"')
    body_argument = _cmd_body_argument(request.body)
    if body_argument is not None:
        args.append(f"--data-raw {body_argument}")
    elif request.body:
        name = f"ovo-snap-{request.entry_id}-body.bin"
        lines, files = _cmd_file_lines(request.body, name)
        before += [
            "REM The body has line breaks or characters cmd cannot pass on: it is "
            "written byte for byte to a file first.",
            *lines,
        ]
        temp_files += files
        args.append(f'--data-binary "@%TEMP%\\{name}"')
    after = [f"del {' '.join(temp_files)}"] if temp_files else []
    return "\n".join([*before, "curl.exe " + " ^\n  ".join(args), *after])


# --- PowerShell -------------------------------------------------------------------------

_PS_SINGLE_QUOTES = frozenset("'\u2018\u2019\u201a\u201b")
_PS_ESCAPES = {"\n": '"`n"', "\r": '"`r"', "\t": '"`t"'}


def _ps_literal(text: str) -> str:
    """A single-quoted PowerShell string: everything is literal, and each single quote
    (PowerShell also takes the typographic ones, U+2018 to U+201B, as quotes) is doubled.
    Only ASCII reaches it today; the typographic quotes are doubled should that change."""
    return "'" + "".join(ch * 2 if ch in _PS_SINGLE_QUOTES else ch for ch in text) + "'"


def _ps_arg_inline(text: str) -> bool:
    """Passed identically by every PowerShell argument mode (see `_powershell_command`)."""
    return bool(text) and _is_printable_ascii(text) and '"' not in text and not text.endswith("\\")


def _ps_char_pieces(ch: str) -> list[str]:
    if ch in _PS_ESCAPES:
        return [_PS_ESCAPES[ch]]
    units = ch.encode("utf-16-le")
    return [
        f"[char]0x{int.from_bytes(units[i : i + 2], 'little'):04X}" for i in range(0, len(units), 2)
    ]


def _ps_string_expression(text: str) -> str:
    """`text` as a PowerShell expression made only of ASCII: literal runs in single quotes,
    line breaks as "`n", other characters as [char]0xHHHH. Nothing depends on the line
    endings or the encoding of the pasted or saved script (a here-string would take its
    line breaks from the script file, and Windows PowerShell reads a .ps1 without BOM as
    ANSI). After each line break of the text the expression continues on a new line,
    which PowerShell allows after a `+`."""
    terms: list[tuple[str, bool]] = []  # (term, a line break follows)
    run: list[str] = []
    for ch in text + "\n":  # the sentinel flushes the last run; its own terms are dropped
        if " " <= ch <= "~":
            run.append(ch)
            continue
        if run:
            terms.append((_ps_literal("".join(run)), False))
            run = []
        terms += [(piece, ch == "\n") for piece in _ps_char_pieces(ch)]
    terms.pop()
    if not terms or terms[0][0].startswith("[char]"):
        terms.insert(0, ("''", False))  # so that + joins strings, never adds char codes
    out = []
    for i, (term, line_break) in enumerate(terms):
        out.append(term)
        if i < len(terms) - 1:
            out.append(" +\n  " if line_break else " + ")
    return "".join(out)


def _ps_bytes_expression(data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return f"[Convert]::FromBase64String('{base64.b64encode(data).decode()}')"
    return f"[Text.Encoding]::UTF8.GetBytes({_ps_string_expression(text)})"


def _ps_file_lines(data: bytes, variable: str) -> list[str]:
    """Lines that write `data` byte for byte into a new temporary file named by $variable."""
    return [
        f"${variable} = [IO.Path]::GetTempFileName()",
        f"[IO.File]::WriteAllBytes(${variable}, {_ps_bytes_expression(data)})",
    ]


def _powershell_command(request: _Request) -> str:
    """PowerShell on Windows: Windows PowerShell 5.1 and PowerShell 7.x alike.

    `curl.exe`, because `curl` is an alias of Invoke-WebRequest in Windows PowerShell.
    Arguments are single-quoted strings: literal, `'` (and its typographic forms) doubled
    (about_Quoting_Rules). How PowerShell then builds curl.exe's command line depends on
    the version: up to 7.2 (and with $PSNativeCommandArgumentPassing = 'Legacy') it wraps an
    argument holding whitespace in double quotes without escaping embedded `"` (5.1 does
    not double trailing backslashes either); 7.3 and later ('Windows' mode, which treats
    curl.exe as 'Standard') escape properly (about_Parsing; PowerShell issue #1995). An
    argument of printable ASCII without `"`, not empty and not ending in a backslash comes
    out the same in every mode, so method, URL and headers are passed that way. The body
    (JSON: always quotes) never goes on the command line: it is written byte for byte to
    a temporary file with [IO.File]::WriteAllBytes and given as `--data-binary @file`.
    Piping it instead would not be exact: PowerShell re-encodes text sent to a native
    program ($OutputEncoding, ASCII by default in 5.1) and appends a newline. A header that
    cannot be passed safely goes through a header file (`-H @file`) the same way.
    """
    _windows_check(request, Shell.POWERSHELL, _ps_arg_inline)
    before: list[str] = []
    temp_vars: list[str] = []
    args = [_windows_first_line(request, _ps_literal)]
    for n, header in enumerate(request.headers, start=1):
        if _ps_arg_inline(header):
            args.append(f"-H {_ps_literal(header)}")
            continue
        variable = f"snapHeader{n}File"
        before += [
            f"# Header {n} cannot be passed safely as an argument: it goes through a file.",
            *_ps_file_lines(header.encode(), variable),
        ]
        temp_vars.append(variable)
        args.append(f'-H "@${variable}"')
    if request.body:
        before += _ps_file_lines(request.body, "snapBodyFile")
        temp_vars.append("snapBodyFile")
        args.append('--data-binary "@$snapBodyFile"')
    after = [f"Remove-Item -LiteralPath {', '.join('$' + v for v in temp_vars)}"]
    return "\n".join([*before, "curl.exe " + " `\n  ".join(args), *(after if temp_vars else [])])


# --- the answer and the trace -------------------------------------------------------------


def _reindent_json(text: str) -> str:
    """Valid JSON laid out with two-space indents, every token kept as it was received:
    numbers are not re-serialised and string escapes stay as the server wrote them."""
    out, depth, i = [], 0, 0
    closing = {"{": "}", "[": "]"}
    while i < len(text):
        ch = text[i]
        if ch == '"':
            end = i + 1
            while text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            out.append(text[i : end + 1])
            i = end + 1
            continue
        if ch in " \t\r\n":
            i += 1
            continue
        if ch in closing:
            after = i + 1
            while text[after] in " \t\r\n":
                after += 1
            if text[after] == closing[ch]:
                out.append(ch + closing[ch])
                i = after + 1
                continue
            depth += 1
            out.append(ch + "\n" + "  " * depth)
        elif ch in "}]":
            depth -= 1
            out.append("\n" + "  " * depth + ch)
        elif ch == ",":
            out.append(",\n" + "  " * depth)
        elif ch == ":":
            out.append(": ")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _readable_body(body: bytes) -> str:
    if not body:
        return ""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        encoded = base64.b64encode(body).decode()
        wrapped = "\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))
        return f"({len(body)} bytes that are not UTF-8 text, in base64:)\n{wrapped}"
    try:
        json.loads(text)
    except ValueError:
        return text
    return _reindent_json(text)


def _reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


def _status_line(status: int) -> str:
    return f"{HTTP_VERSION} {status} {_reason(status)}".rstrip()


def _no_answer_text(entry: JournalEntry) -> str:
    if entry.outcome is Outcome.PENDING:
        return (
            "no answer recorded: the request was sent, but neither an answer nor a failure "
            "was written (the call was still running, or the workbench stopped)"
        )
    if entry.outcome is Outcome.NOT_SENT:
        return f"not sent: {entry.message or 'could not connect'}"
    what = f"no answer: {entry.failure or 'unknown failure'}"
    if entry.elapsed is not None:
        what += f" after {entry.elapsed:.1f} s"
    return f"{what}\n{entry.message}" if entry.message else what


def answer_text(entry: JournalEntry) -> str:
    """The answer as the SOP's sample log shows it beneath the command: status line,
    headers, then the body (indented if it is JSON), or what happened instead."""
    if entry.status is None:
        return _no_answer_text(entry)
    lines = [_status_line(entry.status)]
    lines += [f"{name}: {value}" for name, value in entry.response_headers.items()]
    body = _readable_body(entry.response_body)
    return "\n".join(lines) + (f"\n\n{body}" if body else "")


def _iso_times(started: float) -> tuple[str, str]:
    moment = datetime.fromtimestamp(started, UTC)
    utc = moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{moment.microsecond // 1000:03d}Z"
    return format_timestamp(moment), utc


def _comment_line(shell: Shell, text: str) -> str:
    """`text` as one comment line: line breaks and control characters become spaces."""
    text = " ".join(text.splitlines())
    text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text).rstrip()
    if shell is Shell.CMD:
        text = _cmd_comment_end(text)
    return f"{shell.comment} {text}" if text else shell.comment


def trace_text(entry: JournalEntry, shell: Shell = Shell.BASH, token: str | None = None) -> str:
    """One exchange as a backend log shows it: a comment saying when (Jakarta and UTC),
    where and what came of it, the curl command, a blank line, and the answer.

    The answer's lines are commented out in the shell's own way: a trace pasted whole
    into a terminal then runs only the command, never text the server sent.
    """
    jakarta, utc = _iso_times(entry.started)
    header = f"{jakarta} ({utc}) {entry.environment}, {entry.service_title}: {entry.display}"
    answer = [_comment_line(shell, line) for line in answer_text(entry).split("\n")]
    command = curl_command(entry, shell, token=token)
    return "\n".join([_comment_line(shell, header), command, "", *answer])


# --- HAR 1.2 -------------------------------------------------------------------------------


def _header_list(headers: dict[str, str]) -> list[dict[str, str]]:
    return [{"name": name, "value": value} for name, value in headers.items()]


def _header(headers: dict[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def _text_or_base64(data: bytes) -> tuple[str, bool]:
    """(text, True) for UTF-8 bytes, else (base64 text, False)."""
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        return base64.b64encode(data).decode(), False


def _har_request(entry: JournalEntry) -> dict:
    request: dict = {
        "method": entry.method,
        "url": entry.url,
        "httpVersion": HTTP_VERSION,
        "cookies": [],
        "headers": _header_list(entry.request_headers),
        "queryString": [
            {"name": n, "value": v}
            for n, v in parse_qsl(urlsplit(entry.url).query, keep_blank_values=True)
        ],
        "headersSize": -1,
        "bodySize": len(entry.request_body),
    }
    if entry.request_body:
        text, is_text = _text_or_base64(entry.request_body)
        mime = _header(entry.request_headers, "content-type") or "application/octet-stream"
        request["postData"] = {"mimeType": mime, "text": text}
        if not is_text:
            # HAR 1.2 has no encoding for posted data; a custom field says it is base64.
            request["postData"]["_encoding"] = "base64"
    return request


def _har_response(entry: JournalEntry) -> dict:
    if entry.status is None:
        return {
            "status": 0,
            "statusText": "",
            "httpVersion": "",
            "cookies": [],
            "headers": [],
            "content": {"size": 0, "mimeType": "x-unknown"},
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": 0,
        }
    text, is_text = _text_or_base64(entry.response_body)
    content: dict = {
        "size": len(entry.response_body),
        "mimeType": _header(entry.response_headers, "content-type") or "x-unknown",
        "text": text,
    }
    if not is_text:
        content["encoding"] = "base64"
    return {
        "status": entry.status,
        "statusText": _reason(entry.status),
        "httpVersion": HTTP_VERSION,
        "cookies": [],
        "headers": _header_list(entry.response_headers),
        "content": content,
        "redirectURL": _header(entry.response_headers, "location") or "",
        "headersSize": -1,
        "bodySize": len(entry.response_body),
    }


def _har_entry(entry: JournalEntry) -> dict:
    wait = round(max(entry.elapsed or 0.0, 0.0) * 1000, 3)
    return {
        "startedDateTime": _iso_times(entry.started)[0],
        "time": wait,
        "request": _har_request(entry),
        "response": _har_response(entry),
        "cache": {},
        # Only the whole round trip is measured; it is reported as the wait.
        "timings": {"send": 0, "wait": wait, "receive": 0},
        "_workbench": {
            "id": entry.id,
            "environment": entry.environment,
            "service": entry.service,
            "serviceTitle": entry.service_title,
            "outcome": entry.outcome.value,
            "code": entry.code,
            "message": entry.message,
            "failure": entry.failure,
            "externalId": entry.external_id,
            "partnerReferenceNo": entry.partner_reference_no,
            "customerNumber": entry.customer_number,
            "stringToSign": entry.string_to_sign,
        },
    }


def har(entries: Iterable[JournalEntry], *, creator_version: str) -> dict:
    """A HAR 1.2 log of the entries, for browser tools, Postman and Insomnia. An exchange
    without an answer is kept with response status 0 and empty content, as browsers do."""
    return {
        "log": {
            "version": "1.2",
            "creator": {"name": HAR_CREATOR, "version": creator_version},
            "entries": [_har_entry(e) for e in entries],
        }
    }


# --- JSON Lines ------------------------------------------------------------------------------

# Characters JSON leaves raw that str.splitlines() and some readers take as line ends.
_LINE_SEPARATORS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _json_value(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    return value


def _entry_object(entry: JournalEntry) -> dict:
    out: dict = {}
    for f in dataclasses.fields(entry):
        value = getattr(entry, f.name)
        if isinstance(value, bytes):
            text, is_text = _text_or_base64(value)
            out[f.name] = text
            out[f"{f.name}_encoding"] = "utf-8" if is_text else "base64"
        else:
            out[f.name] = _json_value(value)
    return out


def jsonl_lines(entries: Iterable[JournalEntry]) -> Iterator[str]:
    """One JSON object per entry with every field; bodies are text when they are UTF-8,
    else base64 (`<field>_encoding` says which). No line contains a line break."""
    for entry in entries:
        line = json.dumps(_entry_object(entry), ensure_ascii=False)
        for raw, escaped in _LINE_SEPARATORS.items():
            line = line.replace(raw, escaped)
        yield line


# --- files -----------------------------------------------------------------------------------


def write_har(
    path: Path, entries: Iterable[JournalEntry], *, creator_version: str, force: bool = False
) -> int:
    """Write a HAR file in one piece (never half of one); refuses to replace an existing
    file unless `force`. Returns the number of entries written."""
    log = har(entries, creator_version=creator_version)
    data = json.dumps(log, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    write_files([FileToWrite(Path(path), data)], overwrite=force)
    return len(log["log"]["entries"])


def write_jsonl(path: Path, entries: Iterable[JournalEntry], *, force: bool = False) -> int:
    """Write a JSON Lines file in one piece; refuses to replace an existing file unless
    `force`. Returns the number of entries written."""
    lines = list(jsonl_lines(entries))
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    write_files([FileToWrite(Path(path), data)], overwrite=force)
    return len(lines)
