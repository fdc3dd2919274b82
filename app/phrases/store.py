"""The phrase library on disk: one SQLite file in the platformdirs data folder.

- The schema is versioned (:mod:`app.phrases.schema`); opening migrates it.
- The built-in library (``resources/phrases/builtin.toml``) is merged on first
  run and whenever that file changes; entries the user edited or deleted are
  left alone (an edit sets ``edited``; a deletion leaves a tombstone).
- A file that is not a readable database is moved aside with a timestamp and a
  fresh library is made; a file we cannot open at all (locked, unwritable, from a
  newer Wengao) is left untouched and an in-memory library is used. Either way
  the reason is in :attr:`PhraseStore.messages` for the front end to show:
  never a silent reset, never a traceback.
- Writes are small transactions on the calling thread (the UI's main thread).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from app.phrases.builtin import builtin_digest, builtin_key, read_builtin
from app.phrases.model import SOURCES, PhraseEntry
from app.phrases.schema import NewerSchemaError, migrate

DB_NAME = "phrases.sqlite3"
_COLUMNS = (
    "id, text, category, tags, note, source, favourite, usage_count, last_used, "
    "valid_from, valid_to, wrong_variants, initials"
)


class DuplicatePhrase(ValueError):
    """The library already holds this text."""


def default_path() -> Path:
    from app.paths import data_dir

    return data_dir() / DB_NAME


def _row_to_entry(row: tuple) -> PhraseEntry:
    return PhraseEntry(
        id=row[0],
        text=row[1],
        category=row[2],
        tags=_json_list(row[3]),
        note=row[4],
        source=row[5],
        favourite=bool(row[6]),
        usage_count=row[7],
        last_used=row[8],
        valid_from=row[9],
        valid_to=row[10],
        wrong_variants=_json_list(row[11]),
        initials=row[12],
    )


def _json_list(raw: str | None) -> list[str]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _dump(values: Iterable[str]) -> str:
    return json.dumps([v for v in values if v], ensure_ascii=False)


def _maybe_initials(text: str) -> str | None:
    # Only when pypinyin is already loaded (the window loads it once after start-up);
    # otherwise left NULL and filled by fill_initials(), off the hot path.
    if "pypinyin" not in sys.modules:
        return None
    from app.phrases.pinyin import initials

    return initials(text)


class PhraseStore:
    """The library. Not thread-safe: use it from one thread (the UI's main thread)."""

    def __init__(self, path: Path | None = None, builtin: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._builtin = builtin
        self.messages: list[str] = []  # what the user should be told (status bar, stderr)
        self.moved_aside: Path | None = None
        self.in_memory = False
        self.revision = 0  # bumped by every write: views rebuild their index when it changes
        self.conn = self._open()

    # -- opening, recovery ------------------------------------------------------
    def _connect(self, target: str) -> sqlite3.Connection:
        conn = sqlite3.connect(target, isolation_level=None, timeout=2.0)
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def _prepare(self, conn: sqlite3.Connection) -> None:
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise sqlite3.DatabaseError(f"quick_check: {check[0] if check else '?'}")
        migrate(conn)
        self._merge_builtin(conn)

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = self._connect(str(self.path))
        except (OSError, sqlite3.Error) as error:
            return self._fallback(f"无法打开常用语库（{error}），本次使用临时库，改动不会保存")
        try:
            self._prepare(conn)
            return conn
        except NewerSchemaError:
            conn.close()
            return self._fallback("常用语库由更新版本的文稿创建，本次使用临时库，原文件未改动")
        except sqlite3.OperationalError as error:
            # Locked or unwritable is not corruption: leave the file alone.
            text = str(error).lower()
            if "locked" in text or "readonly" in text or "unable to open" in text or "disk i/o" in text:
                conn.close()
                return self._fallback(f"常用语库暂时无法使用（{error}），本次使用临时库，改动不会保存")
            conn.close()
            return self._recover(error)
        except sqlite3.DatabaseError as error:
            conn.close()
            return self._recover(error)

    def _recover(self, error: Exception) -> sqlite3.Connection:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            self.path.replace(aside)
            for suffix in ("-wal", "-shm", "-journal"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    side.replace(aside.with_name(aside.name + suffix))
        except OSError as move_error:
            return self._fallback(f"常用语库已损坏且无法移开（{move_error}），本次使用临时库")
        self.moved_aside = aside
        self.messages.append(f"常用语库文件已损坏（{error}），已改名保存为 {aside.name}，并新建了只含内置常用语的库")
        try:
            conn = self._connect(str(self.path))
            self._prepare(conn)
            return conn
        except (OSError, sqlite3.Error) as again:
            return self._fallback(f"无法新建常用语库（{again}），本次使用临时库")

    def _fallback(self, message: str) -> sqlite3.Connection:
        self.messages.append(message)
        self.in_memory = True
        conn = self._connect(":memory:")
        migrate(conn)
        self._merge_builtin(conn)
        return conn

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _tx(self, conn: sqlite3.Connection | None = None):
        conn = conn or self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        self.revision += 1

    # -- built-in merge -----------------------------------------------------------
    def _merge_builtin(self, conn: sqlite3.Connection) -> None:
        row = conn.execute("SELECT value FROM meta WHERE key = 'builtin_hash'").fetchone()
        if row and row[0] == builtin_digest(self._builtin):
            return  # merged already: every start but the first after an upgrade
        digest, entries = read_builtin(self._builtin)
        first_run = row is None
        now = time.time()
        added = updated = dropped = 0
        with self._tx(conn):
            removed = {r[0] for r in conn.execute("SELECT key FROM builtin_removed")}
            existing = {
                r[0]: r[1:]
                for r in conn.execute("SELECT builtin_key, id, edited, favourite, usage_count FROM phrases WHERE builtin_key IS NOT NULL")
            }
            texts = {r[0] for r in conn.execute("SELECT text FROM phrases")}
            keys = set()
            for entry in entries:
                key = builtin_key(entry.text)
                if key in keys:
                    continue
                keys.add(key)
                if key in removed:
                    continue
                values = (entry.category, _dump(entry.tags), entry.note, entry.valid_from, entry.valid_to, _dump(entry.wrong_variants))
                current = existing.get(key)
                if current is None:
                    if entry.text in texts:
                        continue  # the user already has this text as an entry of their own
                    conn.execute(
                        "INSERT INTO phrases (text, category, tags, note, valid_from, valid_to, wrong_variants, source, builtin_key, created, modified)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, 'builtin', ?, ?, ?)",
                        (entry.text, *values, key, now, now),
                    )
                    added += 1
                elif not current[1]:
                    conn.execute(
                        "UPDATE phrases SET category=?, tags=?, note=?, valid_from=?, valid_to=?, wrong_variants=?, modified=? WHERE id=?",
                        (*values, now, current[0]),
                    )
                    updated += 1
            for key, (row_id, edited, favourite, usage) in existing.items():
                if key in keys or edited:
                    continue
                if favourite or usage:
                    # Gone from the new built-ins but in use: it becomes the user's own.
                    conn.execute("UPDATE phrases SET source='user', builtin_key=NULL WHERE id=?", (row_id,))
                else:
                    conn.execute("DELETE FROM phrases WHERE id=?", (row_id,))
                dropped += 1
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('builtin_hash', ?)", (digest,))
        if not first_run and (added or dropped):
            self.messages.append(f"内置常用语已更新：新增 {added} 条，移除 {dropped} 条（您自己的条目和改动未受影响）")

    # -- reading ----------------------------------------------------------------------
    def all(self) -> list[PhraseEntry]:
        return [_row_to_entry(r) for r in self.conn.execute(f"SELECT {_COLUMNS} FROM phrases ORDER BY id")]

    def get(self, entry_id: int) -> PhraseEntry | None:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM phrases WHERE id=?", (entry_id,)).fetchone()
        return _row_to_entry(row) if row else None

    def find_text(self, text: str) -> PhraseEntry | None:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM phrases WHERE text=?", (text.strip(),)).fetchone()
        return _row_to_entry(row) if row else None

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM phrases").fetchone()[0]

    def categories(self) -> list[tuple[str, int]]:
        return list(self.conn.execute("SELECT category, COUNT(*) FROM phrases GROUP BY category ORDER BY MIN(id)"))

    def checker_data(self) -> tuple[list[tuple[str, tuple[str, ...]]], list[str]]:
        """(formulations with their wrong forms, standard formulations) for the checker.

        Plain lists, so ``app.checks`` need not know this store exists.
        """
        formulations: list[tuple[str, tuple[str, ...]]] = []
        standard: list[str] = []
        for entry in self.all():
            if entry.wrong_variants:
                formulations.append((entry.text, tuple(entry.wrong_variants)))
            if entry.is_formulation:
                standard.append(entry.text)
        return formulations, standard

    # -- writing ------------------------------------------------------------------------
    def add(self, entry: PhraseEntry) -> PhraseEntry:
        """Store a new entry; raises DuplicatePhrase if the text is already there."""
        text = entry.text.strip()
        if not text:
            raise ValueError("空的常用语")
        if entry.source not in SOURCES or entry.source == "builtin":
            entry.source = "user"
        now = time.time()
        initials = entry.initials or _maybe_initials(text)
        try:
            with self._tx() as conn:
                cursor = conn.execute(
                    "INSERT INTO phrases (text, category, tags, note, source, favourite, usage_count, last_used,"
                    " valid_from, valid_to, wrong_variants, initials, created, modified)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (text, entry.category, _dump(entry.tags), entry.note, entry.source, int(entry.favourite),
                     entry.usage_count, entry.last_used, entry.valid_from, entry.valid_to,
                     _dump(entry.wrong_variants), initials, now, now),
                )
        except sqlite3.IntegrityError:
            raise DuplicatePhrase(text) from None
        entry.id, entry.text, entry.initials = cursor.lastrowid, text, initials
        return entry

    def add_many(self, entries: Iterable[PhraseEntry]) -> tuple[list[PhraseEntry], list[PhraseEntry]]:
        """(added, duplicates): one transaction for an import or a harvest. Pinyin
        initials are left to fill_initials (thousands take seconds: the window
        computes them off its UI thread)."""
        added: list[PhraseEntry] = []
        duplicates: list[PhraseEntry] = []
        now = time.time()
        with self._tx() as conn:
            for entry in entries:
                text = entry.text.strip()
                source = entry.source if entry.source in SOURCES and entry.source != "builtin" else "imported"
                try:
                    cursor = conn.execute(
                        "INSERT INTO phrases (text, category, tags, note, source, favourite, valid_from, valid_to,"
                        " wrong_variants, initials, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (text, entry.category, _dump(entry.tags), entry.note, source, int(entry.favourite),
                         entry.valid_from, entry.valid_to, _dump(entry.wrong_variants), entry.initials, now, now),
                    )
                except sqlite3.IntegrityError:
                    duplicates.append(entry)
                    continue
                entry.id, entry.text, entry.source = cursor.lastrowid, text, source
                added.append(entry)
        return added, duplicates

    def update(self, entry: PhraseEntry) -> None:
        """Save the user's edit of an entry (a built-in one is then never overwritten by a merge)."""
        if entry.id is None:
            raise ValueError("entry has no id")
        text = entry.text.strip()
        if not text:
            raise ValueError("空的常用语")
        old = self.get(entry.id)
        initials = entry.initials if old is not None and old.text == text else _maybe_initials(text)
        try:
            with self._tx() as conn:
                conn.execute(
                    "UPDATE phrases SET text=?, category=?, tags=?, note=?, favourite=?, valid_from=?, valid_to=?,"
                    " wrong_variants=?, initials=?, edited=1, modified=? WHERE id=?",
                    (text, entry.category, _dump(entry.tags), entry.note, int(entry.favourite), entry.valid_from,
                     entry.valid_to, _dump(entry.wrong_variants), initials, time.time(), entry.id),
                )
        except sqlite3.IntegrityError:
            raise DuplicatePhrase(text) from None
        entry.text, entry.initials = text, initials

    def delete(self, entry_id: int) -> None:
        with self._tx() as conn:
            row = conn.execute("SELECT builtin_key FROM phrases WHERE id=?", (entry_id,)).fetchone()
            if row and row[0]:
                conn.execute("INSERT OR IGNORE INTO builtin_removed (key) VALUES (?)", (row[0],))
            conn.execute("DELETE FROM phrases WHERE id=?", (entry_id,))

    def set_favourite(self, entry_id: int, favourite: bool) -> None:
        # Not an "edit": a favourite built-in entry still gets wording fixes on upgrade.
        with self._tx() as conn:
            conn.execute("UPDATE phrases SET favourite=? WHERE id=?", (int(favourite), entry_id))

    def record_use(self, entry_id: int) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE phrases SET usage_count = usage_count + 1, last_used=? WHERE id=?", (time.time(), entry_id))

    def missing_initials(self) -> list[tuple[int, str]]:
        """(id, text) of the entries whose pinyin initials are not computed yet."""
        return list(self.conn.execute("SELECT id, text FROM phrases WHERE initials IS NULL"))

    def set_initials(self, values: Iterable[tuple[int, str]]) -> None:
        """Store computed initials, (id, initials) pairs (computed anywhere: pypinyin is
        slow enough, ~0.5 ms an entry, that a big import computes them off the UI thread)."""
        with self._tx() as conn:
            conn.executemany("UPDATE phrases SET initials=? WHERE id=?", [(v, i) for i, v in values])

    def fill_initials(self) -> int:
        """Compute the pinyin initials still missing (first run, or entries added without them)."""
        rows = self.missing_initials()
        if not rows:
            return 0
        from app.phrases.pinyin import initials_many

        self.set_initials(zip((i for i, _ in rows), initials_many(text for _, text in rows)))
        return len(rows)


def open_store(path: Path | None = None) -> PhraseStore:
    """The user's library (``WENGAO_HOME``/platformdirs data folder unless ``path``)."""
    return PhraseStore(path)
