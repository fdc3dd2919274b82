"""The phrase library's labels in the window's language.

The command line picks its wording with ``app.core.lang`` (``Candidate.label``);
the window shows these, keyed the same way, through Qt's translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.phrases.harvest import PARALLEL, QUOTED, SHARED

_SOURCES = {
    "builtin": QT_TRANSLATE_NOOP("PhraseLabels", "Built-in"),
    "user": QT_TRANSLATE_NOOP("PhraseLabels", "Your own"),
    "harvested": QT_TRANSLATE_NOOP("PhraseLabels", "Harvested"),
    "imported": QT_TRANSLATE_NOOP("PhraseLabels", "Imported"),
}
_KINDS = {
    QUOTED: QT_TRANSLATE_NOOP("PhraseLabels", "Quoted term"),
    PARALLEL: QT_TRANSLATE_NOOP("PhraseLabels", "Parallel phrase"),
    SHARED: QT_TRANSLATE_NOOP("PhraseLabels", "Shared sentence"),
}


def source_label(source: str) -> str:
    """Where an entry came from (an unknown source is shown as stored)."""
    label = _SOURCES.get(source)
    return QCoreApplication.translate("PhraseLabels", label) if label else source


def kind_label(kind: str) -> str:
    """What kind of harvested candidate it is."""
    label = _KINDS.get(kind)
    return QCoreApplication.translate("PhraseLabels", label) if label else kind
