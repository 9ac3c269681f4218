"""Run: validate what is logged, buffer it in memory, flush it in the background.

``log`` and ``log_epoch`` only append to in-memory lists (no I/O, no tensor
synchronisation); a background thread writes everything new to the store at most
every ``flush_interval`` seconds, one transaction per flush, and once more at
``finish()`` or interpreter exit.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping

from .buffer import Buffer
from .errors import RunFinishedError
from .history import History, RunInfo
from .summary import update as update_summary
from .unsaved import Unsaved
from .validate import INT64, check_epoch, check_int, clean_config
from .at_exit import live  # importing it installs the interpreter-exit hooks

log = logging.getLogger("learnscope")
HEARTBEAT_EVERY = 10.0   # seconds; the store shows a run as crashed after STALE_AFTER (60 s) without one
FINISH_PATIENCE = 10.0   # seconds finish() keeps retrying a failing store before using the fallback file
WRITE_PATIENCE = 10.0    # seconds one flush retries transient errors (locks, lost connections)
_now = time.time


class Run:
    """A run being recorded. Create one with :func:`learnscope.init`.

    >>> import learnscope as ls
    >>> with ls.init(project="demo", store=tmp) as run:   # doctest: +SKIP
    ...     run.log({"loss": 0.31})
    ...     run.log_epoch({"loss": 0.3, "val_loss": 0.35})
    """

    def __init__(self, store, info: RunInfo, *, flush_interval: float = 1.0):
        self.store, self.info = store, info
        self.flush_interval = float(flush_interval)
        self._lock = threading.Lock()          # guards the buffers and counters
        self._flush_lock = threading.Lock()    # one flush at a time
        self._batch, self._epoch = Buffer("batch"), Buffer("epoch")
        self._add_floats = self._batch.add_floats  # bound once: run.log is the hot path
        self._step = 0           # next batch step
        self._epochs_done = 0    # epoch-level points logged so far
        self._pending = Unsaved(info, store.location)  # taken from the buffers, not yet in the store
        self._last_write = 0.0
        self._meta_dirty = False
        self._finished = threading.Event()
        self._closed = False     # set by finish(): a plain bool, cheap to test on the hot path
        self._epoch_hooks: list = []
        store.create_run(info)
        live.add(self)
        self._thread = threading.Thread(target=self._loop, name=f"learnscope-flush-{info.id}", daemon=True)
        self._thread.start()

    # ---- identity ---------------------------------------------------------------------
    @property
    def id(self) -> str:
        return self.info.id

    @property
    def project(self) -> str:
        return self.info.project

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def config(self) -> dict:
        return self.info.config

    @property
    def step(self) -> int:
        """The step the next :meth:`log` call will record at."""
        return self._step

    def __repr__(self) -> str:
        return f"Run({self.info.ref!r}, id={self.id!r}, store={self.store.location!r})"

    def _repr_html_(self) -> str:   # notebooks show a run as a small card
        from .display import run_html
        return run_html(self)

    def _repr_markdown_(self) -> str:
        from .display import run_markdown
        return run_markdown(self)

    # ---- recording --------------------------------------------------------------------
    def log(self, data: Mapping, *, step: int | None = None, epoch: float | None = None) -> None:
        """Record one batch-level point per key. ``step`` defaults to the next step.

        Values may be Python or NumPy numbers or framework scalar tensors (on an
        accelerator: kept detached and converted in bulk at flush time, so no device
        synchronisation here; on the CPU: read at once).
        """
        t = _now()
        if self._closed:
            self._refuse("log")
        with self._lock:
            if step is None:
                if epoch is None and type(data) is dict and \
                        self._add_floats(data, self._step, self._epochs_done + 1, t):
                    self._step += 1  # the fast path: a dict of floats, nothing else to check
                    return
                step = self._step
            elif type(step) is not int or not INT64[0] <= step <= INT64[1]:
                step = check_int("step", step)
            if epoch is not None:
                epoch = check_epoch(epoch)
            self._batch.add(data, step, self._epochs_done + 1 if epoch is None else epoch, t)
            self._step = step + 1

    def log_epoch(self, data: Mapping, *, epoch: int | None = None, step: int | None = None) -> None:
        """Record one epoch-level point per key (epochs count from 1 by default)."""
        t = time.time()
        if self._closed:
            self._refuse("log_epoch")
        with self._lock:
            epoch = self._epochs_done + 1 if epoch is None else check_epoch(epoch)
            if step is None:
                step = max(self._step - 1, 0) if self._step else int(epoch) - 1
            self._epoch.add(data, check_int("step", step), epoch, t)
            self._epochs_done = max(self._epochs_done, int(epoch))
        for hook in self._epoch_hooks:
            try:
                hook(self, epoch, data)
            except Exception:  # a live view must never stop training
                log.exception("learnscope: epoch hook %r failed", hook)

    def _refuse(self, what: str):
        raise RunFinishedError(f"run {self.info.ref!r} (id {self.id}) is finished: {what}() after finish() "
                               f"would be lost; start a new run with ls.init(), or call run.resume() first")

    def on_epoch(self, hook) -> None:
        """Call ``hook(run, epoch, data)`` after each :meth:`log_epoch` (live views, progress bars)."""
        self._epoch_hooks.append(hook)

    def set_meta(self, **meta) -> None:
        """Add metadata to the run (framework, validation-set size, number of classes, ...)."""
        self.info.meta.update(meta)
        self._meta_dirty = True

    def log_config(self, config: Mapping) -> None:
        """Merge more configuration into the run's config."""
        self.info.config.update(clean_config(config))
        self._meta_dirty = True

    # ---- flushing ---------------------------------------------------------------------
    def _loop(self) -> None:
        told = None
        while not self._finished.wait(min(self.flush_interval, HEARTBEAT_EVERY)):
            try:
                self.flush()
                told = None
            except Exception as exc:  # never let the flusher die: the next flush retries
                if repr(exc) != told:  # the same failure again and again is said once
                    log.exception("learnscope: background flush failed (retried every flush; said once)")
                told = repr(exc)

    def flush(self) -> bool:
        """Write everything logged so far to the store now. False if the store failed
        (the points then wait in memory and the background thread retries)."""
        with self._flush_lock:
            with self._lock:
                self._batch.set_aside(), self._epoch.set_aside()
                n_steps, n_epochs = self._step, self._epochs_done
            # without the lock: copying tensors from a device waits for it, and run.log must not
            failed = None
            for buffer in (self._batch, self._epoch):
                try:
                    taken = buffer.take_aside()
                except Exception as exc:  # a device error: those rows stay aside, the rest goes on
                    failed = failed or exc
                    continue
                for key, arrays in taken.items():
                    self._pending.add(key, arrays)
                    update_summary(self.info.summary, key, arrays[0], arrays[1], arrays[3])
            now = time.time()
            if not self._pending.n and not self._meta_dirty and now - self._last_write < HEARTBEAT_EVERY:
                written = True
            else:
                written = self._write(dict(heartbeat=now, summary=self.info.summary, n_steps=n_steps,
                                           n_epochs=n_epochs))
            if failed is not None:
                raise failed
            return written

    def _write(self, fields: dict) -> bool:
        """One transaction: every waiting point plus ``fields``. Call with ``_flush_lock`` held."""
        dirty, self._meta_dirty = self._meta_dirty, False
        if dirty:  # copies: another thread may call set_meta while the store serialises these
            fields = dict(fields, meta=dict(self.info.meta), config=dict(self.info.config))
        try:
            self.store.write(self.id, self._pending.merged(), fields=fields,
                             patience=0.0 if self._pending.failing else WRITE_PATIENCE)
        except Exception as exc:  # any failure: keep the points, say it once, retry later
            self._meta_dirty = self._meta_dirty or dirty
            self._pending.failed(exc)
            return False
        self._pending.written()
        self._last_write = time.time()
        return True

    def finish(self, status: str = "finished") -> None:
        """Flush everything and mark the run ``finished`` (or ``crashed``). Safe to call twice."""
        if self._finished.is_set():
            return
        self._finished.set()
        self._closed = True
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=WRITE_PATIENCE + 30)
        try:
            self.flush()
        except Exception as exc:  # values a device cannot hand over any more: keep the rest, say so
            lost = self._batch.drop_aside() + self._epoch.drop_aside()
            log.error("learnscope: run %r: %d logged rows could not be read from their device (%s); "
                      "everything else is kept", self.info.ref, lost, exc)
        deadline = time.monotonic() + FINISH_PATIENCE
        with self._flush_lock:
            while not self._write(dict(status=status, ended=time.time(), heartbeat=time.time())):
                if time.monotonic() >= deadline:
                    break
                time.sleep(min(0.5, self.flush_interval))
            self._pending.rescue()  # what the store never took goes to a local file, and we say where
        try:
            self.store.checkpoint()  # the store at its compact size once the run is done
        except Exception:
            log.debug("learnscope: checkpoint after finish skipped", exc_info=True)
        self.info.status = status
        live.discard(self)

    def resume(self) -> None:
        """Record again after :meth:`finish` (a second ``fit`` with the same callback). No-op if running."""
        if not self._finished.is_set():
            return
        with self._flush_lock:
            self._write(dict(status="running", ended=None, heartbeat=time.time()))
        self.info.status = "running"
        self._closed = False
        self._finished.clear()
        live.add(self)
        self._thread = threading.Thread(target=self._loop, name=f"learnscope-flush-{self.id}", daemon=True)
        self._thread.start()

    def history(self) -> History:
        """Flush, then load this run back from the store."""
        self.flush()
        return self.store.load(self.id)

    def __enter__(self) -> Run:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.finish("crashed" if exc_type is not None else "finished")
