"""The store's tables, one schema for SQLite and PostgreSQL (SQLAlchemy Core).

``runs`` carries each run's last and best values per series (``summary``) so the
runs list never touches points, and its stored read (``verdict``, ``headline``,
``read_version``); ``chunks`` holds points as packed arrays, indexed by step range
so a chart can skip what it does not draw. ``params`` (flattened config) and
``metrics`` (last and best value per series) repeat what ``runs`` holds as JSON, one
row per value, so filters and sorts on them run in SQL on an index.
"""

from __future__ import annotations

from sqlalchemy import (BigInteger, Column, Float, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Table, Text, UniqueConstraint)

from .version import SCHEMA_VERSION  # noqa: F401  (re-exported)

metadata = MetaData()

info = Table(
    "learnscope_info", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

runs = Table(
    "runs", metadata,
    Column("id", String(32), primary_key=True),
    Column("project", String(255), nullable=False),
    Column("name", String(255), nullable=False),
    Column("grp", String(255)),
    Column("fold", Integer),
    Column("status", String(16), nullable=False),
    Column("config", Text, nullable=False),
    Column("meta", Text, nullable=False),
    Column("summary", Text, nullable=False),
    Column("host", String(255), nullable=False),
    Column("created", Float, nullable=False),
    Column("ended", Float),
    Column("heartbeat", Float),
    Column("n_epochs", Integer, nullable=False, default=0),
    Column("n_steps", BigInteger, nullable=False, default=0),
    Column("updated", Float),  # time of the last write: the dashboard's refresh asks for what is newer
    Column("verdict", String(32)),
    Column("headline", Text),
    Column("read_version", Integer),  # READ_VERSION the stored read was made with; NULL: none yet
    Index("ix_runs_project_name", "project", "name"),
    Index("ix_runs_created", "created"),
    Index("ix_runs_updated", "updated"),
    Index("ix_runs_grp", "grp", "created"),
    Index("ix_runs_verdict", "verdict", "created"),
    # covering indexes: a filter's id lookups and the text filter's scan never read the wide rows
    Index("ix_runs_id_created", "id", "created"),
    Index("ix_runs_text", "created", "project", "grp", "name", "verdict", "status", "id"),
    # schema 4: runs of a status (few run at once; a silent running run is listed as crashed)
    Index("ix_runs_status", "status", "created"),
    # and in PostgreSQL the text filter's trigram index, made by upgrade.ensure_search_index
)

# One row per flattened config value: ``num`` when it reads as a number, ``txt`` always
# (lowercase JSON text, at most 200 characters so a btree index takes it).
params = Table(
    "params", metadata,
    Column("run_id", String(32), ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(255), primary_key=True),
    Column("num", Float),
    Column("txt", String(200)),
    Index("ix_params_num", "key", "num", "run_id"),  # run_id inside: index-only filters
    Index("ix_params_txt", "key", "txt", "run_id"),
    # a filter's other terms probe each candidate run here, never reading the table (schema 3)
    Index("ix_params_run", "run_id", "key", "num", "txt"),
)

# One row per series of a run: its last and best value (NULL for NaN).
metrics = Table(
    "metrics", metadata,
    Column("run_id", String(32), ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
    Column("level", String(8), primary_key=True),
    Column("key", String(255), primary_key=True),
    Column("last", Float),
    Column("best", Float),
    Index("ix_metrics_last", "level", "key", "last", "run_id"),
    Index("ix_metrics_best", "level", "key", "best", "run_id"),
    Index("ix_metrics_run", "run_id", "level", "key", "best", "last"),  # probes, as ix_params_run
)

series = Table(
    "series", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(32), ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(1024), nullable=False),
    Column("split", String(8), nullable=False),
    Column("level", String(8), nullable=False),
    Column("n", Integer, nullable=False, default=0),
    UniqueConstraint("run_id", "name", "split", "level", name="uq_series_key"),
)

chunks = Table(
    "chunks", metadata,
    Column("series_id", Integer, ForeignKey("series.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("n", Integer, nullable=False),
    Column("first_step", BigInteger, nullable=False),
    Column("last_step", BigInteger, nullable=False),
    Column("vmin", Float),
    Column("vmax", Float),
    Column("steps", LargeBinary, nullable=False),
    Column("epochs", LargeBinary, nullable=False),
    Column("times", LargeBinary, nullable=False),
    Column("vals", LargeBinary, nullable=False),
    UniqueConstraint("series_id", "seq", name="uq_chunk_seq"),
)
