"""``stop_on``: end training the framework's own way when the read finds one of the given codes.

Every integration takes ``stop_on=("non_finite", "diverging")`` (any finding codes;
default off). At each epoch end the run so far is read, from what was logged kept in
memory (the store is never read back): the epoch values, and per-epoch means of the
batch values (what the read itself uses when a metric has no epoch values). When a
listed code is found, the integration stops training (``model.stop_training``,
``trainer.should_stop``, ``CancelFitException``, ``control.should_training_stop``,
``tracker.should_stop``), one line says why, and the run's metadata keeps it as
``stopped_by``.

>>> stop = ReadStop(("non_finite",))
>>> stop.add_epoch(1, {"loss": 0.9}); stop.check() is None
True
>>> stop.add_epoch(2, {"loss": float("nan")}); stop.check().code
'non_finite'
"""

from __future__ import annotations

import math
import sys

import numpy as np

from ..errors import InvalidValueError
from ..history import History, Series
from ..names import parse_key


def check_codes(stop_on) -> tuple[str, ...]:
    """``stop_on`` as a tuple of known finding codes (a single code may be given as a string)."""
    from ..read.finding import CODES

    codes = (stop_on,) if isinstance(stop_on, str) else tuple(stop_on or ())
    for code in codes:
        if code not in CODES:
            raise InvalidValueError(f"stop_on: unknown finding code {code!r}; known: {', '.join(CODES)} "
                                    f"(e.g. stop_on=('non_finite', 'diverging'))")
    return codes


def read_stop(stop_on) -> ReadStop | None:
    """A :class:`ReadStop` for ``stop_on``, or None when it is empty (the default: off)."""
    codes = check_codes(stop_on)
    return ReadStop(codes) if codes else None


class ReadStop:
    """The run so far, kept in memory, read at each epoch end against ``codes``."""

    def __init__(self, codes):
        self.codes = check_codes(codes)
        self.run = None
        self.finding = None                      # the finding that stopped training
        self._epoch: dict[str, dict] = {}        # key -> {epoch: (step, value)}
        self._batch: dict[str, dict] = {}        # key -> {epoch group: [sum, count, last step]}

    def attach(self, run) -> ReadStop:
        """Follow ``run``'s epoch values (an epoch hook) and mark it when stopping."""
        self.run = run
        # the step log_epoch records at: the last batch's, or epoch - 1 when no batch was logged
        run.on_epoch(lambda r, epoch, data: self.add_epoch(epoch, data, r.step - 1 if r.step else int(epoch) - 1))
        return self

    def add_epoch(self, epoch, data, step=None) -> None:
        """Keep one epoch's values (a value logged again for the same epoch replaces the first)."""
        for key, value in data.items():
            v = _float(value)
            if v is not None:
                self._epoch.setdefault(key, {})[float(epoch)] = (step, v)

    def add_batch(self, data, epoch, step) -> None:
        """Fold batch values (Python numbers) into their epoch's running sum."""
        group = max(math.ceil(float(epoch) - 1e-9), 1) if epoch is not None else 1
        for key, value in data.items():
            v = _float(value)
            if v is not None:
                acc = self._batch.setdefault(key, {}).setdefault(group, [0.0, 0, step])
                acc[0] += v
                acc[1] += 1
                acc[2] = step

    def history(self) -> History:
        """What has been kept so far, as a History the read takes."""
        info = self.run.info if self.run is not None else None
        h = History(info)
        for key, points in self._epoch.items():
            epochs = sorted(points)
            h.add(_series(key, "epoch", epochs, [points[e][0] for e in epochs], [points[e][1] for e in epochs]))
        for key, groups in self._batch.items():
            epochs = sorted(groups)
            h.add(_series(key, "batch", epochs, [groups[e][2] for e in epochs],
                          [groups[e][0] / groups[e][1] for e in epochs]))
        return h

    def check(self):
        """Read the run so far: the first finding with a listed code (and mark the run), or None."""
        if self.finding is not None:
            return self.finding
        from ..read import read

        found = next((f for f in read(self.history()).findings if f.code in self.codes), None)
        if found is not None:
            self.finding = found
            self._mark(found)
        return found

    @property
    def epochs_seen(self) -> int:
        """The last epoch with values kept so far."""
        ends = [max(p) for p in (*self._epoch.values(), *self._batch.values()) if p]
        return math.ceil(max(ends)) if ends else 0

    def _mark(self, f) -> None:
        where = f"epoch {f.epoch}" if f.epoch is not None else f"step {f.step}"
        if self.run is not None:
            self.run.set_meta(stopped_by={"code": f.code, "epoch": f.epoch, "step": f.step,
                                          "message": f.message, "stop_on": list(self.codes)})
        ref = self.run.info.ref if self.run is not None else "the run"
        print(f"learnscope: stopping {ref} after epoch {self.epochs_seen}: stop_on found {f.code} "
              f"(from {where}): {' '.join(f.message.split())}", file=sys.stderr, flush=True)


def _float(value) -> float | None:
    if isinstance(value, bool) or isinstance(value, (str, bytes)):
        return None
    try:
        return float(value)
    except (TypeError, ValueError, RuntimeError):
        return None


def _series(key: str, level: str, epochs, steps, values) -> Series:
    name, split, _ = parse_key(key, level)
    n = len(values)
    step = np.array([s if s is not None else i for i, s in enumerate(steps)], dtype=np.int64)
    return Series(name, split, level, step=step, epoch=np.asarray(epochs, np.float64),
                  wall_time=np.full(n, np.nan), value=np.asarray(values, np.float64))
