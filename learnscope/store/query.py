"""Which runs, in which order, a page at a time: every runs-list query of the store.

A :class:`RunQuery` says what is wanted (text, config and metric filters, group,
status, verdict, order); this module turns it into SQL text with bound parameters for
SQLite or PostgreSQL (:class:`~.conditions.Sql`), run by the store through SQLAlchemy or, for a
quick ``learnscope runs``, straight through the database driver (:mod:`.lite`); its WHERE clause
comes from :mod:`.conditions`. It imports no SQLAlchemy. Config and metric filters and metric
sorts go through the indexed ``params`` and ``metrics`` tables, never through JSON.

>>> q = RunQuery(where="lr<0.01", sort="best:val_loss")
>>> sql = page_sql(q, "sqlite", limit=50)[0]
>>> "JOIN params" in sql.text and 0.01 in sql.params.values()
True
>>> count_sql(RunQuery(where="optimizer=adam"), "postgresql").text.count("%(")
2
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from .conditions import Binds, Sql, conditions, status_expr, terms_count
from .filters import STATUSES, FilterError, Sort, Term, check_choice, parse_sort, parse_where

STALE_AFTER = 60.0  # seconds without a heartbeat before a "running" run is shown as crashed
ROW_NAMES = ("id", "project", "name", "grp", "fold", "status", "config", "meta", "summary", "host", "created",
             "ended", "heartbeat", "n_epochs", "n_steps", "updated", "verdict", "headline", "read_version")
MAX_TEXT = 300


@dataclass
class RunQuery:
    """What a runs list asks for. Every field is checked when the query is built.

    ``where``: config and metric terms (see :mod:`learnscope.store.filters`); ``text``: a
    substring of project, group, name, verdict, status or id; ``sort``: ``-created``
    (default), a column, or ``best:METRIC`` / ``last:METRIC``; ``since``: only runs
    written after that time (the dashboard's refresh); ``unread``: only finished runs
    whose stored read is missing or outdated.
    """

    text: str = ""
    where: str = ""
    project: str | None = None
    group: str | None = None
    status: str | None = None
    verdict: str | None = None
    sort: str = "-created"
    since: float | None = None
    ids: list[str] | None = None
    unread: bool = False
    terms: list[Term] = field(init=False, repr=False)
    order: Sort = field(init=False, repr=False)

    def __post_init__(self):
        self.terms = parse_where(self.where)
        self.order = parse_sort(self.sort)
        check_choice("status", self.status, STATUSES)
        if len(self.text or "") > MAX_TEXT:
            raise FilterError(f"filter text is {len(self.text)} characters long; at most {MAX_TEXT}")
        if self.verdict is not None:
            from ..read import CODES
            check_choice("verdict", self.verdict, CODES)

    @property
    def filters_nothing(self) -> bool:
        """Whether every run of the store matches (its count is the store's total).

        >>> RunQuery(sort="name").filters_nothing, RunQuery(where="lr<0.1").filters_nothing
        (True, False)
        """
        return not ((self.text or "").strip() or self.terms or self.unread or any(
            v is not None for v in (self.project, self.group, self.status, self.verdict, self.since, self.ids)))


def stale_before() -> float:
    return time.time() - STALE_AFTER


def _where(filters: tuple[str, list[str]], *more: str) -> str:
    joins, conds = filters
    conds = conds + list(more)
    return joins + (f" WHERE {' AND '.join(conds)}" if conds else "")


_COLUMN = {"created": "r.created", "name": "r.name", "project": "r.project", "group": "r.grp",
           "epochs": "r.n_epochs", "steps": "r.n_steps", "verdict": "r.verdict", "updated": "r.updated",
           "id": "r.id"}


def _order_col(b: Binds, s: Sort, before: float) -> str:
    if s.column == "status":
        return status_expr(b, before)
    if s.column == "duration":
        return "(coalesce(r.ended, r.heartbeat, r.created) - r.created)"
    return _COLUMN[s.column]


_MAY_BE_NULL = ("group", "verdict", "updated")


def _direction(s: Sort, *, non_null: bool = False) -> str:
    """ASC or DESC, with NULLS LAST where the sort key may be NULL (a metric, a nullable column).
    Never on a NOT NULL column: PostgreSQL would not read ``created DESC NULLS LAST`` backwards
    from ``ix_runs_created`` (a backward scan gives NULLS FIRST), so the newest page of 100,000
    runs sorted them all (63 ms, two parallel workers) instead of reading 20 index entries.
    ``non_null``: the query keeps only rows whose sort key is not NULL (a metric sort's page)."""
    nulls = " NULLS LAST" if not non_null and (s.field or s.column in _MAY_BE_NULL) else ""
    return ("DESC" if s.descending else "ASC") + nulls


def _limit(b: Binds, limit: int | None, offset: int) -> str:
    out = f" LIMIT {b(int(limit))}" if limit is not None else (" LIMIT -1" if offset and not b.pg else "")
    return out + (f" OFFSET {b(int(offset))}" if offset else "")


_TIES = "r.created DESC, r.id"


def _metric_join(b: Binds, s: Sort, *, inner: bool) -> tuple[str, str]:
    col = "m.best" if s.field == "best" else "m.last"
    on = f"m.run_id = r.id AND m.level = {b(s.level)} AND m.key = {b(s.key)}"
    if inner:
        return f" JOIN metrics m ON {on} AND {col} IS NOT NULL", col
    return f" LEFT JOIN metrics m ON {on}", col


def page_sql(q: RunQuery, dialect: str, *, limit: int, offset: int = 0) -> tuple[Sql, Sql | None]:
    """``(ordered, n_ordered)``: the SELECT of one page of run ids, narrow so the sort carries ids
    only, and for a metric sort the count of runs that have the metric (else None).

    A metric sort reads the metric's index in order (``ordered``: the runs that have the
    metric); the runs without it follow, newest first (:func:`rest_sql`).
    """
    before, s = stale_before(), q.order
    b = Binds(dialect)
    if not s.field:
        col = _order_col(b, s, before)
        where = _where(conditions(b, q, before))
        return b.sql(f"SELECT r.id FROM runs r{where} ORDER BY {col} {_direction(s)}, {_TIES}"
                     + _limit(b, limit, offset)), None
    join, col = _metric_join(b, s, inner=True)
    where = _where(conditions(b, q, before))
    ordered = b.sql(f"SELECT r.id FROM runs r{join}{where} ORDER BY {col} {_direction(s, non_null=True)}, {_TIES}"
                    + _limit(b, limit, offset))
    c = Binds(dialect)
    join, col = _metric_join(c, s, inner=True)
    return ordered, c.sql(f"SELECT count(*) FROM runs r{join}{_where(conditions(c, q, before))}")


def rest_sql(q: RunQuery, dialect: str, *, limit: int, offset: int = 0) -> Sql:
    """For a metric sort: the runs without the metric, newest first."""
    b, s = Binds(dialect), q.order
    col = "m.best" if s.field == "best" else "m.last"
    has = (f"SELECT 1 FROM metrics m WHERE m.run_id = r.id AND m.level = {b(s.level)} AND m.key = {b(s.key)} "
           f"AND {col} IS NOT NULL")
    where = _where(conditions(b, q, stale_before()), f"NOT EXISTS ({has})")
    return b.sql(f"SELECT r.id FROM runs r{where} ORDER BY {_TIES}" + _limit(b, limit, offset))


def select_sql(q: RunQuery, dialect: str, *, limit: int | None = None, offset: int = 0,
               cols: tuple[str, ...] = ROW_NAMES) -> Sql:
    """The SELECT of ``cols`` of the runs matching ``q`` (``limit=None``: all), in its order,
    ties broken by newest first."""
    before, s = stale_before(), q.order
    b = Binds(dialect)
    join = ""
    if s.field:
        join, col = _metric_join(b, s, inner=False)
    else:
        col = _order_col(b, s, before)
    where = _where(conditions(b, q, before))
    names = ", ".join(f"r.{c}" for c in cols)
    return b.sql(f"SELECT {names} FROM runs r{join}{where} ORDER BY {col} {_direction(s)}, {_TIES}"
                 + _limit(b, limit, offset))


def rows_sql(ids: list[str], dialect: str, cols: tuple[str, ...] = ROW_NAMES) -> Sql:
    """The rows of the runs ``ids`` (a page), in no order."""
    b = Binds(dialect)
    names = ", ".join(f"r.{c}" for c in cols)
    return b.sql(f"SELECT {names} FROM runs r WHERE r.id IN ({', '.join(b(i) for i in ids)})")


def count_sql(q: RunQuery, dialect: str) -> Sql:
    """How many runs match ``q``."""
    b = Binds(dialect)
    only_terms = terms_count(b, q)
    if only_terms:
        return b.sql(only_terms)
    return b.sql(f"SELECT count(*) FROM runs r{_where(conditions(b, q, stale_before()))}")


def total_sql(dialect: str, project: str | None = None) -> Sql:
    """How many runs the store holds (of ``project``)."""
    b = Binds(dialect)
    return b.sql("SELECT count(*) FROM runs r" + (f" WHERE r.project = {b(project)}" if project else ""))


def metric_keys_sql(dialect: str, limit: int = 500) -> Sql:
    """The distinct ``(key, level)`` of every run's metrics, epoch level first, then by key.

    PostgreSQL walks ``ix_metrics_last`` from one key to the next (a loose index scan: a few
    index probes per key instead of reading 300,000 rows); SQLite's DISTINCT already does.
    """
    b = Binds(dialect)
    if not b.pg:
        return b.sql(f"SELECT DISTINCT key, level FROM metrics ORDER BY level DESC, key LIMIT {b(limit)}")
    return b.sql(
        "WITH RECURSIVE k(level, key) AS ("
        "(SELECT level, key FROM metrics ORDER BY level, key LIMIT 1) UNION ALL "
        "SELECT n.level, n.key FROM k, LATERAL (SELECT m.level, m.key FROM metrics m "
        "WHERE (m.level, m.key) > (k.level, k.key) ORDER BY m.level, m.key LIMIT 1) n) "
        f"SELECT key, level FROM k ORDER BY level DESC, key LIMIT {b(limit)}")
