"""Parley's DuckDB store: ``Store`` writes coded documents and answers queries on events and quotes.

See ``docs/store.md`` for the tables and examples.
"""

from __future__ import annotations

from parley.store.duckdb_store import SCHEMA_VERSION, TABLES, Store, WriteStats

__all__ = ["SCHEMA_VERSION", "TABLES", "Store", "WriteStats"]
