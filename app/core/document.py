"""The report model: plain data, no Qt, no python-docx.

A report is a sequence of blocks (paragraphs and tables) plus metadata. Every
paragraph carries a stable id so the editor, the checker and the outline can
refer to it across edits; ids are never reused within one report.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum


class Role(str, Enum):
    """What a paragraph is in the report's structure."""

    TITLE = "title"
    HEADING1 = "heading1"
    HEADING2 = "heading2"
    HEADING3 = "heading3"
    HEADING4 = "heading4"
    BODY = "body"

    @classmethod
    def heading(cls, level: int) -> Role:
        return {1: cls.HEADING1, 2: cls.HEADING2, 3: cls.HEADING3, 4: cls.HEADING4}[level]

    @property
    def heading_level(self) -> int | None:
        return {"heading1": 1, "heading2": 2, "heading3": 3, "heading4": 4}.get(self.value)


class Alignment(str, Enum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


@dataclass
class Run:
    """A stretch of text with one formatting.

    ``None`` means "inherited" (from the paragraph style), which is not the same as
    "off": a round trip must not turn inherited bold into explicit bold.
    ``generated`` marks text the model holds but the source file did not store as
    text, e.g. the ``一、`` produced by Word's automatic list numbering.
    """

    text: str
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    font: str | None = None
    east_asian_font: str | None = None
    size: float | None = None  # points
    generated: bool = False


RunKey = tuple[str, bool | None, bool | None, bool | None, str | None, str | None, float | None, bool]


def run_key(run: Run) -> RunKey:
    """Everything a run holds, as a hashable value (for "has this paragraph changed?")."""
    return (run.text, run.bold, run.italic, run.underline, run.font, run.east_asian_font, run.size, run.generated)


@dataclass(eq=False)
class SourceRef:
    """Which paragraph of the file on disk a model paragraph came from.

    ``index`` is the paragraph's position in the importer's walk (document order,
    table cells and content controls included); ``runs`` is a snapshot of the runs
    as imported, so a save can tell an edited paragraph from an unchanged one and
    notice when the file on disk no longer matches.

    Deliberately mutable and shared: the editor copies paragraphs with
    ``dataclasses.replace``, which keeps the same ``SourceRef`` object, so when a
    save re-points it at the file just written, the editor's copy follows.
    """

    index: int
    runs: tuple[RunKey, ...]


_id_counter = itertools.count(1)


def new_paragraph_id() -> str:
    """A process-unique id; stable for the paragraph's life in memory."""
    return f"p{next(_id_counter)}"


@dataclass
class Paragraph:
    runs: list[Run] = field(default_factory=list)
    role: Role = Role.BODY
    alignment: Alignment | None = None
    first_line_indent: float | None = None  # points
    left_indent: float | None = None  # points
    style_name: str | None = None
    # A heading level the source file declared (Word heading style or
    # w:outlineLvl), 1-based; None when it declared none.
    outline_level: int | None = None
    in_table: bool = False
    id: str = field(default_factory=new_paragraph_id)
    # Where this paragraph lives in the .docx it was opened from (or last saved
    # to); None for a paragraph the user created. Not part of equality.
    source: SourceRef | None = field(default=None, compare=False, repr=False)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    @classmethod
    def from_text(cls, text: str, **kwargs: object) -> Paragraph:
        return cls(runs=[Run(text)] if text else [], **kwargs)  # type: ignore[arg-type]


@dataclass
class Cell:
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Table:
    rows: list[list[Cell]] = field(default_factory=list)


Block = Paragraph | Table


@dataclass
class Omission:
    """Something in the source file that the model cannot show or keep.

    ``kind`` is a stable id (``image``, ``textbox``, ``comment`` …); ``count`` how
    many; ``text`` any text it held, so nothing the user wrote disappears unseen.
    """

    kind: str
    count: int = 1
    text: str = ""


@dataclass
class Report:
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    report_type: str | None = None
    year: int | None = None
    omissions: list[Omission] = field(default_factory=list)
    # Fingerprints of findings the user marked "not a fault"; saved with the file.
    ignored_findings: list[str] = field(default_factory=list)
    # Last year's report this one was drafted from (issue 7): its paragraph texts,
    # its year and the file name it came from. Saved inside the .docx (see
    # app/formats/lastyear_part.py) so the link survives renaming or moving the file;
    # the checker compares against it (unchanged-from-last-year).
    last_year: list[str] | None = None
    last_year_year: int | None = None
    last_year_name: str | None = None

    def iter_paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph in document order, table cells included (row by row).

        This order defines the ``paragraph`` index of the check/outline JSON.
        """
        for block in self.blocks:
            if isinstance(block, Paragraph):
                yield block
            else:
                for row in block.rows:
                    for cell in row:
                        yield from cell.paragraphs

    @property
    def paragraphs(self) -> list[Paragraph]:
        return list(self.iter_paragraphs())

    def texts(self) -> list[str]:
        return [p.text for p in self.iter_paragraphs()]

    @classmethod
    def from_text(cls, text: str) -> Report:
        """A report from plain text, one paragraph per line (blank lines dropped)."""
        lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
        return cls(blocks=[Paragraph.from_text(line) for line in lines if line])
