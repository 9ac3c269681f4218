"""``learnscope runs``: the runs in a store."""

from __future__ import annotations

import json
import time

import click

from . import store_option


def _fmt(v) -> str:
    if v is None:
        return ""
    return f"{v:.4g}" if isinstance(v, float) else str(v)


def _when(t: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(t)) if t else ""


def run_row(info) -> dict:
    """The fields the runs list shows, JSON-ready (non-finite values as strings)."""
    epoch = info.summary.get("epoch", {})
    batch = info.summary.get("batch", {})
    last = {k: v.get("last") for k, v in epoch.items()}
    n_epochs = max((int(v.get("last_epoch") or 0) for v in epoch.values()), default=0)
    n_steps = max((v.get("last_step", -1) + 1 for v in batch.values()), default=0)
    return {"id": info.id, "project": info.project, "name": info.name, "group": info.group,
            "fold": info.fold, "status": info.status, "created": info.created, "ended": info.ended,
            "epochs": n_epochs, "steps": n_steps,
            "last": {k: (v if v is None or v == v and abs(v) != float("inf") else str(v)) for k, v in last.items()}}


@click.command()
@store_option
@click.option("--project", default=None, help="Only runs of this project.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def command(store, project, as_json):
    """List the runs in a store: project, name, id, status, start, epochs, steps, last values."""
    from rich.console import Console
    from rich.table import Table

    from ..store import open_store

    rows = [run_row(r) for r in open_store(store, create=False).list_runs(project)]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    table = Table(title=f"{len(rows)} run(s)", title_justify="left")
    for col in ("project", "name", "id", "status", "started", "epochs", "steps", "last values"):
        table.add_column(col, overflow="fold")
    for r in rows:
        last = "  ".join(f"{k}={_fmt(v)}" for k, v in list(r["last"].items())[:6])
        table.add_row(r["project"], r["name"], r["id"], r["status"], _when(r["created"]),
                      str(r["epochs"]), str(r["steps"]), last)
    Console().print(table)
