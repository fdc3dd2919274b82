"""The benchmark suite's machinery in its smoke mode (10k reports, one run each),
so ``python -m tests.bench`` cannot rot. Budgets are not judged here: CI machines
differ, and 10k reports say nothing about them. The real run: ``packaging/dev.sh bench``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_suite_smoke_run_prints_one_full_table(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "table.md"
    proc = subprocess.run(
        [sys.executable, "-m", "tests.bench", "--smoke", "-o", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    table = out.read_text(encoding="utf-8")
    assert table.strip() in proc.stdout
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| measure")]
    names = "\n".join(rows)
    for expected in (
        "start-up to the window shown", "peak RSS", "open a 10k .docx into the editor", "the import",
        "keystroke, 10k report", "findings + outline refreshed", "full check", "re-check after typing",
        "`wengao check`", "phrase search", "last-year matching", "save a 10k report", "export a 10k report",
    ):
        assert expected in names, f"no row for {expected!r}:\n{table}"
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert len(cells) == 7, row
        if "skipped" not in cells[0]:
            assert cells[1] != "—" and cells[-1] in ("PASS", "FAIL", "—"), row  # measured, judged where budgeted
