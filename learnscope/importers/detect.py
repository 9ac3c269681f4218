"""Find the format of a path from the registry (content first, then name) and read it.

A :class:`Probe` reads a file only as far as a format's test needs (the first bytes,
the first line, the parsed JSON) and remembers it, so trying every format costs one read.

>>> import tempfile
>>> p = Path(tempfile.mkdtemp()) / "log.csv"
>>> _ = p.write_text("epoch,loss\\n0,0.9\\n")
>>> detect(Probe(p)).name
'keras-csv'
"""

from __future__ import annotations

import json
import os
import sys
from functools import cached_property
from pathlib import Path

from ..errors import ImportFormatError
from .registry import Format, formats, known

_HEAD = 65536
_SKIP_DIRS = frozenset({"__pycache__", "node_modules", "site-packages"})


class Probe:
    """A path being identified: its bytes, text, JSON and header, each read once when asked."""

    def __init__(self, path):
        self.path = Path(path)
        self.name = self.path.name

    @cached_property
    def is_dir(self) -> bool:
        return self.path.is_dir()

    @cached_property
    def head(self) -> bytes:
        with open(self.path, "rb") as f:
            return f.read(_HEAD)

    @cached_property
    def data(self) -> bytes:
        return self.path.read_bytes()

    @cached_property
    def is_text(self) -> bool:
        """No NUL byte in the first 64 KiB: a text log, not a binary file."""
        return b"\x00" not in self.head

    @cached_property
    def is_json(self) -> bool:
        return self.is_text and self.head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")

    @cached_property
    def text(self) -> str:
        try:
            return self.data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = self.data[: exc.start].count(b"\n") + 1
            raise ImportFormatError(f"{self.path}: line {line}: bytes that are not UTF-8 text "
                                    f"(expected a text log or a TensorBoard event file)") from None

    @cached_property
    def json(self):
        try:
            return json.loads(self.text)
        except json.JSONDecodeError as exc:
            raise ImportFormatError(f"{self.path}: line {exc.lineno} column {exc.colno}: {exc.msg} "
                                    f"(expected complete JSON)") from None

    @cached_property
    def table(self):
        from .table import parse_table
        return parse_table(self.path, self.text)

    @cached_property
    def header(self) -> list[str]:
        """The lower-cased column names of a table with a header line, else ``[]``."""
        if not self.is_text or self.is_json:
            return []
        t = self.table
        return [n.lower() for n in t.names] if t.header else []

    @cached_property
    def sqlite_tables(self) -> dict[str, list[str]]:
        """Tables and their columns, for a SQLite file; ``{}`` for anything else."""
        from .sqlite import MAGIC, tables
        return tables(self.path) if self.head.startswith(MAGIC) else {}


def detect(probe: Probe) -> Format | None:
    """The first format that recognises ``probe`` by content, else the first by name, else None."""
    candidates = [f for f in formats() if f.folder == probe.is_dir]
    found = next((f for f in candidates if f.content(probe)), None)
    named = next((f for f in candidates if f.named(probe.name)), None)
    if found is None or (found.any_text and named is not None and not named.generic):
        return named or found  # any text is some table: a log's own name says more
    return found


def _as_list(result) -> list:
    return list(result) if isinstance(result, (list, tuple)) else [result]


def read_file(path: Path) -> list:
    """The runs of one file; :class:`ImportFormatError` if it is of no known format."""
    probe = Probe(path)
    if not probe.head.strip():
        raise ImportFormatError(f"{path}: empty file (expected a training log: {known()})")
    fmt = detect(probe)
    if fmt is None:
        raise ImportFormatError(_unknown(probe))
    return _as_list(fmt.read(probe))


def _unknown(probe: Probe) -> str:
    if probe.is_json:
        titles = " nor ".join(dict.fromkeys(f.title for f in formats() if f.name.endswith("json") or f.title.endswith(".json")))
        return f"{probe.path}: JSON that is neither {titles}; expected one of: {known()}"
    from .sqlite import MAGIC, connect, describe
    if probe.head.startswith(MAGIC):
        titles = " nor ".join(f.title for f in formats() if "database" in f.title)
        connect(probe.path, f"an {titles.replace(' nor ', ' or a ')}").close()  # a damaged file says so
        return (f"{probe.path}: a SQLite database with {describe(probe.sqlite_tables)}, neither {titles}; "
                f"expected one of: {known()}")
    what = "binary content" if not probe.is_text else "content"
    return f"{probe.path}: {what} of no known format (expected one of: {known()})"


def find_runs(path: Path) -> list:
    """Every run in ``path``: a file's, or those of every known log below a folder."""
    path = Path(path)
    if not path.exists():
        raise ImportFormatError(f"{path}: no such file or directory")
    if not path.is_dir():
        return read_file(path)
    runs: list = []
    _walk(path, runs)
    if not runs:
        raise ImportFormatError(f"{path}: no training logs in this folder or below (looked for: {known()}); "
                                f"give log files by path")
    return runs


def _walk(d: Path, runs: list) -> None:
    probe = Probe(d)
    fmt = detect(probe)
    entries = sorted(p for p in d.iterdir() if not p.name.startswith(".") and not p.is_symlink())
    if fmt is not None:
        runs += _as_list(fmt.read(probe))
        subdirs = fmt.descend(d) if fmt.descend else []
    else:
        for f in (p for p in entries if p.is_file()):
            runs += _found_file(f)
        subdirs = [p for p in entries if p.is_dir() and p.name not in _SKIP_DIRS]
    for sub in subdirs:
        _walk(sub, runs)


def _found_file(path: Path) -> list:
    """A file met in a folder walk: read if a format recognises it; other files are not logs.

    A broken file that a specific format recognises, or that bears a specific log's name,
    stops the import; one only a catch-all took (any table, a ``*log*.csv``) is skipped
    with a one-line warning, since a folder also holds program logs and data tables."""
    probe = Probe(path)
    named = [f for f in formats() if not f.folder and f.named(path.name)]
    specific = next((f for f in named if not f.generic), None)
    fmt = None
    try:
        if not os.path.getsize(path):
            return []
        fmt = next((f for f in formats() if not f.folder and f.content(probe)), None)
        if (fmt is None or fmt.any_text) and specific is not None:
            fmt = specific  # recognised by its name: its reader says what is wrong
        if fmt is None or (fmt.generic and fmt not in named):
            return []
        return _as_list(fmt.read(probe))
    except ImportFormatError as exc:
        if specific is not None or (fmt is not None and not fmt.generic):
            raise
        if named:
            print(f"learnscope: warning: skipped {' '.join(str(exc).split())}", file=sys.stderr, flush=True)
        return []
