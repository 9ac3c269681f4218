"""The read of a group of runs: a sweep's best trial and why, k-fold folds aggregated.

>>> g = read_group([ls.load(r) for r in ("cv/fold-0", "cv/fold-1", "cv/fold-2")])   # doctest: +SKIP
>>> g.best.run, g.why                                                              # doctest: +SKIP
>>> g.folds.best_mean, g.folds.best_std, [m.run for m in g.outliers]               # doctest: +SKIP

The metric compared is the one the runs were tuned on (``meta["monitor"]``, set by
:func:`learnscope.optuna.track`), else ``val_loss``, ``val_accuracy``, ``loss``: the
first that every run logged at epoch level. Runs with a fold number are folds of a
cross-validation: they get mean ± std per epoch and of their best and final values,
and a fold whose best value lies beyond ``n_sigma`` robust standard deviations of the
folds' median (or whose verdict differs from all the others') is flagged.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from ..errors import InvalidValueError
from ..history import History
from ..names import higher_is_better, parse_key
from .finding import _jsonable
from .folds import Folds, aggregate, cv_why, outliers as fold_outliers

PREFERRED = ("val_loss", "val_accuracy", "loss")


@dataclass
class Member:
    """One run of the group: its best and final value of the group's metric, and its read."""

    run: str
    id: str
    fold: int | None
    best: float
    best_epoch: int | None
    final: float
    verdict: str
    state: str = ""  # the Optuna state (complete, pruned, failed) when the run is a trial

    def to_dict(self) -> dict:
        return _jsonable(self.__dict__)


@dataclass
class GroupRead:
    """The read of a group: its metric, its members (best first), the best and why, folds, outliers."""

    group: str
    metric: str
    higher_is_better: bool
    members: list[Member]
    best: Member | None
    why: str
    folds: Folds | None = None
    outliers: list[tuple[Member, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"group": self.group, "metric": self.metric, "higher_is_better": self.higher_is_better,
                "best": self.best.run if self.best else None, "why": self.why,
                "members": [m.to_dict() for m in self.members],
                "folds": self.folds.to_dict() if self.folds else None,
                "outliers": [{"run": m.run, "fold": m.fold, "reason": r} for m, r in self.outliers]}


def read_group(histories, *, metric: str | None = None, n_sigma: float = 3.0, min_rel: float = 0.05,
               verdicts: Mapping[str, str] | None = None, **read_options) -> GroupRead:
    """Read a group of runs (a sweep, or the folds of a cross-validation).

    ``metric`` is a Keras-style epoch key (default: see the module). A fold is an
    outlier when its best value is more than ``n_sigma`` robust standard deviations
    (1.4826 × MAD over the folds) and more than ``min_rel`` (relative) away from the
    folds' median, or when its verdict differs from the one all other folds share. Other keywords go to :func:`learnscope.read.read` for each run.

    ``verdicts`` (run id -> verdict): reads already made, e.g. those a store keeps
    (:func:`read_stored_group`); a run found there is not read again, unless other keywords
    ask for a different read.
    """
    histories = list(histories)
    if not histories:
        raise InvalidValueError("read_group needs at least one run: the group has none")
    metric = metric or _pick_metric(histories)
    higher = _higher(histories, metric)
    known = (verdicts or {}) if not any(v is not None for v in read_options.values()) else {}
    pairs = sorted(((_member(h, metric, higher, read_options, known.get(h.info.id)), h) for h in histories),
                   key=lambda p: _rank_key(p[0], higher))
    members = [m for m, _ in pairs]
    best = members[0] if math.isfinite(members[0].best) else None
    folded = [(m, h) for m, h in pairs if m.fold is not None]
    folds = aggregate(folded, metric) if len(folded) >= 2 else None
    outliers = fold_outliers([m for m, _ in folded], n_sigma, min_rel) if len(folded) >= 3 else []
    group = next((h.info.group for h in histories if h.info.group), "")
    why = cv_why(folds, outliers, members, metric) if folds and len(folded) == len(members) else \
        _why(members, best, metric, higher)
    return GroupRead(group, metric, higher, members, best, why, folds, outliers)


def _pick_metric(histories: list[History]) -> str:
    monitors = {h.meta.get("monitor") for h in histories} - {None, "auto"}
    if len(monitors) == 1:
        return monitors.pop()
    for key in PREFERRED:
        if all(key in h.epoch for h in histories):
            return key
    have = sorted(set.intersection(*(set(h.epoch) for h in histories)))
    if not have:
        raise InvalidValueError("the runs of this group share no epoch-level metric to compare: "
                                "log the same key (e.g. val_loss) in each")
    return have[0]


def _higher(histories: list[History], metric: str) -> bool:
    """The study's direction when the runs are trials tuned on ``metric``, else the name's."""
    directions = {h.meta.get("direction") for h in histories if h.meta.get("monitor") == metric}
    if len(directions) == 1 and directions <= {"maximize", "minimize"}:
        return directions.pop() == "maximize"
    return higher_is_better(parse_key(metric).name)


def _member(h: History, metric: str, higher: bool, read_options: dict, verdict: str | None = None) -> Member:
    from . import read

    s = h.epoch.series(metric) if metric in h.epoch else None
    value = s.value if s is not None else np.empty(0)
    ok = np.isfinite(value)
    if ok.any():
        i = int(np.flatnonzero(ok)[np.argmax(value[ok]) if higher else np.argmin(value[ok])])
        best, best_epoch = float(value[i]), int(s.epoch[i])
    else:
        best, best_epoch = math.nan, None
    final = float(value[-1]) if len(value) else math.nan
    return Member(h.info.ref, h.info.id, h.info.fold, best, best_epoch, final,
                  verdict or read(h, **read_options).verdict, str(h.meta.get("optuna_state", "")))


def _rank_key(m: Member, higher: bool) -> tuple:
    finite = math.isfinite(m.best)
    return (not finite, -m.best if (finite and higher) else (m.best if finite else 0.0), m.run)


def _why(members: list[Member], best: Member | None, metric: str, higher: bool) -> str:
    if best is None:
        return f"no run has a finite {metric}: none can be called best."
    where = f" at epoch {best.best_epoch}" if best.best_epoch is not None else ""
    text = f"{best.run} has the {'highest' if higher else 'lowest'} {metric}, {best.best:.4g}{where}"
    others = [m for m in members[1:] if math.isfinite(m.best)]
    if others:
        gap = abs(best.best - others[0].best) / max(abs(others[0].best), 1e-12)
        text += f"; the next, {others[0].run}, reached {others[0].best:.4g} ({gap:.1%} {'lower' if higher else 'higher'})"
    text += f". Its read: {best.verdict}."
    if best.verdict not in ("healthy", "noisy_validation") and best.best_epoch is not None \
            and best.final != best.best:  # its best epoch is not its last
        text += f" Take its weights from epoch {best.best_epoch}, not the last epoch."
    broken = [m.run for m in members if m.verdict in ("diverging", "non_finite", "chance_level")]
    if broken:
        text += f" Not learning: {', '.join(broken)}."
    return text


def load_group(name: str, store=None, project: str | None = None) -> list[History]:
    """The histories of every run in group ``name`` (optionally of one project), oldest first."""
    st, rows = _group_rows(name, store, project)
    return [st.load(r.info) for r in rows]


def read_stored_group(name: str, store=None, project: str | None = None, **options) -> GroupRead:
    """Read group ``name`` of a store with each run's stored read (made once where missing, kept):
    a sweep of thousands of runs loads their epoch-level series in two queries and reads none
    of them again. ``options`` go to :func:`read_group`."""
    from ..store.bulk_load import load_many

    st, rows = _group_rows(name, store, project)
    rows = st.ensure_reads(rows)
    verdicts = {r.info.id: r.verdict for r in rows if r.read_current and r.verdict}
    histories = load_many(st, [r.info for r in rows], levels=("epoch",))
    return read_group(histories, verdicts=verdicts, **options)


def _group_rows(name: str, store, project: str | None):
    """The store and the list rows of group ``name``, oldest first (the store filters in SQL)."""
    from ..errors import RunNotFoundError
    from ..store import open_store

    st = open_store(store, create=False)
    rows = list(st.iter_runs(group=name, project=project or None, sort="created"))
    if not rows:
        groups = sorted({r.group for r in st.list_runs(project) if r.group})
        raise RunNotFoundError(f"no runs in group {name!r} in store {st.location}; groups there: "
                               f"{', '.join(groups[:20]) or 'none'}")
    return st, rows


def to_text(g: GroupRead) -> str:
    """The group read as plain text: one line per run (best first), the best and why, folds."""
    better = "higher" if g.higher_is_better else "lower"
    lines = [f"Group {g.group or '(unnamed)'}: {len(g.members)} runs compared on {g.metric} ({better} is better)",
             f"  {'run':<32} {'fold':>4}  {'verdict':<17} {'best':>10} {'epoch':>5} {'final':>10}  state"]
    for m in g.members:
        fold = "" if m.fold is None else str(m.fold)
        epoch = "" if m.best_epoch is None else str(m.best_epoch)
        lines.append(f"  {m.run[:32]:<32} {fold:>4}  {m.verdict:<17} {m.best:>10.4g} {epoch:>5} "
                     f"{m.final:>10.4g}  {m.state}".rstrip())
    cv = g.folds is not None and all(m.fold is not None for m in g.members)
    lines.append(("Cross-validation: " if cv else "Best: ") + g.why)
    if g.folds is not None and not cv:
        f = g.folds
        lines.append(f"Folds ({f.n}): best {g.metric} {f.best_mean:.4g} ± {f.best_std:.2g}, "
                     f"final {f.final_mean:.4g} ± {f.final_std:.2g} (mean ± std)")
    for m, reason in g.outliers:
        lines.append(f"Unlike the other folds: {m.run} (fold {m.fold}): {reason}")
    return "\n".join(lines) + "\n"
