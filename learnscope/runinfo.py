"""A run's identity and metadata, as stored: light (no numpy), so a runs list imports only this.

:mod:`learnscope.history` re-exports it.

>>> RunInfo(project="digits", name="baseline").ref
'digits/baseline'
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any


@dataclass
class RunInfo:
    """A run's identity and metadata, as stored."""

    id: str = ""
    project: str = "default"
    name: str = ""
    group: str | None = None
    fold: int | None = None
    config: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    status: str = "finished"
    created: float = field(default_factory=time.time)
    ended: float | None = None
    heartbeat: float | None = None
    host: str = ""
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def ref(self) -> str:
        return f"{self.project}/{self.name}"
