"""The `pressdesk` command: parses arguments and hands each subcommand to its module.

Argument parsing and printing only; the work is done by the core (model, store, checks, render,
importer, library). Heavy modules (and Textual above all) are imported only by the subcommand that
needs them, so `pressdesk --help`, `check` and `export` start fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module

from pressdesk import __version__
from pressdesk.cli.common import CommandParser, report_crash
from pressdesk.errors import PressdeskError

# name -> (module under pressdesk.cli, one-line help). Each module has add_arguments(parser) and
# run(args) -> exit status.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "new": ("new", "start a release from a template (or a coalition in the library)"),
    "check": ("check", "check releases against the rulebook"),
    "export": ("export", "export a release as text, Markdown, HTML email or .eml"),
    "import": ("import_", "turn a plain-text or Markdown release into a release file"),
    "library": ("library", "the saved coalition library: boilerplates, people, contacts"),
}

DESCRIPTION = """\
pressdesk: write, check and export press releases.

  pressdesk [FILE]            open the editor on FILE (created if missing), or a new draft
  pressdesk new FILE          start a release from a template
  pressdesk check FILE…       check releases (exit 1 on findings at --fail-on or above)
  pressdesk export FILE       export as text, Markdown, HTML email or .eml
  pressdesk import TEXTFILE   turn a .txt or .md release into a release file
  pressdesk library …         list, show and fill the saved library

Exit status: 0 success, 1 findings at or above --fail-on, 2 unusable input or usage.
"""


def _top_parser() -> CommandParser:
    parser = CommandParser(
        prog="pressdesk",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"pressdesk {__version__}")
    parser.add_argument("file", nargs="?", help="release file to open in the editor")
    parser.add_argument("--library", metavar="DIR", help="library folder (or PRESSDESK_LIBRARY)")
    return parser


def _sub_parser(name: str) -> tuple[CommandParser, str]:
    module_name, help_text = SUBCOMMANDS[name]
    module = import_module(f"pressdesk.cli.{module_name}")
    parser = CommandParser(prog=f"pressdesk {name}", description=help_text)
    module.add_arguments(parser)
    return parser, module_name


def _editor_preflight(file: str | None) -> None:
    """Refuse, before Textual loads, what would open the editor by mistake."""
    from pathlib import Path  # here, not at the top: `pressdesk --version` needs none of it

    if file is not None and not Path(file).exists() and Path(file).suffix != ".toml":
        import difflib

        close = difflib.get_close_matches(file, SUBCOMMANDS, n=1)
        if close:
            raise PressdeskError(
                f"{file!r} is not a command (did you mean `pressdesk {close[0]}`?)"
            )
        raise PressdeskError(f"{file}: no such file; a new release file needs a .toml name")
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise PressdeskError(
            "the editor needs a terminal; in scripts use `pressdesk check` or `pressdesk export`"
        )


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in SUBCOMMANDS:
            parser, module_name = _sub_parser(args_list[0])
            # Intermixed, so `check a.toml --format json b.txt` checks both files.
            args = parser.parse_intermixed_args(args_list[1:])
            module = import_module(f"pressdesk.cli.{module_name}")
        else:
            args = _top_parser().parse_args(args_list)
            _editor_preflight(args.file)
            module = import_module("pressdesk.cli.tui")
        status: int = module.run(args)
        return status
    except PressdeskError as exc:
        print(f"pressdesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("pressdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: one line for the user, the full story in a file
        report_crash(exc)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
