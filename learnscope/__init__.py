"""learnscope: record, plot and read the learning signals of any training run.

>>> import learnscope as ls
>>> run = ls.init(project="digits", name="baseline", config={"lr": 1e-3})  # doctest: +SKIP
>>> run.log({"loss": 0.31}); run.log_epoch({"val_loss": 0.35}); run.finish()  # doctest: +SKIP
>>> ls.read(ls.load("digits/baseline"))                                      # doctest: +SKIP

Importing this package loads nothing heavy, not even numpy: History, the store, plotting,
the dashboard and framework integrations are imported when first used (``learnscope runs``
starts in a fraction of a second).
"""

from __future__ import annotations

from .errors import LearnscopeError

__version__ = "0.1.0"
__all__ = ["History", "LearnscopeError", "Run", "Series", "__version__", "init", "load", "plot", "read"]


def init(*args, **kwargs):
    """Start recording a run; see :func:`learnscope.api.init`."""
    from .api import init as _init
    return _init(*args, **kwargs)


def load(source, store=None):
    """Load a run or a log file as a :class:`History`; see :func:`learnscope.api.load`."""
    from .api import load as _load
    return _load(source, store)


def read(source, **kwargs):
    """Diagnose a run's learning curves; see :func:`learnscope.read.read`."""
    from .read import read as _read
    return _read(source, **kwargs)


def plot(source, **kwargs):
    """Plot learning curves as a matplotlib Figure; see :func:`learnscope.plot.plot`."""
    from .plot import plot as _plot
    return _plot(source, **kwargs)


def __getattr__(name: str):
    if name == "Run":
        from .run import Run
        return Run
    if name in ("History", "Series"):
        from . import history
        return getattr(history, name)
    raise AttributeError(f"module 'learnscope' has no attribute {name!r}")
