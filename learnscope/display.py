"""How a History and a Run show themselves in a notebook: HTML and Markdown (Jupyter, Colab).

A history is a small table of its series (points, first, last and best value); a run
is a card with its status, what it has recorded and its latest values.

>>> from learnscope.history import History
>>> h = History.from_dict({"loss": [0.9, 0.5, 0.6], "val_loss": [1.0, 0.7, 0.8]})
>>> print(history_markdown(h).splitlines()[2])
| series | level | points | first | last | best (epoch) |
>>> print(history_markdown(h).splitlines()[4])
| loss | epoch | 3 | 0.9 | 0.6 | 0.5 (2) |
"""

from __future__ import annotations

import math
from html import escape

from .summary import summarize

_COLUMNS = ("series", "level", "points", "first", "last", "best (epoch)")
_TABLE = 'style="border-collapse:collapse;font-size:.9em"'
_CELL = 'style="padding:1px 10px 1px 0;text-align:{}"'
_STATUS = {"running": "#2b4f73", "finished": "#1f6e33", "crashed": "#9b2222"}
MAX_ROWS = 40   # a history with hundreds of series (probes) shows the first ones and a count


def num(x) -> str:
    """A value for a table cell: 4 significant digits; NaN and infinities as words."""
    if x is None:
        return ""
    if isinstance(x, float) and not math.isfinite(x):
        return str(x)
    return f"{x:.4g}" if isinstance(x, (int, float)) and not isinstance(x, bool) else str(x)


def series_rows(history) -> list[tuple[str, ...]]:
    """One row per series: key, level, points, first, last, best (and its epoch)."""
    summary = summarize(history.series.values())
    rows = []
    for s in sorted(history.series.values(), key=lambda s: (s.level != "epoch", s.name, s.split != "train")):
        entry = summary.get(s.level, {}).get(s.keras_key, {})
        best = entry.get("best")
        epoch = entry.get("best_epoch")
        at = f" ({epoch:g})" if best is not None and epoch is not None and math.isfinite(epoch) else ""
        first = float(s.value[0]) if len(s) else None
        rows.append((s.keras_key, s.level, str(len(s)), num(first), num(entry.get("last")),
                     num(best) + at if best is not None else ""))
    return rows


def _title(history) -> str:
    ref = history.info.ref if history.info.name else "History"
    n = len(history.series)
    return f"{ref} · {history.n_epochs} epochs · {n} series"


def history_html(history) -> str:
    """The history as an HTML table of its series."""
    rows = series_rows(history)
    head = "".join(f"<th {_CELL.format('left')}>{c}</th>" for c in _COLUMNS)
    body = "".join("<tr>" + "".join(f"<td {_CELL.format('left' if i < 2 else 'right')}>{escape(v)}</td>"
                                    for i, v in enumerate(row)) + "</tr>" for row in rows[:MAX_ROWS])
    more = f"<div style='opacity:.7'>… {len(rows) - MAX_ROWS} more series</div>" if len(rows) > MAX_ROWS else ""
    return (f'<div class="learnscope-history"><b>{escape(_title(history))}</b>'
            f"<table {_TABLE}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}</div>")


def history_markdown(history) -> str:
    """The history as a Markdown table of its series."""
    rows = series_rows(history)
    lines = [f"**{_md(_title(history))}**", "", "| " + " | ".join(_COLUMNS) + " |",
             "|" + "---|" * len(_COLUMNS)]
    lines += ["| " + " | ".join(_md(v) for v in row) + " |" for row in rows[:MAX_ROWS]]
    if len(rows) > MAX_ROWS:
        lines.append(f"\n… {len(rows) - MAX_ROWS} more series")
    return "\n".join(lines) + "\n"


def run_facts(run) -> list[tuple[str, str]]:
    """What a run card says, as (label, text) pairs."""
    info = run.info
    facts = [("id", info.id), ("store", str(run.store.location) if run.store is not None else ""),
             ("recorded", f"{run.step} steps, {getattr(run, '_epochs_done', 0)} epochs")]
    if info.config:
        facts.append(("config", ", ".join(f"{k}={_value(v)}" for k, v in list(info.config.items())[:10])
                      + (" …" if len(info.config) > 10 else "")))
    latest = info.summary.get("epoch") or info.summary.get("batch") or {}
    if latest:
        facts.append(("latest", "  ".join(f"{k}={num(v.get('last'))}" for k, v in list(latest.items())[:10])))
    stop = info.meta.get("stopped_by")
    if isinstance(stop, dict):
        facts.append(("stopped by", f"the read: {stop.get('code')} (stop_on)"))
    return facts


def run_html(run) -> str:
    """The run as a small HTML card: status, id, store, what it recorded, latest values."""
    colour = _STATUS.get(run.info.status, "#555")
    rows = "".join(f"<tr><td {_CELL.format('left')}><span style='opacity:.7'>{escape(k)}</span></td>"
                   f"<td {_CELL.format('left')}>{escape(v)}</td></tr>" for k, v in run_facts(run))
    return (f'<div class="learnscope-run" style="border:1px solid #8885;border-radius:4px;padding:6px 10px;'
            f'max-width:60em;font-family:system-ui,sans-serif"><b>Run {escape(run.info.ref)}</b> '
            f'<span class="status" style="color:{colour};font-weight:600">{escape(run.info.status)}</span>'
            f"<table {_TABLE}>{rows}</table></div>")


def run_markdown(run) -> str:
    """The run as Markdown: a title line with its status, then one line per fact."""
    lines = [f"**Run {_md(run.info.ref)}** · {run.info.status}", ""]
    lines += [f"- {k}: {_md(v)}" for k, v in run_facts(run)]
    return "\n".join(lines) + "\n"


def _value(v) -> str:
    text = num(v) if isinstance(v, float) else str(v)
    return text if len(text) <= 40 else text[:39] + "…"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
