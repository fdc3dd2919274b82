"""Phrase library search speed: 5,000 entries, query typed keystroke by keystroke.

Run: .venv/bin/python tests/bench/bench_phrases.py
Budget: every keystroke answers within 20 ms (the index is rebuilt only when the
library changes; this measures search plus ranking, limit 300 as in the dock).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.phrases.model import PhraseEntry  # noqa: E402
from app.phrases.search import PhraseIndex  # noqa: E402
from app.phrases.store import PhraseStore  # noqa: E402

BUDGET_MS = 20.0
TARGET = 5000
QUERIES = {
    "substring": ["八项规定精神", "全面从严治党主体责任", "党风廉政建设"],
    "multi-keyword": ["廉洁 家风", "学习 党的二十大 精神", "责任 落实 监督"],
    "pinyin initials": ["lgwh", "zybxgdjs", "qmcyzd"],
}


def build_store(folder: Path) -> tuple[PhraseStore, float]:
    store = PhraseStore(folder / "bench.sqlite3")
    builtin = store.all()
    rng = random.Random(7)
    fillers = ["认真", "持续", "扎实", "深入", "全面", "切实", "进一步", "不断"]
    while store.count() < TARGET:
        entries = []
        for _ in range(TARGET - store.count()):
            a, b = rng.sample(builtin, 2)
            text = f"{rng.choice(fillers)}{a.text.rstrip('。')}，{b.text}"
            entries.append(PhraseEntry(text=text[:120], category=rng.choice([a.category, b.category]), source="imported",
                                       favourite=rng.random() < 0.02))
        store.add_many(entries)
    start = time.perf_counter()
    store.fill_initials()
    fill = time.perf_counter() - start
    return store, fill


def keystrokes(query: str) -> list[str]:
    return [query[:i] for i in range(1, len(query) + 1)]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        store, fill = build_store(Path(tmp))
        start = time.perf_counter()
        entries = store.all()
        load = time.perf_counter() - start
        start = time.perf_counter()
        index = PhraseIndex(entries)
        build = time.perf_counter() - start
        print(f"entries: {len(index)}; load from SQLite {load * 1000:.1f} ms; index build {build * 1000:.1f} ms; "
              f"pinyin initials (one-off, stored) {fill:.2f} s")
        print(f"{'mode':<16} {'keystrokes':>10} {'median ms':>10} {'max ms':>8} {'hits (last)':>12}")
        worst = 0.0
        for mode, queries in QUERIES.items():
            times: list[float] = []
            hits = 0
            for _ in range(3):
                for query in queries:
                    for typed in keystrokes(query):
                        start = time.perf_counter()
                        found = index.search(typed, limit=300)
                        times.append((time.perf_counter() - start) * 1000)
                        hits = len(found)
            worst = max(worst, max(times))
            print(f"{mode:<16} {len(times):>10} {statistics.median(times):>10.2f} {max(times):>8.2f} {hits:>12}")
        print(f"budget {BUDGET_MS:.0f} ms per keystroke: {'OK' if worst <= BUDGET_MS else 'OVER'} (worst {worst:.2f} ms)")
        store.close()
        return 0 if worst <= BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
