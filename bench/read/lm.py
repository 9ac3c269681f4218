"""Real step-based runs: tiny byte-level language models trained on the CPU, with and without spikes.

Each :class:`LMConfig` trains a tiny causal transformer or GRU on the Python standard
library's own ``.py`` files (bytes; nothing is downloaded) for a few thousand steps,
recorded through learnscope exactly as a user's loop would: ``run.log({"loss",
"learning_rate", "grad_norm"}, step=)`` every step and the validation loss every
``eval_every`` steps (``run.log_epoch(..., step=)`` at the fractional epoch, as the
Hugging Face Trainer does). A run is a fraction of an epoch: the read must speak in steps.

Conditions and their causes:

- ``healthy``: modest peak rate, linear warm-up, cosine decay, gradient clipping at 1.
- ``spike_lr``: a high peak rate, no warm-up, Adam's ``eps`` tiny (1e-12), no clipping.
- ``spike_data``: healthy optimiser settings, but a few batches are bad data (random
  bytes, or one short n-gram repeated: the OLMo 2 cause; or only a quarter of the batch's
  rows, or two rows, random bytes: milder spikes; or real text with its bytes reversed).
- ``spike_update``: healthy settings, but at a few steps the update blows up as an unscaled
  mixed-precision gradient would (the gradient times 3,000, applied as a plain SGD step),
  and training carries on from there.

:func:`fresh_configs` is a second grid, made after the rule was frozen (issue 16): new seeds,
widths, a post-LN transformer, new bad-batch kinds and update blow-ups, a larger model at a
high rate with no warm-up, a memorised text where Adam's tiny epsilon slingshots; all of it
held out (``FRESH``).

A run's label comes from its cause and from an independent check of its own curve
(:func:`curve_has_spike`, which does not use the read): see ``label``.

Runs are cached in a learnscope store (``$LEARNSCOPE_LM_CACHE``, default
``~/.cache/learnscope/lm-runs``): a rerun trains only what is missing.

>>> python bench/read/lm.py --jobs 2          # train what is missing, print labels  # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

PROJECT = "lm-spikes"
CACHE = Path(os.environ.get("LEARNSCOPE_LM_CACHE", Path.home() / ".cache" / "learnscope" / "lm-runs"))


@dataclass(frozen=True)
class LMConfig:
    family: str                    # configuration family: the unit held out when measuring
    condition: str                 # healthy, spike_lr, spike_data
    arch: str = "transformer"      # transformer or gru
    width: int = 32
    lr: float = 2e-3
    warmup: int = 100              # steps of linear warm-up (0: none)
    eps: float = 1e-8              # Adam epsilon
    beta2: float = 0.99
    opt: str = "adam"              # adam or sgd (momentum 0.9)
    clip: float | None = 1.0       # gradient-norm clipping (None: none)
    steps: int = 1000
    restart: int = 0               # cosine warm restarts every this many steps (0: none)
    batch: int = 16
    ctx: int = 32
    eval_every: int = 100
    data: str = "even"             # which half of the stdlib files: even or odd
    bad_batches: tuple = ()        # (step, kind): "noise", "repeat", "partial" (1/4 rows), "few" (2 rows)
    seed: int = 0
    extra: dict = field(default_factory=dict, hash=False, compare=False)

    def cause_steps(self) -> list[tuple[int, int]] | None:
        """Where the cause of a spike acts (bad batches; 50 steps after each warm restart); None:
        anywhere (a constant high rate)."""
        if self.bad_batches:
            return [(s, s + 5) for s, _ in self.bad_batches]
        if self.restart:
            return [(k, k + 50) for k in range(self.restart, self.steps + 1, self.restart)]
        return None

    @property
    def name(self) -> str:
        digest = hashlib.sha1(json.dumps(asdict(self), sort_keys=True, default=str).encode()).hexdigest()[:8]
        return f"{self.family}-s{self.seed}-{digest}"


def _bad(seed: int, n: int, steps: int, kinds=("noise", "repeat")) -> tuple:  # noqa: D103
    rng = np.random.default_rng(1000 + seed)
    at = np.sort(rng.choice(np.arange(300, steps - 150), n, replace=False))
    return tuple((int(s), kinds[i % len(kinds)]) for i, s in enumerate(at))


def configs() -> list[LMConfig]:
    """The whole grid: families x seeds (30 runs; about an hour on 2 busy cores)."""
    nospike = dict(warmup=0, eps=1e-12, beta2=0.999, clip=None)
    fams = [
        # healthy: modest peak rate, warm-up, cosine decay, clipping
        ("h-tr-2e3", "healthy", 3, dict(lr=2e-3)),
        ("data-tr", "spike_data", 3, dict()),
        ("h-gru-3e3", "healthy", 2, dict(arch="gru", width=48, lr=3e-3)),
        # warm restarts straight to a high peak rate (no warm-up at each restart)
        ("restart-tr", "spike_lr", 2, dict(lr=5e-2, restart=250, **nospike)),
        ("data-tr-mild", "spike_data", 2, dict(kinds=("partial", "few"))),
        ("data-gru-odd", "spike_data", 4, dict(arch="gru", width=48, lr=3e-3, data="odd",
                                               kinds=("partial", "repeat"))),
        ("h-tr-5e3-odd", "healthy", 3, dict(lr=5e-3, warmup=200, data="odd")),
        ("restart-gru-odd", "spike_lr", 2, dict(arch="gru", width=48, lr=5e-2, restart=300, data="odd",
                                                 **nospike)),
        ("data-tr-5e3-odd", "spike_data", 4, dict(lr=5e-3, warmup=200, data="odd",
                                                  kinds=("few", "partial", "noise"))),
        ("h-gru-noclip-odd", "healthy", 3, dict(arch="gru", width=48, lr=2e-3, clip=None, data="odd")),
        # the optimiser settings blamed for spikes: high constant peak rate, no warm-up, tiny eps
        ("lr-tr-2e2", "spike_lr", 1, dict(lr=2e-2, **nospike)),
        ("lr-gru-3e2-odd", "spike_lr", 1, dict(arch="gru", width=48, lr=3e-2, data="odd", **nospike)),
    ]
    out = []
    for family, condition, seeds, kw in fams:
        for seed in range(seeds):
            extra = dict(kw)
            if condition == "spike_data":
                extra["bad_batches"] = _bad(seed, 1 + seed % 3, 1000, extra.pop("kinds", ("noise", "repeat")))
            out.append(LMConfig(family, condition, seed=seed, **extra))
    return out


def fresh_configs() -> list[LMConfig]:
    """Families made after ``loss_spike`` was frozen (its commit "frozen before the fresh
    held-out families"), measured once: other seeds, sizes, architectures and causes."""
    nospike = dict(warmup=0, eps=1e-12, beta2=0.999, clip=None)
    fams = [
        ("fresh-data-tr48-odd", "spike_data", range(10, 16), dict(width=48, lr=3e-3, data="odd",
                                                                  kinds=("noise", "few", "partial", "repeat"))),
        ("fresh-data-postln", "spike_data", range(10, 15), dict(arch="postln", kinds=("repeat", "partial", "reverse"))),
        ("fresh-data-gru", "spike_data", range(10, 12), dict(arch="gru", kinds=("few", "noise"))),
        ("fresh-update-tr", "spike_update", range(10, 15), dict(kinds=("blowup",))),
        ("fresh-lr-tr64", "spike_lr", range(10, 13), dict(width=64, lr=1e-2, **nospike)),
        ("fresh-sling", "spike_lr", range(10, 12), dict(data="small4000", lr=3e-3, eps=1e-12, clip=None,
                                                        beta2=0.999, steps=1500)),
        ("fresh-h-tr48-odd", "healthy", range(10, 13), dict(width=48, lr=3e-3, data="odd")),
        ("fresh-h-postln", "healthy", range(10, 13), dict(arch="postln")),
        ("fresh-h-tr64", "healthy", range(10, 12), dict(width=64)),
        ("fresh-h-gru", "healthy", range(10, 12), dict(arch="gru")),
    ]
    out = []
    for family, condition, seeds, kw in fams:
        for seed in seeds:
            extra = dict(kw)
            kinds = extra.pop("kinds", None)
            if kinds:
                extra["bad_batches"] = _bad(seed, 1 + seed % 3, extra.get("steps", 1000), kinds)
            out.append(LMConfig(family, condition, seed=seed, **extra))
    return out


FRESH = tuple(dict.fromkeys(c.family for c in fresh_configs()))

# families measured on (never used to set a threshold); the others are for calibration
HELD_OUT = ("h-tr-5e3-odd", "h-gru-noclip-odd", "lr-gru-3e2-odd", "restart-gru-odd", "data-gru-odd",
            "data-tr-5e3-odd")  # other data (odd files), other architectures, other kinds of bad batch


# ---- training ---------------------------------------------------------------------------

def _text(which: str) -> bytes:
    import sysconfig
    files = sorted(Path(sysconfig.get_paths()["stdlib"]).glob("*.py"))
    if which.startswith("small"):  # a few KB, memorised: the loss gets near 0, where Adam slingshots
        return b"".join(f.read_bytes() for f in files[:3])[: int(which[5:] or 4000)]
    files = files[0::2] if which == "even" else files[1::2]
    return b"".join(f.read_bytes() for f in files)[:1_500_000]


def _model(cfg: LMConfig):
    import torch
    from torch import nn

    class Tiny(nn.Module):
        def __init__(self):
            super().__init__()
            d = cfg.width
            self.emb = nn.Embedding(256, d)
            if cfg.arch in ("gru", "rnn"):
                self.body = (nn.GRU if cfg.arch == "gru" else nn.RNN)(d, d, batch_first=True)
            else:
                self.pos = nn.Parameter(torch.randn(cfg.ctx, d) * 0.02)
                layer = nn.TransformerEncoderLayer(d, 2, 2 * d, dropout=0.0, batch_first=True,
                                                   norm_first=cfg.arch != "postln")
                self.body = nn.TransformerEncoder(layer, 1, enable_nested_tensor=False)
                self.register_buffer("mask", nn.Transformer.generate_square_subsequent_mask(cfg.ctx))
            self.out = nn.Linear(d, 256)

        def forward(self, x):
            if cfg.arch in ("gru", "rnn"):
                return self.out(self.body(self.emb(x))[0])
            return self.out(self.body(self.emb(x) + self.pos, mask=self.mask, is_causal=True))

    return Tiny()


def _lr_at(cfg: LMConfig, step: int) -> float:
    if cfg.warmup and step < cfg.warmup:
        return cfg.lr * (step + 1) / cfg.warmup
    if cfg.restart:  # each cycle starts again at the peak, with no warm-up
        t = (step % cfg.restart) / cfg.restart
        return cfg.lr * (0.01 + 0.99 * 0.5 * (1 + math.cos(math.pi * t)))
    if cfg.condition == "spike_lr":
        return cfg.lr  # constant: the high peak rate is the cause
    t = (step - cfg.warmup) / max(1, cfg.steps - cfg.warmup)
    return cfg.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * t)))


def _batch(torch, data, cfg: LMConfig, gen, step: int, bad: dict):
    if step in bad and bad[step] in ("partial", "few"):  # some rows of the batch are random bytes
        x, y = _batch(torch, data, cfg, gen, step, {})
        rows = cfg.batch // 4 if bad[step] == "partial" else 2
        w = torch.randint(0, 256, (rows, cfg.ctx + 1), generator=gen)
        x[:rows], y[:rows] = w[:, :-1], w[:, 1:]
        return x, y
    if bad.get(step) == "reverse":  # real text, its bytes in reverse order
        x, y = _batch(torch, data, cfg, gen, step, {})
        w = torch.cat([x, y[:, -1:]], 1).flip(1)
        return w[:, :-1], w[:, 1:]
    if step in bad and bad[step] != "blowup":  # bad data: random bytes, or one short n-gram repeated
        if bad[step] == "noise":
            w = torch.randint(0, 256, (cfg.batch, cfg.ctx + 1), generator=gen)
        else:
            gram = torch.randint(32, 127, (5,), generator=gen)
            w = gram.repeat(cfg.batch, (cfg.ctx + 1) // 5 + 1)[:, : cfg.ctx + 1]
        return w[:, :-1], w[:, 1:]
    ix = torch.randint(0, len(data) - cfg.ctx - 1, (cfg.batch,), generator=gen)
    w = data[ix[:, None] + torch.arange(cfg.ctx + 1)]
    return w[:, :-1], w[:, 1:]


def train(cfg: LMConfig, store) -> str:
    """Train one run for real and record it into ``store``; returns its name."""
    import torch

    import learnscope as ls

    torch.set_num_threads(1)
    torch.manual_seed(cfg.seed)
    text = torch.tensor(list(_text(cfg.data)), dtype=torch.long)
    cut = int(len(text) * 0.9)
    data, val = text[:cut], text[cut:]
    gen = torch.Generator().manual_seed(cfg.seed)
    vgen = torch.Generator().manual_seed(12345)
    val_batches = [_batch(torch, val, cfg, vgen, -1, {}) for _ in range(8)]
    per_epoch = len(data) / (cfg.batch * cfg.ctx)
    model = _model(cfg)
    opt = (torch.optim.SGD(model.parameters(), lr=cfg.lr, momentum=0.9) if cfg.opt == "sgd" else
           torch.optim.Adam(model.parameters(), lr=cfg.lr, eps=cfg.eps, betas=(0.9, cfg.beta2)))
    bad = dict(cfg.bad_batches)
    ce = torch.nn.functional.cross_entropy
    with ls.init(PROJECT, cfg.name, {**asdict(cfg), "steps_per_epoch": round(per_epoch)}, store=store) as run:
        for step in range(1, cfg.steps + 1):
            lr = _lr_at(cfg, step - 1)
            for g in opt.param_groups:
                g["lr"] = lr
            x, y = _batch(torch, data, cfg, gen, step, bad)
            loss = ce(model(x).reshape(-1, 256), y.reshape(-1))
            opt.zero_grad()
            loss.backward()
            norm = torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.clip or math.inf)
            if bad.get(step) == "blowup":  # an unscaled gradient applied as it came: a plain, huge step
                with torch.no_grad():
                    for p in model.parameters():
                        p.add_(p.grad, alpha=-lr * 3000)
            else:
                opt.step()
            run.log({"loss": loss.item(), "learning_rate": lr, "grad_norm": float(norm),
                     "tokens": step * cfg.batch * cfg.ctx},
                    step=step, epoch=step / per_epoch)
            if step % cfg.eval_every == 0:
                with torch.no_grad():
                    v = float(np.mean([ce(model(a).reshape(-1, 256), b.reshape(-1)).item()
                                       for a, b in val_batches]))
                run.log_epoch({"val_loss": v}, epoch=step / per_epoch, step=step)
    return cfg.name


def _train_one(args) -> str:
    cfg, store = args
    return train(cfg, store)


def missing(store_dir: Path = CACHE, grid: list[LMConfig] | None = None) -> list[LMConfig]:
    from learnscope.store import open_store

    done = {r.name for r in open_store(str(store_dir)).list_runs(PROJECT) if r.status == "finished"}
    return [c for c in (grid or configs() + fresh_configs()) if c.name not in done]


def generate(jobs: int = 2, store_dir: Path = CACHE) -> None:
    """Train every configuration not yet in the cache (``jobs`` processes at once)."""
    store_dir.mkdir(parents=True, exist_ok=True)
    todo = missing(store_dir)
    print(f"{len(todo)} runs to train into {store_dir}", file=sys.stderr)
    with ProcessPoolExecutor(jobs) as pool:
        for name in pool.map(_train_one, [(c, str(store_dir)) for c in todo]):
            print("trained", name, file=sys.stderr)


def load_all(store_dir: Path = CACHE) -> list[tuple[LMConfig, object]]:
    """``(config, History)`` for every configuration in the cache."""
    from learnscope.store import open_store

    store = open_store(str(store_dir))
    done = {r.name: r for r in store.list_runs(PROJECT) if r.status == "finished"}
    return [(c, store.load(done[c.name])) for c in configs() + fresh_configs() if c.name in done]


def export(path: Path, runs: list[tuple[LMConfig, object, str]]) -> None:
    """Write ``(config, History, label)`` runs to a small gzipped JSON file (tests read it back
    with :func:`tests.read.lm_subset.load`): values rounded to 5 significant digits."""
    import gzip

    out = []
    for cfg, h, lab in runs:
        series = {}
        for key, s in h.series.items():
            series[f"{key.name}|{key.split}|{key.level}"] = {
                "step": np.asarray(s.step).tolist(), "epoch": [float(f"{e:.6g}") for e in s.epoch],
                "value": [float(f"{v:.5g}") for v in s.value]}
        out.append({"name": cfg.name, "family": cfg.family, "condition": cfg.condition, "label": lab,
                    "config": {k: v for k, v in asdict(cfg).items() if k != "extra"}, "series": series})
    with gzip.open(path, "wt", encoding="utf-8") as f:
        json.dump(out, f, separators=(",", ":"))


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", help="train only configurations whose family starts with this")
    a = ap.parse_args()
    if a.only:
        store = str(CACHE)
        CACHE.mkdir(parents=True, exist_ok=True)
        for c in missing(CACHE):
            if c.family.startswith(a.only):
                print("trained", train(c, store), file=sys.stderr)
    else:
        generate(a.jobs)
