"""Is the model at chance? Accuracy near 1/num_classes, or a loss stuck at ln(num_classes).

The number of classes comes from the ``classes=`` argument, the run's metadata or
config (``num_classes``, ``n_classes``, ``num_labels``...), or is inferred from a
cross-entropy loss sitting at ``ln K`` (the loss of a uniform guess over K classes).

>>> from learnscope.history import History
>>> h = History.from_dict({"loss": [2.31, 2.30, 2.30], "accuracy": [0.1, 0.11, 0.09]})
>>> [f.code for f in chance_level(h)]
['chance_level']
"""

from __future__ import annotations

import math

import numpy as np

from ..history import History
from .curves import curves
from .finding import Finding
from .registry import rule
from .noise import binomial_sigma, fmt, in_sigmas
from .shape import finite, label, tail_mean


def infer_classes(history: History, classes: int | None = None) -> tuple[int | None, str]:
    """``(K, where it came from)``; ``(None, "")`` when nothing says."""
    if classes is not None:
        return int(classes), "given"
    cs = curves(history)
    if cs.num_classes:
        return cs.num_classes, cs.classes_from
    loss = cs.train_loss or cs.val_loss
    if loss is not None and loss.finite.sum():
        y = finite(loss)[1]
        end = tail_mean(y, 3)
        # only small K: for large K every loss is within 1% of some ln K; and only a flat loss
        k = round(math.exp(end)) if 0.5 < end < math.log(20.5) else 0
        flat = np.ptp(y[-max(3, len(y) // 4):]) <= 0.01 * math.log(max(k, 2))
        if k >= 2 and flat and abs(end - math.log(k)) <= 0.01 * math.log(k):
            return k, f"inferred: the loss sits at ln({k}) = {math.log(k):.3f}"
    return None, ""


@rule("chance_level", "error", priority=40, supersedes=("underfitting", "plateau"))
def chance_level(history: History, *, classes: int | None = None, margin: float = 0.1,
                 n_sigma: float = 3.0) -> list[Finding]:
    """Accuracy within noise (or ``margin`` of the way to perfect) of 1/num_classes."""
    k, source = infer_classes(history, classes)
    cs = curves(history)
    c = cs.val_acc if cs.val_acc is not None and cs.val_acc.finite.sum() else cs.train_acc
    if k is None or k < 2:
        return []
    chance = 1.0 / k
    if c is None or not c.finite.sum():
        return _by_loss(history, k, source)
    idx, y = finite(c)
    end = tail_mean(y, 3)
    sigma = binomial_sigma(chance, c.n_samples) if c.n_samples else c.noise().sigma
    band = max(n_sigma * sigma, margin * (1 - chance))
    if end > chance + band:
        return []
    size = f"; {c.n_samples} samples" if c.n_samples else ""
    spike = collapse(cs)
    message = (f"{label(c)} ends at {fmt(end)}, and chance for {k} classes is {fmt(chance)} "
               f"({'+' if end >= chance else '-'}{fmt(abs(end - chance))} = {in_sigmas(end - chance, sigma)}"
               f"{size}; classes: {source}): the model has learned nothing usable.")
    if spike:
        message += (f" The batch loss never got below its start ({fmt(spike[2])}) and spiked to {fmt(spike[1])} "
                    f"at step {spike[0]} ({fmt(spike[1] / spike[2])}x the start): updates this violent usually "
                    f"mean a learning rate far too high.")
    evidence = {"series": c.key, "end": end, "chance": chance, "num_classes": k, "classes_from": source,
                "band": band, "sigma": sigma, **({"spike_step": spike[0], "spike_loss": spike[1]} if spike else {})}
    return [Finding("chance_level", "error", message, evidence=evidence, **c.where(idx[0]),
                    advice=_ADVICE)]


_ADVICE = ("Check that labels match inputs (shuffle them together), that the loss gets logits "
           "(not softmax twice), that inputs are scaled, and that the learning rate is not so high "
           "that the model collapsed to one class.")


def _by_loss(history: History, k: int, source: str) -> list[Finding]:
    c = curves(history).train_loss or curves(history).val_loss
    if c is None or not c.finite.sum():
        return []
    idx, y = finite(c)
    end = tail_mean(y, 3)
    if abs(end - math.log(k)) > 0.02 * math.log(k):
        return []
    message = (f"{label(c)} ends at {fmt(end)}, the loss of a uniform guess over {k} classes "
               f"(ln {k} = {math.log(k):.3f}; classes: {source}): the model predicts chance.")
    evidence = {"series": c.key, "end": end, "ln_classes": math.log(k), "num_classes": k, "classes_from": source}
    return [Finding("chance_level", "error", message, evidence=evidence, **c.where(idx[0]), advice=_ADVICE)]



def collapse(cs, factor: float = 5.0):
    """``(step, value, start)`` of a batch-loss spike (``factor`` x the start) that training never recovered from."""
    b = cs.batch_loss
    if b is None or len(b) < 20:
        return None
    v = b.value
    start = float(np.nanmedian(v[:10]))
    i = int(np.nanargmax(v)) if np.isfinite(v).any() else 0
    if not start > 0 or not v[i] > factor * start or np.nanmin(v[i:]) < 0.9 * start:
        return None
    return int(b.step[i]), float(v[i]), start
