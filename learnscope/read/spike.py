"""Loss spikes: the per-step training loss jumps far above its local level, then comes back.

The loss is cut into blocks of ``window`` steps (a million steps cost a few reshapes), and
each block is detrended by its median and a robust slope, so a loss still falling fast is not
taken for a noisy one. The local level at a step is where the previous block's line ended; the
local noise the median absolute deviation of the residuals (the median of the last 4 blocks'
MADs, so one wild block does not widen it). A point is part of a spike when it is more than
``n_mad`` such deviations above the level (for a run of 1,000 steps; ``n_mad * sqrt(ln n /
ln 1000)`` for n steps beyond, as pure noise reaches further in more steps), ``n_tail`` times
further above it than the past's usual high points go (95th percentiles of the residuals of
the last 8 blocks, and at least the run's median block's: a loss with heavy-tailed batch
noise, near 0 with frequent blips, is not spiking), ``far`` times further than the run's blocks'
highest points typically go (right-skewed batches of a few dozen samples reach 4-6 deviations in
every block; a language model's steps about 2.5), and at least ``min_rise`` (a share of the
level) above it. An epoch's last batch (the remainder of the data, often a fraction of a full
batch) is measured in its own noise: the spread of the run's last batches. Points within
``window // 5`` of each other make one spike; it *recovered*
when a stretch of the loss after it is back near the level within ``recover`` points.

What is not a spike: jumps in more than ``max_share`` of the blocks (a persistent
oscillation: ``unstable``), a run whose every jump stays up (``diverging``), and a loss whose
step-to-step noise is over ``max_noise`` of its level (few samples a step: its high batches are
its noise; set on the calibration runs, language models at 6-8%, small classifiers' batches at
15% to several times their level).

>>> import numpy as np
>>> from learnscope.history import History, Series
>>> rng = np.random.default_rng(0)
>>> y = 2 + rng.normal(0, 0.05, 3000)
>>> y[1500] = 5.0                                      # one bad batch
>>> h = History(series=[Series("loss", "train", "batch", np.arange(1, 3001), None, None, y)])
>>> f = loss_spike(h)[0]
>>> f.code, f.step, f.evidence["count"], f.evidence["first"]["recovered"]
('loss_spike', 1501, 1, True)
"""

from __future__ import annotations

import math

import numpy as np

from ..axis import history_step_based, tokens_at, tokens_text
from ..history import History, Series
from .baseline import last_batch_scale, local, reach, relative_noise
from .curves import curves
from .finding import Finding
from .noise import fmt
from .registry import rule
from .runmeta import learning_rate



# a few spikes that came back move the window means the unstable rule looks at, no more
@rule("loss_spike", "warning", priority=55)  # unstable and diverging supersede it (their jumps are spikes too)
def loss_spike(history: History, *, window: int = 50, n_mad: float = 5.25, n_tail: float = 2.2,
               min_rise: float = 0.09, recover: int = 200, max_share: float = 0.05,
               min_points: int = 30, max_noise: float = 0.15, far: float = 2.0) -> list[Finding]:
    """Jumps of the per-step training loss far above its local level that came back (warning)."""
    s = curves(history).batch_loss
    if s is None:
        return []
    step, y, epoch = _finite(s, with_epoch=True)
    if len(y) < min_points:
        return []
    w = max(5, min(window, len(y) // 6))
    level, noise, tail, own = local(y, w)
    noise = noise * last_batch_scale(y, level, noise, epoch)
    if relative_noise(level, noise) > max_noise:
        return []  # no quiet level to stand out from: its odd batches are its noise
    # the more steps tested, the higher pure noise reaches (~sqrt(2 ln n) deviations): n_mad
    # holds for 1,000 steps (where it was set) and grows as sqrt(ln n) beyond
    n_mad *= math.sqrt(max(1.0, math.log(len(y)) / math.log(1000)))
    with np.errstate(invalid="ignore"):
        reached = reach(y, level, noise, w)
        # against its own block's noise too: a loss that turned noisier (a model leaving a saddle scatters
        # more at its new level than it did sitting still) has ordinary batches there, not spikes
        hot = ((y > level + n_mad * np.maximum(noise, own)) & (y > level + n_tail * tail)
               & (y > level + far * reached * noise)
               & (y > level + min_rise * np.abs(level)))
    events = _events(np.flatnonzero(hot), max(3, w // 5))
    if not events or len({a // w for a, _ in events}) > max(5, max_share * (len(y) // w)):
        return []  # none, or jumps in more than 1 block in 20: the loss is heavy-tailed or oscillating
    spikes = [_describe(y, step, level, noise, a, b, w, recover) for a, b in events]
    if not any(sp["recovered"] for sp in spikes):
        return []  # every jump stayed up: that is divergence, not a spike
    return [_finding(history, s, spikes)]


def _finite(s: Series, with_epoch: bool = False):
    """Steps and values of the finite points, in step order (copies skipped when already so); with
    ``with_epoch``, their epochs too (None when the series has none)."""
    v, st = np.asarray(s.value, float), np.asarray(s.step)
    ep = np.asarray(s.epoch, float) if with_epoch and s.epoch is not None else None
    ok = np.isfinite(v)
    if not ok.all():
        v, st, ep = v[ok], st[ok], (ep[ok] if ep is not None else None)
    if len(st) > 1 and not (st[1:] >= st[:-1]).all():
        order = np.argsort(st, kind="stable")
        v, st, ep = v[order], st[order], (ep[order] if ep is not None else None)
    return (st, v, ep) if with_epoch else (st, v)


def _events(hot: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """Runs of hot indices no more than ``gap`` apart, as (first, last)."""
    if not len(hot):
        return []
    cuts = np.flatnonzero(np.diff(hot) > gap)
    starts = np.append(hot[0], hot[cuts + 1])
    ends = np.append(hot[cuts], hot[-1])
    return list(zip(starts.tolist(), ends.tolist()))


def _describe(y, step, level, noise, a: int, b: int, w: int, recover: int) -> dict:
    peak = a + int(np.argmax(y[a: b + 1]))
    base, sd = float(level[a]), float(noise[a])
    after = y[b + 1: b + 1 + recover]
    k = min(10, len(after))
    back = None
    if k:  # back: a stretch of k points whose median is near the level again
        med = np.median(np.lib.stride_tricks.sliding_window_view(after, k), axis=1)
        near = np.flatnonzero(med <= base + max(3 * sd, 0.05 * abs(base)))
        back = int(near[0]) if len(near) else None
    return {"step": int(step[peak]), "value": float(y[peak]), "level": base,
            "multiple": float(y[peak] / base) if base > 0 else None, "z": (float(y[peak]) - base) / sd,
            "start_step": int(step[a]), "end_step": int(step[b]), "recovered": back is not None,
            "recovered_by_step": int(step[min(b + 1 + back + k - 1, len(step) - 1)]) if back is not None else None}


def _finding(history: History, s: Series, spikes: list[dict]) -> Finding:
    tokens = curves(history).tokens
    if tokens is not None:  # where each spike is in tokens seen, beside its step
        at = tokens_at(tokens, np.array([sp["step"] for sp in spikes], dtype=np.float64))
        for sp, t in zip(spikes, at.tolist()):
            sp["tokens"] = int(round(t))
    first, largest = spikes[0], max(spikes, key=lambda sp: sp["value"] - sp["level"])
    context = _context(history, first)
    n, back = len(spikes), sum(sp["recovered"] for sp in spikes)
    came = "it came back" if n == 1 and back else f"{back} of {n} came back"
    took = max((sp["recovered_by_step"] - sp["step"] for sp in spikes if sp["recovered"]), default=0)
    message = (f"the training loss (per step) spiked {_times(n)}: the first at {_sp(first)}"
               + ("" if largest is first else f", the largest at {_sp(largest)}")
               + f"; {came} to the level it had before within {took:,} steps.{_context_text(context)}")
    evidence = {"series": s.keras_key, "count": n, "recovered": back, "first": first, "largest": largest,
                "spikes": spikes[:20], **context}
    return Finding("loss_spike", "warning", message[0].upper() + message[1:], step=first["step"],
                   epoch=_epoch_of(history, s, first["step"]), evidence=evidence,
                   advice="Lower the peak learning rate, lengthen warm-up, clip gradients "
                          "(clip_grad_norm_), and look at the data of those steps.")


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def _sp(sp: dict) -> str:
    mult = f", {sp['multiple']:.1f}x" if sp["multiple"] else ""
    tok = f"{tokens_text(sp['tokens'])} tokens; " if "tokens" in sp else ""
    return f"step {sp['step']:,} ({tok}{fmt(sp['value'])}{mult} its local level {fmt(sp['level'])})"


def _epoch_of(history: History, s: Series, step: int) -> int | None:
    if history_step_based(history):
        return None  # evaluated every N steps: placed by its step, even where it ends an epoch
    i = np.flatnonzero(np.asarray(s.step) == step)
    e = float(s.epoch[i[0]]) if len(i) else float("nan")
    # a step-based run (fractional epochs) is placed by its step alone
    return int(e) if np.isfinite(e) and e >= 1 and e == int(e) else None


def _context(history: History, sp: dict) -> dict:
    out: dict = {}
    lr = learning_rate(history, "batch")
    if lr is not None and len(lr):
        st, v = _finite(lr)
        if len(v):
            i = max(0, int(np.searchsorted(st, sp["step"], side="right")) - 1)
            out["learning_rate"] = float(v[i])
            out["peak_learning_rate"] = float(v.max())
            top = int(np.argmax(v))
            if top > 0 and v[0] < 0.5 * v[top]:
                out["warmup_end_step"] = int(st[top])
    gn = history.get("grad_norm", "train", "batch")
    if gn is not None and len(gn):
        st, v = _finite(gn)
        i = np.flatnonzero(st == sp["step"])
        if len(i) and len(v) >= 10:
            j = int(i[0])
            base = float(np.median(v[max(0, j - 50): j])) if j else float(np.median(v))
            if base > 0:
                out["grad_norm"], out["grad_norm_multiple"] = float(v[j]), float(v[j] / base)
    return out


def _context_text(c: dict) -> str:
    parts = []
    if "learning_rate" in c:
        peak = " (its peak)" if c["learning_rate"] >= 0.95 * c["peak_learning_rate"] else ""
        parts.append(f"the learning rate was {fmt(c['learning_rate'])}{peak}")
    if "warmup_end_step" in c:
        parts.append(f"warm-up ended at step {c['warmup_end_step']:,}")
    if "grad_norm" in c:
        parts.append(f"the gradient norm was {fmt(c['grad_norm'])} ({c['grad_norm_multiple']:.1f}x its "
                     f"local level)")
    return f" At the first: {'; '.join(parts)}." if parts else ""
