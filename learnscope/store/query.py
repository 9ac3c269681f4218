"""Which runs, in which order, a page at a time: every runs-list query of the store.

A :class:`RunQuery` says what is wanted (text, config and metric filters, group,
status, verdict, order); this module turns it into one SQL statement with bound
parameters, for SQLite and PostgreSQL alike. Config and metric filters and metric
sorts go through the indexed ``params`` and ``metrics`` tables, never through JSON.

>>> q = RunQuery(where="lr<0.01", sort="best:val_loss")
>>> "params" in str(select_runs(q, limit=50))
True
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from sqlalchemy import Boolean, and_, case, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from .filters import STATUSES, FilterError, Sort, Term, check_choice, parse_sort, parse_where
from .schema import metrics, params, runs

STALE_AFTER = 60.0  # seconds without a heartbeat before a "running" run is shown as crashed
ROW_COLS = (runs.c.id, runs.c.project, runs.c.name, runs.c.grp, runs.c.fold, runs.c.status,
            runs.c.config, runs.c.meta, runs.c.summary, runs.c.host, runs.c.created,
            runs.c.ended, runs.c.heartbeat, runs.c.n_epochs, runs.c.n_steps, runs.c.updated,
            runs.c.verdict, runs.c.headline, runs.c.read_version)
MAX_TEXT = 300


@dataclass
class RunQuery:
    """What a runs list asks for. Every field is checked when the query is built.

    ``where``: config and metric terms (see :mod:`learnscope.store.filters`); ``text``: a
    substring of project, group, name, verdict, status or id; ``sort``: ``-created``
    (default), a column, or ``best:METRIC`` / ``last:METRIC``; ``since``: only runs
    written after that time (the dashboard's refresh).
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


def stale_before() -> float:
    return time.time() - STALE_AFTER


def status_expr(before: float):
    """The status a list shows: a ``running`` run silent for STALE_AFTER seconds is ``crashed``."""
    silent = and_(runs.c.status == "running", func.coalesce(runs.c.heartbeat, runs.c.created) < before)
    return case((silent, "crashed"), else_=runs.c.status)


def _status_is(status: str, before: float):
    silent = func.coalesce(runs.c.heartbeat, runs.c.created) < before
    if status == "crashed":
        return or_(runs.c.status == "crashed", and_(runs.c.status == "running", silent))
    if status == "running":
        return and_(runs.c.status == "running", ~silent)
    return runs.c.status == status


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class contains_ci(FunctionElement):
    """``col`` contains a LIKE pattern, ignoring case: ILIKE in PostgreSQL, plain LIKE in SQLite
    (already case-blind for ASCII), so no ``lower()`` is computed per row and column."""

    type = Boolean()
    inherit_cache = True
    name = "contains_ci"


@compiles(contains_ci)
def _like_sqlite(element, compiler, **kw):
    col, pattern = list(element.clauses)
    return f"({compiler.process(col, **kw)} LIKE {compiler.process(pattern, **kw)} ESCAPE '\\')"


@compiles(contains_ci, "postgresql")
def _like_pg(element, compiler, **kw):
    col, pattern = list(element.clauses)
    return f"({compiler.process(col, **kw)} ILIKE {compiler.process(pattern, **kw)} ESCAPE '\\')"


def _text_matches(text: str, before: float):
    pattern = _like(text)
    cols = (runs.c.project, runs.c.grp, runs.c.name, runs.c.verdict, runs.c.status, runs.c.id)
    out = [contains_ci(c, pattern) for c in cols]
    if text.lower() in "crashed":  # a run silent too long shows as crashed: it matches too
        out.append(_status_is("crashed", before))
    return or_(*out)


def _compare(col, op: str, value):
    return {"=": col == value, "!=": col != value, "<": col < value, "<=": col <= value,
            ">": col > value, ">=": col >= value}[op]


def _config_term(t: Term):
    op = "=" if t.op == "!=" else t.op
    if op == "~":
        cond = params.c.txt.like(_like(str(t.value)), escape="\\")
    elif isinstance(t.value, float):
        cond = _compare(params.c.num, op, t.value)
    else:
        cond = params.c.txt == str(t.value).lower()
    have = select(params.c.run_id).where(and_(params.c.key == t.key, cond))
    return runs.c.id.not_in(have) if t.op == "!=" else runs.c.id.in_(have)


def _metric_term(t: Term):
    col = metrics.c.best if t.kind == "best" else metrics.c.last
    have = select(metrics.c.run_id).where(and_(metrics.c.level == t.level, metrics.c.key == t.key,
                                               _compare(col, t.op, t.value)))
    return runs.c.id.in_(have)


def conditions(q: RunQuery, before: float) -> list:
    out = [_config_term(t) if t.kind == "config" else _metric_term(t) for t in q.terms]
    simple = ((q.project, runs.c.project), (q.group, runs.c.grp), (q.verdict, runs.c.verdict))
    out += [col == value for value, col in simple if value is not None]
    if q.status:
        out.append(_status_is(q.status, before))
    if q.text and q.text.strip():
        out.append(_text_matches(q.text.strip(), before))
    if q.since is not None:
        out.append(runs.c.updated > q.since)
    if q.ids is not None:
        out.append(runs.c.id.in_(list(q.ids)))
    return out


_COLUMN = {"created": runs.c.created, "name": runs.c.name, "project": runs.c.project, "group": runs.c.grp,
           "epochs": runs.c.n_epochs, "steps": runs.c.n_steps, "verdict": runs.c.verdict,
           "updated": runs.c.updated, "id": runs.c.id}


def _order_col(s: Sort, before: float):
    if s.column == "status":
        return status_expr(before)
    if s.column == "duration":
        end = func.coalesce(runs.c.ended, runs.c.heartbeat, runs.c.created)
        return end - runs.c.created
    return _COLUMN[s.column]


def page_queries(q: RunQuery) -> tuple:
    """``(ordered, rest)``: SELECTs of run ids for one page, narrow so the sort carries ids only.

    A metric sort reads the metric's index in order (``ordered``: the runs that have the
    metric) and then ``rest`` (the runs without it, newest first); other sorts need only
    ``ordered`` (``rest`` is None).
    """
    before = stale_before()
    s, where = q.order, conditions(q, before)
    if not s.field:
        col = _order_col(s, before)
        first = (col.desc() if s.descending else col.asc()).nulls_last()
        return select(runs.c.id).where(*where).order_by(first, runs.c.created.desc(), runs.c.id), None
    m = metrics.alias("m")
    col = m.c.best if s.field == "best" else m.c.last
    on = and_(m.c.run_id == runs.c.id, m.c.level == s.level, m.c.key == s.key, col.is_not(None))
    ordered = (select(runs.c.id).select_from(runs.join(m, on)).where(*where)
               .order_by(col.desc() if s.descending else col.asc(), runs.c.created.desc(), runs.c.id))
    has = select(m.c.run_id).where(and_(m.c.level == s.level, m.c.key == s.key, col.is_not(None)))
    rest = select(runs.c.id).where(*where, runs.c.id.not_in(has)).order_by(runs.c.created.desc(), runs.c.id)
    return ordered, rest


def select_runs(q: RunQuery, *, limit: int | None = None, offset: int = 0, cols=ROW_COLS):
    """The SELECT of a page of runs (``limit=None``: all), ties broken by newest first."""
    before = stale_before()
    query = select(*cols)
    s = q.order
    if s.field:
        m = metrics.alias("m")
        on = and_(m.c.run_id == runs.c.id, m.c.level == s.level, m.c.key == s.key)
        query = query.select_from(runs.outerjoin(m, on))
        col = m.c.best if s.field == "best" else m.c.last
    else:
        col = _order_col(s, before)
    ordered = (col.desc() if s.descending else col.asc()).nulls_last()
    query = query.where(*conditions(q, before)).order_by(ordered, runs.c.created.desc(), runs.c.id)
    return query.limit(limit).offset(offset or None) if limit is not None else query.offset(offset or None)


def count_runs(q: RunQuery):
    return select(func.count()).select_from(runs).where(*conditions(q, stale_before()))


def total_runs(project: str | None = None):
    query = select(func.count()).select_from(runs)
    return query.where(runs.c.project == project) if project else query
