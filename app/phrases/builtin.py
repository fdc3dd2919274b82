"""The built-in library: ``resources/phrases/builtin.toml`` read into entries."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from app.phrases.model import PhraseEntry

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef]


def builtin_path() -> Path:
    from app.resources import resource_path

    return resource_path("phrases", "builtin.toml")


def builtin_key(text: str) -> str:
    """A built-in entry is identified by its text (see the data file's header)."""
    return text.strip()


def builtin_digest(path: Path | None = None) -> str:
    """The content hash :func:`read_builtin` returns, without parsing the TOML (~9 ms)."""
    return hashlib.sha256((path or builtin_path()).read_bytes()).hexdigest()


def read_builtin(path: Path | None = None) -> tuple[str, list[PhraseEntry]]:
    """(content hash, entries): the hash tells the store whether to merge again."""
    path = path or builtin_path()
    raw = path.read_bytes()
    data = tomllib.loads(raw.decode("utf-8"))
    entries: list[PhraseEntry] = []
    for item in data.get("entry", []):
        entries.append(
            PhraseEntry(
                text=item["text"].strip(),
                category=item.get("category", ""),
                tags=list(item.get("tags", [])),
                note=item.get("note", ""),
                source="builtin",
                valid_from=item.get("valid_from"),
                valid_to=item.get("valid_to"),
                wrong_variants=list(item.get("wrong", [])),
            )
        )
    for group in data.get("category", []):
        for text in group.get("phrases", []):
            entries.append(PhraseEntry(text=text.strip(), category=group["name"], source="builtin"))
    return hashlib.sha256(raw).hexdigest(), entries
