"""The command group: commands imported only when run, store errors as one line, exit codes.

``dyads --help`` and a mistyped command must answer at once, so the group knows each lazy
command by its import path and one-line help and imports its module (spaCy, pandas, FastAPI,
Ray…) only to run it or show its own help (the pattern of click's "lazily loading
subcommands"). ``tests/test_cli_start.py`` checks that the one-line help written here is the
command's own.

Errors: a :class:`~dyads.errors.DyadsError` (a store that is missing, locked or unreadable, a
bad date, …) is printed as one line and exits 2; so is a usage error (a bad option value, an
unknown command), naming the command's ``--help``; anything unexpected too, saying to rerun
with ``--debug`` (or ``DYADS_DEBUG=1``), which shows the traceback instead.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any, ClassVar

import typer
from typer.core import TyperCommand, TyperGroup
from typer.exceptions import TyperException

from dyads.errors import DyadsError

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2
EXIT_CODES = (
    "Exit codes: 0 every input was stored, unchanged or skipped (or the command did what it "
    "was asked); 1 some input failed (each is named, and kept in the store's failures); "
    "2 usage or store error, or nothing to act on (no such input path, article id or actor), "
    "nothing was done."
)


def debugging(ctx: Any = None) -> bool:
    """Whether ``--debug`` was given (on the group's context) or ``DYADS_DEBUG`` is set."""
    while ctx is not None:
        if ctx.params.get("debug"):
            return True
        ctx = ctx.parent
    return os.environ.get("DYADS_DEBUG", "") not in ("", "0")


def say_error(message: str) -> None:
    """``error: message`` on standard error, as one line, markup-free."""
    sys.stderr.write(f"error: {' '.join(str(message).split())}\n")
    sys.stderr.flush()


class LazyGroup(TyperGroup):
    """A Typer group whose ``lazy`` commands, ``{name: ("module:attribute", short help)}``,
    are imported when run; ``attribute`` is a command function or a ``typer.Typer`` app."""

    lazy: ClassVar[dict[str, tuple[str, str]]] = {}

    def list_commands(self, ctx: Any) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        found = super().get_command(ctx, cmd_name)
        if found is not None or cmd_name not in self.lazy:
            return found
        # Listed in help: a stand-in with the one-line help, nothing imported.
        return TyperCommand(cmd_name, short_help=self.lazy[cmd_name][1])

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] in self.lazy and args[0] not in self.commands:
            self.commands[args[0]] = load_command(args[0], self.lazy[args[0]][0])
        return super().resolve_command(ctx, args)

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        """As click's, but a usage error ("Invalid value for --published", "No such option")
        is one ``error:`` line naming the command's ``--help``, not click's usage block
        (new-user trial, 2026-12-03: the README promises one line per error)."""
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except typer.Abort:
            say_error("aborted")
            sys.exit(EXIT_FAILED)
        except TyperException as exc:  # click's errors, as Typer bundles them
            message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
            message = message.replace("Value error, ", "")  # the validator's own prefix
            ctx = getattr(exc, "ctx", None)
            if ctx is not None:  # a usage error: where to read the usage
                message = f"{message} (see '{ctx.command_path} --help')"
            say_error(message)
            sys.exit(getattr(exc, "exit_code", EXIT_ERROR))
        sys.exit(code if isinstance(code, int) else EXIT_OK)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except DyadsError as exc:
            if debugging(ctx):
                raise
            say_error(str(exc))
            raise typer.Exit(EXIT_ERROR) from None
        except KeyboardInterrupt:
            say_error("interrupted")
            raise typer.Exit(130) from None
        except BrokenPipeError:
            # "dyads extract … | head": the reader has what it wanted; nothing is wrong
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(0) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as exc:
            if debugging(ctx) or _is_click_exception(exc):
                raise
            say_error(
                f"internal error {type(exc).__name__}: {exc} (rerun with --debug for the "
                "traceback, and please report it)"
            )
            raise typer.Exit(EXIT_ERROR) from None


def _is_click_exception(exc: Exception) -> bool:
    """Usage errors and the like (also the project's own, such as
    ``common.PlainUsageError``), which the group's caller prints and maps to exit 2."""
    return isinstance(exc, TyperException) or type(exc).__module__.split(".")[0] in (
        "click",
        "typer",
    )


def load_command(name: str, target: str) -> Any:
    """The click command for ``module:attribute`` (a command function or a Typer app)."""
    module_name, _, attribute = target.partition(":")
    found = getattr(importlib.import_module(module_name), attribute)
    if isinstance(found, typer.Typer):
        command = typer.main.get_group(found)
    else:
        single = typer.Typer(add_completion=False, rich_markup_mode=None)  # plain, as the rest
        single.command(name)(found)
        command = typer.main.get_command(single)
    command.name = name
    return command
