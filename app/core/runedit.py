"""Replace stretches of a paragraph's text without losing its run formatting.

Year roll-over and figure masking change a few characters in a paragraph that
is otherwise kept as it was (fonts, bold run-in headings …): each replacement
takes the formatting of the run it starts in.
"""

from __future__ import annotations

import dataclasses

from app.core.document import Paragraph, Run

Edit = tuple[int, int, str]  # start, end (offsets in Paragraph.text), replacement


def apply_edits(paragraph: Paragraph, edits: list[Edit]) -> Paragraph:
    """A copy of ``paragraph`` with ``edits`` applied (non-overlapping; any order).

    Edits touching generated text (automatic numbering) are skipped: that text is
    not the user's to change here. The copy keeps the paragraph's id and a copy of
    its source link, so saving over last year's file still finds its XML.
    """
    runs = [dataclasses.replace(r) for r in paragraph.runs]
    bounds = []
    pos = 0
    for run in runs:
        bounds.append((pos, pos + len(run.text)))
        pos += len(run.text)
    for start, end, new in sorted(edits, key=lambda e: e[0], reverse=True):
        touched = [i for i, (a, b) in enumerate(bounds) if a < end and b > start or (a == start and start == end)]
        if not touched or any(runs[i].generated for i in touched):
            continue
        first = touched[0]
        for i in reversed(touched):
            a, _b = bounds[i]
            text = runs[i].text
            lo, hi = max(start - a, 0), min(end - a, len(text))
            runs[i].text = text[:lo] + (new if i == first else "") + text[hi:]
    source = dataclasses.replace(paragraph.source) if paragraph.source is not None else None
    out = dataclasses.replace(paragraph, runs=[r for r in runs if r.text or r.generated])
    out.source = source
    return out


def copy_paragraph(paragraph: Paragraph) -> Paragraph:
    """An independent copy (runs and source link not shared with the original)."""
    return apply_edits(paragraph, [])


__all__ = ["Edit", "Run", "apply_edits", "copy_paragraph"]
