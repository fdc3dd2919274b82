"""A real Wengao window in its own process, for crash tests (not collected by pytest).

    python tests/crash_harness.py type [--quit-after S]   types forever (or quits cleanly), logging
                                                          "<time> <text>" after every keystroke
    python tests/crash_harness.py recover                 starts the app, accepts the recovery
                                                          offer, prints the restored text as JSON
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PHRASE = "坚持以习近平新时代中国特色社会主义思想为指导，认真履行全面从严治党主体责任。"


def _type(window, ch: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(window.editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_mode(quit_after: float | None) -> int:
    from PySide6.QtCore import QTimer

    from app.ui.application import create_application
    from app.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    window.show()
    rng = random.Random(os.getpid())
    state = {"i": 0}
    started = time.time()

    def step() -> None:
        ch = "\n" if state["i"] % 60 == 59 else PHRASE[state["i"] % len(PHRASE)]
        _type(window, ch)
        state["i"] += 1
        text = "\n".join(window.editor.texts())
        print(f"{time.time():.4f} {json.dumps(text, ensure_ascii=False)}", flush=True)
        if quit_after is not None and time.time() - started > quit_after:
            window.editor.document().setModified(False)  # a clean exit after "not saving"
            window.close()
            app.quit()
            return
        QTimer.singleShot(rng.randint(40, 250), step)

    QTimer.singleShot(200, step)
    return app.exec()


def recover_mode() -> int:
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow
    from app.ui.recovery_dialog import RecoveryDialog

    def accept_first(self) -> int:  # the user clicks 恢复 on the newest document
        self.chosen = self.infos[0]
        return 1

    RecoveryDialog.exec = accept_first
    create_application()
    window = MainWindow()
    window.show()
    recovered = window.offer_recovery()
    text = "\n".join(window.editor.texts()) if recovered else None
    print(json.dumps({"recovered": recovered, "text": text}, ensure_ascii=False), flush=True)
    window.editor.document().setModified(False)
    window.close()
    return 0


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "type":
        quit_after = float(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--quit-after" else None
        raise SystemExit(type_mode(quit_after))
    raise SystemExit(recover_mode())
