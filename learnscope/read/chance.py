"""Is the model at chance? Accuracy near 1/num_classes, or a loss stuck at ln(num_classes).

The number of classes comes from :func:`.classes.infer_classes`: the ``classes=`` argument, the
run's metadata or config (``num_classes``, ``n_classes``, ``num_labels``...), or a cross-entropy
loss sitting at ``ln K`` (the loss of a uniform guess over K classes).

>>> from learnscope.history import History
>>> h = History.from_dict({"loss": [2.31, 2.30, 2.30], "accuracy": [0.1, 0.11, 0.09]})
>>> [f.code for f in chance_level(h)]
['chance_level']
"""

from __future__ import annotations

import math

import numpy as np

from ..history import History
from .classes import accuracy_sigma, infer_classes
from .curves import curves
from .finding import Finding
from .registry import rule
from .noise import fmt, in_sigmas
from .memorised import memorised
from .one_class import _ADVICE, one_class
from .runmeta import loss_name
from .shape import finite, label, rose_every_time, tail_mean


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
    sigma = accuracy_sigma(c, chance)
    band = max(n_sigma * sigma, margin * (1 - chance))
    if end > chance + band:
        return []
    if baseline == "majority class" and _beats_the_shares(history, cs, shares, n_sigma):
        return []  # its accuracy near the majority's share, its loss below any input-blind guess's: it learned
    size = f"; {c.n_samples} samples" if c.n_samples else ""
    spike = collapse(cs)
    # above chance and better at each of its last four evaluations (noise orders five points so once in
    # 120): a model climbing out of chance, too slowly or stopped too soon, not a dead one
    climbing = end > chance and rose_every_time(y[-5:], 4)
    message = (f"{label(c)} ends at {fmt(end)}, and {what} "
               f"({'+' if end >= chance else '-'}{fmt(abs(end - chance))} = {in_sigmas(end - chance, sigma)}"
               f"{size}; classes: {source}): the model has learned nothing usable"
               f"{' yet, though it rose at each of its last 4 evaluations' if climbing else ''}.")
    if spike:
        message += (f" The batch loss never got below its start ({fmt(spike[2])}) and spiked to {fmt(spike[1])} "
                    f"at step {spike[0]} ({fmt(spike[1] / spike[2])}x the start): updates this violent usually "
                    f"mean a learning rate far too high.")
    evidence = {"series": c.key, "end": end, "chance": chance, "baseline": baseline, "num_classes": k,
                "classes_from": source,
                "band": band, "sigma": sigma, **({"spike_step": spike[0], "spike_loss": spike[1]} if spike else {})}
    if _loss_learning(cs, math.log(k)) or climbing:
        evidence["keeps"] = ["slow_convergence"]  # no dead model: if it is still improving, say so too
    if _loss_learning(cs, math.log(k), fell=0.25):
        # the training loss left ln K far behind: a stall before that (at ln K, say) is an event of its
        # own, not the flat line of a model at chance, so the plateau that says it is kept
        evidence["keeps"] = [*evidence.get("keeps", []), "plateau"]
    return [Finding("chance_level", "error", message, evidence=evidence, **c.where(idx[0]),
                    advice=_ADVICE)]


def _beats_the_shares(history: History, cs, shares, n_sigma: float, below: float = 0.25) -> bool:
    """The validation loss, a cross-entropy, ends ``below`` (a quarter) or more under the entropy of the
    validation set's class shares, and by ``n_sigma`` of its noise: that entropy is the lowest loss any
    guess that ignores the inputs can score (the shares themselves, as probabilities, every time), so a
    model below it uses its inputs, however near the majority's share its accuracy stays on classes this
    imbalanced. A loss the run names as no cross-entropy (a focal or squared loss can sit below that
    entropy at chance) is not measured."""
    v = cs.val_loss
    if v is None or v.finite.sum() < 3 or not _cross_entropy(history):
        return False
    entropy = -sum(p * math.log(p) for p in shares if p > 0)
    end = tail_mean(finite(v)[1], 3)
    return end <= (1 - below) * entropy and entropy - end > n_sigma * v.noise().sigma


def _cross_entropy(history: History) -> bool:
    """The run's loss is a cross-entropy, or it does not name its loss (every classifier's default)."""
    name = loss_name(history)
    if name is None:
        return True
    flat = name.lower().replace("_", "").replace(" ", "")
    return "focal" not in flat and any(w in flat for w in ("crossentropy", "nll", "bce", "logloss", "logits"))


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
