"""One run for a ``torch.distributed`` job, however many ranks train it.

With a process group initialised, :func:`learnscope.init` on every rank gives rank 0
a :class:`DistributedRun` (a :class:`~learnscope.run.Run` that writes) and every
other rank a :class:`RankRun` (takes part in the reductions, writes nothing):

>>> run = ls.init(project="imagenet", name="ddp", config=cfg)    # doctest: +SKIP
>>> run.log({"loss": loss})               # batch level: rank 0's own values
>>> run.log_epoch({"val_loss": vl})       # every rank calls it: the mean over ranks is stored

``reduce`` is ``"mean"`` (default), ``"sum"``, ``"max"`` or ``"min"``, or a dict
from key to one of these (unlisted keys take the mean). ``per_rank=True`` also
keeps each rank's own series, named ``<key>/rank<r>`` (``loss/rank1``,
``val_loss/rank1``), at both levels; batch points of other ranks travel to rank 0
once per epoch, in the same exchange as the epoch values, so logging a batch
never waits for another rank.

If ``ls.init`` runs on rank 0 only (``if rank == 0:`` around it, or a framework
logger that lives on rank 0), nothing is exchanged and rank 0 records its own
values: a rank never waits in a collective for others that are not recording (the
first epoch waits up to ``WAIT_FOR_RANKS`` seconds to find that out). Ranks must
call ``ls.init`` the same number of times, in the same order.
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Mapping

from ..buffer import Buffer
from ..errors import InvalidValueError
from ..names import keras_key
from ..run import Run

log = logging.getLogger("learnscope")
REDUCTIONS = ("mean", "sum", "max", "min")
WAIT_FOR_RANKS = 10.0  # seconds the first epoch waits for ranks that have not called ls.init yet
_inits = itertools.count()  # the n-th distributed ls.init of this process: the same n on every rank


def check_reduce(reduce) -> None:
    """Raise a clear error unless ``reduce`` is a known reduction or a dict of them."""
    ops = reduce.values() if isinstance(reduce, Mapping) else [reduce]
    bad = [op for op in ops if op not in REDUCTIONS]
    if bad:
        raise InvalidValueError(f"reduce must be one of {', '.join(REDUCTIONS)} (or a dict of key -> one "
                                f"of these), got {bad[0]!r}")


def detect(distributed="auto") -> tuple[int, int] | None:
    """``(rank, world_size)`` when recording across ranks, else None (one process).

    ``"auto"`` looks for an initialised ``torch.distributed`` group of two or more
    processes, without importing torch if the program has not.
    """
    if distributed not in ("auto", True, False, None):
        raise InvalidValueError(f"distributed must be 'auto', True or False, got {distributed!r}")
    if not distributed:
        return None
    torch = sys.modules.get("torch")
    dist = getattr(torch, "distributed", None) if torch is not None else None
    if dist is None or not dist.is_available() or not dist.is_initialized():
        if distributed is True:
            raise InvalidValueError("distributed=True needs torch.distributed initialised first: "
                                    "call torch.distributed.init_process_group(...) before ls.init")
        return None
    world = dist.get_world_size()
    return (dist.get_rank(), world) if world > 1 else None


class Ranks:
    """The exchange between the ranks of one run: once per epoch, one collective."""

    def __init__(self, rank: int, world_size: int, *, reduce="mean", per_rank: bool = False):
        self.rank, self.world_size, self.reduce, self.per_rank = rank, world_size, reduce, per_rank
        self.key = f"learnscope/init/{next(_inits)}"
        self.collective: bool | None = None  # decided at the first epoch, the same on every rank
        self._checkin()

    def _checkin(self) -> None:
        store = _c10d_store()
        if store is not None:
            store.add(self.key, 1)

    def _decide(self) -> bool:
        """Whether every rank records (then epochs are exchanged), agreed through the
        process group's store so that no rank ever waits in a collective alone."""
        if self.collective is None:
            store = _c10d_store()
            if store is None:
                self.collective = True
            else:
                joined = self._wait_for_ranks(store)
                want = "all" if joined == self.world_size else "rank0"
                self.collective = store.compare_set(self.key + "/mode", "", want) == b"all"  # first say wins
                if not self.collective:
                    log.info("learnscope: ls.init ran on %d of %d ranks: recording rank 0's own values only",
                             joined, self.world_size)
        return self.collective

    def _wait_for_ranks(self, store) -> int:
        """How many ranks called ``ls.init``, waiting up to WAIT_FOR_RANKS for late ones."""
        import time

        deadline = time.monotonic() + WAIT_FOR_RANKS
        while (joined := store.add(self.key, 0)) < self.world_size and time.monotonic() < deadline:
            time.sleep(0.05)
        return joined

    def exchange(self, data: Mapping, batch: Buffer | None, run_id: str) -> tuple[dict, list, str]:
        """All ranks: their epoch values reduced (plus per-rank keys), every rank's batch
        points (on rank 0; empty elsewhere), and rank 0's run id."""
        values = {k: float(v) for k, v in data.items()}
        if not self._decide():
            if batch is not None:
                batch.take()  # no other rank sends points: rank 0's own batch series already hold these
            return values, [], run_id
        import torch.distributed as dist

        mine = (values, batch.take() if batch is not None else {}, run_id)
        every = [None] * self.world_size
        dist.all_gather_object(every, mine)
        _check_same_keys(every)
        out = {k: _reduce(self._op(k), [e[0][k] for e in every]) for k in values}
        if self.per_rank:
            out.update({f"{k}/rank{r}": e[0][k] for r, e in enumerate(every) for k in values})
        return out, [e[1] for e in every] if self.rank == 0 else [], every[0][2]

    def _op(self, key: str) -> str:
        return self.reduce.get(key, "mean") if isinstance(self.reduce, Mapping) else self.reduce


def _c10d_store():
    """The process group's key-value store (rendezvous), or None where torch hides it."""
    from torch.distributed import distributed_c10d

    try:
        return distributed_c10d._get_default_store()
    except Exception:  # a private helper: without it, assume every rank records
        return None


def _check_same_keys(every: list) -> None:
    first = set(every[0][0])
    for rank, entry in enumerate(every):
        if set(entry[0]) != first:
            raise InvalidValueError(f"log_epoch got keys {sorted(first)} on rank 0 but {sorted(entry[0])} on "
                                    f"rank {rank}: log the same epoch keys on every rank")


def _reduce(op: str, values: list) -> float:
    import math

    if any(math.isnan(v) for v in values):
        return math.nan  # one rank's NaN is the run's NaN: the read must see it
    if op == "sum":
        return math.fsum(values)
    if op in ("max", "min"):
        return max(values) if op == "max" else min(values)
    return math.fsum(values) / len(values)


def _rank_batch(ranks: Ranks) -> Buffer | None:
    return Buffer("batch") if ranks.per_rank else None


class DistributedRun(Run):
    """Rank 0's run: a :class:`Run` whose epochs are reduced across ranks before being written."""

    def __init__(self, store, info, *, ranks: Ranks, flush_interval: float = 1.0):
        self.ranks, self._rank_batch = ranks, _rank_batch(ranks)
        info.meta.update(world_size=ranks.world_size, distributed_reduce=ranks.reduce)
        super().__init__(store, info, flush_interval=flush_interval)

    def log(self, data: Mapping, *, step: int | None = None, epoch: float | None = None) -> None:
        at = self.step if step is None else step
        super().log(data, step=step, epoch=epoch)
        if self._rank_batch is not None:
            self._rank_batch.add(data, at, self._epochs_done + 1 if epoch is None else epoch, _now())

    def log_epoch(self, data: Mapping, *, epoch: int | None = None, step: int | None = None) -> None:
        reduced, batches, _ = self.ranks.exchange(data, self._rank_batch, self.id)
        for rank, points in enumerate(batches):
            self._add_rank_points(rank, points)
        super().log_epoch(reduced, epoch=epoch, step=step)

    def _add_rank_points(self, rank: int, points: dict) -> None:
        """Batch points of one rank, as ``<key>/rank<r>`` series, at the steps they were logged."""
        with self._lock:
            for key, (steps, epochs, times, values) in points.items():
                name = f"{keras_key(key.name, key.split)}/rank{rank}"
                for s, e, t, v in zip(steps.tolist(), epochs.tolist(), times.tolist(), values.tolist()):
                    self._batch.add({name: v}, s, e, t)


def _now() -> float:
    import time
    return time.time()


class RankRun:
    """What ranks other than 0 get from ``ls.init``: it counts steps and epochs and takes
    part in each epoch's exchange, but writes nothing (rank 0 writes the one run)."""

    store = None

    def __init__(self, info, *, ranks: Ranks, store=None):
        self.info, self.ranks, self._store_arg = info, ranks, store
        self._step, self._epochs_done, self._hooks = 0, 0, []
        self._rank_batch = _rank_batch(ranks)

    id = property(lambda self: self.info.id)
    project = property(lambda self: self.info.project)
    name = property(lambda self: self.info.name)
    config = property(lambda self: self.info.config)
    step = property(lambda self: self._step)

    def __repr__(self) -> str:
        return f"RankRun({self.info.ref!r}, rank={self.ranks.rank}, writes=nothing)"

    def log(self, data: Mapping, *, step: int | None = None, epoch: float | None = None) -> None:
        step = self._step if step is None else int(step)
        if self._rank_batch is not None:
            self._rank_batch.add(data, step, self._epochs_done + 1 if epoch is None else epoch, _now())
        self._step = step + 1

    def log_epoch(self, data: Mapping, *, epoch: int | None = None, step: int | None = None) -> None:
        reduced, _, run_id = self.ranks.exchange(data, self._rank_batch, self.id)
        self.info.id = run_id  # rank 0's run, so history() finds it
        epoch = self._epochs_done + 1 if epoch is None else epoch
        self._epochs_done = max(self._epochs_done, int(epoch))
        for hook in self._hooks:
            hook(self, epoch, reduced)

    def on_epoch(self, hook) -> None:
        self._hooks.append(hook)

    def set_meta(self, **meta) -> None:
        self.info.meta.update(meta)

    def log_config(self, config: Mapping) -> None:
        self.info.config.update(config)

    def flush(self) -> bool:
        return True

    def finish(self, status: str = "finished") -> None:
        self.info.status = status

    def resume(self) -> None:
        self.info.status = "running"

    def history(self):
        """The run as rank 0 has written it so far."""
        from ..store import open_store
        return open_store(self._store_arg, create=False).load(self.id)

    def __enter__(self) -> RankRun:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.finish("crashed" if exc_type is not None else "finished")


def start(store, info, *, rank: int, world_size: int, reduce="mean", per_rank: bool = False,
          flush_interval: float = 1.0):
    """The run object of this rank: a writing :class:`DistributedRun` on rank 0, else a :class:`RankRun`."""
    ranks = Ranks(rank, world_size, reduce=reduce, per_rank=per_rank)
    if rank == 0:
        from ..store import open_store
        return DistributedRun(open_store(store), info, ranks=ranks, flush_interval=flush_interval)
    return RankRun(info, ranks=ranks, store=store)
