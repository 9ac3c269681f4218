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

import functools
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
    # values near the float limits (1e308, 5e-324) overflow in the rules' arithmetic, where they
    # count as inf or 0 as they should: no RuntimeWarning for the user to puzzle over
    with np.errstate(all="ignore"):
        return _read(history, classes, early_stop_patience, thresholds)


def _read(history: History, classes, early_stop_patience: int, thresholds: dict) -> Read:
    findings: list[Finding] = []
    for rule in registry.rules():
        findings.extend(rule(history, **_kwargs_for(rule, thresholds, classes)))
    findings = _drop_superseded(findings)
    findings += healthy(history, findings)
    findings.sort(key=lambda f: registry.info(f.code).priority)
    best_at, stop_at = _where_text(history, early_stop_patience)
    best_tokens, stop_tokens = _tokens(history, early_stop_patience)
    return Read(verdict=findings[0].code if findings else "insufficient_data",
                best_epoch=best_epoch(history), early_stop_epoch=early_stop_epoch(history, early_stop_patience),
                findings=findings, run=history.info.ref if history.info.name else "", patience=early_stop_patience,
                summary=summary(history), best_step=best_step(history),
                early_stop_step=early_stop_step(history, early_stop_patience), best_at=best_at, stop_at=stop_at,
                best_tokens=best_tokens, early_stop_tokens=stop_tokens)


def _load(source, store) -> History:
    from ..api import load
    return load(source, store)


@functools.lru_cache(maxsize=None)  # inspect.signature per rule per read cost ~5 ms a read (sweeps)
def _params(rule) -> frozenset[str]:
    return frozenset(p.name for p in inspect.signature(rule).parameters.values() if p.kind == p.KEYWORD_ONLY)


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
    """Findings whose code another finding supersedes are dropped (a diverging loss is no plateau),
    unless the superseded one ended (its evidence's ``until_epoch``) before every superseding one
    began: a stall at the start of a run that overfits later is a separate event, and both are said.
    A finding about the data rather than the model's course (evidence ``stands_alone``: a validation
    set too small to trust) is never dropped, nor one whose code the superseding finding says it keeps
    (its evidence's ``keeps``: a model at chance whose loss is learning, only slowly)."""
    def survives(f: Finding) -> bool:
        by = [g for g in findings if f.code in registry.info(g.code).supersedes
              and f.code not in (g.evidence or {}).get("keeps", ())]
        until = (f.evidence or {}).get("until_epoch")
        if (f.evidence or {}).get("stands_alone"):
            return True
        return not by or (until is not None and all(g.epoch is not None and until < g.epoch for g in by))
    return [f for f in findings if survives(f)]


def _monitor(history: History):
    cs = curves(history)
    return next((c for c in (cs.val_loss, cs.val_acc, cs.train_loss) if c is not None and c.finite.sum()), None)


def _best_index(history: History):
    """The curve the best point is taken from (validation loss, else accuracy, else training
    loss) and the index of its best point."""
    c = _monitor(history)
    if c is None:
        return None, None
    idx, _ = finite(c)
    return c, int(idx[int(np.argmin(oriented(c)))])


def _stop_index(history: History, patience: int, min_delta: float = 0.0):
    """Where Keras ``EarlyStopping(patience)`` on the monitored curve stops: (curve, index or None)."""
    c = _monitor(history)
    if c is None:
        return None, None
    best, wait = math.inf, 0
    for i, v in enumerate(-c.value if c.accuracy else c.value):
        if not math.isfinite(v):  # TerminateOnNaN stops here too
            return c, i
        if v < best - min_delta:
            best, wait = v, 0
        else:
            wait += 1
            if wait >= patience:
                return c, (i if i < len(c.value) - 1 else None)
    return c, None


def best_epoch(history: History) -> int | None:
    """Epoch of the best validation loss, else validation accuracy, else training loss
    (None for a step-based run: see :func:`best_step`)."""
    c, i = _best_index(history)
    return None if c is None or c.step_based else c.epoch_at(i)


def best_step(history: History) -> int | None:
    """Step of the best validation loss (else accuracy, else training loss)."""
    c, i = _best_index(history)
    return None if c is None else c.step_at(i)


def early_stop_epoch(history: History, patience: int = 5, min_delta: float = 0.0) -> int | None:
    """Where Keras ``EarlyStopping(monitor, patience)`` on the same curve would have stopped (None: never;
    None for a step-based run, whose patience counts evaluations: see :func:`early_stop_step`)."""
    c, i = _stop_index(history, patience, min_delta)
    return None if i is None or c.step_based else c.epoch_at(i)


def early_stop_step(history: History, patience: int = 5, min_delta: float = 0.0) -> int | None:
    """The step where early stopping with ``patience`` evaluations would have stopped (None: never)."""
    c, i = _stop_index(history, patience, min_delta)
    return None if i is None else c.step_at(i)


def _where_text(history: History, patience: int) -> tuple[str, str]:
    """"step 1,200 (evaluation 12 of 24)" for the best and early-stop points of a step-based run."""
    c, i = _best_index(history)
    if c is None or not c.step_based:
        return "", ""
    _, j = _stop_index(history, patience)
    return c.at(i), (c.at(j) if j is not None else "")


def _tokens(history: History, patience: int) -> tuple[int | None, int | None]:
    """Tokens seen at the best and early-stop points (None without a ``tokens`` series)."""
    c, i = _best_index(history)
    if c is None or c.tokens is None:
        return None, None
    _, j = _stop_index(history, patience)
    return c.tokens_at(i), (c.tokens_at(j) if j is not None else None)


class _CallableModule(types.ModuleType):
    """``import learnscope.read`` rebinds ``learnscope.read`` to this package; keep it callable
    so ``ls.read(history)`` still works after that import."""

    def __call__(self, source, **kwargs):
        return read(source, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
