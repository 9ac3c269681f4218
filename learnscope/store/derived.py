"""The rows that make config and metric filters indexable: ``params`` and ``metrics``.

A run's config and summary live on its ``runs`` row as JSON (what a History needs);
these functions repeat them one value per row, so ``lr<0.01`` or ``best val_loss<0.3``
is an index range scan instead of 100,000 JSON parses.

>>> param_rows("r1", {"lr": 0.01, "opt": {"name": "Adam"}, "tags": ["a"]})
[{'run_id': 'r1', 'key': 'lr', 'num': 0.01, 'txt': '0.01'}, {'run_id': 'r1', 'key': 'opt.name', 'num': None, 'txt': 'adam'}, {'run_id': 'r1', 'key': 'tags', 'num': None, 'txt': '["a"]'}]
>>> metric_rows("r1", {"epoch": {"val_loss": {"last": 0.4, "best": 0.3}}})
[{'run_id': 'r1', 'level': 'epoch', 'key': 'val_loss', 'last': 0.4, 'best': 0.3}]
"""

from __future__ import annotations

import json
import math

from sqlalchemy import delete, insert

from .schema import metrics, params

TXT_LEN = 200
KEY_LEN = 255


def flatten(config: dict, prefix: str = "") -> dict:
    """``{"a": {"b": 1}}`` -> ``{"a.b": 1}``: nested configs filter like flat ones."""
    out = {}
    for k, v in config.items():
        if isinstance(v, dict) and v:
            out.update(flatten(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = v
    return out


def as_number(v) -> float | None:
    """A config value as a number when it is one (or a string that reads as one), else None."""
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v) if not math.isnan(v) else None
    if isinstance(v, str):
        try:
            f = float(v)
        except ValueError:
            return None
        return f if not math.isnan(f) else None
    return None


def as_text(v) -> str:
    """A config value as the lowercase text an equality or ``~`` filter compares with."""
    text = v if isinstance(v, str) else json.dumps(v, default=str)
    return text.lower()[:TXT_LEN]


def param_rows(run_id: str, config: dict) -> list[dict]:
    return [dict(run_id=run_id, key=k, num=as_number(v), txt=as_text(v))
            for k, v in flatten(config or {}).items() if len(k) <= KEY_LEN]


def _finite_or_inf(v):
    """NaN cannot be compared or sorted: it becomes NULL (no value); infinities stay."""
    if v is None or isinstance(v, str):
        return None
    return None if math.isnan(v) else float(v)


def metric_rows(run_id: str, summary: dict) -> list[dict]:
    return [dict(run_id=run_id, level=level, key=k, last=_finite_or_inf(e.get("last")),
                 best=_finite_or_inf(e.get("best")))
            for level, entries in (summary or {}).items() if isinstance(entries, dict)
            for k, e in entries.items() if isinstance(e, dict) and len(k) <= KEY_LEN]


def replace_params(conn, run_id: str, config: dict) -> None:
    conn.execute(delete(params).where(params.c.run_id == run_id))
    rows = param_rows(run_id, config)
    if rows:
        conn.execute(insert(params), rows)


def replace_metrics(conn, run_id: str, summary: dict) -> None:
    conn.execute(delete(metrics).where(metrics.c.run_id == run_id))
    rows = metric_rows(run_id, summary)
    if rows:
        conn.execute(insert(metrics), rows)
