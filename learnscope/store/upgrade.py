"""Bringing a store written by an older learnscope up to the current schema, in place.

Schema 1 -> 2: ``runs`` gains ``updated`` and the stored read (``verdict``,
``headline``, ``read_version``) plus indexes; the new ``params`` and ``metrics``
tables are filled from each run's config and summary. Schema 2 -> 3: covering indexes on
``params`` and ``metrics`` by run, which a filter of several terms probes. Schema 3 -> 4: an index
on ``runs(status, created)`` and, in PostgreSQL, the trigram index of the text filter
(:func:`ensure_search_index`). Nothing recorded is rewritten;
the stored reads are made lazily, when a list first needs them. Runs inside the
caller's transaction (which holds the store's schema lock), so another process
opening the store at the same time waits and then finds it upgraded.
"""

from __future__ import annotations

import json
import warnings

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
    if have < 4:
        _to_4(conn)


def _to_4(conn) -> None:
    for index in runs.indexes:
        index.create(conn, checkfirst=True)
    ensure_search_index(conn)


SEARCH_INDEX = "ix_runs_search"


def ensure_search_index(conn) -> bool:
    """PostgreSQL: the trigram (``pg_trgm``) GIN index on each run's lower-cased search text
    (:func:`learnscope.store.conditions.search_text`), so a text filter reads the runs that hold
    the text instead of every run. Made with the store's schema (new store or upgrade).

    ``pg_trgm`` is a trusted extension (PostgreSQL 13+): a user with CREATE on the database
    (its owner, say) adds it. Where it cannot be added (older server, no such right, not
    installed) the store works as before, its text filter reading every run, and a warning
    says so; once an administrator has run ``CREATE EXTENSION pg_trgm`` in the database,
    :func:`add_search_index` adds the index. Returns whether the index is there.
    SQLite: nothing to do (its text filter reads the covering index ``ix_runs_text``).
    """
    from .conditions import search_text

    if conn.dialect.name != "postgresql":
        return False
    try:
        with conn.begin_nested():  # a failure rolls back this savepoint only, not the schema
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            conn.execute(text(f"CREATE INDEX IF NOT EXISTS {SEARCH_INDEX} ON runs "
                              f"USING gin (({search_text()}) gin_trgm_ops)"))
    except Exception as exc:  # noqa: BLE001 - any refusal leaves the store usable
        reason = str(getattr(exc, "orig", exc)).splitlines()[0]
        warnings.warn(f"learnscope: no trigram index for the text filter ({reason}), which will read every "
                      f"run; once an administrator has run CREATE EXTENSION pg_trgm in this database, "
                      f"learnscope.store.upgrade.add_search_index(URL) adds it", stacklevel=2)
        return False
    return True


def add_search_index(store=None) -> bool:
    """Add the text filter's trigram index to the PostgreSQL store ``store`` (URL; None: the
    default store) if it lacks it, e.g. after ``CREATE EXTENSION pg_trgm`` was allowed. Returns
    whether the index is there (False for SQLite, which needs none)."""
    from .cache import open_store

    st = open_store(store, create=False)
    with st.writer.begin() as conn:
        return ensure_search_index(conn)


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
