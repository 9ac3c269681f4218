"""``learnscope show RUN``: a per-epoch table in the terminal."""

from __future__ import annotations

import click

from . import store_option


def epoch_table(history, title: str | None = None):
    """A rich Table of a history's epoch-level series: one row per epoch."""
    from rich.table import Table

    series = [s for s in history.series.values() if s.level == "epoch"]
    series.sort(key=lambda s: (s.name, s.split != "train", s.split))
    table = Table(title=title, title_justify="left")
    table.add_column("epoch", justify="right")
    for s in series:
        table.add_column(s.keras_key, justify="right")
    by_epoch: dict[float, dict] = {}
    for col, s in enumerate(series):
        for e, v in zip(s.epoch.tolist(), s.value.tolist()):
            by_epoch.setdefault(e, {})[col] = v
    for e in sorted(by_epoch):
        row = by_epoch[e]
        table.add_row(f"{e:g}", *[f"{row[c]:.4g}" if c in row else "" for c in range(len(series))])
    return table


@click.command()
@click.argument("run")
@store_option
def command(run, store):
    """Show a run's per-epoch values as a table (RUN: id, project/name, or a log file).

    \b
    Examples:
      learnscope show digits/baseline
      learnscope show 3f2a9c --store runs/
      learnscope show training_log.csv                # a log file, without importing it
    """
    from rich.console import Console

    from ..api import load

    h = load(run, store=store)
    console = Console()
    if not any(s.level == "epoch" for s in h.series.values()):
        n = sum(len(s) for s in h.series.values())
        console.print(f"{h.info.ref}: no epoch-level values ({n} batch-level points; "
                      f"`learnscope export {run} --level batch` prints them)")
        return
    from rich.markup import escape

    stop = h.meta.get("stopped_by")
    stopped = f"  stopped by the read: {stop.get('code')}" if isinstance(stop, dict) else ""
    console.print(epoch_table(h, title=escape(f"{h.info.ref}  [{h.info.status}]  id {h.info.id}{stopped}")))
