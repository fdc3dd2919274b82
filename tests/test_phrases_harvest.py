"""Harvesting candidate formulations from reports."""

from __future__ import annotations

from app.phrases.harvest import PARALLEL, QUOTED, SHARED, harvest
from tests.conftest import SAMPLE_000_TXT, SAMPLE_002_TXT, sample_lines


def test_quoted_terms_parallel_phrases_and_shared_sentences() -> None:
    a = [
        "一是坚持“周三夜学”制度，做到同谋划、同部署、同推进。",
        "二是深化“周三夜学”，全面推行“阳光审批”。",
        "全面落实“阳光审批”要求，坚持同谋划、同部署、同推进。",
        "坚持把群众满意作为检验工作成效的根本标准。",
    ]
    b = ["三是坚持把群众满意作为检验工作成效的根本标准。", "完成项目**个。"]
    found = {(c.kind, c.text): c for c in harvest([a, b], known=["“阳光审批”"])}
    assert (QUOTED, "“周三夜学”") in found and found[(QUOTED, "“周三夜学”")].count == 2
    assert (QUOTED, "“阳光审批”") not in found  # already in the library
    assert (PARALLEL, "同谋划、同部署、同推进") in found
    shared = found[(SHARED, "坚持把群众满意作为检验工作成效的根本标准。")]
    assert shared.documents == {0, 1}


def test_masks_and_figures_are_not_candidates() -> None:
    docs = [["打造“**样板”和“1＋5＋X”模式。", "打造“**样板”和“1＋5＋X”模式。"]]
    assert harvest(docs) == []


def test_samples_give_the_shared_quoted_terms() -> None:
    docs = [sample_lines(SAMPLE_000_TXT), sample_lines(SAMPLE_002_TXT)]
    texts = {c.text for c in harvest(docs, known=["一岗双责"])}
    assert "“三会一课”" in texts
    assert "“一岗双责”" not in texts
