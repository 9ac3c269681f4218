"""Runs still open at interpreter exit: finished then, as ``crashed`` after an uncaught exception.

A :class:`~learnscope.run.Run` joins :data:`live` when it starts (or resumes) and
leaves it at ``finish()``; importing :mod:`learnscope.run` installs the hooks below.
"""

from __future__ import annotations

import atexit
import sys
import weakref

live: weakref.WeakSet = weakref.WeakSet()
_crashed = False


def _finish_all() -> None:
    for run in list(live):
        try:
            run.finish("crashed" if _crashed else "finished")
        except Exception as exc:  # at exit, say it and go on with the other runs
            print(f"learnscope: could not finish run {run.info.ref}: {exc}", file=sys.stderr)


def _excepthook(exc_type, exc, tb, _previous=sys.excepthook) -> None:
    global _crashed
    _crashed = True
    _previous(exc_type, exc, tb)


sys.excepthook = _excepthook
atexit.register(_finish_all)
