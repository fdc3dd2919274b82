"""Wengao's own data inside a .docx: custom document properties (``docProps/custom.xml``).

What is stored (all optional; other programs' custom properties are kept):

- ``WengaoIgnoredFindings``: the fingerprints of findings the user marked "not a
  fault", as a JSON list of strings. Word and WPS show (and may cut) text
  properties longer than 255 characters, so a long list is split over
  ``WengaoIgnoredFindings``, ``WengaoIgnoredFindings.2``, ``.3`` … and joined in
  that order when read.
- ``WengaoReportType``: the report type's name (text).
- ``WengaoYear``: the report year (integer).

Custom properties, not a customXml part, because Word, WPS and LibreOffice all
keep them on their own saves and show them under 文件 → 属性 → 自定义, so a
user can see (and delete) what the file carries. Reading is forgiving: anything
missing, malformed or out of range is ignored, never an import failure.
"""

from __future__ import annotations

import json
import re

from lxml import etree

from app.core.document import Report
from app.formats.parts import Parts, ensure_content_type_override, ensure_relationship, serialize

CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_PART = "docProps/custom.xml"
# The format id every "user defined" custom property carries.
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

IGNORED = "WengaoIgnoredFindings"
REPORT_TYPE = "WengaoReportType"
YEAR = "WengaoYear"
_CHUNK = 250
_OURS = re.compile(rf"^(?:{IGNORED}(?:\.\d+)?|{REPORT_TYPE}|{YEAR})$")
_PROPERTY = f"{{{CUSTOM_NS}}}property"


def _custom_part_name(rels: list[tuple[str, str]]) -> str:
    for rel_type, target in rels:
        if rel_type.endswith("/custom-properties"):
            return target
    return CUSTOM_PART


def _values(root: etree._Element) -> dict[str, str]:
    values = {}
    for prop in root.iter(_PROPERTY):
        name = prop.get("name")
        if name and len(prop):
            values[name] = prop[0].text or ""
    return values


def read_wengao_properties(package: object, report: Report) -> None:
    """Fill ``report.ignored_findings``, ``report_type`` and ``year`` from the package, if present."""
    from app.formats.safety import Package, read_relationships

    assert isinstance(package, Package)
    try:
        name = _custom_part_name(read_relationships(package, ""))
        if not package.has(name):
            return
        values = _values(package.parse(name))
    except Exception:  # noqa: BLE001 - our metadata is optional; a damaged part must not stop the import
        return
    apply_values(values, report)


def apply_values(values: dict[str, str], report: Report) -> None:
    if IGNORED in values:
        chunks = [values[IGNORED]]
        number = 2
        while f"{IGNORED}.{number}" in values:
            chunks.append(values[f"{IGNORED}.{number}"])
            number += 1
        try:
            findings = json.loads("".join(chunks))
        except ValueError:
            findings = None
        if isinstance(findings, list) and all(isinstance(item, str) for item in findings):
            report.ignored_findings = list(dict.fromkeys(findings))
    report_type = values.get(REPORT_TYPE, "").strip()
    if report_type and len(report_type) <= 200:
        report.report_type = report_type
    year = values.get(YEAR, "").strip()
    if year.isdigit() and 1900 <= int(year) <= 2200:
        report.year = int(year)


def _wanted(report: Report) -> list[tuple[str, str, str]]:
    """(name, vt type, value) of the properties this report should carry."""
    wanted: list[tuple[str, str, str]] = []
    if report.ignored_findings:
        text = json.dumps(list(dict.fromkeys(report.ignored_findings)), ensure_ascii=False)
        chunks = [text[i : i + _CHUNK] for i in range(0, len(text), _CHUNK)]
        for number, chunk in enumerate(chunks, 1):
            wanted.append((IGNORED if number == 1 else f"{IGNORED}.{number}", "lpwstr", chunk))
    if report.report_type:
        wanted.append((REPORT_TYPE, "lpwstr", report.report_type))
    if report.year is not None:
        wanted.append((YEAR, "i4", str(int(report.year))))
    return wanted


def write_wengao_properties(parts: Parts, report: Report) -> None:
    """Put the report's properties into the package, replacing stale ones of ours."""
    from app.formats.safety import parse_xml

    wanted = _wanted(report)
    rels_data = parts.get("_rels/.rels")
    name = CUSTOM_PART
    if rels_data is not None:
        rels_root = parse_xml(rels_data, "_rels/.rels")
        for rel in rels_root:
            if (rel.get("Type") or "").endswith("/custom-properties") and rel.get("TargetMode") != "External":
                name = (rel.get("Target") or CUSTOM_PART).lstrip("/")
                break
    existing = parts.get(name)
    root = None
    if existing is not None:
        try:
            root = parse_xml(existing, name)
        except Exception:  # noqa: BLE001 - a damaged part of ours is rewritten from scratch
            root = None
        if root is not None and root.tag != f"{{{CUSTOM_NS}}}Properties":
            root = None
    if root is None:
        if not wanted:
            return
        root = etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS, "vt": VT_NS})
    changed = False
    for prop in list(root.iter(_PROPERTY)):
        if _OURS.match(prop.get("name") or ""):
            prop.getparent().remove(prop)
            changed = True
    pids = [int(p.get("pid")) for p in root.iter(_PROPERTY) if (p.get("pid") or "").isdigit()]
    pid = max([1, *pids]) + 1
    for prop_name, vt_type, value in wanted:
        prop = etree.SubElement(root, _PROPERTY, fmtid=FMTID, pid=str(pid), name=prop_name)
        etree.SubElement(prop, f"{{{VT_NS}}}{vt_type}").text = value
        pid += 1
        changed = True
    if not changed and existing is not None:
        return
    parts.set(name, serialize(root))
    ensure_content_type_override(parts, name, CUSTOM_CT)
    ensure_relationship(parts, "_rels/.rels", CUSTOM_REL, name)
