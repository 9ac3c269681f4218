"""learnscope's own fallback file (``learnscope-unsaved-<id>.jsonl``), as a format of the registry.

The file and its reader belong to :mod:`learnscope.fallback`; this module only says
how to recognise it: its first line starts with the ``learnscope_unsaved`` header.

>>> _MAGIC
b'{"learnscope_unsaved"'
"""

from __future__ import annotations

from .registry import Format

_MAGIC = b'{"learnscope_unsaved"'


def _read(probe):
    from ..fallback import read
    return read(probe.path)


FORMATS = (Format("learnscope-unsaved", "learnscope's fallback file (learnscope-unsaved-*.jsonl)", _read,
                  lambda probe: probe.head.lstrip(b"\xef\xbb\xbf").startswith(_MAGIC),
                  names=("learnscope-unsaved-*.jsonl",)),)
