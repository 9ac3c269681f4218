"""The read of every public log in ../shared/public-logs/, as a Markdown table for the README.

    python bench/read/public_reads.py [DIR]

One row per file: its verdict, the other findings, and the first summary line. Files that do
not import (an empty log on purpose) say why, in one line.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import learnscope as ls
from learnscope.errors import LearnscopeError

ROOT = Path(__file__).resolve().parents[2]


def row(path: Path) -> str:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = ls.read(str(path))
    except LearnscopeError as e:
        return f"| `{path.name[:48]}` | — | not read: {str(e).split(': ')[-1][:80]} |"
    others = ", ".join(c for c in r.codes() if c != r.verdict) or "—"
    return f"| `{path.name[:48]}` | **{r.verdict}** | {others} |"


def main(folder: str | None = None) -> None:
    root = Path(folder) if folder else ROOT.parent / "shared" / "public-logs"
    print("| log | verdict | other findings |")
    print("|---|---|---|")
    for path in sorted(p for p in root.iterdir() if p.name != "README.md"):
        print(row(path))


if __name__ == "__main__":
    main(*sys.argv[1:])
