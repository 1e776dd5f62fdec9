"""OVO SNAP Workbench entry point: no arguments open the window; arguments run the command
line (`python main.py --help`); `screenshots --out DIR` renders the window's tabs to PNG."""

import sys


def main(argv: list[str]) -> int:
    if not argv:
        from gui.app import run

        return run()
    if argv[0] == "screenshots":
        from gui.screenshots import main as screenshots

        return screenshots(argv[1:])
    from core.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
