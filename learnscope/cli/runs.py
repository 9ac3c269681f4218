"""``learnscope runs``: the runs in a store, newest first, a screenful at a time (like ``git log``).

Filters, order and paging run in the store's SQL (:mod:`learnscope.store.query`), so the
command takes the same time for 100 runs as for 100,000.
"""

from __future__ import annotations

import json
import math
import shutil
import sys
import time

import click

from . import store_option


def _num(v) -> str:
    if v is None or isinstance(v, str):
        return v or ""
    return f"{v:.4g}"


def _when(t: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(t)) if t else ""


def _safe(v):
    """Non-finite floats as strings: strict JSON."""
    return v if not isinstance(v, float) or math.isfinite(v) else str(v)


def run_row(row) -> dict:
    """The fields the runs list shows of a :class:`~learnscope.store.listing.RunRow`, JSON-ready."""
    info = row.info
    epoch, batch = info.summary.get("epoch", {}), info.summary.get("batch", {})
    n_epochs = max((int(v.get("last_epoch") or 0) for v in epoch.values()), default=0)
    n_steps = max((v.get("last_step", -1) + 1 for v in batch.values()), default=0)
    return {"id": info.id, "project": info.project, "name": info.name, "group": info.group,
            "fold": info.fold, "status": info.status, "created": info.created, "ended": info.ended,
            "epochs": n_epochs, "steps": n_steps, "verdict": row.verdict, "headline": row.headline,
            "config": info.config,
            "last": {k: _safe(v.get("last")) for k, v in epoch.items()},
            "best": {k: _safe(v.get("best")) for k, v in epoch.items()}}


def filter_options(fn):
    """The filters ``runs`` and ``rm`` share."""
    for opt in reversed((
        click.option("--where", default=None, metavar="EXPR",
                     help="Config and metric terms, e.g. 'lr<0.01, optimizer=adam, best val_loss<0.3'."),
        click.option("--group", default=None, help="Only runs of this group."),
        click.option("--status", default=None, type=click.Choice(["running", "finished", "crashed"]),
                     help="Only runs with this status (a run silent for a minute counts as crashed)."),
        click.option("--verdict", default=None, help="Only runs whose stored read has this verdict."),
        click.option("--project", default=None, help="Only runs of this project."),
        click.option("--match", "text", default=None, metavar="TEXT",
                     help="Text in the project, group, name, status or verdict."),
    )):
        fn = opt(fn)
    return fn


def screenful() -> int:
    return max(shutil.get_terminal_size((120, 24)).lines - 4, 5)


@click.command()
@store_option
@filter_options
@click.option("--sort", default="-created", show_default=True, metavar="KEY",
              help="created, name, group, status, epochs, duration, verdict, best:METRIC, last:METRIC; "
                   "a leading - sorts descending.")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=None, help="Show N runs [default: a screenful].")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip the first N runs.")
@click.option("--all", "show_all", is_flag=True, help="Show every matching run.")
@click.option("--json", "as_json", is_flag=True, help="Stream JSON (every match unless --limit).")
def command(store, where, group, status, verdict, project, text, sort, limit, offset, show_all, as_json):
    """List the runs in a store, most recent first: a screenful unless --limit N or --all.

    \b
    Examples:
      learnscope runs                                  # the newest runs, a screenful
      learnscope runs --where 'lr<0.01, optimizer=adam' --sort best:val_loss -n 10
      learnscope runs --project digits --json          # JSON, streamed, for scripts
    """
    from ..store.lite import open_reader
    from ..store.query import RunQuery

    st = open_reader(store)  # the driver alone: no SQLAlchemy, no numpy, unless a read must be made
    q = RunQuery(text=text or "", where=where or "", project=project, group=group, status=status,
                 verdict=verdict, sort=sort)
    if verdict is not None:
        _refresh_reads(st, q)
    if as_json:
        _stream_json(st, q, None if show_all else limit, offset)
        return
    _print_table(st, q, None if show_all else (limit or screenful()), offset)


def _refresh_reads(st, q) -> None:
    """A verdict filter needs every candidate's stored read: make the missing ones (once)."""
    from dataclasses import replace
    others = replace(q, verdict=None)
    if st.count(others) and (made := st.refresh_reads(others)):
        click.echo(f"learnscope: stored the read of {made} run(s) (once; later lists reuse it)", err=True)


def _stream_json(st, q, limit, offset) -> None:
    rows = st.iter_runs(q) if limit is None and not offset else iter(st.runs(q, limit=limit, offset=offset))
    out = sys.stdout
    out.write("[")
    for i, row in enumerate(rows):
        out.write(("," if i else "") + "\n" + json.dumps(run_row(row)))
    out.write("\n]\n")


def _metric(q, rows) -> str | None:
    if q.order.field:
        return q.order.key
    keys = {k for r in rows for k in r.info.summary.get("epoch", {})}
    return next((k for k in ("val_loss", "loss") if k in keys), min(keys) if keys else None)


def _print_table(st, q, limit, offset) -> None:
    rows = st.ensure_reads(st.runs(q, limit=limit, offset=offset), budget=5.0)
    matching = st.count(q) if limit is not None else len(rows) + offset
    metric = _metric(q, rows)
    click.echo(_title(st, q, len(rows), offset, matching))
    if rows:
        click.echo("\n".join(_table(rows, metric)))
    if offset + len(rows) < matching:
        click.echo(f"… {matching - offset - len(rows):,} more: --limit N, --offset {offset + len(rows)}, or --all")


def _title(st, q, shown, offset, matching) -> str:
    total = matching if q.filters_nothing else st.total()  # one count(*) of 100,000 runs, not two
    what = f"{shown:,} of {matching:,} run(s)" if shown < matching else f"{matching:,} run(s)"
    if offset:
        what += f" from #{offset + 1}"
    if matching != total:
        what += f" matching (store holds {total:,})"
    return what + (", newest first" if q.sort == "-created" else f", by {q.sort}")


def _table(rows, metric) -> list[str]:
    from .table import fit

    columns = [("id", "fixed"), ("project", "text"), ("name", "text"), ("group", "text"), ("status", "fixed"),
               ("started", "fixed"), ("epochs", "num"), ("verdict", "text")]
    if metric:
        columns += [(f"last {metric}", "num"), (f"best {metric}", "num")]
    body = []
    for r in rows:
        i = r.info
        entry = i.summary.get("epoch", {}).get(metric, {}) if metric else {}
        cells = [i.id, i.project, i.name, i.group or "", i.status, _when(i.created), str(r.n_epochs or ""),
                 (r.verdict or ("…" if i.status == "running" else "")).replace("_", " ")]
        body.append(cells + ([_num(entry.get("last")), _num(entry.get("best"))] if metric else []))
    width = shutil.get_terminal_size((120, 24)).columns
    return fit(columns, body, width=width, optional=("status", "epochs", "project", "group", "started", f"last {metric}"))
