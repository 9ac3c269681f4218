"""The fallback file: points a run could not write to its store, kept on local disk.

When the store stays unreachable (a PostgreSQL server gone, a full disk) until a
run ends, or the points waiting in memory reach their cap, they are appended to a
file ``learnscope-unsaved-<run id>.jsonl``. ``learnscope import FILE`` loads it
back as a run. The format is JSON lines: a header, then one line per piece of a
series, in the order the points were logged::

    {"learnscope_unsaved": 1, "run": {"id": ..., "project": ..., "name": ..., ...}, "store": ...}
    {"name": "loss", "split": "train", "level": "batch", "step": [...], "epoch": [...],
     "wall_time": [...], "value": [...]}

Python's JSON writes NaN and infinities as ``NaN``/``Infinity`` and floats with
``repr``, so every value comes back bit for bit (``-0.0`` included).

>>> path = append_points(Path("/tmp/unsaved.jsonl"), info, points)   # doctest: +SKIP
>>> read(path).batch["loss"]                                          # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import numpy as np

from .errors import ImportFormatError
from .history import History, RunInfo, Series
from .names import LEVELS, SPLITS

MAGIC = "learnscope_unsaved"
DIR_VAR = "LEARNSCOPE_FALLBACK_DIR"
_PIECE = 16384  # points per line, so neither writing nor reading holds one huge string
_RUN_FIELDS = ("id", "project", "name", "group", "fold", "config", "meta", "created", "host")


def candidates(run_id: str) -> list[Path]:
    """Where a run's fallback file goes: ``$LEARNSCOPE_FALLBACK_DIR``, else the working
    directory, else the temporary directory (the first one that takes the write wins)."""
    name = f"learnscope-unsaved-{run_id}.jsonl"
    dirs = [os.environ.get(DIR_VAR), os.getcwd(), tempfile.gettempdir()]
    return [Path(d) / name for d in dict.fromkeys(d for d in dirs if d)]


def append_points(path: Path, info: RunInfo, points: dict, store: str = "") -> None:
    """Append ``{SeriesKey: (step, epoch, wall_time, value)}`` to ``path`` (header first if new).

    Raises OSError when the file cannot be written; a partial line is cut off again, and a
    file left empty is removed.
    """
    lines = [] if path.exists() and path.stat().st_size else [_header(info, store)]
    for key, arrays in points.items():
        for at in range(0, len(arrays[3]), _PIECE):
            piece = [np.asarray(a[at:at + _PIECE]).tolist() for a in arrays]
            lines.append(json.dumps({"name": key.name, "split": key.split, "level": key.level,
                                     "step": piece[0], "epoch": piece[1], "wall_time": piece[2],
                                     "value": piece[3]}))
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    start = os.lseek(fd, 0, os.SEEK_END)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except OSError:
        _undo(fd, path, start)  # never leave half a line (or an empty file) behind
        raise
    finally:
        os.close(fd)


def _undo(fd: int, path: Path, start: int) -> None:
    try:
        if start == 0:
            path.unlink()
        else:
            os.ftruncate(fd, start)
    except OSError:
        pass


def _header(info: RunInfo, store: str) -> str:
    run = {k: getattr(info, k) for k in _RUN_FIELDS}
    return json.dumps({MAGIC: 1, "run": run, "store": store}, default=str)


def read(path: Path) -> History:
    """The History held in a fallback file (a whole import: every line or an error)."""
    path = Path(path)
    with open(path, encoding="utf-8") as f:
        header = _parse(f.readline(), path, 1)
        if not isinstance(header, dict) or header.get(MAGIC) != 1 or not isinstance(header.get("run"), dict):
            raise ImportFormatError(f"{path}: not a learnscope fallback file (its first line has no "
                                    f"{MAGIC!r} header)")
        pieces: dict = {}
        for lineno, line in enumerate(f, start=2):
            if line.strip():
                key, arrays = _piece(_parse(line, path, lineno), path, lineno)
                pieces.setdefault(key, []).append(arrays)
    if not pieces:
        raise ImportFormatError(f"{path}: the fallback file holds no points")
    series = [Series(*key, *(np.concatenate([p[i] for p in parts]) for i in range(4)))
              for key, parts in pieces.items()]
    return History(_info(header["run"], path), series)


def _parse(line: str, path: Path, lineno: int):
    try:
        return json.loads(line)
    except ValueError as exc:
        raise ImportFormatError(f"{path}:{lineno}: not valid JSON ({exc.msg}); the file is "
                                f"damaged or truncated") from None


def _piece(obj, path: Path, lineno: int):
    """One line's ``((name, split, level), arrays)``, checked."""
    where = f"{path}:{lineno}"
    if not isinstance(obj, dict):
        raise ImportFormatError(f"{where}: expected a JSON object per line, got {type(obj).__name__}")
    name, split, level = obj.get("name"), obj.get("split"), obj.get("level")
    if not isinstance(name, str) or not name or split not in SPLITS or level not in LEVELS:
        raise ImportFormatError(f"{where}: a line needs name (text), split {SPLITS} and level {LEVELS}")
    try:
        step = np.asarray(obj["step"])
        if step.size and step.dtype.kind not in "iu":
            raise TypeError("steps must be whole numbers within int64")
        arrays = (step.astype(np.int64), *(np.asarray(obj[k], dtype=np.float64)
                                           for k in ("epoch", "wall_time", "value")))
    except (KeyError, TypeError, ValueError, OverflowError) as exc:
        raise ImportFormatError(f"{where}: step/epoch/wall_time/value must be lists of numbers "
                                f"({type(exc).__name__}: {exc})") from None
    if any(a.ndim != 1 or len(a) != len(arrays[3]) for a in arrays):
        raise ImportFormatError(f"{where}: step, epoch, wall_time and value must be flat lists of one length")
    return (name, split, level), arrays


def _info(run: dict, path: Path) -> RunInfo:
    def text(key, default):
        value = run.get(key)
        return value if isinstance(value, str) and value.strip() else default
    meta = run.get("meta") if isinstance(run.get("meta"), dict) else {}
    fold = run.get("fold")
    return RunInfo(project=text("project", "default"), name=text("name", path.stem),
                   group=run.get("group") if isinstance(run.get("group"), str) else None,
                   fold=fold if isinstance(fold, int) and not isinstance(fold, bool) else None,
                   config=run.get("config") if isinstance(run.get("config"), dict) else {},
                   meta={**meta, "recovered_from": run.get("id"), "source": str(path),
                         "format": "learnscope unsaved points"},
                   created=float(run["created"]) if isinstance(run.get("created"), (int, float)) else path.stat().st_mtime,
                   host=text("host", ""))
