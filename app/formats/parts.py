"""A .docx package held in memory as its zip members, for writing one back out.

Saving copies every member of the source package through unchanged (same name,
order, compression, timestamp) and replaces only the few parts it rewrites, so
what Wengao does not understand (media, headers, settings, custom XML …) survives
byte for byte.
"""

from __future__ import annotations

import io
import time
import zipfile
import zlib

from lxml import etree

from app.formats.errors import DocumentError
from app.formats.safety import CT_NS, PKG_RELS_NS


class Parts:
    """Zip members in order; ``set`` replaces a member's bytes or appends a new one."""

    def __init__(self) -> None:
        self._infos: list[zipfile.ZipInfo] = []
        self._data: dict[str, bytes] = {}

    @classmethod
    def from_zip(cls, data: bytes) -> Parts:
        parts = cls()
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                for info in zf.infolist():
                    if info.is_dir() or info.filename in parts._data:
                        continue
                    parts._infos.append(info)
                    parts._data[info.filename] = zf.read(info)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
            # A member the importer never needed may be damaged; copying it is impossible.
            raise DocumentError("corrupt-zip", detail=str(exc)) from None
        return parts

    def names(self) -> list[str]:
        return [info.filename for info in self._infos]

    def find(self, name: str) -> str | None:
        """The member name for a part name (leading ``/`` optional, case-insensitive as in OPC)."""
        name = name.lstrip("/")
        if name in self._data:
            return name
        lowered = name.lower()
        for info in self._infos:
            if info.filename.lower() == lowered:
                return info.filename
        return None

    def get(self, name: str) -> bytes | None:
        member = self.find(name)
        return self._data[member] if member is not None else None

    def set(self, name: str, data: bytes) -> None:
        member = self.find(name)
        if member is None:
            info = zipfile.ZipInfo(name.lstrip("/"), date_time=time.localtime()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            self._infos.append(info)
            member = info.filename
        self._data[member] = data

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zf:
            for info in self._infos:
                # A fresh ZipInfo per member: the source's sizes/CRC/extra fields
                # describe the old bytes, and zipfile recomputes them anyway.
                copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                copy.compress_type = (
                    info.compress_type
                    if info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
                    else zipfile.ZIP_DEFLATED
                )
                copy.external_attr = info.external_attr
                copy.create_system = info.create_system
                zf.writestr(copy, self._data[info.filename])
        return out.getvalue()


def serialize(root: etree._Element) -> bytes:
    """An XML part as Word writes it: UTF-8 with a standalone declaration."""
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + etree.tostring(root, encoding="UTF-8")


def ensure_content_type_override(parts: Parts, part_name: str, content_type: str) -> None:
    from app.formats.safety import parse_xml

    data = parts.get("[Content_Types].xml")
    if data is None:
        return
    root = parse_xml(data, "[Content_Types].xml")
    wanted = "/" + part_name.lstrip("/")
    for override in root.iter(f"{{{CT_NS}}}Override"):
        if (override.get("PartName") or "").lower() == wanted.lower():
            if override.get("ContentType") == content_type:
                return
            override.set("ContentType", content_type)
            break
    else:
        etree.SubElement(root, f"{{{CT_NS}}}Override", PartName=wanted, ContentType=content_type)
    parts.set("[Content_Types].xml", serialize(root))


def ensure_relationship(parts: Parts, rels_part: str, rel_type: str, target: str) -> None:
    """Add a relationship of ``rel_type`` to ``target`` unless one exists."""
    from app.formats.safety import parse_xml

    data = parts.get(rels_part)
    if data is None:
        root = etree.Element(f"{{{PKG_RELS_NS}}}Relationships", nsmap={None: PKG_RELS_NS})
    else:
        root = parse_xml(data, rels_part)
    ids = set()
    for rel in root.iter(f"{{{PKG_RELS_NS}}}Relationship"):
        ids.add(rel.get("Id"))
        if rel.get("Type") == rel_type:
            return
    number = 1
    while f"rId{number}" in ids:
        number += 1
    etree.SubElement(root, f"{{{PKG_RELS_NS}}}Relationship", Id=f"rId{number}", Type=rel_type, Target=target)
    parts.set(rels_part, serialize(root))
