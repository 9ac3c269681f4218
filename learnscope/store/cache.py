"""The stores this process has open: one :class:`~learnscope.store.Store` per URL, the idle
connections of only the last ``KEEP_OPEN`` kept, none carried into a forked child."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict

from .engine import resolve_url
from .store import Store

_stores: dict[str, Store] = {}
_stores_lock = threading.Lock()
KEEP_OPEN = 8  # stores whose idle connections stay open; the least recently opened others' are closed
_recent: OrderedDict[str, None] = OrderedDict()


def open_store(store: str | os.PathLike | Store | None = None, *, create: bool = True) -> Store:
    """The :class:`Store` at a directory or URL (default ``$LEARNSCOPE_STORE`` or ``./learnscope``).

    ``create=False`` refuses to make a new, empty store (for commands that only read). One Store per
    URL for the life of the process; a process that opens many (a loop over temporary stores) keeps
    the idle connections of only the ``KEEP_OPEN`` it opened last, so it never runs out of file
    descriptors: the others reconnect when next used.
    """
    if isinstance(store, Store):
        return store
    url = resolve_url(store)
    with _stores_lock:
        if url not in _stores:
            _stores[url] = Store(url, create=create)
        _recent[url] = None
        _recent.move_to_end(url)
        while len(_recent) > KEEP_OPEN:
            old = _stores.get(_recent.popitem(last=False)[0])
            if old is not None:
                old.release()
        return _stores[url]


def _after_fork() -> None:
    # A forked child (DataLoader worker, DDP spawn via fork) must not reuse the parent's connections.
    for s in _stores.values():
        s.release(close=False)
    _stores.clear()
    _recent.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)
