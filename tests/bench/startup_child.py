"""A start-up measured from the outside: run as a fresh process by the suite.

    startup_child.py wengao REPORT.docx [--jieba]
    startup_child.py bare REPORT.txt

Prints ``shown RSS_KB`` the moment the window is up with the report's text (and,
for Wengao, its findings listed), so the parent's wall clock from spawning the
process to reading that line covers interpreter start, imports and everything.
With ``--jieba`` it then waits until jieba is loaded and the checks have settled
and prints ``ready RSS_KB`` (the peak-memory row). Nothing heavy is imported
before the clock's first tick but what the measured program itself imports.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # the script's first line: what came before is the interpreter's own start

import os  # noqa: E402 (after the clock's first tick on purpose)
import resource  # noqa: E402
import sys  # noqa: E402

# Where the time goes, for the suite's breakdown rows: (step, ms since the previous mark).
PHASES: list[tuple[str, float]] = []
_last = [STARTED]


def mark(step: str) -> None:
    now = time.perf_counter()
    PHASES.append((step, (now - _last[0]) * 1000))
    _last[0] = now


def say_phases() -> None:
    """``phases step=ms …`` and ``script MS`` (from the script's first line to the window shown)."""
    say("phases", *(f"{step}={ms:.2f}" for step, ms in PHASES))
    say("script", f"{(_last[0] - STARTED) * 1000:.2f}")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


def rss_kb() -> int:
    """This process's own peak RSS (KB). On Linux that is VmHWM: ru_maxrss keeps the
    forking parent's size across exec, so a big parent would inflate every child."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def say(*words: object) -> None:
    sys.stdout.write(" ".join(map(str, words)) + "\n")
    sys.stdout.flush()


def spin_until(app, done, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.002)


def bare(path: str) -> None:
    """The baseline: a bare PySide6 window, a QTextEdit holding the same text."""
    from PySide6.QtWidgets import QApplication, QTextEdit

    mark("imports")
    app = QApplication(sys.argv[:1])
    mark("application")
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    edit = QTextEdit()
    edit.resize(1280, 820)
    edit.setPlainText(text)
    edit.show()
    app.processEvents()
    edit.repaint()
    mark("window")
    say("shown", rss_kb())
    say_phases()


def wengao(path: str, wait_for_jieba: bool) -> None:
    """What ``wengao FILE`` does (app.ui.application.run_application), up to the findings."""
    from app.ui.application import create_application

    mark("imports")
    app = create_application()
    mark("application")
    from app.ui.main_window import MainWindow

    mark("window-modules")
    window = MainWindow()
    window.show()
    window.offer_recovery()
    mark("window")
    window.open_path(path)
    mark("open")

    def findings_listed() -> bool:
        analysis = window.last_analysis
        return analysis is not None and analysis.checks is not None

    spin_until(app, findings_listed)
    mark("check-and-list")
    app.processEvents()  # the docks' pending relayouts
    window.repaint()  # painted, editor and docks, before the clock stops
    mark("paint")
    say("shown", rss_kb())
    say_phases()
    if wait_for_jieba:

        def jieba_ready() -> bool:
            engine = window.checks._engine
            return engine is not None and engine.resources.segmenter.loaded

        spin_until(app, jieba_ready)
        # Let the checks that follow jieba's arrival finish, as a user would.
        settle = time.monotonic() + 1.0
        spin_until(app, lambda: time.monotonic() > settle)
        say("ready", rss_kb())
    window.files.release()  # the lock file beside the report


def main(argv: list[str]) -> None:
    mode, path = argv[0], argv[1]
    if mode == "bare":
        bare(path)
    else:
        wengao(path, "--jieba" in argv)
    sys.stdout.flush()
    os._exit(0)  # the measurement is over: no teardown of threads and widgets


if __name__ == "__main__":
    main(sys.argv[1:])
