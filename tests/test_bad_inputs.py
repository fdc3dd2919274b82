"""Every unusable input gives a typed DocumentError with a one-line zh/en message,
never a traceback, quickly and in bounded memory."""

from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from conftest import CORPUS, SAMPLE_000_DOCX
from docx_builders import (
    CT_MACRO,
    CT_TEMPLATE,
    NS_DECL,
    REL_DOC,
    XML_DECL,
    content_types,
    docx_parts,
    p,
    relationships,
    write_parts,
)

from app.formats import DocumentError, load_document

REPO = Path(__file__).resolve().parents[1]


def error_of(path: Path | str) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        load_document(path)
    error = info.value
    # The contract for every error: a stable kind and one plain line in each language.
    assert error.kind and error.zh and error.en
    assert "\n" not in error.zh and "\n" not in error.en
    assert error.message("zh") == error.zh and error.message("en") == error.en
    return error


def build(tmp_path: Path, name: str = "x.docx", **changes: object) -> Path:
    """A valid minimal package with some parts replaced (value None removes a part)."""
    parts = docx_parts(p("一、情况"))
    for part, data in changes.items():
        key = part.replace("__", "/").replace("CT", "[Content_Types].xml")
        if data is None:
            parts.pop(key, None)
        else:
            parts[key] = data  # type: ignore[assignment]
    return write_parts(tmp_path / name, parts)


# ---------------------------------------------------------------- the path


def test_not_found(tmp_path: Path) -> None:
    assert error_of(tmp_path / "nope.docx").kind == "not-found"


def test_directory_named_docx(tmp_path: Path) -> None:
    folder = tmp_path / "x.docx"
    folder.mkdir()
    assert error_of(folder).kind == "is-directory"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    assert error_of(path).kind == "empty"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, where chmod 000 does not stop reading: make open() refuse.
    path = build(tmp_path)
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(file) == os.fspath(path):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    error = error_of(path)
    assert error.kind == "permission"
    assert "权限" in error.zh


def test_permission_denied_by_chmod(tmp_path: Path) -> None:
    path = build(tmp_path)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: file permissions do not stop reading")
        assert error_of(path).kind == "permission"
    finally:
        path.chmod(0o644)


# ---------------------------------------------------------------- not a docx at all


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (os.urandom(4096).replace(b"PK", b"pk").replace(b"\xd0\xcf", b"xx"), "not-zip"),
        (b"\x00\x01\x02\x03" * 100, "not-zip"),
        ("一、述责述廉情况\n（一）强化学习。\n".encode(), "plain-text"),
        ("一、述责述廉情况\n".encode("gb18030"), "plain-text"),
        (b"<!DOCTYPE html><html><body>hi</body></html>", "html"),
        (b"\xef\xbb\xbf<html><head></head></html>", "html"),
        (b"{\\rtf1\\ansi hello}", "rtf"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "pdf"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le") + b"\x00" * 600, "legacy-doc"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le"), "encrypted"),
    ],
    ids=["random", "binary", "text-utf8", "text-gbk", "html", "html-bom", "rtf", "pdf", "legacy-doc", "encrypted-ole"],
)
def test_wrong_formats(tmp_path: Path, content: bytes, kind: str) -> None:
    path = tmp_path / "renamed.docx"
    path.write_bytes(content)
    assert error_of(path).kind == kind


def test_legacy_doc_message_says_save_as_docx(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    error = error_of(path)
    assert error.kind == "legacy-doc" and "另存为 .docx" in error.zh
    assert str(error) == error.zh  # tests run with WENGAO_LANG=zh


def test_str_follows_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WENGAO_LANG", "en")
    error = error_of(tmp_path / "missing.docx")
    assert str(error) == error.en


@pytest.mark.parametrize("name", ["poi__bug53475-password-is-pass.docx", "poi__protected_agile.docx"])
def test_password_protected_corpus_files(name: str) -> None:
    error = error_of(CORPUS / name)
    assert error.kind == "encrypted" and "密码" in error.zh


def test_spreadsheet_and_odt(tmp_path: Path) -> None:
    xlsx = build(tmp_path, "a.docx", CT=content_types("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"))
    assert error_of(xlsx).kind == "not-word"
    odt = write_parts(tmp_path / "b.docx", {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}, compression=zipfile.ZIP_STORED)
    assert error_of(odt).kind == "odt"


def test_unknown_extension_says_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "report.wps"
    path.write_bytes(b"%PDF-1.4\n")
    assert error_of(path).kind == "pdf"
    text = tmp_path / "notes.md"
    text.write_text("一、情况\n", encoding="utf-8")
    assert error_of(text).kind == "plain-text"


# ---------------------------------------------------------------- broken zips


def test_truncated_zip(tmp_path: Path) -> None:
    data = SAMPLE_000_DOCX.read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    assert error_of(path).kind == "corrupt-zip"
    assert error_of(CORPUS / "poi__truncated62886.docx").kind == "corrupt-zip"


def test_damaged_member_data(tmp_path: Path) -> None:
    path = build(tmp_path, **{"word__document.xml": XML_DECL + f"<w:document {NS_DECL}><w:body>" + p("正文" * 500) + "</w:body></w:document>"})
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 10, start + 40):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    assert error_of(path).kind in ("corrupt-zip", "malformed-xml")


def _set_encrypted_flag(path: Path, member: str) -> None:
    """Mark a member as ZipCrypto-encrypted (flag bit 0) in both of its headers."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    data[info.header_offset + 6] |= 1  # local file header: general purpose flags
    name = member.encode()
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        name_len = int.from_bytes(data[pos + 28 : pos + 30], "little")
        if bytes(data[pos + 46 : pos + 46 + name_len]) == name:
            data[pos + 8] |= 1
        pos = data.find(b"PK\x01\x02", pos + 4)
    path.write_bytes(bytes(data))


def test_zipcrypto_member(tmp_path: Path) -> None:
    path = build(tmp_path)
    _set_encrypted_flag(path, "word/document.xml")
    assert error_of(path).kind == "zip-encrypted-member"


@pytest.mark.parametrize("bad_name", ["../evil.xml", "/etc/passwd.xml", "word\\document.xml", "word/../../x.xml"])
def test_bad_part_names(tmp_path: Path, bad_name: str) -> None:
    parts = docx_parts(p("正文"))
    parts[bad_name] = "<x/>"
    assert error_of(write_parts(tmp_path / "n.docx", parts)).kind == "bad-part-name"


def test_too_many_parts(tmp_path: Path) -> None:
    parts = docx_parts(p("正文"))
    for i in range(5_001):
        parts[f"customXml/item{i}.bin"] = b""
    assert error_of(write_parts(tmp_path / "many.docx", parts, compression=zipfile.ZIP_STORED)).kind == "too-many-parts"


# ---------------------------------------------------------------- package structure


@pytest.mark.parametrize(
    ("main_type", "kind"),
    [(CT_MACRO, "macro-enabled"), (CT_TEMPLATE, "template")],
)
def test_macro_and_template_content_types(tmp_path: Path, main_type: str, kind: str) -> None:
    assert error_of(build(tmp_path, CT=content_types(main_type))).kind == kind


def test_corpus_docm_dotx_strict() -> None:
    assert error_of(CORPUS / "poi__45690.docm").kind == "macro-enabled"
    assert error_of(CORPUS / "poi__60316.dotx").kind == "template"
    strict = error_of(CORPUS / "mammoth__strict-format.docx")
    assert strict.kind == "strict-ooxml" and "严格" in strict.zh


def test_strict_namespace_in_document(tmp_path: Path) -> None:
    strict_doc = XML_DECL + '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body/></w:document>'
    assert error_of(build(tmp_path, **{"word__document.xml": strict_doc})).kind == "strict-ooxml"


def test_missing_parts(tmp_path: Path) -> None:
    assert error_of(build(tmp_path, "a.docx", **{"word__document.xml": None})).kind == "missing-part"
    assert error_of(build(tmp_path, "b.docx", CT=None)).kind == "missing-part"
    # officeDocument pointing at a part that is not there
    rels = relationships((REL_DOC, "word/nothere.xml"))
    assert error_of(build(tmp_path, "c.docx", **{"_rels__.rels": rels, "word__document.xml": None})).kind == "missing-part"


def test_missing_package_rels_falls_back_to_usual_name(tmp_path: Path) -> None:
    assert load_document(build(tmp_path, **{"_rels__.rels": None})).texts() == ["一、情况"]


def test_malformed_xml(tmp_path: Path) -> None:
    broken = XML_DECL + f"<w:document {NS_DECL}><w:body><w:p><w:r><w:t>未闭合</w:r></w:body>"
    assert error_of(build(tmp_path, "a.docx", **{"word__document.xml": broken})).kind == "malformed-xml"
    assert error_of(build(tmp_path, "b.docx", CT="not xml at all")).kind == "malformed-xml"


def test_damaged_optional_part_is_reported_not_fatal(tmp_path: Path) -> None:
    parts = docx_parts(p("正文"), styles="<w:styles")
    report = load_document(write_parts(tmp_path / "s.docx", parts))
    assert report.texts() == ["正文"]
    assert [o.kind for o in report.omissions] == ["damaged-part"]


# ---------------------------------------------------------------- DTDs and entity bombs

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + f"]>\n<w:document {NS_DECL}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)
XXE = (
    '<?xml version="1.0"?>\n<!-- a comment first -->\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    f"<w:document {NS_DECL}><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_dtd_in_document_is_refused(tmp_path: Path, xml: str) -> None:
    start = time.perf_counter()
    assert error_of(build(tmp_path, **{"word__document.xml": xml})).kind == "dtd"
    assert time.perf_counter() - start < 2


def test_dtd_in_other_parts_is_refused(tmp_path: Path) -> None:
    dtd_styles = '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "b">]><w:styles ' + NS_DECL + "/>"
    parts = docx_parts(p("正文"), styles=dtd_styles)
    assert error_of(write_parts(tmp_path / "s.docx", parts)).kind == "dtd"
    ct = '<?xml version="1.0"?><!DOCTYPE Types><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    assert error_of(build(tmp_path, "c.docx", CT=ct)).kind == "dtd"
    utf16 = BILLION_LAUGHS.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16")
    assert error_of(build(tmp_path, "u.docx", **{"word__document.xml": utf16})).kind == "dtd"


def test_corpus_external_entity() -> None:
    assert error_of(CORPUS / "poi__ExternalEntityInText.docx").kind == "dtd"


# ---------------------------------------------------------------- zip bombs, measured in a subprocess


def _zeros_bomb(path: Path, size: int = 300 * 1024 * 1024) -> Path:
    """A package whose document.xml claims (and holds) 300 MiB of zeros, ~300 KB on disk."""
    parts = docx_parts(p("正文"))
    parts.pop("word/document.xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        with zf.open("word/document.xml", "w", force_zip64=True) as handle:
            chunk = b"\x00" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                handle.write(chunk)
    return path


def _paragraph_bomb(path: Path, megabytes: int = 60) -> Path:
    """Tens of MiB of empty paragraphs: compresses about 1000:1."""
    parts = docx_parts("")
    parts.pop("word/document.xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        with zf.open("word/document.xml", "w", force_zip64=True) as handle:
            handle.write(f"{XML_DECL}<w:document {NS_DECL}><w:body>".encode())
            chunk = b"<w:p/>" * (1024 * 1024 // 6)
            for _ in range(megabytes):
                handle.write(chunk)
            handle.write(b"</w:body></w:document>")
    return path


def _flat_bomb(path: Path, count: int) -> Path:
    """Hundreds of thousands of distinct empty paragraphs: compresses only ~4:1, so the
    ratio check cannot catch it; the element and paragraph limits must."""
    parts = docx_parts("")
    parts.pop("word/document.xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        with zf.open("word/document.xml", "w", force_zip64=True) as handle:
            handle.write(f"{XML_DECL}<w:document {NS_DECL}><w:body>".encode())
            for block in range(0, count, 100_000):
                handle.write(b"".join(b'<w:p w:rsidR="%08X"/>' % (i * 2654435761 % 2**32) for i in range(block, min(count, block + 100_000))))
            handle.write(b"</w:body></w:document>")
    return path


def _flat_bomb_under_limit(path: Path) -> Path:
    return _flat_bomb(path, 390_000)


def _flat_bomb_over_limit(path: Path) -> Path:
    return _flat_bomb(path, 1_500_000)


def _nested_bomb(path: Path) -> Path:
    """A valid zip inside a zip member named like XML: never unpacked recursively."""
    inner = _zeros_bomb(path.with_suffix(".inner"), 64 * 1024 * 1024)
    parts = docx_parts(p("正文"))
    parts["word/embeddings/inner.docx"] = inner.read_bytes()
    return write_parts(path, parts)


_MEASURE = """
import json, resource, sys, time
sys.path.insert(0, {repo!r})
start = time.perf_counter()
from app.formats import DocumentError, load_document
try:
    report = load_document({path!r})
    kind = "ok"
except DocumentError as error:
    kind = error.kind
elapsed = time.perf_counter() - start
# VmHWM is this process's own peak. ru_maxrss is not: on Linux it keeps the
# forking parent's size across exec, so after the window tests had grown pytest
# to ~440 MB every bomb "used" that much.
try:
    with open("/proc/self/status") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"kind": kind, "seconds": elapsed, "maxrss_mb": peak_kb / 1024}}))
"""


def measure(path: Path) -> dict:
    """Load in a fresh interpreter; time and peak resident memory of that process."""
    code = _MEASURE.format(repo=str(REPO), path=str(path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("builder", "kind"),
    [
        (_zeros_bomb, "too-large"),
        (_paragraph_bomb, "too-large"),
        (_flat_bomb_under_limit, "too-large"),
        (_flat_bomb_over_limit, "too-large"),
        (_nested_bomb, "ok"),
    ],
    ids=["300MiB-zeros", "empty-paragraphs", "flat-390k", "flat-1.5M", "zip-in-zip"],
)
def test_bombs_are_fast_and_small(tmp_path: Path, builder, kind: str) -> None:  # type: ignore[no-untyped-def]
    path = builder(tmp_path / "bomb.docx")
    result = measure(path)
    print(f"{builder.__name__}: {result}")
    assert result["kind"] == kind
    # Import time includes the interpreter importing lxml/app (≈0.2 s).
    assert result["seconds"] < 2, result
    assert result["maxrss_mb"] < 300, result


def test_lying_size_header_is_not_trusted(tmp_path: Path) -> None:
    """A member whose header claims a small size but holds more: read stops at the claim."""
    path = build(tmp_path, **{"word__document.xml": XML_DECL + f"<w:document {NS_DECL}><w:body>" + p("正文" * 2000) + "</w:body></w:document>"})
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/document.xml")
    small = (100).to_bytes(4, "little")
    data[info.header_offset + 22 : info.header_offset + 26] = small
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        name_len = int.from_bytes(data[pos + 28 : pos + 30], "little")
        if bytes(data[pos + 46 : pos + 46 + name_len]) == b"word/document.xml":
            data[pos + 24 : pos + 28] = small
        pos = data.find(b"PK\x01\x02", pos + 4)
    path.write_bytes(bytes(data))
    assert error_of(path).kind in ("corrupt-zip", "malformed-xml")


# ---------------------------------------------------------------- relationships


def test_relationship_back_to_the_document_is_a_loop(tmp_path: Path) -> None:
    rels = relationships(("styles", "document.xml"))
    assert error_of(build(tmp_path, "a.docx", **{"word___rels__document.xml.rels": rels})).kind == "relationship-loop"
    root_rels = relationships((REL_DOC, "_rels/.rels"))
    assert error_of(build(tmp_path, "b.docx", **{"_rels__.rels": root_rels})).kind == "relationship-loop"


def test_long_relationship_chain_is_not_followed(tmp_path: Path) -> None:
    """header1 → header2 → … → header1000 (and back to header1): only the first is read."""
    parts = docx_parts(p("正文"), extra_rels=(("header", "header0.xml"),))
    for i in range(1000):
        parts[f"word/header{i}.xml"] = f"{XML_DECL}<w:hdr {NS_DECL}>{p(f'页眉{i}')}</w:hdr>"
        parts[f"word/_rels/header{i}.xml.rels"] = relationships(("header", f"header{(i + 1) % 1000}.xml"))
    start = time.perf_counter()
    report = load_document(write_parts(tmp_path / "chain.docx", parts))
    assert time.perf_counter() - start < 2
    assert [(o.kind, o.text) for o in report.omissions] == [("header", "页眉0")]


# ---------------------------------------------------------------- the last line of defence


def test_unexpected_exceptions_become_document_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.formats import docx_import

    def boom(*args: object, **kwargs: object) -> None:
        raise KeyError("surprise")

    monkeypatch.setattr(docx_import, "_load_package", boom)
    error = error_of(build(tmp_path))
    assert error.kind == "corrupt" and "KeyError" in error.detail
