"""Fuzzing with hypothesis: import → model → save → import, mutated .docx bytes, and
the checker over arbitrary Unicode. Fixed seed and bounded in CI; a longer run:

    WENGAO_FUZZ_EXAMPLES=2000 .venv/bin/python -m pytest tests/test_fuzz.py -o timeout=0

Every input must either work or fail with DocumentError, never hang (10 s per input).
"""

from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.checks.engine import CheckEngine
from app.checks.resources import load_check_resources
from app.core.document import Alignment, Cell, Paragraph, Report, Run, Table
from app.formats import load_document, save_document
from app.formats.errors import DocumentError
from tests.conftest import SAMPLE_000_DOCX

EXAMPLES = int(os.environ.get("WENGAO_FUZZ_EXAMPLES", "40"))
PER_INPUT_S = 10.0
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)

# Text as reports have it: CJK, 公文 punctuation and markers, digits, Latin, plus
# anything else Unicode offers (XML-illegal characters included: the writer must
# cope with them).
_report_chars = st.sampled_from(list("一二三四五六七八九十、（）。，；：“”《》【】*＊×○□＿年月日是的党建设2023XxＡ .\t"))
_any_chars = st.characters(codec="utf-8", exclude_categories=("Cs",))
_text = st.text(st.one_of(_report_chars, _report_chars, _any_chars), max_size=60)


def _clean(text: str) -> str:
    """What a saved text holds: XML 1.0 characters (others become U+FFFD); a CR, like
    LF, is a line break (w:br) and reads back as LF."""
    return "".join(
        ch if (ch in "\t\n\r" or 0x20 <= ord(ch) <= 0xD7FF or 0xE000 <= ord(ch) <= 0xFFFD or ord(ch) >= 0x10000) else "\ufffd"
        for ch in text
    ).replace("\r", "\n")


_run = st.builds(
    Run,
    text=_text.filter(bool),
    bold=st.sampled_from([None, True, False]),
    italic=st.sampled_from([None, True, False]),
    underline=st.sampled_from([None, True, False]),
)
_paragraph = st.builds(
    Paragraph,
    runs=st.lists(_run, max_size=4),
    alignment=st.sampled_from([None, Alignment.CENTER, Alignment.RIGHT, Alignment.JUSTIFY]),
)
_table = st.builds(
    lambda rows: Table([[Cell([Paragraph.from_text(t, in_table=True)]) for t in row] for row in rows]),
    st.lists(st.lists(_text, min_size=1, max_size=3), min_size=1, max_size=3).map(
        lambda rows: [row + [""] * (max(map(len, rows)) - len(row)) for row in rows]
    ),
)
_report = st.builds(lambda blocks: Report(blocks=blocks), st.lists(st.one_of(_paragraph, _paragraph, _table), min_size=1, max_size=8))


@FUZZ
@given(report=_report)
def test_model_save_import_round_trip(report: Report, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "r.docx"
    start = time.perf_counter()
    save_document(report, path)
    back = load_document(path)
    # Save again from the imported file (the source-preserving path) and reopen.
    edited = load_document(path)
    if edited.paragraphs:
        edited.paragraphs[0].runs.append(Run("改"))
    save_document(edited, path, source_path=path)
    again = load_document(path)
    assert time.perf_counter() - start < PER_INPUT_S
    expected = [_clean(t) for t in report.texts()]
    assert [t for t in back.texts() if t] == [t for t in expected if t]
    if edited.paragraphs:
        assert [t for t in again.texts() if t] == [t for t in edited.texts() if t]


def _sample_bytes() -> bytes:
    return Path(SAMPLE_000_DOCX).read_bytes()


def _mutated_package(data: bytes, member_choice: int, position: float, junk: bytes) -> bytes:
    """Rewrite one member of the sample with junk spliced into it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    target = names[member_choice % len(names)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name in names:
            body = source.read(name)
            if name == target:
                at = int(len(body) * position)
                body = body[:at] + junk + body[at + len(junk) // 2:]
            package.writestr(name, body)
    return out.getvalue()


@FUZZ
@given(
    member=st.integers(0, 50), position=st.floats(0, 1), junk=st.binary(min_size=1, max_size=40),
    flip=st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), max_size=6),
)
def test_mutated_docx_opens_or_fails_cleanly(member, position, junk, flip, tmp_path_factory) -> None:
    data = bytearray(_mutated_package(_sample_bytes(), member, position, junk))
    for offset, value in flip:  # raw byte flips hit the zip structure itself
        data[offset % len(data)] = value
    path = tmp_path_factory.mktemp("mut") / "m.docx"
    path.write_bytes(bytes(data))
    start = time.perf_counter()
    try:
        report = load_document(path)
    except DocumentError as error:
        assert error.message("zh") and error.message("en")
    else:
        assert isinstance(report, Report)
    assert time.perf_counter() - start < PER_INPUT_S


_ENGINE: list[CheckEngine] = []


def _engine() -> CheckEngine:
    if not _ENGINE:
        _ENGINE.append(CheckEngine(load_check_resources()))
    return _ENGINE[0]


@FUZZ
@given(texts=st.lists(_text, max_size=12))
def test_checker_over_arbitrary_text(texts: list[str]) -> None:
    start = time.perf_counter()
    result = _engine().check(texts)
    assert time.perf_counter() - start < PER_INPUT_S
    for finding in result.findings:
        assert 0 <= finding.paragraph < len(texts)
        assert 0 <= finding.start <= finding.end <= len(texts[finding.paragraph])
        assert finding.message
