"""Checks that run before any XML is parsed: the path, the magic bytes, the zip.

A .docx is a zip of XML parts. Everything here assumes the file is hostile
(truncated downloads, renamed files, fuzzer output, zip bombs, entity bombs) and
turns each problem into a :class:`DocumentError` with a stable kind, cheaply:
sizes come from the zip directory, XML is parsed only after the DOCTYPE check,
and no part is read beyond its limit.
"""

from __future__ import annotations

import os
import posixpath
import re
import stat
import zipfile
import zlib
from typing import IO

from lxml import etree

from app.formats.errors import DocumentError

# Limits. Real reports are well under 1 MiB of XML; these leave room for huge
# but honest documents while keeping a bomb under the 2 s / 300 MB budget.
MAX_MEMBERS = 5_000
MAX_XML_PART = 64 * 1024 * 1024  # declared uncompressed size of a part we parse
MAX_XML_TOTAL = 256 * 1024 * 1024  # all parts we might parse, together
MAX_RATIO = 200  # uncompressed : compressed, for parsed parts ...
RATIO_MIN_SIZE = 1024 * 1024  # ... once they are big enough for it to matter
MAX_TEXT_FILE = 64 * 1024 * 1024
# Elements per part, estimated before parsing as start tags ("<" minus "</"):
# lxml needs ~250 bytes per element, so this keeps any tree near 100 MB whatever
# the compression ratio. The largest real file in the corpus (12 MB of XML,
# 2,672 styles) has ~0.25 M; a 500k-character report ~0.05 M.
MAX_XML_ELEMENTS = 400_000

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

_XML_SUFFIXES = (".xml", ".rels", ".vml")

# One parser for every part: no entity expansion, no network, no DTD loading,
# libxml2's default size limits (huge_tree=False).
_PARSER_OPTIONS = dict(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_blank_text=False,
)


def xml_parser() -> etree.XMLParser:
    # A fresh parser per call: lxml parsers are not thread-safe and import may
    # run on a worker thread while another document loads.
    return etree.XMLParser(**_PARSER_OPTIONS)


# ---------------------------------------------------------------- the path


def check_path(path: str | os.PathLike[str]) -> int:
    """Raise unless ``path`` is an existing, readable, non-empty file; return its size."""
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise DocumentError("not-found", detail=str(exc)) from None
    except PermissionError as exc:
        raise DocumentError("permission", detail=str(exc)) from None
    except (OSError, ValueError) as exc:
        raise DocumentError("not-found", detail=str(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError("is-directory")
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or device would block or never end.
        raise DocumentError("not-zip", detail="not a regular file")
    if info.st_size == 0:
        raise DocumentError("empty")
    return info.st_size


def open_binary(path: str | os.PathLike[str]) -> IO[bytes]:
    """Open for reading; the one place a file is opened, so errors map in one place."""
    try:
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except PermissionError as exc:
        raise DocumentError("permission", detail=str(exc)) from None
    except IsADirectoryError:
        raise DocumentError("is-directory") from None
    except FileNotFoundError as exc:
        raise DocumentError("not-found", detail=str(exc)) from None
    except OSError as exc:
        raise DocumentError("permission", detail=str(exc)) from None


# ---------------------------------------------------------------- sniffing

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta)\b", re.I | re.S)


def sniff(head: bytes) -> str:
    """What the first bytes say the file is: ``zip``, or raise for a known non-docx format.

    Returns ``"zip"`` for a zip and ``"text"`` for something that decodes as text
    (the caller decides whether text is welcome).
    """
    if head.startswith(ZIP_MAGICS):
        return "zip"
    if head.startswith(OLE2_MAGIC):
        # An OLE2 compound file is either an encrypted OOXML package (its streams
        # are named EncryptionInfo / EncryptedPackage, stored as UTF-16) or a
        # Word 97-2003 document (or some other legacy Office file).
        for name in ("EncryptedPackage", "EncryptionInfo"):
            if name.encode("utf-16-le") in head or name.encode("ascii") in head:
                raise DocumentError("encrypted")
        raise DocumentError("legacy-doc")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{\\rtf"):
        raise DocumentError("rtf")
    if stripped.startswith(b"%PDF"):
        raise DocumentError("pdf")
    if _HTML_START.match(stripped[:4096]):
        raise DocumentError("html")
    if _looks_like_text(head):
        return "text"
    raise DocumentError("not-zip")


def _looks_like_text(head: bytes) -> bool:
    sample = head[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in sample:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            # Cutting at 8 KiB may split a character: ignore one at the end.
            text = sample.decode(encoding, errors="strict") if len(head) <= 8192 else sample[:-4].decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
        return controls <= len(text) // 100
    return False


# ---------------------------------------------------------------- the package


def _is_xml_part(name: str) -> bool:
    return name.lower().endswith(_XML_SUFFIXES) or name == "[Content_Types].xml"


class Package:
    """A zip checked against the limits above, with bounded, safe part reading."""

    def __init__(self, stream: IO[bytes]) -> None:
        try:
            self._zip = zipfile.ZipFile(stream)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError, NotImplementedError) as exc:
            raise DocumentError("corrupt-zip", detail=str(exc)) from None
        if len(infos) > MAX_MEMBERS:
            raise DocumentError("too-many-parts", detail=f"{len(infos)} members")
        self._infos: dict[str, zipfile.ZipInfo] = {}
        self._lower: dict[str, str] = {}
        xml_total = 0
        for info in infos:
            name = info.filename
            _check_name(name)
            if info.is_dir():
                continue
            if _is_xml_part(name):
                if info.file_size > MAX_XML_PART:
                    raise DocumentError("too-large", detail=f"{name}: {info.file_size} bytes")
                xml_total += info.file_size
                if info.file_size >= RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                    raise DocumentError("too-large", detail=f"{name}: ratio {info.file_size}/{info.compress_size}")
            self._infos[name] = info
            # Part names are case-insensitive in OPC; zip names are not.
            self._lower.setdefault(name.lower(), name)
        if xml_total > MAX_XML_TOTAL:
            raise DocumentError("too-large", detail=f"{xml_total} bytes of XML")

    def close(self) -> None:
        self._zip.close()

    def names(self) -> list[str]:
        return list(self._infos)

    def find(self, name: str) -> str | None:
        """The zip member for a part name (leading ``/`` optional, case-insensitive)."""
        name = name.lstrip("/")
        if name in self._infos:
            return name
        return self._lower.get(name.lower())

    def has(self, name: str) -> bool:
        return self.find(name) is not None

    def size(self, name: str) -> int:
        """A part's declared uncompressed size (0 when there is no such part)."""
        member = self.find(name)
        return self._infos[member].file_size if member is not None else 0

    def read(self, name: str, limit: int = MAX_XML_PART) -> bytes:
        """A part's bytes, reading no more than ``limit`` whatever the header claims."""
        member = self.find(name)
        if member is None:
            raise DocumentError("missing-part", detail=name)
        info = self._infos[member]
        if info.flag_bits & 0x1:
            raise DocumentError("zip-encrypted-member", detail=member)
        try:
            with self._zip.open(info) as handle:
                data = handle.read(limit + 1)
        except RuntimeError as exc:  # zipfile: "File is encrypted, password required"
            raise DocumentError("zip-encrypted-member", detail=str(exc)) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
            raise DocumentError("corrupt-zip", detail=f"{member}: {exc}") from None
        if len(data) > limit:
            raise DocumentError("too-large", detail=member)
        return data

    def parse(self, name: str) -> etree._Element:
        """Parse an XML part safely (DOCTYPE rejected before and after parsing)."""
        data = self.read(name)
        return parse_xml(data, name)


def _check_name(name: str) -> None:
    # Zip-slip style names and Windows separators never occur in a real package;
    # refusing them keeps every later path operation simple and safe.
    if "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name) or "\x00" in name:
        raise DocumentError("bad-part-name", detail=name)
    if ".." in name.split("/"):
        raise DocumentError("bad-part-name", detail=name)


# ---------------------------------------------------------------- XML

_PROLOG_SKIP = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.S)


def has_doctype(data: bytes) -> bool:
    """Whether the XML prolog declares a DOCTYPE (the gate for entity bombs and XXE)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
        try:
            head = data[:65536].decode(encoding, errors="ignore").encode("utf-8")
        except LookupError:  # pragma: no cover - utf-16 always exists
            head = data[:65536]
    else:
        head = data[:65536]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    pos = 0
    while True:
        m = _PROLOG_SKIP.match(head, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
    return head[pos : pos + 9].upper() == b"<!DOCTYPE"


def estimate_elements(data: bytes) -> int:
    """Start tags in an XML text (an upper bound on its elements), in C speed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16: each ASCII byte sits beside a NUL; count the pairs.
        lt, close = "<".encode("utf-16-le"), "</".encode("utf-16-le")
        if data.startswith(b"\xfe\xff"):
            lt, close = "<".encode("utf-16-be"), "</".encode("utf-16-be")
        return data.count(lt) - data.count(close)
    return data.count(b"<") - data.count(b"</")


def too_many_elements(data: bytes, limit: int = MAX_XML_ELEMENTS) -> bool:
    """``estimate_elements(data) > limit``, without counting end tags when the
    plain count of ``<`` (an upper bound) is already within the limit: counting
    ``</`` takes three times as long (1.6 ms of a 1.5 MB part) and is rarely needed."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and data.count(b"<") <= limit:
        return False
    return estimate_elements(data) > limit


def parse_xml(data: bytes, name: str = "") -> etree._Element:
    if has_doctype(data):
        raise DocumentError("dtd", detail=name)
    if too_many_elements(data):
        raise DocumentError("too-large", detail=f"{name}: too many elements")
    try:
        root = etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as exc:
        raise DocumentError("malformed-xml", detail=f"{name}: {exc}") from None
    except (ValueError, etree.LxmlError) as exc:
        raise DocumentError("malformed-xml", detail=f"{name}: {exc}") from None
    if root is None:
        raise DocumentError("malformed-xml", detail=f"{name}: empty")
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise DocumentError("dtd", detail=name)
    return root


# ---------------------------------------------------------------- relationships

PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL = f"{{{PKG_RELS_NS}}}Relationship"


def rels_name(part: str) -> str:
    """The relationships part of a part: ``word/document.xml`` → ``word/_rels/document.xml.rels``."""
    part = part.lstrip("/")
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def resolve_target(source_part: str, target: str) -> str | None:
    """A relationship target as a package part name, or None if it leaves the package."""
    target = target.split("#", 1)[0]
    if not target:
        return None
    if target.startswith("/"):
        joined = target.lstrip("/")
    else:
        joined = posixpath.join(posixpath.dirname(source_part.lstrip("/")), target)
    normalised = posixpath.normpath(joined)
    if normalised.startswith("..") or normalised in (".", ""):
        return None
    return normalised


def read_relationships(package: Package, part: str) -> list[tuple[str, str]]:
    """(type, target part) of a part's internal relationships; [] when it has none."""
    name = rels_name(part) if part else "_rels/.rels"
    if not package.has(name):
        return []
    root = package.parse(name)
    out = []
    for rel in root.iter(_REL):
        if rel.get("TargetMode", "").lower() == "external":
            continue
        target = resolve_target(part, rel.get("Target", ""))
        if target is not None:
            out.append((rel.get("Type", ""), target))
    return out
