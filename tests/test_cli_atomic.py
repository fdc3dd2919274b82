"""Commands that write (`wengao new`, `wengao export`) leave the target either the
old file or the new one, whole, whenever they are killed (SIGKILL)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.formats import load_document
from tests.conftest import SAMPLE_000_DOCX, SAMPLE_002_DOCX

ROOT = Path(__file__).resolve().parents[1]
KILLS = int(os.environ.get("WENGAO_CLI_KILLS", "12"))


@pytest.mark.slow
def test_sigkill_during_writing_commands_leaves_old_or_new(tmp_path: Path) -> None:
    rng = random.Random(11)
    target = tmp_path / "定稿.docx"
    shutil.copy(SAMPLE_002_DOCX, target)
    old = target.read_bytes()
    env = {**os.environ, "WENGAO_HOME": str(tmp_path / "home")}
    outcomes = {"old": 0, "new": 0}
    for n in range(KILLS):
        command = (
            ["export", str(SAMPLE_000_DOCX), "-o", str(target)] if n % 2 == 0
            else ["new", "--from", str(SAMPLE_000_DOCX), "--mask-figures", "-o", str(target)]
        )
        before = target.read_bytes()
        child = subprocess.Popen([sys.executable, "-m", "app", *command], cwd=ROOT, env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 2.0))
        child.send_signal(signal.SIGKILL)
        child.wait()
        after = target.read_bytes()
        if after == before:
            outcomes["old"] += 1
        else:
            report = load_document(target)  # whole: it opens
            assert report.texts(), "the new file is empty"
            outcomes["new"] += 1
        if n % 3 == 2:
            target.write_bytes(old)  # start again from the old file now and then
    print("outcomes", outcomes)
    assert sum(outcomes.values()) == KILLS
