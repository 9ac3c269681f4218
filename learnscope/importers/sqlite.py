"""Read other tools' SQLite files (MLflow, Trackio) without changing them.

The file is opened read-only, so importing never migrates, locks for writing or
creates a database that was not there.

>>> tables(Path("mlflow.db"))["metrics"]        # doctest: +SKIP
['key', 'value', 'timestamp', 'run_uuid', 'step', 'is_nan']
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from ..errors import ImportFormatError

MAGIC = b"SQLite format 3\x00"


def connect(path: Path, what: str) -> sqlite3.Connection:
    """A read-only connection; :class:`ImportFormatError` naming ``what`` was expected if it fails."""
    try:
        con = sqlite3.connect(f"file:{quote(str(Path(path).resolve()))}?mode=ro", uri=True)
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return con
    except sqlite3.DatabaseError as exc:
        raise ImportFormatError(f"{path}: not a readable SQLite database ({exc}); expected {what}") from None


def tables(path: Path) -> dict[str, list[str]]:
    """Each table's column names; ``{}`` for a file that is not a readable SQLite database."""
    with open(path, "rb") as f:
        if f.read(len(MAGIC)) != MAGIC:
            return {}
    try:
        con = connect(path, "a SQLite database")
    except ImportFormatError:
        return {}
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')] for t in names}
    except sqlite3.DatabaseError:
        return {}
    finally:
        con.close()


def query(con: sqlite3.Connection, sql: str, path: Path, what: str) -> list[tuple]:
    """Rows of ``sql``; a damaged database is one clear :class:`ImportFormatError`."""
    try:
        return con.execute(sql).fetchall()
    except sqlite3.DatabaseError as exc:
        raise ImportFormatError(f"{path}: cannot be read as {what} ({exc}); the file may be damaged "
                                f"or of another schema") from None


def describe(found: dict[str, list[str]]) -> str:
    """``tables a, b, c`` (at most 8 named), for error messages."""
    names = sorted(found)
    return "tables " + ", ".join(names[:8]) + (", ..." if len(names) > 8 else "") if names else "no tables"
