"""Wheels carry the shipped data inside the app package.

In the checkout ``resources/`` and ``i18n/`` sit beside ``app/`` (and a PyInstaller
build puts them beside it too), but a wheel installs only packages into
site-packages. So a wheel build copies them to ``app/_shipped/`` (``resources/``
whole, ``i18n/*.qm`` only), where app/resources.py and app/ui/translation.py look
when there is no checkout. Everything else about the package is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPyWithShippedData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ and i18n/ from the checkout
        target = Path(self.build_lib) / "app" / "_shipped"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "resources", target / "resources")
        translations = sorted((ROOT / "i18n").glob("*.qm"))
        if not translations:
            print("setup.py: no i18n/*.qm (run `python i18n/tool.py build`): the wheel's window will be untranslated")
        (target / "i18n").mkdir(parents=True)
        for qm in translations:
            shutil.copy2(qm, target / "i18n" / qm.name)


setup(cmdclass={"build_py": BuildPyWithShippedData})
