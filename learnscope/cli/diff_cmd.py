"""``learnscope diff RUN_A RUN_B``: what differs between two runs."""

from __future__ import annotations

import json

import click

from . import store_option

_SIDE = {"a": "◀ A", "b": "B ▶", "=": "=", "": ""}


@click.command()
@click.argument("run_a")
@click.argument("run_b")
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as JSON.")
@store_option
def command(run_a, run_b, as_json, store):
    """Compare two runs: config keys that differ, best and final values, reads.

    RUN_A and RUN_B are runs (id, id prefix, or project/name) or log files.
    Each metric both runs logged is shown with its best and final value side
    by side; the last column says whose best is better.

    \b
    Examples:
      learnscope diff sweep/lr-0.1 sweep/lr-0.01
      learnscope diff 3f2a9c training_log.csv         # a stored run against a log file
      learnscope diff sweep/lr-0.1 sweep/lr-0.01 --json
    """
    from ..api import load
    from ..diff import diff

    d = diff(load(run_a, store=store), load(run_b, store=store))
    if d.a == d.b:
        d.a, d.b = f"A: {d.a}", f"B: {d.b}"
    if as_json:
        click.echo(json.dumps(d.to_dict(), allow_nan=False, ensure_ascii=False, default=repr))
        return
    from rich.console import Console

    console = Console()
    for renderable in (_config_table(d), _metric_table(d), _read_table(d)):
        console.print(renderable)


def _table(title: str, d, *first):
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for name in first:
        table.add_column(name)
    table.add_column(escape(f"A  {d.a}"), overflow="fold")
    table.add_column(escape(f"B  {d.b}"), overflow="fold")
    return table


def _config_table(d):
    from rich.markup import escape

    from ..diff import is_absent

    if not d.config:
        return "config: the same"
    table = _table(f"config: {len(d.config)} key(s) differ", d, "key")
    for key, pair in d.config.items():
        table.add_row(escape(key), *["[dim]—[/]" if is_absent(v) else escape(_value(v)) for v in pair])
    return table


def _metric_table(d):
    from rich.markup import escape
    from rich.table import Table

    if not d.metrics:
        return "metrics: none shared"
    table = Table(title="metrics: best and final", title_justify="left")
    for name, justify in (("metric", "left"), ("best A", "right"), ("best B", "right"),
                          ("final A", "right"), ("final B", "right"), ("better", "center")):
        table.add_column(name, justify=justify)
    for m in d.metrics:
        label = m.key + (" (batch)" if m.level == "batch" else "")
        table.add_row(escape(label), *map(_number, m.best), *map(_number, m.final), _SIDE[m.better])
    return table


def _read_table(d):
    only_a, only_b, both = d.codes
    table = _table("read", d, "")
    table.add_row("verdict", d.read_a.verdict, d.read_b.verdict)
    if only_a or only_b:
        table.add_row("only here", ", ".join(only_a) or "—", ", ".join(only_b) or "—")
    if both:
        table.add_row("both", ", ".join(both), ", ".join(both))
    return table


def _value(v) -> str:
    return v if isinstance(v, str) else json.dumps(v, default=repr)


def _number(x) -> str:
    return "—" if x is None else f"{x:.4g}"
