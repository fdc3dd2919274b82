"""Checker speed, printed as a table (not a timed test: machines differ).

    .venv/bin/python tests/bench/bench_checks.py      (or -m tests.bench.bench_checks)

Targets (issue 3): full check of a 500k-character report ≤ 300 ms after parsing;
re-check after one paragraph changes ≤ 5 ms on a 100k-character report;
``wengao check`` of a 500k-character .docx ≤ 2.5 s wall, start-up included.
The reports are built from the real samples' sentences, shuffled and renumbered,
so the text is realistic (placeholders and all) without being one paragraph
copied a thousand times.
"""

from __future__ import annotations

import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SAMPLES = ROOT.parent / "shared" / "samples"


def build_report(chars: int, seed: int = 1) -> list[str]:
    from app.core.numerals import int_to_chinese

    rng = random.Random(seed)
    clauses = []
    for name in ("000_d56a67ec2e6c0c3b.txt", "002_0498aa135cdf4505.txt"):
        for line in (SAMPLES / name).read_text(encoding="utf-8").splitlines()[2:]:
            body = re.sub(r"^（[一二三四五六七八九十]+）|^[一二三四五六七八九十]+、", "", line)
            clauses += [c for c in re.split(r"[，。；]", body) if len(c) > 6 and "是" not in c[:2]]
    # Real reports rarely repeat a clause: vary each sampled clause with a word of
    # the samples' own vocabulary, so repeated-sentence sees realistic input.
    words = sorted({m.group(0) for c in clauses for m in re.finditer(r"[\u4e00-\u9fff]{2}", c)})

    def clause() -> str:
        c = rng.choice(clauses)
        at = rng.randrange(len(c))
        return c[:at] + rng.choice(words) + c[at:]

    paragraphs = ["2022年度市局班子成员述责述廉报告", "2022年，本人坚持以习近平新时代中国特色社会主义思想为指导。现将情况报告如下。"]
    total = sum(map(len, paragraphs))
    section, sub = 0, 0
    headings = ["述责述廉情况", "存在的问题", "下步工作打算"]
    while total < chars:
        if section == 0 or (sub >= 40 and section < 3):
            section += 1
            sub = 0
            paragraphs.append(f"{int_to_chinese(section)}、{headings[section - 1]}")
        sub += 1
        parts = [f"（{int_to_chinese(sub)}）" + clause() + "。"]
        for item in range(1, rng.randint(3, 6)):
            sentence = "，".join(clause() for _ in range(rng.randint(2, 5)))
            sentence = re.sub(r"\d+", lambda m: str(rng.randint(1, 999)), sentence)
            parts.append(f"{int_to_chinese(item)}是{sentence}。")
        paragraphs.append("".join(parts))
        total += len(paragraphs[-1])
    return paragraphs


def timed(fn, repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def write_docx(paragraphs: list[str], path: Path) -> None:
    import docx  # the benchmark's own fixture; app code reads .docx only through app.formats

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))


def main() -> int:
    from app.checks.engine import CheckEngine
    from app.checks.resources import load_check_resources

    os.environ.setdefault("WENGAO_HOME", tempfile.mkdtemp(prefix="wengao-bench-"))
    resources = load_check_resources()
    rows = []

    big = build_report(500_000)
    n_big = sum(map(len, big))
    median, worst = timed(lambda: CheckEngine(resources, lang="zh").check(big), 5)
    rows.append((f"full check, {n_big // 1000}k chars, {len(big)} paragraphs (fresh engine)", median, worst, "≤ 300 ms"))

    mid = build_report(100_000, seed=2)
    n_mid = sum(map(len, mid))
    engine = CheckEngine(resources, lang="zh")
    engine.check(mid)
    rng = random.Random(3)
    body = [i for i, t in enumerate(mid) if len(t) > 200]

    def type_one_char() -> None:
        i = rng.choice(body)
        at = rng.randrange(len(mid[i]) // 2, len(mid[i]))  # in the body, after the run-in heading
        mid[i] = mid[i][:at] + "进" + mid[i][at:]
        engine.check(mid)

    median, worst = timed(type_one_char, 200)
    rows.append((f"re-check after typing in one paragraph, {n_mid // 1000}k chars", median, worst, "≤ 5 ms"))

    def new_item_marker() -> None:
        i = rng.choice(body)
        mid[i] = mid[i] + "九是加强学习。"
        engine.check(mid)

    median, worst = timed(new_item_marker, 20)
    rows.append((f"re-check after a structure change (new 一是 item), {n_mid // 1000}k chars", median, worst, "(full outline parse)"))

    median, worst = timed(lambda: engine.check(mid), 50)
    rows.append((f"re-check, nothing changed, {n_mid // 1000}k chars", median, worst, ""))

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.docx"
        write_docx(big, path)
        env = dict(os.environ)

        def cli() -> None:
            subprocess.run([sys.executable, "-m", "app.cli.main", "check", str(path), "--format", "json"],
                           cwd=ROOT, env=env, capture_output=True, check=False)

        median, worst = timed(cli, 3)
        rows.append((f"wengao check of a {n_big // 1000}k-character .docx (wall, start-up included)", median, worst, "≤ 2500 ms"))

    width = max(len(r[0]) for r in rows)
    print(f"{'measurement':<{width}}  {'median ms':>10}  {'max ms':>9}  target")
    print(f"{'-' * width}  {'-' * 10}  {'-' * 9}  ------")
    for name, median, worst, target in rows:
        print(f"{name:<{width}}  {median:>10.1f}  {worst:>9.1f}  {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
