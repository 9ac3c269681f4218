"""Optuna: every trial one run, grouped by study, and a pruner that uses the read.

>>> import optuna, learnscope.optuna as lso                              # doctest: +SKIP
>>> def objective(trial):                                                 # doctest: +SKIP
...     lr = trial.suggest_float("lr", 1e-4, 1.0, log=True)
...     with lso.track(trial, monitor="val_loss") as run:
...         for epoch in range(20):
...             ...                                    # train one epoch
...             run.log_epoch({"loss": l, "val_loss": vl, "val_accuracy": va})
...             if trial.should_prune():               # the read saw it diverge, go NaN...
...                 raise optuna.TrialPruned()
...     return vl
>>> study = optuna.create_study(study_name="lr-sweep", pruner=lso.ReadPruner(),
...                             storage="postgresql+psycopg://user@host/db", load_if_exists=True)
>>> study.optimize(objective, n_trials=20)   # on as many machines as you like

Each trial is a run named ``trial-<number>`` in group (and, by default, project)
``<study name>``; its config is the trial's params, its meta the trial number,
study, monitored metric and final Optuna state. ``run.log_epoch`` reports the
monitored value to the trial (``trial.report(value, epoch)``).
"""

from __future__ import annotations

import math
from contextlib import contextmanager

import optuna

from ..errors import InvalidValueError
from . import start_run

PRUNE_CODES = ("diverging", "non_finite", "chance_level")
_runs: dict = {}  # (study name, trial number) -> its live Run in this process, for ReadPruner


@contextmanager
def track(trial, project: str | None = None, name: str | None = None, store=None, *,
          monitor: str = "auto", config=None, **init_options):
    """Record ``trial`` as a run while the block runs; yields the :class:`~learnscope.run.Run`.

    ``monitor`` is the epoch key reported to the trial (``"auto"``: ``val_loss`` if
    logged, else ``loss``). A trial pruned inside the block (``optuna.TrialPruned``)
    ends its run as ``finished`` with ``meta["optuna_state"] == "pruned"``.
    """
    study = trial.study.study_name
    run = start_run(project or study, name or f"trial-{trial.number}", {**dict(config or {}), **trial.params},
                    store, framework="optuna", group=study,
                    meta={"study": study, "trial": trial.number, "monitor": monitor,
                          "direction": _direction(trial.study)}, **init_options)
    trial.set_user_attr("learnscope_run", run.id)
    run.on_epoch(_Reporter(trial, monitor))
    _runs[(study, trial.number)] = run
    try:
        yield run
    except optuna.TrialPruned:
        _end(run, trial, "pruned", "finished")
        raise
    except BaseException:
        _end(run, trial, "failed", "crashed")
        raise
    else:
        _end(run, trial, "complete", "finished")
    finally:
        _runs.pop((study, trial.number), None)


def _end(run, trial, state: str, status: str) -> None:
    run.log_config(trial.params)  # params suggested after track() started
    run.set_meta(optuna_state=state)
    run.finish(status)


def _direction(study) -> str:
    try:
        return study.direction.name.lower()
    except RuntimeError:  # a multi-objective study
        return ",".join(d.name.lower() for d in study.directions)


class _Reporter:
    """An epoch hook: the monitored value goes to ``trial.report``, new params to the config."""

    def __init__(self, trial, monitor: str):
        self.trial, self.monitor = trial, monitor

    def __call__(self, run, epoch, data) -> None:
        if len(self.trial.params) != len(run.config) or any(k not in run.config for k in self.trial.params):
            run.log_config(self.trial.params)
        key = self._key(data)
        if key is not None:
            value = float(data[key])
            # Optuna refuses NaN in report(); +inf still tells its pruners "worst".
            self.trial.report(value if not math.isnan(value) else math.inf, int(epoch))

    def _key(self, data) -> str | None:
        if self.monitor != "auto":
            if self.monitor not in data:
                raise InvalidValueError(f"monitor {self.monitor!r} is not among the logged epoch keys "
                                        f"{sorted(data)}: pass monitor= one of them")
            return self.monitor
        return next((k for k in ("val_loss", "loss") if k in data), None)


class ReadPruner(optuna.pruners.BasePruner):
    """Prune a trial as soon as the read finds it ``diverging``, ``non_finite`` or at ``chance_level``.

    >>> study = optuna.create_study(pruner=ReadPruner(also=optuna.pruners.MedianPruner()))  # doctest: +SKIP

    ``codes`` picks the findings that prune; ``also`` is another pruner consulted
    first (prune when either says so); ``min_epochs`` waits for enough curve to
    judge; other keywords go to :func:`learnscope.read.read` (``classes=``, thresholds).
    Only trials recorded with :func:`track` are read; the finding that pruned one is
    kept in its run's meta (``pruned_by``, ``pruned_because``).
    """

    def __init__(self, codes=PRUNE_CODES, *, also=None, min_epochs: int = 3, **read_options):
        from ..read.finding import CODES

        unknown = [c for c in codes if c not in CODES]
        if unknown:
            raise InvalidValueError(f"unknown finding code {unknown[0]!r} for ReadPruner; known: {', '.join(CODES)}")
        self.codes, self.also, self.min_epochs, self.read_options = tuple(codes), also, min_epochs, read_options

    def prune(self, study, trial) -> bool:
        if self.also is not None and self.also.prune(study, trial):
            return True
        run = _runs.get((study.study_name, trial.number))
        if run is None:  # a trial not recorded with track(): nothing to read
            return False
        history = run.history()
        if history.n_epochs < self.min_epochs:
            return False
        from ..read import read

        found = [f for f in read(history, **self.read_options).findings if f.code in self.codes]
        if found:
            run.set_meta(pruned_by=found[0].code, pruned_because=found[0].message)
        return bool(found)
