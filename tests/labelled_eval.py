"""The labelled accuracy set: real paragraphs with faults injected, and per-rule scores.

    .venv/bin/python tests/labelled_eval.py --generate   # rebuild tests/data/labelled/injected.json
    .venv/bin/python tests/labelled_eval.py --write      # score and write tests/data/labelled/RESULTS.md

Documents are the two real samples (their own faults labelled by hand in
sample_labels.json, checked finding by finding) plus, for each generated document,
one sample with 3–5 faults injected into its real paragraphs: the fault kinds of
GENRE.md, some in forms the curated lists do not know (so recall is honest), and
harmless variations (synonym headings) that must not be flagged.

A finding counts as correct when a label has the same rule and paragraph and an
overlapping span; for rules whose position is a judgement (unpaired-mark: which of
two marks is wrong; document rules) the same rule and paragraph suffice, and for
missing-section the same document.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HERE = Path(__file__).resolve().parent / "data" / "labelled"
SAMPLES = ROOT.parent / "shared" / "samples"
BASES = {"000": "000_d56a67ec2e6c0c3b.txt", "002": "002_0498aa135cdf4505.txt"}
LOOSE = {"unpaired-mark", "missing-title", "section-order", "numbering"}
DOC_LEVEL = {"missing-section"}
SEED = 20230105
N_DOCS = 60


def base_lines(name: str) -> list[str]:
    text = (SAMPLES / BASES[name]).read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line.strip()]


# -- injection ------------------------------------------------------------------------

TYPO_KNOWN = [("部署", "布署"), ("贯彻落实", "贯切落实"), ("截至目前", "截止目前"), ("谈心谈话", "谈心谈活"),
              ("一岗双责", "一岗双职"), ("意识形态", "意识型态"), ("廉洁自律", "廉洁自率"), ("三会一课", "三会一棵"),
              ("真抓实干", "真抓实于"), ("锲而不舍", "契而不舍")]
TYPO_UNKNOWN = [("坚持", "坚特"), ("监督", "监替"), ("党员", "党圆"), ("工作", "工做"), ("思想", "思相"), ("政治", "正治")]
FORMULATION_KNOWN = [("以习近平同志为核心的党中央", "以习近平总书记为核心的党中央"),
                     ("习近平新时代中国特色社会主义思想", "习近平新时代特色社会主义思想"),
                     ("习近平新时代中国特色社会主义思想", "习近平中国特色社会主义思想")]
FORMULATION_UNKNOWN = [("增强“四个意识”、坚定“四个自信”", "增强“四个自信”、坚定“四个意识”")]
PLACEHOLDER_INSERTS = ["××局", "【填写数字】", "○○单位", "＿＿", "XX县", "（此处填写单位名称）", "＊＊项"]


class Doc:
    def __init__(self, lines: list[str], labels: list[dict]) -> None:
        self.lines = list(lines)
        self.labels = [dict(label) for label in labels]
        self.touched: set[int] = set()

    def replace(self, p: int, start: int, end: int, new: str) -> None:
        """Edit one paragraph and move the labels after the edit."""
        text = self.lines[p]
        self.lines[p] = text[:start] + new + text[end:]
        delta = len(new) - (end - start)
        for label in self.labels:
            if label["paragraph"] == p and label["start"] >= end:
                label["start"] += delta
                label["end"] += delta
        self.touched.add(p)

    def label(self, rule: str, p: int, start: int, end: int, note: str) -> None:
        self.labels.append({"rule": rule, "paragraph": p, "start": start, "end": end, "text": self.lines[p][start:end], "note": note})

    def delete_paragraphs(self, first: int, last: int) -> None:
        count = last - first + 1
        del self.lines[first : last + 1]
        kept = []
        for label in self.labels:
            if first <= label["paragraph"] <= last:
                continue
            if label["paragraph"] > last:
                label["paragraph"] -= count
            kept.append(label)
        self.labels = kept


def _headings(lines: list[str]) -> list[int]:
    return [i for i, t in enumerate(lines) if re.match(r"^[一二三四五六七八九十]、", t)]


def _body(doc: Doc, rng: random.Random) -> int | None:
    heads = set(_headings(doc.lines))
    choices = [i for i, t in enumerate(doc.lines) if i not in heads and i not in doc.touched and len(t) > 80]
    return rng.choice(choices) if choices else None


def _commas(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<=[\u4e00-\u9fff”])，(?=[\u4e00-\u9fff])", text)]


def inject(kind: str, doc: Doc, rng: random.Random) -> bool:
    p = _body(doc, rng)
    if p is None:
        return False
    t = doc.lines[p]
    if kind == "placeholder":
        digits = [m for m in re.finditer(r"\d+(?=[次件个人期项名余])", t)]
        if digits and rng.random() < 0.4:
            m = rng.choice(digits)
            doc.replace(p, m.start(), m.end(), "**")
            doc.label("placeholder", p, m.start(), m.start() + 2, "digits masked")
            return True
        commas = _commas(t)
        if not commas:
            return False
        at = rng.choice(commas) + 1
        insert = rng.choice(PLACEHOLDER_INSERTS)
        doc.replace(p, at, at, "联系" + insert + "，")
        mask = re.search(r"××|【[^】]*】|○○|＿＿|XX|（此处[^）]*）|＊＊", insert)
        doc.label("placeholder", p, at + 2 + mask.start(), at + 2 + mask.end(), "inserted " + insert)
        return True
    if kind == "duplicate-punctuation":
        commas = _commas(t)
        if not commas:
            return False
        at = rng.choice(commas)
        doc.replace(p, at, at + 1, rng.choice(["，，", "，。", "、、"]))
        doc.label("duplicate-punctuation", p, at, at + 2, "doubled")
        return True
    if kind == "unpaired-mark":
        closers = [m.start() for m in re.finditer("[”》]", t)]
        if not closers:
            return False
        at = rng.choice(closers)
        if t[at] == "”":
            doc.replace(p, at, at + 1, "“")
            doc.label("unpaired-mark", p, at, at + 1, "closing quote typed as opening")
        else:
            opener = t.rfind("《", 0, at)
            doc.replace(p, at, at + 1, "")
            doc.label("unpaired-mark", p, opener, opener + 1, "》 deleted")
        return True
    if kind == "halfwidth-punctuation":
        commas = _commas(t)
        if not commas:
            return False
        at = rng.choice(commas)
        doc.replace(p, at, at + 1, rng.choice([",", ";"]))
        doc.label("halfwidth-punctuation", p, at, at + 1, "half-width")
        return True
    if kind == "quote-list-comma":
        m = re.search(r"”“|》《", t)
        if m:
            doc.replace(p, m.start() + 1, m.start() + 1, "、")
            doc.label("quote-list-comma", p, m.start() + 1, m.start() + 2, "顿号 between quoted items")
            return True
        commas = _commas(t)
        if not commas:
            return False
        at = rng.choice(commas) + 1
        doc.replace(p, at, at, "依托“学习强国”、“灯塔在线”等平台，")
        doc.label("quote-list-comma", p, at + 8, at + 9, "inserted list")
        return True
    if kind == "repeated-sentence":
        sources = []
        for q in range(1, p):
            for m in re.finditer(r"(?<=[，。；])(?![一二三四五六七八九十]是)[^，。；：“”*]{16,40}(?=[，。；])", doc.lines[q]):
                if not any(lab["paragraph"] == q and lab["start"] < m.end() and m.start() < lab["end"] for lab in doc.labels):
                    sources.append(m.group(0))
        commas = _commas(t)
        if not sources or not commas:
            return False
        clause = rng.choice(sources)
        at = rng.choice(commas) + 1
        doc.replace(p, at, at, clause + "，")
        doc.label("repeated-sentence", p, at, at + len(clause), "copied from an earlier paragraph")
        return True
    if kind == "stale-year-since":
        plan_heading = _headings(doc.lines)[-1]
        if p > plan_heading:
            return False  # the plan speaks of next year; 2021年以来 there is another matter
        commas = _commas(t)
        if not commas:
            return False
        at = rng.choice(commas) + 1
        doc.replace(p, at, at, "2021年以来，")
        doc.label("stale-year", p, at, at + 4, "2021年以来 in a 2022 report")
        return True
    if kind in ("typo-known", "typo-unknown", "formulation-known", "formulation-unknown"):
        pairs = {"typo-known": TYPO_KNOWN, "typo-unknown": TYPO_UNKNOWN,
                 "formulation-known": FORMULATION_KNOWN, "formulation-unknown": FORMULATION_UNKNOWN}[kind]
        found = [(right, wrong) for right, wrong in pairs if right in t]
        if not found:
            return False
        right, wrong = rng.choice(found)
        at = t.find(right)
        doc.replace(p, at, at + len(right), wrong)
        rule = kind.split("-")[0]
        doc.label(rule, p, at, at + len(wrong), f"{right} → {wrong}")
        return True
    raise ValueError(kind)


TEXT_KINDS = ["placeholder", "duplicate-punctuation", "unpaired-mark", "halfwidth-punctuation", "quote-list-comma",
              "repeated-sentence", "stale-year-since", "typo-known", "typo-unknown", "formulation-known", "formulation-unknown"]


def structural(doc: Doc, rng: random.Random, name: str) -> list[str]:
    """Edits that change headings or paragraphs; applied before text injections."""
    done = []
    heads = _headings(doc.lines)
    roll = rng.random()
    if roll < 0.15 and len(heads) >= 3:
        # Delete the problems section (二、存在的问题): missing-section, and 三、 becomes a gap.
        first, last = heads[1], heads[2] - 1
        doc.delete_paragraphs(first, last)
        h = _headings(doc.lines)[1]
        doc.label("missing-section", h, 0, 0, "存在的问题 section deleted")
        doc.label("numbering", h, 0, 2, "三、 follows 一、")
        done.append("delete-section")
    elif roll < 0.25 and len(heads) >= 3:
        # Swap sections 二 and 三 (markers renumbered): section-order.
        a, b = heads[1], heads[2]
        second = doc.lines[a:b]
        third = doc.lines[b:]
        second[0] = "三、" + second[0][2:]
        third[0] = "二、" + third[0][2:]
        labels = [lab for lab in doc.labels if lab["paragraph"] < a]
        moved = []
        for lab in doc.labels:
            if a <= lab["paragraph"] < b:
                lab["paragraph"] += len(third)
                moved.append(lab)
            elif lab["paragraph"] >= b:
                lab["paragraph"] -= len(second)
                moved.append(lab)
        doc.lines = doc.lines[:a] + third + second
        doc.labels = labels + moved
        doc.label("section-order", a, 2, len(doc.lines[a]), "三、下步工作打算 before 二、存在的问题")
        done.append("swap-sections")
    elif roll < 0.45 and len(heads) >= 3:
        # Synonym headings: must NOT be flagged as missing.
        problems = rng.choice(["存在的问题和不足", "不足之处", "存在的主要问题", "存在问题"])
        plan = rng.choice(["今后努力方向", "下一步工作计划", "下一步打算", "下步工作思路"])
        doc.lines[heads[1]] = "二、" + problems
        doc.lines[heads[2]] = "三、" + plan
        done.append("synonym-headings")
    elif roll < 0.55:
        level2 = [i for i, t in enumerate(doc.lines) if t.startswith("（五）")]
        if level2:
            i = level2[0]
            doc.replace(i, 0, 3, "（六）")
            doc.label("numbering", i, 0, 3, "（五） written as （六）")
            done.append("numbering-gap")
    if name == "000" and rng.random() < 0.2:
        doc.delete_paragraphs(0, 0)
        doc.label("missing-title", 0, 0, 0, "title deleted")
        done.append("delete-title")
    if rng.random() < 0.2:
        first_body = next(i for i, t in enumerate(doc.lines) if t.startswith("2022年，"))
        doc.replace(first_body, 0, 4, "2021")
        doc.label("stale-year", first_body, 0, 4, "opening says 2021")
        done.append("stale-opening")
    if rng.random() < 0.2:
        plan = [i for i, t in enumerate(doc.lines) if t.startswith("2023年")]
        if plan:
            doc.replace(plan[0], 0, 4, "2022")
            doc.label("stale-year", plan[0], 0, 4, "plan speaks of 2022")
            done.append("stale-plan")
    if rng.random() < 0.2:
        doc.lines.append(rng.choice(["2023年01月05日", "二〇二三年1月5日", "2023年1月05日"]))
        doc.label("date-format", len(doc.lines) - 1, 0, len(doc.lines[-1]), "bad date line")
        done.append("date-line")
    return done


def generate() -> list[dict]:
    sample_labels = json.loads((HERE / "sample_labels.json").read_text(encoding="utf-8"))
    rng = random.Random(SEED)
    docs = []
    for n in range(N_DOCS):
        name = rng.choice(sorted(BASES))
        doc = Doc(base_lines(name), [dict(lab, base=True) for lab in sample_labels[name]])
        ops = structural(doc, rng, name)
        for kind in rng.sample(TEXT_KINDS, rng.randint(3, 5)):
            if inject(kind, doc, rng):
                ops.append(kind)
        docs.append({"id": f"inj{n:03d}-{name}", "base": name, "year": 2022, "ops": ops, "paragraphs": doc.lines, "labels": doc.labels})
    return docs


# -- scoring --------------------------------------------------------------------------


def load_documents() -> list[dict]:
    sample_labels = json.loads((HERE / "sample_labels.json").read_text(encoding="utf-8"))
    docs = [{"id": f"sample-{n}", "base": n, "year": None, "paragraphs": base_lines(n), "labels": sample_labels[n]} for n in sorted(BASES)]
    docs += json.loads((HERE / "injected.json").read_text(encoding="utf-8"))
    return docs


def _matches(finding, label: dict) -> bool:
    if finding.rule != label["rule"]:
        return False
    if finding.rule in DOC_LEVEL:
        return True
    if finding.paragraph != label["paragraph"]:
        return False
    if finding.rule in LOOSE:
        return True
    return finding.start < max(label["end"], label["start"] + 1) and label["start"] < max(finding.end, finding.start + 1)


def evaluate() -> tuple[dict[str, dict[str, int]], list[str]]:
    from app.checks.engine import CheckEngine
    from app.checks.registry import RULE_IDS
    from app.checks.resources import load_check_resources

    resources = load_check_resources()
    stats = {rule: {"tp": 0, "fp": 0, "labels": 0, "found": 0, "wrong_errors": 0} for rule in RULE_IDS}
    problems: list[str] = []
    for doc in load_documents():
        result = CheckEngine(resources, lang="zh").check(doc["paragraphs"], year=doc["year"])
        # In injected documents the sample's own faults are scored once, in the sample itself.
        base = [lab for lab in doc["labels"] if lab.get("base")]
        labels = [lab for lab in doc["labels"] if not lab.get("base")]
        for label in labels:
            stats[label["rule"]]["labels"] += 1
            if any(_matches(f, label) for f in result.findings):
                stats[label["rule"]]["found"] += 1
            else:
                problems.append(f"{doc['id']}: missed {label['rule']} p{label['paragraph']} {label.get('text', '')!r} {label.get('note', '')}")
        for f in result.findings:
            if any(_matches(f, label) for label in base) and not any(_matches(f, label) for label in labels):
                continue
            if any(_matches(f, label) for label in labels):
                stats[f.rule]["tp"] += 1
            else:
                stats[f.rule]["fp"] += 1
                if f.severity.value == "error":
                    stats[f.rule]["wrong_errors"] += 1
                problems.append(f"{doc['id']}: false {f.rule} p{f.paragraph} {f.excerpt!r} {f.message}")
    return stats, problems


def results_table(stats: dict[str, dict[str, int]]) -> str:
    lines = [
        "| rule | labelled faults | found | recall | findings | correct | precision |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for rule, s in stats.items():
        findings = s["tp"] + s["fp"]
        recall = f"{s['found'] / s['labels']:.0%}" if s["labels"] else "–"
        precision = f"{s['tp'] / findings:.0%}" if findings else "–"
        lines.append(f"| {rule} | {s['labels']} | {s['found']} | {recall} | {findings} | {s['tp']} | {precision} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if "--generate" in argv:
        docs = generate()
        (HERE / "injected.json").write_text(json.dumps(docs, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {len(docs)} documents")
    stats, problems = evaluate()
    table = results_table(stats)
    print(table)
    for line in problems:
        print(line)
    if "--write" in argv:
        n_docs = len(load_documents())
        text = (
            "# Checker accuracy on the labelled set\n\n"
            f"{n_docs} documents: the two real samples (their faults labelled by hand) and {n_docs - 2} documents made\n"
            "from them by injecting faults into real paragraphs (tests/labelled_eval.py, fixed seed), some\n"
            "in forms the curated lists do not know. `unchanged-from-last-year` needs last year's report\n"
            "and is tested separately. Produced by `.venv/bin/python tests/labelled_eval.py --write`.\n\n"
            + table + "\n"
        )
        (HERE / "RESULTS.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
