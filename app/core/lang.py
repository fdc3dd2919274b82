"""The user's language for messages produced outside Qt (checker, CLI, import).

The UI uses Qt's translator; plain-Python layers pick between the Chinese and the
English wording with :func:`pick`. ``WENGAO_LANG`` overrides the locale.
"""

from __future__ import annotations

import os

LANG_ENV = "WENGAO_LANG"


def current_language() -> str:
    """``"zh"`` or ``"en"``: from WENGAO_LANG, else the POSIX locale, else Chinese."""
    for name in (LANG_ENV, "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    if os.name == "nt":
        import locale

        code = (locale.getlocale()[0] or "").lower()
        return "en" if code.startswith("en") else "zh"
    return "zh"


def pick(zh: str, en: str, lang: str | None = None) -> str:
    return en if (lang or current_language()) == "en" else zh
