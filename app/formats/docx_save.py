"""Report → .docx: the window's Ctrl+S.

With a source file (the .docx the report was opened from, or last saved to) the
save works on that package: every zip member is copied through byte for byte
except ``word/document.xml`` (and the custom properties part, see
:mod:`app.formats.custom_props`). The body is rebuilt in the model's order:

- a paragraph is linked to its XML by :attr:`Paragraph.source` (a
  :class:`SourceRef`: its index in the importer's walk plus a snapshot of its runs
  as imported). A stale or missing link falls back to matching by content, in
  order (difflib), so a file saved earlier, or a report rebuilt from the editor
  without links, still finds its paragraphs;
- an unchanged paragraph keeps its original element verbatim (images, text
  boxes, fields, bookmarks, comment anchors, tracked changes survive byte for
  byte);
- a changed paragraph keeps its ``w:pPr`` and original runs/containers wherever
  their text and formatting are still the same; new text gets runs built from the
  model on top of the formatting of the text it replaced; drawings, bookmarks,
  comment anchors, note references, equations, field codes and tracked deletions
  are put back at the same place in the text (mapped through a character diff).
  What cannot be kept (a hyperlink, content control or tracked insertion whose
  text was edited, ruby, symbol fonts) is named in the returned list;
- automatic numbering: an unchanged generated label (``Run.generated``) is left to
  ``w:numPr``; a changed or removed label turns numbering off for that paragraph
  and the text is written as typed. After the body is built, the numbering is
  re-run over it and any paragraph whose number Word would now render differently
  from what the user saw (paragraphs moved or deleted around it) gets its label
  written as text, so the saved file shows exactly what the editor showed;
- a new paragraph clones the ``w:pPr`` (and run formatting) of the nearest
  paragraph like it (same role, same heading level), else a plain body paragraph
  indented two characters; deleted paragraphs disappear (anything invisible they
  held, e.g. an image, is listed);
- tables are kept verbatim when unchanged, updated cell by cell when the shape
  is the same, else rebuilt simply; content controls and other wrappers at body
  level are kept when their paragraphs are; the final ``w:sectPr`` and body-level
  elements the model does not show (bookmarks, section breaks, deleted blocks)
  stay where they were.

Without a source (or when it can no longer be read, which is then listed) a
fresh package is built by :mod:`app.formats.docx_build`.

Writing is atomic (:func:`app.core.atomicfile.atomic_write_bytes`): a temporary
file next to the target, fsync, reopened with :func:`app.formats.load_document`,
then ``os.replace``. After a successful save the report's paragraphs are linked
to the file just written (``SourceRef`` objects are updated in place), so the
next save, with that file as the source, finds them again.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import io
import itertools
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from app.core.atomicfile import atomic_write_bytes
from app.core.document import Paragraph, Report, Run, RunKey, SourceRef, Table, run_key
from app.core.outline import parse_marker
from app.formats import docx_import as imp
from app.formats.custom_props import write_wengao_properties
from app.formats.docx_build import GB9704, heading_span_end
from app.formats.errors import DocumentError
from app.formats.lastyear_part import write_last_year
from app.formats.numbering import Numbering
from app.formats.parts import Parts, serialize
from app.formats.safety import Package, check_path, open_binary, sniff
from app.formats.styles import Styles
from app.formats.wordxml import (
    PPR,
    RPR,
    VAL,
    apply_run_format,
    ensure_ppr,
    make_run,
    ppr_child,
    remove_child,
    set_alignment,
    w,
)

NUM_PR = w("numPr")
NUM_ID = w("numId")
SECT_PR = w("sectPr")
PPR_CHANGE = w("pPrChange")
RPR_CHANGE = w("rPrChange")
TC_PR = w("tcPr")
TBL_PR = w("tblPr")
COMMENT_REFERENCE = w("commentReference")
FOOTNOTE_REFERENCE = w("footnoteReference")
ENDNOTE_REFERENCE = w("endnoteReference")
VANISH = w("vanish")

# Inline wrappers the importer reads through; flattening one loses it.
_CONTAINER_LOST = {
    imp.HYPERLINK: "超链接",
    imp.SDT: "内容控件",
    imp.INS: "修订标记",
    imp.MOVE_TO: "修订标记",
    imp.FLD_SIMPLE: "域（自动更新的内容）",
    imp.SMART_TAG: "",
    imp.CUSTOM_XML: "",
    imp.DIR: "",
    imp.BDO: "",
    imp.MC_ALTERNATE: "",
    imp.P: "",
}
_BLOCK_WRAPPER_LOST = {imp.SDT: "内容控件", imp.INS: "修订标记", imp.MOVE_TO: "修订标记"}

Format = tuple[bool | None, bool | None, bool | None, str | None, str | None, float | None]


# ---------------------------------------------------------------- entry point


def save_document(
    report: Report,
    path: str | os.PathLike[str],
    *,
    source_path: str | os.PathLike[str] | None = None,
    dry_run: bool = False,
) -> list[str]:
    """Save ``report`` as .docx at ``path``; return what could not be kept (plain Chinese).

    ``dry_run`` only computes that list. Raises :class:`DocumentError` (kinds
    ``save-failed``, ``save-verify-failed``) or :class:`OSError` (permissions, disk);
    either way the file at ``path`` is left as it was.
    """
    try:
        rendered = _render(report, source_path)
    except DocumentError as exc:
        if exc.kind in ("save-failed", "save-verify-failed"):
            raise
        raise DocumentError("save-failed", detail=f"{exc.kind}: {exc.detail}") from exc
    except MemoryError:
        raise DocumentError("save-failed", detail="out of memory") from None
    except Exception as exc:  # noqa: BLE001 - the contract: DocumentError or OSError, never a traceback
        raise DocumentError("save-failed", detail=f"{type(exc).__name__}: {exc}") from exc
    if dry_run:
        return rendered.lost
    atomic_write_bytes(path, rendered.data, verify=_verify)
    rendered.relink()
    return rendered.lost


def _verify(written: Path) -> None:
    # Looked up at call time so the check is the same function the app opens files with.
    import app.formats as formats

    try:
        formats.load_document(written)
    except DocumentError as exc:
        raise DocumentError("save-verify-failed", detail=f"{exc.kind}: {exc.detail}") from exc


@dataclass
class _Rendered:
    data: bytes
    lost: list[str]
    links: list[tuple[Paragraph, int, tuple[RunKey, ...]]] = field(default_factory=list)

    def relink(self) -> None:
        for paragraph, index, runs in self.links:
            if paragraph.source is None:
                paragraph.source = SourceRef(index, runs)
            else:
                paragraph.source.index = index
                paragraph.source.runs = runs


def _without_table_artefacts(report: Report) -> Report:
    """Drop empty, unlinked paragraphs right before or after a table.

    The editor (QTextDocument) cannot put a table next to anything but a block of
    its own, so it hands back an empty paragraph on each side of every table that
    the file never had; written out, each save would add more.
    """
    blocks = report.blocks

    def artefact(i: int) -> bool:
        block = blocks[i]
        if not isinstance(block, Paragraph) or block.source is not None or block.text:
            return False
        return (i > 0 and isinstance(blocks[i - 1], Table)) or (
            i + 1 < len(blocks) and isinstance(blocks[i + 1], Table)
        )

    kept = [block for i, block in enumerate(blocks) if not artefact(i)]
    return report if len(kept) == len(blocks) else dataclasses.replace(report, blocks=kept)


def _render(report: Report, source_path: str | os.PathLike[str] | None) -> _Rendered:
    lost: list[str] = []
    numbers = {id(p): i + 1 for i, p in enumerate(report.iter_paragraphs())}
    report = _without_table_artefacts(report)
    if source_path is not None:
        try:
            source = _Source.open(source_path)
        except DocumentError as exc:
            if exc.kind == "cancelled":
                raise
            lost.append(
                f"原文件“{Path(os.fspath(source_path)).name}”已无法读取，其中编辑器不显示的内容（图片、批注、页眉页脚等）"
            )
        else:
            return _SourceSave(report, source, numbers).render()
    from app.formats.docx_build import build_docx

    parts = Parts.from_zip(build_docx(report))
    write_wengao_properties(parts, report)
    write_last_year(parts, report)
    data = parts.to_bytes()
    links: list[tuple[Paragraph, int, tuple[RunKey, ...]]] = []
    built = _Source.from_bytes(data)
    model = list(report.iter_paragraphs())
    if len(model) == len(built.entries):
        # The builder writes exactly one w:p per model paragraph, in order.
        links = [(p, e.index, e.runs) for p, e in zip(model, built.entries)]
    return _Rendered(data, lost, links)


# ---------------------------------------------------------------- the source package


def _same_format(model: Format, source: Format) -> bool:
    """Bold/italic/underline must agree; a font or size the model leaves None matches any."""
    if model[:3] != source[:3]:
        return False
    return all(m is None or m == s for m, s in zip(model[3:], source[3:]))


def _same_alignment(model: Paragraph, source: Paragraph) -> bool:
    # None is "no opinion": the editor reports the default (left) alignment as None.
    return model.alignment is None or model.alignment == source.alignment


def _chars(keys: Iterable[RunKey]) -> tuple[str, list[tuple]]:
    """A paragraph's text and each character's (format, generated)."""
    text, formats = [], []
    for key in keys:
        text.append(key[0])
        formats.extend([key[1:]] * len(key[0]))
    return "".join(text), formats


def _unchanged(model_runs: list[Run], entry_keys: tuple[RunKey, ...]) -> bool:
    if _normal(map(run_key, model_runs)) == entry_keys:
        return True  # the same runs (merged as the editor merges them): every character agrees
    model_text, model_formats = _chars(map(run_key, model_runs))
    source_text, source_formats = _chars(entry_keys)
    if model_text != source_text:
        return False
    for m, s in zip(model_formats, source_formats):
        if m[-1] != s[-1] or not _same_format(m[:-1], s[:-1]):  # type: ignore[arg-type]
            return False
    return True


def _content(keys: Iterable[RunKey]) -> tuple:
    """What content matching compares: text and bold/italic/underline, not fonts."""
    return _normal((k[0], k[1], k[2], k[3], None, None, None, k[7]) for k in keys)


def _normal(keys: Iterable[RunKey]) -> tuple[RunKey, ...]:
    """Runs as the user sees them: empty runs dropped, equal neighbours merged
    (the editor merges adjacent runs with the same formatting)."""
    out: list[RunKey] = []
    for key in keys:
        if not key[0]:
            continue
        if out and out[-1][1:] == key[1:]:
            out[-1] = (out[-1][0] + key[0], *key[1:])  # type: ignore[assignment]
        else:
            out.append(key)
    return tuple(out)


@dataclass
class _Entry:
    index: int
    el: etree._Element
    para: Paragraph
    runs: tuple[RunKey, ...]  # as imported (for SourceRef)
    key: tuple[RunKey, ...]  # normalised
    top: etree._Element  # the body child holding it
    tbl: etree._Element | None  # its outermost table, if any

    @property
    def label(self) -> str | None:
        runs = self.para.runs
        return runs[0].text if runs and runs[0].generated else None


class _Source:
    def __init__(
        self, parts: Parts, package: Package, main: str, root: etree._Element, styles: Styles, numbering: Numbering
    ) -> None:
        self.parts = parts
        self.package = package
        self.main = main
        self.root = root
        self.styles = styles
        self.numbering = numbering
        body = root.find(imp.BODY)
        if body is None:
            body = etree.SubElement(root, imp.BODY)
        self.body = body
        self.entries: list[_Entry] = []
        self.tables: dict[etree._Element, Table] = {}
        self.walk()

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> _Source:
        check_path(path)
        with open_binary(path) as stream:
            data = stream.read()
        return cls.from_bytes(data)

    @classmethod
    def from_bytes(cls, data: bytes) -> _Source:
        if sniff(data[:8192]) != "zip":
            raise DocumentError("not-zip")
        package = Package(io.BytesIO(data))
        main = imp._main_part(package)
        omissions = imp._Omissions()
        related = imp._related_parts(package, main)
        styles_root = imp._optional_part(package, related["styles"][0], omissions) if "styles" in related else None
        styles = Styles(styles_root)
        numbering_root = (
            imp._optional_part(package, related["numbering"][0], omissions) if "numbering" in related else None
        )
        numbering = Numbering(numbering_root, styles.numbering_style_num_ids())
        root = package.parse(main)
        if root.tag.startswith(f"{{{imp.STRICT_W_NS}}}"):
            raise DocumentError("strict-ooxml")
        return cls(Parts.from_zip(data), package, main, root, styles, numbering)

    def walk(self) -> list[etree._Element]:
        """Run the importer's walk over the body; fills ``entries`` and ``tables``."""
        elements: list[etree._Element] = []
        walker = imp._Walker(self.styles, self.numbering, imp._Omissions(), None, None, elements)
        blocks = walker.body(self.body)
        self.tables = dict(walker.tables or [])
        paragraphs = list(Report(blocks=blocks).iter_paragraphs())
        entries = []
        body = self.body
        for index, (el, para) in enumerate(zip(elements, paragraphs)):
            top, tbl = el, None
            parent = el.getparent()
            while parent is not None and parent is not body:
                if top.tag == imp.TBL:
                    tbl = top
                top, parent = parent, parent.getparent()
            if top.tag == imp.TBL:
                tbl = top
            runs = para.source.runs if para.source else tuple(run_key(r) for r in para.runs)
            entries.append(_Entry(index, el, para, runs, _normal(runs), top, tbl))
        self.entries = entries
        return elements

    def style_numbered(self, ppr: etree._Element | None) -> bool:
        style_id = None
        if ppr is not None:
            pstyle = ppr.find(w("pStyle"))
            style_id = pstyle.get(VAL) if pstyle is not None else None
        num_id = self.styles.resolve(style_id).num_id
        return bool(num_id) and num_id != "0"


# ---------------------------------------------------------------- inline parsing of a source paragraph


@dataclass
class _Piece:
    kind: str  # "run" | "container" | "anchor"
    el: etree._Element
    start: int
    end: int
    children: list[_Piece] = field(default_factory=list)
    # run only: ("text", offset) / ("anchor", offset, child) / ("lossy", offset, description)
    segments: list[tuple] = field(default_factory=list)
    rpr: etree._Element | None = None


class _Inline:
    """A source paragraph's inline content as pieces with character spans."""

    def __init__(self, p: etree._Element) -> None:
        self.chars: list[str] = []
        self.formats: list[Format] = []
        self.rprs: list[etree._Element | None] = []
        self.pieces = self._parse(p, top=True)
        self.text = "".join(self.chars)

    def _parse(self, parent: etree._Element, top: bool = False) -> list[_Piece]:
        pieces = []
        for child in parent:
            tag = child.tag
            if top and tag == PPR:
                continue
            if tag == imp.R:
                pieces.append(self._run(child))
            elif tag in _CONTAINER_LOST:
                if tag == imp.SDT:
                    content = child.find(imp.SDT_CONTENT)
                elif tag == imp.MC_ALTERNATE:
                    content = imp._alternate_choice_element(child)
                else:
                    content = child
                start = len(self.chars)
                kids = self._parse(content) if content is not None else []
                end = len(self.chars)
                pieces.append(_Piece("container" if end > start else "anchor", child, start, end, kids))
            else:
                # Deletions, equations, bookmarks, comment ranges, proofing marks …
                # hold no text the model shows: kept as they are, in place.
                pieces.append(_Piece("anchor", child, len(self.chars), len(self.chars)))
        return pieces

    def _run(self, r: etree._Element) -> _Piece:
        rpr = r.find(RPR)
        probe = Run("")
        hidden = imp._apply_rpr(probe, rpr) if rpr is not None else False
        start = len(self.chars)
        if hidden:
            return _Piece("anchor", r, start, start)
        fmt: Format = (probe.bold, probe.italic, probe.underline, probe.font, probe.east_asian_font, probe.size)
        segments: list[tuple] = []

        def add(text: str) -> None:
            self.chars.extend(text)
            self.formats.extend([fmt] * len(text))
            self.rprs.extend([rpr] * len(text))

        for child in r:
            tag = child.tag
            offset = len(self.chars)
            if tag == RPR:
                continue
            text = _child_text(child)
            if text is None:
                segments.append(("anchor", offset, child))
            elif tag in (imp.T, imp.TAB, imp.PTAB, imp.BR, imp.CR, imp.NO_BREAK_HYPHEN):
                add(text)
                segments.append(("text", offset))
            else:
                add(text)
                segments.append(("lossy", offset, _LOSSY.get(tag, "特殊格式的文字")))
        return _Piece("run", r, start, len(self.chars), segments=segments, rpr=rpr)


_LOSSY = {imp.SYM: "特殊符号", imp.RUBY: "注音", imp.MC_ALTERNATE: "兼容格式的文字"}


def _child_text(child: etree._Element) -> str | None:
    """The text a run child shows in the model (as the importer reads it), None if none."""
    tag = child.tag
    if tag == imp.T:
        return child.text or ""
    if tag in (imp.TAB, imp.PTAB):
        return "\t"
    if tag == imp.BR:
        return None if child.get(imp.TYPE) in ("page", "column") else "\n"
    if tag == imp.CR:
        return "\n"
    if tag == imp.NO_BREAK_HYPHEN:
        return "\u2011"
    if tag == imp.SYM:
        code = imp.int_or_none_hex(child.get(imp.CHAR))
        if code is not None and not 0xE000 <= code <= 0xF8FF and code > 31:
            return chr(code)
        return None
    if tag == imp.RUBY:
        base = child.find(imp.RUBY_BASE)
        text = "".join(t.text or "" for t in base.iter(imp.T)) if base is not None else ""
        return text or None
    if tag == imp.MC_ALTERNATE:
        choice = imp._alternate_choice_element(child)
        text = "".join(t.text or "" for sub in choice if sub.tag == imp.R for t in sub.iter(imp.T))
        return text or None
    return None


def _describe(el: etree._Element) -> list[str]:
    """What an element holds that the editor does not show (for the "cannot keep" list)."""
    found: dict[str, None] = {}
    for sub in el.iter():
        tag = sub.tag
        if tag in (imp.DRAWING, imp.PICT):
            found["文本框" if next(sub.iter(imp.TXBX_CONTENT), None) is not None else "图片"] = None
        elif tag == imp.OBJECT:
            found["嵌入对象"] = None
        elif tag == COMMENT_REFERENCE:
            found["批注"] = None
        elif tag == FOOTNOTE_REFERENCE:
            found["脚注"] = None
        elif tag == ENDNOTE_REFERENCE:
            found["尾注"] = None
        elif tag == imp.M_OMATH:
            found["公式"] = None
        elif tag == VANISH and imp._on(sub) and sub.getparent() is not None:
            run = sub.getparent().getparent()
            if run is not None and run.tag == imp.R and any((t.text or "").strip() for t in run.iter(imp.T)):
                found["隐藏文字"] = None
    return list(found)


# ---------------------------------------------------------------- the save


def _excerpt(text: str) -> str:
    text = text.strip()
    return f"“{text[:12]}…”" if len(text) > 12 else f"“{text}”"


class _SourceSave:
    def __init__(self, report: Report, source: _Source, numbers: dict[int, int] | None = None) -> None:
        self.report = report
        self.source = source
        self.model: list[Paragraph] = list(report.iter_paragraphs())
        # Paragraph numbers in messages count as the user's document does.
        self.number = numbers if numbers is not None else {id(p): i + 1 for i, p in enumerate(self.model)}
        self.lost: dict[str, None] = {}
        self.match: list[int | None] = [None] * len(self.model)
        self.verbatim: list[bool] = [False] * len(self.model)
        self.emitted: set[int] = set()  # entry indexes whose element is in the output
        # output paragraph element → (model paragraph, the label Word must render or None)
        self.registry: dict[etree._Element, tuple[Paragraph, str | None]] = {}
        self._match()

    # -- matching model paragraphs to source paragraphs

    def _match(self) -> None:
        entries = self.source.entries
        by_key: dict[tuple, list[int]] = {}
        for entry in entries:
            by_key.setdefault(entry.key, []).append(entry.index)
        used: set[int] = set()
        for m, para in enumerate(self.model):
            ref = para.source
            if ref is None:
                continue
            key = _normal(ref.runs)
            k = ref.index
            if not (
                0 <= k < len(entries)
                and k not in used
                and entries[k].key == key
                and entries[k].para.in_table == para.in_table
            ):
                candidates = [
                    i for i in by_key.get(key, []) if i not in used and entries[i].para.in_table == para.in_table
                ]
                k = min(candidates, key=lambda i: abs(i - ref.index)) if candidates else -1
            if k >= 0:
                self.match[m] = k
                used.add(k)

        # Everything else by content, in order; an edited paragraph sitting between
        # matched neighbours is paired with the source paragraph it replaced.
        def model_token(m: int) -> tuple:
            k = self.match[m]
            return (
                ("E", k) if k is not None else ("C", _content(map(run_key, self.model[m].runs)), self.model[m].in_table)
            )

        def entry_token(k: int) -> tuple:
            return ("E", k) if k in used else ("C", _content(entries[k].runs), entries[k].para.in_table)

        a = [model_token(m) for m in range(len(self.model))]
        b = [entry_token(k) for k in range(len(entries))]
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                pairs = list(zip(range(i1, i2), range(j1, j2)))
            elif tag == "replace":
                free_m = [m for m in range(i1, i2) if self.match[m] is None]
                free_k = [k for k in range(j1, j2) if k not in used]
                pairs = self._pair_similar(free_m, free_k)
            else:
                continue
            for m, k in pairs:
                if self.match[m] is None and k not in used and entries[k].para.in_table == self.model[m].in_table:
                    self.match[m] = k
                    used.add(k)
        for m, k in enumerate(self.match):
            if k is not None:
                para = self.model[m]
                entry = entries[k]
                self.verbatim[m] = _same_alignment(para, entry.para) and _unchanged(para.runs, entry.key)

    def _pair_similar(self, free_m: list[int], free_k: list[int]) -> list[tuple[int, int]]:
        entries = self.source.entries
        if len(free_m) == len(free_k):
            return list(zip(free_m, free_k))
        pairs = []
        start = 0
        for m in free_m:
            text = self.model[m].text
            for pos in range(start, len(free_k)):
                k = free_k[pos]
                if difflib.SequenceMatcher(None, text, entries[k].para.text, autojunk=False).ratio() >= 0.5:
                    pairs.append((m, k))
                    start = pos + 1
                    break
        return pairs

    # -- the body

    def render(self) -> _Rendered:
        source = self.source
        body = source.body
        entries = source.entries
        tops = list(body)
        final_sect = tops[-1] if tops and tops[-1].tag == SECT_PR else None
        top_index = {el: i for i, el in enumerate(tops)}

        # Which model blocks come from which body child.
        blocks = self.report.blocks
        block_first_m: list[int] = []
        m = 0
        for block in blocks:
            block_first_m.append(m)
            m += 1 if isinstance(block, Paragraph) else sum(len(c.paragraphs) for row in block.rows for c in row)
        block_top: list[etree._Element | None] = []
        block_tbl: list[etree._Element | None] = []
        for b, block in enumerate(blocks):
            ms = self._block_ms(b, block_first_m)
            tops_here = [entries[self.match[i]].top for i in ms if self.match[i] is not None]
            tbls = [entries[self.match[i]].tbl for i in ms if self.match[i] is not None]
            if isinstance(block, Table):
                tbls = [t for t in tbls if t is not None]
                tbl = max(set(tbls), key=tbls.count) if tbls else None
                block_tbl.append(tbl)
                block_top.append(
                    next(
                        (
                            entries[self.match[i]].top
                            for i in ms
                            if self.match[i] is not None and entries[self.match[i]].tbl is tbl
                        ),
                        None,
                    )
                    if tbl is not None
                    else None
                )
            else:
                block_tbl.append(None)
                block_top.append(tops_here[0] if tops_here else None)

        # Wrappers (content controls …) at body level kept whole or with their paragraphs replaced in place.
        kept_wrappers: dict[etree._Element, list[int]] = {}
        for top in tops:
            if top.tag in (imp.P, imp.TBL, SECT_PR):
                continue
            inside = [e.index for e in entries if e.top is top]
            if not inside:
                continue
            bs = [b for b in range(len(blocks)) if block_top[b] is top]
            if self._wrapper_keepable(top, inside, bs, blocks, block_first_m, block_tbl):
                kept_wrappers[top] = bs

        used_tables: set[etree._Element] = set()
        out: list[etree._Element] = []
        out_top: list[etree._Element | None] = []
        for b, block in enumerate(blocks):
            top = block_top[b]
            if top is not None and top in kept_wrappers:
                if kept_wrappers[top][0] == b:
                    self._fill_wrapper(top, kept_wrappers[top], blocks, block_first_m)
                    out.append(top)
                    out_top.append(top)
                continue
            if (
                top is not None
                and top.tag not in (imp.P, imp.TBL)
                and top in top_index
                and block_first_m[b] < len(self.model)
            ):
                lost = _BLOCK_WRAPPER_LOST.get(top.tag)
                if lost:
                    self._lose(self.model[block_first_m[b]], f"所在的{lost}")
            if isinstance(block, Paragraph):
                out.append(self._paragraph(block_first_m[b]))
            else:
                tbl = block_tbl[b]
                if tbl is not None and tbl in used_tables:
                    tbl = None  # a second model table claiming the same source table is built anew
                if tbl is not None:
                    used_tables.add(tbl)
                out.append(self._table(block, block_first_m[b], tbl))
            out_top.append(top)

        # Body children the model does not show stay after whatever preceded them.
        emitted_tops = {t for t in out_top if t is not None}
        anchors_after: dict[etree._Element | None, list[etree._Element]] = {}
        previous: etree._Element | None = None
        for top in tops:
            if top is final_sect:
                continue
            holds = any(e.top is top for e in entries)
            if top in emitted_tops:
                previous = top
                continue
            if holds:
                anchor = self._section_break_of(top)
                if anchor is None:
                    continue
            else:
                anchor = top
            anchors_after.setdefault(previous, []).append(anchor)
        last_for_top: dict[etree._Element, int] = {}
        for i, t in enumerate(out_top):
            if t is not None:
                last_for_top[t] = i
        final: list[etree._Element] = list(anchors_after.get(None, []))
        after_index: dict[int, list[etree._Element]] = {}
        for t, anchors in anchors_after.items():
            if t is not None:
                after_index.setdefault(last_for_top[t], []).extend(anchors)
        for i, el in enumerate(out):
            final.append(el)
            final.extend(after_index.get(i, []))
        if final_sect is not None:
            final.append(final_sect)
        _reorder(body, final)

        for entry in entries:
            if entry.index not in self.emitted:
                for what in _describe(entry.el):
                    text = entry.para.text.strip()
                    where = f"已删除的段落{_excerpt(text)}" if text else "已删除的空段落"
                    self.lost[f"{where}中的{what}"] = None

        links = self._settle_numbering()
        parts = source.parts
        parts.set(source.main, serialize(source.root))
        write_wengao_properties(parts, self.report)
        write_last_year(parts, self.report)
        return _Rendered(parts.to_bytes(), list(self.lost), links)

    def _block_ms(self, b: int, block_first_m: list[int]) -> range:
        block = self.report.blocks[b]
        count = 1 if isinstance(block, Paragraph) else sum(len(c.paragraphs) for row in block.rows for c in row)
        return range(block_first_m[b], block_first_m[b] + count)

    def _wrapper_keepable(
        self,
        top: etree._Element,
        inside: list[int],
        bs: list[int],
        blocks: list,
        block_first_m: list[int],
        block_tbl: list,
    ) -> bool:
        if not bs or bs != list(range(bs[0], bs[0] + len(bs))):
            return False
        ms = [m for b in bs for m in self._block_ms(b, block_first_m)]
        if [self.match[m] for m in ms] != inside:
            return False
        has_table = any(isinstance(blocks[b], Table) for b in bs)
        if has_table:
            # Tables inside a wrapper are kept only when nothing in the wrapper changed.
            return all(self.verbatim[m] for m in ms)
        return True

    def _fill_wrapper(self, top: etree._Element, bs: list[int], blocks: list, block_first_m: list[int]) -> None:
        for b in bs:
            for m in self._block_ms(b, block_first_m):
                entry = self.source.entries[self.match[m]]  # type: ignore[index]
                old = entry.el
                new = self._paragraph(m)
                if new is not old:
                    parent = old.getparent()
                    if parent is not None:
                        parent.replace(old, new)

    def _section_break_of(self, top: etree._Element) -> etree._Element | None:
        """A deleted paragraph that ended a section: keep the break as an empty paragraph."""
        if top.tag != imp.P or not len(top) or top[0].tag != PPR or top[0].find(SECT_PR) is None:
            return None
        p = etree.Element(imp.P)
        p.append(copy.deepcopy(top[0]))
        return p

    def _lose(self, para: Paragraph, what: str) -> None:
        number = self.number.get(id(para))
        self.lost[f"第{number}段{what}" if number else what] = None

    # -- paragraphs

    def _paragraph(self, m: int) -> etree._Element:
        para = self.model[m]
        k = self.match[m]
        if k is None:
            return self._new_paragraph(m)
        entry = self.source.entries[k]
        self.emitted.add(k)
        if self.verbatim[m]:
            self.registry[entry.el] = (para, entry.label)
            return entry.el
        return self._rebuild(m, entry)

    def _rebuild(self, m: int, entry: _Entry) -> etree._Element:
        para = self.model[m]
        old_p = entry.el
        label = entry.label
        numbered = bool(label) and bool(para.runs) and para.runs[0].generated and para.runs[0].text == label
        model_runs = [r for r in (para.runs[1:] if numbered else para.runs) if r.text]

        inline = _Inline(old_p)
        imported_text = "".join(r.text for r in (entry.para.runs[1:] if label else entry.para.runs))
        trusted = inline.text == imported_text

        p = etree.Element(imp.P, attrib=dict(old_p.attrib))
        ppr = old_p[0] if len(old_p) and old_p[0].tag == PPR else None
        if ppr is not None:
            # Copies, never moves: the source element stays whole for neighbours that clone it.
            p.append(copy.deepcopy(ppr))
        if not _same_alignment(para, entry.para):
            set_alignment(ensure_ppr(p), para.alignment)
        if label and not numbered:
            self._numbering_off(ensure_ppr(p))

        self._fill_runs(p, para, model_runs, inline, trusted)
        self.registry[p] = (para, label if numbered else None)
        return p

    def _fill_runs(
        self, p: etree._Element, para: Paragraph, model_runs: list[Run], inline: _Inline, trusted: bool
    ) -> None:
        old = inline.text
        new = "".join(r.text for r in model_runs)
        new_fmt: list[Format] = []
        new_run: list[int] = []
        for i, run in enumerate(model_runs):
            fmt: Format = (run.bold, run.italic, run.underline, run.font, run.east_asian_font, run.size)
            new_fmt.extend([fmt] * len(run.text))
            new_run.extend([i] * len(run.text))

        ops = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes() if (old or new) else []
        newpos: list[int | None] = [None] * len(old)
        template: list[int | None] = [None] * len(new)
        for tag, i1, i2, j1, j2 in ops:
            if tag == "equal":
                for d in range(i2 - i1):
                    newpos[i1 + d] = j1 + d
                    template[j1 + d] = i1 + d
            elif tag == "replace":
                for j in range(j1, j2):
                    template[j] = i1 + min(j - j1, i2 - i1 - 1)
            elif tag == "insert":
                for j in range(j1, j2):
                    template[j] = i1 - 1 if i1 > 0 else (i1 if i1 < len(old) else None)

        def map_offset(o: int) -> int:
            for tag, i1, i2, j1, j2 in ops:
                if i1 <= o <= i2:
                    if tag == "equal":
                        return j1 + (o - i1)
                    return j1 if tag in ("delete", "insert") else j1 + min(o - i1, j2 - j1)
            return len(new)

        def preserved(start: int, end: int) -> bool:
            if not trusted or end <= start:
                return False
            first = newpos[start]
            if first is None:
                return False
            for i in range(start, end):
                j = newpos[i]
                if j is None or j != first + (i - start) or not _same_format(new_fmt[j], inline.formats[i]):
                    return False
            return True

        order = itertools.count()
        items: list[tuple[int, int, int, str, object]] = []
        covered = [False] * len(new)

        def visit(pieces: list[_Piece]) -> None:
            for piece in pieces:
                if piece.kind == "anchor":
                    items.append((map_offset(piece.start), 0, next(order), "move", piece.el))
                elif preserved(piece.start, piece.end):
                    j = newpos[piece.start]
                    assert j is not None
                    items.append((j, 1, next(order), "move", piece.el))
                    for d in range(piece.end - piece.start):
                        covered[j + d] = True
                elif piece.kind == "container":
                    lost = _CONTAINER_LOST.get(piece.el.tag, "")
                    if lost:
                        self._lose(para, f"中的{lost}")
                    visit(piece.children)
                else:
                    for segment in piece.segments:
                        if segment[0] == "anchor":
                            items.append((map_offset(segment[1]), 0, next(order), "wrap", (piece.rpr, segment[2])))
                        elif segment[0] == "lossy":
                            self._lose(para, f"中的{segment[2]}")

        visit(inline.pieces)
        anchor_positions = {item[0] for item in items if item[1] == 0}

        def template_rpr(j: int) -> etree._Element | None:
            i = template[j]
            return inline.rprs[i] if i is not None and i < len(inline.rprs) else None

        j = 0
        while j < len(new):
            if covered[j]:
                j += 1
                continue
            start = j
            key = (new_run[j], id(template_rpr(j)))
            j += 1
            while (
                j < len(new)
                and not covered[j]
                and j not in anchor_positions
                and (new_run[j], id(template_rpr(j))) == key
            ):
                j += 1
            items.append(
                (start, 1, next(order), "new", (new[start:j], model_runs[new_run[start]], template_rpr(start)))
            )

        items.sort(key=lambda item: (item[0], item[1], item[2]))
        for _, _, _, kind, payload in items:
            if kind == "move":
                p.append(copy.deepcopy(payload))  # type: ignore[arg-type]
            elif kind == "wrap":
                rpr, child = payload  # type: ignore[misc]
                r = etree.SubElement(p, imp.R)
                if rpr is not None:
                    r.append(copy.deepcopy(rpr))
                r.append(copy.deepcopy(child))
            else:
                text, run, base = payload  # type: ignore[misc]
                make_run(p, text, _run_rpr(base, run))

    def _numbering_off(self, ppr: etree._Element) -> None:
        remove_child(ppr, NUM_PR)
        if self.source.style_numbered(ppr):
            # The style numbers the paragraph: numId 0 says "not here".
            ppr_child(ppr, "numPr").append(_num_id_zero())

    def _new_paragraph(self, m: int) -> etree._Element:
        para = self.model[m]
        neighbour = self._neighbour(m)
        p = etree.Element(imp.P)
        runs = [r for r in para.runs if r.text]
        text = "".join(r.text for r in runs)
        if neighbour is None:
            ppr = etree.SubElement(p, PPR)
            if not para.in_table:
                ind = ppr_child(ppr, "ind")
                ind.set(w("firstLineChars"), "200")
            set_alignment(ppr, para.alignment)
            for run in runs:
                make_run(p, run.text, _run_rpr(None, run))
        else:
            old_ppr = neighbour.el[0] if len(neighbour.el) and neighbour.el[0].tag == PPR else None
            ppr = copy.deepcopy(old_ppr) if old_ppr is not None else etree.Element(PPR)
            for tag in (SECT_PR, PPR_CHANGE):
                remove_child(ppr, tag)
            p.append(ppr)
            ppr = p[0]
            remove_child(ppr, NUM_PR)
            if self.source.style_numbered(ppr):
                ppr_child(ppr, "numPr").append(_num_id_zero())
            if not _same_alignment(para, neighbour.para):
                set_alignment(ppr, para.alignment)
            if not len(ppr):
                p.remove(ppr)
            inline = _Inline(neighbour.el)
            old_cut = heading_span_end(neighbour.para.text)
            label = neighbour.label
            if old_cut is not None and label:
                old_cut -= len(label)
            new_cut = heading_span_end(text)
            pos = 0
            for run in runs:
                for piece_text, base_index in _split_by_cut(run.text, pos, new_cut, old_cut):
                    base = inline.rprs[min(base_index, len(inline.rprs) - 1)] if inline.rprs else None
                    make_run(p, piece_text, _run_rpr(base, run))
                pos += len(run.text)
        self.registry[p] = (para, None)
        return p

    def _neighbour(self, m: int) -> _Entry | None:
        """The source paragraph a new paragraph should look like: nearest, same kind."""
        para = self.model[m]
        marker = parse_marker(para.text)
        level = marker.level if marker is not None else None
        entries = self.source.entries

        def kind(q: Paragraph) -> tuple:
            found = parse_marker(q.text)
            return (q.in_table, q.role, found.level if found is not None else None)

        wanted = (para.in_table, para.role, level)
        order = [
            i
            for pair in itertools.zip_longest(range(m - 1, -1, -1), range(m + 1, len(self.model)))
            for i in pair
            if i is not None
        ]
        for strict in (True, False):
            for i in order:
                k = self.match[i]
                if k is None:
                    continue
                candidate = entries[k]
                if strict and kind(candidate.para) != wanted:
                    continue
                if not strict and (
                    candidate.para.in_table != para.in_table
                    or candidate.para.role != para.role
                    or (level is None) != (kind(candidate.para)[2] is None)
                ):
                    continue
                return candidate
        return None

    # -- tables

    def _table(self, table: Table, first_m: int, tbl: etree._Element | None) -> etree._Element:
        """The source table updated cell by cell, or a simple new one when there is none.

        Cells are found through their paragraphs' links, not by grid position: the
        editor's table is a full rows × columns grid while a merged cell has fewer
        ``w:tc``, so positions do not line up.
        """
        source = self.source
        ms = iter(range(first_m, first_m + sum(len(c.paragraphs) for row in table.rows for c in row)))
        cells_m = [[[next(ms) for _ in cell.paragraphs] for cell in row] for row in table.rows]
        imported = source.tables.get(tbl) if tbl is not None else None
        if imported is None or tbl is None:
            return self._simple_table(table, cells_m, None)
        trs = imp._descend(tbl, imp.TR, (imp.TBL,))
        rows_tcs = [imp._descend(tr, imp.TC, (imp.TR, imp.TBL)) for tr in trs]
        original: dict[etree._Element, list[int]] = {}
        tc_of: dict[int, etree._Element] = {}
        for r, row in enumerate(imported.rows):
            for c, cell in enumerate(row):
                if r < len(rows_tcs) and c < len(rows_tcs[r]):
                    tc = rows_tcs[r][c]
                    original[tc] = [p.source.index for p in cell.paragraphs if p.source is not None]
                    for k in original[tc]:
                        tc_of[k] = tc
        assigned: dict[etree._Element, list[int]] = {tc: [] for tc in original}
        for r, row_ms in enumerate(cells_m):
            for c, cell_ms in enumerate(row_ms):
                home = next((tc_of[k] for k in (self.match[m] for m in cell_ms) if k is not None and k in tc_of), None)
                if home is None:
                    if all(not self.model[m].text for m in cell_ms):
                        continue  # a grid cell the file does not have (merged), left empty
                    if r < len(rows_tcs) and rows_tcs[r]:
                        home = rows_tcs[r][min(c, len(rows_tcs[r]) - 1)]
                    elif rows_tcs and rows_tcs[-1]:
                        home = rows_tcs[-1][-1]
                    else:
                        return self._simple_table(table, cells_m, tbl)
                    assigned.setdefault(home, [])
                for m in cell_ms:
                    k = self.match[m]
                    if k is not None and k in tc_of:
                        home = tc_of[k]
                    assigned[home].append(m)
        for tc, tc_ms in assigned.items():
            if [self.match[m] for m in tc_ms] == original.get(tc) and all(self.verbatim[m] for m in tc_ms):
                for m in tc_ms:
                    entry = source.entries[self.match[m]]  # type: ignore[index]
                    self.emitted.add(entry.index)
                    self.registry[entry.el] = (self.model[m], entry.label)
                continue
            for child in list(tc):
                if child.tag != TC_PR:
                    tc.remove(child)
            for m in tc_ms:
                tc.append(self._paragraph(m))
            if not tc_ms:
                etree.SubElement(tc, imp.P)  # a cell must end with a paragraph
        return tbl

    def _simple_table(self, table: Table, cells_m: list[list[list[int]]], old: etree._Element | None) -> etree._Element:
        columns = max((len(row) for row in table.rows), default=1) or 1
        tbl = etree.Element(imp.TBL)
        old_pr = old.find(TBL_PR) if old is not None else None
        if old_pr is not None:
            tbl.append(copy.deepcopy(old_pr))
        else:
            tbl_pr = etree.SubElement(tbl, TBL_PR)
            etree.SubElement(tbl_pr, w("tblW"), {w("w"): "5000", w("type"): "pct"})
            borders = etree.SubElement(tbl_pr, w("tblBorders"))
            for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
                etree.SubElement(borders, w(side), {VAL: "single", w("sz"): "4", w("space"): "0", w("color"): "auto"})
        width = round((210 - GB9704.left_mm - GB9704.right_mm) / 25.4 * 1440) // columns
        grid = etree.SubElement(tbl, w("tblGrid"))
        for _ in range(columns):
            etree.SubElement(grid, w("gridCol"), {w("w"): str(width)})
        for r, row in enumerate(table.rows):
            tr = etree.SubElement(tbl, imp.TR)
            for c in range(columns):
                tc = etree.SubElement(tr, imp.TC)
                etree.SubElement(etree.SubElement(tc, TC_PR), w("tcW"), {w("w"): str(width), w("type"): "dxa"})
                ms = cells_m[r][c] if c < len(row) else []
                for m in ms:
                    tc.append(self._paragraph(m))
                if not ms:
                    etree.SubElement(tc, imp.P)
        return tbl

    # -- numbering as Word will render it

    def _settle_numbering(self) -> list[tuple[Paragraph, int, tuple[RunKey, ...]]]:
        source = self.source
        for _ in range(20):
            elements = source.walk()
            changed = False
            for entry in source.entries:
                info = self.registry.get(entry.el)
                if info is None:
                    continue
                para, expected = info
                if entry.label == expected:
                    continue
                self._literal_label(entry.el, expected)
                self.registry[entry.el] = (para, None)
                changed = True
            if not changed:
                break
        del elements
        links = []
        for entry in source.entries:
            info = self.registry.get(entry.el)
            if info is not None:
                links.append((info[0], entry.index, entry.runs))
        return links

    def _literal_label(self, p: etree._Element, label: str | None) -> None:
        """Turn Word's numbering off here and, if the user saw a label, write it as text."""
        ppr = ensure_ppr(p)
        self._numbering_off(ppr)
        if not label:
            return
        first_run = next(p.iter(imp.R), None)
        base = first_run.find(RPR) if first_run is not None else None
        rpr = copy.deepcopy(base) if base is not None else None
        if rpr is not None:
            remove_child(rpr, RPR_CHANGE)
        r = make_run(etree.Element("scratch"), label, rpr)
        p.insert(1, r)


def _reorder(parent: etree._Element, final: list[etree._Element]) -> None:
    """Make ``parent``'s children ``final`` while moving as few elements as possible.

    lxml tidies namespace declarations on an element it moves, so an element left
    in place is also left byte-identical; only what really moved is touched.
    """
    current = list(parent)
    matcher = difflib.SequenceMatcher(None, [id(el) for el in current], [id(el) for el in final], autojunk=False)
    stay: set[int] = set()
    for block in matcher.get_matching_blocks():
        for d in range(block.size):
            stay.add(id(current[block.a + d]))
    for el in current:
        if id(el) not in stay:
            parent.remove(el)
    cursor: etree._Element | None = None
    for el in final:
        if id(el) in stay:
            cursor = el
            continue
        if cursor is None:
            parent.insert(0, el)
        else:
            cursor.addnext(el)
        cursor = el


def _split_by_cut(text: str, pos: int, new_cut: int | None, old_cut: int | None) -> list[tuple[str, int]]:
    """(piece, index of the neighbour's character whose formatting it takes)."""
    body_base = old_cut if old_cut is not None else 0
    if new_cut is None:
        return [(text, body_base)]
    head = max(0, min(len(text), new_cut - pos))
    out = []
    if head:
        out.append((text[:head], 0))
    if head < len(text):
        out.append((text[head:], body_base))
    return out


def _num_id_zero() -> etree._Element:
    el = etree.Element(NUM_ID)
    el.set(VAL, "0")
    return el


def _run_rpr(base: etree._Element | None, run: Run) -> etree._Element:
    rpr = copy.deepcopy(base) if base is not None else etree.Element(RPR)
    for tag in (RPR_CHANGE, VANISH):
        remove_child(rpr, tag)
    apply_run_format(rpr, run, keep_fonts=True)
    return rpr
