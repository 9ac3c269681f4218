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
from .memorised import memorised
from .one_class import _ADVICE, one_class
from .shape import finite, label, late_level, tail_mean


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
        if k >= 2 and flat and abs(end - math.log(k)) <= 0.01 * math.log(k) and _guesses_beside(cs, loss, k):
            return k, f"inferred: the loss sits at ln({k}) = {math.log(k):.3f}"
    k, source = _from_start(cs)
    return (k, source) if k else _from_guess(cs)


def _guesses_beside(cs, loss, k: int, near: float = 0.05) -> bool:
    """The other loss of a training loss sitting at ln K (validation's) sits there too, within ``near``
    of it, or there is none: a model that guesses uniformly scores ln K on any data, so a validation
    loss well below it says the model learned, or that the loss is no cross-entropy at all (a
    regression's that came to rest near ln K)."""
    v = cs.val_loss if loss is not cs.val_loss else None
    if v is None or not v.finite.sum():
        return True
    return abs(tail_mean(finite(v)[1], 3) - math.log(k)) <= near * math.log(k)


def _from_guess(cs, low: float = 0.95, high: float = 1.1, n_sigma: float = 2.0) -> tuple[int | None, str]:
    """A classifier that learned nothing scores 1/K and a loss about that of a uniform guess over K
    classes (ln K; more when its constant guess is off the class shares, a little less when it learned
    the shares and nothing else). An accuracy near 1/K
    (K = 2..20, the nearest whole number) with a loss whose level (the median of the last quarter)
    is between ``low`` and ``high`` times ln K names K together, where neither would alone: a model
    exploded by too high a rate settles there without the loss ever sitting exactly at ln K.

    The loss is the accuracy's own (validation's beside a validation accuracy): a model part-way
    through learning more classes passes 1/2 or 1/3 on its way up while its training loss, below
    validation's, passes ln 2 or ln 3 on its way down. Only where that loss blew up (over twice
    ``high`` ln K: a thrown model's evaluation, which names no K) does the lower of the two speak.

    On a small evaluation set the accuracy names K only to within its noise (0.275 on 40 samples is
    1/3 as well as 1/4): the K next to the nearest one is tried too where 1/K lies within ``n_sigma``
    of the accuracy and the accuracy did not climb by more than that (a model learning K classes
    passes 1/(K-1) on its way up); the loss decides between them, as the bands around ln K of
    neighbouring K do not overlap."""
    acc = cs.val_acc if cs.val_acc is not None and cs.val_acc.finite.sum() >= 3 else cs.train_acc
    if acc is None or acc.finite.sum() < 3:
        return None, ""
    y = finite(acc)[1]
    a = tail_mean(y, 3)
    nearest = round(1 / a) if a > 0.045 else 0
    own = cs.val_loss if acc is cs.val_acc else cs.train_loss
    level = late_level(finite(own)[1]) if own is not None and own.finite.sum() >= 3 else math.inf
    for k in (nearest, nearest - 1, nearest + 1):
        if not 2 <= k <= 20:
            continue
        if k != nearest and max(abs(a - 1 / k), a - float(y[0])) > n_sigma * _sigma(acc, 1 / k):
            continue  # 1/K beyond the accuracy's noise, or an accuracy that climbed: it passes 1/K, names no K
        end = level
        if end > 2 * high * math.log(k):  # the accuracy's own evaluation blew up: the lower of the two speaks
            end = min((late_level(finite(loss)[1]) for loss in (cs.train_loss, cs.val_loss)
                       if loss is not None and loss.finite.sum() >= 3), default=math.inf)
        if low * math.log(k) <= end <= high * math.log(k):
            return k, (f"inferred: accuracy {fmt(a)} ~ 1/{k} with the loss at {fmt(end)} ~ "
                       f"ln({k}) = {math.log(k):.3f}")
    return None, ""


def _sigma(acc, p: float) -> float:
    """The noise of accuracy curve ``acc`` at ``p``: binomial on its samples when known, else its own."""
    return binomial_sigma(p, acc.n_samples) if acc.n_samples else acc.noise().sigma


def _from_start(cs, n: int = 3) -> tuple[int | None, str]:
    """An untrained classifier starts at a loss of ln K and an accuracy of 1/K: both together
    (within 1.5% and a few points) name K. The first ``n`` logged batches (their medians) are that
    untrained start when the run logs them; an epoch's mean already holds that epoch's learning."""
    firsts = [(float(finite(loss)[1][0]), float(finite(acc)[1][0]), "run") for loss, acc in
              ((cs.train_loss, cs.train_acc), (cs.val_loss, cs.val_acc))
              if loss is not None and acc is not None and loss.finite.sum() and acc.finite.sum()]
    b, ba = cs.batch_loss, cs.batch_acc
    if b is not None and ba is not None and len(b) >= 4 * n and len(ba) >= 4 * n:
        lb, ab = np.asarray(b.value[:n], float), np.asarray(ba.value[:n], float)
        if np.isfinite(lb).all() and np.isfinite(ab).all():
            firsts.insert(0, (float(np.median(lb)), float(np.median(ab)), "run's first batches"))
    for first, a0, what in firsts:
        k = _at_ln_k(first)
        if k and abs(a0 - 1 / k) <= 0.5 / k:
            return k, f"inferred: the {what} started at loss ln({k}) and accuracy 1/{k}"
    # a classifier (it scores an accuracy) whose first batches, from the untrained model's first step,
    # sit at ln K: an untrained model's logits are near zero, so its loss is a uniform guess's
    accs = [a for a in (cs.val_acc, cs.train_acc) if a is not None and a.finite.sum()]
    if b is not None and len(b) >= 4 * n and b.step[0] <= 1 and accs and \
            max(float(np.max(finite(a)[1])) for a in accs) > 0:
        k = _at_ln_k(float(b.value[0]))  # the first step's alone: a rate that blows up does it by the second
        if k:
            return k, f"inferred: the run's first batch started at loss ln({k}) = {math.log(k):.3f}"
    return None, ""


def _at_ln_k(loss: float, tol: float = 0.015) -> int:
    """K (2 to 50) when ``loss`` sits within ``tol`` of ln K, the loss of a uniform guess over K
    classes; else 0."""
    k = round(math.exp(loss)) if 0.5 < loss < math.log(50.5) else 0
    return k if k >= 2 and abs(loss - math.log(k)) <= tol * math.log(k) else 0


LEVEL_SAMPLES = 32  # a batch loss is a level when it averages at least this many samples
_MARGIN, _N_SIGMA = 0.1, 3.0  # chance_level's defaults, which guesses() reads with too


@rule("chance_level", "error", priority=40, supersedes=("underfitting", "plateau", "slow_convergence"))
def chance_level(history: History, *, classes: int | None = None, margin: float = _MARGIN,
                 n_sigma: float = _N_SIGMA) -> list[Finding]:
    """Accuracy within noise (or ``margin`` of the way to perfect) of 1/num_classes."""
    return _chance(history, classes, margin, n_sigma, diverged=lambda: _diverged(history))


def guesses(history: History) -> bool:
    """The chance_level rule's answer without asking the diverging rule (which asks this one)."""
    return bool(_chance(history, None, _MARGIN, _N_SIGMA, diverged=None))


def _chance(history: History, classes: int | None, margin: float, n_sigma: float, diverged) -> list[Finding]:
    k, source = infer_classes(history, classes)
    cs = curves(history)
    c = cs.val_acc if cs.val_acc is not None and cs.val_acc.finite.sum() else cs.train_acc
    one = one_class(cs, diverged=diverged, classes=k) or memorised(cs)
    if one:
        # learning, only slowly: measured against ln K, or (K unknown) the one-class guess's entropy when
        # the accuracy climbed into that guess (weights that changed which class wins; a dead network,
        # frozen from its first evaluation, only moves its biases toward the class shares)
        ev = one[0].evidence
        if k and k >= 2:
            scale = math.log(k)
        else:
            scale = ev.get("one_class_entropy") if _climbed_into(c, ev.get("chance")) else None
        if scale and _loss_learning(cs, scale):
            one[0].evidence["keeps"] = ["slow_convergence"]
        return one
    if k is None or k < 2:
        return []
    if c is None or not c.finite.sum():
        return _by_loss(history, k, source)
    # the baseline: 1/K, or always answering the majority class when the validation set's class shares
    # are known (on imbalanced classes that scores more than 1/K, and a model that learned nothing does)
    chance, what, baseline = 1.0 / k, f"chance for {k} classes is {fmt(1.0 / k)}", "1/K"
    shares = cs.val_class_shares if c.split == "val" else None
    if shares and len(shares) == k and max(shares) > chance:
        chance, baseline = max(shares), "majority class"
        what = f"always answering the majority class of {k} scores {fmt(chance)}, its share of the validation set"
    idx, y = finite(c)
    end = tail_mean(y, 3)
    sigma = _sigma(c, chance)
    band = max(n_sigma * sigma, margin * (1 - chance))
    if end > chance + band:
        return []
    size = f"; {c.n_samples} samples" if c.n_samples else ""
    spike = collapse(cs)
    message = (f"{label(c)} ends at {fmt(end)}, and {what} "
               f"({'+' if end >= chance else '-'}{fmt(abs(end - chance))} = {in_sigmas(end - chance, sigma)}"
               f"{size}; classes: {source}): the model has learned nothing usable.")
    if spike:
        message += (f" The batch loss never got below its start ({fmt(spike[2])}) and spiked to {fmt(spike[1])} "
                    f"at step {spike[0]} ({fmt(spike[1] / spike[2])}x the start): updates this violent usually "
                    f"mean a learning rate far too high.")
    evidence = {"series": c.key, "end": end, "chance": chance, "baseline": baseline, "num_classes": k,
                "classes_from": source,
                "band": band, "sigma": sigma, **({"spike_step": spike[0], "spike_loss": spike[1]} if spike else {})}
    if _loss_learning(cs, math.log(k)):
        evidence["keeps"] = ["slow_convergence"]  # no dead model: if the loss is still falling, say so too
    if _loss_learning(cs, math.log(k), fell=0.25):
        # the training loss left ln K far behind: a stall before that (at ln K, say) is an event of its
        # own, not the flat line of a model at chance, so the plateau that says it is kept
        evidence["keeps"] = [*evidence.get("keeps", []), "plateau"]
    return [Finding("chance_level", "error", message, evidence=evidence, **c.where(idx[0]),
                    advice=_ADVICE)]


def _climbed_into(c, p: float | None, stray: float = 0.005) -> bool:
    """Accuracy ``c`` (the one the one-class finding read: validation's, else training's) began away
    from the share ``p`` it froze at: the model's decisions changed before they settled on one class."""
    if c is None or p is None or not c.finite.sum():
        return False
    return abs(float(finite(c)[1][0]) - p) > stray


def _loss_learning(cs, scale: float, fell: float = 0.1) -> bool:
    """The training loss fell by ``fell`` of ``scale`` (ln K; or, K unknown, the entropy of the one-class
    guess the model scores) or more, first point to end: the model at chance is learning (the class
    shares at least, perhaps more), not dead, whose loss only drifts by a fraction of a percent;
    whether it is still falling is slow_convergence's to say."""
    t = cs.train_loss
    if t is None or t.finite.sum() < 3:
        return False
    y = finite(t)[1]
    return float(y[0]) - tail_mean(y, 3) >= fell * scale


def _diverged(history: History) -> str:
    """Where the diverging rule found this run diverging, in words ("" when it did not)."""
    from .diverging import diverging  # imported here: diverging imports this module

    found = diverging(history)
    if not found:
        return ""
    f = found[0]
    return "see diverging" + (f", from epoch {f.epoch}" if f.epoch is not None else
                              f", from step {f.step}" if f.step is not None else "")


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


def collapse(cs, factor: float = 5.0, recovered: bool = False):
    """``(step, value, start)`` of a batch-loss spike (``factor`` x the start) that training never
    recovered from: its batches ended (the median of the last quarter after the spike) no lower than
    0.9 x the start (or, with ``recovered=True``, any such spike). The start is the first ten batches'
    median, or when lower the first three's, or the first batch's when it is the run's first step
    (always with ``recovered=True``; otherwise when the spike is an order of magnitude above it, when it
    sits at an untrained classifier's ln K, or when it averaged ``LEVEL_SAMPLES`` samples or more, and
    then, being one sample of the untrained level, the loss must end at or above it, not 0.9 x): a
    rate high enough to explode does it within a few steps, and those steps are no start. A run
    that logs every 50 steps has learned for 50 by its first logged batch: that one is no start."""
    b = cs.batch_loss
    if b is None or len(b) < 20 or not np.isfinite(b.value[:10]).any():
        return None
    v, steps = np.asarray(b.value, float), b.step
    first = np.isfinite(v[0]) and b.step[0] <= 1  # the untrained model's own batch (not step 50's)
    w = math.ceil(LEVEL_SAMPLES / cs.batch_size) if cs.batch_size else 1
    averaged = 1 < w < len(v) // 4
    if averaged:
        # batches of a few samples each are no loss level (one confident mistake in 4 samples reads 5x
        # ln 2): judge means over at least LEVEL_SAMPLES samples, ending at each step
        v, steps = np.convolve(v, np.ones(w) / w, mode="valid"), steps[w - 1:]
    start = float(np.nanmedian(v[:10]))
    if recovered and first:
        start = min(start, float(v[0]))
    elif np.isfinite(v[:3]).any():
        start = min(start, float(np.nanmedian(v[:3])))
    k = cs.num_classes
    known = not first and bool(k and k >= 2)
    if known:
        # logged from a later step, classes known: an untrained classifier starts at ln K, and learning
        # only lowers it; a first logged batch far above is a blow-up in the steps before it
        start = math.log(k)
    elif not first and cs.train_loss is not None and cs.train_loss.finite.sum():
        # logged from a later step: the model had learned by then; the first epoch's mean (which
        # averages from the untrained model on) is where it started, or lower
        start = max(start, float(finite(cs.train_loss)[1][0]))
    i = int(np.nanargmax(v)) if np.isfinite(v).any() else 0
    untrained = bool(k and k >= 2 and abs(v[0] - math.log(k)) <= 0.05 * math.log(k))
    early = np.isfinite(v[1:4]).any() and float(np.nanmedian(v[1:4])) >= 10 * v[0]
    # the first batch averaged LEVEL_SAMPLES samples or more (batches that large, or the means above)
    sized = bool(cs.batch_size) and (cs.batch_size >= LEVEL_SAMPLES or averaged)
    level = (v[i] > 10 * v[0] and early) or untrained  # the first batch is the start itself, not a sample
    sample = False  # the start is one batch's loss: a sample of the untrained model's level, not the level
    if not recovered and first and 0 < v[0] < start and (level or sized):
        # blown up by the second batch (only the first saw the untrained model: the ones right after it
        # stand far above it), or a first batch at an untrained classifier's ln K: that is the start,
        # whatever the batches after it averaged. A first batch of many samples is the untrained model's
        # loss too (a rate that explodes throws the next few batches about), though only a sample of it:
        # a loss that never came back must end at or above it, not merely near it. A lower first batch
        # of a few samples is a lucky draw, no level
        sample = not level
        start = float(v[0])
    if not start > 0 or (i == 0 and not known) or not v[i] > factor * start:
        return None  # (an untrained model's first batch is no explosion)
    if not recovered:  # where the loss ended (its typical batch of the last quarter), not its luckiest batch
        tail = v[i + 1:][np.isfinite(v[i + 1:])]
        if len(tail) and np.median(tail[-max(10, len(tail) // 4):]) < (1.0 if sample else 0.9) * start:
            return None
    return int(steps[i]), float(v[i]), start
