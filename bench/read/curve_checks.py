"""Plain checks of a run's own curves, independent of learnscope.read (no import from it).

Each check looks at the curves the way a careful person would and answers with a yes/no
and the numbers behind it. The criteria (documented in README.md, "Label rules"):

* smoothing: a centred moving average of 1 (under 8 points), 3 (under 30) or 5 points;
* noise: sigma of a curve = 1.4826 * MAD of its first differences / sqrt(2);
* the "end" of a curve = the mean of its last max(1, min(5, n // 10)) raw points.
"""

from __future__ import annotations

import math

import numpy as np

LOSS = ("loss",)
ACC = ("accuracy", "acc")


class Curve:
    """x (epoch, fractional for step-evaluated runs) and y, finite points in step order."""

    def __init__(self, x, y):
        self.x, self.y = np.asarray(x, float), np.asarray(y, float)

    def __len__(self):
        return len(self.y)

    @property
    def finite(self):
        m = np.isfinite(self.y)
        return Curve(self.x[m], self.y[m])

    def smooth(self):
        return smooth(self.y)

    def sigma(self):
        return sigma(self.y)

    def end(self):
        k = max(1, min(5, len(self.y) // 10))
        return float(np.mean(self.y[-k:]))


def smooth(y: np.ndarray) -> np.ndarray:
    w = 1 if len(y) < 8 else 3 if len(y) < 30 else 5
    if w == 1:
        return y.copy()
    h = w // 2
    return np.array([y[max(0, i - h): i + h + 1].mean() for i in range(len(y))])


def sigma(y: np.ndarray, order: int = 1) -> float:
    """Robust noise of a curve: 1.4826 x the MAD of its ``order``-th differences, over the square root
    of the sum of their squared coefficients (2 for first differences, 6 for second). Second differences
    cancel a straight stretch and a steady bend, so a smooth curve that turns (at a minimum, where the
    first differences change sign) has next to none, while a lone outlier counts three times (twice in
    first differences)."""
    d = np.diff(y[np.isfinite(y)], order)
    if len(d) < 2:
        return 0.0
    return float(1.4826 * np.median(np.abs(d - np.median(d))) / math.sqrt(math.comb(2 * order, order)))


def _noise(c: Curve) -> float:
    """The smaller of the first- and second-difference noise (``sigma``): each overstates it in its own
    way (a bend, a lone outlier)."""
    return min(c.sigma(), sigma(c.y, 2))


def _series(h, names, split, level):
    for n in names:
        s = h.get(n, split, level)
        if s is not None and len(s):
            order = np.lexsort((np.asarray(s.epoch, float), np.asarray(s.step)))
            return s, order
    return None, None


def curve(h, names, split) -> Curve | None:
    """The epoch-level curve; else per-epoch means of batch points (batch windows if fractional)."""
    s, o = _series(h, names, split, "epoch")
    if s is not None:
        return Curve(np.asarray(s.epoch, float)[o], np.asarray(s.value, float)[o])
    s, o = _series(h, names, split, "batch")
    if s is None:
        return None
    x, y = np.asarray(s.epoch, float)[o], np.asarray(s.value, float)[o]
    ep = np.ceil(x - 1e-9)
    keys = np.unique(ep)
    if len(keys) >= 4 and len(keys) < len(x):  # judged per epoch, like an epoch-level curve
        return Curve(keys, np.array([y[ep == k].mean() for k in keys]))
    return Curve(x, y)


def batch_values(h, names=LOSS) -> np.ndarray | None:
    s, o = _series(h, names, "train", "batch")
    return None if s is None else np.asarray(s.value, float)[o]


def first_batch_step(h, names=LOSS) -> int | None:
    """The step of the first logged batch loss (a run that logs every 50 steps starts at 50)."""
    s, o = _series(h, names, "train", "batch")
    return None if s is None else int(np.asarray(s.step)[o][0])


LEVEL_SAMPLES = 32


def _window_means(b: np.ndarray | None, w: int) -> np.ndarray | None:
    """Means of ``w`` consecutive finite batch values (the values themselves when ``w`` is 1)."""
    if b is None or w <= 1:
        return b
    f = b[np.isfinite(b)]
    if len(f) < w:
        return f[:0] if not len(f) else np.array([f.mean()])
    c = np.concatenate([[0.0], np.cumsum(f)])
    return (c[w:] - c[:-w]) / w


class Runs:
    """The curves of one history, picked out once."""

    def __init__(self, h, facts: dict):
        self.h, self.facts = h, facts
        self.tl, self.vl = curve(h, LOSS, "train"), curve(h, LOSS, "val")
        self.ta, self.va = curve(h, ACC, "train"), curve(h, ACC, "val")
        self.bl = batch_values(h)
        self.bl_step = first_batch_step(h)
        # a batch of a few samples is no loss level (one confident mistake in 4 samples reads 5x ln 2):
        # batch losses are judged as running means over at least LEVEL_SAMPLES samples
        self.bl_level = _window_means(self.bl, math.ceil(LEVEL_SAMPLES / max(1, facts.get("batch") or LEVEL_SAMPLES)))
        self.classes = facts.get("classes", 0)

    @property
    def monitor(self) -> Curve | None:
        return self.vl or self.tl


# ---- the checks -----------------------------------------------------------------------------

def non_finite(r: Runs, loose: bool = False) -> tuple[bool, dict]:
    for s in r.h.series.values():
        if s.name.startswith("probe/") or s.name == "learning_rate":
            continue
        bad = ~np.isfinite(np.asarray(s.value, float))
        if bad.any():
            i = int(np.argmax(bad))
            return True, {"series": f"{s.split}/{s.name}/{s.level}", "first_epoch": float(s.epoch[i])}
    return False, {}


def initial_loss(r: Runs) -> float:
    """What the loss is before learning: the first batch loss (when it is the run's first step: a run
    that logs every 50 steps has learned for 50 before its first), else ln K / the target variance."""
    if r.bl is not None and len(r.bl) and math.isfinite(r.bl[0]) and (r.bl_step or 0) <= 1 and len(r.bl_level):
        return float(r.bl_level[0])
    if r.classes:
        return math.log(r.classes)
    return 1.0


def diverging(r: Runs, loose: bool = False) -> tuple[bool, dict]:
    """Explodes (a loss 5x its starting value) and never gets back below half its starting loss,
    or rises well above its best and stays there: back near its start, or its last three points all
    at least halfway up the rise (a rise that lasts; one wild last epoch is no divergence)."""
    c = (r.tl or r.vl)
    if c is None:
        return False, {}
    c = c.finite
    start = initial_loss(r)
    peak = max(float(np.max(c.y)) if len(c) else -math.inf,
               float(np.max(r.bl_level)) if r.bl_level is not None and len(r.bl_level) else -math.inf)
    end = c.end() if len(c) else math.inf
    # an explosion the run never recovers from (it ends no better than half its starting loss);
    # one it recovers from is a spike of an unstable start, only loosely divergence
    if peak >= (2 if loose else 5) * start and peak >= start + (0.3 if loose else 1.0) and \
            (loose or end >= 0.5 * start):
        return True, {"kind": "explosion", "peak": peak, "start": start, "end": end}
    if len(c) < 4:
        return False, {}
    s = c.smooth()
    m = int(np.argmin(s))
    end, lo = c.end(), float(s[m])
    rise = end - lo
    k = 0.5 if loose else 1.0
    if m < len(c) - 2 and rise >= 0.5 * k * max(abs(lo), 0.1 * (start - lo)) and rise >= 3 * k * c.sigma() \
            and (loose or ((end >= start * 0.9 or float(np.min(c.y[-3:])) >= lo + 0.5 * rise)
                           and r.vl is not None and _rises_too(r.vl.finite, c.x[m]))):
        return True, {"kind": "rise", "best": lo, "best_epoch": float(c.x[m]), "end": end, "start": start}
    return False, {}


def _rises_too(vl: Curve, x0: float) -> bool:
    """Validation rose after x0 as well (training divergence shows on both curves)."""
    before, after = vl.y[vl.x <= x0], vl.y[vl.x > x0]
    return len(before) > 0 and len(after) > 0 and float(np.mean(after[-3:])) > float(np.min(before))


def chance(r: Runs, loose: bool = False) -> tuple[bool, dict]:
    """Validation accuracy at the end no better than always answering the majority class."""
    if not r.classes or r.va is None:
        return False, {}
    va = r.va.finite
    if not len(va):
        return False, {}
    c = r.facts.get("majority_share", 1 / r.classes)
    n = r.facts.get("n_val", 100)
    margin = max(0.02, 2 * math.sqrt(c * (1 - c) / n)) * (2 if loose else 1)
    end = va.end()
    return end <= c + margin, {"val_acc_end": end, "chance": c, "margin": margin}


def overfitting(r: Runs, loose: bool = False) -> tuple[bool, dict]:
    """The smoothed validation loss has a minimum, then rises clearly beyond its noise (>= 3
    sigma and >= 5%) while the training loss keeps falling. Onset = the best raw epoch near
    that minimum. Both curves' noise is the smaller of the first- and second-difference estimates
    (``_noise``): at a minimum the validation curve bends, and a training loss falls along a bend,
    which first differences count as noise (a smooth climb of 5-50% after an early stop's best was
    under "3 sigma" of its own bend), while second differences overstate lone outliers."""
    if r.vl is None or r.tl is None:
        return False, {}
    v = r.vl.finite
    if len(v) < 6:
        return False, {}
    s = v.smooth()
    m = int(np.argmin(s))
    if m > len(v) - 3:
        return False, {}
    end, lo, sig = v.end(), float(s[m]), _noise(v)
    rise = end - lo
    t = r.tl.finite
    t_at = float(np.interp(v.x[m], t.x, smooth(t.y))) if len(t) else math.nan
    t_end = t.end() if len(t) else math.nan
    falling = t_end < t_at - max(3 * _noise(t) / math.sqrt(max(1, len(t) // 10)), 0.02 * abs(t_at))
    w = 2 if len(v) >= 30 else 1 if len(v) >= 8 else 0
    j = max(0, m - w) + int(np.argmin(v.y[max(0, m - w): m + w + 1]))
    onset = int(math.ceil(v.x[j] - 1e-9))
    k = 0.5 if loose else 1.0
    floor = 0.01 * initial_loss(r)  # a rise of a thousandth on a near-perfect model is not a finding
    ok = rise > 0 and rise >= 3 * k * sig and rise >= 0.05 * k * abs(lo) and rise >= k * floor and (falling or loose)
    return ok, {"best": lo, "end": end, "rise": rise, "sigma": sig, "onset": onset,
                "train_at_best": t_at, "train_end": t_end}


def still_improving(r: Runs, loose: bool = False) -> tuple[bool, dict]:
    """Over the last quarter, the loss (validation if any, and training) still falls by >= 2%
    and beyond its noise, and that quarter holds >= 10% of the whole run's improvement."""
    return _falling((("val", r.vl), ("train", r.tl)), loose, 1.0)


def accuracy_still_rising(r: Runs, loose: bool = True) -> tuple[bool, dict]:
    """The accuracy (validation if any, and training) still climbs over the last quarter as
    ``still_improving`` asks of a loss, by 2 points where a loss needs 2% (halved loosely): a careful
    person does not call "still improving" plainly false under it, though the loss barely moves."""
    return _falling(((name, None if c is None else Curve(c.x, -c.y))
                     for name, c in (("val_acc", r.va), ("train_acc", r.ta))), loose, 0.0)


def _falling(named, loose: bool, relative: float) -> tuple[bool, dict]:
    """Every curve given (``(name, curve)``, None skipped) still falls over its last quarter as
    ``still_improving`` asks: by 2% of its level (``relative`` 1; 0: 2 points of an accuracy, given
    negated), beyond its noise, and by a tenth of its whole improvement."""
    out = {}
    for name, c in named:
        if c is None:
            continue
        c = c.finite
        if len(c) < 4:
            return False, {}
        s = c.smooth()
        q = max(2, len(c) // 4)
        drop = float(s[-q - 1] - s[-1])
        total = float(s[0] - s[-1]) if s[0] > s[-1] else float(np.max(s) - s[-1])
        level = 0.02 * (abs(float(s[-1])) if relative else 1.0)
        need = max(level, 2 * c.sigma() / math.sqrt(q), 0.1 * total) * (0.5 if loose else 1)
        out[name] = {"last_quarter_drop": drop, "needed": need}
        if drop < need:
            return False, out
    return bool(out), out


def unstable(r: Runs, loose: bool = False) -> tuple[bool, dict]:
    """After the first fifth, the training loss rises from one epoch to the next in >= 25% of
    epochs, with a jitter (sd of log loss around its smoothed trend) >= 0.25 (about +/-30%); losses
    under 1% of the starting loss count as that 1% (a converged loss' jitter is not instability)."""
    c = r.tl
    if c is None:
        return False, {}
    c = c.finite
    n0 = len(c) // 5
    floor = 0.01 * initial_loss(r)
    y = np.log(np.maximum(c.y[n0:], floor)) if floor > 0 else c.y[n0:]
    if len(y) < 6:
        return False, {}
    ups = float(np.mean(np.diff(y) > 0.02))
    jitter = float(np.std(y - smooth(y)))
    k = 0.5 if loose else 1.0
    ok = ups >= 0.25 * k and jitter >= 0.25 * k
    return ok, {"ups": ups, "log_jitter": jitter}


def noisy_val(r: Runs, loose: bool = False) -> tuple[bool, dict]:
    """Validation noise is material: accuracy sigma >= 0.02, or accuracy on <= 60 samples that
    moves (steps of 1/n), or loss sigma >= 10% of its level and >= 2x the training loss' relative noise."""
    out = {}
    if r.va is not None and len(r.va.finite) >= 4:
        va = r.va.finite
        sa = va.sigma()
        n = r.facts.get("n_val", 1e9)
        out.update(val_acc_sigma=sa, n_val=n)
        if sa >= (0.01 if loose else 0.02):
            return True, out
        # a tiny validation set: accuracy moves in steps of 1/n, and it does move
        if n <= 60 and np.abs(np.diff(va.y)).max(initial=0) >= 1 / n - 1e-9:
            return True, out
    if r.vl is not None and len(r.vl.finite) >= 4:
        v = r.vl.finite
        level = max(float(np.median(v.y[len(v) // 2:])), 1e-9)
        rel = v.sigma() / level
        t = r.tl.finite if r.tl is not None else None
        trel = t.sigma() / max(float(np.median(t.y[len(t) // 2:])), 1e-9) if t is not None and len(t) >= 4 else 0
        out.update(val_loss_rel_sigma=rel, train_loss_rel_sigma=trel)
        if rel >= (0.05 if loose else 0.1) and (loose or rel >= 2 * trel):
            return True, out
    return False, out


def plateau(r: Runs, loose: bool = False) -> tuple[bool, dict]:
    """A stretch of >= max(4, n/8) points where the smoothed training loss moves < 3% (a stall),
    at a level the run later beats by >= 30%, on a curve whose noise (sigma) is under 3% of that level."""
    c = r.tl
    if c is None:
        return False, {}
    c = c.finite
    n = len(c)
    if n < 10:
        return False, {}
    s = c.smooth()
    span = max(3 if loose else 4, n // (10 if loose else 8))
    best = None
    move = 0.06 if loose else 0.03
    noise = c.sigma()
    for i in range(0, n - span):
        seg = s[i: i + span]
        level = float(np.mean(seg))
        # a stall of under 3% is seen only on a curve whose noise is under 3% (else a smoothed stretch
        # is flat by chance while the trend falls steeply)
        if np.ptp(seg) < move * abs(level) and noise < move * abs(level) and \
                float(np.min(s[i + span:])) <= (0.85 if loose else 0.7) * level:
            best = {"from_epoch": float(c.x[i]), "to_epoch": float(c.x[i + span - 1]), "level": level,
                    "later_min": float(np.min(s[i + span:]))}
            break
    return best is not None, best or {}


def never_moved(r: Runs, move: float = 0.03) -> tuple[bool, dict]:
    """The smoothed training loss after its first epoch (which averages the untrained start) stays
    within ``move`` (3%) of its level the whole run: a flat line from the start, which the issue counts
    as a plateau (a stall no later level beats is not what ``plateau`` looks for, so this is asked
    only to keep plateau from being called plainly false)."""
    c = r.tl
    if c is None:
        return False, {}
    c = c.finite
    if len(c) < 10:
        return False, {}
    s = c.smooth()[1:]
    level = abs(float(np.median(s)))
    ok = level > 0 and float(np.ptp(s)) < move * level
    return ok, {"range": float(np.ptp(s)), "level": level}


def _probe(h, kind: str) -> dict:
    out = {}
    for key, s in h.series.items():
        parts = key.name.split("/", 2)
        if len(parts) == 3 and parts[0] == "probe" and parts[1] == kind and len(s):
            out[parts[2]] = np.asarray(s.value, float)
    return out


def _layer_order(name: str):
    tail = name.rsplit(".", 1)[-1]
    return (0, int(tail)) if tail.isdigit() else (1, name)


def vanishing(h, loose: bool = False) -> tuple[bool, dict]:
    """The first layer's median gradient norm (second half) is < 1% of the largest layer's."""
    g = _probe(h, "grad_norm")
    if len(g) < 2:
        return False, {}
    med = {k: float(np.nanmedian(v[len(v) // 2:])) for k, v in g.items()}
    first = med[min(med, key=_layer_order)]
    top = max(med.values())
    return bool(top > 0 and first < (0.05 if loose else 0.01) * top), {"first_layer": first, "largest": top}


def exploding(h, loose: bool = False) -> tuple[bool, dict]:
    """A layer's gradient norm is non-finite or reaches 1e3."""
    g = _probe(h, "grad_norm")
    peak = max((float(np.nanmax(np.where(np.isfinite(v), v, np.inf))) for v in g.values() if len(v)), default=0.0)
    return peak >= (1e2 if loose else 1e3), {"peak_grad_norm": peak}


def dead(h, loose: bool = False) -> tuple[bool, dict]:
    """A ReLU layer has >= 50% dead units (mean over the last quarter of steps)."""
    d = _probe(h, "dead_fraction")
    if not d:
        return False, {}
    late = {k: float(np.nanmean(v[-max(1, len(v) // 4):])) for k, v in d.items()}
    return max(late.values()) >= (0.2 if loose else 0.5), {"dead_fraction": late}


def has_probes(h) -> bool:
    return bool(_probe(h, "grad_norm"))


def has_relu_probe(h) -> bool:
    return bool(_probe(h, "dead_fraction"))


def underfitting(r: Runs, loose: bool = False) -> tuple[bool, dict]:
    """Clearly worse than a simple reference model on the same split (validation accuracy lower by
    >= max(0.05, 3 binomial sd), or validation MSE >= 1.3x the reference's + 0.02), without a
    train/validation gap (so not overfitting), above chance, and no longer improving (even loosely).
    Unknown without a reference."""
    ref = r.facts.get("reference")
    if not ref:
        return False, {}
    n = r.facts.get("n_val", 100)
    k = 0.4 if loose else 1.0
    if r.classes and r.va is not None and len(r.va.finite):
        best = float(np.max(r.va.finite.smooth()))
        a = ref["val_acc"]
        gap = max(0.05, 3 * math.sqrt(max(a * (1 - a), 0.01) / n)) * k
        train_end = r.ta.finite.end() if r.ta is not None and len(r.ta.finite) else best
        ok = best <= a - gap and train_end <= a + 0.02 and not chance(r)[0] and not still_improving(r, True)[0]
        return ok, {"best_val_acc": best, "reference_acc": a, "needed_gap": gap, "train_acc_end": train_end}
    if not r.classes and r.vl is not None and len(r.vl.finite):
        best = float(np.min(r.vl.finite.smooth()))
        ref_mse = ref["val_mse"]
        t_end = r.tl.finite.end() if r.tl is not None and len(r.tl.finite) else best
        ok = best >= (1 + 0.3 * k) * ref_mse + 0.02 * k and t_end >= 0.7 * best and not still_improving(r, True)[0]
        return ok, {"best_val_mse": best, "reference_mse": ref_mse, "train_end": t_end}
    return False, {}
