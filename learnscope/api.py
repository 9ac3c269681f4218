"""The functions behind ``ls.init`` and ``ls.load``."""

from __future__ import annotations

import os
import platform
import re
import socket
import sys
import time
from collections.abc import Mapping
from pathlib import Path

from .errors import InvalidValueError
from .history import History, RunInfo
from .run import Run
from .validate import clean_config

_NAME_OK = re.compile(r"^[^\x00-\x1f/]{1,255}$")


def _check_name(what: str, value, *, allow_slash: bool = False) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > 255 or not value.isprintable():
        raise InvalidValueError(f"{what} must be a non-empty printable string of at most 255 characters, got {value!r}")
    if not allow_slash and "/" in value:
        raise InvalidValueError(f"{what} {value!r} may not contain '/': runs are named project/name")
    return value.strip()


def init(project: str | None = None, name: str | None = None, config: Mapping | None = None,
         store=None, *, group: str | None = None, fold: int | None = None,
         meta: Mapping | None = None, flush_interval: float = 1.0,
         distributed="auto", reduce="mean", per_rank: bool = False) -> Run:
    """Start recording a run and return its :class:`Run`.

    >>> run = ls.init(project="digits", name="baseline", config={"lr": 1e-3})  # doctest: +SKIP
    >>> run.log({"loss": 0.31}); run.log_epoch({"loss": 0.3, "val_loss": 0.35}); run.finish()  # doctest: +SKIP

    ``store`` is a directory (default ``$LEARNSCOPE_STORE`` or ``./learnscope``) or a
    ``postgresql://`` URL. ``group`` and ``fold`` tie runs together (a sweep, k-fold).

    Under ``torch.distributed`` (``distributed="auto"`` finds it), call ``init`` on every
    rank: they record ONE run, rank 0 writes, epoch values are reduced across ranks
    (``reduce="mean"|"sum"|"max"|"min"``), ``per_rank=True`` keeps each rank's series too
    (see :mod:`learnscope.integrations.distributed`).
    """
    from .integrations import distributed as dist
    from .store import new_run_id, open_store

    project = _check_name("project", project or os.environ.get("LEARNSCOPE_PROJECT") or "default")
    run_id = new_run_id()
    name = _check_name("name", name, allow_slash=True) if name is not None else \
        f"run-{time.strftime('%Y%m%d-%H%M%S')}-{run_id[:4]}"
    if group is not None:
        group = _check_name("group", group, allow_slash=True)
    if fold is not None and (not isinstance(fold, int) or isinstance(fold, bool)):
        raise InvalidValueError(f"fold must be an int, got {fold!r}")
    if not flush_interval > 0:
        raise InvalidValueError(f"flush_interval must be > 0 seconds, got {flush_interval!r}")
    dist.check_reduce(reduce)
    ranks = dist.detect(distributed)
    base_meta = {"python": platform.python_version(), "pid": os.getpid(), "argv": sys.argv[:8]}
    info = RunInfo(id=run_id, project=project, name=name, group=group, fold=fold,
                   config=clean_config(config), meta={**base_meta, **dict(meta or {})},
                   status="running", created=time.time(), heartbeat=time.time(), host=socket.gethostname())
    if ranks is not None:
        return dist.start(store, info, rank=ranks[0], world_size=ranks[1], reduce=reduce, per_rank=per_rank,
                          flush_interval=flush_interval)
    return Run(open_store(store), info, flush_interval=flush_interval)


def load(source, store=None) -> History:
    """A :class:`History` from a run ref (``"project/name"`` or id), a :class:`Run`,
    a path to a log file people already have, a Keras ``History`` or its ``.history`` dict.

    >>> h = ls.load("digits/baseline")            # doctest: +SKIP
    >>> h.epoch["val_loss"], h.batch["loss"]       # doctest: +SKIP
    """
    from .store import open_store

    if isinstance(source, History):
        return source
    if isinstance(source, Run):
        return source.history()
    if isinstance(source, Mapping):
        return History.from_dict(source)
    if hasattr(source, "history") and isinstance(getattr(source, "history"), Mapping):
        from .importers import from_keras_history
        return from_keras_history(source)
    if hasattr(source, "recorder") or type(source).__name__ == "Recorder":
        from .importers import from_fastai
        return from_fastai(source)
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        from .importers import load_path
        return load_path(expand_user(source))
    if not isinstance(source, str):
        raise InvalidValueError(f"cannot load a {type(source).__name__}: give a run ref, a Run, "
                                f"a log file path, or a Keras History")
    return open_store(store, create=False).load(source)


def expand_user(path) -> Path:
    """``Path(path).expanduser()``, or the path as written when ``~user`` names no user (or there is
    no home directory): it is then simply a path that does not exist ("no such file").

    >>> expand_user("~no-such-user-here/x.csv").name
    'x.csv'
    """
    try:
        return Path(path).expanduser()
    except (RuntimeError, KeyError):
        return Path(path)


def _looks_like_path(text: str) -> bool:
    """A path that exists, or one that cannot be a run ref: it ends like a log file (``.csv``,
    ``.db``...), is absolute, or starts with ``./``/``~``. A missing one is then "no such file"."""
    p = expand_user(text)
    if p.exists():
        return True
    from .importers.registry import suffixes

    return p.suffix.lower() in suffixes() or text.startswith(("/", "./", "../", "~", "\\")) \
        or "tfevents" in p.name
