"""Bringing a store written by an older learnscope up to the current schema, in place.

Schema 1 -> 2: ``runs`` gains ``updated`` and the stored read (``verdict``,
``headline``, ``read_version``) plus indexes; the new ``params`` and ``metrics``
tables are filled from each run's config and summary. Schema 2 -> 3: covering indexes on
``params`` and ``metrics`` by run, which a filter of several terms probes. Nothing recorded is rewritten;
the stored reads are made lazily, when a list first needs them. Runs inside the
caller's transaction (which holds the store's schema lock), so another process
opening the store at the same time waits and then finds it upgraded.
"""

from __future__ import annotations

import json

from sqlalchemy import func, insert, inspect, select, text, update

from .derived import metric_rows, param_rows
from .schema import runs

_NEW_COLUMNS = (("updated", "FLOAT"), ("verdict", "VARCHAR(32)"), ("headline", "TEXT"),
                ("read_version", "INTEGER"))
_BATCH = 2000


def upgrade(conn, have: int) -> None:
    """Upgrade from schema ``have`` to the current one (tables already created by create_all)."""
    if have < 2:
        _to_2(conn)
    if have < 3:
        _to_3(conn)


def _to_3(conn) -> None:
    from .schema import metrics, params

    for table in (params, metrics):
        for index in table.indexes:
            index.create(conn, checkfirst=True)


def _to_2(conn) -> None:
    present = {c["name"] for c in inspect(conn).get_columns("runs")}
    for name, sql_type in _NEW_COLUMNS:
        if name not in present:
            conn.execute(text(f"ALTER TABLE runs ADD COLUMN {name} {sql_type}"))
    for index in runs.indexes:
        index.create(conn, checkfirst=True)
    conn.execute(update(runs).values(updated=func.coalesce(runs.c.heartbeat, runs.c.ended, runs.c.created)))
    _fill_derived(conn)


def _fill_derived(conn) -> None:
    from .schema import metrics, params

    last = ""
    while True:
        rows = conn.execute(select(runs.c.id, runs.c.config, runs.c.summary).where(runs.c.id > last)
                            .order_by(runs.c.id).limit(_BATCH)).all()
        if not rows:
            return
        p = [r for row in rows for r in param_rows(row.id, json.loads(row.config or "{}"))]
        m = [r for row in rows for r in metric_rows(row.id, json.loads(row.summary or "{}"))]
        if p:
            conn.execute(insert(params), p)
        if m:
            conn.execute(insert(metrics), m)
        last = rows[-1].id
