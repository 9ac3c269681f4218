"""The training read: learning curves diagnosed in words, with evidence.

>>> import learnscope as ls
>>> r = ls.read({"loss": [1.0, 0.5, 0.35, 0.3, 0.28, 0.27, 0.265],
...              "val_loss": [1.1, 0.6, 0.45, 0.4, 0.39, 0.385, 0.385]})
>>> r.verdict, r.best_epoch
('healthy', 6)

``read`` takes a History or anything :func:`learnscope.load` accepts, ``classes=``
(the number of classes, for the chance-level check) and any rule threshold by name
(``patience=``, ``n_sigma=``...; see :mod:`learnscope.read.rules`).
"""

from __future__ import annotations

import inspect
import sys
import types
import math

import numpy as np

from ..errors import InvalidValueError
from ..history import History
from .course import summary
from .curves import curves
from . import registry
from .finding import READ_VERSION, Finding, Read
from .notes import healthy
from .rules import RULES
from .shape import finite, oriented

__all__ = ["CODES", "READ_VERSION", "Finding", "Read", "read", "RULES"]

CODES = registry.codes()  # most important first: the verdict is the first code the read found
PRIORITY = CODES
SUPERSEDES = registry.supersedes()


def read(source, *, classes: int | None = None, early_stop_patience: int = 5, store=None,
         **thresholds) -> Read:
    """Read a run's learning curves: a verdict, best and early-stop epochs, and findings.

    >>> read({"loss": [1.0, float("nan")]}).verdict
    'non_finite'
    """
    history = source if isinstance(source, History) else _load(source, store)
    _check_thresholds(thresholds)
    findings: list[Finding] = []
    for rule in registry.rules():
        findings.extend(rule(history, **_kwargs_for(rule, thresholds, classes)))
    findings = _drop_superseded(findings)
    findings += healthy(history, findings)
    findings.sort(key=lambda f: registry.info(f.code).priority)
    return Read(verdict=findings[0].code if findings else "insufficient_data",
                best_epoch=best_epoch(history), early_stop_epoch=early_stop_epoch(history, early_stop_patience),
                findings=findings, run=history.info.ref if history.info.name else "", patience=early_stop_patience,
                summary=summary(history))


def _load(source, store) -> History:
    from ..api import load
    return load(source, store)


def _params(rule) -> set[str]:
    return {p.name for p in inspect.signature(rule).parameters.values() if p.kind == p.KEYWORD_ONLY}


def _check_thresholds(thresholds: dict) -> None:
    known = set().union(*(_params(r) for r in registry.rules())) - {"classes"}
    unknown = sorted(set(thresholds) - known)
    if unknown:
        raise InvalidValueError(f"unknown read threshold(s) {', '.join(unknown)}; "
                                f"known: {', '.join(sorted(known))}")


def _kwargs_for(rule, thresholds: dict, classes) -> dict:
    params = _params(rule)
    kw = {k: v for k, v in thresholds.items() if k in params}
    if "classes" in params and classes is not None:
        kw["classes"] = classes
    return kw


def _drop_superseded(findings: list[Finding]) -> list[Finding]:
    codes = {f.code for f in findings}
    gone = {c for code in codes for c in registry.info(code).supersedes}
    return [f for f in findings if f.code not in gone]


def best_epoch(history: History) -> int | None:
    """Epoch of the best validation loss, else validation accuracy, else training loss."""
    cs = curves(history)
    for c in (cs.val_loss, cs.val_acc, cs.train_loss):
        if c is not None and c.finite.sum():
            idx, _ = finite(c)
            return c.epoch_at(idx[int(np.argmin(oriented(c)))])
    return None


def early_stop_epoch(history: History, patience: int = 5, min_delta: float = 0.0) -> int | None:
    """Where Keras ``EarlyStopping(monitor, patience)`` on the same curve would have stopped (None: never)."""
    cs = curves(history)
    c = next((c for c in (cs.val_loss, cs.val_acc, cs.train_loss) if c is not None and c.finite.sum()), None)
    if c is None:
        return None
    best, wait = math.inf, 0
    for i, v in enumerate(-c.value if c.accuracy else c.value):
        if not math.isfinite(v):  # TerminateOnNaN stops here too
            return c.epoch_at(i)
        if v < best - min_delta:
            best, wait = v, 0
        else:
            wait += 1
            if wait >= patience:
                return c.epoch_at(i) if i < len(c.value) - 1 else None
    return None


class _CallableModule(types.ModuleType):
    """``import learnscope.read`` rebinds ``learnscope.read`` to this package; keep it callable
    so ``ls.read(history)`` still works after that import."""

    def __call__(self, source, **kwargs):
        return read(source, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
