import datetime

from app.checks.engine import CheckEngine
from app.checks.resources import load_check_resources
from app.core.outline import parse_outline
from app.core.reporttypes import load_report_types
from app.core.skeleton import default_report_year, skeleton_report


def test_default_year_is_the_year_being_reported() -> None:
    assert default_report_year(datetime.date(2026, 12, 20)) == 2026
    assert default_report_year(datetime.date(2027, 1, 8)) == 2026
    assert default_report_year(datetime.date(2026, 6, 1)) == 2026


def test_every_type_gives_a_complete_skeleton_whose_prompts_are_flagged() -> None:
    engine = CheckEngine(load_check_resources())
    for report_type in load_report_types():
        report = skeleton_report(report_type, 2026)
        texts = report.texts()
        outline = parse_outline(texts)
        assert outline.title == f"2026年度{report_type.id}"
        assert [s.title for s in outline.sections] == [s.name for s in report_type.required_sections]
        assert outline.faults == []
        result = engine.check(texts, report_type=report_type.id, year=2026)
        rules = {f.rule for f in result.findings}
        assert "missing-section" not in rules and "missing-title" not in rules, report_type.id
        prompts = [f for f in result.findings if f.rule == "placeholder"]
        # one in the opening, one per section, signature and date
        assert len(prompts) == len(report_type.required_sections) + 3, report_type.id
