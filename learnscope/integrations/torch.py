"""PyTorch integration: record a hand-written training loop with one object.

:class:`Tracker` keeps each epoch's sums (loss, correct answers, sample count) on
the device and reads them back once per epoch; per-batch values go to ``Run.log``
as tensors, which copies them to the host in bulk at flush time. So recording
never adds a device synchronisation per batch.
"""

from __future__ import annotations

from contextlib import contextmanager

import torch

from ..errors import InvalidValueError
from ..names import SPLITS
from ..scalars import to_float64
from . import start_run
from .stop import read_stop


class _Totals:
    """Sums of one split over the current epoch, kept where the values live.

    Batches wait in lists and are folded into the sums every ``FOLD`` batches: a few
    kernels then, instead of two more launches per batch (on a small model the launches
    are the training step's cost).
    """

    FOLD = 256

    def __init__(self):
        self.loss, self.correct, self.n, self.has_correct = 0.0, 0, 0, False
        self._waiting: dict[int, tuple[list, list]] = {}  # batch size -> its losses, right answers
        self._count = 0

    def add(self, loss, correct, n: int) -> None:
        losses, corrects = self._waiting.setdefault(n, ([], []))
        losses.append(loss)
        if correct is not None:
            corrects.append(correct)
            self.has_correct = True
        self.n += n
        self._count += 1
        if self._count >= self.FOLD:
            self.fold()

    def fold(self) -> None:
        for n, (losses, corrects) in self._waiting.items():
            self.loss = self.loss + _sum(losses, torch.float32) * n
            if corrects:
                self.correct = self.correct + _sum(corrects, torch.int64)
        self._waiting, self._count = {}, 0


def _sum(values: list, dtype):
    """The sum of numbers and scalar tensors, the tensors summed where they live, in ``dtype``
    or wider (a float16 loss is summed in float32, a float64 one stays float64)."""
    tensors = [v for v in values if isinstance(v, torch.Tensor)]
    floats = sum(v for v in values if not isinstance(v, torch.Tensor))
    if not tensors:
        return floats
    stacked = torch.stack([t.reshape(()) for t in tensors])
    return stacked.to(torch.promote_types(stacked.dtype, dtype)).sum() + floats


_MAX_CLASSES = 1000  # class shares are counted up to this many classes (not over a vocabulary)


class Tracker:
    """Record a plain PyTorch loop: ``update`` per batch, ``end_epoch`` per epoch.

    >>> tracker = Tracker(project="digits", name="mlp", model=model, optimizer=opt, probes=True)  # doctest: +SKIP
    >>> for epoch in range(10):                                       # doctest: +SKIP
    ...     for x, y in train_loader:
    ...         logits = model(x); loss = F.cross_entropy(logits, y)
    ...         opt.zero_grad(); loss.backward(); opt.step()
    ...         tracker.update(loss, logits, y)
    ...     with torch.no_grad(), tracker.validating():
    ...         for x, y in val_loader:
    ...             logits = model(x); tracker.update(F.cross_entropy(logits, y), logits, y)
    ...     print(tracker.end_epoch())          # {'loss': ..., 'accuracy': ..., 'val_loss': ..., ...}
    >>> tracker.finish()                                              # doctest: +SKIP

    ``probes=True`` (needs ``model``) adds per-layer gradient norms, dead ReLU
    fractions and weight-update ratios every ``probe_every`` steps. Accuracy is the
    argmax of ``logits`` (N, C) against class ids, or ``logits > 0`` for one output.

    ``stop_on=("non_finite", "diverging")`` reads the run at each :meth:`end_epoch`;
    when one of those codes is found, :attr:`should_stop` turns True (one line says
    why): end the loop with ``if tracker.should_stop: break``.
    """

    def __init__(self, project=None, name=None, config=None, store=None, *, model=None, optimizer=None,
                 probes=False, probe_every=1, live=False, stop_on=(), **options):
        if probes and model is None:
            raise InvalidValueError("probes=True needs the model: Tracker(..., model=model, probes=True)")
        self._stop = read_stop(stop_on)
        self.run = start_run(project, name, config, store, framework="torch", live=live, **options)
        if self._stop is not None:
            self._stop.attach(self.run)
        self.optimizer, self._lr, self._split = optimizer, None, "train"
        self._totals: dict[str, _Totals] = {}
        self._epoch, self._sized = 0, False
        self._counting, self._class_counts = True, None  # the validation targets' classes, first epoch
        self.probes = None
        if probes:
            from .torch_probes import Probes
            self.probes = Probes(model, step=lambda: self.run.step, every=probe_every)
        if optimizer is not None:
            self.run.log_config({k: v for k, v in _optimizer_config(optimizer).items() if k not in self.run.config})

    def update(self, loss, logits=None, targets=None, *, n: int | None = None, split: str | None = None) -> None:
        """Add one batch: its mean ``loss`` and, for accuracy, ``logits`` and ``targets``.

        ``n`` (the batch size) defaults to ``len(targets)``. Training batches are also
        recorded one by one; validation batches (``split="val"`` or inside
        :meth:`validating`) only count towards the epoch values.
        """
        split = split or self._split
        if split not in SPLITS:
            raise InvalidValueError(f"split must be one of {', '.join(SPLITS)}, got {split!r}")
        loss = loss.detach() if isinstance(loss, torch.Tensor) else float(loss)
        n = int(n) if n is not None else (len(targets) if targets is not None else 1)
        correct = _correct(logits.detach(), targets) if logits is not None and targets is not None else None
        self._totals.setdefault(split, _Totals()).add(loss, correct, n)
        if split == "train":
            self._log_batch(loss, correct, n, logits)
        elif split == "val" and self._counting and correct is not None:
            self._count_classes(logits, targets)

    def _count_classes(self, logits, targets) -> None:
        """Add a validation batch's targets to the class counts (first epoch only: the set's shares, which
        tell the read what always answering the majority class scores). Static shapes, so no kernel
        waits for the device: an id outside 0..K-1 (an ignore index) goes to a spare bin."""
        multi = logits.ndim >= 2 and logits.shape[-1] > 1
        k = int(logits.shape[-1]) if multi else 2
        if k > _MAX_CLASSES or (multi and (targets.is_floating_point() or targets.ndim != logits.ndim - 1)):
            self._counting = False  # a vocabulary, or soft / one-hot targets: no class ids to count
            return
        t = targets.detach().reshape(-1)
        ids = t.long() if multi else (t > 0.5).long()
        ids = torch.where((ids >= 0) & (ids < k), ids, torch.full_like(ids, k))
        counts = torch.zeros(k + 1, dtype=torch.long, device=ids.device).scatter_add_(0, ids, torch.ones_like(ids))
        self._class_counts = counts if self._class_counts is None else self._class_counts + counts

    def _log_batch(self, loss, correct, n, logits) -> None:
        data = {"loss": loss}
        if correct is not None:
            data["accuracy"] = correct / n
        lr = _lr(self.optimizer)
        if lr is not None and lr != self._lr:
            data["learning_rate"] = self._lr = lr
        if self.probes is not None:
            data.update(self.probes.collect(self.run.step))
        if not self._sized:
            self._first_batch(n, logits)
        self.run.log(data)

    def _first_batch(self, n, logits) -> None:
        self._sized = True
        if "batch_size" not in self.run.config:
            self.run.log_config({"batch_size": n})
        if logits is not None and logits.ndim == 2 and logits.shape[-1] > 1:
            self.run.set_meta(num_classes=int(logits.shape[-1]))

    @contextmanager
    def validating(self, split: str = "val"):
        """Count ``update`` calls inside as ``split`` (default validation); probes pause."""
        previous, self._split = self._split, split
        active = self.probes is not None and self.probes.active
        if active:
            self.probes.active = False
        try:
            yield self
        finally:
            self._split = previous
            if active:
                self.probes.active = True

    def end_epoch(self, **metrics) -> dict:
        """Record the epoch (its accumulated values plus ``metrics``) and return it as floats."""
        values = self._finalize()
        values.update({k: float(v) for k, v in metrics.items()})
        self._epoch += 1
        self.run.log_epoch(values, epoch=self._epoch)
        if self._stop is not None:
            self._stop.check()
        return values

    @property
    def should_stop(self) -> bool:
        """True once the read found a ``stop_on`` code: the loop should end."""
        return self._stop is not None and self._stop.finding is not None

    def _finalize(self) -> dict:
        """The one place epoch values are computed from the sums (and synchronised, once)."""
        names, parts = [], []
        for split, t in self._totals.items():
            if not t.n:
                continue
            t.fold()
            prefix = "" if split == "train" else f"{split}_"
            names.append(prefix + "loss"), parts.append(t.loss / t.n)
            if t.has_correct:
                names.append(prefix + "accuracy"), parts.append(t.correct / t.n)
        if "val" in self._totals and "val_size" not in self.run.info.meta:
            self.run.set_meta(val_size=self._totals["val"].n)
        counts, self._class_counts = self._class_counts, None
        self._counting = self._counting and counts is None  # counted once, on the first epoch's validation
        self._totals = {}
        # one copy from the device, as run.log's flush does it (floats in float64)
        values = to_float64([p if isinstance(p, torch.Tensor) else float(p) for p in parts])
        if counts is not None and "val_class_shares" not in self.run.info.meta:
            counts = counts[:-1].tolist()  # (the spare bin held ids outside the classes)
            total = sum(counts)
            if total > 0:
                self.run.set_meta(val_class_shares=[round(c / total, 6) for c in counts])
        return dict(zip(names, values.tolist()))

    def finish(self, status: str = "finished") -> None:
        """Finish the run (and take the probes' hooks off the model)."""
        if self.probes is not None:
            self.probes.remove()
        self.run.finish(status)

    def __enter__(self) -> Tracker:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.finish("crashed" if exc_type is not None else "finished")


def _correct(logits, targets):
    """Number of right answers in the batch, as a device tensor."""
    if logits.ndim >= 2 and logits.shape[-1] > 1:
        return (logits.argmax(dim=-1) == targets).sum()
    return ((logits.reshape(-1) > 0) == (targets.reshape(-1) > 0.5)).sum()


def _lr(optimizer):
    if optimizer is None or not optimizer.param_groups:
        return None
    lr = optimizer.param_groups[0].get("lr")
    return float(lr) if lr is not None else None


def _optimizer_config(optimizer) -> dict:
    group = optimizer.param_groups[0] if optimizer.param_groups else {}
    out = {"optimizer": type(optimizer).__name__}
    for key in ("lr", "weight_decay", "momentum"):
        if isinstance(group.get(key), (int, float)):
            out["learning_rate" if key == "lr" else key] = group[key]
    return out
