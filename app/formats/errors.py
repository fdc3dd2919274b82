"""The one error type import raises, with a message a secretary can act on.

Every unusable input ends as a :class:`DocumentError` whose ``kind`` is a stable id
(front ends and tests key on it) and whose ``zh``/``en`` text is one plain line
that says what is wrong and, where there is one, what to do about it.
"""

from __future__ import annotations

from app.core.lang import current_language, pick

# kind → (Chinese, English). One line each; the advice names WPS/Word because
# that is where the user can repair the file.
MESSAGES: dict[str, tuple[str, str]] = {
    "not-found": (
        "找不到该文件，可能已被移动、改名或删除。",
        "The file does not exist; it may have been moved, renamed or deleted.",
    ),
    "is-directory": (
        "所选的是文件夹，不是文件，请选择一个 .docx 文件。",
        "This is a folder, not a file; choose a .docx file.",
    ),
    "permission": (
        "没有读取该文件的权限，请检查文件权限或先将文件复制到自己的文件夹。",
        "You are not allowed to read this file; check its permissions or copy it to your own folder.",
    ),
    "empty": (
        "文件是空的（0 字节），可能在复制或下载时中断，请重新获取文件。",
        "The file is empty (0 bytes); copying or downloading it probably failed, get it again.",
    ),
    "not-zip": (
        "无法识别的文件格式，不是 Word 文档（.docx）。",
        "This is not a Word document (.docx) nor any format Wengao recognises.",
    ),
    "encrypted": (
        "文件已加密（设有打开密码），请先在 WPS/Word 中取消密码后再打开。",
        "The file is encrypted (it has an open password); remove the password in WPS/Word first.",
    ),
    "legacy-doc": (
        "这是旧版 Word 97-2003（.doc）文件，请在 WPS/Word 中另存为 .docx 后再打开。",
        "This is an old Word 97-2003 (.doc) file; save it as .docx in WPS/Word, then open that.",
    ),
    "rtf": (
        "这是 RTF 格式文件，请在 WPS/Word 中另存为 .docx 后再打开。",
        "This is an RTF file; save it as .docx in WPS/Word, then open that.",
    ),
    "pdf": (
        "这是 PDF 文件，无法直接编辑，请使用原始的 Word 文档（.docx）。",
        "This is a PDF file, which cannot be edited here; use the original Word document (.docx).",
    ),
    "html": (
        "这是网页（HTML）文件，请在 WPS/Word 中打开并另存为 .docx 后再打开。",
        "This is a web page (HTML); open it in WPS/Word and save it as .docx first.",
    ),
    "plain-text": (
        "这是纯文本文件，不是 Word 文档；请把扩展名改为 .txt 后再打开。",
        "This is a plain-text file, not a Word document; rename it to .txt and open it again.",
    ),
    "odt": (
        "这是 OpenDocument（.odt）文件，请在 WPS/Word/LibreOffice 中另存为 .docx 后再打开。",
        "This is an OpenDocument (.odt) file; save it as .docx first.",
    ),
    "not-word": (
        "这个文件不是 Word 文字文档（可能是表格或演示文稿），请选择 .docx 文件。",
        "This file is not a Word text document (perhaps a spreadsheet or presentation); choose a .docx file.",
    ),
    "macro-enabled": (
        "这是含宏的 Word 文档（.docm），为安全起见不予打开，请在 WPS/Word 中另存为 .docx 后再打开。",
        "This is a macro-enabled document (.docm); for safety save it as .docx in WPS/Word first.",
    ),
    "template": (
        "这是 Word 模板文件（.dotx），请在 WPS/Word 中用它新建文档并保存为 .docx 后再打开。",
        "This is a Word template (.dotx); create a document from it in WPS/Word and save that as .docx.",
    ),
    "strict-ooxml": (
        "文件是“严格 Open XML”格式，暂不支持，请在 WPS/Word 中另存为普通的“Word 文档（.docx）”后再打开。",
        "The file uses the 'Strict Open XML' format, which is not supported; save it as a normal Word Document (.docx) first.",
    ),
    "corrupt-zip": (
        "文件已损坏或不完整（压缩包无法读取），请重新获取或在 WPS/Word 中修复后另存。",
        "The file is damaged or incomplete (the zip container cannot be read); get it again or repair it in WPS/Word.",
    ),
    "zip-encrypted-member": (
        "文件内部有加密的部分，无法读取，请在 WPS/Word 中另存为 .docx 后再打开。",
        "Part of the file is encrypted and cannot be read; save it as .docx in WPS/Word first.",
    ),
    "missing-part": (
        "文件不完整，缺少 Word 文档的必要组成部分，请在 WPS/Word 中修复后另存。",
        "The file is incomplete: a required part of the Word document is missing; repair it in WPS/Word.",
    ),
    "malformed-xml": (
        "文件内容已损坏（XML 格式错误），请在 WPS/Word 中打开修复后另存。",
        "The file's content is damaged (malformed XML); open and repair it in WPS/Word, then save again.",
    ),
    "dtd": (
        "文件含有不安全的 DTD/实体声明，为安全起见不予打开，请在 WPS/Word 中另存为 .docx 后再打开。",
        "The file contains an unsafe DTD/entity declaration and was not opened; save it again from WPS/Word.",
    ),
    "too-large": (
        "文件内容过大或解压后异常膨胀（疑似压缩炸弹），已停止读取。",
        "The file's content is too large or expands abnormally when unpacked (a possible zip bomb); reading stopped.",
    ),
    "too-many-parts": (
        "文件内部组成部分过多，不像正常的 Word 文档，已停止读取。",
        "The file has far too many internal parts for a normal Word document; reading stopped.",
    ),
    "bad-part-name": (
        "文件内部含有非法的路径名称，为安全起见不予打开。",
        "The file contains an illegal internal path name and was not opened for safety.",
    ),
    "relationship-loop": (
        "文件内部的引用关系出现循环或层级过深，文件可能已损坏。",
        "The file's internal references loop or nest too deeply; the file may be damaged.",
    ),
    "bad-encoding": (
        "无法识别文本文件的编码，请将其另存为 UTF-8 编码后再打开。",
        "The text file's encoding was not recognised; save it as UTF-8 and try again.",
    ),
    "cancelled": ("已取消打开。", "Opening was cancelled."),
    # Saving. The UI adds "原文件未被改动" itself; these say what went wrong.
    "save-failed": (
        "无法生成要保存的 Word 文档，文件未保存。",
        "The Word document to be saved could not be produced; nothing was saved.",
    ),
    "save-verify-failed": (
        "写出的文件重新打开检查时未通过，已放弃保存。",
        "The written file failed the check on reopening; the save was abandoned.",
    ),
    "corrupt": (
        "文件已损坏，无法读取，请在 WPS/Word 中打开修复后另存。",
        "The file is damaged and cannot be read; open and repair it in WPS/Word, then save again.",
    ),
}


class DocumentError(Exception):
    """An input Wengao cannot open (or a document it cannot save), with a one-line
    reason in Chinese and English."""

    def __init__(self, kind: str, zh: str | None = None, en: str | None = None, *, detail: str = "") -> None:
        default_zh, default_en = MESSAGES.get(kind, MESSAGES["corrupt"])
        self.kind: str = kind
        self.zh: str = zh or default_zh
        self.en: str = en or default_en
        # Technical detail for logs and bug reports; never shown as the message.
        self.detail: str = detail
        super().__init__(self.en)

    def message(self, lang: str | None = None) -> str:
        return pick(self.zh, self.en, lang)

    def __str__(self) -> str:
        return self.message(current_language())

    def __repr__(self) -> str:
        return f"DocumentError({self.kind!r}, detail={self.detail!r})"
