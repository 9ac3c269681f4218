"""``learnscope read SOURCE``: the training read of a run or a log file."""

from __future__ import annotations

import sys

import click

from . import store_option

FAIL_LEVELS = ("error", "warning")


@click.command()
@click.argument("source", required=False)
@click.option("--group", metavar="NAME", default=None,
              help="Read a group of runs instead (a sweep, k-fold folds): the best run and why, folds mean ± std.")
@click.option("--json", "as_json", is_flag=True, help="Print the read as JSON (the documented contract).")
@click.option("--markdown", is_flag=True, help="Print the read as Markdown.")
@click.option("--classes", type=click.IntRange(min=2), default=None, metavar="N",
              help="Number of classes, for the chance-level check [default: from the run, or inferred].")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None,
              help="Exit with status 1 when the read has a finding of this severity or worse "
                   "(for CI pipelines and agents); 0 otherwise.")
@store_option
def command(source, group, as_json, markdown, classes, fail_on, store):
    """Diagnose a run's learning curves in words, with evidence.

    SOURCE is a run (id, id prefix, or project/name) or any log file learnscope can
    import (Keras CSV, Lightning metrics.csv, trainer_state.json, TensorBoard events...).

    Exit status: 0, or 1 with --fail-on when a finding is that severe; 2 for bad input.

    \b
    Examples:
      learnscope read demo/overfit
      learnscope read training_log.csv --classes 10 --json
      learnscope read training_log.csv --fail-on error    # exit 1 on NaN or divergence (CI)
    """
    from ..api import load
    from ..read import read
    from ..read.render import print_read, to_json, to_markdown

    if as_json and markdown:
        raise click.UsageError("choose one of --json and --markdown")
    if (source is None) == (group is None):
        raise click.UsageError("give a run or log file to read, or --group NAME (not both)")
    if group is not None and fail_on is not None:
        raise click.UsageError("--fail-on judges one read: give a run or log file, not --group")
    if group is not None:
        return _read_group(group, store, as_json, markdown, classes)
    result = read(load(source, store=store), classes=classes)
    if not result.run:
        result.run = source
    if as_json:
        click.echo(to_json(result))
    elif markdown:
        click.echo(to_markdown(result), nl=False)
    else:
        print_read(result)
    if fail_on is not None and failing(result, fail_on):
        sys.exit(1)


def failing(result, level: str) -> bool:
    """Whether ``result`` has a finding of severity ``level`` or worse."""
    from ..read.registry import SEVERITIES

    rank = SEVERITIES.index(level)
    return any(SEVERITIES.index(f.severity) >= rank for f in result.findings)


def _read_group(name, store, as_json, markdown, classes):
    import json

    from ..read.group import load_group, read_group, read_stored_group, to_text

    # the stored reads were made without --classes: with it, each run is read again
    result = read_stored_group(name, store) if classes is None else read_group(load_group(name, store), classes=classes)
    if as_json:
        click.echo(json.dumps(result.to_dict(), allow_nan=False, ensure_ascii=False))
    else:
        text = to_text(result)
        click.echo(f"```\n{text}```\n" if markdown else text, nl=False)
