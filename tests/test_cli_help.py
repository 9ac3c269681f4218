"""Help like git's: each command's --help ends with examples, the top-level help gives each summary whole."""

import shlex

import click
import pytest

from learnscope.cli import group, summary
from tests.conftest import cli

CTX = click.Context(group)
NAMES = group.list_commands(CTX)


def examples(name: str) -> list[list[str]]:
    """The example command lines of ``learnscope NAME --help`` (comments dropped), split like a shell."""
    text = group.get_command(CTX, name).epilog or ""
    assert "Examples:" in text, f"`learnscope {name} --help` has no Examples: section"
    lines = [line.strip() for line in text.split("Examples:", 1)[1].splitlines()]
    return [shlex.split(line, comments=True) for line in lines if line.startswith("learnscope ")]


def test_top_level_help_gives_each_summary_whole():
    out = cli("--help", check=True).stdout
    commands = " ".join(out.split("Commands:")[1].split())
    for name in NAMES:
        text = summary(group.get_command(CTX, name))
        assert len(text) > 20 and f"{name} {text}" in commands, name     # whole, wrapped at most
    assert "..." not in out.split("Commands:")[1]
    assert "COMMAND --help" in out


@pytest.mark.parametrize("name", NAMES)
def test_every_command_has_two_or_three_examples(name):
    rows = examples(name)
    assert 2 <= len(rows) <= 3, f"{name}: {len(rows)} examples"
    out = cli(name, "--help", check=True).stdout
    assert out.count("Examples:") == 1 and out.index("Examples:") > out.index("Options:")   # last, as in git
    for args in rows:
        assert " ".join(args[:3]) in " ".join(out.split())


@pytest.mark.parametrize("name", NAMES)
def test_examples_use_the_commands_real_options(name, tmp_path, monkeypatch):
    """Each example parses with the command's own options (files it names are made to exist)."""
    monkeypatch.chdir(tmp_path)
    command = group.get_command(CTX, name)
    for args in examples(name):
        assert args[:2] == ["learnscope", name], args
        args = args[2: args.index(">") if ">" in args else None]
        for arg in args:
            if arg.endswith((".csv", ".json", ".db")) and not arg.startswith("-"):
                (tmp_path / arg).parent.mkdir(parents=True, exist_ok=True)
                (tmp_path / arg).touch()
        command.make_context(name, list(args))           # raises on an unknown option or a bad value
