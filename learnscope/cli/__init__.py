"""The ``learnscope`` command line: one small module per command, loaded on demand.

Every error learnscope raises on purpose becomes one line on stderr and exit status 2.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import re
import sys

import click

from ..errors import LearnscopeError

# command name -> module under learnscope.cli defining `command`
COMMANDS = {
    "runs": "runs", "show": "show", "export": "export", "import": "import_cmd",
    "read": "read_cmd", "plot": "plot_cmd", "report": "report_cmd", "ui": "ui_cmd", "demo": "demo_cmd",
    "diff": "diff_cmd",
    "rm": "rm",
}


class LazyGroup(click.Group):
    """Lists the commands whose module exists, importing a module only when it is used."""

    def list_commands(self, ctx):
        return [n for n, m in COMMANDS.items() if importlib.util.find_spec(f"{__name__}.{m}")]

    def get_command(self, ctx, name):
        if name not in self.list_commands(ctx):
            return None
        return _examples_last(importlib.import_module(f"{__name__}.{COMMANDS[name]}").command)

    def format_commands(self, ctx, formatter):
        """Each command with its one-line summary whole (click would cut it at 45 characters)."""
        rows = [(name, summary(cmd)) for name in self.list_commands(ctx)
                if (cmd := self.get_command(ctx, name)) is not None and not cmd.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except LearnscopeError as exc:
            fail(str(exc))
        except (OSError, UnicodeError) as exc:
            fail(_os_message(exc))


def _examples_last(command):
    """As in git's help, a command's examples come last: its docstring's Examples block
    moves after the options (click's epilog)."""
    text = command.help or ""
    found = re.search(r"\n[ \t]*\x08\n[ \t]*Examples:", text)
    if found and command.epilog is None:
        command.help, command.epilog = text[: found.start()].rstrip(), inspect.cleandoc(text[found.start():])
    return command


def summary(command) -> str:
    """A command's one-line summary: its ``short_help``, else its help's first sentence, whole."""
    if command.short_help:
        return command.short_help
    first = " ".join(inspect.cleandoc(command.help or "").split("\n\n")[0].split())
    end = re.search(r"[.!?](\s|$)", first)
    return first[: end.start() + 1] if end else first


def _os_message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc)


def fail(message: str) -> None:
    """Print ``learnscope: error: MESSAGE`` (one line) and exit with status 2."""
    click.echo(f"learnscope: error: {' '.join(str(message).split())}", err=True)
    sys.exit(2)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="learnscope")
def group():
    """Record, plot and read the learning signals of training runs.

    The store is --store, else $LEARNSCOPE_STORE, else ./learnscope.

    `learnscope COMMAND --help` shows a command's options and examples.
    """


def main(args=None, prog_name: str = "learnscope") -> None:
    """The console entry point: usage errors, too, are one line and exit status 2."""
    bad = next((a for a in (sys.argv[1:] if args is None else args) if "\x00" in str(a)), None)
    if bad is not None:  # no shell can pass one, but a program calling main() can
        fail(f"argument {bad!r} holds a NUL byte, which no file name or option value can hold")
    try:
        group.main(args=args, prog_name=prog_name, standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("learnscope: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `learnscope`: just the help
            click.echo(exc.ctx.get_help())
            sys.exit(0)
        hint = f" (see `{exc.ctx.command_path} --help`)" if getattr(exc, "ctx", None) else ""
        fail(exc.format_message() + hint)


store_option = click.option(
    "--store", envvar="LEARNSCOPE_STORE", default=None, metavar="DIR|URL",
    help="Store directory or postgresql:// URL [default: $LEARNSCOPE_STORE or ./learnscope].")
