"""Read-only data the rules use, loaded once and passed explicitly.

No module-level singletons: a front end builds one :class:`CheckResources` with
:func:`load_check_resources` (about 10 ms; jieba itself loads lazily on first use)
and hands it to the engine. Everything here is immutable after loading, so one
instance can be shared by threads.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.checks.textutil import compile_phrases, normalise
from app.core.reporttypes import ReportTypes, load_report_types
from app.core.segment import Segmenter

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef]


@dataclass(frozen=True)
class TypoEntry:
    wrong: str  # the literal, or "" for a regex entry
    right: str
    kind: str = "typo"  # typo | extra | missing
    pattern: re.Pattern[str] | None = None
    hint: str = ""  # text that must occur for the pattern to match: skips the regex otherwise


@dataclass(frozen=True)
class FormulationEntry:
    correct: str
    wrong: tuple[str, ...] = ()
    patterns: tuple[re.Pattern[str], ...] = ()
    hint: str = ""


@dataclass
class CheckResources:
    report_types: ReportTypes
    segmenter: Segmenter
    typos: tuple[TypoEntry, ...] = ()
    typo_literals: dict[str, TypoEntry] = field(default_factory=dict)
    typo_literal_re: re.Pattern[str] | None = None
    formulations: tuple[FormulationEntry, ...] = ()
    formulation_wrong: dict[str, FormulationEntry] = field(default_factory=dict)
    formulation_wrong_re: re.Pattern[str] | None = None
    # Normalised standard formulations (letters/digits/CJK only) and their trie.
    standard_phrases: tuple[str, ...] = ()
    standard_phrase_re: re.Pattern[str] | None = None
    warnings: list[str] = field(default_factory=list)


def _read_toml(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def load_typos(path: Path) -> tuple[TypoEntry, ...]:
    entries = []
    for raw in _read_toml(path).get("typo", []):
        kind = raw.get("kind", "typo")
        if "pattern" in raw:
            entries.append(TypoEntry("", raw.get("right", ""), kind, re.compile(raw["pattern"]), raw.get("hint", "")))
        else:
            entries.append(TypoEntry(raw["wrong"], raw.get("right", ""), kind))
    return tuple(entries)


def load_formulations(path: Path) -> tuple[FormulationEntry, ...]:
    return tuple(
        FormulationEntry(
            correct=raw["correct"],
            wrong=tuple(raw.get("wrong", [])),
            patterns=tuple(re.compile(p) for p in raw.get("patterns", [])),
            hint=raw.get("hint", ""),
        )
        for raw in _read_toml(path).get("formulation", [])
    )


def load_phrase_list(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def load_check_resources(
    resource_folder: Path | None = None,
    user_config: Path | None = None,
    segmenter: Segmenter | None = None,
    extra_formulations: Iterable[tuple[str, Sequence[str]]] = (),
    extra_standard_phrases: Iterable[str] = (),
) -> CheckResources:
    """Load the shipped data files (and the user's report types) into one object.

    ``extra_formulations`` (correct form, wrong forms) and ``extra_standard_phrases``
    come from the phrase library (the front ends read it: see app.phrases.store
    .PhraseStore.checker_data); they are plain data, so this layer does not depend
    on the library.
    """
    if resource_folder is None:
        from app.resources import resource_dir

        resource_folder = resource_dir()
    if user_config is None:
        from app.paths import config_dir

        user_config = config_dir()
    checks = resource_folder / "checks"
    types = load_report_types(resource_folder / "reporttypes", user_config / "reporttypes")
    typos = load_typos(checks / "typos.toml")
    formulations = load_formulations(checks / "formulations.toml")
    phrases = load_phrase_list(checks / "standard_phrases.txt")
    phrases += [f.correct for f in formulations]
    extra_phrases = [p.strip() for p in extra_standard_phrases if p.strip()]
    extras = [(c.strip(), tuple(w.strip() for w in wrong if w.strip())) for c, wrong in extra_formulations if c.strip()]
    phrases += extra_phrases + [c for c, _ in extras]
    if extras:
        # A wrong form found inside a correct text would flag the correct text: drop it.
        formulations += tuple(
            FormulationEntry(correct=c, wrong=tuple(w for w in wrong if not any(w in p for p in phrases)))
            for c, wrong in extras
        )
    normalised = tuple(sorted({normalise(p) for p in phrases if normalise(p)}))
    literal = {t.wrong: t for t in typos if t.wrong}
    wrong_forms = {w: f for f in formulations for w in f.wrong}
    if segmenter is None:
        # Formulations as user words: jieba keeps 四个意识 or 两个确立 in one piece.
        words = {p.strip("“”《》") for p in phrases}
        segmenter = Segmenter(user_words=sorted(w for w in words if 2 <= len(w) <= 12 and not any(c in w for c in "、，“”")))
    return CheckResources(
        report_types=types,
        segmenter=segmenter,
        typos=typos,
        typo_literals=literal,
        typo_literal_re=compile_phrases(literal),
        formulations=formulations,
        formulation_wrong=wrong_forms,
        formulation_wrong_re=compile_phrases(wrong_forms),
        standard_phrases=normalised,
        standard_phrase_re=compile_phrases(normalised),
        warnings=list(types.warnings),
    )
