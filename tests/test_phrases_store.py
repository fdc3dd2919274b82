"""The phrase store: schema migrations, built-in merge on first run and on upgrade, recovery."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.phrases.model import PhraseEntry
from app.phrases.schema import MIGRATIONS, SCHEMA_VERSION, migrate
from app.phrases.store import DuplicatePhrase, PhraseStore, open_store


def write_builtin(path: Path, entries: list[tuple[str, str]], extra: str = "") -> Path:
    lines = [extra]
    for text, category in entries:
        lines.append(f'[[entry]]\ntext = "{text}"\ncategory = "{category}"\n')
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_default_store_lives_under_wengao_home_and_has_the_builtins(wengao_home: Path) -> None:
    store = open_store()
    assert store.path.parent == wengao_home / "data"
    assert store.count() >= 300
    assert store.messages == []
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    again = open_store()
    assert again.count() == store.count()


def test_migration_from_version_1_keeps_the_entries(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, target=1)
    conn.execute(
        "INSERT INTO phrases (text, category, source, favourite, created, modified) VALUES ('我的老条目。', '我的常用语', 'user', 1, 0, 0)"
    )
    conn.close()
    store = PhraseStore(db)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == SCHEMA_VERSION
    old = store.find_text("我的老条目。")
    assert old is not None and old.favourite and old.source == "user"
    assert old.initials is None  # the new column, filled lazily
    assert store.fill_initials() >= 1
    assert store.find_text("我的老条目。").initials == "wdltm"


def test_a_failed_migration_leaves_the_old_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    migrate(conn, target=1)
    monkeypatch.setattr("app.phrases.schema.MIGRATIONS", (MIGRATIONS[0], "ALTER TABLE phrases ADD COLUMN x TEXT; SELECT * FROM no_such_table;"))
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, target=2)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [r[1] for r in conn.execute("PRAGMA table_info(phrases)")]
    assert "x" not in columns


def test_a_newer_schema_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    store = PhraseStore(db)
    assert store.in_memory and store.messages and "更新版本" in store.messages[0]
    assert store.count() >= 300  # still usable for this session
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5


def test_merge_on_upgrade_keeps_the_users_entries_and_edits(tmp_path: Path) -> None:
    builtin = write_builtin(tmp_path / "b.toml", [("甲条目。", "开头语"), ("乙条目。", "开头语"), ("丙条目。", "结尾语"), ("丁条目。", "结尾语")])
    db = tmp_path / "p.sqlite3"
    store = PhraseStore(db, builtin)
    assert store.count() == 4 and store.messages == []
    mine = store.add(PhraseEntry("我自己的。", "我的常用语"))
    edited = store.find_text("甲条目。")
    edited.text, edited.note = "甲条目（改）。", "我改过"
    store.update(edited)
    store.delete(store.find_text("乙条目。").id)
    store.set_favourite(store.find_text("丙条目。").id, True)
    store.close()

    # The new version drops 丙 and 丁, re-words nothing, and adds 戊 and the user's own text.
    write_builtin(builtin, [("甲条目。", "开头语"), ("乙条目。", "开头语"), ("戊条目。", "过渡"), ("我自己的。", "结尾语")])
    store = PhraseStore(db, builtin)
    texts = {e.text: e for e in store.all()}
    assert "甲条目（改）。" in texts and texts["甲条目（改）。"].note == "我改过"
    assert "甲条目。" not in texts  # the edited built-in is not re-added beside the edit
    assert "乙条目。" not in texts  # deleted by the user: stays deleted
    assert texts["丙条目。"].source == "user" and texts["丙条目。"].favourite  # in use: kept as the user's
    assert "丁条目。" not in texts  # unused and gone from the built-ins
    assert texts["戊条目。"].source == "builtin"
    assert texts["我自己的。"].id == mine.id and texts["我自己的。"].category == "我的常用语"
    assert store.messages and "内置常用语已更新" in store.messages[0]
    # Unchanged built-in file: no merge, no message.
    store.close()
    assert PhraseStore(db, builtin).messages == []


def test_category_fix_in_the_builtins_reaches_unedited_entries(tmp_path: Path) -> None:
    builtin = write_builtin(tmp_path / "b.toml", [("甲条目。", "开头语")])
    db = tmp_path / "p.sqlite3"
    store = PhraseStore(db, builtin)
    store.record_use(store.find_text("甲条目。").id)
    store.close()
    write_builtin(builtin, [("甲条目。", "结尾语")])
    entry = PhraseStore(db, builtin).find_text("甲条目。")
    assert entry.category == "结尾语" and entry.usage_count == 1


@pytest.mark.parametrize("content", [b"\x00\x01garbage" * 500, b"SQLite format 3\x00" + b"\xff" * 3000, b""])
def test_corrupt_database_is_moved_aside_and_replaced(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "phrases.sqlite3"
    db.write_bytes(content)
    store = PhraseStore(db)
    if content == b"":
        # An empty file is a valid empty SQLite database: simply initialised.
        assert store.messages == [] and store.count() >= 300
        return
    assert store.moved_aside is not None and store.moved_aside.exists()
    assert store.moved_aside.read_bytes() == content
    assert store.moved_aside.name.startswith("phrases.sqlite3.corrupt-")
    assert store.messages and "已损坏" in store.messages[0] and store.moved_aside.name in store.messages[0]
    assert not store.in_memory and store.count() >= 300
    store.add(PhraseEntry("新库可以写入。"))
    store.close()
    assert PhraseStore(db).find_text("新库可以写入。") is not None


def test_unopenable_location_falls_back_to_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = PhraseStore(blocker / "sub" / "phrases.sqlite3")
    assert store.in_memory and store.messages
    assert store.count() >= 300


def test_duplicates_and_checker_data(tmp_path: Path) -> None:
    store = PhraseStore(tmp_path / "p.sqlite3")
    with pytest.raises(DuplicatePhrase):
        store.add(PhraseEntry("“两个维护”"))
    store.add(PhraseEntry("某某提法", category="我的常用语", wrong_variants=["某某题法"]))
    formulations, standard = store.checker_data()
    assert ("某某提法", ("某某题法",)) in formulations
    assert "某某提法" in standard and "“两个确立”" in standard
    # Ordinary library sentences are not exempt from the repeat check.
    assert "以上报告，请予审议。" not in standard
