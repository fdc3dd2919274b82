"""PyInstaller's entry point: the same as the ``wengao`` console script.

No arguments (or one file) open the window; a subcommand runs the command line.
"""

import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
