"""Storage of runs: SQLite (a directory) or PostgreSQL, one SQLAlchemy Core schema."""

from .engine import DEFAULT_STORE, ENV_VAR, resolve_url
from .store import Store, new_run_id, open_store

__all__ = ["DEFAULT_STORE", "ENV_VAR", "Store", "new_run_id", "open_store", "resolve_url"]
