"""Autosave journal, lock files and the report serialisation they use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.core import filelock, journal
from app.core.document import Alignment, Cell, Omission, Paragraph, Report, Role, Run, SourceRef, Table
from app.core.serialize import report_from_dict, report_to_dict
from app.formats import load_document
from tests.conftest import SAMPLE_000_DOCX


def _sample_report() -> Report:
    return Report(
        blocks=[
            Paragraph([Run("2023年度述职报告", bold=True, size=22.0)], role=Role.TITLE, alignment=Alignment.CENTER),
            Paragraph([Run("一、", generated=True), Run("履职情况", east_asian_font="黑体")], outline_level=1,
                      source=SourceRef(3, (("一、", None, None, None, None, None, None, True),))),
            Table([[Cell([Paragraph.from_text("表格", in_table=True)]), Cell([])]]),
        ],
        report_type="述职报告", year=2023, omissions=[Omission("image", 2, "")], ignored_findings=["abc"],
        last_year=["2022年度述职报告", "去年的段落"], last_year_year=2022, last_year_name="2022.docx",
    )


def test_serialisation_round_trips_everything() -> None:
    report = _sample_report()
    back = report_from_dict(json.loads(json.dumps(report_to_dict(report))))
    assert back.texts() == report.texts()
    assert back.blocks[0].runs == report.blocks[0].runs
    assert back.blocks[0].alignment is Alignment.CENTER and back.blocks[0].role is Role.TITLE
    assert back.blocks[1].source.index == 3 and back.blocks[1].source.runs == report.blocks[1].source.runs
    assert back.blocks[1].runs[0].generated
    assert isinstance(back.blocks[2], Table) and back.blocks[2].rows[0][0].paragraphs[0].in_table
    assert (back.report_type, back.year, back.omissions, back.ignored_findings) == ("述职报告", 2023, report.omissions, ["abc"])
    assert (back.last_year, back.last_year_year, back.last_year_name) == (["2022年度述职报告", "去年的段落"], 2022, "2022.docx")


def test_old_journal_without_last_year_still_loads() -> None:
    data = report_to_dict(_sample_report())
    for key in ("last_year", "last_year_year", "last_year_name"):
        del data[key]
    assert report_from_dict(data).last_year is None


def test_serialisation_of_a_real_sample() -> None:
    report = load_document(SAMPLE_000_DOCX)
    back = report_from_dict(report_to_dict(report))
    assert back.texts() == report.texts()
    assert [p.runs for p in back.paragraphs] == [p.runs for p in report.paragraphs]


def test_journal_of_a_live_session_is_not_offered(tmp_path: Path) -> None:
    own = journal.Journal(tmp_path)
    own.write(_sample_report(), "/x/报告.docx", "报告.docx")
    assert journal.recoverable(tmp_path) == []  # we are alive
    own.discard()
    assert not any(tmp_path.iterdir())


def test_journal_of_a_dead_session_is_offered_and_restores(tmp_path: Path) -> None:
    own = journal.Journal(tmp_path, session="s1")
    own.write(_sample_report(), None, "未命名")
    # Pretend it was written by a process that has exited.
    data = json.loads(own.file.read_text(encoding="utf-8"))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    data["pid"] = int(dead.stdout)
    own.file.write_text(json.dumps(data), encoding="utf-8")
    infos = journal.recoverable(tmp_path)
    assert [i.display_name for i in infos] == ["未命名"]
    assert infos[0].preview.startswith("2023年度述职报告")
    assert journal.load(infos[0]).texts() == _sample_report().texts()
    journal.discard(infos[0])
    assert journal.recoverable(tmp_path) == []


def test_broken_journal_is_moved_aside(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    assert journal.recoverable(tmp_path) == []
    assert (tmp_path / "x.broken").exists()


def test_lock_from_another_live_process_warns_and_stale_one_does_not(tmp_path: Path) -> None:
    document = tmp_path / "述职报告.docx"
    document.write_bytes(b"x")
    assert filelock.current_owner(document) is None
    assert filelock.acquire(document)
    assert filelock.current_owner(document) is None  # our own lock
    lock = filelock.lock_path(document)
    data = json.loads(lock.read_text(encoding="utf-8"))
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        data["pid"] = other.pid
        lock.write_text(json.dumps(data), encoding="utf-8")
        owner = filelock.current_owner(document)
        assert owner is not None and owner.pid == other.pid and not owner.office
    finally:
        other.kill()
        other.wait()
    assert filelock.current_owner(document) is None  # its process is gone: stale
    data["pid"] = os.getpid()
    lock.write_text(json.dumps(data), encoding="utf-8")
    filelock.release(document)
    assert not lock.exists()


def test_word_owner_file_is_reported(tmp_path: Path) -> None:
    document = tmp_path / "2022年度述责述廉报告.docx"
    document.write_bytes(b"x")
    (tmp_path / "~$22年度述责述廉报告.docx").write_bytes(b"owner")
    owner = filelock.current_owner(document)
    assert owner is not None and owner.office


def test_no_lock_is_written_into_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "去年的报告"
    folder.mkdir()
    document = folder / "报告.docx"
    document.write_bytes(b"x")
    folder.chmod(0o555)
    try:
        assert not filelock.acquire(document)
        assert not filelock.lock_path(document).exists()
    finally:
        folder.chmod(0o755)
