"""What Wengao is built on, for the About box and ``wengao --version``-style listings.

The licence names are fixed here (they are what we ship under and must not
depend on a package's metadata surviving a PyInstaller build); the versions are
read from the installed packages when their metadata is there.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata


@dataclass(frozen=True)
class Dependency:
    name: str
    version: str
    licence: str
    home: str
    role_zh: str
    role_en: str

    def role(self, lang: str) -> str:
        return self.role_en if lang == "en" else self.role_zh


# (distribution, licence, home page, what it does for Wengao)
_DEPENDENCIES = (
    ("PySide6", "LGPL-3.0-only (Qt for Python; Qt 6 under LGPL-3.0)", "https://www.qt.io/qt-for-python",
     "窗口与编辑器（Qt 6）", "window and editor (Qt 6)"),
    ("python-docx", "MIT", "https://github.com/python-openxml/python-docx", "读写 .docx", "reading and writing .docx"),
    ("lxml", "BSD-3-Clause", "https://lxml.de", "解析 Word 文档的 XML", "parsing Word's XML"),
    ("jieba", "MIT", "https://github.com/fxsjy/jieba", "中文分词（查重、与上年比对）", "Chinese word segmentation (repeats, last-year matching)"),
    ("platformdirs", "MIT", "https://github.com/tox-dev/platformdirs", "用户数据文件夹", "where user data is kept"),
    ("pypinyin", "MIT", "https://github.com/mozillazg/python-pinyin", "按拼音首字母检索常用语", "phrase search by pinyin initials"),
)


def installed_version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "—"


def dependencies() -> list[Dependency]:
    found = [Dependency(name, installed_version(name), licence, home, zh, en) for name, licence, home, zh, en in _DEPENDENCIES]
    found.append(
        Dependency(
            "Python", platform.python_version(), "PSF-2.0", "https://www.python.org", "运行环境", "the runtime"
        )
    )
    return found
