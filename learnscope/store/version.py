"""The store's schema version, light so a runs list checks it without importing the schema."""

SCHEMA_VERSION = 2  # 2: updated, stored read, params, metrics (see upgrade.py)
