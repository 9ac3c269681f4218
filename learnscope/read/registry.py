"""The rule registry: every finding code, declared once beside the rule that finds it.

A rule declares its code, severity, priority (lower = more important: the read's verdict
is the most important code it found) and which codes it makes redundant::

    @rule("diverging", "error", priority=20, supersedes=("unstable",))
    def diverging(history, *, rise=0.5): ...

``CODES``, ``PRIORITY``, ``SUPERSEDES``, the CLI's marks and the dashboard's colours
(by severity) all derive from here. Codes written by the read itself rather than by
a rule (``healthy``) are declared with :func:`declare`.

>>> from learnscope.read import registry
>>> registry.info("non_finite").severity, registry.codes()[:2]
('error', ('non_finite', 'diverging'))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

SEVERITIES = ("info", "warning", "error")


@dataclass(frozen=True)
class Code:
    """A finding code: how bad it is, how it ranks, and what it makes redundant."""

    code: str
    severity: str
    priority: int
    supersedes: tuple[str, ...] = ()
    rule: Callable | None = field(default=None, compare=False)
    summary: str = ""


_CODES: dict[str, Code] = {}


def declare(code: str, severity: str, priority: int, supersedes: tuple[str, ...] = (),
            rule: Callable | None = None) -> Code:
    """Register a finding code (a second declaration of one code is an error)."""
    if severity not in SEVERITIES:
        raise ValueError(f"severity of {code!r} must be one of {', '.join(SEVERITIES)}, not {severity!r}")
    if code in _CODES and _CODES[code].rule is not rule:
        raise ValueError(f"finding code {code!r} is declared twice")
    summary = (rule.__doc__ or "").strip().splitlines()[0] if rule is not None and rule.__doc__ else ""
    _CODES[code] = Code(code, severity, priority, tuple(supersedes), rule, summary)
    return _CODES[code]


def rule(code: str, severity: str, *, priority: int, supersedes: tuple[str, ...] = ()):
    """Decorator: register ``fn`` as the rule that finds ``code``."""

    def register(fn: Callable) -> Callable:
        declare(code, severity, priority, supersedes, fn)
        fn.code = code
        return fn

    return register


def _loaded() -> dict[str, Code]:
    from . import rules  # noqa: F401  (importing the rule modules fills the registry)
    return _CODES


def info(code: str) -> Code:
    """The declaration of one code (KeyError for an unknown one)."""
    return _loaded()[code]


def codes() -> tuple[str, ...]:
    """Every code, most important first."""
    return tuple(sorted(_loaded(), key=lambda c: _CODES[c].priority))


def rules() -> tuple[Callable, ...]:
    """The rule functions, most important first."""
    return tuple(c.rule for c in sorted(_loaded().values(), key=lambda c: c.priority) if c.rule is not None)


def supersedes() -> dict[str, tuple[str, ...]]:
    """``{code: codes it makes redundant}`` for the codes that make any redundant."""
    return {c.code: c.supersedes for c in _loaded().values() if c.supersedes}


def severity(code: str) -> str:
    """The severity of a code's findings ("info" for an unknown code)."""
    c = _loaded().get(code)
    return c.severity if c is not None else "info"
