"""A plain text table fitted to the terminal's width, for lists of runs.

Ids, dates and numbers are never cut: text columns (names, groups, verdicts) give up
width first, ending in "…", and optional columns are dropped last to first when even
that is not enough. Plain strings, so the command does not pay for a rich-text library.

>>> print("\\n".join(fit([("id", "fixed"), ("name", "text"), ("loss", "num")],
...                      [["3f9c2a", "a-rather-long-run-name", "0.25"]], width=24)))
id      name        loss
3f9c2a  a-rather-…  0.25
"""

from __future__ import annotations

MIN_TEXT = 6
COMFORT = 14  # text columns give up width down to this before optional columns are dropped
GAP = "  "


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _widths(columns, rows) -> list[int]:
    return [max([len(h)] + [len(r[i]) for r in rows]) for i, (h, _) in enumerate(columns)]


def _too_wide(widths: list[int], width: int) -> bool:
    return sum(widths) + len(GAP) * (len(widths) - 1) > width


def _shrink(columns, widths: list[int], width: int, floor: int = MIN_TEXT) -> None:
    """Take width from the widest text column, one character at a time, down to ``floor``."""
    while _too_wide(widths, width):
        text = [i for i, (h, kind) in enumerate(columns) if kind == "text" and widths[i] > floor]
        if not text:
            return
        widest = max(text, key=lambda i: widths[i])
        widths[widest] -= 1


def fit(columns: list[tuple[str, str]], rows: list[list[str]], *, width: int,
        optional: tuple[str, ...] = ()) -> list[str]:
    """Lines of a table: ``columns`` are ``(header, kind)`` with kind ``fixed``, ``num``
    (right-aligned) or ``text`` (may be cut). Too wide, text columns are cut down to COMFORT
    characters, then ``optional`` headers are dropped (last first), then text is cut further."""
    columns, rows = list(columns), [list(r) for r in rows]
    widths = _widths(columns, rows)
    _shrink(columns, widths, width, COMFORT)
    droppable = [h for h in optional if h in [c[0] for c in columns]]
    while _too_wide(widths, width) and droppable:
        i = [c[0] for c in columns].index(droppable.pop())
        del columns[i], widths[i]
        for r in rows:
            del r[i]
    _shrink(columns, widths, width)
    return [_line([h for h, _ in columns], columns, widths)] + [_line(r, columns, widths) for r in rows]


def _line(cells, columns, widths) -> str:
    out = []
    for cell, (_, kind), w in zip(cells, columns, widths):
        cell = _cut(cell, w) if kind == "text" else cell
        out.append(cell.rjust(w) if kind == "num" else cell.ljust(w))
    return GAP.join(out).rstrip()
