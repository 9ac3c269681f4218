"""``learnscope plot SOURCE... -o FILE``: learning curves to a PNG, SVG or PDF file."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import InvalidValueError
from . import store_option

FORMATS = (".png", ".svg", ".pdf")


def group_sources(store, group: str) -> list[str]:
    """The ids of every run of ``group`` in the store, oldest first (folds in order)."""
    from ..store import open_store

    s = open_store(store, create=False)
    runs = [r for r in s.list_runs() if r.group == group]
    if not runs:
        groups = sorted({r.group for r in s.list_runs() if r.group})
        raise InvalidValueError(f"no runs of group {group!r} in store {s.location}; "
                                f"groups there: {', '.join(groups) or 'none'}")
    runs.sort(key=lambda r: (r.fold if r.fold is not None else -1, r.created))
    return [r.id for r in runs]


def group_histories(store, group: str, level: str | None, *, with_verdicts: bool = False):
    """The runs of ``group`` loaded together (a few queries for a sweep of 1,000 runs); a big
    group without ``--level batch`` skips batch points, which only its first 3 runs would show.
    ``with_verdicts``: also their stored verdicts (None where there is none), in order.
    Through the database driver alone when the store allows (:mod:`learnscope.store.lite`)."""
    from ..plot.model import BATCH_RUNS
    from ..store.lite import LiteReader, open_reader

    s = open_reader(store)
    if isinstance(s, LiteReader):
        from ..store.lite_load import load_many
    else:
        from ..store.bulk_load import load_many

    def load(infos, **kw):
        return load_many(s, infos, **kw)
    rows = sorted(s.iter_runs(group=group), key=lambda r: (r.info.fold if r.info.fold is not None else -1,
                                                          r.info.created))
    if not rows:
        group_sources(store, group)  # the one-line error naming the groups there
    infos = [r.info for r in rows]
    few = len(infos) <= BATCH_RUNS or level == "batch"
    histories = load(infos, levels=("batch", "epoch") if few else ("epoch",))
    if not few and not any(len(x) for h in histories for x in h.series.values()):
        histories = load(infos)  # runs with batch values only
    if with_verdicts:
        return histories, [r.verdict if r.read_current else None for r in rows]
    return histories


def output_path(out: str, allowed=FORMATS) -> Path:
    """The output file, checked: a known extension, an existing folder."""
    path = Path(out)
    if path.suffix.lower() not in allowed:
        raise InvalidValueError(f"output {out!r} must end in {', '.join(allowed)} (the file type is taken from it)")
    if not path.parent.is_dir():
        raise InvalidValueError(f"folder {str(path.parent)!r} for {out!r} does not exist")
    return path


@click.command()
@click.argument("sources", nargs=-1)
@click.option("-o", "--out", required=True, metavar="FILE", help="Output file: .png, .svg or .pdf.")
@click.option("--group", "group_name", metavar="NAME",
              help="Plot all runs of this group: folds/seeds as mean ± 1 std, a sweep's trials side by side "
                   "with a hyperparameter view.")
@click.option("--level", type=click.Choice(["epoch", "batch"]), default=None,
              help="Only epoch-level or only batch-level values [default: both].")
@click.option("--x", "x_axis", type=click.Choice(["epoch", "step", "tokens"]), default=None,
              help="The x axis: epochs, steps, or tokens seen (runs that log a 'tokens' series) "
                   "[default: epochs; steps for runs evaluated every N steps].")
@click.option("--smooth", type=float, default=0.0, metavar="W", help="EMA smoothing weight in [0, 1), e.g. 0.6.")
@click.option("--log/--no-log", "log_scale", default=None, help="Force a log (or linear) y axis for losses.")
@click.option("--metric", "metrics", multiple=True, metavar="NAME", help="Only this metric (repeatable).")
@click.option("--no-read", is_flag=True, help="Do not mark the read's findings.")
@store_option
def command(sources, out, group_name, level, x_axis, smooth, log_scale, metrics, no_read, store):
    """Plot learning curves of runs or log files into FILE.

    SOURCE is a run (id, project/name) or a log file; several are compared, one
    colour per run. --group NAME adds every run of that group: folds and seeds of one
    config drawn as mean ± 1 std, the trials of a sweep one line each, coloured by a
    hyperparameter, with the best metric against each hyperparameter underneath.

    \b
    Examples:
      learnscope plot digits/baseline -o curves.png
      learnscope plot --group kfold --level epoch -o folds.pdf
      learnscope plot lm/pretrain --x tokens --smooth 0.6 -o tokens.svg
    """
    from ..plot.figure import plot

    path = output_path(out)
    group, verdicts = group_histories(store, group_name, level, with_verdicts=True) if group_name else ([], [])
    sources = list(sources) + group
    if not sources:
        raise InvalidValueError("give at least one SOURCE (a run or a log file) or --group NAME")
    # repeats (folds, seeds of one config) are drawn as mean ± std; a sweep's trials one line each
    fig = plot(sources, level=level, smoothing=smooth, log_scale=log_scale, read=not no_read,
               metrics=list(metrics) or None, store=store, x=x_axis,
               verdicts=[None] * (len(sources) - len(verdicts)) + verdicts if group_name else None)
    png = path.suffix.lower() == ".png"
    # zlib level 1 instead of 6: a 1,000-run sweep's PNG is encoded ~4x faster, ~25% larger
    fig.savefig(path, dpi=150 if png else "figure", **({"pil_kwargs": {"compress_level": 1}} if png else {}))
    click.echo(f"wrote {path}")
