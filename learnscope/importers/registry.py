"""The one list of log formats learnscope reads; detection, loading and help texts derive from it.

Each format is declared once, beside its reader, as a :class:`Format`: its name (the
``format`` a History's metadata gives), a title for help texts and errors, how to
recognise its files by content (``content``) and then by name (``names``), and how to
read them (``read``). :mod:`.detect` walks this list; a new format is one module that
declares ``FORMATS`` and one line in ``_MODULES``.

>>> [f.name for f in formats() if f.folder]
['tensorboard', 'wandb', 'mlflow-files']
>>> "Lightning metrics.csv" in known()
True
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from fnmatch import fnmatch
from functools import cache

# The order is the order of trial: specific layouts before the catch-alls that would also take them.
_MODULES = ("tensorboard", "wandb", "mlflow", "trackio", "fallback_file", "hf", "keras",
            "ultralytics", "lightning", "fastai", "csvlogs")


def _never(probe) -> bool:
    return False


@dataclass(frozen=True)
class Format:
    """One log format: how to recognise its files and how to read them.

    ``read(probe)`` returns a History or a list of them (a tracker's store holds many
    runs). ``folder`` formats read a directory; ``descend(dir)`` names the subfolders a
    folder walk should still visit after this format read ``dir`` (none by default).
    ``generic`` formats take any table or object, so a folder walk takes their files
    only when the name matches too; an ``any_text`` format takes every text file, so a
    specific format's file name outranks it. ``ends_rows``: the writer ends every row with a line
    end, so a last row without one was cut.
    """

    name: str
    title: str
    read: Callable
    content: Callable = _never
    names: tuple[str, ...] = ()
    folder: bool = False
    descend: Callable | None = None
    generic: bool = False
    any_text: bool = False
    ends_rows: bool = False

    def named(self, filename: str) -> bool:
        """Whether ``filename`` matches one of this format's name patterns."""
        low = filename.lower()
        return any(fnmatch(low, pattern) for pattern in self.names)


@cache
def formats() -> tuple[Format, ...]:
    """Every format, in the order they are tried."""
    found: list[Format] = []
    for module in _MODULES:
        found += importlib.import_module(f"{__package__}.{module}").FORMATS
    return tuple(found)


def known() -> str:
    """The formats by title, for help texts and error messages."""
    titles = dict.fromkeys(f.title for f in formats())
    return ", ".join(titles)


def suffixes() -> frozenset[str]:
    """File name endings that mark a string as a path to a log (``.csv``, ``.db``, ...)."""
    return frozenset(p[p.rfind("."):] for f in formats() for p in f.names if "." in p and "*" not in p[p.rfind("."):])
