"""About Wengao: version, where the user's data lives, and what it is built on (with licences)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QWidget

from app import __version__, paths
from app.core.about import dependencies
from app.ui.html_page_dialog import HtmlPageDialog


class AboutDialog(HtmlPageDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "aboutDialog", 620, 560)
        self.setWindowTitle(self.tr("About Wengao"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(self.html(lang))

    def html(self, lang: str) -> str:
        rows = "".join(
            f"<tr><td><b>{escape(d.name)}</b></td><td>{escape(d.version)}</td><td>{escape(d.licence)}</td>"
            f"<td>{escape(d.role(lang))}</td><td><a href='{escape(d.home)}'>{escape(d.home)}</a></td></tr>"
            for d in dependencies()
        )
        folders = "".join(
            f"<tr><td>{escape(label)}</td><td><code>{escape(str(folder))}</code></td></tr>"
            for label, folder in (
                (self.tr("Settings"), paths.config_dir()),
                (self.tr("Phrase library and templates"), paths.data_dir()),
                (self.tr("Autosave (recovery)"), paths.autosave_dir()),
            )
        )
        intro = self.tr("An offline editor and checker for annual reports: outline, standard formulations, live checks, last year’s report, GB/T 9704 export.")
        offline = self.tr("Qt {qt}. Everything runs on this computer; nothing is sent anywhere.").format(qt=qVersion())
        lgpl = self.tr("Qt and Qt for Python are used under the GNU LGPL version 3: the installer ships them as separate, replaceable libraries. Wengao itself is under the MIT licence.")
        heads = [self.tr("Component"), self.tr("Version"), self.tr("Licence"), self.tr("Used for"), self.tr("Home page")]
        header = "".join(f"<th align='left'>{escape(h)}</th>" for h in heads)
        name, data, built = self.tr("Wengao"), self.tr("Your data"), self.tr("Built with")
        return (
            f"<h2>{escape(name)} {escape(__version__)}</h2>"
            f"<p>{escape(intro)}</p><p>{escape(offline)}</p>"
            f"<h3>{escape(data)}</h3><table cellpadding='3'>{folders}</table>"
            f"<h3>{escape(built)}</h3>"
            f"<table cellpadding='3'><tr>{header}</tr>{rows}</table><p>{escape(lgpl)}</p>"
        )
