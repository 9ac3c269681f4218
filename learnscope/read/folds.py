"""The folds of a cross-validation, read together: mean ± std of their best and final values and per
epoch, the folds that stand apart (by value or by verdict), and the sentence that says so.

>>> from types import SimpleNamespace as Run
>>> folds = [Run(run=f"fold-{i}", fold=i, best=b, verdict="healthy") for i, b in enumerate((0.30, 0.31, 0.29, 0.62))]
>>> [(m.run, why) for m, why in outliers(folds, n_sigma=3.0, min_rel=0.05)]
[('fold-3', "its best 0.62 is 21.2 robust std from the folds' median 0.305 (103% away)")]
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .finding import _jsonable

if TYPE_CHECKING:  # a group's member; group.py imports this module
    from .group import Member


@dataclass
class Folds:
    """Cross-validation folds aggregated: mean ± std (ddof=1) of best and final values, per epoch too."""

    n: int
    best_mean: float
    best_std: float
    final_mean: float
    final_std: float
    epochs: np.ndarray
    epoch_mean: np.ndarray
    epoch_std: np.ndarray

    def to_dict(self) -> dict:
        return _jsonable({k: (v.tolist() if isinstance(v, np.ndarray) else v) for k, v in self.__dict__.items()})


def cv_why(folds: Folds, outliers: list, members: list[Member], metric: str) -> str:
    """For k-fold runs the question is the spread, not the best fold."""
    text = f"{folds.n} folds: best {metric} {folds.best_mean:.4g} ± {folds.best_std:.2g} (mean ± std)"
    odd = {m.run for m, _ in outliers}
    kept = [m.best for m in members if m.run not in odd]
    if odd and len(kept) >= 2:
        mean, std = _mean_std(kept)
        names = ", ".join(f"fold {m.fold}" for m, _ in outliers)
        text += f"; without {names}, unlike the others, {mean:.4g} ± {std:.2g}"
    return text + "."


def aggregate(folded, metric: str) -> Folds:
    ms = [m for m, _ in folded]
    epochs = np.unique(np.concatenate([h.epoch.series(metric).epoch for _, h in folded if metric in h.epoch]))
    grid = np.full((len(folded), len(epochs)), np.nan)
    for row, (_, h) in enumerate(folded):
        if metric in h.epoch:
            s = h.epoch.series(metric)
            grid[row, np.searchsorted(epochs, s.epoch)] = s.value
    with warnings.catch_warnings():  # an epoch only one fold reached has no std: NaN, said quietly
        warnings.simplefilter("ignore", RuntimeWarning)
        mean, std = np.nanmean(grid, axis=0), np.nanstd(grid, axis=0, ddof=1)
    return Folds(len(ms), *_mean_std([m.best for m in ms]), *_mean_std([m.final for m in ms]),
                 epochs, mean, std)


def _mean_std(values) -> tuple[float, float]:
    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)]
    if not len(v):
        return math.nan, math.nan
    return float(v.mean()), float(v.std(ddof=1)) if len(v) > 1 else 0.0


def outliers(folds: list[Member], n_sigma: float, min_rel: float) -> list[tuple[Member, str]]:
    values = np.array([m.best for m in folds if math.isfinite(m.best)])
    out = []
    for m in folds:
        others = [o for o in folds if o is not m]
        reason = _value_outlier(m, values, n_sigma, min_rel) or _verdict_outlier(m, others)
        if reason:
            out.append((m, reason))
    return out


def _value_outlier(m: Member, values: np.ndarray, n_sigma: float, min_rel: float) -> str:
    """Median and MAD over all folds: robust to the outlier itself, and with 3-10 folds
    less jumpy than leaving the candidate out."""
    if not math.isfinite(m.best):
        return "its metric never had a finite value" if len(values) >= 2 else ""
    if len(values) < 3:
        return ""
    med = float(np.median(values))
    spread = max(1.4826 * float(np.median(np.abs(values - med))), 1e-12)
    z, rel = abs(m.best - med) / spread, abs(m.best - med) / max(abs(med), 1e-12)
    if z > n_sigma and rel > min_rel:
        return (f"its best {m.best:.4g} is {min(z, 999):.1f} robust std from the folds' median "
                f"{med:.4g} ({rel:.0%} away)")
    return ""


def _verdict_outlier(m: Member, others: list[Member]) -> str:
    verdicts = {o.verdict for o in others}
    if len(verdicts) == 1 and m.verdict not in verdicts:
        return f"its read is {m.verdict} while every other fold's is {verdicts.pop()}"
    return ""
