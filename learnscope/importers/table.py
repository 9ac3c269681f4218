"""Read a delimited text log into named columns of floats, strictly.

Handles what real logs contain: ``,``/``;``/tab delimiters, padded cells (Ultralytics),
a missing header, CRLF, ``NA``/empty cells (absent), ``nan``/``inf`` (kept), ``94%``,
and time columns (``mm:ss``, seconds, ISO dates). Anything else where a number
belongs, or a row of the wrong length, is an :class:`ImportFormatError` naming
the file, the line and the column.

>>> t = parse_table("x.csv", "epoch,loss\\n0,0.5\\n1,0.25\\n")
>>> t.names, t.column("loss")
(['epoch', 'loss'], array([0.5 , 0.25]))
"""

from __future__ import annotations

import csv
import re
from datetime import datetime

import numpy as np

from ..errors import ImportFormatError

MISSING = frozenset({"", "na", "n/a", "null", "none", "-"})
TIME_COLUMNS = frozenset({"time", "created_at", "timestamp", "wall_time", "walltime", "datetime"})
_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d*)?)$")


def parse_number(cell: str) -> float | None:
    """A float, None for an absent value, or ValueError; ``94%`` is 0.94."""
    text = cell.strip()
    if text.lower() in MISSING:
        return None
    if text.endswith("%"):
        return float(text[:-1]) / 100.0
    return float(text)


def parse_time(cell: str) -> float | None:
    """Seconds from ``mm:ss``/``h:mm:ss`` or a number; Unix seconds from an ISO date."""
    text = cell.strip()
    if text.lower() in MISSING:
        return None
    m = _CLOCK.match(text)
    if m:
        return int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    try:
        return float(text)
    except ValueError:
        return datetime.fromisoformat(text).timestamp()


class Table:
    """Columns of a parsed log: ``names``, and per column floats with NaN where absent."""

    def __init__(self, path, names: list[str], rows: list[list[str]], lines: list[int], header: bool):
        self.path, self.names, self.header = str(path), names, header
        self.rows, self.lines = rows, lines
        self.text_columns: list[str] = []
        self._cols: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def has(self, name: str) -> bool:
        return name in self.names

    def column(self, name: str) -> np.ndarray:
        """Values of column ``name`` (NaN where absent; see :meth:`present`)."""
        return self._parsed(name)[0]

    def present(self, name: str) -> np.ndarray:
        """Which rows hold a value in column ``name`` (``nan`` written out counts as a value)."""
        return self._parsed(name)[1]

    def _parsed(self, name: str):
        if name not in self._cols:
            self._cols[name] = self._parse(self.names.index(name), parse_time if name.lower() in TIME_COLUMNS
                                           else parse_number)
        return self._cols[name]

    def _parse(self, j: int, convert):
        values, present = np.full(len(self.rows), np.nan), np.zeros(len(self.rows), dtype=bool)
        bad = None
        for i, row in enumerate(self.rows):
            try:
                v = convert(row[j])
            except (ValueError, OverflowError):
                bad = i if bad is None else bad
                continue
            if v is not None:
                values[i], present[i] = v, True
        if bad is not None and present.any():
            raise ImportFormatError(
                f"{self.path}: line {self.lines[bad]}: column {self.names[j]!r} holds {self.rows[bad][j].strip()!r} "
                f"where a number belongs (expected a number, NA or empty)")
        if bad is not None:  # a column of text only (a date, a note): not a series
            self.text_columns.append(self.names[j])
        return values, present


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _is_numeric_row(cells: list[str]) -> bool:
    try:
        return all(parse_number(c) is not None or not c.strip() for c in cells) and any(c.strip() for c in cells)
    except ValueError:
        return False


def parse_table(path, text: str) -> Table:
    """Split ``text`` into a :class:`Table`, checking every row has the header's length."""
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    reader = csv.reader(lines, delimiter=_delimiter(first))
    rows, numbers = [], []
    try:
        for lineno, row in enumerate(reader, start=1):
            if any(c.strip() for c in row):
                rows.append(row)
                numbers.append(lineno)
    except csv.Error as exc:
        raise ImportFormatError(f"{path}: line {reader.line_num}: {exc} (expected delimited text)") from None
    if not rows:
        raise ImportFormatError(f"{path}: no rows (expected a header line and rows of numbers)")
    header = not _is_numeric_row(rows[0])
    # pandas writes its index column with an empty name: number unnamed columns
    names = [c.strip() or f"column_{j + 1}" if header else f"column_{j + 1}" for j, c in enumerate(rows[0])]
    _check_names(path, names, numbers[0])
    body, body_lines = (rows[1:], numbers[1:]) if header else (rows, numbers)
    for row, ln in zip(body, body_lines):
        if len(row) != len(names):
            raise ImportFormatError(f"{path}: line {ln}: {len(row)} fields, expected {len(names)} "
                                    f"like the {'header' if header else 'first line'} (a ragged or cut row)")
    return Table(path, names, body, body_lines, header)


def _check_names(path, names: list[str], line: int) -> None:
    if len(set(names)) != len(names):
        raise ImportFormatError(f"{path}: line {line}: header {names[:8]} repeats a column name "
                                f"(expected one unique name per column)")
