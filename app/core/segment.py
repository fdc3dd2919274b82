"""Word segmentation: the one place jieba is imported.

jieba is slow to load (its prefix dictionary takes most of a second even from the
marshal cache) and cuts roughly 100k characters a second, so:

- it is imported and initialised lazily, on first use, under a lock, so a worker
  thread can warm it while the UI stays responsive;
- its dictionary cache lives in :func:`app.paths.cache_dir`, never in the shared
  temp dir (another user's or a stale cache there would be loaded blindly);
- every result is cached by the text, so a paragraph is cut once per edit;
- the phrase library's formulations can be added as a user dictionary, so a
  formulation is one token and not split into pieces.

We use our own ``jieba.Tokenizer`` instance rather than the module-level default,
so settings made here never leak into other code that uses jieba.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path

_CACHE_FILE = "jieba.cache"
_MAX_CACHED = 20000  # paragraphs/headings; bounded so a long session cannot grow it without limit


def _import_jieba():
    """``import jieba``, deliberately lazy, and without ``pkg_resources``.

    jieba imports pkg_resources only to find its own data files and opens them by
    path when that fails (as in the packaged build, which leaves setuptools out).
    Importing pkg_resources scans every installed distribution: ~0.3 s of CPU and
    ~10 MB, on a thread that shares the interpreter with the window.
    """
    import sys

    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes the import fail at once
    try:
        import jieba
    finally:
        if sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba


class Segmenter:
    """Thread-safe, lazily loaded jieba tokenizer with a per-text result cache."""

    def __init__(self, cache_dir: Path | None = None, user_words: Iterable[str] = ()) -> None:
        self._cache_dir = cache_dir
        self._user_words: list[str] = list(user_words)
        self._lock = threading.RLock()
        self._tokenizer = None
        self._results: OrderedDict[str, tuple[str, ...]] = OrderedDict()

    @property
    def loaded(self) -> bool:
        return self._tokenizer is not None

    def _load(self):
        with self._lock:
            if self._tokenizer is not None:
                return self._tokenizer
            jieba = _import_jieba()
            # jieba logs "Building prefix dict…" to stderr at DEBUG; the CLI must stay quiet.
            logging.getLogger("jieba").setLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            if self._cache_dir is None:
                from app.paths import cache_dir

                self._cache_dir = cache_dir()
            self._cache_dir.mkdir(parents=True, exist_ok=True)
            tokenizer.tmp_dir = str(self._cache_dir)
            tokenizer.cache_file = _CACHE_FILE
            tokenizer.initialize()
            for word in self._user_words:
                tokenizer.add_word(word)
            self._tokenizer = tokenizer
            return tokenizer

    def warm(self) -> None:
        """Load the dictionary now (call from a worker thread at start-up)."""
        self._load()

    def add_words(self, words: Iterable[str]) -> None:
        """Add user-dictionary words (e.g. the phrase library's formulations)."""
        new = [w for w in words if w and w not in self._user_words]
        if not new:
            return
        with self._lock:
            self._user_words.extend(new)
            if self._tokenizer is not None:
                for word in new:
                    self._tokenizer.add_word(word)
            self._results.clear()  # earlier cuts may have split the new words

    def cut(self, text: str) -> tuple[str, ...]:
        """The words of ``text`` (jieba's precise mode, HMM on), cached by text."""
        with self._lock:
            cached = self._results.get(text)
            if cached is not None:
                self._results.move_to_end(text)
                return cached
            tokenizer = self._load()
            words = tuple(w for w in tokenizer.cut(text) if w.strip())
            self._results[text] = words
            if len(self._results) > _MAX_CACHED:
                self._results.popitem(last=False)
            return words
