"""Build small .docx packages inside tests, part by part, with zipfile.

Writing the XML by hand keeps every test self-contained and lets the bad-input
tests break exactly one thing (a content type, a relationship, a part name).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_DECL = (
    f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
)
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CT_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_MACRO = "application/vnd.ms-word.document.macroEnabled.main+xml"
CT_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
REL_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def p(text: str = "", *, ppr: str = "", rpr: str = "") -> str:
    """A paragraph with one run (none when ``text`` is empty)."""
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    run = f'<w:r>{rpr_xml}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
    ppr_xml = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr_xml}{run}</w:p>"


def num_p(text: str, num_id: int, ilvl: int = 0, style: str | None = None) -> str:
    """A paragraph numbered by Word: the label is not in the text."""
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    return p(text, ppr=f'{style_xml}<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')


def styled_p(text: str, style: str) -> str:
    return p(text, ppr=f'<w:pStyle w:val="{style}"/>')


def lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{escape(text)}"/>{extra}</w:lvl>'
    )


def abstract_num(abstract_id: int, *levels: str, extra: str = "") -> str:
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{extra}{"".join(levels)}</w:abstractNum>'


def num(num_id: int, abstract_id: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def start_override(ilvl: int, start: int) -> str:
    return f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'


def gongwen_abstract(abstract_id: int = 1) -> str:
    """一、 / （一） / 1. / （1）: the 公文 hierarchy as Word/WPS list levels."""
    return abstract_num(
        abstract_id,
        lvl(0, "chineseCounting", "%1、"),
        lvl(1, "chineseCounting", "（%2）"),
        lvl(2, "decimal", "%3."),
        lvl(3, "decimal", "（%4）"),
    )


def numbering_xml(*items: str) -> str:
    """abstractNums must come before nums in a valid part; callers pass them in order."""
    return f"{XML_DECL}<w:numbering {NS_DECL}>{''.join(items)}</w:numbering>"


def style(
    style_id: str,
    name: str,
    *,
    kind: str = "paragraph",
    based_on: str | None = None,
    ppr: str = "",
    rpr: str = "",
    default: bool = False,
) -> str:
    default_attr = ' w:default="1"' if default else ""
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    ppr_xml = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:style w:type="{kind}" w:styleId="{style_id}"{default_attr}>'
        f'<w:name w:val="{escape(name)}"/>{based}{ppr_xml}{rpr_xml}</w:style>'
    )


def styles_xml(*items: str, defaults: str = "") -> str:
    return f"{XML_DECL}<w:styles {NS_DECL}>{defaults}{''.join(items)}</w:styles>"


def document_xml(body: str) -> str:
    return f"{XML_DECL}<w:document {NS_DECL}><w:body>{body}<w:sectPr/></w:body></w:document>"


def content_types(main_type: str = CT_DOCUMENT, overrides: dict[str, str] | None = None) -> str:
    extra = "".join(f'<Override PartName="/{name}" ContentType="{ctype}"/>' for name, ctype in (overrides or {}).items())
    return (
        f'{XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>{extra}</Types>'
    )


def relationships(*rels: tuple[str, str]) -> str:
    """(type, target) pairs → a relationships part; type may be a short name like ``styles``."""
    items = "".join(
        f'<Relationship Id="rId{i}" Type="{t if "/" in t else REL + t}" Target="{target}"/>'
        for i, (t, target) in enumerate(rels, 1)
    )
    return f'{XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>'


def write_parts(path: Path, parts: dict[str, str | bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def docx_parts(
    body: str,
    *,
    numbering: str | None = None,
    styles: str | None = None,
    main_type: str = CT_DOCUMENT,
    extra_parts: dict[str, str | bytes] | None = None,
    extra_rels: tuple[tuple[str, str], ...] = (),
) -> dict[str, str | bytes]:
    """The parts of a minimal valid package around ``body`` (a string of block XML)."""
    rels: list[tuple[str, str]] = []
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": content_types(main_type),
        "_rels/.rels": relationships((REL_DOC, "word/document.xml")),
        "word/document.xml": document_xml(body),
    }
    if styles is not None:
        parts["word/styles.xml"] = styles
        rels.append(("styles", "styles.xml"))
    if numbering is not None:
        parts["word/numbering.xml"] = numbering
        rels.append(("numbering", "numbering.xml"))
    rels.extend(extra_rels)
    parts["word/_rels/document.xml.rels"] = relationships(*rels)
    parts.update(extra_parts or {})
    return parts


def build_docx(path: Path, body: str, **kwargs: object) -> Path:
    return write_parts(path, docx_parts(body, **kwargs))  # type: ignore[arg-type]
