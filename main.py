"""OVO SNAP Workbench entry point: no arguments open the window; arguments run the command
line (`python main.py --help`); `screenshots --out DIR` renders the window's tabs to PNG;
`self-test` checks that this copy of the program works (the built one above all)."""

import sys


def _window_checks() -> list:
    """The self-test's window checks, imported only when they run: `core` never imports
    Qt, and a program whose Qt cannot load still reports its other checks."""
    from gui.self_test import window_checks

    return window_checks()


def _console_for_command_line() -> None:
    """A Windows build has no console window (it is a GUI program), so a command typed in
    a terminal would print nothing: attach to the terminal it was started from, if any."""
    if sys.platform != "win32" or not getattr(sys, "frozen", False) or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        sys.stdin = open("CONIN$", encoding="utf-8", errors="replace")  # noqa: SIM115


def _qt_verb(argv: list[str]) -> int:
    """The verbs that need Qt, which `core` never imports."""
    if argv[0] == "screenshots":
        from gui.screenshots import main as screenshots

        return screenshots(argv[1:])
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from core.self_test import main as self_test

    return self_test(argv[1:], window_checks=_window_checks)


def main(argv: list[str]) -> int:
    if not argv:
        from gui.app import run

        return run()
    _console_for_command_line()
    if argv[0] in ("screenshots", "self-test"):
        from core.cli.internal_error import guarded

        return guarded(argv[0], lambda: _qt_verb(argv))
    from core.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
