"""Every benchmark, one table, with budgets (issue 10).

    .venv/bin/python -m tests.bench            full run (~10 min on 2 cores)
    .venv/bin/python -m tests.bench --quick    fewer repeats (~4 min)
    .venv/bin/python -m tests.bench --smoke    10k reports, one repeat: the machinery only
    packaging/dev.sh bench [--quick]           the same through the setup script

Reports of 10k, 100k and 500k characters are generated from the real samples
(:func:`tests.bench.bench_checks.build_report`) and written as .docx and .txt
into a temporary folder. Each group of measurements runs in its own fresh
process (``python -m tests.bench.suite child NAME``), so every row's peak RSS is
that of the process that measured it, and no measurement warms another's caches.
Start-ups are timed from outside: wall clock from spawning the process to the
line it prints once the window shows.

A row has a median with min–max over its runs, its baseline (measured in the
same run, on the same machine, at the same moment) and their ratio where it has
one, a budget, and PASS/FAIL. Exit status 1 when a row is out of budget (not in
smoke mode, whose 10k reports make the budgets meaningless).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RESULT_MARK = "BENCH-RESULT "
STARTUP_CHILD = Path(__file__).with_name("startup_child.py")


# ---------------------------------------------------------------- plans


@dataclass
class Plan:
    """How big and how often. Sizes are characters; repeats are runs per row."""

    name: str
    small: int = 10_000
    mid: int = 100_000
    big: int = 500_000
    startup: int = 5
    open: int = 7
    soffice: int = 2
    keystrokes: int = 120
    refresh: int = 7
    full_check: int = 7
    recheck: int = 100
    cli: int = 5
    search_passes: int = 3
    phrase_entries: int = 5000
    last_year: int = 5
    save: int = 5

    def repeat(self, n: int) -> None:
        for name in ("startup", "open", "refresh", "full_check", "cli", "search_passes", "last_year", "save"):
            setattr(self, name, n)
        self.soffice = max(1, min(self.soffice, n))


def make_plan(mode: str, repeat: int | None) -> Plan:
    if mode == "smoke":
        plan = Plan(
            "smoke", small=10_000, mid=10_000, big=10_000, keystrokes=5, recheck=5, soffice=0, phrase_entries=400
        )
        plan.repeat(1)
        plan.soffice = 0
    elif mode == "quick":
        plan = Plan("quick", keystrokes=40, recheck=30, soffice=1)
        plan.repeat(3)
    else:
        plan = Plan("full")
    if repeat is not None:
        plan.repeat(repeat)
    return plan


def label(chars: int) -> str:
    return f"{chars // 1000}k"


# ---------------------------------------------------------------- rows and budgets


@dataclass
class Budget:
    """``ratio``: median ≤ limit × baseline median; ``median``/``max``: an absolute limit."""

    kind: str
    limit: float
    source: str = ""  # where the budget comes from

    def text(self, unit: str) -> str:
        if self.kind == "ratio":
            return f"≤ {self.limit:g}×"
        if self.kind == "max":
            return f"max ≤ {self.limit:g} {unit}"
        return f"≤ {self.limit:g} {unit}"


@dataclass
class Row:
    name: str
    samples: list[float]
    unit: str = "ms"
    baseline_name: str = ""
    baseline: list[float] = field(default_factory=list)
    budget: Budget | None = None
    rss_mb: float | None = None
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def ratio(self) -> float | None:
        if not self.baseline or not self.samples:
            return None
        base = statistics.median(self.baseline)
        return self.median / base if base > 0 else None

    def verdict(self) -> str:
        if self.budget is None or not self.samples:
            return "—"
        if self.budget.kind == "ratio":
            ratio = self.ratio
            ok = ratio is not None and ratio <= self.budget.limit
        elif self.budget.kind == "max":
            ok = max(self.samples) <= self.budget.limit
        else:
            ok = self.median <= self.budget.limit
        return "PASS" if ok else "FAIL"


def spread(samples: list[float], unit: str) -> str:
    if not samples:
        return "—"
    median = statistics.median(samples)
    digits = 2 if median < 10 else (1 if median < 100 else 0)
    if len(samples) == 1:
        return f"{median:.{digits}f} {unit}"
    return f"{median:.{digits}f} {unit} ({min(samples):.{digits}f}–{max(samples):.{digits}f})"


def render(rows: list[Row], plan: Plan, header: str) -> str:
    lines = [
        header,
        "",
        "| measure | median (min–max) | baseline: median (min–max) | ratio | budget | peak RSS | result |",
        "|---|---:|---|---:|---|---:|---|",
    ]
    for row in rows:
        base = f"{row.baseline_name}: {spread(row.baseline, row.unit)}" if row.baseline_name else "—"
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "—"
        budget = row.budget.text(row.unit) if row.budget else "—"
        rss = f"{row.rss_mb:.0f} MB" if row.rss_mb is not None else "—"
        name = row.name + (f" ({row.note})" if row.note else "")
        lines.append(
            f"| {name} | {spread(row.samples, row.unit)} | {base} | {ratio} | {budget} | {rss} | {row.verdict()} |"
        )
    return "\n".join(lines)


# ---------------------------------------------------------------- fixtures (parent)


def build_fixtures(folder: Path, plan: Plan, log: Callable[[str], None]) -> dict:
    """The generated reports as .docx and .txt, and last year's pair."""
    from tests.bench.bench_checks import build_report, write_docx

    files: dict = {}
    for chars in sorted({plan.small, plan.mid, plan.big}):
        paragraphs = build_report(chars)
        docx_path, txt_path = folder / f"r{chars}.docx", folder / f"r{chars}.txt"
        write_docx(paragraphs, docx_path)
        txt_path.write_text("\n".join(paragraphs), encoding="utf-8")
        files[chars] = {
            "docx": str(docx_path),
            "txt": str(txt_path),
            "chars": sum(map(len, paragraphs)),
            "paragraphs": len(paragraphs),
        }
        log(f"  report {label(chars)}: {files[chars]['chars']:,} characters, {len(paragraphs)} paragraphs")
    last = build_report(plan.mid, seed=1)
    this = build_report(plan.mid, seed=2)
    this[10:60] = last[10:60]  # fifty paragraphs left as they were last year
    pair = folder / "last_year.json"
    pair.write_text(json.dumps({"last": last, "this": this}, ensure_ascii=False), encoding="utf-8")
    files["last_year"] = str(pair)
    return files


def prepare_home(template: Path, fixtures: dict, plan: Plan, log: Callable[[str], None]) -> None:
    """A user folder as after the first run: jieba's cache built, the phrase
    library created with its pinyin initials. Every child gets a copy, so none
    pays first-run costs and none sees another's recent files, journal or layout."""
    template.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    run_child("warm_home", {}, template)
    log(f"  user folder prepared (jieba cache, phrase library, initials) in {time.perf_counter() - started:.1f} s")


def fresh_home(template: Path) -> Path:
    home = Path(tempfile.mkdtemp(prefix="wengao-bench-home-"))
    shutil.rmtree(home)
    shutil.copytree(template, home)
    return home


def child_env(home: Path) -> dict:
    env = dict(os.environ)
    env["WENGAO_HOME"] = str(home)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("WENGAO_LANG", "zh")
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    # An installed Wengao starts from compiled bytecode; let the untimed first
    # runs write it, so no timed start-up compiles the sources again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(name: str, args: dict, home: Path, timeout: float = 1800) -> dict:
    """Run one measurement group in a fresh interpreter; its result dict."""
    proc = subprocess.run(
        [sys.executable, "-m", "tests.bench.suite", "child", name, json.dumps(args)],
        cwd=ROOT,
        env=child_env(home),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK) :])
    raise RuntimeError(
        f"benchmark child {name} failed (exit {proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
    )


def timed_process(argv: list[str], home: Path, timeout: float = 600) -> tuple[float, list[str], int]:
    """Wall ms from spawn to the first line the process prints, all its lines, and its peak RSS (KB)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=ROOT, env=child_env(home), stdout=subprocess.PIPE, stderr=err, text=True)
        first = proc.stdout.readline()
        elapsed = (time.perf_counter() - start) * 1000
        rest = proc.stdout.read()
        proc.stdout.close()
        code, peak = _reap(proc)
        err.seek(0)
        errors = err.read().decode("utf-8", "replace")
    if not first or code != 0:
        raise RuntimeError(f"{argv[-2:]} failed (exit {code}, first line {first!r}): {errors[-3000:]}")
    return elapsed, [line for line in (first + rest).splitlines() if line.strip()], peak


def timed_run(argv: list[str], home: Path) -> tuple[float, int, int]:
    """Wall ms of a whole process run, its exit status and peak RSS (KB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, env=child_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    code, peak = _reap(proc)
    return (time.perf_counter() - start) * 1000, code, peak


def _reap(proc: subprocess.Popen) -> tuple[int, int]:
    """Wait for a child with wait4, for its peak RSS (KB) besides its exit status. The
    figure is at least this parent's size at the fork (Linux carries ru_maxrss across
    exec), so for these rows it is an upper bound."""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss


# ---------------------------------------------------------------- the parent's groups


def measure_startup(plan: Plan, fixtures: dict, template: Path, log) -> list[Row]:
    mid = fixtures[plan.mid]
    wengao, bare, shown_rss, ready_rss = [], [], [], []
    python = sys.executable
    # One untimed run of each first: the OS file cache holds Qt's libraries, as on a used machine.
    for mode, path in (("wengao", mid["docx"]), ("bare", mid["txt"])):
        timed_process([python, str(STARTUP_CHILD), mode, path], fresh_home(template))
    steps: dict[str, dict[str, list[float]]] = {"wengao": {}, "bare": {}}
    for i in range(plan.startup):
        # Alternate, so a slow moment of the machine hits both sides alike.
        elapsed, lines, _ = timed_process([python, str(STARTUP_CHILD), "bare", mid["txt"]], fresh_home(template))
        bare.append(elapsed)
        _collect_steps(steps["bare"], elapsed, lines)
        elapsed, lines, _ = timed_process(
            [python, str(STARTUP_CHILD), "wengao", mid["docx"], "--jieba"], fresh_home(template)
        )
        wengao.append(elapsed)
        _collect_steps(steps["wengao"], elapsed, lines)
        words = dict(line.split()[:2] for line in lines)
        shown_rss.append(int(words["shown"]) / 1024)
        ready_rss.append(int(words["ready"]) / 1024)
        log(
            f"  start-up run {i + 1}: wengao {wengao[-1]:.0f} ms, bare {bare[-1]:.0f} ms, "
            f"RSS {shown_rss[-1]:.0f}/{ready_rss[-1]:.0f} MB"
        )
    return [
        Row(
            f"start-up to the window shown, {label(plan.mid)} report open, findings listed (fresh process)",
            wengao,
            baseline_name="bare PySide6 window + QTextEdit, same text",
            baseline=bare,
            budget=Budget("ratio", 1.5, "issue 10"),
            rss_mb=statistics.median(shown_rss),
        ),
        *_step_rows(steps),
        Row(
            f"peak RSS, {label(plan.mid)} report open, jieba ready (ru_maxrss)",
            ready_rss,
            unit="MB",
            budget=Budget("median", 250, "issue 10"),
            rss_mb=max(ready_rss),
        ),
    ]


# Start-up steps as startup_child.py marks them: (its name, the row's words, the bare
# window's step it compares with, if any).
_STEPS = (
    ("interpreter", "interpreter start, until the script's first line", "interpreter"),
    ("imports", "imports: PySide6 and app.ui.application", "imports"),
    ("application", "QApplication, translations, theme", "application"),
    ("window-modules", "the window's modules (checker, formats, phrases …)", None),
    ("window", "MainWindow built and shown", "window"),
    ("open", "the .docx read and put into the editor", None),
    ("check-and-list", "first check, outline and findings listed", None),
    ("paint", "last paint", None),
)
_BARE_STEP_NAMES = {
    "interpreter": "bare: interpreter start",
    "imports": "bare: import PySide6.QtWidgets",
    "application": "bare: QApplication",
    "window": "bare: QTextEdit, setPlainText, shown and painted",
}


def _collect_steps(into: dict[str, list[float]], elapsed: float, lines: list[str]) -> None:
    """One start-up's steps (ms) from its ``phases`` and ``script`` lines."""
    words = {line.split()[0]: line.split()[1:] for line in lines}
    if "phases" not in words or "script" not in words:
        return
    into.setdefault("interpreter", []).append(elapsed - float(words["script"][0]))
    for item in words["phases"]:
        name, _, ms = item.partition("=")
        into.setdefault(name, []).append(float(ms))


def _step_rows(steps: dict[str, dict[str, list[float]]]) -> list[Row]:
    """Where the start-up's time goes, Wengao's steps against the bare window's (no budget)."""
    rows = []
    for name, words, bare_name in _STEPS:
        samples = steps["wengao"].get(name)
        if not samples:
            continue
        bare_samples = steps["bare"].get(bare_name, []) if bare_name else []
        rows.append(
            Row(
                f"… start-up step: {words}",
                samples,
                baseline_name=_BARE_STEP_NAMES[bare_name] if bare_samples else "",
                baseline=bare_samples,
            )
        )
    return rows


def measure_soffice(plan: Plan, fixtures: dict, folder: Path, log) -> tuple[list[float], int] | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or plan.soffice == 0:
        return None
    profile = folder / "lo-profile"
    out = folder / "lo-out"
    out.mkdir(exist_ok=True)

    def convert(path: str) -> tuple[float, int]:
        argv = [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "odt",
            "--outdir",
            str(out),
            path,
        ]
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        code, peak = _reap(proc)
        elapsed = (time.perf_counter() - start) * 1000
        if code != 0 or not any(out.glob("*.odt")):
            raise RuntimeError("LibreOffice failed to convert")
        return elapsed, peak

    convert(fixtures[plan.small]["docx"])  # creates the profile: LibreOffice's first start is much slower
    times, rss = [], 0
    for _ in range(plan.soffice):
        for old in out.glob("*.odt"):
            old.unlink()
        elapsed, peak = convert(fixtures[plan.big]["docx"])
        times.append(elapsed)
        rss = max(rss, peak)
    log(f"  LibreOffice → ODT: {statistics.median(times):.0f} ms")
    return times, rss


def measure_cli(plan: Plan, fixtures: dict, template: Path) -> Row:
    big = fixtures[plan.big]
    argv = [sys.executable, "-m", "app.cli.main", "check", big["docx"], "--format", "json"]
    home = fresh_home(template)
    timed_run(argv, home)  # warm the file cache
    times, rss = [], 0
    for _ in range(plan.cli):
        elapsed, code, peak = timed_run(argv, home)
        if code not in (0, 1):
            raise RuntimeError(f"wengao check exited {code}")
        times.append(elapsed)
        rss = max(rss, peak)
    return Row(
        f"`wengao check` of a {label(plan.big)} .docx (fresh process, wall)",
        times,
        budget=Budget("median", 2500, "README"),
        rss_mb=rss / 1024,
    )


def run_suite(plan: Plan, log: Callable[[str], None] = print) -> tuple[list[Row], str]:
    started = time.perf_counter()
    load_before = os.getloadavg()[0]
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="wengao-bench-") as tmp:
        folder = Path(tmp)
        log(f"building reports ({plan.name} run)")
        fixtures = build_fixtures(folder, plan, log)
        template = folder / "home"
        prepare_home(template, fixtures, plan, log)
        common = {"fixtures": {str(k): v for k, v in fixtures.items()}, "plan": asdict(plan)}

        log("start-up (fresh processes)")
        rows += measure_startup(plan, fixtures, template, log)

        log(f"open a {label(plan.big)} .docx")
        result = run_child("open", common, fresh_home(template))
        soffice = measure_soffice(plan, fixtures, folder, log)
        rows.append(
            Row(
                f"open a {label(plan.big)} .docx into the editor until its text shows",
                result["open"],
                baseline_name="unzip + lxml parse of its word/document.xml",
                baseline=result["lxml"],
                budget=Budget("ratio", 3, "issue 10"),
                rss_mb=result["rss_mb"],
            )
        )
        rows.append(
            Row(
                "… of which the import (app.formats.load_document, no Qt)",
                result["import"],
                baseline_name="unzip + lxml parse",
                baseline=result["lxml"],
                budget=Budget("ratio", 3, "issue 10"),
            )
        )
        rows.append(
            Row(
                "… the same open against a bare editor",
                result["open"],
                baseline_name="bare QTextEdit: setPlainText of its text, painted",
                baseline=result["bare"],
            )
        )
        if soffice is not None:
            times, rss = soffice
            rows.append(
                Row(
                    "… and against LibreOffice (headless, .docx → .odt, fresh process)",
                    result["open"],
                    baseline_name="soffice --convert-to odt",
                    baseline=times,
                    rss_mb=rss / 1024,
                )
            )
        else:
            rows.append(
                Row(
                    "… LibreOffice comparison skipped",
                    [],
                    note="soffice not installed" if plan.soffice else "not in this mode",
                )
            )

        sizes = sorted({plan.small, plan.mid, plan.big})
        for chars in sizes:
            log(f"keystrokes and refresh, {label(chars)}")
            result = run_child("typing", {**common, "size": chars}, fresh_home(template))
            rows.append(
                Row(
                    f"keystroke, {label(chars)} report, every live check on",
                    result["keystroke"],
                    baseline_name="bare QTextEdit keystroke",
                    baseline=result["bare"],
                    budget=Budget("ratio", 2.5, "issue 10"),
                    rss_mb=result["rss_mb"],
                )
            )
            rows.append(
                Row(
                    f"findings + outline refreshed after a pause, {label(chars)} (120 ms debounce included)",
                    result["refresh"],
                    budget=Budget("median", 300, "README"),
                    rss_mb=result["rss_mb"],
                )
            )

        log("checker")
        result = run_child("full_check", common, fresh_home(template))
        rows.append(
            Row(
                f"full check, {label(plan.big)} report (fresh engine, after parsing)",
                result["times"],
                budget=Budget("median", 300, "README"),
                rss_mb=result["rss_mb"],
            )
        )
        result = run_child("recheck", common, fresh_home(template))
        rows.append(
            Row(
                f"re-check after typing in one paragraph, {label(plan.mid)}",
                result["times"],
                budget=Budget("median", 5, "README"),
                rss_mb=result["rss_mb"],
            )
        )
        log("wengao check")
        rows.append(measure_cli(plan, fixtures, template))

        log("phrase search")
        result = run_child("phrases", common, fresh_home(template))
        rows.append(
            Row(
                f"phrase search over {result['entries']:,} entries, per keystroke",
                result["times"],
                budget=Budget("max", 20, "README"),
                rss_mb=result["rss_mb"],
                note="substring / several words / pinyin initials",
            )
        )

        log("last year")
        result = run_child("last_year", common, fresh_home(template))
        rows.append(
            Row(
                f"last-year matching, two {label(plan.mid)} reports, every paragraph (jieba words cached)",
                result["match"],
                rss_mb=result["rss_mb"],
            )
        )
        rows.append(
            Row(
                f"first check with last year linked, {label(plan.mid)} (jieba segmentation included)",
                result["first"],
                baseline_name="the same check without last year",
                baseline=result["plain"],
                rss_mb=result["rss_mb"],
            )
        )

        log("save and export")
        result = run_child("save_export", common, fresh_home(template))
        rows.append(
            Row(
                f"save a {label(plan.big)} report, one paragraph edited, over its source (atomic, verified)",
                result["save"],
                rss_mb=result["rss_mb"],
            )
        )
        rows.append(
            Row(f"export a {label(plan.big)} report as GB/T 9704 .docx", result["export"], rss_mb=result["rss_mb"])
        )

    header = (
        f"Wengao benchmark suite, {plan.name} run: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"{time.strftime('%Y-%m-%d %H:%M')}, {time.perf_counter() - started:.0f} s; {machine_note(load_before)}"
    )
    return rows, header


def machine_note(load_before: float) -> str:
    """How fast and how busy the machine was: absolute budgets depend on it."""
    import timeit

    numbers = list(range(1000))
    per_sum = min(timeit.repeat(lambda: sum(numbers), number=2000, repeat=5)) / 2000 * 1e6
    return f"sum() of 1,000 ints {per_sum:.1f} µs, load average {load_before:.2f} → {os.getloadavg()[0]:.2f}"


# ---------------------------------------------------------------- children (each in a fresh interpreter)


def _rss_mb() -> float:
    from tests.bench.startup_child import rss_kb

    return rss_kb() / 1024


def _ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _paragraphs(fixture: dict) -> list[str]:
    return Path(fixture["txt"]).read_text(encoding="utf-8").split("\n")


def child_warm_home(args: dict) -> dict:
    from app.core.segment import Segmenter
    from app.phrases.store import open_store

    Segmenter().warm()
    store = open_store()
    store.fill_initials()  # the pinyin initials a first start stores (pypinyin: +60 MB while it runs)
    store.close()
    return {}


class _Gui:
    """The window as a user has it: the application's factory, a shown MainWindow."""

    def __init__(self) -> None:
        from app.ui.application import create_application
        from app.ui.main_window import MainWindow

        self.app = create_application()
        self.window = MainWindow()
        self.window.show()
        self.app.processEvents()

    def spin_until(self, done: Callable[[], bool], timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError("timed out waiting for the window")
            self.app.processEvents()
            time.sleep(0.001)

    def idle(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        self.spin_until(lambda: time.monotonic() > end)

    def wait_settled(self) -> None:
        """jieba loaded and the analysis of the current text shown, nothing pending."""
        window = self.window

        def settled() -> bool:
            engine = window.checks._engine
            analysis = window.last_analysis
            return (
                engine is not None
                and engine.resources.segmenter.loaded
                and analysis is not None
                and analysis.checks is not None
                and not getattr(analysis.checks, "pending", 0)
                and window.analysis.is_current(analysis)
            )

        self.spin_until(settled)
        self.idle(0.2)

    def open(self, path: str) -> None:
        """Open until the text shows: open_path, then the editor painted at once."""
        self.window.editor.document().setModified(False)
        if not self.window.open_path(path):
            raise RuntimeError(f"could not open {path}")
        self.window.editor.viewport().repaint()


def _type_char(widget, ch: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _keystroke(app, widget, ch: str) -> float:
    """One keystroke until the event loop is idle again, layout and paint included."""
    start = time.perf_counter()
    _type_char(widget, ch)
    widget.viewport().repaint()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def _place_cursor(app, widget, block_number: int) -> None:
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(widget.document().findBlockByNumber(block_number))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    widget.setTextCursor(cursor)
    widget.ensureCursorVisible()
    app.processEvents()


def child_open(args: dict) -> dict:
    import zipfile

    from lxml import etree
    from PySide6.QtWidgets import QTextEdit

    from app.formats import load_document

    plan = Plan(**args["plan"])
    fixture = args["fixtures"][str(plan.big)]
    path = fixture["docx"]
    gui = _Gui()
    gui.wait_settled()
    text = Path(fixture["txt"]).read_text(encoding="utf-8")
    bare = QTextEdit()
    bare.resize(gui.window.editor.size())
    bare.show()

    def lxml_parse() -> None:
        with zipfile.ZipFile(path) as package:
            data = package.read("word/document.xml")
        etree.fromstring(data)

    def bare_open() -> None:
        bare.setPlainText(text)
        bare.viewport().repaint()

    lxml_times, import_times, open_times, bare_times = [], [], [], []
    lxml_parse(), load_document(path)  # imports and file cache, as for any second file opened
    for _ in range(plan.open):
        gc.collect()
        lxml_times.append(_ms(lxml_parse))
        gc.collect()
        import_times.append(_ms(lambda: load_document(path)))
        gc.collect()
        bare_times.append(_ms(bare_open))
        bare.clear()
        gui.idle(0.2)
        gc.collect()
        open_times.append(_ms(lambda: gui.open(path)))
        gui.wait_settled()  # the previous document's checks must not run under the next timing
    return {"lxml": lxml_times, "import": import_times, "open": open_times, "bare": bare_times, "rss_mb": _rss_mb()}


def _paced_keystrokes(gui: _Gui, widget, count: int) -> list[float]:
    """``count`` keystrokes 40–220 ms apart (the same pauses for every widget), each timed."""
    rng = random.Random(5)
    times = []
    for i in range(count):
        times.append(_keystroke(gui.app, widget, "字，"[i % 2]))
        gui.idle(rng.choice((0.04, 0.09, 0.16, 0.22)))
    return times


def child_typing(args: dict) -> dict:
    from PySide6.QtWidgets import QTextEdit

    plan = Plan(**args["plan"])
    fixture = args["fixtures"][str(args["size"])]
    gui = _Gui()
    app, window = gui.app, gui.window
    gui.open(fixture["docx"])
    gui.wait_settled()
    middle = fixture["paragraphs"] // 2
    editor = window.editor

    # Paced like typing (40–220 ms apart), so keystrokes land while the checks of
    # the ones before run on the analysis thread and results reach the window.
    _place_cursor(app, editor, middle)
    times = _paced_keystrokes(gui, editor, plan.keystrokes)
    gui.wait_settled()

    refresh = []
    for _ in range(plan.refresh):
        arrived: list[float] = []
        revision = window.analysis.revision

        def on_ready(analysis, revision=revision, arrived=arrived) -> None:
            if analysis.revision > revision and window.analysis.is_current(analysis):
                arrived.append(time.perf_counter())

        window.analysis.ready.connect(on_ready)  # after the window's own slot: findings already shown
        _type_char(editor, "，")
        start = time.perf_counter()
        gui.spin_until(lambda arrived=arrived: bool(arrived))
        refresh.append((arrived[0] - start) * 1000)
        window.analysis.ready.disconnect(on_ready)
        gui.wait_settled()

    # The baseline shows the same text the same way (size, font) and is typed at
    # the same pace: an idle pause costs the next keystroke of a bare QTextEdit too
    # (3.4 ms back to back, 4.1–5.1 ms paced, 500k here), so typing the baseline
    # back to back while Wengao is paced would charge Wengao for the pauses.
    bare = QTextEdit()
    bare.resize(editor.size())
    bare.setFont(editor.font())
    bare.setPlainText(Path(fixture["txt"]).read_text(encoding="utf-8"))
    bare.show()
    app.processEvents()
    _place_cursor(app, bare, middle)
    bare_times = _paced_keystrokes(gui, bare, plan.keystrokes)
    window.editor.document().setModified(False)
    return {"keystroke": times, "bare": bare_times, "refresh": refresh, "rss_mb": _rss_mb()}


def child_full_check(args: dict) -> dict:
    from app.checks.engine import CheckEngine
    from app.checks.resources import load_check_resources

    plan = Plan(**args["plan"])
    texts = _paragraphs(args["fixtures"][str(plan.big)])
    resources = load_check_resources()
    CheckEngine(resources, lang="zh").check(texts)  # rule data and regexes compiled, as in the window
    times = []
    for _ in range(plan.full_check):
        gc.collect()
        times.append(_ms(lambda: CheckEngine(resources, lang="zh").check(texts)))
    return {"times": times, "rss_mb": _rss_mb()}


def child_recheck(args: dict) -> dict:
    from app.checks.engine import CheckEngine
    from app.checks.resources import load_check_resources

    plan = Plan(**args["plan"])
    texts = _paragraphs(args["fixtures"][str(plan.mid)])
    engine = CheckEngine(load_check_resources(), lang="zh")
    engine.check(texts)
    rng = random.Random(3)
    body = [i for i, t in enumerate(texts) if len(t) > 200] or list(range(len(texts)))
    times = []
    for _ in range(plan.recheck):
        i = rng.choice(body)
        at = rng.randrange(len(texts[i]) // 2, len(texts[i]) + 1)
        texts[i] = texts[i][:at] + "进" + texts[i][at:]
        times.append(_ms(lambda: engine.check(texts)))
    return {"times": times, "rss_mb": _rss_mb()}


def child_phrases(args: dict) -> dict:
    from tests.bench import bench_phrases

    plan = Plan(**args["plan"])
    bench_phrases.TARGET = plan.phrase_entries
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = bench_phrases.build_store(Path(tmp))
        from app.phrases.search import PhraseIndex

        index = PhraseIndex(store.all())
        times = []
        for _ in range(plan.search_passes):
            for queries in bench_phrases.QUERIES.values():
                for query in queries:
                    for typed in bench_phrases.keystrokes(query):
                        times.append(_ms(lambda typed=typed: index.search(typed, limit=300)))
        entries = len(index)
        store.close()
    return {"times": times, "entries": entries, "rss_mb": _rss_mb()}


def child_last_year(args: dict) -> dict:
    from app.checks.engine import CheckEngine, LastYearIndex
    from app.checks.resources import load_check_resources

    plan = Plan(**args["plan"])
    pair = json.loads(Path(args["fixtures"]["last_year"]).read_text(encoding="utf-8"))
    last, this = pair["last"], pair["this"]
    resources = load_check_resources()
    resources.segmenter.warm()
    threshold = 0.9
    match, first, plain = [], [], []
    for _ in range(plan.last_year):
        resources.segmenter._results.clear()
        engine = CheckEngine(resources, lang="zh")
        plain.append(_ms(lambda engine=engine: engine.check(this)))
        resources.segmenter._results.clear()
        engine = CheckEngine(resources, lang="zh")
        first.append(_ms(lambda engine=engine: engine.check(this, last_year=last)))
        # Matching alone: the words of both reports are cached by now.
        engine = CheckEngine(resources, lang="zh")
        for text in (*last, *this):
            engine._word_set(text)

        def matching(engine=engine) -> None:
            index = LastYearIndex([engine._word_set(t) for t in last])
            for text in this:
                index.best_match(engine._word_set(text), threshold)

        match.append(_ms(matching))
    return {"match": match, "first": first, "plain": plain, "rss_mb": _rss_mb()}


def child_save_export(args: dict) -> dict:
    import dataclasses

    from app.core.document import Paragraph, Run
    from app.formats import load_document, save_document
    from app.formats.docx_export import export_docx

    plan = Plan(**args["plan"])
    source = args["fixtures"][str(plan.big)]["docx"]
    report = load_document(source)
    index = next(i for i, b in enumerate(report.blocks) if isinstance(b, Paragraph) and len(b.text) > 100)
    edited = report.blocks[index]
    report.blocks[index] = dataclasses.replace(edited, runs=[Run(edited.text + "新增一句。")])
    save_times, export_times = [], []
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "saved.docx"
        shutil.copyfile(source, target)
        exported = Path(tmp) / "exported.docx"
        for _ in range(plan.save):
            gc.collect()
            save_times.append(_ms(lambda: save_document(report, target, source_path=source)))
            gc.collect()
            export_times.append(_ms(lambda: export_docx(report, exported)))
    return {"save": save_times, "export": export_times, "rss_mb": _rss_mb()}


CHILDREN = {
    "warm_home": child_warm_home,
    "open": child_open,
    "typing": child_typing,
    "full_check": child_full_check,
    "recheck": child_recheck,
    "phrases": child_phrases,
    "last_year": child_last_year,
    "save_export": child_save_export,
}


def child_main(name: str, raw: str) -> int:
    result = CHILDREN[name](json.loads(raw))
    sys.stdout.write(RESULT_MARK + json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)  # threads and widgets need no teardown


# ---------------------------------------------------------------- entry point


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["child"]:
        return child_main(argv[1], argv[2])
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_const", dest="mode", const="quick", help="3 runs a row, 40 keystrokes")
    mode.add_argument(
        "--smoke",
        action="store_const",
        dest="mode",
        const="smoke",
        help="10k reports, 1 run: checks the machinery, not the budgets",
    )
    parser.add_argument("--repeat", type=int, help="runs per row (overrides the mode's)")
    parser.add_argument("--no-soffice", action="store_true", help="skip the LibreOffice comparison")
    parser.add_argument("-o", "--output", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    plan = make_plan(args.mode or "full", args.repeat)
    if args.no_soffice:
        plan.soffice = 0
    rows, header = run_suite(plan, log=lambda text: print(text, file=sys.stderr, flush=True))
    table = render(rows, plan, header)
    print(table)
    if args.output:
        args.output.write_text(table + "\n", encoding="utf-8")
    failed = [row.name for row in rows if row.verdict() == "FAIL"]
    if plan.name == "smoke":
        return 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
