"""The built-in help: the keyboard shortcuts (read from the window's own menus, so
they cannot drift from what the keys do) and what each check means."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app.checks.finding import Severity
from app.ui.html_page_dialog import HtmlPageDialog


class HelpDialog(HtmlPageDialog):
    def __init__(
        self,
        menus: list[QMenu],
        rules: list,
        lang: str,
        parent: QWidget | None = None,
        panels: list[tuple[str, list[QAction]]] = (),
    ) -> None:
        """``panels``: (panel title, its own keyboard actions), e.g. the outline's Alt+Shift+Up."""
        super().__init__(parent, "helpDialog", 720, 640)
        self.setWindowTitle(self.tr("Wengao Help"))
        self.panels = list(panels)
        self.browser.setHtml(self.html(menus, rules, lang))

    def html(self, menus: list[QMenu], rules: list, lang: str) -> str:
        started = self.tr("Open last year’s report with “New from Last Year’s Report…”: the years move on, figures can be masked with **, and every paragraph left unchanged is flagged. The outline on the left shows the 一、（一）1.（1） structure; drag a heading to move its whole section. Findings are listed at the bottom while you type: double-click one (or press Enter) to go to it; F8 goes to the next ** or XX still to fill in. Standard formulations are in the phrase library on the right: double-click one to insert it.")
        titles = [self.tr("Getting started"), self.tr("Keyboard shortcuts"), self.tr("What the checks mean")]
        return (
            f"<h2>{escape(titles[0])}</h2><p>{escape(started)}</p>"
            f"<h2>{escape(titles[1])}</h2>{self._shortcuts(menus)}"
            f"<h2>{escape(titles[2])}</h2>{self._checks(rules, lang)}"
        )

    def _shortcuts(self, menus: list[QMenu]) -> str:
        found = [(path, action) for menu in menus for path, action in _actions(menu, [menu.title()])]
        found += [([title], action) for title, actions in self.panels for action in actions]
        rows = []
        for path, action in found:
            keys = action.shortcuts()
            if not keys:
                continue
            shown = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            label = " › ".join(_plain(p) for p in path + [action.text()])
            rows.append(f"<tr><td>{escape(label)}</td><td><b>{escape(shown)}</b></td></tr>")
        enter = self.tr("In the outline, the findings or the phrase list: go to the item, or insert the phrase")
        rows.append(f"<tr><td>{escape(enter)}</td><td><b>Enter</b></td></tr>")
        panels = self.tr("Move between the editor and the side panels")
        rows.append(f"<tr><td>{escape(panels)}</td><td><b>F6 / Shift+F6</b></td></tr>")
        return f"<table cellpadding='3'>{''.join(rows)}</table>"

    def _checks(self, rules: list, lang: str) -> str:
        severity = {
            Severity.ERROR: self.tr("error"),
            Severity.WARNING: self.tr("warning"),
            Severity.INFO: self.tr("suggestion"),
        }
        rows = []
        for rule in rules:
            rows.append(
                f"<tr><td valign='top'><b>{escape(rule.title(lang))}</b><br/><small><code>{escape(rule.id)}</code> · "
                f"{escape(severity.get(rule.severity, ''))}</small></td><td>{escape(rule.help(lang))}</td></tr>"
            )
        tuning = self.tr("Switch a check off, or change its threshold, in Tools › Settings › Checks. “Not a fault” hides one finding in this report only.")
        return f"<table cellpadding='4'>{''.join(rows)}</table><p>{escape(tuning)}</p>"


def _actions(menu: QMenu, path: list[str]):
    for action in menu.actions():
        if action.isSeparator():
            continue
        try:
            sub = action.menu()
        except RuntimeError:  # PySide6 < 6.10 reports a live submenu as deleted
            sub = None
        if isinstance(sub, QMenu):
            yield from _actions(sub, [*path, sub.title()])
        elif isinstance(action, QAction):
            yield path, action


def _plain(text: str) -> str:
    """A menu text without its mnemonic: "打开(&O)…" → "打开…", "&Open…" → "Open…"."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "")
