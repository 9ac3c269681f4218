"""How well ``loss_spike`` does on step-based runs it was not tuned on.

Runs: the tiny language models of ``bench/read/lm.py`` (labelled by ``lm_labels``), split
by configuration family: thresholds were set looking only at the calibration families;
the held-out families (``lm.HELD_OUT``) are measured. Those were seen when the rule was
revised (issue 16), so ``lm.FRESH`` families, made after the rule was frozen, are measured
too ("fresh"): the number to trust. The Hugging Face ``trainer_state.json``
files in ``../shared/public-logs*/`` are real step-based runs labelled by looking at
their curves (``PUBLIC`` below, with the reason): none shows a loss spike, so they count
for false alarms only.

Also checked on every step-based run: no read text places anything at a fractional epoch.

>>> python bench/read/lm_accuracy.py -v       # after python bench/read/lm.py; -v lists labels  # doctest: +SKIP
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import lm  # noqa: E402
import lm_labels  # noqa: E402

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
# file -> (label, reason): looked at by eye (training loss against step)
PUBLIC = {
    "codebert-tactics": ("healthy", "a loss near 0 with frequent blips to 0.1-0.3 from step 300 on: heavy-tailed "
                                    "batch noise of a fitted classifier, no jump that stands out"),
    "whisper-flemish": (None, "unsure: two bumps (step ~800, ~11,000) logged every 100 steps; dropped"),
    "t5-simplify": ("healthy", "no spike: the loss rises steadily over the last third (a divergence)"),
    "wav2vec2-stress": ("healthy", "no spike: the loss rises from step 1,400 and stays up"),
}
LABELS: list[tuple[str, str | None, str]] = []  # (run, label, reason), filled by rows()
EVENTS: list[tuple[str, int, int]] = []  # (part, spikes the check confirms at a bad batch, found by the read)
_FRACTIONAL_EPOCH = re.compile(r"epoch \d+\.\d")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson interval of a proportion k/n."""
    if n == 0:
        return (math.nan, math.nan)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def public_runs():
    import learnscope as ls

    for path in sorted(SHARED.glob("public-logs*/*trainer_state.json")):
        stem = path.name.split("__")[0]
        try:
            h = ls.load(str(path))
        except Exception as exc:  # the empty one on purpose
            print(f"  skipped {path.name}: {exc}", file=sys.stderr)
            continue
        lab, why = PUBLIC.get(stem, ("healthy", "no jump on the training loss (looked at)"))
        yield stem, lab, why, h


def _fractional(history, read) -> bool:
    from learnscope.axis import history_step_based
    from learnscope.read.render import to_markdown

    return history_step_based(history) and bool(_FRACTIONAL_EPOCH.search(to_markdown(read)))


def _events(cfg, s, r) -> tuple[int, int]:
    """Per spike: the check's jumps at a bad batch, and how many of them the read's spikes name."""
    where = cfg.cause_steps() if cfg.bad_batches else []
    at = [int(s.step[i]) for i in lm_labels.curve_spikes(s.value)]
    truth = [a for a in at if any(lo <= a <= hi for lo, hi in where)]
    f = r.first("loss_spike")
    found = [sp["step"] for sp in f.evidence["spikes"]] if f else []
    return len(truth), sum(any(abs(a - b) <= 5 for b in found) for a in truth)


def rows():
    """``(part, name, label, fired, fractional_epoch_text)`` for every run."""
    import learnscope as ls

    for cfg, h in lm.load_all():
        s = h.get("loss", "train", "batch")
        lab, why = lm_labels.label(cfg.condition, s.value, s.step, cfg.cause_steps())
        LABELS.append((cfg.name, lab, why))
        if lab is None:
            continue
        r = ls.read(h)
        part = "fresh" if cfg.family in lm.FRESH else "held-out" if cfg.family in lm.HELD_OUT else "calibration"
        EVENTS.append((part, *_events(cfg, s, r)))
        yield part, cfg.name, lab, "loss_spike" in r.codes(), _fractional(h, r)
    for stem, lab, _, h in public_runs():
        if lab is None:
            continue
        r = ls.read(h)
        yield "public", stem, lab, "loss_spike" in r.codes(), _fractional(h, r)


def main() -> None:
    table = list(rows())
    print(f"{'part':<12} {'recall':>22} {'false alarms':>24} {'fractional epochs':>18}")
    for part in ("calibration", "held-out", "fresh", "public"):
        rs = [r for r in table if r[0] == part]
        pos = [r for r in rs if r[2] == "loss_spike"]
        neg = [r for r in rs if r[2] == "healthy"]
        tp, fp = sum(r[3] for r in pos), sum(r[3] for r in neg)
        rec = f"{tp}/{len(pos)}" + (" = {:.2f} [{:.2f}, {:.2f}]".format(tp / len(pos), *wilson(tp, len(pos)))
                                    if pos else "")
        fa = f"{fp}/{len(neg)}" + (" = {:.3f} [{:.2f}, {:.2f}]".format(fp / len(neg), *wilson(fp, len(neg)))
                                   if neg else "")
        print(f"{part:<12} {rec:>22} {fa:>24} {sum(r[4] for r in rs):>18}")
    for part in ("calibration", "held-out", "fresh"):
        n, k = (sum(e[i] for e in EVENTS if e[0] == part) for i in (1, 2))
        if n:
            print(f"{part}: each bad-batch spike the curve shows, found by the read: {k}/{n} = {k / n:.2f} "
                  "[{:.2f}, {:.2f}]".format(*wilson(k, n)))
    if "-v" in sys.argv:
        for name, lab, why in LABELS:
            print(f"  {name:<32} {lab or 'dropped':<11} {why}")
    for r in table:
        if (r[2] == "loss_spike") != r[3]:
            print(f"  {'missed' if r[3] is False else 'false alarm'}: {r[0]} {r[1]} (label {r[2]})")


if __name__ == "__main__":
    main()
