"""OVO SNAP Workbench entry point: arguments run the command line; none will open the window.

Until the desktop window exists (a later release), no arguments prints the command list.
"""

import sys

from core.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
