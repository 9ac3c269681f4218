"""Storage of runs: SQLite (a directory) or PostgreSQL, one SQLAlchemy Core schema.

``Store`` and ``open_store`` (and SQLAlchemy with them) load on first use, so a runs list
(:mod:`learnscope.store.lite`) starts without them.
"""

from .engine import DEFAULT_STORE, ENV_VAR, resolve_url

__all__ = ["DEFAULT_STORE", "ENV_VAR", "Store", "new_run_id", "open_store", "resolve_url"]


def __getattr__(name: str):
    if name in ("Store", "new_run_id"):
        from . import store
        return getattr(store, name)
    if name == "open_store":
        from .cache import open_store
        return open_store
    raise AttributeError(f"module 'learnscope.store' has no attribute {name!r}")
