"""``learnscope export RUN``: a run's values as Keras-style JSON or CSVLogger CSV."""

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


@click.command()
@click.argument("run")
@store_option
@click.option("--level", type=click.Choice(["epoch", "batch"]), default="epoch", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of standard output.")
def command(run, store, level, fmt, output):
    """Export a run's values: JSON is a Keras-style dict of lists, CSV is Keras CSVLogger layout."""
    from ..api import load

    index, cols = columns(load(run, store=store), level)
    out = open(output, "w", newline="") if output else sys.stdout
    try:
        if fmt == "json":
            data = {k: [_json_value(c[i]) if i in c else None for i in index] for k, c in cols.items()}
            # one line per key: readable, and still the exact Keras History.history layout
            out.write("{\n" + ",\n".join(f" {json.dumps(k)}: {json.dumps(v)}" for k, v in data.items()) + "\n}\n")
        else:
            first = "epoch" if level == "epoch" else "step"
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow([first, *cols])
            for i in index:  # CSVLogger counts epochs from 0
                shown = int(i) - 1 if level == "epoch" and float(i).is_integer() else i
                writer.writerow([shown, *[repr(c[i]) if i in c else "" for c in cols.values()]])
    finally:
        if output:
            out.close()
