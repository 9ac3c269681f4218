"""``learnscope demo``: train and record three small real models, then show them."""

from __future__ import annotations

import click


@click.command()
@click.option("--out", type=click.Path(file_okay=False), default="learnscope-demo", show_default=True,
              help="Folder for the demo's store and outputs.")
def command(out):
    """Train three small PyTorch models on scikit-learn's digits (no download) and record them.

    A sound baseline, a learning rate far too high, and a large model on a small
    subset that overfits; each run's table and its read are printed.
    """
    from rich.console import Console
    from rich.markup import escape

    from ..demo import run_demo
    from ..read import read
    from ..read.render import print_read
    from .show import epoch_table

    console = Console()
    runs = run_demo(out, echo=lambda m: console.print(escape(m)))
    for run in runs:
        h = run.history()
        console.print(epoch_table(h, title=escape(f"{h.info.ref}: {h.meta.get('story', '')}")))
        print_read(read(h), console)
    console.print(f"store: {runs[0].store.location}   (learnscope runs --store {runs[0].store.location})")
