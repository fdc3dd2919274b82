"""Plain .txt → :class:`Report`: one paragraph per non-empty line."""

from __future__ import annotations

import os

from app.core.document import Paragraph, Report
from app.formats.errors import DocumentError
from app.formats.safety import MAX_TEXT_FILE, check_path, open_binary

# Drafts pasted from WPS keep their 2-character 全角 indent as U+3000; the model
# holds indentation as a paragraph property, not as text.
_LEADING = " \t\u3000\ufeff"


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (which covers GBK/GB2312)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DocumentError("bad-encoding") from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentError("bad-encoding")


def load_text(path: str | os.PathLike[str]) -> Report:
    check_path(path)
    with open_binary(path) as stream:
        data = stream.read(MAX_TEXT_FILE + 1)
    if len(data) > MAX_TEXT_FILE:
        raise DocumentError("too-large")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("not-zip", detail="binary data in a .txt file")
    text = decode_text(data)
    paragraphs = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.lstrip(_LEADING).rstrip()
        if line:
            paragraphs.append(Paragraph.from_text(line))
    return Report(blocks=list(paragraphs))
