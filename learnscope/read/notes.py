"""Findings that explain rather than warn: what the data cannot tell, why epoch and batch
losses differ, and the "healthy" summary when nothing is wrong.

>>> from learnscope.history import History
>>> [f.code for f in insufficient_data(History())]
['insufficient_data']
"""

from __future__ import annotations

import numpy as np

from ..history import History
from .curves import curves
from .finding import Finding
from .registry import declare, rule
from .noise import fmt
from .plateau import converged
from .underfit import capacity_note
from .shape import finite, label, tail_mean


@rule("insufficient_data", "info", priority=150)
def insufficient_data(history: History) -> list[Finding]:
    """What this history cannot support a judgement on (empty, one epoch, no validation...)."""
    cs = curves(history)
    main = cs.main
    cannot, notes = [], []
    if cs.n_series == 0:
        return [Finding("insufficient_data", "info", "The history is empty: there is nothing to judge.",
                        evidence={"cannot_judge": ["everything"]},
                        advice="Log at least a loss per epoch (run.log_epoch({'loss': ...})).")]
    if main is None:
        cannot.append("learning (no loss or accuracy series)")
    elif main.finite.sum() < 3:
        cannot.append(f"trends: only {int(main.finite.sum())} finite point(s) of {label(main)}")
    if cs.monitor is None:
        cannot.append("overfitting and generalisation (no validation series)")
    cannot += [f"{name} (values such as {fmt(v)} are no accuracy, as a fraction or in percent: not read)"
               for name, v in cs.not_accuracy]
    test = cs.monitor is not None and cs.monitor.split == "test"
    if test:
        notes.append("no validation split: generalisation judged on the test split, evaluated every epoch "
                     "(an epoch chosen by the test set makes its score optimistic)")
    if main is not None and main.source != "epoch" and not _step_based(history):
        notes.append(f"no epoch-level {main.name}: judged on {main.source}")  # (a step run has none)
    if not cannot and not notes:
        return []
    message = "; ".join([f"Cannot judge {', '.join(cannot)}"] if cannot else []) + \
        ("; " if cannot and notes else "") + "; ".join(notes) + "."
    message = message[0].upper() + message[1:]
    return [Finding("insufficient_data", "info", message,
                    evidence={"cannot_judge": cannot, "notes": notes, "series": cs.n_series},
                    advice="Log a validation loss every epoch (val_loss) to judge generalisation."
                    if cs.monitor is None else "Hold out a validation split to choose epochs by, and keep the "
                    "test set for one final score." if test else "")]


def _step_based(history: History) -> bool:
    from ..axis import history_step_based
    return history_step_based(history)


@rule("epoch_vs_batch", "info", priority=140)
def epoch_vs_batch(history: History, *, min_gap: float = 0.1) -> list[Finding]:
    """Why epoch 1's training loss reads higher than its last batches (and than validation)."""
    cs = curves(history)
    b, c = cs.batch_loss, cs.train_loss
    if b is None or c is None or c.source != "epoch" or not len(b) or not np.isfinite(b.epoch).all():
        return []
    idx, y = finite(c)
    if not len(idx):
        return []
    e = c.epoch_at(idx[0])
    inside = np.ceil(b.epoch - 1e-9) == e
    vals = b.value[inside][np.isfinite(b.value[inside])]
    if len(vals) < 5:
        return []
    end = float(np.mean(vals[-max(2, len(vals) // 10):]))
    gap = float(y[0]) - end
    if gap < min_gap * abs(float(y[0])):
        return []
    val = cs.val_loss
    vtxt = ""
    if val is not None and val.finite.sum() and val.epoch_at(finite(val)[0][0]) == e:
        vtxt = f" Validation loss ({fmt(float(finite(val)[1][0]))}) is measured after the epoch, on the end weights."
    message = (f"Epoch {e}'s training loss, {fmt(float(y[0]))}, is the mean over its batches while the weights "
               f"kept changing; its last batches averaged {fmt(end)}.{vtxt} So an epoch's training loss lags "
               f"the model, most of all early on.")
    evidence = {"epoch": e, "epoch_loss": float(y[0]), "last_batches_mean": end, "batches": int(len(vals)),
                "gap": gap}
    return [Finding("epoch_vs_batch", "info", message, evidence=evidence, epoch=e, step=c.step_at(idx[0]),
                    advice="Compare training and validation on end-of-epoch weights (evaluate the "
                           "training set after the epoch) when the gap matters.")]


declare("healthy", "info", priority=120)  # written by the read when no rule found a problem


def healthy(history: History, findings: list[Finding]) -> list[Finding]:
    """The summary when no rule found a problem and there was enough to judge."""
    cs = curves(history)
    main = cs.main
    if any(f.severity != "info" for f in findings) or main is None or main.finite.sum() < 3:
        return []
    parts, evidence = [], {}
    for c in (cs.train_loss, cs.val_loss, cs.val_acc):
        if c is not None and c.finite.sum() >= 2:
            _, y = finite(c)
            parts.append(f"{label(c)} {fmt(float(y[0]))} → {fmt(tail_mean(y, 1))}")
            evidence[c.key] = {"first": float(y[0]), "last": float(y[-1])}
    gap = ""
    if cs.train_loss is not None and cs.val_loss is not None and "loss" in evidence and "val_loss" in evidence:
        g = evidence["val_loss"]["last"] - evidence["loss"]["last"]
        gap, evidence["final_gap"] = f"; final validation-training gap {fmt(g)}", g
    message = (f"Learning looks sound: {', '.join(parts)}{gap}." + _converged_note(cs, evidence)
               + capacity_note(history, evidence))
    return [Finding("healthy", "info", message, evidence=evidence)]


def _converged_note(cs, evidence: dict) -> str:
    """Where a curve that converged early went flat, and how many epochs added nothing."""
    c = cs.monitor or cs.main
    done = converged(c)
    if done is None:
        return ""
    evidence["converged"] = {"series": c.key, "since_epoch": c.epoch_at(done["since"]),
                             "flat": done["flat"], "level": done["level"]}
    return (f" {label(c).capitalize()} converged by {c.at(done['since'])} and the last {done['flat']} "
            f"{c.unit} added nothing (within ±{fmt(done['tol'])}): early stopping would have saved them.")
