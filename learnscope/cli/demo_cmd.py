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

    \b
    Examples:
      learnscope demo                                 # into ./learnscope-demo
      learnscope demo --out /tmp/demo                 # then: learnscope ui --store /tmp/demo/store
    """
    from rich.console import Console
    from rich.markup import escape

    from ..demo import run_demo
    from ..read import read
    from ..read.render import print_read
    from .show import epoch_table

    console = Console()
    runs = run_demo(out, echo=lambda m: console.print(escape(m)))
    histories = []
    for run in runs:
        h = run.history()
        histories.append(h)
        console.print(epoch_table(h, title=escape(f"{h.info.ref}: {h.meta.get('story', '')}")))
        print_read(read(h), console)
    _write_figures(histories, out, console)
    console.print(f"store: {runs[0].store.location}   (learnscope runs --store {runs[0].store.location})")


def _write_figures(histories, out, console) -> None:
    """Each run's figure, one comparing them, and the HTML report, into the demo folder."""
    from pathlib import Path

    from ..plot.figure import plot
    from ..report import write_report

    folder = Path(out)
    for h in histories:
        plot(h).savefig(folder / f"{h.info.name}.png", dpi=120)
    plot(histories).savefig(folder / "compare.png", dpi=120)
    report = write_report(histories, folder / "report.html")
    console.print(f"figures: {folder}/*.png   report: {report}")
