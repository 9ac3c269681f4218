"""Which runs, in which order, a page at a time: every runs-list query of the store.

A :class:`RunQuery` says what is wanted (text, config and metric filters, group,
status, verdict, order); this module turns it into SQL text with bound parameters for
SQLite or PostgreSQL (:class:`Sql`), run by the store through SQLAlchemy or, for a quick
``learnscope runs``, straight through the database driver (:mod:`.lite`). It imports no
SQLAlchemy. Config and metric filters and metric sorts go through the indexed ``params``
and ``metrics`` tables, never through JSON.

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
from typing import NamedTuple

from .filters import STATUSES, FilterError, Sort, Term, check_choice, parse_sort, parse_where

STALE_AFTER = 60.0  # seconds without a heartbeat before a "running" run is shown as crashed
ROW_NAMES = ("id", "project", "name", "grp", "fold", "status", "config", "meta", "summary", "host", "created",
             "ended", "heartbeat", "n_epochs", "n_steps", "updated", "verdict", "headline", "read_version")
MAX_TEXT = 300
DIALECTS = ("sqlite", "postgresql")


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


class Sql(NamedTuple):
    """One statement: its text, in the driver's parameter style, and its parameters."""

    text: str
    params: dict


class _Binds:
    """Bound parameters, named ``p0, p1, ...``: ``:p0`` for sqlite3, ``%(p0)s`` for psycopg."""

    def __init__(self, dialect: str):
        if dialect not in DIALECTS:
            raise ValueError(f"unknown dialect {dialect!r}: use one of {', '.join(DIALECTS)}")
        self.pg = dialect == "postgresql"
        self.params: dict = {}

    def __call__(self, value) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f"%({name})s" if self.pg else f":{name}"

    def sql(self, text: str) -> Sql:
        return Sql(text, self.params)


def stale_before() -> float:
    return time.time() - STALE_AFTER


def _silent(b: _Binds, before: float) -> str:
    return f"(r.status = 'running' AND coalesce(r.heartbeat, r.created) < {b(before)})"


def _status_expr(b: _Binds, before: float) -> str:
    """The status a list shows: a ``running`` run silent for STALE_AFTER seconds is ``crashed``."""
    return f"(CASE WHEN {_silent(b, before)} THEN 'crashed' ELSE r.status END)"


def _status_is(b: _Binds, status: str, before: float) -> str:
    if status == "crashed":
        return f"(r.status = 'crashed' OR {_silent(b, before)})"
    if status == "running":
        return f"(r.status = 'running' AND coalesce(r.heartbeat, r.created) >= {b(before)})"
    return f"r.status = {b(status)}"


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


TEXT_COLUMNS = ("project", "grp", "name", "verdict", "status", "id")
_NULLABLE = ("grp", "verdict")
_SEP = "\n"  # between the columns of the search text: a text without it cannot match across two


def search_text(alias: str = "") -> str:
    """PostgreSQL: the list's text columns of a run as one lower-cased text, the expression its
    trigram index ``ix_runs_search`` is built on (:func:`learnscope.store.upgrade.ensure_search_index`).
    The query must spell it the same way for the planner to use that index.

    >>> print(search_text("r")[:40])
    lower(r.project || E'\\n' || coalesce(r.g
    """
    col = [f"{alias}.{c}" if alias else c for c in TEXT_COLUMNS]
    parts = [f"coalesce({c}, '')" if name in _NULLABLE else c for c, name in zip(col, TEXT_COLUMNS)]
    return "lower(" + " || E'\\n' || ".join(parts) + ")"


def _text_matches(b: _Binds, text: str, before: float) -> str:
    """Text in any of the list's columns, ignoring case. PostgreSQL: one LIKE over the run's
    lower-cased :func:`search_text`, which its trigram index answers (a text holding the
    separator, never typed in a search box, is matched column by column). SQLite: plain LIKE
    on each column (case-blind for ASCII), read from the covering index ``ix_runs_text``."""
    pattern = b(_like(text))
    if b.pg and _SEP not in text:
        out = [f"{search_text('r')} LIKE {pattern} ESCAPE '\\'"]
    else:
        like = "ILIKE" if b.pg else "LIKE"
        out = [f"r.{c} {like} {pattern} ESCAPE '\\'" for c in TEXT_COLUMNS]
    if text.lower() in "crashed":  # a run silent too long shows as crashed: it matches too
        out.append(_status_is(b, "crashed", before))
    return "(" + " OR ".join(out) + ")"


_OPS = ("=", "!=", "<", "<=", ">", ">=")


def _op(op: str) -> str:
    """An operator to write into SQL: only those the filter parser makes."""
    if op not in _OPS:
        raise FilterError(f"cannot compare with {op!r}: use one of {', '.join(_OPS)}")
    return op


def _term_on(b: _Binds, t: Term, alias: str) -> tuple[str, str]:
    """``(table, condition)`` of a term on its row (``alias``), without the link to its run;
    a ``!=`` term's condition is what it must not match."""
    if t.kind != "config":
        col = f"{alias}.best" if t.kind == "best" else f"{alias}.last"
        return "metrics", (f"{alias}.level = {b(t.level)} AND {alias}.key = {b(t.key)} "
                           f"AND {col} {_op(t.op)} {b(t.value)}")
    op = "=" if t.op == "!=" else t.op
    if op == "~":
        cond = f"{alias}.txt LIKE {b(_like(str(t.value)))} ESCAPE '\\'"
    elif isinstance(t.value, float):
        cond = f"{alias}.num {_op(op)} {b(t.value)}"
    else:
        cond = f"{alias}.txt = {b(str(t.value).lower())}"
    return "params", f"{alias}.key = {b(t.key)} AND {cond}"


def _term(b: _Binds, t: Term, alias: str) -> tuple[str, str]:
    """``(JOIN, "")`` for a term a run must have, ``("", NOT EXISTS)`` for ``!=``. A join lets
    the planner start from the term's index when it matches few runs; each (run, key) has one
    row, so a join never repeats a run."""
    table, cond = _term_on(b, t, alias)
    on = f"{alias}.run_id = r.id AND {cond}"
    if t.op == "!=" and t.kind == "config":
        return "", f"NOT EXISTS (SELECT 1 FROM {table} {alias} WHERE {on})"
    return f" JOIN {table} {alias} ON {on}", ""


def _terms_count(b: _Binds, q: RunQuery) -> str | None:
    """The count of a query made of terms a run must have, and nothing else, without ``runs``:
    their rows joined on run id (a params or metrics row always belongs to a stored run: they
    are written and deleted with it). None for any other query."""
    others = (q.project, q.group, q.verdict, q.status, q.since, q.ids)
    if not q.terms or any(v is not None for v in others) or (q.text or "").strip() or q.unread or any(
            t.op == "!=" and t.kind == "config" for t in q.terms):
        return None
    table, first = _term_on(b, q.terms[0], "t0")
    joins = ""
    for i, t in enumerate(q.terms[1:], 1):
        other, cond = _term_on(b, t, f"t{i}")
        joins += f" JOIN {other} t{i} ON t{i}.run_id = t0.run_id AND {cond}"
    return f"SELECT count(*) FROM {table} t0{joins} WHERE {first}"


def _unread(b: _Binds, before: float) -> str:
    """Runs no longer live whose stored read is missing or of another READ_VERSION."""
    from .. import read_version
    done = (f"(r.status <> 'running' OR (r.heartbeat IS NULL AND r.created < {b(before)}) "
            f"OR r.heartbeat < {b(before)})")
    return f"({done} AND (r.read_version IS NULL OR r.read_version <> {b(read_version.READ_VERSION)}))"


def conditions(b: _Binds, q: RunQuery, before: float) -> tuple[str, list[str]]:
    """The JOINs (config and metric terms) and WHERE terms of ``q`` over ``runs r``."""
    joins, out = "", []
    for i, t in enumerate(q.terms):
        join, cond = _term(b, t, f"t{i}")
        joins += join
        out += [cond] if cond else []
    simple = ((q.project, "r.project"), (q.group, "r.grp"), (q.verdict, "r.verdict"))
    out += [f"{col} = {b(value)}" for value, col in simple if value is not None]
    if q.status:
        out.append(_status_is(b, q.status, before))
    if q.text and q.text.strip():
        out.append(_text_matches(b, q.text.strip(), before))
    if q.since is not None:
        out.append(f"r.updated > {b(q.since)}")
    if q.ids is not None:
        out.append(f"r.id IN ({', '.join(b(i) for i in q.ids)})" if q.ids else "1 = 0")
    if q.unread:
        out.append(_unread(b, before))
    return joins, out


def _where(filters: tuple[str, list[str]], *more: str) -> str:
    joins, conds = filters
    conds = conds + list(more)
    return joins + (f" WHERE {' AND '.join(conds)}" if conds else "")


_COLUMN = {"created": "r.created", "name": "r.name", "project": "r.project", "group": "r.grp",
           "epochs": "r.n_epochs", "steps": "r.n_steps", "verdict": "r.verdict", "updated": "r.updated",
           "id": "r.id"}


def _order_col(b: _Binds, s: Sort, before: float) -> str:
    if s.column == "status":
        return _status_expr(b, before)
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


def _limit(b: _Binds, limit: int | None, offset: int) -> str:
    out = f" LIMIT {b(int(limit))}" if limit is not None else (" LIMIT -1" if offset and not b.pg else "")
    return out + (f" OFFSET {b(int(offset))}" if offset else "")


_TIES = "r.created DESC, r.id"


def _metric_join(b: _Binds, s: Sort, *, inner: bool) -> tuple[str, str]:
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
    b = _Binds(dialect)
    if not s.field:
        col = _order_col(b, s, before)
        where = _where(conditions(b, q, before))
        return b.sql(f"SELECT r.id FROM runs r{where} ORDER BY {col} {_direction(s)}, {_TIES}"
                     + _limit(b, limit, offset)), None
    join, col = _metric_join(b, s, inner=True)
    where = _where(conditions(b, q, before))
    ordered = b.sql(f"SELECT r.id FROM runs r{join}{where} ORDER BY {col} {_direction(s, non_null=True)}, {_TIES}"
                    + _limit(b, limit, offset))
    c = _Binds(dialect)
    join, col = _metric_join(c, s, inner=True)
    return ordered, c.sql(f"SELECT count(*) FROM runs r{join}{_where(conditions(c, q, before))}")


def rest_sql(q: RunQuery, dialect: str, *, limit: int, offset: int = 0) -> Sql:
    """For a metric sort: the runs without the metric, newest first."""
    b, s = _Binds(dialect), q.order
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
    b = _Binds(dialect)
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
    b = _Binds(dialect)
    names = ", ".join(f"r.{c}" for c in cols)
    return b.sql(f"SELECT {names} FROM runs r WHERE r.id IN ({', '.join(b(i) for i in ids)})")


def count_sql(q: RunQuery, dialect: str) -> Sql:
    """How many runs match ``q``."""
    b = _Binds(dialect)
    only_terms = _terms_count(b, q)
    if only_terms:
        return b.sql(only_terms)
    return b.sql(f"SELECT count(*) FROM runs r{_where(conditions(b, q, stale_before()))}")


def total_sql(dialect: str, project: str | None = None) -> Sql:
    """How many runs the store holds (of ``project``)."""
    b = _Binds(dialect)
    return b.sql("SELECT count(*) FROM runs r" + (f" WHERE r.project = {b(project)}" if project else ""))


def metric_keys_sql(dialect: str, limit: int = 500) -> Sql:
    """The distinct ``(key, level)`` of every run's metrics, epoch level first, then by key.

    PostgreSQL walks ``ix_metrics_last`` from one key to the next (a loose index scan: a few
    index probes per key instead of reading 300,000 rows); SQLite's DISTINCT already does.
    """
    b = _Binds(dialect)
    if not b.pg:
        return b.sql(f"SELECT DISTINCT key, level FROM metrics ORDER BY level DESC, key LIMIT {b(limit)}")
    return b.sql(
        "WITH RECURSIVE k(level, key) AS ("
        "(SELECT level, key FROM metrics ORDER BY level, key LIMIT 1) UNION ALL "
        "SELECT n.level, n.key FROM k, LATERAL (SELECT m.level, m.key FROM metrics m "
        "WHERE (m.level, m.key) > (k.level, k.key) ORDER BY m.level, m.key LIMIT 1) n) "
        f"SELECT key, level FROM k ORDER BY level DESC, key LIMIT {b(limit)}")
