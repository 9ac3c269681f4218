"""``learnscope show RUN``: a per-epoch table in the terminal (per evaluation, by step, for a
run evaluated every N steps: never rows at fractional epochs)."""

from __future__ import annotations

import click

from . import store_option


def epoch_table(history, title: str | None = None):
    """A rich Table of a history's epoch-level series: one row per epoch, or for a step-based
    run (:mod:`learnscope.axis`) one row per evaluation at its step (and tokens, when logged)."""
    from rich.table import Table

    from ..axis import history_step_based, tokens_at, tokens_series, tokens_text

    series = [s for s in history.series.values() if s.level == "epoch"]
    series.sort(key=lambda s: (s.name, s.split != "train", s.split))
    steps = history_step_based(history)
    tokens = tokens_series(history) if steps else None
    table = Table(title=title, title_justify="left")
    table.add_column("step" if steps else "epoch", justify="right")
    if tokens is not None:
        table.add_column("tokens", justify="right")
    for s in series:
        table.add_column(s.keras_key, justify="right")
    rows: dict[float, dict] = {}
    for col, s in enumerate(series):
        for e, v in zip((s.step if steps else s.epoch).tolist(), s.value.tolist()):
            rows.setdefault(e, {})[col] = v
    for e in sorted(rows):
        row = rows[e]
        first = [f"{int(e):,}" if steps else f"{e:g}"]
        if tokens is not None:
            first.append(tokens_text(tokens_at(tokens, e)))
        table.add_row(*first, *[f"{row[c]:.4g}" if c in row else "" for c in range(len(series))])
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
