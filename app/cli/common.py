"""Shared pieces of the command line: exit codes, errors, argument parsing."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

EXIT_OK = 0
EXIT_FINDINGS = 1  # the check found error-severity findings
EXIT_USAGE = 2  # unusable input or arguments


class CliError(Exception):
    """A one-line reason to stop; printed on stderr without a traceback."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class WengaoArgumentParser(argparse.ArgumentParser):
    """argparse that fails with one line and exit status 2, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        print(f"wengao: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def user_settings():
    """The user's settings.json. What load_settings had to reset or move aside is
    said on stderr and the corrected file stored, as the window does: never silently,
    and only once."""
    from app.core.settings import load_settings
    from app.paths import config_dir

    settings = load_settings(config_dir())
    if settings.problems:
        for problem in settings.problems:
            print(f"wengao: {problem}", file=sys.stderr)
        try:
            settings.save()
        except OSError:
            pass
    return settings


def configure_stdout() -> None:
    """Print UTF-8 whatever the console's code page (Windows cmd uses GBK)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass
