"""Last-year matching speed (issue 7), printed (not a timed test: machines differ).

    .venv/bin/python tests/bench/bench_last_year.py

Two 100k-character reports built from the samples' sentences (different seeds,
so they share wording without being copies). Measured: the first check with last
year's report (index built and every paragraph matched: done once, in the
background), the same report checked without it (what the matching adds), and a
re-check after one paragraph changed (only that paragraph is matched again).
Also `wengao diff`'s comparison of the two.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench.bench_checks import build_report  # noqa: E402


def main() -> None:
    from app.checks.engine import CheckEngine
    from app.checks.resources import load_check_resources
    from app.core.diff import compare

    resources = load_check_resources()
    resources.segmenter.warm()
    last = build_report(100_000, seed=1)
    this = build_report(100_000, seed=2)
    this[10:60] = last[10:60]  # fifty paragraphs left as they were
    print(f"last year {sum(map(len, last)):,} chars / {len(last)} paragraphs; this year {sum(map(len, this)):,} / {len(this)}")
    firsts, plains, updates, plain_updates, segs, flagged = [], [], [], [], [], 0
    for _ in range(3):
        resources.segmenter._results.clear()
        plain = CheckEngine(resources)
        t = time.perf_counter()
        plain.check(this)
        plains.append(time.perf_counter() - t)
        for i in range(20):
            edited = list(this)
            edited[100 + i] = edited[100 + i] + f"新增内容{i}。"
            t = time.perf_counter()
            plain.check(edited)
            plain_updates.append(time.perf_counter() - t)
        resources.segmenter._results.clear()
        t = time.perf_counter()
        for text in (*last, *this):
            resources.segmenter.cut(text)
        segs.append(time.perf_counter() - t)
        resources.segmenter._results.clear()
        engine = CheckEngine(resources)
        t = time.perf_counter()
        result = engine.check(this, last_year=last)
        firsts.append(time.perf_counter() - t)
        flagged = sum(1 for f in result.findings if f.rule == "unchanged-from-last-year")
        for i in range(20):
            edited = list(this)
            edited[100 + i] = edited[100 + i] + f"新增内容{i}。"
            t = time.perf_counter()
            engine.check(edited, last_year=last)
            updates.append(time.perf_counter() - t)
    print(f"first check with last year: {statistics.median(firsts) * 1000:.0f} ms (without: {statistics.median(plains) * 1000:.0f} ms); {flagged} paragraphs flagged")
    print(f"  of which jieba segmentation of both reports: {statistics.median(segs) * 1000:.0f} ms")
    print(
        f"re-check after one paragraph changed: {statistics.median(updates) * 1000:.1f} ms "
        f"(without last year: {statistics.median(plain_updates) * 1000:.1f} ms; median of {len(updates)})"
    )
    t = time.perf_counter()
    diff = compare(last, this)
    print(f"compare (wengao diff) of the two: {(time.perf_counter() - t) * 1000:.0f} ms, {len(diff.sections)} sections, {diff.rewritten:.0%} rewritten")


if __name__ == "__main__":
    main()
