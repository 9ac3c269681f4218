"""Every run of the corpus, as a plain dict (its *spec*), made from a list of causes.

A cause is one way real users produce a condition ("too few epochs", "shuffled labels");
each cause yields several runs that vary what users vary (data set, framework, optimizer,
schedule, batch size, epochs, validation size), drawn from a random generator seeded by
the cause's name, so the list is the same on every machine.

>>> from causes import all_specs
>>> s = all_specs()
>>> len(s) >= 500, len({x["id"] for x in s}) == len(s)
(True, True)
"""

from __future__ import annotations

import zlib

import numpy as np

# framework: weight (the probe causes use the tracker only)
FRAMEWORKS = {"torch": 0.47, "tracker": 0.18, "steps": 0.10, "keras": 0.15, "lightning": 0.10}
NO_STEPS = {"torch": 0.52, "tracker": 0.23, "keras": 0.15, "lightning": 0.10}
# Most training steps a run may take, per framework (a Keras or Lightning step costs several
# times a plain PyTorch one): a run over budget gets a larger batch, not fewer epochs.
MAX_STEPS = {"torch": 800, "tracker": 800, "steps": 800, "keras": 150, "lightning": 180}
MAX_TRAIN = 800  # training samples of the generated data sets unless a cause says otherwise
SIZES = {"digits": 1797, "iris": 150, "wine": 178, "breast_cancer": 569, "diabetes": 442}


def r3(x: float) -> float:
    return float(f"{x:.3g}")


# The fresh part: every cause drawn again, about a third as many runs, from another seed, on the
# stand-in data sets of ``corpus_data.fresh_data``. Made after the rules were frozen, to measure
# them on runs nobody had seen (``causes.all_specs(fresh=True)``).
FRESH_SHARE = 0.34
# From this draw on, a run drawn for the ``steps`` style (which imitates how learnscope records a
# Hugging Face Trainer) is trained by a real ``Trainer`` instead (``hf_train.py``): same knobs, same
# random choices, so the draws before are unchanged.
TRAINER_FROM = 488
_fresh = 0  # 0: calibration and held out; k: fresh draw k (corpus_data.FRESH_DRAWS)


class Draw:
    """Random choices for one cause."""

    def __init__(self, cause: str):
        self.rng = np.random.default_rng(zlib.crc32(cause.encode()))

    def pick(self, options):
        return options[int(self.rng.integers(len(options)))]

    def log(self, lo: float, hi: float) -> float:
        return r3(float(np.exp(self.rng.uniform(np.log(lo), np.log(hi)))))

    def int(self, lo: int, hi: int) -> int:
        return int(self.rng.integers(lo, hi + 1))

    def framework(self, weights=None) -> str:
        w = weights or FRAMEWORKS
        names = list(w)
        p = np.array([w[n] for n in names])
        return names[int(self.rng.choice(len(names), p=p / p.sum()))]


def ds(name: str, **knobs) -> dict:
    return {"name": name, **knobs}


CLEAN = {
    "digits": lambda d: ds("digits"), "iris": lambda d: ds("iris"), "wine": lambda d: ds("wine"),
    "breast_cancer": lambda d: ds("breast_cancer"),
    "moons": lambda d: ds("moons", n=d.pick([1000, 2000, 3000]), noise=d.pick([0.1, 0.15, 0.2])),
    "circles": lambda d: ds("circles", n=d.pick([1000, 2000, 3000]), noise=d.pick([0.05, 0.08, 0.1])),
    "blobs": lambda d: ds("blobs", n=d.pick([1000, 2000]), std=d.pick([1.0, 1.5]), centers=d.pick([3, 4, 6])),
    "clf_noisy": lambda d: ds("clf_noisy", n=2000, flip_y=0.02, classes=d.pick([2, 3, 4]), sep=1.5),
    "clf_imbalanced": lambda d: ds("clf_imbalanced", n=2000, weights=[0.7, 0.2, 0.1], classes=3, sep=1.5),
    "regression": lambda d: ds("regression", n=d.pick([1000, 2000]), noise=d.pick([5.0, 10.0, 20.0])),
    "friedman1": lambda d: ds("friedman1", n=d.pick([1000, 2000]), noise=d.pick([0.5, 1.0])),
    "diabetes": lambda d: ds("diabetes"),
}
CLF = [k for k in CLEAN if k not in ("regression", "friedman1", "diabetes")]
REG = ["regression", "friedman1", "diabetes"]
SMALL = ("iris", "wine", "breast_cancer", "diabetes")  # bundled and small: fewer epochs make sense


def base(d: Draw, cause: str, condition: str, i: int, key: str, framework: str, **kw) -> dict:
    spec = {"id": f"{cause}-{i:03d}", "cause": cause, "condition": condition, "framework": framework,
            "data": CLEAN[key](d), "seed": i, "hidden": [32], "opt": "adam", "lr": 1e-3, "batch": 32,
            "epochs": 30}
    spec.update(kw)
    if spec["data"]["name"] not in SIZES and not spec.get("n_train"):
        spec["n_train"] = MAX_TRAIN
    if framework == "steps":  # evaluations and training-loss logs per run, not per epoch
        spec.setdefault("evals", d.pick([12, 20, 30, 50]))
        spec.setdefault("logs_per_eval", d.pick([1, 2, 5]))
    if key in SMALL and spec["batch"] > 32:
        spec["batch"] = 32
    if framework == "lightning":
        spec.setdefault("log_every", d.pick([1, 10, 50]))
    if framework == "torch":
        spec.setdefault("meta", bool(d.rng.random() < 0.6))
        spec.setdefault("batch_acc", bool(d.rng.random() < 0.5))
    if not spec.get("keep_batch"):
        _fit_budget(spec)
    return spec


def _fit_budget(spec: dict) -> None:
    n = SIZES.get(spec["data"]["name"], spec["data"].get("n", 1500))
    n_val = spec.get("n_val") or n // 4
    n_train = min(spec.get("n_train") or n, n - n_val)
    cap = MAX_STEPS[spec["framework"]]
    while spec["epochs"] * -(-n_train // spec["batch"]) > cap and spec["batch"] < 1024:
        spec["batch"] *= 2


def cause(name: str, condition: str, count: int, datasets, make, frameworks=None):
    """``count`` specs of one cause: ``make(draw, data, framework)`` gives the knobs of each."""
    if _fresh:
        return _fresh_cause(name, condition, count, datasets, make, frameworks)
    d = Draw(name)
    out = []
    for i in range(count):
        data = d.pick(list(datasets))
        fw = d.framework(frameworks)
        out.append(base(d, name, condition, i, data, fw, **make(d, data, fw)))
    return out


def _fresh_cause(name, condition, count, datasets, make, frameworks):
    from corpus_data import fresh_data, fresh_letter, fresh_part

    part, letter = fresh_part(_fresh), fresh_letter(_fresh)
    d = Draw(f"{name}:{part}")
    out = []
    for i in range(max(1, round(count * FRESH_SHARE))):
        data = d.pick(list(datasets))
        fw = d.framework(frameworks)
        spec = base(d, name, condition, i, data, fw, **make(d, data, fw))
        spec.update(id=f"{name}-{letter}{i:02d}", data=fresh_data(spec["data"], draw=_fresh), part=part)
        if fw == "steps" and _fresh >= TRAINER_FROM:
            spec["framework"] = "transformers"  # the same run, trained by a real Hugging Face Trainer
        out.append(spec)
    return out


def fresh_specs(groups, draw: int = 1) -> list[dict]:
    """Fresh draw ``draw``'s specs (1: the part "fresh", k: "freshk"; ``corpus_data.FRESH_DRAWS``) from the cause groups
    (functions returning lists of specs)."""
    global _fresh
    _fresh = draw
    try:
        return [s for g in groups for s in g()]
    finally:
        _fresh = 0


def _opt(d: Draw, lr_adam=(1e-3, 3e-3)) -> dict:
    o = d.pick(["adam", "adam", "adamw", "momentum", "rmsprop"])
    lr = {"adam": d.log(*lr_adam), "adamw": d.log(*lr_adam), "momentum": d.log(0.01, 0.05),
          "rmsprop": d.log(3e-4, 1e-3)}[o]
    return {"opt": o, "lr": lr}


def _epochs(d, data, lo, hi):
    """Epochs in [lo, hi]; twice that on the small bundled data sets, whose epochs are a few steps."""
    return d.int(lo, hi) if data not in SMALL else min(300, d.int(2 * lo, 2 * hi))
