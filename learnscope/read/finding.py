"""What a read is made of: findings with evidence, and the read itself.

The JSON form is a contract other tools rely on::

    {"verdict": CODE, "best_epoch": int|null, "early_stop_epoch": int|null,
     "findings": [{"code", "severity", "epoch", "step", "message", "evidence": {...}}],
     "best_step": int|null, "early_stop_step": int|null,
     "best_tokens": int|null, "early_stop_tokens": int|null}

A step-based run (evaluated at fractional epochs) has null epochs and is placed by its steps
(and by the tokens seen there, when the run logs a ``tokens`` series).

Epochs count from 1 (the first epoch is epoch 1), as learnscope stores them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from .registry import SEVERITIES
from ..read_version import READ_VERSION  # noqa: F401  (re-exported by learnscope.read)


@dataclass
class Finding:
    """One thing the read noticed, with where it starts and the numbers behind it.

    ``message`` is one plain sentence of explanation; ``advice`` the concrete next step.
    """

    code: str
    severity: str
    message: str
    epoch: int | None = None
    step: int | None = None
    evidence: dict[str, Any] = field(default_factory=dict)
    advice: str = ""

    def __post_init__(self):
        from .registry import codes
        if self.code not in codes():
            raise ValueError(f"unknown finding code {self.code!r}; known: {', '.join(codes())}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}; known: {', '.join(SEVERITIES)}")

    def to_dict(self) -> dict:
        text = f"{self.message} {self.advice}".strip()
        return {"code": self.code, "severity": self.severity, "epoch": self.epoch, "step": self.step,
                "message": text, "evidence": _jsonable(self.evidence)}


@dataclass
class Read:
    """The read of one history: a verdict code, best and early-stopping epochs, findings."""

    verdict: str
    best_epoch: int | None
    early_stop_epoch: int | None
    findings: list[Finding] = field(default_factory=list)
    run: str = ""
    patience: int = 5           # the early-stopping patience behind early_stop_epoch
    best_step: int | None = None
    early_stop_step: int | None = None
    best_tokens: int | None = None
    early_stop_tokens: int | None = None
    best_at: str = ""           # step-based runs: "step 1,200 (evaluation 12 of 24)"
    stop_at: str = ""
    summary: dict = field(default_factory=dict)  # the plain-words lines (see read/course.py)

    def to_dict(self) -> dict:
        return {"verdict": self.verdict, "best_epoch": self.best_epoch,
                "early_stop_epoch": self.early_stop_epoch,
                "findings": [f.to_dict() for f in self.findings],
                "best_step": self.best_step, "early_stop_step": self.early_stop_step,
                "best_tokens": self.best_tokens, "early_stop_tokens": self.early_stop_tokens,
                "summary": _jsonable(self.summary)}

    def codes(self) -> list[str]:
        return [f.code for f in self.findings]

    def _repr_html_(self) -> str:   # Jupyter and Colab show a read as a card
        from .render import to_html
        return to_html(self)

    def _repr_markdown_(self) -> str:
        from .render import to_markdown
        return to_markdown(self)

    def first(self, code: str) -> Finding | None:
        return next((f for f in self.findings if f.code == code), None)


def _jsonable(value):
    """Evidence as strict JSON: numpy numbers to Python, NaN/inf to strings."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def __getattr__(name: str):
    # CODES comes from the rule registry, filled when the rule modules are imported
    if name == "CODES":
        from .registry import codes
        return codes()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
