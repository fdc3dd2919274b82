"""PyInstaller runtime hook: programs Wengao starts get the user's own environment.

On Linux the bootloader points LD_LIBRARY_PATH at the bundle (keeping the user's
value in LD_LIBRARY_PATH_ORIG). Children inherit it, so LibreOffice (PDF export)
or xdg-open would load our Qt, fontconfig and glib instead of their own and may
crash. The dynamic loader read the variable once when this process started, so
restoring it here changes nothing for Wengao itself, only for what it runs.
"""

import os
import sys

if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
    _original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if _original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = _original
