"""Scenarios 3 (read path) and 5 (import): load N points back, for one tool, in this process.

``python bench/readpath.py WHAT N REPS SCRATCH [FILE]`` writes the data first (not
timed), then times REPS loads and prints one JSON line. WHAT is one of
``learnscope`` (``open_store().load`` of one N-point series), ``mlflow``
(``MlflowClient.get_metric_history``), ``aim`` (``Run.get_metric(...).values``),
``tensorboard`` (``EventAccumulator.Reload()`` + ``Scalars()`` of every tag of FILE),
``learnscope-import`` (``learnscope.importers.load_path(FILE)``) and
``learnscope-import-store`` (the same, then saved to a store, as ``learnscope import`` does).

>>> python bench/readpath.py learnscope 10000000 5 /tmp/scratch   # doctest: +SKIP
"""

from __future__ import annotations

import gc
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tools import prepare_env  # noqa: E402


def _values(n: int) -> np.ndarray:
    step = np.arange(n)
    return 2.3 * np.exp(-3 * step / n) + 0.1 * np.random.default_rng(0).standard_normal(n)


# ---- learnscope ---------------------------------------------------------------------------
def make_learnscope(root: Path, n: int):
    from learnscope.history import History, RunInfo, Series
    from learnscope.store import open_store

    step = np.arange(n, dtype=np.int64)
    series = Series("loss", "train", "batch", step, (step * 100 // n + 1).astype(float), 1.7e9 + step * 1e-3,
                    _values(n))
    run_id = open_store(root).save_history(History(RunInfo(project="bench", name="big"), [series])).id
    return lambda: load_learnscope(root, run_id)


def load_learnscope(root: Path, run_id: str) -> int:
    from learnscope.store import open_store
    return len(open_store(root, create=False).load(run_id).batch["loss"])


# ---- MLflow -------------------------------------------------------------------------------
def make_mlflow(root: Path, n: int):
    import mlflow
    from mlflow.entities import Metric
    from mlflow.tracking import MlflowClient

    mlflow.set_tracking_uri(f"sqlite:///{root / 'mlflow.db'}")
    client = MlflowClient()
    run_id = client.create_run(client.create_experiment("bench")).info.run_id
    values, now = _values(n), int(time.time() * 1000)
    for lo in range(0, n, 1000):  # log_batch takes at most 1000 metrics per call
        client.log_batch(run_id, synchronous=True, metrics=[Metric("loss", float(values[i]), now, i)
                                          for i in range(lo, min(lo + 1000, n))])
    return lambda: len(client.get_metric_history(run_id, "loss"))


# ---- Aim ----------------------------------------------------------------------------------
def make_aim(root: Path, n: int):
    from aim import Run

    run = Run(repo=str(root), experiment="bench", system_tracking_interval=None,
              log_system_params=False, capture_terminal_logs=False)
    for i, v in enumerate(_values(n).tolist()):
        run.track(v, name="loss", step=i)
    run_hash = run.hash
    run.close()

    def load() -> int:
        from aim.storage.context import Context
        got = Run(run_hash=run_hash, repo=str(root), read_only=True).get_metric("loss", Context({}))
        steps, values = got.values.sparse_numpy()
        return len(values)
    return load


# ---- TensorBoard event files (scenario 5, and the TensorBoard row of scenario 3) ----------
def make_tensorboard(root: Path, n: int, file: str):
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    def load() -> int:
        acc = EventAccumulator(file, size_guidance={"scalars": 0})  # 0: keep every point
        acc.Reload()
        return sum(len(acc.Scalars(tag)) for tag in acc.Tags()["scalars"])
    return load


def make_import(root: Path, n: int, file: str, store: bool = False):
    from learnscope.importers import load_path

    def load() -> int:
        h = load_path(Path(file))
        if store:
            from learnscope.store import open_store
            open_store(root / f"store{time.monotonic_ns()}").save_history(h)
        return sum(len(s) for s in h.series.values())
    return load


MAKERS = {"learnscope": make_learnscope, "mlflow": make_mlflow, "aim": make_aim,
          "tensorboard": make_tensorboard, "learnscope-import": make_import,
          "learnscope-import-store": lambda root, n, file: make_import(root, n, file, store=True)}


def main(what: str, n: int, reps: int, scratch: str, file: str | None) -> dict:
    root = Path(scratch)
    root.mkdir(parents=True, exist_ok=True)
    prepare_env(scratch)
    t0 = time.perf_counter()
    load = MAKERS[what](root, n, file) if file else MAKERS[what](root, n)
    write_s = time.perf_counter() - t0
    times, points = [], 0
    for _ in range(reps):
        gc.collect()
        t0 = time.perf_counter()
        points = load()
        times.append(time.perf_counter() - t0)
    shutil.rmtree(root, ignore_errors=True)
    return dict(what=what, points=points, write_seconds=write_s, seconds=times,
                median=statistics.median(times), first=times[0])


def make_tfevents(folder: str, steps: int, tags: int) -> str:
    """An event file of ``steps * tags`` scalars written by TensorBoard's own SummaryWriter
    (``torch.utils.tensorboard``), as a training script would write it."""
    from torch.utils.tensorboard import SummaryWriter

    writer = SummaryWriter(log_dir=folder)
    names = [f"metric_{j}" for j in range(tags)]
    for i, v in enumerate(_values(steps).tolist()):
        for name in names:
            writer.add_scalar(name, v, i)
    writer.close()
    return str(next(Path(folder).glob("events.out.tfevents.*")))


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[0] == "make-tfevents":
        print(json.dumps(dict(file=make_tfevents(args[1], int(args[2]), int(args[3])))))
        sys.exit(0)
    print(json.dumps(main(args[0], int(args[1]), int(args[2]), args[3], args[4] if len(args) > 4 else None)))
