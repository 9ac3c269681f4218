"""The WHERE clause of a runs query: bound parameters, the status a list shows, text search,
config and metric terms.

The statements around it are built in :mod:`.query`; like it, this module imports no SQLAlchemy
(:mod:`.lite` runs its text through the database driver itself).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .filters import FilterError, Term

if TYPE_CHECKING:
    from .query import RunQuery

DIALECTS = ("sqlite", "postgresql")


class Sql(NamedTuple):
    """One statement: its text, in the driver's parameter style, and its parameters."""

    text: str
    params: dict


class Binds:
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


def _silent(b: Binds, before: float) -> str:
    return f"(r.status = 'running' AND coalesce(r.heartbeat, r.created) < {b(before)})"


def status_expr(b: Binds, before: float) -> str:
    """The status a list shows: a ``running`` run silent for STALE_AFTER seconds is ``crashed``."""
    return f"(CASE WHEN {_silent(b, before)} THEN 'crashed' ELSE r.status END)"


def _status_is(b: Binds, status: str, before: float) -> str:
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


def _text_matches(b: Binds, text: str, before: float) -> str:
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


def _term_on(b: Binds, t: Term, alias: str) -> tuple[str, str]:
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


def _term(b: Binds, t: Term, alias: str) -> tuple[str, str]:
    """``(JOIN, "")`` for a term a run must have, ``("", NOT EXISTS)`` for ``!=``. A join lets
    the planner start from the term's index when it matches few runs; each (run, key) has one
    row, so a join never repeats a run."""
    table, cond = _term_on(b, t, alias)
    on = f"{alias}.run_id = r.id AND {cond}"
    if t.op == "!=" and t.kind == "config":
        return "", f"NOT EXISTS (SELECT 1 FROM {table} {alias} WHERE {on})"
    return f" JOIN {table} {alias} ON {on}", ""


def terms_count(b: Binds, q: RunQuery) -> str | None:
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


def _unread(b: Binds, before: float) -> str:
    """Runs no longer live whose stored read is missing or of another READ_VERSION."""
    from .. import read_version
    done = (f"(r.status <> 'running' OR (r.heartbeat IS NULL AND r.created < {b(before)}) "
            f"OR r.heartbeat < {b(before)})")
    return f"({done} AND (r.read_version IS NULL OR r.read_version <> {b(read_version.READ_VERSION)}))"


def conditions(b: Binds, q: RunQuery, before: float) -> tuple[str, list[str]]:
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
