"""The ``wengao`` command: subcommands for the command line, or the window.

``wengao outline FILE`` and friends never import Qt; ``wengao [FILE]`` starts the
window. Exit status: 0 fine, 1 the check found errors, 2 unusable input or
arguments (one line on stderr saying why).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import __version__
from app.cli import check_cmd, diff_cmd, export_cmd, new_cmd, outline_cmd, phrases_cmd
from app.cli.common import EXIT_OK, EXIT_USAGE, CliError, WengaoArgumentParser
from app.core.lang import current_language, pick

# Each subcommand module offers add_parser(subparsers, lang) and run(args) -> int.
SUBCOMMANDS = {
    "outline": outline_cmd,
    "check": check_cmd,
    "phrases": phrases_cmd,
    "new": new_cmd,
    "diff": diff_cmd,
    "export": export_cmd,
}


def build_parser(lang: str) -> argparse.ArgumentParser:
    parser = WengaoArgumentParser(
        prog="wengao",
        description=pick(
            "文稿：述责述廉报告、述职报告、年度工作总结的离线编辑与检查工具。不带子命令时打开编辑窗口。",
            "Wengao: an offline editor and checker for cadres' annual reports. Without a subcommand it opens the editor window.",
            lang,
        ),
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help=pick("显示帮助并退出", "show this help and exit", lang))
    parser.add_argument(
        "--version", action="version", version=f"wengao {__version__}", help=pick("显示版本并退出", "show the version and exit", lang)
    )
    subparsers = parser.add_subparsers(dest="command", metavar="{" + ",".join(SUBCOMMANDS) + "}")
    for module in SUBCOMMANDS.values():
        module.add_parser(subparsers, lang)
    return parser


def _language() -> str:
    """WENGAO_LANG if set, else the language chosen in the settings, else the locale's."""
    import os

    from app.core.lang import LANG_ENV

    if not os.environ.get(LANG_ENV):
        try:
            from app.cli.common import user_settings

            chosen = user_settings()["language"]
        except OSError:
            chosen = "auto"
        if chosen in ("zh", "en"):
            os.environ[LANG_ENV] = chosen  # the checker's and the importer's messages follow
            return chosen
    return current_language()


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _language()
    if not args_list or args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-"):
        from app.cli.gui_launch import launch_gui

        return launch_gui(args_list, lang)
    parser = build_parser(lang)
    try:
        args = parser.parse_args(args_list)
        if args.command is None:
            parser.print_help()
            return 0
        return SUBCOMMANDS[args.command].run(args, lang)
    except CliError as error:
        print(f"wengao: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly, as Unix tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
