"""Traces: curl commands that send a journal entry's request again, exactly, from bash, cmd
or PowerShell; HAR 1.2 and JSON Lines exports that give every byte back.

bash is real: each command runs in /usr/bin/bash with `curl` replaced by a stand-in that
records the arguments (and standard input) it was given. cmd and PowerShell do not exist
here, so this file holds small models of how they read a line, written from their
documented rules (sources on each model), and of how curl.exe's C runtime splits its
command line. What is checked everywhere is what curl ends up sending: method, URL, every
header in order and the body byte for byte.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.errors import BadInput, FileExists
from core.journal_entry import JournalEntry, Outcome, token_mark
from core.traces import (
    Shell,
    answer_text,
    curl_command,
    har,
    jsonl_lines,
    trace_text,
    write_har,
    write_jsonl,
)

TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvYW1lcmNoYW50YW0ifQ.c2lnbmF0dXJlLXBhcnQ"
MARK = token_mark(TOKEN)
OTHER_TOKEN = "another-live-token-0123456789"
STARTED = 1693951378.247  # 2023-09-06T05:02:58.247+07:00, as in the SOP's sample
URL = "https://app.byte-stack.net/OVOSNAP/v2.0/emoney/topup"
TOPUP_BODY = (
    b'{"partnerReferenceNo":"20220728000000001","customerNumber":"080000000001",'
    b'"amount":{"value":"10000.00","currency":"IDR"},'
    b'"additionalInfo":{"preInquiryFlag":"N","senderInstitutionID":"999"}}'
)
TOPUP_ANSWER = (
    b'{"responseCode":"2003800","responseMessage":"Successful","referenceNo":"R1",'
    b'"amount":{"value":"10000.00","currency":"IDR"},"feeAmount":{"value":1000.50},'
    b'"additionalInfo":{}}'
)


def make_entry(**changes) -> JournalEntry:
    """A top-up as the journal stores it: token already replaced by its mark."""
    fields = {
        "id": 42,
        "started": STARTED,
        "environment": "staging",
        "service": "38",
        "method": "POST",
        "url": URL,
        "request_headers": {
            "Content-Type": "application/json",
            "Authorization": f"Bearer {MARK}",
            "X-TIMESTAMP": "2023-09-06T05:02:58.247+07:00",
            "X-SIGNATURE": "022436fc0adf99c661d96bc12c0b0ec4",
            "X-PARTNER-ID": "oamerchantam",
            "X-EXTERNAL-ID": "41817690123456789",
            "CHANNEL-ID": "95221",
            "X-SCOPE-ID": "customer_topup",
        },
        "request_body": TOPUP_BODY,
        "outcome": Outcome.SUCCESS,
        "finished": STARTED + 0.35,
        "elapsed": 0.35,
        "status": 200,
        "response_headers": {"content-type": "application/json", "x-request-id": "abc"},
        "response_body": TOPUP_ANSWER,
        "external_id": "41817690123456789",
        "partner_reference_no": "20220728000000001",
        "customer_number": "080000000001",
        "code": "2003800",
        "message": "Successful",
        "string_to_sign": f"POST:/OVOSNAP/v2.0/emoney/topup:{MARK}:e3b0c442:2023-09-06",
    }
    fields.update(changes)
    return JournalEntry(**fields)


def refused_entry() -> JournalEntry:
    return make_entry(
        id=43,
        outcome=Outcome.REFUSED,
        status=403,
        code="4033718",
        message="Customer Account Not Found",
        response_body=b'{"responseCode":"4033718","responseMessage":"Customer Account Not Found"}',
    )


def timeout_entry() -> JournalEntry:
    return make_entry(
        id=44,
        outcome=Outcome.NO_ANSWER,
        status=None,
        response_headers={},
        response_body=b"",
        code=None,
        message="no answer in time (timeout)",
        failure="timeout",
        elapsed=30.0,
    )


def pending_entry() -> JournalEntry:
    return make_entry(
        id=45,
        outcome=Outcome.PENDING,
        status=None,
        finished=None,
        elapsed=None,
        response_headers={},
        response_body=b"",
        code=None,
        message="",
    )


def binary_entry() -> JournalEntry:
    """Bodies that are not UTF-8 both ways (a proxy's gzip page, say)."""
    return make_entry(
        id=46,
        outcome=Outcome.NO_ANSWER,
        request_headers={"Content-Type": "application/octet-stream"},
        request_body=b"\x00\xff\xfe raw \x80\n\r\x1f'\"",
        status=502,
        response_headers={"content-type": "application/octet-stream"},
        response_body=b"\x1f\x8b\x08\x00\xff\xfe\xfd not text \xc3\x28",
        code=None,
        message="HTTP 502: the server answered with something that is not SNAP JSON",
        failure="not-json",
    )


def every_kind() -> list[JournalEntry]:
    return [make_entry(), refused_entry(), timeout_entry(), pending_entry(), binary_entry()]


# --- what curl would send, from its arguments ---------------------------------------------


def curl_header(name: str, value: str) -> str:
    """curl's -H: `Name: value`; an empty value is written `Name;` (curl takes `Name:`
    alone as "remove the header")."""
    return f"{name};" if value.strip(" \t") == "" else f"{name}: {value}"


def expected_request(entry: JournalEntry, token: str | None = None) -> tuple:
    def live(text: str) -> str:
        return text.replace(MARK, token) if token else text

    headers = [live(curl_header(n, v)).encode() for n, v in entry.request_headers.items()]
    body = (
        entry.request_body.replace(MARK.encode(), token.encode()) if token else entry.request_body
    )
    return entry.method.encode(), live(entry.url).encode(), headers, body


def what_curl_sends(argv: list[bytes], files: dict[bytes, bytes], stdin: bytes = b"") -> tuple:
    """Reads curl's arguments the way curl does for the options the traces use: `-H @file`
    reads headers one a line, `--data-binary @file` (or `@-`, standard input) reads the
    body, `--data-raw` takes its argument as is; without `--globoff` curl would expand
    `{a,b}` and `[1-3]` in the URL."""
    method, url, headers, body = None, None, [], b""
    args = iter(argv)
    for arg in args:
        if arg == b"-X":
            method = next(args)
        elif arg in (b"--globoff", b"-sS"):  # neither changes what is sent
            continue
        elif arg == b"-H":
            value = next(args)
            if value.startswith(b"@"):
                headers += [h for h in re.split(rb"[\r\n]+", files[value[1:]]) if h]
            else:
                headers.append(value)
        elif arg == b"--data-raw":
            body = next(args)
        elif arg == b"--data-binary":
            source = next(args)
            assert source.startswith(b"@"), source
            body = stdin if source == b"@-" else files[source[1:]]
        elif url is None and not arg.startswith(b"-"):
            url = arg
        else:
            raise AssertionError(f"curl was given an unexpected argument {arg!r}")
    if b"--globoff" not in argv and re.search(rb"[\[\]{}]", url or b""):
        raise AssertionError(f"curl would expand the braces or brackets of {url!r}")
    return method, url, headers, body


# --- hostile values ------------------------------------------------------------------------

HOSTILE = (
    "'\"$`!\\%^&|<>()*?[]{}~#;=, \t\n\r@éü€😀"
    "\u2018\u2019\u201a\u201b“”„\u2028\x85\x7f\x1b"  # typographic quotes, line ends
    "%PATH%%A%%%B%%^C%!A!"  # cmd variables
)
hostile_char = st.one_of(
    st.sampled_from(HOSTILE),
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
)
hostile_text = st.text(hostile_char, max_size=24)
header_names = st.from_regex(r"X-[A-Za-z0-9-]{1,12}", fullmatch=True)
hostile_bodies = st.one_of(
    hostile_text.map(str.encode),
    st.binary(max_size=40),
    st.dictionaries(st.sampled_from(["note", "customerName", "a"]), hostile_text).map(
        lambda d: json.dumps(d, ensure_ascii=False).encode()
    ),
    st.dictionaries(st.sampled_from(["x", "y"]), hostile_text).map(
        lambda d: json.dumps(d, ensure_ascii=False, indent=2).encode()
    ),
)
url_tails = st.text(st.sampled_from("abc09%&=?/;:,+$'!*()[]{}^`|<>~#\\\" é"), max_size=16)


@st.composite
def hostile_entries(draw, header_values=hostile_text, tails=url_tails) -> JournalEntry:
    headers = draw(st.dictionaries(header_names, header_values, max_size=4))
    return make_entry(
        method=draw(st.sampled_from(["POST", "GET", "PUT"])),
        url=URL + "?q=" + draw(tails),
        request_headers={"Content-Type": "application/json", **headers},
        request_body=draw(hostile_bodies),
    )


# --- bash, for real --------------------------------------------------------------------------

# Replaces curl with a shell function that records its arguments (NUL-separated, so any
# byte but NUL survives) and whatever arrives on its standard input.
FAKE_CURL_FUNCTION = 'curl() { printf "%s\\0" "$@" > "$ARGV_FILE"; cat > "$STDIN_FILE"; }'


@pytest.fixture(scope="module")
def bash_dir(tmp_path_factory) -> Path:
    if shutil.which("bash") is None:
        pytest.fail("bash is not installed")
    return tmp_path_factory.mktemp("bash")


def run_bash(script: str, work: Path, *, fake: str = FAKE_CURL_FUNCTION) -> tuple:
    """Runs `script` in a real, non-interactive bash; returns curl's argv and stdin."""
    for name in ("argv", "stdin"):
        (work / name).unlink(missing_ok=True)
    path = work / "trace.sh"
    path.write_text(f"{fake}\n{script}\n", encoding="utf-8")
    env = {
        "PATH": f"{work}:{os.environ['PATH']}",
        "ARGV_FILE": str(work / "argv"),
        "STDIN_FILE": str(work / "stdin"),
        "HOME": str(work),
        "LC_ALL": "C.UTF-8",
    }
    proc = subprocess.run(
        ["bash", "--noprofile", "--norc", str(path)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=30,
    )
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    argv = (work / "argv").read_bytes().split(b"\0")[:-1]
    stdin = (work / "stdin").read_bytes() if (work / "stdin").exists() else b""
    return argv, stdin


def bash_sends(command: str, work: Path) -> tuple:
    argv, stdin = run_bash(command, work)
    return what_curl_sends(argv, {}, stdin)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entry=hostile_entries())
@example(entry=make_entry(request_body=b"@/etc/passwd"))
@example(entry=make_entry(request_body=b"-x\x00\x00'%s\\n$HOME"))
@example(entry=make_entry(request_headers={"X-Empty": "", "X-Blank": "  ", "X-Tab": "\ta\t"}))
@example(entry=make_entry(url=URL + "?a={1,2}&b=[1-3]"))
def test_bash_command_gives_curl_exactly_the_request(entry, bash_dir):
    assert bash_sends(curl_command(entry), bash_dir) == expected_request(entry)


def test_bash_command_reaches_a_real_executable_unchanged(bash_dir, tmp_path):
    """The same through exec: a stand-in `curl` program on PATH records its argv."""
    fake = tmp_path / "curl"
    fake.write_text(
        f"#!{sys.executable}\n"
        "import os, sys\n"
        "open(os.environ['ARGV_FILE'], 'wb').write("
        "b''.join(os.fsencode(a) + b'\\0' for a in sys.argv[1:]))\n"
        "open(os.environ['STDIN_FILE'], 'wb').write(sys.stdin.buffer.read())\n"
    )
    fake.chmod(0o755)
    entry = make_entry(
        request_headers={"X-Odd": 'it\'s "$HOME" `id` !! \\ 100% é\tend'},
        request_body=b'{"note":"line1\\nline2","raw":"a\nb\r\nc $(id) \'q\'"}',
    )
    argv, stdin = run_bash(f'PATH="{tmp_path}:$PATH"\n' + curl_command(entry), bash_dir, fake="")
    assert what_curl_sends(argv, {}, stdin) == expected_request(entry)


def test_bash_rendering_reads_like_the_sop_log():
    assert curl_command(
        make_entry(request_headers={"Authorization": f"Bearer {MARK}", "X-Note": "it's"})
    ) == (
        f"curl -sS -X POST {URL} \\\n"
        f"  -H 'Authorization: Bearer {MARK}' \\\n"
        "  -H 'X-Note: it'\\''s' \\\n"
        f"  --data-raw '{TOPUP_BODY.decode()}'"
    )


def test_bash_keeps_a_raw_newline_inside_single_quotes_and_escapes_control_characters():
    entry = make_entry(request_headers={"X-A": "a\tb"}, request_body=b'{"a":"x\ny"}\r\n')
    assert curl_command(entry) == (
        f"curl -sS -X POST {URL} \\\n"
        "  -H $'X-A: a\\011b' \\\n"
        '  --data-raw $\'{"a":"x\\012y"}\\015\\012\''
    )


def test_a_body_with_nul_bytes_is_piped_into_curl(bash_dir):
    entry = make_entry(request_body=b"-a\x00b%'\\")
    command = curl_command(entry)
    assert command.startswith("printf -- '-a\\000b%%\\047\\\\' | curl ")
    assert command.endswith("--data-binary @-")
    assert bash_sends(command, bash_dir) == expected_request(entry)


# --- the token: masked unless the matching one is given --------------------------------------


@pytest.mark.parametrize("shell", list(Shell))
def test_masked_by_default_in_every_rendering(shell):
    for entry in every_kind():
        assert TOKEN not in curl_command(entry, shell) + trace_text(entry, shell)
    assert f"Bearer {MARK}" in curl_command(make_entry(), shell)
    exports = json.dumps(har(every_kind(), creator_version="1")) + "".join(
        jsonl_lines(every_kind())
    )
    assert TOKEN not in exports
    assert MARK in exports


def test_the_matching_token_goes_exactly_where_its_mark_was(bash_dir):
    entry = make_entry(
        url=URL + f"?t={MARK}",
        request_body=b'{"token":"' + MARK.encode() + b'"}',
    )
    command = curl_command(entry, token=TOKEN)
    assert MARK not in command
    assert command.count(TOKEN) == 3  # URL, Authorization header, body
    assert bash_sends(command, bash_dir) == expected_request(entry, TOKEN)
    assert f"-H 'Authorization: Bearer {TOKEN}'" in command
    cmd = cmd_sends(curl_command(entry, Shell.CMD, token=TOKEN))
    assert cmd.what_curl_sends() == expected_request(entry, TOKEN)
    for sent in powershell_sends(curl_command(entry, Shell.POWERSHELL, token=TOKEN)):
        assert sent == expected_request(entry, TOKEN)


@pytest.mark.parametrize("shell", list(Shell))
def test_another_token_is_refused_with_what_to_do(shell):
    with pytest.raises(BadInput) as refused:
        curl_command(make_entry(), shell, token=OTHER_TOKEN)
    message = str(refused.value)
    assert "This entry was sent with another access token" in message
    assert MARK in message and token_mark(OTHER_TOKEN) in message
    assert "Reveal it with the token it was sent with" in message
    assert OTHER_TOKEN not in message


# --- cmd.exe, modelled -----------------------------------------------------------------------


def msvcrt_argv(command_line: str) -> list[str]:
    """How the Microsoft C runtime (2008 and later, as curl.exe uses) and
    CommandLineToArgvW split a command line: whitespace separates arguments outside
    double quotes; 2n backslashes before a `"` give n backslashes and the quote toggles
    quoting; 2n+1 give n backslashes and a literal `"`; other backslashes are literal; `""`
    inside quotes is a literal quote."""
    args, i, n = [], 0, len(command_line)
    while True:
        while i < n and command_line[i] in " \t":
            i += 1
        if i >= n:
            return args
        arg, quoted = [], False
        while i < n and (quoted or command_line[i] not in " \t"):
            ch = command_line[i]
            if ch == "\\":
                j = i
                while j < n and command_line[j] == "\\":
                    j += 1
                if j < n and command_line[j] == '"':
                    arg.append("\\" * ((j - i) // 2))
                    if (j - i) % 2:
                        arg.append('"')
                        j += 1
                else:
                    arg.append("\\" * (j - i))
                i = j
            elif ch == '"':
                if quoted and command_line[i + 1 : i + 2] == '"':
                    arg.append('"')
                    i += 2
                else:
                    quoted = not quoted
                    i += 1
            else:
                arg.append(ch)
                i += 1
        args.append("".join(arg))


class CmdOperatorError(AssertionError):
    """cmd would have split the line at an operator: a command ran that was not meant to."""


class CmdModel:
    """cmd.exe reading lines typed or pasted at its prompt, after dbenham's and jeb's
    description (stackoverflow.com/questions/4094699, "How does the Windows Command
    Interpreter (CMD.EXE) parse scripts?"):

    1. Percent expansion on each line read, command-line rules: `%NAME%` is replaced by
       the variable's value (names are case-insensitive), inside quotes too; an undefined
       name is left as it is and scanning resumes at its closing `%`, which may open the
       next name; `%%` is nothing special. One pass: values are not expanded again.
    2. Special characters: `"` toggles the quote state; outside quotes `^` makes the next
       character literal and is removed, and at the end of a line it appends the next
       line (whose first character is then literal); outside quotes `&` and `|` end the
       command and `<`/`>` redirect. A REM line is ignored, but a caret at its end still
       appends the next line to it.
    Delayed expansion is off (cmd's default). The commands a trace uses are modelled:
    echo (with redirection), certutil -decode, curl.exe, del.
    """

    def __init__(self, env: dict[str, str]):
        self.env = {name.upper(): value for name, value in env.items()}
        self.files: dict[str, bytes] = {}
        self.curl_runs: list[tuple[list[str], dict[str, bytes]]] = []

    def percent(self, line: str) -> str:
        out, i = [], 0
        while i < len(line):
            if line[i] != "%":
                out.append(line[i])
                i += 1
                continue
            end = line.find("%", i + 1)
            if end < 0:
                out.append(line[i:])
                break
            name = line[i + 1 : end]
            base = name.split(":", 1)[0].upper()
            if base in self.env and base:
                out.append(self.env[base] if ":" not in name else "<<EDITED BY :~ OR :=>>")
                i = end + 1
            else:
                out.append("%")
                i += 1
        return "".join(out)

    def run(self, script: str) -> None:
        lines = iter(script.split("\n"))
        for raw in lines:
            line = self.percent(raw)
            if re.match(r"\s*rem(\s|$)", line, re.IGNORECASE):
                while line.endswith("^"):
                    line = self.percent(next(lines, ""))
                continue
            if line.strip():
                self.execute(*self.special_characters(line, lines))

    def special_characters(self, line: str, more) -> tuple[str, list[tuple[str, str]]]:
        out: list[str] = []
        redirects: list[tuple[str, str]] = []
        quoted, i = False, 0
        while i < len(line):
            ch = line[i]
            if ch == '"':
                quoted = not quoted
                out.append(ch)
            elif quoted:
                out.append(ch)
            elif ch == "^" and i + 1 == len(line):
                # The next line is appended; its first character is taken literally.
                line, i = self.percent(next(more, "")), 0
                if line:
                    out.append(line[0])
                    i = 1
                continue
            elif ch == "^":
                out.append(line[i + 1])
                i += 1
            elif ch in "&|":
                raise CmdOperatorError(f"cmd would split the command at {ch!r}: {line!r}")
            elif ch == "<":
                raise CmdOperatorError(f"cmd would redirect input: {line!r}")
            elif ch == ">":
                mode = ">>" if line[i : i + 2] == ">>" else ">"
                match = re.compile(r' *(?:"([^"]*)"|(\S+))').match(line, i + len(mode))
                redirects.append((mode, match.group(1) or match.group(2)))
                i = match.end()
                continue
            else:
                out.append(ch)
            i += 1
        return "".join(out), redirects

    def execute(self, command: str, redirects: list[tuple[str, str]]) -> None:
        command = command.strip()
        name = re.match(r"[^\s(]+", command).group(0).lower()
        rest = command[len(name) :]
        if name == "echo":
            assert rest.startswith("("), "traces echo with echo( so that any text prints"
            output = (rest[1:] + "\r\n").encode()
            for mode, path in redirects:
                self.files[path] = (self.files.get(path, b"") if mode == ">>" else b"") + output
            return
        args = msvcrt_argv(rest)
        if name == "certutil":
            assert args[:2] == ["-f", "-decode"], args
            encoded = re.sub(rb"\s+", b"", self.files[args[2]])
            self.files[args[3]] = base64.b64decode(encoded, validate=True)
        elif name == "curl.exe":
            self.curl_runs.append((args, dict(self.files)))
        elif name == "del":
            for path in args:
                del self.files[path]
        else:
            raise AssertionError(f"the model does not know the command {name!r}")

    def what_curl_sends(self) -> tuple:
        assert len(self.curl_runs) == 1, self.curl_runs
        argv, files = self.curl_runs[0]
        return what_curl_sends(
            [a.encode() for a in argv], {path.encode(): data for path, data in files.items()}
        )


CMD_TEMP = r"C:\Users\Tom&Jerry (100%X%)\AppData\Local\Temp"


def cmd_environment() -> dict[str, str]:
    """Variables a hostile value could name: every single letter, common names, and one
    whose value ends in a caret."""
    env = {letter: "EXPANDED" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    env.update(PATH=r"C:\Windows", HOME="EXPANDED", X="EXPANDED", TEMP=CMD_TEMP, CARET="x^")
    return env


def cmd_sends(script: str) -> CmdModel:
    model = CmdModel(cmd_environment())
    model.run(script)
    return model


def test_the_cmd_model_bites():
    """The model expands and splits where cmd would: a naive rendering fails in it."""
    naive = CmdModel(cmd_environment())
    naive.run('curl.exe -H "X-A: %PATH%" --data-raw "a"')
    assert naive.curl_runs[0][0] == ["-H", r"X-A: C:\Windows", "--data-raw", "a"]
    with pytest.raises(CmdOperatorError):
        CmdModel(cmd_environment()).run('curl.exe --data-raw "{\\"a\\":\\"x&y\\"}"')
    swallowed = CmdModel(cmd_environment())
    swallowed.run("REM ends in a caret ^\ncurl.exe -X POST")
    assert swallowed.curl_runs == []


windows_header_values = st.text(
    st.one_of(
        st.sampled_from([c for c in HOSTILE if unicodedata.category(c) != "Cc"]),
        st.characters(blacklist_categories=("Cs", "Cc")),
        st.just("\t"),
    ),
    max_size=24,
)
windows_url_tails = url_tails.filter(lambda t: t.isascii())


@settings(max_examples=300, deadline=None)
@given(entry=hostile_entries(windows_header_values, windows_url_tails))
@example(entry=make_entry(request_headers={"X-P": "%PATH%", "X-Q": '"%A%"', "X-R": "^"}))
@example(entry=make_entry(request_body=b'{"a":"100%","b":"%CARET%","c":"x^"}'))
@example(entry=make_entry(url=URL + "?a=%20&b=\\"))
def test_cmd_command_gives_curl_exactly_the_request(entry):
    model = cmd_sends(curl_command(entry, Shell.CMD))
    assert model.what_curl_sends() == expected_request(entry)
    assert model.files == {}, "the temporary files are deleted"


def test_cmd_rendering_of_a_top_up():
    entry = make_entry(request_headers={"Authorization": f"Bearer {MARK}", "X-Pct": "100%"})
    assert curl_command(entry, Shell.CMD) == (
        f"curl.exe -sS -X POST {URL} ^\n"
        f'  -H "Authorization: Bearer {MARK}" ^\n'
        '  -H ^"X-Pct: 100%^" ^\n'
        '  --data-raw ^"{\\^"partnerReferenceNo\\^":\\^"20220728000000001\\^",'
        '\\^"customerNumber\\^":\\^"080000000001\\^",\\^"amount\\^":{\\^"value\\^":'
        '\\^"10000.00\\^",\\^"currency\\^":\\^"IDR\\^"},\\^"additionalInfo\\^":'
        '{\\^"preInquiryFlag\\^":\\^"N\\^",\\^"senderInstitutionID\\^":\\^"999\\^"}}^"'
    )


def test_cmd_writes_a_multiline_body_to_a_file_first():
    entry = make_entry(
        id=7,
        request_headers={"Content-Type": "application/json"},
        request_body=b'{\n  "a": "\xc3\xa9"\n}',
    )
    assert curl_command(entry, Shell.CMD) == (
        "REM The body has line breaks or characters cmd cannot pass on: it is written "
        "byte for byte to a file first.\n"
        '>"%TEMP%\\ovo-snap-7-body.bin.b64" echo(ewogICJhIjogIsOpIgp9\n'
        'certutil -f -decode "%TEMP%\\ovo-snap-7-body.bin.b64" "%TEMP%\\ovo-snap-7-body.bin"\n'
        f"curl.exe -sS -X POST {URL} ^\n"
        '  -H "Content-Type: application/json" ^\n'
        '  --data-binary "@%TEMP%\\ovo-snap-7-body.bin"\n'
        'del "%TEMP%\\ovo-snap-7-body.bin.b64" "%TEMP%\\ovo-snap-7-body.bin"'
    )
    model = cmd_sends(curl_command(entry, Shell.CMD))
    assert model.what_curl_sends() == expected_request(entry)


def test_cmd_puts_a_long_body_in_a_file_to_stay_under_the_line_limit():
    entry = make_entry(request_body=json.dumps({"note": '"' * 3000}).encode())
    script = curl_command(entry, Shell.CMD)
    assert all(len(line) < 8191 for line in script.split("\n"))
    assert '--data-binary "@%TEMP%\\ovo-snap-42-body.bin"' in script
    assert cmd_sends(script).what_curl_sends() == expected_request(entry)


@pytest.mark.parametrize("shell", list(Shell))
def test_a_nul_character_in_a_header_is_refused(shell):
    with pytest.raises(BadInput, match="contains a NUL character") as refused:
        curl_command(make_entry(request_headers={"X-A": "a\x00b"}), shell)
    assert "export it as HAR or JSON Lines instead" in str(refused.value)


@pytest.mark.parametrize("shell", [Shell.CMD, Shell.POWERSHELL])
def test_windows_shells_refuse_what_curl_exe_cannot_be_given(shell):
    with pytest.raises(BadInput, match="header X-Bad holds characters"):
        curl_command(make_entry(request_headers={"X-Bad": "a\r\nInjected: 1"}), shell)
    with pytest.raises(BadInput, match="URL holds characters") as refused:
        curl_command(make_entry(url=URL + "?n=é"), shell)
    assert "Copy the bash rendering instead" in str(refused.value)


# --- PowerShell, modelled ----------------------------------------------------------------------

PS_SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"
PS_DOUBLE_QUOTES = '"\u201c\u201d\u201e'
PS_BACKTICK = {
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "0": "\0",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
}
PS_TEMP = r"C:\Users\Ann Lee\AppData\Local\Temp"


def dotnet_is_white_space(ch: str) -> bool:
    return ch in "\t\n\v\f\r \x85\xa0" or unicodedata.category(ch) in ("Zs", "Zl", "Zp")


def legacy_command_line(args: list[str], *, doubles_trailing_backslashes: bool) -> str:
    """Windows PowerShell 5.1 (and 7.0 to 7.2, or 'Legacy' mode): an argument holding
    whitespace outside (unescaped) double quotes is wrapped in double quotes, nothing else
    is escaped; 7.x doubles the backslashes before the closing quote, 5.1 does not; an
    empty argument disappears. (NativeCommandParameterBinder.NeedQuotes.)"""
    out = []
    for arg in args:
        quotes, needs_quotes, after_backslash = 0, False, False
        for ch in arg:
            if ch == '"' and not after_backslash:
                quotes += 1
            elif dotnet_is_white_space(ch) and quotes % 2 == 0:
                needs_quotes = True
            after_backslash = ch == "\\"
        if needs_quotes:
            tail = len(arg) - len(arg.rstrip("\\")) if doubles_trailing_backslashes else 0
            out.append('"' + arg + "\\" * tail + '"')
        elif arg:
            out.append(arg)
    return " ".join(out)


def standard_command_line(args: list[str]) -> str:
    """PowerShell 7.3+ ('Standard', and 'Windows' for curl.exe): .NET's
    ProcessStartInfo.ArgumentList, which quotes per the C runtime's rules."""
    out = []
    for arg in args:
        if arg and not any(dotnet_is_white_space(c) or c == '"' for c in arg):
            out.append(arg)
            continue
        quoted, backslashes = ['"'], 0
        for ch in arg:
            if ch == "\\":
                backslashes += 1
                continue
            quoted.append(
                "\\" * (backslashes * 2 + 1) + '"' if ch == '"' else "\\" * backslashes + ch
            )
            backslashes = 0
        out.append("".join([*quoted, "\\" * (backslashes * 2), '"']))
    return " ".join(out)


PS_MODES: dict[str, Callable[[list[str]], str]] = {
    "Windows PowerShell 5.1": lambda a: legacy_command_line(a, doubles_trailing_backslashes=False),
    "PowerShell 7.0-7.2 (Legacy)": lambda a: legacy_command_line(
        a, doubles_trailing_backslashes=True
    ),
    "PowerShell 7.3+ (Windows/Standard)": standard_command_line,
}


class PsChar:
    """A [char] value: `'a' + [char]0x41` joins strings; `[char] + [char]` would add numbers."""

    def __init__(self, code: int):
        self.code = code


class PowerShellModel:
    """The PowerShell a trace uses, after about_Quoting_Rules, about_Parsing and
    about_Special_Characters (learn.microsoft.com, PowerShell reference, "about" topics):

    - A single-quoted string is literal; any of ' and U+2018..U+201B ends it, and two in a
      row stand for one. A double-quoted string (any of " U+201C..U+201E) expands `$name`
      and backtick escapes (`n, `r, `t, ...).
    - `+` joins strings; a line may end after `+`, and inside parentheses.
    - In a command's arguments, a backtick at the end of a line continues the command.
    - The static methods used: [IO.Path]::GetTempFileName(), [IO.File]::WriteAllBytes,
      [Text.Encoding]::UTF8.GetBytes (no BOM; a lone surrogate becomes U+FFFD),
      [Convert]::FromBase64String, [char]0xHHHH; Remove-Item -LiteralPath.
    - curl.exe's command line is built by `command_line` (one of PS_MODES), then split
      by the C runtime.
    """

    def __init__(self, command_line: Callable[[list[str]], str]):
        self.command_line = command_line
        self.vars: dict[str, object] = {}
        self.files: dict[str, bytes] = {}
        self.curl_runs: list[tuple[list[str], dict[str, bytes]]] = []
        self.src, self.i = "", 0

    # reading
    def peek(self, k: int = 0) -> str:
        return self.src[self.i + k] if self.i + k < len(self.src) else ""

    def skip(self, newlines: bool = False) -> None:
        while self.peek() in (" \t\r\n" if newlines else " \t") and self.peek():
            self.i += 1

    def expect(self, text: str) -> None:
        assert self.src.startswith(text, self.i), (text, self.src[self.i : self.i + 40])
        self.i += len(text)

    def run(self, script: str) -> None:
        self.src, self.i = script, 0
        while True:
            self.skip(newlines=True)
            if not self.peek():
                return
            if self.peek() == "#":
                end = self.src.find("\n", self.i)
                self.i = len(self.src) if end < 0 else end
                continue
            self.statement()
            self.skip()
            assert self.peek() in ("\n", ""), f"junk after a statement: {self.src[self.i :]!r}"

    def statement(self) -> None:
        if self.peek() == "$":
            name = self.variable_name()
            self.skip()
            self.expect("=")
            self.skip()
            self.vars[name] = self.expression()
        elif self.src.startswith("curl.exe ", self.i):
            self.i += len("curl.exe")
            args = self.command_arguments()
            self.curl_runs.append((msvcrt_argv(self.command_line(args)), dict(self.files)))
        elif self.src.startswith("Remove-Item -LiteralPath ", self.i):
            self.i += len("Remove-Item -LiteralPath ")
            while True:
                self.skip()
                del self.files[self.vars[self.variable_name()]]
                if self.peek() != ",":
                    break
                self.i += 1
        else:
            self.expression()

    def variable_name(self) -> str:
        match = re.compile(r"\$([A-Za-z0-9_]+)").match(self.src, self.i)
        assert match, self.src[self.i : self.i + 40]
        self.i = match.end()
        return match.group(1)

    # expressions
    def expression(self, depth: int = 0) -> object:
        value = self.term(depth)
        while True:
            self.skip(newlines=depth > 0)
            if self.peek() != "+":
                return value
            self.i += 1
            self.skip(newlines=True)
            right = self.term(depth)
            assert isinstance(value, str), "PowerShell would add char codes, not join text"
            value += chr(right.code) if isinstance(right, PsChar) else right

    def term(self, depth: int) -> object:
        ch = self.peek()
        if ch in PS_SINGLE_QUOTES:
            return self.single_quoted()
        if ch in PS_DOUBLE_QUOTES:
            return self.double_quoted()
        if ch == "$":
            return self.vars[self.variable_name()]
        match = re.compile(r"\[char\]0x([0-9A-Fa-f]{1,4})").match(self.src, self.i)
        if match:
            self.i = match.end()
            return PsChar(int(match.group(1), 16))
        for call, arity, method in [
            ("[IO.Path]::GetTempFileName(", 0, self.temp_file),
            ("[IO.File]::WriteAllBytes(", 2, self.write_all_bytes),
            ("[Text.Encoding]::UTF8.GetBytes(", 1, self.utf8_bytes),
            ("[Convert]::FromBase64String(", 1, base64.b64decode),
        ]:
            if self.src.startswith(call, self.i):
                self.i += len(call)
                args = []
                for n in range(arity):
                    self.skip(newlines=True)
                    args.append(self.expression(depth + 1))
                    self.skip(newlines=True)
                    if n < arity - 1:
                        self.expect(",")
                self.expect(")")
                return method(*args)
        raise AssertionError(f"the model does not know {self.src[self.i : self.i + 40]!r}")

    def single_quoted(self) -> str:
        self.i += 1
        out = []
        while True:
            ch = self.peek()
            assert ch, "unterminated single-quoted string"
            self.i += 1
            if ch in PS_SINGLE_QUOTES:
                if self.peek() and self.peek() in PS_SINGLE_QUOTES:
                    out.append(self.peek())
                    self.i += 1
                    continue
                return "".join(out)
            out.append(ch)

    def double_quoted(self) -> str:
        self.i += 1
        out = []
        while True:
            ch = self.peek()
            assert ch, "unterminated double-quoted string"
            self.i += 1
            if ch in PS_DOUBLE_QUOTES:
                if self.peek() and self.peek() in PS_DOUBLE_QUOTES:
                    out.append(self.peek())
                    self.i += 1
                    continue
                return "".join(out)
            if ch == "`":
                escaped = self.peek()
                self.i += 1
                out.append(PS_BACKTICK.get(escaped, escaped))
            elif ch == "$" and re.match(r"[A-Za-z_]", self.peek()):
                self.i -= 1
                out.append(str(self.vars[self.variable_name()]))
            else:
                assert ch != "$" or self.peek() != "(", "subexpressions are not modelled"
                out.append(ch)

    def temp_file(self) -> str:
        path = f"{PS_TEMP}\\tmp{len(self.files) + 1:04X}.tmp"
        self.files[path] = b""
        return path

    def write_all_bytes(self, path: str, data: bytes) -> None:
        assert path in self.files, "writes go to the temporary files just made"
        self.files[path] = bytes(data)

    @staticmethod
    def utf8_bytes(text: str) -> bytes:
        units = text.encode("utf-16-le", "surrogatepass")
        return units.decode("utf-16-le", "replace").encode("utf-8")

    # command arguments
    def command_arguments(self) -> list[str]:
        args = []
        while True:
            self.skip()
            ch = self.peek()
            if ch == "`" and self.peek(1) == "\n":
                self.i += 2
                continue
            if ch in ("\n", ""):
                return args
            if ch in PS_SINGLE_QUOTES:
                args.append(self.single_quoted())
            elif ch in PS_DOUBLE_QUOTES:
                args.append(self.double_quoted())
            else:
                match = re.compile(r"[A-Za-z0-9.-]+").match(self.src, self.i)
                assert match, f"bare argument not modelled: {self.src[self.i : self.i + 30]!r}"
                args.append(match.group(0))
                self.i = match.end()
            assert self.peek() in (" ", "\n", ""), "an argument must end at whitespace"

    def what_curl_sends(self) -> tuple:
        assert len(self.curl_runs) == 1, self.curl_runs
        argv, files = self.curl_runs[0]
        return what_curl_sends(
            [a.encode() for a in argv], {path.encode(): data for path, data in files.items()}
        )


def powershell_sends(script: str) -> list[tuple]:
    """What curl sends, in each PowerShell version; temporary files must be gone after."""
    results = []
    for command_line in PS_MODES.values():
        model = PowerShellModel(command_line)
        model.run(script)
        results.append(model.what_curl_sends())
        assert model.files == {}, "the temporary files are deleted"
    return results


def test_the_powershell_model_bites():
    """Embedded double quotes on the command line come out differently per version,
    which is why the traces never put them there."""
    args = ["-H", 'X-A: say "hi"']
    legacy = msvcrt_argv(PS_MODES["Windows PowerShell 5.1"](args))
    standard = msvcrt_argv(PS_MODES["PowerShell 7.3+ (Windows/Standard)"](args))
    assert standard == args
    assert legacy != args
    model = PowerShellModel(standard_command_line)
    model.run("$x = 'it''s \u2018\u2018q\u2019\u2019' + \"`n\" + [char]0x00E9")
    assert model.vars["x"] == "it's \u2018q\u2019\né"
    with pytest.raises(AssertionError, match="add char codes"):
        PowerShellModel(standard_command_line).run("$x = [char]0x41 + [char]0x42")


@settings(max_examples=300, deadline=None)
@given(
    entry=hostile_entries(
        windows_header_values,
        windows_url_tails.filter(lambda t: '"' not in t and not t.endswith("\\")),
    )
)
@example(
    entry=make_entry(request_headers={"X-Q": "say \"hi\" \u2018x\u2019 'y' $HOME `n", "X-E": ""})
)
@example(entry=make_entry(request_headers={"X-Path": "C:\\Temp dir\\", "X-B": "a\\"}))
@example(entry=make_entry(request_body='{"a":"😀 \u2018\u2019 \'\' \\"q\\" `$x"}\r\n'.encode()))
def test_powershell_command_gives_curl_exactly_the_request_in_every_version(entry):
    script = curl_command(entry, Shell.POWERSHELL)
    for sent in powershell_sends(script):
        assert sent == expected_request(entry)


def test_powershell_rendering_of_a_top_up():
    entry = make_entry(
        request_headers={"Authorization": f"Bearer {MARK}", "X-Quote": 'a "b"'},
        request_body=b'{"a":"it\'s","b":"x\ny","c":"\xc3\xa9"}',
    )
    assert curl_command(entry, Shell.POWERSHELL) == (
        "# Header 2 cannot be passed safely as an argument: it goes through a file.\n"
        "$snapHeader2File = [IO.Path]::GetTempFileName()\n"
        "[IO.File]::WriteAllBytes($snapHeader2File, "
        "[Text.Encoding]::UTF8.GetBytes('X-Quote: a \"b\"'))\n"
        "$snapBodyFile = [IO.Path]::GetTempFileName()\n"
        "[IO.File]::WriteAllBytes($snapBodyFile, [Text.Encoding]::UTF8.GetBytes("
        '\'{"a":"it\'\'s","b":"x\' + "`n" +\n'
        '  \'y","c":"\' + [char]0x00E9 + \'"}\'))\n'
        f"curl.exe -sS -X POST '{URL}' `\n"
        f"  -H 'Authorization: Bearer {MARK}' `\n"
        '  -H "@$snapHeader2File" `\n'
        '  --data-binary "@$snapBodyFile"\n'
        "Remove-Item -LiteralPath $snapHeader2File, $snapBodyFile"
    )


def test_powershell_sends_a_binary_body_exactly():
    entry = binary_entry()
    script = curl_command(entry, Shell.POWERSHELL)
    assert "[Convert]::FromBase64String(" in script
    for sent in powershell_sends(script):
        assert sent == expected_request(entry)


def test_real_pwsh_runs_the_command_when_installed(tmp_path):
    pwsh = shutil.which("pwsh")
    if pwsh is None:
        pytest.skip(
            "pwsh not installed: the PowerShell rendering is checked against the model above"
        )
    fake = tmp_path / "curl.exe"
    fake.write_text(
        f"#!{sys.executable}\n"
        "import json, os, sys\n"
        "args = sys.argv[1:]\n"
        "files = {a[1:]: open(a[1:], 'rb').read().hex() for a in args if a.startswith('@')}\n"
        "json.dump({'argv': args, 'files': files}, open(os.environ['OUT_FILE'], 'w'))\n"
    )
    fake.chmod(0o755)
    entry = make_entry(request_headers={"X-Q": "say \"hi\" 'x' $HOME"}, request_body=TOPUP_BODY)
    script = curl_command(entry, Shell.POWERSHELL).replace("curl.exe ", f"& '{fake}' ")
    env = {**os.environ, "OUT_FILE": str(tmp_path / "out.json")}
    proc = subprocess.run(
        [pwsh, "-NoProfile", "-NonInteractive", "-Command", "-"],
        input=script.encode(),
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    out = json.loads((tmp_path / "out.json").read_text())
    files = {k.encode(): bytes.fromhex(v) for k, v in out["files"].items()}
    assert what_curl_sends([a.encode() for a in out["argv"]], files) == expected_request(entry)


# --- the answer and the trace -------------------------------------------------------------------


def test_answer_reads_like_the_sop_sample():
    assert answer_text(make_entry()) == (
        "HTTP/1.1 200 OK\n"
        "content-type: application/json\n"
        "x-request-id: abc\n"
        "\n"
        "{\n"
        '  "responseCode": "2003800",\n'
        '  "responseMessage": "Successful",\n'
        '  "referenceNo": "R1",\n'
        '  "amount": {\n'
        '    "value": "10000.00",\n'
        '    "currency": "IDR"\n'
        "  },\n"
        '  "feeAmount": {\n'
        '    "value": 1000.50\n'
        "  },\n"
        '  "additionalInfo": {}\n'
        "}"
    )


def test_answer_says_what_happened_when_there_was_none():
    assert answer_text(timeout_entry()) == (
        "no answer: timeout after 30.0 s\nno answer in time (timeout)"
    )
    assert answer_text(pending_entry()).startswith("no answer recorded: the request was sent")
    not_sent = make_entry(
        outcome=Outcome.NOT_SENT, status=None, message="could not connect (refused)"
    )
    assert answer_text(not_sent) == "not sent: could not connect (refused)"
    assert answer_text(binary_entry()).startswith(
        "HTTP/1.1 502 Bad Gateway\ncontent-type: application/octet-stream\n\n"
        "(19 bytes that are not UTF-8 text, in base64:)\nH4sIAP/+/SBub3QgdGV4dCDDKA=="
    )
    assert answer_text(make_entry(response_body=b"<html>busy</html>")).endswith(
        "\n\n<html>busy</html>"
    )


def test_trace_has_when_where_what_then_command_then_answer():
    entry = refused_entry()
    lines = trace_text(entry).split("\n")
    assert lines[0] == (
        "# 2023-09-06T05:02:58.247+07:00 (2023-09-05T22:02:58.247Z) staging, Top up: "
        "4033718 - Customer Account Not Found"
    )
    command = curl_command(entry)
    assert "\n".join(lines[1 : 1 + command.count("\n") + 1]) == command
    rest = lines[2 + command.count("\n") :]
    assert rest[0] == ""
    assert rest[1:] == ["# " + line if line else "#" for line in answer_text(entry).split("\n")]
    cmd = trace_text(entry, Shell.CMD).split("\n")
    assert cmd[0].startswith("REM 2023-09-06T05:02:58.247+07:00")
    assert cmd[-1] == "REM }"


def test_a_pasted_trace_runs_the_command_and_nothing_the_server_wrote(bash_dir, tmp_path):
    evil = b'{"responseCode":"4033718","responseMessage":"x\\n$(touch PWNED)\\n"}\n`touch PWNED`'
    entry = refused_entry()
    entry = replace(entry, response_body=evil, message="`touch PWNED` ^", code=None)
    argv, stdin = run_bash(f"cd {tmp_path}\n" + trace_text(entry), bash_dir)
    assert what_curl_sends(argv, {}, stdin) == expected_request(entry)
    assert not (tmp_path / "PWNED").exists()
    model = cmd_sends(trace_text(entry, Shell.CMD))
    assert model.what_curl_sends() == expected_request(entry)
    for message in ("ends in a caret ^", "ends in %CARET%", "100%"):
        model = cmd_sends(trace_text(replace(entry, message=message), Shell.CMD))
        assert model.what_curl_sends() == expected_request(entry)


# --- HAR 1.2 ------------------------------------------------------------------------------------

# HAR 1.2 as specified at softwareishard.com/blog/har-12-spec (the same text is kept at
# github.com/ahmadnassri/har-spec, versions/1.2.md), as a JSON Schema.
STRING, INTEGER = {"type": "string"}, {"type": "integer"}
NUMBER_AT_LEAST_0 = {"type": "number", "minimum": 0}
OPTIONAL_TIMING = {"type": "number", "minimum": -1}  # -1: does not apply


def har_object(required: dict, optional: dict | None = None) -> dict:
    """An object of the spec: these fields required, these optional (and `comment`), any
    custom field starting with `_`, and nothing else."""
    return {
        "type": "object",
        "required": sorted(required),
        "properties": {**required, **(optional or {}), "comment": STRING},
        "patternProperties": {"^_": {}},
        "additionalProperties": False,
    }


def array_of(items: dict) -> dict:
    return {"type": "array", "items": items}


NAME_VALUE = har_object({"name": STRING, "value": STRING})
BOOLEAN = {"type": "boolean"}
COOKIE = har_object(
    {"name": STRING, "value": STRING},
    {"path": STRING, "domain": STRING, "expires": STRING, "httpOnly": BOOLEAN, "secure": BOOLEAN},
)
POST_DATA = {
    **har_object({"mimeType": STRING}, {"text": STRING, "params": {"type": "array"}}),
    "oneOf": [{"required": ["text"]}, {"required": ["params"]}],  # mutually exclusive
}
REQUEST = har_object(
    {
        "method": STRING,
        "url": STRING,
        "httpVersion": STRING,
        "cookies": array_of(COOKIE),
        "headers": array_of(NAME_VALUE),
        "queryString": array_of(NAME_VALUE),
        "headersSize": INTEGER,
        "bodySize": INTEGER,
    },
    {"postData": POST_DATA},
)
CONTENT = har_object(
    {"size": INTEGER, "mimeType": STRING},
    {"compression": INTEGER, "text": STRING, "encoding": STRING},
)
RESPONSE = har_object(
    {
        "status": INTEGER,
        "statusText": STRING,
        "httpVersion": STRING,
        "cookies": array_of(COOKIE),
        "headers": array_of(NAME_VALUE),
        "content": CONTENT,
        "redirectURL": STRING,
        "headersSize": INTEGER,
        "bodySize": INTEGER,
    }
)
CACHE_STATE = {"type": ["object", "null"]}
CACHE = har_object({}, {"beforeRequest": CACHE_STATE, "afterRequest": CACHE_STATE})
TIMINGS = har_object(
    {"send": NUMBER_AT_LEAST_0, "wait": NUMBER_AT_LEAST_0, "receive": NUMBER_AT_LEAST_0},
    {
        "blocked": OPTIONAL_TIMING,
        "dns": OPTIONAL_TIMING,
        "connect": OPTIONAL_TIMING,
        "ssl": OPTIONAL_TIMING,
    },
)
ISO_8601_WITH_MILLISECONDS = r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d)$"
ENTRY = har_object(
    {
        "startedDateTime": {"type": "string", "pattern": ISO_8601_WITH_MILLISECONDS},
        "time": NUMBER_AT_LEAST_0,
        "request": REQUEST,
        "response": RESPONSE,
        "cache": CACHE,
        "timings": TIMINGS,
    },
    {"pageref": STRING, "serverIPAddress": STRING, "connection": STRING},
)
LOG = har_object(
    {
        "version": {"const": "1.2"},
        "creator": har_object({"name": STRING, "version": STRING}),
        "entries": array_of(ENTRY),
    },
    {"browser": har_object({"name": STRING, "version": STRING}), "pages": {"type": "array"}},
)
HAR_SCHEMA = {"type": "object", "required": ["log"], "properties": {"log": LOG}}

JSON_TYPES = {
    "string": str,
    "number": (int, float),
    "integer": int,
    "object": dict,
    "array": list,
    "boolean": bool,
    "null": type(None),
}


def schema_errors(value, schema: dict, where: str = "$") -> list[str]:
    """The part of JSON Schema the HAR schema uses (jsonschema is not installed here):
    type, const, required, properties, patternProperties, additionalProperties, items,
    minimum, pattern, oneOf."""
    errors = []
    types = schema.get("type")
    if types:
        names = types if isinstance(types, list) else [types]
        ok = any(
            isinstance(value, JSON_TYPES[t]) and not (t != "boolean" and isinstance(value, bool))
            for t in names
        )
        if not ok:
            return [f"{where}: expected {types}, got {type(value).__name__}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{where}: expected {schema['const']!r}")
    if "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{where}: below {schema['minimum']}")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        errors.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if "oneOf" in schema:
        matching = [s for s in schema["oneOf"] if not schema_errors(value, s, where)]
        if len(matching) != 1:
            errors.append(f"{where}: must match exactly one of {schema['oneOf']}")
    if isinstance(value, dict):
        errors += [f"{where}: missing {k}" for k in schema.get("required", []) if k not in value]
        for key, item in value.items():
            if key in schema.get("properties", {}):
                errors += schema_errors(item, schema["properties"][key], f"{where}.{key}")
            elif any(re.search(p, key) for p in schema.get("patternProperties", {})):
                continue
            elif schema.get("additionalProperties") is False:
                errors.append(f"{where}: {key} is not a HAR 1.2 field")
    if isinstance(value, list) and "items" in schema:
        for n, item in enumerate(value):
            errors += schema_errors(item, schema["items"], f"{where}[{n}]")
    return errors


def test_the_schema_check_bites():
    log = har([make_entry()], creator_version="1")
    del log["log"]["entries"][0]["timings"]["wait"]
    log["log"]["entries"][0]["response"]["status"] = "200"
    log["log"]["entries"][0]["request"]["body"] = "x"
    errors = schema_errors(log, HAR_SCHEMA)
    assert any("timings: missing wait" in e for e in errors)
    assert any("response.status: expected integer" in e for e in errors)
    assert any("body is not a HAR 1.2 field" in e for e in errors)


def read_har_bodies(har_entry: dict) -> tuple[bytes, bytes]:
    post = har_entry["request"].get("postData")
    request = b""
    if post:
        is_b64 = post.get("_encoding") == "base64"
        request = base64.b64decode(post["text"]) if is_b64 else post["text"].encode()
    content = har_entry["response"]["content"]
    response = content.get("text", "")
    is_b64 = content.get("encoding") == "base64"
    return request, base64.b64decode(response) if is_b64 else response.encode()


def test_har_export_is_valid_har_1_2_and_gives_every_byte_back(tmp_path):
    entries = every_kind()
    path = tmp_path / "journal.har"
    assert write_har(path, entries, creator_version="0.1.0") == 5
    log = json.loads(path.read_text(encoding="utf-8"))
    assert schema_errors(log, HAR_SCHEMA) == []
    assert log["log"]["creator"] == {"name": "OVO SNAP Workbench", "version": "0.1.0"}
    for original, exported in zip(entries, log["log"]["entries"], strict=True):
        request, response = exported["request"], exported["response"]
        assert request["method"] == original.method and request["url"] == original.url
        headers = {h["name"]: h["value"] for h in request["headers"]}
        assert list(headers.items()) == list(original.request_headers.items())
        answer = {h["name"]: h["value"] for h in response["headers"]}
        assert list(answer.items()) == list(original.response_headers.items())
        assert read_har_bodies(exported) == (original.request_body, original.response_body)
        assert response["content"]["size"] == len(original.response_body)
        timings = exported["timings"]
        assert exported["time"] == timings["send"] + timings["wait"] + timings["receive"]
        assert exported["startedDateTime"] == "2023-09-06T05:02:58.247+07:00"
        assert exported["_workbench"]["outcome"] == original.outcome.value
        assert exported["_workbench"]["externalId"] == original.external_id
        assert exported["_workbench"]["partnerReferenceNo"] == original.partner_reference_no
        assert exported["_workbench"]["stringToSign"] == original.string_to_sign
        if original.status is None:
            assert response["status"] == 0 and response["content"]["size"] == 0
    first = log["log"]["entries"][0]
    assert first["time"] == 350.0
    assert first["response"]["statusText"] == "OK"
    assert first["request"]["postData"] == {
        "mimeType": "application/json",
        "text": TOPUP_BODY.decode(),
    }
    assert log["log"]["entries"][4]["response"]["content"]["encoding"] == "base64"


def test_har_query_string_is_parsed():
    entry = make_entry(url=URL + "?a=1&b=%20x&a=")
    query = har([entry], creator_version="1")["log"]["entries"][0]["request"]["queryString"]
    assert query == [
        {"name": "a", "value": "1"},
        {"name": "b", "value": " x"},
        {"name": "a", "value": ""},
    ]


# --- JSON Lines ---------------------------------------------------------------------------------


def entry_from_jsonl(obj: dict) -> JournalEntry:
    """Reads a line back: bodies by their `_encoding`, the outcome by its value."""
    for name in ("request_body", "response_body"):
        text, encoding = obj[name], obj.pop(f"{name}_encoding")
        obj[name] = base64.b64decode(text) if encoding == "base64" else text.encode()
    return JournalEntry(**{**obj, "outcome": Outcome(obj["outcome"])})


@settings(max_examples=60, deadline=None)
@given(entry=hostile_entries(), response=hostile_bodies, message=hostile_text)
@example(entry=make_entry(), response="a\u2028b\x85c\u2029".encode(), message="d\u2028\re")
def test_jsonl_gives_every_field_back_one_line_each(entry, response, message):
    entries = [*every_kind(), replace(entry, response_body=response, message=message)]
    lines = list(jsonl_lines(entries))
    assert len(lines) == len(entries)
    text = "\n".join(lines) + "\n"
    assert text.splitlines() == lines, "no line holds anything a reader takes as a line end"
    assert [entry_from_jsonl(json.loads(line)) for line in lines] == entries


def test_jsonl_names_the_encoding_of_each_body(tmp_path):
    path = tmp_path / "journal.jsonl"
    assert write_jsonl(path, [make_entry(), binary_entry()]) == 2
    first, second = (json.loads(line) for line in path.read_text("utf-8").splitlines())
    assert first["request_body"] == TOPUP_BODY.decode()
    assert first["request_body_encoding"] == "utf-8"
    assert second["response_body_encoding"] == "base64"
    assert base64.b64decode(second["response_body"]) == binary_entry().response_body
    assert first["outcome"] == "success" and first["request_headers"]["X-SCOPE-ID"]


# --- atomic export ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["har", "jsonl"])
def test_an_existing_export_is_not_replaced_without_force(tmp_path, kind):
    path = tmp_path / f"journal.{kind}"
    path.write_bytes(b"the old export\n")

    def export(force: bool = False) -> int:
        if kind == "har":
            return write_har(path, every_kind(), creator_version="1", force=force)
        return write_jsonl(path, every_kind(), force=force)

    with pytest.raises(FileExists) as refused:
        export()
    assert str(refused.value).startswith(
        f"Not written, because this would replace an existing file: {path}"
    )
    assert "confirm replacing it" in str(refused.value)
    assert path.read_bytes() == b"the old export\n"
    assert export(force=True) == 5
    assert path.read_bytes() != b"the old export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name], "no temporary file left"
