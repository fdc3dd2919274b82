"""The library's SQLite schema, as numbered migrations.

``PRAGMA user_version`` holds the number of migrations applied. A migration is
applied once, in order, inside one transaction with the version bump, so a crash
leaves either the old schema or the new one. Never edit a released migration:
append a new one.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[str, ...] = (
    # 1: entries, metadata, and tombstones of built-in entries the user deleted
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE phrases (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL UNIQUE,
        category TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL CHECK (source IN ('builtin', 'user', 'harvested', 'imported')),
        favourite INTEGER NOT NULL DEFAULT 0,
        usage_count INTEGER NOT NULL DEFAULT 0,
        last_used REAL,
        valid_from INTEGER,
        valid_to INTEGER,
        wrong_variants TEXT NOT NULL DEFAULT '[]',
        builtin_key TEXT UNIQUE,
        edited INTEGER NOT NULL DEFAULT 0,
        created REAL NOT NULL,
        modified REAL NOT NULL
    );
    CREATE INDEX phrases_category ON phrases(category);
    CREATE TABLE builtin_removed (key TEXT PRIMARY KEY);
    """,
    # 2: pinyin initials stored, so start-up need not import pypinyin (~0.3 s) to
    # recompute them for thousands of entries
    """
    ALTER TABLE phrases ADD COLUMN initials TEXT;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchemaError(Exception):
    """The file was written by a newer Wengao; we must not touch it."""


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the missing migrations up to ``target``; returns the version reached."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(version)
    while version < target:
        script = MIGRATIONS[version]
        version += 1
        # executescript commits first; BEGIN…COMMIT makes script plus bump atomic.
        try:
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return version
