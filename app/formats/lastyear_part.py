"""Last year's report inside this year's .docx: a custom XML part (issue 7).

A draft made "from last year's report" carries last year's paragraph texts, so
the checker can flag paragraphs left unchanged wherever the file is moved or
however it is renamed. Stored as a Word data-store item::

    customXml/itemN.xml        <wg:lastYear xmlns:wg="urn:wengao:last-year:1" year="2022" name="…">
                                 <wg:p>paragraph text</wg:p> …
    customXml/itemPropsN.xml   ds:datastoreItem with a schemaRef to our namespace
    customXml/_rels/itemN.xml.rels, a customXml relationship from the main document part

Why a custom XML part rather than custom document properties (custom_props.py):
a report's text is 10k–500k characters, and Word/WPS show and may cut text
properties over 255 characters; data-store items are kept by Word, WPS and
LibreOffice on their own saves and are invisible to the user.

Reading looks for our namespace in any ``customXml/item*.xml`` (Word renumbers
items when it saves), so it does not depend on the relationship surviving.
Reading is forgiving: a damaged or foreign part means "no link", never an
import failure. A report without a link that is saved over a package with one
gets an empty item (no paragraphs), which reads back as "no link".
"""

from __future__ import annotations

import re
import uuid

from lxml import etree

from app.core.document import Report
from app.formats.parts import Parts, ensure_content_type_override, ensure_relationship, serialize

NS = "urn:wengao:last-year:1"
DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
CUSTOM_XML_PROPS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
PROPS_CT = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_ITEM = re.compile(r"^customXml/item(\d+)\.xml$", re.IGNORECASE)
# XML 1.0 cannot hold most control characters; a paragraph text should not have
# them, but one stray character must not make the save fail.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAX_PARAGRAPHS = 100_000


def _is_ours(root: etree._Element) -> bool:
    return root.tag == f"{{{NS}}}lastYear"


def read_last_year(package: object, report: Report) -> None:
    """Fill ``report.last_year`` (and its year/name) from the package, if it carries them."""
    from app.formats.safety import Package

    assert isinstance(package, Package)
    for name in package.names():
        if not _ITEM.match(name):
            continue
        try:
            root = package.parse(name)
        except Exception:  # noqa: BLE001 - optional metadata: a damaged part is no link
            continue
        if not _is_ours(root):
            continue
        texts = [el.text or "" for el in root.iter(f"{{{NS}}}p")][:MAX_PARAGRAPHS]
        if not texts:
            return
        report.last_year = texts
        year = (root.get("year") or "").strip()
        report.last_year_year = int(year) if year.isdigit() and 1900 <= int(year) <= 2200 else None
        report.last_year_name = (root.get("name") or "")[:260] or None
        return


def _build(report: Report) -> bytes:
    root = etree.Element(f"{{{NS}}}lastYear", nsmap={"wg": NS})
    if report.last_year_year is not None:
        root.set("year", str(int(report.last_year_year)))
    if report.last_year_name:
        root.set("name", _NOT_XML.sub("", report.last_year_name))
    for text in report.last_year or ():
        etree.SubElement(root, f"{{{NS}}}p").text = _NOT_XML.sub("", text)
    return serialize(root)


def _props(item_id: str) -> bytes:
    root = etree.Element(f"{{{DS_NS}}}datastoreItem", nsmap={"ds": DS_NS})
    root.set(f"{{{DS_NS}}}itemID", item_id)
    refs = etree.SubElement(root, f"{{{DS_NS}}}schemaRefs")
    etree.SubElement(refs, f"{{{DS_NS}}}schemaRef").set(f"{{{DS_NS}}}uri", NS)
    return serialize(root)


def _main_part(parts: Parts) -> str:
    from app.formats.safety import parse_xml, resolve_target

    data = parts.get("_rels/.rels")
    if data is not None:
        for rel in parse_xml(data, "_rels/.rels"):
            if (rel.get("Type") or "").endswith("/officeDocument"):
                target = resolve_target("", rel.get("Target") or "")
                if target:
                    return target
    return "word/document.xml"


def write_last_year(parts: Parts, report: Report) -> None:
    """Put ``report.last_year`` into the package (replacing our earlier item, if any)."""
    from app.formats.safety import parse_xml, rels_name

    existing = None
    numbers = []
    for name in parts.names():
        m = _ITEM.match(name)
        if not m:
            continue
        numbers.append(int(m.group(1)))
        if existing is None:
            try:
                if _is_ours(parse_xml(parts.get(name) or b"", name)):
                    existing = name
            except Exception:  # noqa: BLE001 - someone else's damaged item: leave it alone
                continue
    if existing is None and not report.last_year:
        return  # nothing to store and nothing stale to clear
    if existing is not None:
        parts.set(existing, _build(report))
        return
    number = max(numbers, default=0) + 1
    item = f"customXml/item{number}.xml"
    props = f"customXml/itemProps{number}.xml"
    parts.set(item, _build(report))
    parts.set(props, _props("{" + str(uuid.uuid4()).upper() + "}"))
    ensure_content_type_override(parts, props, PROPS_CT)
    if not _has_xml_default(parts):
        ensure_content_type_override(parts, item, "application/xml")
    ensure_relationship(parts, rels_name(item), CUSTOM_XML_PROPS_REL, f"itemProps{number}.xml")
    main = _main_part(parts)
    _add_relationship(parts, rels_name(main), CUSTOM_XML_REL, f"../{item}")


def _has_xml_default(parts: Parts) -> bool:
    from app.formats.safety import CT_NS, parse_xml

    data = parts.get("[Content_Types].xml")
    if data is None:
        return False
    root = parse_xml(data, "[Content_Types].xml")
    return any((d.get("Extension") or "").lower() == "xml" for d in root.iter(f"{{{CT_NS}}}Default"))


def _add_relationship(parts: Parts, rels_part: str, rel_type: str, target: str) -> None:
    """Like ensure_relationship, but a document may have several customXml items: match the target too."""
    from app.formats.safety import PKG_RELS_NS, parse_xml

    data = parts.get(rels_part)
    if data is not None:
        root = parse_xml(data, rels_part)
        for rel in root.iter(f"{{{PKG_RELS_NS}}}Relationship"):
            if rel.get("Type") == rel_type and rel.get("Target") == target:
                return
        ids = {rel.get("Id") for rel in root.iter(f"{{{PKG_RELS_NS}}}Relationship")}
        number = 1
        while f"rId{number}" in ids:
            number += 1
        etree.SubElement(root, f"{{{PKG_RELS_NS}}}Relationship", Id=f"rId{number}", Type=rel_type, Target=target)
        parts.set(rels_part, serialize(root))
    else:
        ensure_relationship(parts, rels_part, rel_type, target)
