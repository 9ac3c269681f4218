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
    return f"step {f.step}" if f.step is not None else ""


def _headline(read: Read) -> str:
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
