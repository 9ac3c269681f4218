"""Filter expressions for runs, parsed before any SQL is built.

``--where`` (CLI) and the dashboard's config box take comma-separated terms: config
comparisons (``lr<0.01``, ``optimizer=adam``, ``model.hidden>=64``, ``tag~base``) and metric
ranges (``best val_loss<0.3``, ``last loss@batch>2``). A term that does not parse is
refused with one line naming it and what is allowed.

>>> [(t.kind, t.key, t.op, t.value) for t in parse_where("lr<0.01, optimizer=Adam, best val_loss<0.3")]
[('config', 'lr', '<', 0.01), ('config', 'optimizer', '=', 'Adam'), ('best', 'val_loss', '<', 0.3)]
>>> parse_where("lr<<1")
Traceback (most recent call last):
...
learnscope.store.filters.FilterError: cannot read filter term 'lr<<1': '<1' is not a number; allowed: KEY=VALUE, KEY!=VALUE, KEY<N, KEY<=N, KEY>N, KEY>=N, KEY~TEXT (config, nested keys as a.b), best|last METRIC<N (e.g. best val_loss<0.3, METRIC@batch for batch level), terms joined by commas
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..errors import InvalidValueError

ALLOWED = ("KEY=VALUE, KEY!=VALUE, KEY<N, KEY<=N, KEY>N, KEY>=N, KEY~TEXT (config, nested keys as a.b), "
           "best|last METRIC<N (e.g. best val_loss<0.3, METRIC@batch for batch level), terms joined by commas")
_TERM = re.compile(r"(?:(best|last)\s+)?([^=<>!~]*?)\s*(!=|>=|<=|==|=|<|>|~)\s*(.*)", re.S)
_KEY = re.compile(r"[^\s=<>!~,]+")
SORT_COLUMNS = ("created", "name", "project", "group", "status", "epochs", "steps", "duration",
                "verdict", "updated", "id")
STATUSES = ("running", "finished", "crashed")


class FilterError(InvalidValueError):
    """A filter, sort or paging argument that cannot be understood."""


@dataclass(frozen=True)
class Term:
    """One comparison: ``kind`` is ``config``, ``best`` or ``last``; ``value`` a float or str."""

    kind: str
    key: str
    op: str
    value: float | str
    level: str = "epoch"  # metrics only


@dataclass(frozen=True)
class Sort:
    """An order: a column of SORT_COLUMNS, or a metric (``field`` best|last, ``key``, ``level``)."""

    column: str | None
    descending: bool = False
    field: str | None = None
    key: str | None = None
    level: str = "epoch"


def _number(raw: str) -> float | None:
    try:
        value = float(raw)
    except ValueError:
        return None
    return None if math.isnan(value) else value


def _refuse(term: str, why: str):
    raise FilterError(f"cannot read filter term {term!r}: {why}; allowed: {ALLOWED}")


def _metric_key(term: str, raw: str) -> tuple[str, str]:
    key, _, level = raw.partition("@")
    if level and level not in ("epoch", "batch"):
        _refuse(term, f"level {level!r} is neither epoch nor batch")
    return key, level or "epoch"


def parse_term(term: str) -> Term:
    m = _TERM.fullmatch(term.strip())
    if not m:
        _refuse(term.strip(), "no comparison (=, !=, <, <=, >, >=, ~) in it")
    kind, key, op, raw = m.group(1) or "config", m.group(2).strip(), m.group(3), m.group(4).strip()
    term = term.strip()
    if not _KEY.fullmatch(key):
        _refuse(term, f"{key!r} is not a config key or metric name" if key else "nothing before the comparison")
    if not raw:
        _refuse(term, f"nothing after {op!r}")
    op = "=" if op == "==" else op
    number = _number(raw)
    if kind != "config":
        if op == "~" or number is None:
            _refuse(term, f"{kind} {key} compares with a number (<, <=, >, >=, =, !=), not {op}{raw}")
        key, level = _metric_key(term, key)
        return Term(kind, key, op, number, level)
    if op in ("<", "<=", ">", ">=") and number is None:
        _refuse(term, f"{raw!r} is not a number")
    return Term(kind, key, op, number if number is not None and op != "~" else raw)


def parse_where(text: str | None) -> list[Term]:
    """The terms of a filter expression (empty or None: no terms)."""
    if text is None or not str(text).strip():
        return []
    return [parse_term(part) for part in str(text).split(",") if part.strip()]


def parse_sort(text: str | None) -> Sort:
    """``-created`` (the default: newest first), ``name``, ``best:val_loss``, ``-last:loss@batch``...

    >>> parse_sort("best:val_loss")
    Sort(column=None, descending=False, field='best', key='val_loss', level='epoch')
    """
    raw = (text or "-created").strip()
    descending = raw.startswith("-")
    body = raw.lstrip("+-").strip()
    field, sep, metric = body.replace(" ", ":", 1).partition(":")
    if sep and field in ("best", "last") and metric.strip():
        key, level = _metric_key(raw, metric.strip())
        return Sort(None, descending, field, key, level)
    if body in SORT_COLUMNS:
        return Sort(body, descending)
    raise FilterError(f"cannot sort by {raw!r}: use one of {', '.join(SORT_COLUMNS)} or best:METRIC / "
                      f"last:METRIC (e.g. best:val_loss), with a leading - for descending")


def check_choice(what: str, value: str | None, allowed) -> str | None:
    if value is not None and value not in allowed:
        raise FilterError(f"unknown {what} {value!r}: use one of {', '.join(allowed)}")
    return value
