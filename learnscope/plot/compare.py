"""Several runs in one figure: what tells them apart, and which ones form a group.

>>> config_labels([{"lr": 0.1, "seed": 0}, {"lr": 0.001, "seed": 0}])
['lr=0.1', 'lr=0.001']
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .style import colour

_MAX_KEYS = 3


@dataclass
class Entity:
    """What gets one colour: a single run, or a group drawn as mean ± 1 std."""

    label: str
    colour: str
    histories: list = field(default_factory=list)
    group: str | None = None

    @property
    def is_group(self) -> bool:
        return len(self.histories) > 1


def config_labels(configs: list[dict], fallbacks: list[str] | None = None) -> list[str]:
    """One short label per config from the keys whose values differ (``lr=0.1``).

    Where no config key differs, the fallbacks (run names) are used.
    """
    keys = _differing_keys(configs)
    labels = [", ".join(f"{k}={_fmt(c.get(k))}" for k in keys[:_MAX_KEYS]) for c in configs]
    fallbacks = fallbacks or [f"run {i + 1}" for i in range(len(configs))]
    if not keys:
        return list(fallbacks)
    if len(set(labels)) < len(labels):  # a key missing in some configs: keep names apart
        return [f"{f} ({lab})" for f, lab in zip(fallbacks, labels)]
    return labels


def _differing_keys(configs: list[dict]) -> list[str]:
    order: dict[str, None] = {}
    for c in configs:
        order.update(dict.fromkeys(c))
    return [k for k in order if len({repr(c.get(k)) for c in configs}) > 1]


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    text = str(value)
    return text if len(text) <= 24 else text[:23] + "…"


def entities(histories: list, group: bool | None) -> list[Entity]:
    """Group the runs: ``group=True`` puts all in one group, ``None`` groups runs
    sharing ``info.group`` (two or more), ``False`` keeps every run apart."""
    if group is True and len(histories) > 1:
        chunks = [histories]
    elif group is False:
        chunks = [[h] for h in histories]
    else:
        chunks = _by_group(histories)
    labels = _labels(chunks)
    return [Entity(lab, colour(i), chunk, _group_name(chunk)) for i, (lab, chunk) in enumerate(zip(labels, chunks))]


def _by_group(histories: list) -> list[list]:
    counts: dict[str, int] = {}
    for h in histories:
        if h.info.group:
            counts[h.info.group] = counts.get(h.info.group, 0) + 1
    chunks: dict[object, list] = {}
    for i, h in enumerate(histories):
        key = h.info.group if counts.get(h.info.group, 0) > 1 else ("run", i)
        chunks.setdefault(key, []).append(h)
    return list(chunks.values())


def _common_config(chunk: list) -> dict:
    first = chunk[0].config
    return {k: v for k, v in first.items() if all(repr(h.config.get(k)) == repr(v) for h in chunk[1:])}


def _group_name(chunk: list) -> str | None:
    names = {h.info.group for h in chunk}
    return names.pop() if len(names) == 1 and None not in names else None


def _labels(chunks: list[list]) -> list[str]:
    names = [_run_name(c[0], i) if len(c) == 1 else (_group_name(c) or "mean") for i, c in enumerate(chunks)]
    labels = config_labels([_common_config(c) for c in chunks], names) if len(chunks) > 1 else names
    return [lab + (f" ({len(c)} runs)" if len(c) > 1 else "") for lab, c in zip(labels, chunks)]


def _run_name(h, i: int) -> str:
    return h.info.name or h.info.id[:8] or f"run {i + 1}"
