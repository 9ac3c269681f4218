"""How noisy is a curve? The read's yardstick for "was that change real?".

A change only means something relative to the noise of the series it happened in.
Accuracy measured on ``n`` validation samples has a binomial standard error
``sqrt(p (1 - p) / n)``; without ``n``, the noise is estimated from the series
itself, as the spread of its residuals around a smoothed trend.

>>> import numpy as np
>>> binomial_sigma(0.9, 100)
0.03
>>> y = 1 / np.arange(1, 101) + np.random.default_rng(0).normal(0, 0.01, 100)
>>> abs(series_sigma(y) - 0.01) < 0.002  # about the 0.01 that was added
True
>>> in_sigmas(0.012, 0.015)
'0.8 sigma'
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

_MAD = 1.4826  # MAD -> standard deviation for normal noise
_WINDOW = 7


@dataclass(frozen=True)
class Noise:
    """One standard deviation of a series' noise, and how it was judged."""

    sigma: float
    method: str  # "binomial (n=450)", "residuals around trend", "second differences", "unknown"
    samples: int | None = None  # binomial: the sample count (given, or read from the accuracy's steps)

    def z(self, change: float) -> float:
        """A change in units of this noise."""
        return abs(change) / self.sigma if self.sigma > 0 else math.inf

    def evidence(self) -> dict:
        return {"sigma": round(self.sigma, 6), "noise_from": self.method}


def binomial_sigma(p: float, n: int) -> float:
    """Standard error of an accuracy ``p`` measured on ``n`` samples (at least one sample's worth)."""
    p = min(max(p, 0.5 / n), 1 - 0.5 / n)
    return round(math.sqrt(p * (1 - p) / n), 12)


def sample_count(accuracies: np.ndarray, largest: int = 2000, small: int = 100) -> int | None:
    """The number of samples an accuracy was measured on, read from its steps (k/n), or None.

    Accuracies on ``n`` samples are multiples of ``1/n``; the smallest ``n`` that fits
    every value is the answer: from at least 3 distinct values, or from 2 when that ``n`` is at
    most ``small`` and neither value is a round fraction (tenths, quarters, eighths).

    >>> sample_count(np.array([0.9, 0.9333333, 0.9666667, 0.9]))
    30
    >>> sample_count(np.array([0.826087, 0.869565, 0.869565])), sample_count(np.array([0.5, 0.75]))
    (23, None)
    """
    v = np.asarray(accuracies, dtype=float)
    v = np.unique(v[np.isfinite(v)])
    if len(v) < 2 or v.min() < 0 or v.max() > 1:
        return None
    n = np.arange(2, largest + 1, dtype=float)[:, None]
    scaled = v[None, :] * n
    fits = np.abs(scaled - np.round(scaled)).max(axis=1) <= np.maximum(1e-4, 3e-7 * n[:, 0])
    if not fits.any():
        return None
    found = int(n[np.argmax(fits), 0])
    # two values fit many counts by chance when they are round (0.5, 0.75); a small count that fits
    # two unround ones (19/23, 20/23) does not happen by chance
    return found if len(v) >= 3 or (found <= small and 4 < found and not _round(v)) else None


def _round(v: np.ndarray) -> bool:
    """Any value a multiple of 1/8 or 1/10: such values fit many sample counts."""
    return bool(any(np.abs(v * d - np.round(v * d)).min() <= 1e-6 for d in (8, 10)))


def _sg_weights(window: int) -> np.ndarray:
    """Savitzky-Golay weights of a centred quadratic fit (the smoothing of :func:`trend`)."""
    h = window // 2
    x = np.arange(-h, h + 1, dtype=float)
    design = np.vander(x, 3, increasing=True)
    return np.linalg.pinv(design)[0]


def trend(values: np.ndarray, window: int = _WINDOW) -> np.ndarray:
    """A smooth trend through ``values``: local quadratic fits over ``window`` points.

    The edges use one quadratic fitted to their first/last ``window`` points. Short
    series (fewer than ``window`` points) get a single quadratic (or line) through all.
    """
    y = np.asarray(values, dtype=float)
    n = len(y)
    if n < 4:
        return y.copy()
    if n < window:
        return _poly_fit(y, np.arange(n), min(2, n - 2))
    out = np.empty(n)
    h = window // 2
    out[h:n - h] = np.convolve(y, _sg_weights(window)[::-1], mode="valid")
    out[:h] = _poly_fit(y[:window], np.arange(h), 2)
    out[n - h:] = _poly_fit(y[n - window:], np.arange(window - h, window), 2)
    return out


def _poly_fit(y: np.ndarray, at: np.ndarray, degree: int) -> np.ndarray:
    x = np.arange(len(y), dtype=float)
    return np.polyval(np.polyfit(x, y, degree), at)


def series_sigma(values: np.ndarray, window: int = _WINDOW) -> float | None:
    """Noise of a series from its own wiggles, or None with fewer than 4 finite points.

    Residuals around the local-quadratic trend (leverage-corrected), measured with a
    median absolute deviation so a few real jumps (the first epoch's fast drop) do not
    count as noise. Short series use second differences instead.
    """
    y = np.asarray(values, dtype=float)
    y = y[np.isfinite(y)]
    if len(y) < 4:
        return None
    if len(y) < window + 2:
        return _robust_sd(np.diff(y, 2)) / math.sqrt(6)
    w = _sg_weights(window)
    resid = y[window // 2: len(y) - window // 2] - np.convolve(y, w[::-1], mode="valid")
    return _robust_sd(resid) / math.sqrt(1 - w[window // 2])


def _robust_sd(x: np.ndarray) -> float:
    mad = _MAD * float(np.median(np.abs(x - np.median(x))))
    if mad > 0:
        return mad
    # quantised or mostly constant values: the MAD is 0, the plain spread is not
    return float(np.std(x))


def curve_noise(values: np.ndarray, *, accuracy: bool = False, n_samples: int | None = None) -> Noise:
    """The noise of a curve: binomial for an accuracy with a known sample count, else estimated.

    A floor keeps a constant series from having zero noise (a change of 1e-9 is not news).
    """
    y = np.asarray(values, dtype=float)
    finite = y[np.isfinite(y)]
    inferred = sample_count(finite) if accuracy and not n_samples else None
    if accuracy and (n_samples or inferred):
        p = float(np.median(finite[len(finite) // 2:])) if len(finite) else 0.5
        n = int(n_samples or inferred)
        how = f"binomial (n={n})" if n_samples else f"binomial (n={n}, read from the accuracy's 1/{n} steps)"
        return Noise(binomial_sigma(p, n), how, n)
    floor = 1e-3 * float(np.median(np.abs(finite))) + 1e-9 if len(finite) else 1e-9
    sigma = series_sigma(finite)
    if sigma is None:
        return Noise(max(floor, _short_guess(finite)), "unknown (fewer than 4 points)")
    method = "residuals around trend" if len(finite) >= _WINDOW + 2 else "second differences"
    return Noise(max(sigma, floor), method)


def _short_guess(y: np.ndarray) -> float:
    # too few points to separate trend from noise: call half the spread noise (cautious)
    return float(np.ptp(y)) / 2 if len(y) > 1 else 0.0


def in_sigmas(change: float, sigma: float) -> str:
    """``"0.8 sigma"``: a change in units of its noise, for messages."""
    if sigma <= 0:
        return "many sigma"
    z = abs(change) / sigma
    return f"{z:.1f} sigma" if z < 100 else f"{z:.0f} sigma"


def fmt(x: float) -> str:
    """A number as a reader wants it in a sentence: 4 significant digits."""
    if x is None or not math.isfinite(x):
        return str(x)
    return f"{x:.4g}"
