"""Learning-curve figures (matplotlib), the live view, and downsampling.

>>> fig = ls.plot("digits/baseline"); fig.savefig("curves.png")   # doctest: +SKIP

matplotlib is imported on first use, not with this package, so the dashboard and
the report can use :mod:`learnscope.plot.downsample` without it.
"""

from __future__ import annotations

import sys
import types

__all__ = ["plot", "watch"]


def plot(source, **kwargs):
    """Learning curves as a matplotlib Figure; see :func:`learnscope.plot.figure.plot`."""
    from .figure import plot as _plot
    return _plot(source, **kwargs)


def watch(run, **kwargs):
    """Show a run's curves live (Jupyter) or a progress line per epoch (terminal);
    see :func:`learnscope.plot.live.watch`."""
    from .live import watch as _watch
    return _watch(run, **kwargs)



class _CallableModule(types.ModuleType):
    """Importing ``learnscope.plot`` rebinds the attribute ``learnscope.plot`` from the
    function to this module; a callable module keeps ``ls.plot(...)`` working after that."""

    def __call__(self, source, **kwargs):
        return plot(source, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
