"""fastai integration: a real ``fastai.callback.core.Callback`` that records ``Learner.fit``.

Epoch level is read from ``learn.recorder.values`` (so it equals them value for
value); batch level is the raw training loss of every batch. Nested loops are
guarded explicitly: ``lr_find`` (its ``LRFinder`` sits on the learner as
``lr_finder``) and ``validate``/``get_preds``, inside or outside a fit (they fire
``before_fit``/``after_epoch``/``after_fit`` too, while holding ``learn.lock``).
"""

from __future__ import annotations

from fastai.callback.core import Callback as _FastaiCallback
from fastai.learner import Recorder

from ..names import keras_key, parse_key
from . import start_run
from .stop import read_stop


class Callback(_FastaiCallback):
    """Record a fastai ``Learner`` as one learnscope run (several ``fit`` calls continue it).

    >>> from learnscope.fastai import Callback                                  # doctest: +SKIP
    >>> learn = Learner(dls, model, metrics=accuracy, cbs=Callback(project="digits", name="fa"))  # doctest: +SKIP
    >>> learn.fit_one_cycle(5, 1e-3)                                            # doctest: +SKIP

    ``stop_on=("non_finite", "diverging")`` reads the run after each epoch and raises
    fastai's ``CancelFitException`` when one of those codes is found.
    """

    order = Recorder.order + 1      # after the Recorder has written the epoch's values
    remove_on_fetch = True          # fastai takes it off the learner during get_preds
    _stateattrs = ("_ls_run", "_ls_stop")   # learn.export() pickles callbacks: leave the live run out

    def __init__(self, project=None, name=None, config=None, store=None, *, live=False, stop_on=(),
                 **options):
        super().__init__()
        stop = read_stop(stop_on)
        object.__setattr__(self, "_ls_run", start_run(project, name, config, store, framework="fastai",
                                                      live=live, **options))
        object.__setattr__(self, "_ls_stop", stop.attach(self.run) if stop is not None else None)
        self._enabled, self._fitting, self._mock, self._open = True, False, False, False
        self._done, self._last, self._lr = 0, None, None   # epochs recorded; the last values recorded

    # fastai uses ``cb.run`` as an on/off switch (and resets it to True after each fit); the
    # integration contract uses ``.run`` for the learnscope run: keep the run, honour the switch.
    @property
    def name(self) -> str:
        return "learnscope"         # reachable as learn.learnscope

    @property
    def run(self):
        return self.__dict__.get("_ls_run")

    @run.setter
    def run(self, value):
        object.__setattr__(self, "_enabled", bool(value))

    def _active(self) -> bool:
        return self._enabled and self._fitting and not _in_validation_pass(self.learn)

    # ---- events --------------------------------------------------------------------------
    def before_fit(self):
        learn = self.learn
        if _in_validation_pass(learn):
            return                        # validate()/get_preds() fire before_fit too: not a fit
        # If the previous fit raised (fastai has no exception event) it never reached after_fit:
        # this fit simply continues the same run.
        self._mock = hasattr(learn, "lr_finder")     # lr_find's short mock training
        if self._mock or not self._enabled:
            return
        self._fitting, self._last, self._open = True, None, False
        self.run.resume()
        self.run.log_config({k: v for k, v in _learner_config(learn).items() if k not in self.run.config})
        self.run.set_meta(**_learner_meta(learn))

    def after_batch(self):
        if not (self._active() and self.training) or not len(self.yb):
            return
        data = {"loss": self.learn.loss}
        lr = self.learn.opt.hypers[-1].get("lr") if self.learn.opt is not None else None
        if lr is not None and lr != self._lr:
            data["learning_rate"] = self._lr = float(lr)
        self.run.log(data, epoch=self._done + 1)

    def before_epoch(self):
        if self._active():
            self._open = True

    def after_epoch(self):
        if self._active():
            self._open = False
            self._record_last()
            if self._ls_stop is not None and self._ls_stop.check() is not None:
                from fastai.callback.core import CancelFitException
                raise CancelFitException()

    def after_fit(self):
        if _in_validation_pass(self.learn) or not self._fitting:
            return
        if self._open:             # CancelFitException from a callback ordered before this one
            self._record_last()
        self._fitting = False
        self.run.finish()

    def _record_last(self):
        """Record the Recorder's newest epoch values, once."""
        recorder = getattr(self.learn, "recorder", None)
        if recorder is None or not recorder.values or recorder.values[-1] is self._last:
            return
        self._last = recorder.values[-1]
        self._done += 1
        values = {k: v for k, v in zip(_value_keys(recorder), self._last) if v is not None}
        self.run.log_epoch(values, epoch=self._done)


def _in_validation_pass(learn) -> bool:
    """Whether ``validate``/``get_preds`` is running: they hold ``learn.lock``; ``fit`` never does."""
    lock = getattr(learn, "lock", None)
    return bool(lock is not None and lock.locked())


def _value_keys(recorder) -> list[str]:
    """Keras-style keys for ``recorder.values`` columns (fastai's bare metric names are validation)."""
    names = [n for n in recorder.metric_names[1:] if n != "time"]
    out = []
    for n in names:
        if not n.startswith(("train_", "valid_")):
            n = "valid_" + n
        sk = parse_key(n)
        out.append(keras_key(sk.name, sk.split))
    return out


def _learner_config(learn) -> dict:
    opt_func = getattr(learn, "opt_func", None)
    out = {"epochs": getattr(learn, "n_epoch", None), "learning_rate": getattr(learn, "lr", None),
           "batch_size": getattr(getattr(learn, "dls", None), "bs", None),
           "optimizer": getattr(opt_func, "__name__", None) or type(opt_func).__name__,
           "loss": getattr(learn.loss_func, "__name__", None) or type(learn.loss_func).__name__,
           "metrics": [m.name for m in learn.metrics] or None}
    if learn.opt is not None and learn.opt.hypers:
        out["learning_rate"] = learn.opt.hypers[-1].get("lr", out["learning_rate"])
    return {k: v for k, v in out.items() if v is not None}


def _learner_meta(learn) -> dict:
    meta = {}
    c = getattr(learn.dls, "c", None)
    if isinstance(c, int) and c > 1:
        meta["num_classes"] = c
    try:
        meta["val_size"] = len(learn.dls.valid_ds)
    except (AttributeError, TypeError, IndexError):
        pass
    return meta
