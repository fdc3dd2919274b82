import os
import time
from pathlib import Path

import pytest

from app.core.atomicfile import STALE_TEMPORARY_S, atomic_write_bytes


def test_replaces_whole_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "报告.docx"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["报告.docx"]


def test_failed_verification_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "报告.docx"
    target.write_bytes(b"old")

    def refuse(path: Path) -> None:
        raise ValueError("not whole")

    with pytest.raises(ValueError):
        atomic_write_bytes(target, b"broken", verify=refuse)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["报告.docx"]


def test_stale_temporaries_of_killed_writes_are_cleaned_up(tmp_path: Path) -> None:
    target = tmp_path / "报告.docx"
    stale = tmp_path / ".报告.docx.abc123.tmp"
    fresh = tmp_path / ".报告.docx.def456.tmp"
    other = tmp_path / ".别的.docx.abc123.tmp"
    for leftover in (stale, fresh, other):
        leftover.write_bytes(b"half")
    old = time.time() - STALE_TEMPORARY_S - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    atomic_write_bytes(target, b"new")
    assert not stale.exists()
    assert fresh.exists()  # may belong to a write still going on
    assert other.exists()  # another document's
