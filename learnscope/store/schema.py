"""The store's tables, one schema for SQLite and PostgreSQL (SQLAlchemy Core).

``runs`` carries each run's last and best values per series (``summary``) so the
runs list never touches points; ``chunks`` holds points as packed arrays, indexed
by step range so a chart can skip what it does not draw.
"""

from __future__ import annotations

from sqlalchemy import (BigInteger, Column, Float, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Table, Text, UniqueConstraint)

SCHEMA_VERSION = 1

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
    Index("ix_runs_project_name", "project", "name"),
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
