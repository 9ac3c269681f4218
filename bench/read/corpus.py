"""One corpus run on disk: its History (every point, as recorded), its spec and its label.

A case is one gzipped JSON file, ``<id>.json.gz``::

    {"v": 1, "id": ..., "spec": {...}, "seconds": 2.1,
     "info": {"project", "name", "config", "meta", "status"},
     "series": [{"name", "split", "level", "step": [...], "epoch": [...], "value": [...]}],
     "label": {...}}            # optional: cached runs take theirs from manifest.json

Values keep 7 significant digits (float32 precision, what the models computed); NaN and
infinities are the strings "nan", "inf", "-inf". Wall times are not kept (the read does
not use them).

>>> import tempfile, numpy as np
>>> from learnscope.history import History
>>> d = tempfile.mkdtemp()
>>> _ = save_case(d, "r1", History.from_dict({"loss": [1.0, float("nan")]}), {"id": "r1"},
...               label=Label("non_finite", "nan_input", ("non_finite",), ("healthy",)))
>>> [(h.epoch["loss"].tolist(), lab.expected) for h, lab in load_cases(d)]
[([1.0, nan], ('non_finite',))]
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from learnscope.history import History, RunInfo, Series

CODES = ("healthy", "overfitting", "underfitting", "diverging", "non_finite", "chance_level",
         "slow_convergence", "unstable", "noisy_validation", "plateau",
         "vanishing_gradients", "exploding_gradients", "dead_units")


@dataclass
class Label:
    """What a careful person says of one run: codes the read must find, codes that would be false."""

    condition: str                         # the condition the curves show
    cause: str                             # how it was made
    expected: tuple = ()                   # codes that must be among the read's findings
    false: tuple = ()                      # codes that would be plainly false
    onset: int | None = None               # overfitting: epoch of the validation-loss minimum
    status: str = "kept"                   # kept | relabelled | dropped
    reason: str = ""                       # why relabelled or dropped
    evidence: dict = field(default_factory=dict)

    @classmethod
    def from_dict(cls, d: dict) -> Label:
        d = dict(d)
        d["expected"], d["false"] = tuple(d.get("expected", ())), tuple(d.get("false", ()))
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})

    def to_dict(self) -> dict:
        return asdict(self)


def _num(v: float):
    return float(f"{v:.7g}") if math.isfinite(v) else str(v)


def _nums(a) -> list:
    return [_num(float(v)) for v in np.asarray(a, np.float64)]


def _array(values: list) -> np.ndarray:
    return np.array([float(v) for v in values], dtype=np.float64)


def history_to_dict(h: History) -> dict:
    i = h.info
    return {"info": {"project": i.project, "name": i.name, "config": i.config, "meta": _jsonable(i.meta),
                     "status": i.status},
            "series": [{"name": s.name, "split": s.split, "level": s.level,
                        "step": np.asarray(s.step, np.int64).tolist(), "epoch": _nums(s.epoch),
                        "value": _nums(s.value)} for s in h.series.values()]}


def history_from_dict(d: dict) -> History:
    info = RunInfo(**d["info"])
    series = [Series(s["name"], s["split"], s["level"], step=np.asarray(s["step"], np.int64),
                     epoch=_array(s["epoch"]), value=_array(s["value"])) for s in d["series"]]
    return History(info, series)


def _jsonable(meta: dict) -> dict:
    return json.loads(json.dumps(meta, default=str))


def save_case(directory, case_id: str, history: History, spec: dict, *, label: Label | None = None,
              seconds: float | None = None, facts: dict | None = None, file: str | None = None) -> Path:
    """Write one case as ``directory/<file or case_id>.json.gz`` and return its path.

    ``facts`` are what the generator knows of the data (classes, validation size, majority
    share, a reference model's score) for the labels' checks.
    """
    path = Path(directory) / f"{file or case_id}.json.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {"v": 1, "id": case_id, "spec": spec, "seconds": seconds, "facts": facts or {},
           **history_to_dict(history)}
    if label is not None:
        doc["label"] = label.to_dict()
    tmp = path.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=6) as f:
        json.dump(doc, f, separators=(",", ":"))
    tmp.replace(path)
    return path


def read_case(path) -> dict:
    """The raw document of one case file (its ``history`` built)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        doc = json.load(f)
    doc["history"] = history_from_dict(doc)
    return doc


def case_files(directory) -> list[Path]:
    return sorted(Path(directory).rglob("*.json.gz"))


def manifest_labels(directory) -> dict[str, Label]:
    """Labels by run id from the manifest beside a cache (``dir/manifest.json`` or its parent's)."""
    for p in (Path(directory) / "manifest.json", Path(directory).parent / "manifest.json"):
        if p.exists():
            runs = json.loads(p.read_text())["runs"]
            return {r["id"]: Label.from_dict(r["label"]) for r in runs if r.get("label")}
    return {}


def load_cases(directory, *, dropped: bool = False) -> list[tuple[History, Label]]:
    """``(History, Label)`` of every labelled case under ``directory`` (dropped ones left out).

    A case's own label wins; otherwise it comes from the manifest beside the directory.
    ``history.info.name`` is the run's id.
    """
    labels = manifest_labels(directory)
    out = []
    for path in case_files(directory):
        doc = read_case(path)
        label = Label.from_dict(doc["label"]) if doc.get("label") else labels.get(doc["id"])
        if label is None or (label.status == "dropped" and not dropped):
            continue
        out.append((doc["history"], label))
    return out
