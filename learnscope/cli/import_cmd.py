"""``learnscope import PATH...``: store logs people already have as runs."""

from __future__ import annotations

from pathlib import Path

import click

from ..importers.registry import known
from . import store_option

HELP = f"""Import training logs, or every run of another tracker's store.

Known formats (told by content, then by name): {known()}.

A folder imports every known log below it, one run per log (TensorBoard's train/ and
validation/ folders join their parent's run). Every file is read and checked before
anything is stored; each run is stored in one transaction.

\b
Examples:
  learnscope import training_log.csv --project digits
  learnscope import lightning_logs/version_0/metrics.csv --name lit
  learnscope import mlflow.db mlruns/ wandb/       # every run of MLflow and W&B stores
"""


@click.command(help=HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--project", default=None, help="Project of the imported runs [default: the tracker's "
              "project, else default].")
@click.option("--name", default=None, help="Run name [default: from the log]; one run only.")
@store_option
def command(paths, project, name, store):
    from ..errors import InvalidValueError
    from ..importers import find_runs
    from ..store import open_store

    histories = [h for p in paths for h in find_runs(p)]   # all parsed first: a bad file stores nothing
    if name is not None and len(histories) > 1:
        raise InvalidValueError(f"--name names one run, but {len(histories)} were found; "
                                f"leave it out to name runs after their files")
    st = open_store(store)
    for h in histories:
        info = st.save_history(h, project=project, name=name)
        series = sum(1 for _ in h.series)
        points = sum(len(s) for s in h.series.values())
        click.echo(f"imported {info.ref}  id {info.id}  from {h.meta.get('source')} ({h.meta.get('format')}): "
                   f"{series} series, {_length(h)}, {points} points")


def _length(h) -> str:
    """How long the run was: "12 epochs", or for a step-based run "2,400 steps, 24 evaluations"."""
    from ..axis import history_step_based

    if not history_step_based(h):
        return f"{h.n_epochs} epochs"
    last = max((int(s.step.max()) for s in h.series.values() if len(s)), default=0)
    evals = max((len(s) for s in h.series.values() if s.level == "epoch"), default=0)
    return f"{last:,} steps, {evals} evaluations"
