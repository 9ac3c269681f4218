"""``learnscope report SOURCE... -o report.html``: one self-contained HTML report."""

from __future__ import annotations

import click

from ..errors import InvalidValueError
from . import store_option
from .plot_cmd import group_histories


@click.command()
@click.argument("sources", nargs=-1)
@click.option("-o", "--out", default="report.html", show_default=True, metavar="FILE.html", help="Output file.")
@click.option("--group", "group_name", metavar="NAME", help="Add every run of this group: folds and seeds as mean ± 1 std, a sweep side by side.")
@click.option("--title", default=None, help="Title of the report [default: the run, or 'N runs'].")
@click.option("--no-read", is_flag=True, help="Leave the read of each run out.")
@store_option
def command(sources, out, group_name, title, no_read, store):
    """Write an HTML report of runs or log files: interactive curves, the read of
    each run, the config table. One file that opens offline, also on a phone.

    \b
    Examples:
      learnscope report digits/baseline -o baseline.html
      learnscope report sweep/lr-0.1 sweep/lr-0.01 training_log.csv
      learnscope report --group lr-sweep --title 'LR sweep' -o sweep.html
    """
    from ..report import write_report

    sources = list(sources) + (group_histories(store, group_name, None) if group_name else [])
    if not sources:
        raise InvalidValueError("give at least one SOURCE (a run or a log file) or --group NAME")
    path = write_report(sources, out, store=store, title=title, read=not no_read)
    click.echo(f"wrote {path} ({path.stat().st_size / 1024:.0f} KiB)")
