"""A read as text: in the terminal (rich), as Markdown, and as strict JSON.

>>> from learnscope.read import read
>>> r = read({"loss": [1.0, 0.5, 0.35, 0.3, 0.28, 0.27, 0.265],
...              "val_loss": [1.1, 0.6, 0.45, 0.4, 0.39, 0.385, 0.385]})
>>> to_json(r)[:40]
'{"verdict": "healthy", "best_epoch": 6, '
>>> print(to_markdown(r).splitlines()[0])
### Read: **healthy**
"""

from __future__ import annotations

import json

from .finding import Finding, Read

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_MARK = {"error": "✖", "warning": "▲", "info": "•"}


def to_json(read: Read, indent: int | None = None) -> str:
    """The read's JSON contract as a string; never a NaN token (evidence keeps them as strings)."""
    return json.dumps(read.to_dict(), indent=indent, allow_nan=False, ensure_ascii=False)


def _where(f: Finding) -> str:
    if f.epoch is not None:
        return f"epoch {f.epoch}"
    return f"step {f.step:,}" if f.step is not None else ""


def _headline(read: Read) -> str:
    if read.best_at:  # a step-based run: steps and evaluations, never fractional epochs
        stop = f"would stop at {read.stop_at}" if read.stop_at else "would not have stopped"
        return (f"best {read.best_at} · early stopping (patience {read.patience} evaluations) {stop}")
    best = read.best_epoch if read.best_epoch is not None else "—"
    stop = (f"would stop at epoch {read.early_stop_epoch}" if read.early_stop_epoch is not None
            else "would not have stopped")
    return f"best epoch {best} · early stopping (patience {read.patience}) {stop}"


def to_markdown(read: Read) -> str:
    """The read as Markdown: a heading with the verdict, then one bullet per finding."""
    title = f"### Read: **{read.verdict}**" + (f" — {read.run}" if read.run else "")
    lines = [title, "", *[f"{line}  " for line in read.summary.get("lines", [])], "", _headline(read), ""]
    for f in read.findings:
        where = f" ({_where(f)})" if _where(f) else ""
        lines.append(f"- **{f.code}** · {f.severity}{where}: {_md(f.message)}")
        if f.advice:
            lines.append(f"  *Next:* {_md(f.advice)}")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def to_rich(read: Read):
    """A rich renderable (a Panel) of the read, for the terminal."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    rows = [Text(line) for line in read.summary.get("lines", [])]
    rows += [Text(""), Text(_headline(read), style="dim")] if rows else [Text(_headline(read), style="dim")]
    for f in read.findings:
        style = _STYLE.get(f.severity, "")
        head = Text.assemble((f"{_MARK.get(f.severity, '-')} {f.code}", style),
                             (f"  {_where(f)}" if _where(f) else "", "dim"))
        rows += [Text(""), head, Text("  " + f.message)]
        if f.advice:
            rows.append(Text.assemble(("  next: ", "bold"), f.advice))
    verdict = Text(read.verdict, style=_STYLE.get(_severity_of(read), "bold green"))
    title = Text.assemble("read: ", verdict, (f"  {read.run}" if read.run else "", "dim"))
    return Panel(Group(*rows), title=title, title_align="left", expand=False)


def _severity_of(read: Read) -> str:
    top = read.first(read.verdict)
    return top.severity if top is not None and top.code != "healthy" else ""


def print_read(read: Read, console=None) -> None:
    """Print the read to the terminal (or to ``console``)."""
    from rich.console import Console

    (console or Console()).print(to_rich(read))


# ---- notebooks (Jupyter, Colab): Read._repr_html_ ----------------------------------------------
# (background, text) by severity: the dashboard's verdict colours (dashboard/app.py), so a read
# looks the same in a notebook and in the browser.
from .registry import COLOURS as _HTML_COLOURS  # noqa: E402  (one owner of the colours)


def to_html(read: Read) -> str:
    """The read as a self-contained HTML card (verdict, findings, their evidence), for notebooks.

    >>> from learnscope.read import read
    >>> html = to_html(read({"loss": [1.0, float("nan")]}))
    >>> 'class="learnscope-read"' in html and "non_finite" in html
    True
    """
    from html import escape

    back, fore = _html_colours(read.verdict, _severity_of(read) or "info")
    parts = [f'<div class="learnscope-read" style="border:1px solid {fore}55;border-left:5px solid {fore};'
             f'border-radius:4px;padding:8px 12px;margin:4px 0;max-width:60em;font-family:system-ui,sans-serif">',
             f'<div style="font-size:1.1em"><b>Read:</b> <span class="verdict" style="background:{back};'
             f'color:{fore};padding:1px 6px;border-radius:3px;font-weight:600">{escape(read.verdict)}</span>'
             + (f' <span style="opacity:.7">{escape(read.run)}</span>' if read.run else "") + "</div>"]
    parts += [f"<div>{escape(line)}</div>" for line in read.summary.get("lines", [])]
    parts.append(f'<div style="opacity:.7;font-size:.9em;margin-top:4px">{escape(_headline(read))}</div>')
    parts += [_finding_html(f) for f in read.findings]
    return "".join(parts) + "</div>"


def _html_colours(code: str, severity: str) -> tuple[str, str]:
    return _HTML_COLOURS.get(code) or _HTML_COLOURS.get(severity, _HTML_COLOURS["info"])


def _finding_html(f: Finding) -> str:
    from html import escape

    back, fore = _html_colours(f.code, f.severity)
    where = f" · {escape(_where(f))}" if _where(f) else ""
    out = ['<div class="finding" style="margin-top:8px">',
           f'<span style="color:{fore};font-weight:600">{_MARK.get(f.severity, "-")} {escape(f.code)}</span>'
           f'<span style="opacity:.7"> {escape(f.severity)}{where}</span>',
           f"<div>{escape(f.message)}</div>"]
    if f.advice:
        out.append(f"<div><i>Next:</i> {escape(f.advice)}</div>")
    if f.evidence:
        out.append(_evidence_html(f.evidence))
    return "".join(out) + "</div>"


def _evidence_html(evidence: dict) -> str:
    from html import escape

    cells = "".join(f'<tr><td style="padding:0 8px 0 0;opacity:.7;text-align:left">{escape(str(k))}</td>'
                    f'<td style="padding:0;text-align:left">{escape(_short(v))}</td></tr>'
                    for k, v in evidence.items())
    return (f'<table class="evidence" style="font-size:.85em;margin:2px 0 0 1em;border-collapse:collapse">'
            f"{cells}</table>")


def _short(value, limit: int = 8) -> str:
    """An evidence value in a few characters: numbers to 4 significant digits, long lists cut."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (list, tuple)):
        items = [_short(v) for v in value[:limit]]
        return "[" + ", ".join(items) + (f", … {len(value) - limit} more" if len(value) > limit else "") + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_short(v)}" for k, v in list(value.items())[:limit]) + "}"
    return str(value)
