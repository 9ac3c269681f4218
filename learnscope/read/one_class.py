"""A model that outputs one class: an accuracy frozen at (or switching between) single classes'
shares, with a loss no better than always guessing that class (the loss floors of
:mod:`learnscope.read.levels`), whatever the number of classes. The chance_level rule
(:mod:`learnscope.read.chance`) asks this first, before 1/K, as it asks whether a validation
accuracy never left such a guess while the training side memorised its labels
(:mod:`learnscope.read.memorised`).
"""

from __future__ import annotations

import math
from typing import Callable

import numpy as np

from .finding import Finding
from .levels import calibrated_loss, classes_in_turn, few_errors, guess_loss, one_level, repeated, set_size
from .noise import fmt
from .shape import finite, label, late_level, tail_mean


_ADVICE = ("Check that labels match inputs (shuffle them together), that the loss gets logits "
           "(not softmax twice), that inputs are scaled, and that the learning rate is not so high "
           "that the model collapsed to one class.")
# one class on both sides, not thrown there: the class shares are all the model learned
_MAJORITY_ADVICE = ("On imbalanced classes a model that learned only their shares scores the majority's: lower "
                    "the weight decay, weigh the classes (class weights, a weighted loss or resampling) and judge "
                    "it by balanced accuracy or F1. Otherwise check that labels match inputs, that inputs are "
                    "scaled, and that the units are not dead (initialisation, biases).")


def one_class(cs, min_points: int = 5, diverged: Callable[[], str] | None = None,
              classes: int | None = None) -> list[Finding]:
    """Accuracy frozen at one value while the loss sits at (or above) the entropy of always guessing
    one class at that rate: the model outputs the same class for every input (the majority class of
    imbalanced data), whatever the number of classes. A model that learned anything would score lower
    than that entropy, and its accuracy would move from epoch to epoch. Or the accuracy takes only the
    shares of single classes in turn (``classes_in_turn``): one class at a time, switching.

    A model thrown about by too large steps (its training loss ended above where it began, or
    ``diverged()`` names how the run diverged: asked only when that decides) outputs whichever class
    its last step left it on, not the one a converged model would settle on: a frozen accuracy there
    needs no training side that agrees (a running mean over updates that throw it from class to class),
    and the class need not be the majority, so the loss floor is the entropy of that one class's share
    against the rest, on both sides (a training loss under it is a model that fits its data)."""
    c = cs.val_acc if cs.val_acc is not None else cs.train_acc
    loss = cs.val_loss if c is cs.val_acc and cs.val_loss is not None else cs.train_loss
    if c is None or loss is None or c.finite.sum() < min_points or not loss.finite.sum():
        return []
    idx, y = finite(c)
    end = tail_mean(finite(loss)[1], 3)
    wrecked = _fits_nothing(cs)
    thrown = _Thrown(cs, wrecked, diverged)
    p, late, turns = _frozen_share(cs, c, y, end, thrown, min_points, classes)
    if p is None or not 0.0 < p < 1.0 or (not turns and few_errors(c, p)) or not _a_share(cs, c, turns or [p]):
        return []
    agrees = _train_side_agrees(cs, c, float(np.mean(late)) if turns else p)
    if not agrees and not thrown(p):
        return []
    h = guess_loss(p) if agrees else calibrated_loss(p, 2)  # thrown: any class, not the majority
    if end < 0.9 * h:
        return []
    above = f"{'above' if end > 1.05 * h else 'about'} the {fmt(h)} of always guessing one class at {fmt(p)}"
    if turns:
        about = "" if np.isin(np.round(late, 6), turns).all() else "about "  # a few inputs flipped aside
        values = [fmt(t) for t in turns]
        values = ", ".join(values[:-1]) + " and " + values[-1]  # "a, b and c"
        message = (f"{label(c)} takes only {about}the values {values} over the last "
                   f"{len(late)} {c.unit}, shares of single classes, and {label(loss)} ({fmt(end)}) is {above}: "
                   f"the model outputs one class for every input, switching between them, and has learned "
                   f"nothing usable.")
    else:
        at, every = _sits(c, p, late)
        message = (f"{label(c)} {at}, and {label(loss)} ({fmt(end)}) is {above}: the "
                   f"model outputs the same class{' (likely the majority)' if agrees else ''} for {every} and has "
                   f"learned nothing usable.")
    if wrecked:
        message += (f" Its {label(cs.train_loss)} ended above where it began ({fmt(wrecked[0])} -> {fmt(wrecked[1])}): "
                    f"the model fits not even its training data.")
    elif thrown.why:
        message += f" Training diverged first ({thrown.why}): too large steps left it there."
    evidence = {"series": c.key, "end": p, "chance": p, "kind": "one_class", "loss": end, "one_class_entropy": h,
                "points": len(late)}
    # a class holding three quarters of the data or more, settled on from both sides, not thrown there:
    # the trap of imbalanced data, where learning the class shares alone already scores that well
    imbalanced = agrees and p >= 0.75 and not turns and not wrecked and not thrown.why
    advice = _MAJORITY_ADVICE if imbalanced else _ADVICE
    return [Finding("chance_level", "error", message, evidence=evidence, **c.where(idx[0]), advice=advice)]


def _a_share(cs, c, levels, apart: int = 5) -> bool:
    """Each accuracy level is a class's share of the validation set, within ``apart`` inputs, where the
    run gives those shares (else nothing says otherwise): a model that outputs one class scores its
    share, and 0.912 on a set of 0.524 and 0.476 is no class's (read 84)."""
    shares = cs.val_class_shares if c is cs.val_acc else None
    if not shares:
        return True
    n = set_size(c)
    near = apart / n if n else 0.02
    return all(min(abs(v - s) for s in shares) <= near + 1e-9 for v in levels)


def _sits(c, p: float, late: np.ndarray) -> tuple[str, str]:
    """``(where, whom)`` in words: where accuracy ``c`` sits over the evaluations ``late`` (at exactly
    ``p``, or within one level a few inputs wide) and whom the one class is output for."""
    n = set_size(c)
    if repeated(late) is None and n:  # one level, a few inputs flipping (_frozen_share's last test)
        return (f"stays between {fmt(float(late.min()))} and {fmt(float(late.max()))} ({round(float(np.ptp(late)) * n)} "
                f"of its {n} inputs apart) for the last {len(late)} {c.unit}", "all but a few inputs")
    same = int(np.sum(np.round(late, 6) == round(p, 6)))  # to the digits ``repeated`` compares
    how = (f"for the last {len(late)} {c.unit}" if same == len(late) else
           f"in {same} of the last {len(late)} {c.unit}")
    return f"sits at exactly {fmt(p)} {how}", "every input"


def _frozen_share(cs, c, y: np.ndarray, end: float, thrown, min_points: int, classes: int | None = None):
    """``(p, late, turns)``: the single class share accuracy ``y`` froze at (``turns`` None) or the
    shares it took in turn (``p`` the largest), and the evaluations that show it; ``p`` None if neither."""
    # frozen from the first evaluations on; a model that climbed for a while before it froze learned
    # something, or drifted into always guessing the majority: a converged model's accuracy freezes
    # too, so that needs the loss of a constant guess on both sides (_drifted_into_one_class)
    late = y[min(max(2, len(y) // 10), len(y) - min_points):]
    p = repeated(late)
    if p is None and c is cs.val_acc:  # or froze late, with stronger evidence on both sides
        late = y[-max(min_points, len(y) // 4):]
        p = repeated(late)
        if p is None and len(y) >= 2 * min_points and len(late) < 2 * min_points:
            # over twice as many evaluations one may stray (an evaluation where the model output another
            # class), which a handful of them cannot allow
            late = y[-2 * min_points:]
            p = repeated(late)
        if p is not None and not (_drifted_into_one_class(cs, p, end) or thrown(p)):
            p = None
    quarter = y[-max(2 * min_points, len(y) // 4):]
    n = set_size(c)
    turns = classes_in_turn(quarter, n, classes) if p is None and c is cs.val_acc else None
    if turns:  # the loss no better than the likeliest guess's; the training side at about the shares' mean
        late, p = quarter, max(turns)
    elif p is None and c is cs.val_acc and len(set(np.round(quarter, 6))) == 1:
        # frozen at the end after another class's share: the whole run after its first tenth in turn
        since = y[max(2, len(y) // 10):]
        turns = classes_in_turn(since, n, classes)
        late, p = (since, max(turns)) if turns else (late, p)
    if p is None and not turns and c is cs.val_acc:
        # or never left one level after the first tenth (a few inputs flipping near the boundary, never
        # more than one_level's ``apart`` samples): one class's share, when the training loss
        # has stopped falling and both losses sit at that guess's entropy (_drifted_into_one_class)
        since = y[max(2, len(y) // 10):]
        q = one_level(since, n)
        if q is not None and _stopped(cs.train_loss, len(since) // 2, min_points) and \
                _drifted_into_one_class(cs, q, end, moving=False, classes=classes):
            late, p = since, q
    return p, late, turns


def _stopped(t, points: int, min_points: int = 5, settle: float = 0.02) -> bool:
    """The training loss ``t`` moved less than ``settle`` of its level over its last ``points`` (at
    least ``min_points``): the model stopped learning. A model still learning from an untrained start
    is less sure of itself than its accuracy warrants, so its loss sits above the entropy of the guess
    for a while whatever it learned (a low rate, an early stop); only a model that stopped there is
    as sure as it will get."""
    if t is None or t.finite.sum() < min_points:
        return False
    y = finite(t)[1][-max(points, min_points):]
    return float(np.ptp(y)) <= settle * abs(float(np.mean(y)))


class _Thrown:
    """Was the model thrown about (see :func:`one_class`)? ``why`` says how, once asked: the training
    loss ended above its start, or ``diverged()``'s words, with the training loss (its last quarter)
    no lower than ``fits`` of the entropy of guessing one class at ``p`` against the rest: a thrown
    model fits its training data no better than its guess."""

    def __init__(self, cs, wrecked, diverged, fits: float = 0.9):
        self.cs, self.wrecked, self.diverged, self.fits = cs, wrecked, diverged, fits
        self.why: str | None = None

    def __call__(self, p: float) -> bool:
        if self.wrecked:
            return True
        t = self.cs.train_loss
        if self.diverged is None or t is None or not t.finite.sum() or not 0.0 < p < 1.0:
            return False
        if late_level(finite(t)[1]) < self.fits * calibrated_loss(p, 2):
            return False
        if self.why is None:
            self.why = self.diverged() or ""
        return bool(self.why)


def _fits_nothing(cs, min_points: int = 5) -> tuple[float, float] | None:
    """``(first, late level)`` of a training loss that ended (the median of its last quarter) at or above
    its first value, which already averages the first epoch's learning: the model got no better on the
    data it trains on (a rate that wrecked it, or grows without bound). A validation accuracy frozen
    beside it is one class's share, not a model that learned and converged; its training accuracy, a
    running mean over updates that throw it from class to class, need not settle anywhere."""
    t = cs.train_loss
    if t is None or t.finite.sum() < min_points:
        return None
    y = finite(t)[1]
    first, level = float(y[0]), late_level(y)
    return (first, level) if level >= first else None


def _drifted_into_one_class(cs, p: float, end: float, low: float = 0.95, high: float = 2.0,
                            min_errors: int = 10, min_moves: int = 5, move: float = 0.01,
                            close: float = 0.05, settle: float = 0.02, moving: bool = True,
                            classes: int | None = None) -> bool:
    """A model that climbed into always guessing one class (a bias drifting to the majority under heavy
    weight decay, or a model that learned the class prior and nothing else): validation accuracy ends
    frozen at its share, training accuracy frozen at its own or settled (its last quarter within
    ``settle``) within ``close`` of it (a running mean over the epoch's updates), and on each side
    the loss sits at the entropy of that guess (``low``..``high`` times: what a constant prediction
    scores, or more when weight decay holds it short of the shares, toward a uniform guess, whose
    ln K (with ``classes`` known) bounds it where that is more: a 95% majority's entropy is 0.20, and a
    constant 0.66 for it under heavy weight decay scores 0.45, short of ln 2; a model that learned
    anything and got that accurate is surer of most inputs and scores less). A loss
    still moves (``move`` of its level over the last ``min_moves`` evaluations) while the accuracy
    does not: the outputs' confidence changes but not which class wins, where a
    model that learned anything would flip a few inputs near its boundaries (``moving=False`` skips
    this, for an accuracy that itself moves a few inputs about one level). And the set must hold
    ``min_errors`` or more errors to move: on a small set a converged model's few mistakes stay put.
    A run that logs no training accuracy (evaluated every N steps) has the validation side say it alone,
    so it must say it twice as long (frozen at ``p`` over the last ``2 * min_moves`` evaluations), with
    its own loss still moving, on a set with three times ``min_errors`` errors (read 82)."""
    v, t = cs.val_acc, cs.train_acc
    tl = cs.train_loss
    if not 0.0 < p < 1.0 or v is None or tl is None or not tl.finite.sum():
        return False
    one_side = t is None  # no training accuracy (a run evaluated every N steps): validation speaks alone
    if one_side and not (moving and repeated(finite(v)[1][-2 * min_moves:]) == p):
        return False
    if (not one_side and t.finite.sum() < 5) or few_errors(v, p, min_errors * (3 if one_side else 1)):
        return False
    losses = (cs.val_loss,) if one_side else (tl, cs.val_loss)  # a batch-level training loss moves anyway
    lasts = [finite(x)[1][-min_moves:] for x in losses if x is not None and x.finite.sum() >= min_moves]
    if moving and not any(np.ptp(y) >= move * abs(float(np.mean(y))) for y in lasts):
        return False  # a model that stopped changing (rate at zero) freezes its accuracy whatever it learned
    q = p  # one side: the training loss alone speaks for the training side (below)
    if not one_side:
        ta = finite(t)[1]
        late = ta[-max(5, len(ta) // 4):]
        q = repeated(late)
        if q is None and abs(tail_mean(ta, 3) - p) <= close and np.ptp(late) <= settle:
            q = tail_mean(ta, 3)  # settled, but a running mean: not one value to the digit
    if q is None or not 0.0 < q < 1.0:
        return False
    t_end = tail_mean(finite(tl)[1], 3)
    uniform = math.log(classes) if classes and classes >= 2 else 0.0
    return all(low * guess_loss(a) <= x <= max(high * guess_loss(a), uniform) for a, x in ((p, end), (q, t_end)))


def _train_side_agrees(cs, c, p: float, close: float = 0.05, fits: float = 0.5) -> bool:
    """A model that outputs one class scores the majority share on the training data too (about the
    same share, or exactly repeated: the training data's own majority), with a loss no better than
    that guess: a frozen model that learned something scores better there (and its validation may be
    frozen at a good, or overconfident, level). Without a training accuracy, a training loss under
    ``fits`` of the guess's is a model that fits its training inputs (a constant guess cannot score
    below the entropy of the classes' shares, and the training data holds about the same shares). A
    training accuracy repeated exactly at another share is the same class, which on the training data
    need not be the majority: its floor is the entropy of that share against the rest."""
    if c is not cs.val_acc:
        return True
    tl = cs.train_loss
    t_end = tail_mean(finite(tl)[1], 3) if tl is not None and tl.finite.sum() else None
    if cs.train_acc is None or cs.train_acc.finite.sum() < 3:
        return t_end is None or t_end >= fits * guess_loss(p)
    ta = finite(cs.train_acc)[1]
    q = tail_mean(ta, 3)
    if not 0 < q < 1 or (abs(q - p) > close and repeated(ta[-max(3, len(ta) // 4):]) is None):
        return False
    # the same class on both sides, at another share on the training data: there it need not be the
    # majority, and a constant guess scores at least the entropy of that share against the rest
    floor = guess_loss(q) if abs(q - p) <= close else calibrated_loss(q, 2)  # the binary entropy of q
    return t_end is None or t_end >= 0.9 * floor
