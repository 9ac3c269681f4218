"""``learnscope export RUN``: a run's values as Keras-style JSON, CSVLogger CSV, or Parquet."""

from __future__ import annotations

import csv
import json
import math
import sys

import click

from . import store_option


def _json_value(v: float):
    return v if math.isfinite(v) else str(v)  # strict JSON has no NaN/Infinity


def columns(history, level: str) -> tuple[list, dict]:
    """Index values (epoch or step) and ``{keras_key: {index: value}}`` for one level."""
    index_of = "epoch" if level == "epoch" else "step"
    cols: dict[str, dict] = {}
    for s in history.series.values():
        if s.level == level:
            cols[s.keras_key] = dict(zip(getattr(s, index_of).tolist(), s.value.tolist()))
    index = sorted({i for c in cols.values() for i in c})
    return index, cols


HELP = """Export a run's values as JSON, CSV or Parquet.

JSON is a Keras-style dict of lists, CSV is Keras CSVLogger layout (one --level each);
Parquet holds every point of both levels, one row per point with step, epoch, wall_time
and one column per series, for pandas, polars and DuckDB.

\b
Examples:
  learnscope export digits/baseline -o history.json
  learnscope export digits/baseline --format csv --level batch
  learnscope export digits/baseline --format parquet -o run.parquet
"""


@click.command(help=HELP)
@click.argument("run")
@store_option
@click.option("--level", type=click.Choice(["epoch", "batch"]), default="epoch", show_default=True,
              help="The level JSON and CSV hold (Parquet holds both).")
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "parquet"]), default="json",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of standard output (required for parquet).")
def command(run, store, level, fmt, output):
    from ..api import load
    from ..errors import InvalidValueError

    if fmt == "parquet" and not output:
        raise InvalidValueError("--format parquet writes a binary file: give it with -o FILE "
                                "(e.g. -o run.parquet)")
    history = load(run, store=store)
    if fmt == "parquet":
        path = history.to_parquet(output)
        click.echo(f"wrote {path}: {sum(len(s) for s in history.series.values())} points of "
                   f"{len(history.series)} series", err=True)
        return
    index, cols = columns(history, level)
    out = open(output, "w", newline="") if output else sys.stdout
    try:
        if fmt == "json":
            _write_json(out, index, cols)
        else:
            _write_csv(out, index, cols, level)
    finally:
        if output:
            out.close()


def _write_json(out, index, cols) -> None:
    data = {k: [_json_value(c[i]) if i in c else None for i in index] for k, c in cols.items()}
    # one line per key: readable, and still the exact Keras History.history layout
    out.write("{\n" + ",\n".join(f" {json.dumps(k)}: {json.dumps(v)}" for k, v in data.items()) + "\n}\n")


def _write_csv(out, index, cols, level) -> None:
    first = "epoch" if level == "epoch" else "step"
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([first, *cols])
    for i in index:  # CSVLogger counts epochs from 0
        shown = int(i) - 1 if level == "epoch" and float(i).is_integer() else i
        writer.writerow([shown, *[repr(c[i]) if i in c else "" for c in cols.values()]])
