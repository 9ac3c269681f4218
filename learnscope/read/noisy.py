"""The noisy_validation rule: validation moves within a noise band wide enough that one
drop says nothing (a fact about the validation set, judged against the curve's own noise
or, for an accuracy with a known sample count, its binomial noise)."""

from __future__ import annotations

import math

import numpy as np

from ..history import History
from .curves import curves
from .finding import Finding
from .noise import fmt, in_sigmas, series_sigma, trend
from .levels import classes_in_turn
from .registry import rule
from .shape import finite, label, oriented


@rule("noisy_validation", "info", priority=130)
def noisy_validation(history: History, *, acc_noise: float = 0.02, loss_noise: float = 0.1,
                     n_sigma: float = 2.0, large_set: int = 200) -> list[Finding]:
    """Validation moves within a noise band wide enough that one drop says nothing."""
    cs = curves(history)
    for m in (cs.val_acc, cs.val_loss):
        if m is None:
            continue
        noise = m.noise()
        binomial = noise.samples is not None  # an accuracy with a sample count (given, or read from its steps)
        if m.finite.sum() < (4 if binomial else 10):
            continue
        y, sigma = oriented(m), noise.sigma
        if m.accuracy and np.ptp(y) == 0 and 1 / (noise.samples or 1e9) < acc_noise:
            continue  # an accuracy that never moved shows no noise (the model is stuck; others say so)
        own = sampled = None
        if binomial and m.accuracy and m.finite.sum() >= 10:
            # a model thrown about by its steps moves its validation accuracy from one evaluation to the
            # next far beyond what sampling alone would: the curve's own scatter is its noise band then
            s_own = series_sigma(y) or 0.0
            if s_own >= acc_noise and s_own >= 2 * sigma:
                own, sigma, binomial = s_own, s_own, False
            elif sigma < acc_noise <= s_own and not _one_class_turns(m, y, noise.samples):
                # material scatter about as large as sampling makes it (a set of hundreds whose binomial
                # noise sits just under the line): the curve shows the noise its set size implies
                sampled, sigma, binomial = s_own, s_own, False
        level = abs(float(np.median(y[len(y) // 2:])))
        # a loss's noise matters when it is large against its level and visible on the curve's scale
        # (an accuracy on n samples moves by 1/n per sample: coarse steps are noise even near 1.0)
        material = (max(sigma, 1 / (noise.samples or 1e9)) >= acc_noise if m.accuracy
                    else sigma >= loss_noise * max(level, 0.2 * np.ptp(y)))
        if material and m.accuracy and (noise.samples or 0) >= large_set and sigma < 2 * acc_noise:
            # a set of hundreds: its binomial noise is how far it may sit from the population, an error
            # that consecutive evaluations of a slowly changing model share; it makes their moves
            # noise only where the curve shows it (at least half of it in its own wiggles)
            material = (series_sigma(y) or 0.0) >= sigma / 2
        # a real late trend is not noise: compare the last quarter's mean with the third quarter's
        # (unless the noise is no estimate but the binomial noise of a set too small to trust);
        # means of a few points move with the noise's tails too (a loss that jumps up now and then):
        # judge an estimated noise's move against the spread around the trend, not only its core
        q = max(2, len(y) // 4)
        late_move = abs(float(np.mean(y[-q:]) - np.mean(y[-2 * q:-q])))
        sigma_t = sigma if binomial else max(sigma, float(np.std(y - trend(y))))
        # a set too small to trust: its binomial noise at this accuracy, or at 50% (what the set
        # size allows a model that is still learning), is twice the material noise
        known = m.accuracy and binomial and max(sigma, 0.5 / math.sqrt(noise.samples)) >= 2 * acc_noise
        if material and (known or late_move < 3 * sigma_t * math.sqrt(2 / q)):
            f = _noisy_finding(m, y, sigma, n_sigma, sampling=None if own is None and sampled is None else noise,
                               moves=own is not None)
            if known:  # a fact about the validation set, whatever the model did: no other finding hides it
                f.evidence["stands_alone"] = True
            return [f]
    return []


def _one_class_turns(m, y: np.ndarray, n: int | None) -> bool:
    """The accuracy only switches between single classes' shares (a model that outputs one class at a
    time): its moves are the class it outputs, not noise around a trend."""
    return classes_in_turn(y[-max(10, len(y) // 4):], n) is not None


def _noisy_finding(m, y: np.ndarray, sigma: float, n_sigma: float, sampling=None, moves: bool = False) -> Finding:
    """The finding for noise ``sigma`` on curve ``m``. ``sampling`` is the binomial noise of sampling when
    ``sigma`` is the curve's own scatter around its trend instead; ``moves`` when that scatter is far beyond
    sampling's (the model moves between evaluations), else it is about what sampling makes."""
    idx, _ = finite(m)
    steps = np.diff(y)
    j = int(np.argmax(steps))
    worst = float(steps[j])
    size = f" on {m.n_samples} samples" if m.accuracy and m.n_samples else ""
    kind = "drop" if m.accuracy else "rise"
    largest = ""
    if worst > n_sigma * sigma:  # one outlier among noise: say so rather than call it noise
        back = j + 2 < len(y) and y[j + 2] < y[j + 1] - sigma
        largest = (f"; one {kind} stands out, {fmt(worst)} at {m.at(idx[j + 1])} ({in_sigmas(worst, sigma)})"
                   + (", a single bad evaluation the curve came back from" if back else ""))
    elif worst > 0:
        largest = f"; its largest single {kind}, {fmt(worst)} at {m.at(idx[j + 1])}, is {in_sigmas(worst, sigma)}"
    how = (m.noise().method if sampling is None else
           f"its own scatter around its trend, {fmt(sigma / sampling.sigma)}x the {sampling.method} noise of "
           f"sampling: the model moves between evaluations" if moves else
           f"its own scatter around its trend, about the {sampling.method} noise of sampling")
    message = (f"{label(m)}{size} has noise of about ±{fmt(sigma)} (1 sigma, {how}){largest}: "
               f"moves under {fmt(n_sigma * sigma)} ({n_sigma:g} sigma) are noise, not overfitting.")
    noise = ({"sigma": round(sigma, 6), "noise_from": "residuals around trend", "sampling_sigma": sampling.sigma}
             if sampling is not None else m.noise().evidence())
    evidence = {"series": m.key, "largest_move": worst, "largest_move_epoch": m.epoch_at(idx[j + 1]),
                "z": worst / sigma, **noise}
    advice = ("Judge trends over several epochs; a lower learning rate or larger batches steady the model "
              "between evaluations." if moves else
              "Judge trends over several epochs, or use a larger validation set.")
    return Finding("noisy_validation", "info", message, evidence=evidence, advice=advice)
