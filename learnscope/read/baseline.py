"""A per-step loss's local baseline, block by block: its level, noise, tail and how far highs go."""

from __future__ import annotations

import warnings

import numpy as np

_MAD = 1.4826


def reach(y: np.ndarray, level: np.ndarray, noise: np.ndarray, w: int) -> float:
    """How far the run's own highs go above its level, in local noise units: the median over blocks
    of ``w`` points of each block's highest deviation (a block with a spike is one block among
    many). A batch of a few dozen samples is right-skewed (a handful of wrong, confident samples can
    double its loss), so its blocks' highs sit 4-6 noise units up; a language model's step averages
    thousands of tokens, and its sit near 2.5. A spike that is news goes ``far`` times beyond."""
    with np.errstate(invalid="ignore", divide="ignore"):
        z = np.where(np.isfinite(level) & (noise > 0), (y - level) / noise, np.nan)
    nb = len(z) // w
    if nb < 4:
        return 0.0
    with warnings.catch_warnings():  # a block of NaN (no level yet) has no high
        warnings.simplefilter("ignore", RuntimeWarning)
        highs = np.nanmax(z[: nb * w].reshape(nb, w), axis=1)
    highs = highs[np.isfinite(highs)]
    return float(np.median(highs)) if len(highs) else 0.0


def relative_noise(level: np.ndarray, noise: np.ndarray) -> float:
    """The loss's step-to-step noise as a share of its level (median over the run). A step whose
    loss averages few samples (batches of a few dozen, or a loss near 0 that single errors make)
    scatters by a large share of its level, heavy-tailed: one batch at 10x the level is its
    noise, not an event. A language model's step averages thousands of tokens (about 7% here)."""
    ok = np.isfinite(level) & (np.abs(level) > 0)
    return float(np.median(noise[ok] / np.abs(level[ok]))) if ok.any() else 0.0


def last_batch_scale(y: np.ndarray, level: np.ndarray, noise: np.ndarray, epoch: np.ndarray | None,
                      most: float = 1 / 3) -> np.ndarray | float:
    """Per point, how much wider its noise is: an epoch's last batch holds the remainder of the data
    (a DataLoader keeps it by default), often a fraction of a full batch, so its loss scatters more.
    The last steps of the epochs are measured against each other (the spread of their deviations, in
    the full batches' noise units); 1 elsewhere, and everywhere when the epochs are too short to have
    a last batch of their own (more than ``most`` of the steps end one)."""
    if epoch is None or len(epoch) != len(y) or not np.isfinite(epoch).all():
        return 1.0
    whole = np.floor(epoch - 1e-9)
    ends = np.r_[whole[1:] > whole[:-1], False]  # the next step is in a later epoch
    if ends.sum() < 8 or ends.mean() > most:
        return 1.0
    with np.errstate(invalid="ignore", divide="ignore"):
        z = ((y - level) / noise)[ends]
    z = z[np.isfinite(z)]
    if len(z) < 8:
        return 1.0
    spread = _MAD * float(np.median(np.abs(z - np.median(z))))
    return np.where(ends, max(1.0, spread), 1.0)


def local(y: np.ndarray, w: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per point: level, noise and tail from the blocks before it, and its own block's noise. Each
    block is detrended first (its median and a robust slope: the median of its second half minus that
    of its first), so the fast early fall of a loss is not taken for noise; level: where the previous
    block's line ended (at most its median); noise: the median of the previous 4 blocks' MADs of the
    residuals; tail: the highest of the previous 8 blocks' 95th percentile of the residuals above their
    median (how far the loss's usual high points go); own: the block's own MAD of its residuals. The
    first block has no past: level NaN."""
    nb = len(y) // w
    blocks = y[: nb * w].reshape(nb, w)
    med = _rank(blocks, 0.5)
    h = w // 2
    slope = (_rank(blocks[:, w - h:], 0.5) - _rank(blocks[:, :h], 0.5)) / (w - h)
    resid = blocks - med[:, None] - slope[:, None] * (np.arange(w) - (w - 1) / 2)
    rmed = _rank(resid, 0.5)
    mad = _MAD * _rank(np.abs(resid - rmed[:, None]), 0.5)
    mad = np.maximum(mad, 1e-6 * np.abs(med) + 1e-12)
    high = _rank(resid, 0.95) - rmed
    lvl = np.concatenate([[np.nan], np.minimum(med + slope * (w - 1) / 2, med)[:-1]])
    noise = _past(mad, 4, np.median)
    # a quiet stretch (or a short past) must not make an ordinary high point news: never
    # below the run's typical block
    tail = _past(high, 8, np.max)
    tail = np.maximum(tail, np.median(tail))
    rest = len(y) - nb * w
    per = [np.append(np.repeat(a, w), np.full(rest, a[-1] if k else med[-1])) for k, a in
           enumerate((lvl, noise, tail, mad))]
    return per[0], per[1], per[2], per[3]


def _rank(blocks: np.ndarray, q: float) -> np.ndarray:
    """The ``q`` quantile of each row (nearest rank, median averaged): np.partition, several
    times faster than np.median/np.percentile along an axis."""
    w = blocks.shape[1]
    if q == 0.5 and w % 2 == 0:
        part = np.partition(blocks, (w // 2 - 1, w // 2), axis=1)
        return (part[:, w // 2 - 1] + part[:, w // 2]) / 2
    k = int(round(q * (w - 1)))
    return np.partition(blocks, k, axis=1)[:, k]


def _past(x: np.ndarray, k: int, how) -> np.ndarray:
    """``how`` over the previous ``k`` blocks of each block (the first block: over itself)."""
    padded = np.concatenate([np.full(k - 1, np.nan), x])
    windows = np.lib.stride_tricks.sliding_window_view(padded, k)  # row j: blocks j-k+1 .. j
    with np.errstate(all="ignore"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            out = (np.nanmedian if how is np.median else np.nanmax)(windows, axis=1)
    return np.concatenate([out[:1], out[:-1]])
