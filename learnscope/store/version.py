"""The store's schema version, light so a runs list checks it without importing the schema."""

SCHEMA_VERSION = 4  # 2: updated, stored read, params, metrics; 3: probe indexes; 4: status and text search
#   indexes (see upgrade.py)
