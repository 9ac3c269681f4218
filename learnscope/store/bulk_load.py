"""Many runs' histories in a few queries, through the full Store: a sweep of 1,000 runs drawn
in one chart.

``Store.load`` costs a few queries per run; here one query lists the series of all runs and one
streams their chunks: the statements of :func:`learnscope.store.lite_load.histories`, run
through the Store's SQLAlchemy connection (:class:`~learnscope.store.lite.LiteReader` runs the
same through the database driver alone).

>>> histories = load_many(store, store.list_runs(), levels=("epoch",))   # doctest: +SKIP
"""

from __future__ import annotations

from typing import Iterable

from ..history import History
from .lite_load import histories
from .listing import _executor


def load_many(store, infos: list, *, levels: Iterable[str] = ("batch", "epoch")) -> list[History]:
    """The Histories of ``infos`` (RunInfo objects, in that order), wall times left out."""
    with store.reader.begin() as conn:
        return histories(_executor(conn), conn.dialect.name, infos, levels)
