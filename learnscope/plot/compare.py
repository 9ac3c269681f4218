"""Several runs in one picture: which ones are averaged, and what tells them apart.

Only repeats are averaged: the folds of one cross-validation and the seeds of one
config, i.e. runs of one ``group`` whose configs are equal once seed and fold keys
are set aside. A sweep (configs differ) is drawn side by side, whatever its group.

>>> config_labels([{"lr": 0.1, "seed": 0}, {"lr": 0.001, "seed": 0}])
['lr=0.1', 'lr=0.001']
>>> repeat_key({"lr": 0.1, "seed": 3, "fold": 2}) == repeat_key({"lr": 0.1, "seed": 4})
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .numfmt import short

_MAX_KEYS = 3
# Keys that tell repeats of one config apart: averaging over them is what a band means.
_REPEAT = re.compile(r"^(.*[_.])?(seed|random_state|rng|fold|fold_index|k_fold|split_index|cv_fold)$", re.I)


@dataclass
class Entity:
    """What gets one colour: a single run, or repeats drawn as mean ± 1 std."""

    label: str
    colour: str = "#0072B2"
    histories: list = field(default_factory=list)
    group: str | None = None
    rank: int | None = None      # 0 = best by the monitored metric (see .sweep)
    highlight: bool = True       # drawn bold; in a large sweep only the best few are
    legend: bool = True          # listed in the legend (a large sweep: the best few)

    @property
    def is_group(self) -> bool:
        return len(self.histories) > 1


def repeat_key(config: dict) -> str:
    """The config with seed and fold keys left out: equal for repeats of one setting."""
    return repr(sorted((k, repr(v)) for k, v in config.items() if not _REPEAT.match(str(k))))


def config_labels(configs: list[dict], fallbacks: list[str] | None = None) -> list[str]:
    """One short label per config from the keys whose values differ (``lr=0.1``).

    Where no config key differs, the fallbacks (run names) are used.
    """
    keys = differing_keys(configs)
    labels = [", ".join(f"{k}={_fmt(c[k])}" for k in keys[:_MAX_KEYS] if k in c) for c in configs]
    fallbacks = fallbacks or [f"run {i + 1}" for i in range(len(configs))]
    if not keys:
        return list(fallbacks)
    if len(set(labels)) < len(labels) or not all(labels):  # keep names apart where keys are missing
        return [f"{f} ({lab})" if lab else f for f, lab in zip(fallbacks, labels)]
    return labels


def differing_keys(configs: list[dict]) -> list[str]:
    """Config keys whose values differ between the configs, in first-seen order."""
    order: dict[str, None] = {}
    for c in configs:
        order.update(dict.fromkeys(c))
    return [k for k in order if len({repr(c.get(k)) for c in configs}) > 1]


def _fmt(value) -> str:
    text = short(value) if isinstance(value, (int, float)) else str(value)
    return text if len(text) <= 24 else text[:23] + "…"


def entities(histories: list, group: bool | None) -> list[Entity]:
    """Which runs are drawn as one: ``group=True`` averages all, ``False`` none, ``None``
    the repeats (runs of one group whose configs differ only in seed/fold keys)."""
    if group is True and len(histories) > 1:
        chunks = [histories]
    elif group is False:
        chunks = [[h] for h in histories]
    else:
        chunks = _repeats(histories)
    return [Entity(lab, histories=chunk, group=_group_name(chunk))
            for lab, chunk in zip(_labels(chunks), chunks)]


def _repeats(histories: list) -> list[list]:
    chunks: dict[object, list] = {}
    for i, h in enumerate(histories):
        key = (h.info.group, repeat_key(h.info.config)) if h.info.group else ("run", i)
        chunks.setdefault(key, []).append(h)
    return list(chunks.values())


def _common_config(chunk: list) -> dict:
    """What the runs of a chunk share, seed and fold keys left out (they name no setting)."""
    first = chunk[0].config
    return {k: v for k, v in first.items() if not _REPEAT.match(str(k))
            and all(repr(h.config.get(k)) == repr(v) for h in chunk[1:])}


def _group_name(chunk: list) -> str | None:
    names = {h.info.group for h in chunk}
    return names.pop() if len(names) == 1 and None not in names else None


def _labels(chunks: list[list]) -> list[str]:
    names = [_run_name(c[0], i) if len(c) == 1 else (_group_name(c) or "mean") for i, c in enumerate(chunks)]
    labels = config_labels([_common_config(c) for c in chunks], names) if len(chunks) > 1 else names
    return [lab + (f" ({len(c)} {_what(c)})" if len(c) > 1 else "") for lab, c in zip(labels, chunks)]


def _what(chunk: list) -> str:
    return "folds" if all(h.info.fold is not None for h in chunk) else "runs"


def _run_name(h, i: int) -> str:
    return h.info.name or h.info.id[:8] or f"run {i + 1}"
