"""The labelled set: small real trainings where each condition is produced on purpose.

Every case names the codes its read must contain (``expect``), the codes it may
also contain because they are true of that run too (``allow``: a run that
diverges into NaN is also unstable; a run trained on 45 validation samples also
has noisy validation), and a ``check`` that confirms on the actual curve that the
condition really happened, so a label is never just the intention.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .trainer import Spec, train

NOTES = {"epoch_vs_batch", "insufficient_data"}  # explanations, true of any run with batch data


@dataclass(frozen=True)
class Case:
    name: str
    spec: Spec
    expect: frozenset
    allow: frozenset
    check: object  # History -> bool: the condition is visible in the curve


def case(name, spec, expect, allow=(), check=None):
    return Case(name, spec, frozenset(expect), frozenset(allow) | NOTES, check or (lambda h: True))


# --- what each label means on the curve, judged plainly (not with the read's own rules) ---

def _vl(h):
    return h.epoch["val_loss"]


def looks_healthy(h):
    tl, vl = h.epoch["loss"], _vl(h)
    return (np.isfinite(tl).all() and tl[-1] < 0.5 * tl[0] and vl[-3:].mean() <= 1.2 * vl.min() + 0.01
            and h.epoch["val_accuracy"][-1] > 0.85)


def looks_overfit(h):
    vl, tl = _vl(h), h.epoch["loss"]
    b = int(np.argmin(vl))
    return b <= len(vl) - 5 and vl[-3:].mean() > 1.15 * vl[b] and tl[-1] < tl[b]


def looks_noisy(h):
    va = h.epoch["val_accuracy"]
    n = h.meta["val_size"] if "val_size" in h.meta else 30
    return n <= 60 and np.abs(np.diff(va)).max() >= 1.0 / n - 1e-9


def looks_underfit(h):
    acc = h.epoch["accuracy"]
    k = h.meta["num_classes"]
    return 1.0 / k + 0.15 < acc[-3:].mean() < 0.9 and abs(acc[-1] - acc[-4]) < 0.02


def looks_diverging(h):
    tl = h.epoch["loss"]
    f = tl[np.isfinite(tl)]
    b = int(np.argmin(f))
    return b < len(f) - 1 and f[b + 1:].max() > 2 * f[b]


def looks_non_finite(h):
    return not np.isfinite(h.epoch["loss"]).all()


def looks_chance(h):
    va, k = h.epoch["val_accuracy"], h.meta["num_classes"]
    return va[-3:].mean() < 1.0 / k + 0.1


def looks_slow(h):
    tl = h.epoch["loss"]
    q = len(tl) // 4
    return (tl[-q - 1] - tl[-1]) > 0.1 * (tl[0] - tl[-1]) > 0


def looks_unstable(h):
    return _ups(h.epoch["loss"]).sum() >= 2


def _ups(tl):
    return np.diff(tl) > 0.25 * np.maximum(tl[:-1], 0.2 * tl[0])


def looks_settled(h):
    """Jumps while the rate was high; none once it was cut to a third or less, and a new low."""
    tl, lr = h.epoch["loss"], h.epoch["learning_rate"]
    cut = int(np.argmax(lr < lr[0] / 3))
    return cut > 0 and _ups(tl[:cut + 1]).sum() >= 2 and not _ups(tl[cut:]).any() and tl[-1] < tl[:cut].min()


def looks_plateau(h):
    vl = _vl(h)
    tail = vl[int(0.5 * len(vl)):]
    return np.ptp(tail) < 0.03 * abs(tail.mean()) + 1e-4


def _probe(h, kind):
    return {k.name.split("/")[-1]: s.value for k, s in h.series.items() if k.name.startswith(f"probe/{kind}/")}


def looks_vanishing(h):
    g = {k: np.median(v[len(v) // 2:]) for k, v in _probe(h, "grad_norm").items()}
    return min(g.values()) < 1e-3 * max(g.values())


def looks_exploding(h):
    return any(not np.isfinite(v).all() or np.nanmax(v) > 1e3 for v in _probe(h, "grad_norm").values())


def looks_dead(h):
    return any(np.median(v[-len(v) // 5:]) >= 0.5 for v in _probe(h, "dead_fraction").values())


# --- the cases ---

def _healthy():
    return [
        case("healthy-digits-0", Spec("digits", (64,), lr=3e-3, epochs=12, batch=128), {"healthy"},
             check=looks_healthy),
        case("healthy-digits-sgd", Spec("digits", (64,), opt="sgd", lr=0.05, momentum=0.9, epochs=12, batch=128,
                                        seed=1), {"healthy"}, check=looks_healthy),
        case("healthy-bc-0", Spec("breast_cancer", (32,), lr=3e-3, epochs=12, batch=64), {"healthy"},
             check=looks_healthy),
        case("healthy-bc-1", Spec("breast_cancer", (32,), lr=3e-3, epochs=12, batch=64, seed=1), {"healthy"},
             check=looks_healthy),
        case("healthy-wine", Spec("wine", (32,), lr=1e-2, epochs=8, batch=32), {"healthy"},
             check=looks_healthy),
        case("healthy-moons", Spec("moons", (32, 32), lr=1e-2, epochs=12, n_samples=800, noise=0.15), {"healthy"},
             check=looks_healthy),
        case("healthy-circles", Spec("circles", (32, 32), lr=1e-2, epochs=12, n_samples=800, noise=0.08),
             {"healthy"}, check=looks_healthy),
        case("healthy-probes", Spec("digits", (64, 64), lr=3e-3, epochs=10, batch=128, probes=True, seed=2),
             {"healthy"}, check=looks_healthy),
    ]


def _overfit():
    big = (256, 256)
    return [
        case("overfit-digits", Spec("digits", big, lr=3e-3, epochs=40, batch=32, train_size=100), {"overfitting"},
             check=looks_overfit),
        case("overfit-wine", Spec("wine", big, lr=3e-3, epochs=60, batch=32, train_size=24, val_size=100),
             {"overfitting"}, check=looks_overfit),
        case("overfit-moons", Spec("moons", big, lr=1e-2, epochs=60, train_size=40, noise=0.35, n_samples=600),
             {"overfitting"}, check=looks_overfit),
        case("overfit-circles", Spec("circles", big, lr=1e-2, epochs=60, train_size=40, noise=0.2, n_samples=600),
             {"overfitting"}, check=looks_overfit),
        case("overfit-bc", Spec("breast_cancer", big, lr=3e-3, epochs=50, train_size=40, seed=1), {"overfitting"},
             check=looks_overfit),
    ]


def _noisy():
    return [
        case("noisy-digits", Spec("digits", (64,), lr=3e-3, epochs=10, batch=128, val_size=30), {"noisy_validation"},
             {"healthy"}, looks_noisy),
        case("noisy-bc", Spec("breast_cancer", (32,), lr=3e-3, epochs=10, val_size=25), {"noisy_validation"},
             {"healthy"}, looks_noisy),
        case("noisy-moons", Spec("moons", (32, 32), lr=1e-2, epochs=10, val_size=25, noise=0.25, n_samples=800),
             {"noisy_validation"}, {"healthy"}, looks_noisy),
        case("noisy-circles", Spec("circles", (32, 32), lr=1e-2, epochs=10, val_size=30, noise=0.1, n_samples=800),
             {"noisy_validation"}, {"healthy"}, looks_noisy),
        # 12 epochs are too few here: both losses still fall by a sixth an epoch at the end
        case("noisy-wine-unknown-n", Spec("wine", (32,), lr=3e-3, epochs=12, batch=32, val_size=25,
                                          record_val_size=False), {"noisy_validation"},
             {"healthy", "slow_convergence"}, looks_noisy),
        case("noisy-digits-unknown-n", Spec("digits", (64,), lr=3e-3, epochs=12, batch=128, val_size=30, seed=3,
                                            record_val_size=False), {"noisy_validation"}, {"healthy"}, looks_noisy),
    ]


def all_cases() -> list[Case]:
    from .labelled_more import more_cases
    return _healthy() + _overfit() + _noisy() + more_cases()


def build(cases=None) -> dict:
    """``{name: (case, history)}`` for every case, trained for real (one CPU thread)."""
    import torch

    torch.set_num_threads(1)
    return {c.name: (c, train(c.spec)) for c in (cases or all_cases())}


def truly_noisy(h):
    """Validation accuracy's binomial noise at its final value is at least 0.02 (2 points)."""
    va = h.epoch["val_accuracy"]
    n = h.meta.get("val_size") or 30
    p = float(np.mean(va[-3:]))
    return np.sqrt(max(p * (1 - p), 0.5 / n) / n) >= 0.02


# Codes that are allowed wherever the curve shows them, judged plainly per run
TRUE_BY_CURVE = {"noisy_validation": truly_noisy, "chance_level": looks_chance}


def allowed(c: Case, h) -> frozenset:
    return c.allow | {code for code, true in TRUE_BY_CURVE.items() if true(h)}


def score(reads: dict) -> dict:
    """Per code: ``{"positives", "found", "recall", "negatives", "false", "fp_rate"}``.

    ``reads`` maps a case name to ``(case, history, codes found)``. A run counts as a
    negative for a code unless the code is expected on it, or allowed (by the case, or
    because its curve plainly shows it: see ``TRUE_BY_CURVE``).
    """
    from learnscope.read import CODES

    table = {}
    for code in CODES:
        if code in NOTES:
            continue
        pos = [codes for c, h, codes in reads.values() if code in c.expect]
        neg = [codes for c, h, codes in reads.values() if code not in c.expect | allowed(c, h)]
        found, false = sum(code in s for s in pos), sum(code in s for s in neg)
        table[code] = {"positives": len(pos), "found": found, "recall": found / len(pos) if pos else None,
                       "negatives": len(neg), "false": false, "fp_rate": false / len(neg) if neg else None}
    return table


def format_table(table: dict) -> str:
    lines = [f"{'code':22s} {'recall':>14s} {'false positives':>18s}"]
    for code, r in table.items():
        rec = f"{r['found']}/{r['positives']} = {r['recall']:.2f}" if r["positives"] else "-"
        fp = f"{r['false']}/{r['negatives']} = {r['fp_rate']:.2f}" if r["negatives"] else "-"
        lines.append(f"{code:22s} {rec:>14s} {fp:>18s}")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m tests.read.labelled: train the set, print the table
    import time

    import learnscope as ls

    t0 = time.time()
    built = build()
    reads = {name: (c, h, set(ls.read(h).codes())) for name, (c, h) in built.items()}
    print(format_table(score(reads)))
    print(f"{len(built)} runs trained and read in {time.time() - t0:.1f} s")
