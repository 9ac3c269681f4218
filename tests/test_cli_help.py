"""Help like git's: each command's --help ends with examples, the top-level help gives each summary whole."""

import shlex

import click
import pytest

from learnscope.cli import group, summary
from learnscope.cli.examples import EXAMPLES
from tests.conftest import cli

CTX = click.Context(group)
NAMES = group.list_commands(CTX)


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
    rows = EXAMPLES.get(name, [])
    assert 2 <= len(rows) <= 3, f"{name}: add 2-3 examples to learnscope/cli/examples.py"
    out = cli(name, "--help", check=True).stdout
    assert "Examples:" in out
    for line, what in rows:
        assert line in out and what in out, line


@pytest.mark.parametrize("name", NAMES)
def test_examples_use_the_commands_real_options(name, tmp_path, monkeypatch):
    """Each example parses with the command's own options (paths it names are made to exist)."""
    monkeypatch.chdir(tmp_path)
    command = group.get_command(CTX, name)
    for line, _ in EXAMPLES[name]:
        args = shlex.split(line)
        assert args[:2] == ["learnscope", name], line
        for arg in args[2:]:
            if arg.endswith((".csv", ".json")) and not arg.startswith("-"):
                (tmp_path / arg).parent.mkdir(parents=True, exist_ok=True)
                (tmp_path / arg).touch()
        command.make_context(name, args[2:])                 # raises on an unknown option or bad value
