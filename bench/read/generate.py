"""Train the corpus: every spec of causes.py, for real, on the CPU, cached.

    python bench/read/generate.py                 # everything missing, 2 processes, then label
    python bench/read/generate.py --limit 200     # the first 200 (all causes interleaved)
    python bench/read/generate.py --only tiny_val,dead_network --jobs 1

A run is cached as ``.cache/runs/<id>-<hash of its spec>.json.gz``; a rerun trains only
specs without a file (a changed spec gets a new hash, and its old file is removed).
Each run is recorded by learnscope's own recording path for its framework into a
temporary store, loaded back with ``ls.load`` and saved by :func:`corpus.save_case`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
sys.path.insert(0, str(HERE))

from causes import all_specs  # noqa: E402

GENERATOR_VERSION = 1  # bump to retrain everything


def spec_hash(spec: dict) -> str:
    text = json.dumps({"v": GENERATOR_VERSION, **spec}, sort_keys=True)
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def file_stem(spec: dict) -> str:
    return f"{spec['id']}-{spec_hash(spec)}"


def interleaved(specs: list[dict]) -> list[dict]:
    """The specs with every cause's first run first, then every cause's second, ...: a partial
    corpus covers every cause."""
    by_cause: dict[str, list] = {}
    for s in specs:
        by_cause.setdefault(s["cause"], []).append(s)
    out, i = [], 0
    while len(out) < len(specs):
        out += [runs[i] for runs in by_cause.values() if i < len(runs)]
        i += 1
    return out


def facts_of(spec: dict, data) -> dict:
    import numpy as np

    f = {"classes": data.classes, "n_val": int(len(data.y_val)), "n_train": int(len(data.y_train))}
    if data.classes:
        counts = np.bincount(data.y_val, minlength=data.classes) / len(data.y_val)
        f["majority_share"] = float(counts.max())
        f["prior_entropy"] = float(-(counts[counts > 0] * np.log(counts[counts > 0])).sum())
    else:
        f["val_target_var"] = float(np.var(data.y_val))
    if spec["condition"] in ("healthy", "underfitting", "underfitting_ambiguous", "noisy_validation"):
        f["reference"] = reference(data)
    return f


def reference(data) -> dict:
    """What simple sound models reach on the same split: the best of a linear model and a
    15-nearest-neighbour model (the first ~90 regression runs also tried gradient-boosted trees).

    Used by the labels to tell a model that could fit better from one at the data's floor.
    """
    import warnings

    import numpy as np
    from sklearn import linear_model, neighbors

    warnings.filterwarnings("ignore")
    xt, yt, xv, yv = data.x_train, data.y_train, data.x_val, data.y_val
    if data.regression:
        models = [linear_model.Ridge(1.0), neighbors.KNeighborsRegressor(15)]
        return {"val_mse": min(float(np.mean((m.fit(xt, yt).predict(xv) - yv) ** 2)) for m in models)}
    best = None
    for m in (linear_model.LogisticRegression(max_iter=300), neighbors.KNeighborsClassifier(min(15, len(yt) // 4))):
        p = np.clip(m.fit(xt, yt).predict_proba(xv), 1e-7, 1)
        acc = float((m.classes_[p.argmax(1)] == yv).mean())
        col = {c: i for i, c in enumerate(m.classes_)}
        loss = float(-np.mean([np.log(p[i, col[y]]) if y in col else np.log(1e-7) for i, y in enumerate(yv)]))
        if best is None or acc > best["val_acc"]:
            best = {"val_acc": acc, "val_loss": loss}
    return best


def train_one(spec: dict) -> tuple[str, float, str]:
    """Train one spec in this process; returns (id, seconds, error or "")."""
    os.environ.setdefault("KERAS_BACKEND", "torch")
    import shutil

    import torch

    import learnscope as ls
    from corpus import save_case
    from corpus_data import dataset

    torch.set_num_threads(1)
    t0 = time.time()
    store = tempfile.mkdtemp(prefix="ls-corpus-")
    try:
        data = dataset(spec["data"], n_val=spec.get("n_val"), n_train=spec.get("n_train"), seed=spec["seed"],
                       shuffle_labels=spec.get("shuffle_labels", False),
                       drop_features=spec.get("drop_features", 0.0))
        trainer = _trainer(spec["framework"])
        ref = trainer.train(spec, data, store)
        history = ls.load(ref, store=store)
        seconds = time.time() - t0
        save_case(CACHE / "runs", spec["id"], history, spec, seconds=round(seconds, 2), facts=facts_of(spec, data),
                  file=file_stem(spec))
        return spec["id"], seconds, ""
    except Exception as exc:  # recorded, so the manifest can say why the run is missing
        err = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        (CACHE / "failed").mkdir(parents=True, exist_ok=True)
        (CACHE / "failed" / f"{file_stem(spec)}.txt").write_text(err + "\n" + traceback.format_exc())
        return spec["id"], time.time() - t0, err
    finally:
        shutil.rmtree(store, ignore_errors=True)


def _trainer(framework: str):
    if framework == "keras":
        import keras_train
        return keras_train
    if framework == "lightning":
        import lightning_train
        return lightning_train
    if framework == "transformers":
        import hf_train
        return hf_train
    import torch_train
    return torch_train


def missing(specs: list[dict]) -> list[dict]:
    have = {p.name[: -len(".json.gz")] for p in (CACHE / "runs").glob("*.json.gz")}
    failed = {p.stem for p in (CACHE / "failed").glob("*.txt")}
    return [s for s in specs if file_stem(s) not in have and file_stem(s) not in failed]


def remove_stale(specs: list[dict]) -> int:
    keep = {file_stem(s) for s in specs}
    stale = [p for p in (CACHE / "runs").glob("*.json.gz") if p.name[: -len(".json.gz")] not in keep]
    for p in stale:
        p.unlink()
    return len(stale)


def run_all(todo: list[dict], jobs: int) -> None:
    import multiprocessing as mp
    import signal

    # kill PID ends the workers too: SIGTERM becomes SystemExit, and leaving the pool terminates them
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    t0, done = time.time(), 0
    ctx = mp.get_context("spawn")
    with ctx.Pool(jobs) as pool:
        for rid, sec, err in pool.imap_unordered(train_one, todo):
            done += 1
            status = f"FAILED {err}" if err else "ok"
            print(f"[{done}/{len(todo)} {time.time() - t0:6.0f}s] {rid} {sec:.1f}s {status}", flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=None, help="train at most the first N specs (interleaved)")
    ap.add_argument("--only", default="", help="comma-separated causes or run ids")
    ap.add_argument("--retry-failed", action="store_true", help="train again the specs that failed before")
    ap.add_argument("--no-label", action="store_true", help="do not relabel and rewrite manifest.json")
    a = ap.parse_args(argv)
    specs = interleaved(all_specs())
    if a.only:
        wanted = set(a.only.split(","))
        specs = [s for s in specs if s["cause"] in wanted or s["id"] in wanted]
    if a.limit:
        specs = specs[: a.limit]
    (CACHE / "runs").mkdir(parents=True, exist_ok=True)
    if a.retry_failed:
        for s in specs:
            (CACHE / "failed" / f"{file_stem(s)}.txt").unlink(missing_ok=True)
    if not a.only and not a.limit:
        print(f"removed {remove_stale(specs)} stale cached runs")
    todo = missing(specs)
    print(f"{len(specs)} specs, {len(specs) - len(todo)} cached, training {len(todo)} with {a.jobs} processes",
          flush=True)
    if todo:
        run_all(todo, a.jobs)
    if not a.no_label:
        import label
        label.main([])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
