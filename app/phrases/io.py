"""Sharing a unit's library: export and import as JSON or CSV.

CSV is written as UTF-8 with a BOM so Excel and WPS open it with the right
encoding; on import a BOM is optional and GB18030 (what Excel/WPS on Chinese
Windows save "CSV" as) is accepted too. Every row is validated; rejected rows are
reported by row number and reason, the rest are merged (an entry whose text is
already in the library is skipped, never duplicated).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.core.atomicfile import atomic_write_bytes
from app.phrases.model import DEFAULT_USER_CATEGORY, PhraseEntry
from app.phrases.store import PhraseStore

CSV_COLUMNS = ("text", "category", "tags", "note", "wrong_variants", "valid_from", "valid_to", "favourite")
# Headers a person may have typed in Chinese when making the sheet by hand.
_HEADER_ALIASES = {
    "文本": "text", "内容": "text", "常用语": "text", "提法": "text",
    "分类": "category", "类别": "category",
    "标签": "tags", "备注": "note", "说明": "note",
    "错误写法": "wrong_variants", "错误提法": "wrong_variants",
    "起始年份": "valid_from", "有效起": "valid_from", "截止年份": "valid_to", "有效止": "valid_to",
    "收藏": "favourite",
}
_LIST_SEPARATORS = ("|", "；", ";")
MAX_TEXT = 2000
MAX_FILE_BYTES = 20 * 1024 * 1024


class ImportFileError(Exception):
    """The file as a whole is unusable (not found, not JSON/CSV, no text column)."""


@dataclass
class Rejected:
    row: int  # 1-based: the CSV line (header = 1) or the JSON list position
    reason: str
    text: str = ""


@dataclass
class ImportReport:
    added: list[PhraseEntry] = field(default_factory=list)
    duplicates: list[PhraseEntry] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"导入 {len(self.added)} 条，已存在而跳过 {len(self.duplicates)} 条，无效 {len(self.rejected)} 行。"]
        for r in self.rejected[:50]:
            excerpt = f"（{r.text[:20]}）" if r.text else ""
            lines.append(f"第 {r.row} 行：{r.reason}{excerpt}")
        if len(self.rejected) > 50:
            lines.append(f"……另有 {len(self.rejected) - 50} 行无效")
        return "\n".join(lines)


# -- export ---------------------------------------------------------------------
def export_entries(entries: Sequence[PhraseEntry], path: str | Path, fmt: str | None = None) -> int:
    """Write ``entries`` to ``path`` (format from ``fmt`` or the suffix); returns the count."""
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt == "json":
        data = json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2).encode("utf-8")
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")  # CRLF: what Excel writes and expects
        writer.writerow(CSV_COLUMNS)
        for e in entries:
            writer.writerow([
                e.text, e.category, "|".join(e.tags), e.note, "|".join(e.wrong_variants),
                e.valid_from or "", e.valid_to or "", "1" if e.favourite else "",
            ])
        data = buffer.getvalue().encode("utf-8-sig")
    else:
        raise ValueError(f"不支持的格式：{fmt}（可用 json、csv）")
    atomic_write_bytes(path, data)
    return len(entries)


# -- import ---------------------------------------------------------------------
def read_entries(path: str | Path) -> tuple[list[tuple[int, PhraseEntry]], list[Rejected]]:
    """Parse and validate a file: ([(row, entry)], rejected rows). Raises ImportFileError."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError(f"文件过大（超过 {MAX_FILE_BYTES // (1024 * 1024)} MB）")
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFileError(f"无法读取文件：{error.strerror or error}") from None
    text = _decode(raw)
    suffix = path.suffix.lower()
    if suffix == ".json" or (suffix != ".csv" and text.lstrip().startswith(("[", "{"))):
        return _parse_json(text)
    return _parse_csv(text)


def import_file(store: PhraseStore, path: str | Path) -> ImportReport:
    rows, rejected = read_entries(path)
    report = ImportReport(rejected=rejected)
    seen: set[str] = set()
    unique: list[PhraseEntry] = []
    for _, entry in rows:
        if entry.text in seen:
            report.duplicates.append(entry)
            continue
        seen.add(entry.text)
        unique.append(entry)
    added, duplicates = store.add_many(unique)
    report.added = added
    report.duplicates.extend(duplicates)
    return report


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        raise ImportFileError("无法识别文件编码（请另存为 UTF-8 或 GBK 编码的 CSV）") from None


def _parse_json(text: str) -> tuple[list[tuple[int, PhraseEntry]], list[Rejected]]:
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ImportFileError(f"不是有效的 JSON：{error}") from None
    if isinstance(data, dict):
        data = data.get("entries", data.get("phrases"))
    if not isinstance(data, list):
        raise ImportFileError("JSON 应为条目列表（[{\"text\": …, \"category\": …}, …]）")
    rows: list[tuple[int, PhraseEntry]] = []
    rejected: list[Rejected] = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            rejected.append(Rejected(number, "不是对象（应为 {\"text\": …}）"))
            continue
        _validate(number, item, rows, rejected)
    return rows, rejected


def _parse_csv(text: str) -> tuple[list[tuple[int, PhraseEntry]], list[Rejected]]:
    # strict: an unclosed quote is an error on its row, not a field swallowing the rest of the file.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[tuple[int, list[str]]] = []
    rejected: list[Rejected] = []
    while True:
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            if start == 1:
                raise ImportFileError(f"不是有效的 CSV：{error}") from None
            rejected.append(Rejected(start, f"CSV 格式错误（多半是引号未闭合）：{error}"))
            continue
        records.append((start, record))
    if not records:
        raise ImportFileError("文件是空的")
    header = [_HEADER_ALIASES.get(h.strip(), h.strip().lower()) for h in records[0][1]]
    if "text" not in header:
        raise ImportFileError("CSV 第一行须为表头，且含 text（或“内容”）列")
    rows: list[tuple[int, PhraseEntry]] = []
    for number, record in records[1:]:
        if not any(cell.strip() for cell in record):
            continue  # blank lines at the end of a sheet are not errors
        if len(record) > len(header) and any(cell.strip() for cell in record[len(header):]):
            rejected.append(Rejected(number, f"列数多于表头（{len(record)} 列，表头 {len(header)} 列）", record[0] if record else ""))
            continue
        item = {name: (record[i] if i < len(record) else "") for i, name in enumerate(header)}
        _validate(number, item, rows, rejected)
    rejected.sort(key=lambda r: r.row)
    return rows, rejected


def _as_list(value) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    if not isinstance(value, str):
        raise ValueError("应为文本或列表")
    for sep in _LIST_SEPARATORS:
        if sep in value:
            return [v.strip() for v in value.split(sep) if v.strip()]
    return [value.strip()] if value.strip() else []


def _as_year(value, name: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        year = int(str(value).strip())
    except ValueError:
        raise ValueError(f"{name} 不是年份：{value}") from None
    if not 1921 <= year <= 2200:
        raise ValueError(f"{name} 不是合理的年份：{year}")
    return year


def _validate(number: int, item: dict, rows: list, rejected: list[Rejected]) -> None:
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        rejected.append(Rejected(number, "缺少常用语文本"))
        return
    text = text.strip()
    if len(text) > MAX_TEXT:
        rejected.append(Rejected(number, f"文本过长（{len(text)} 字，上限 {MAX_TEXT}）", text))
        return
    if "\x00" in text:
        rejected.append(Rejected(number, "文本含有非法字符", text))
        return
    category = item.get("category") or DEFAULT_USER_CATEGORY
    if not isinstance(category, str) or len(category.strip()) > 40:
        rejected.append(Rejected(number, "分类无效（应为不超过 40 字的文本）", text))
        return
    try:
        tags = _as_list(item.get("tags"))
        wrong = _as_list(item.get("wrong_variants", item.get("wrong")))
        valid_from = _as_year(item.get("valid_from"), "起始年份")
        valid_to = _as_year(item.get("valid_to"), "截止年份")
    except ValueError as error:
        rejected.append(Rejected(number, str(error), text))
        return
    if valid_from and valid_to and valid_from > valid_to:
        rejected.append(Rejected(number, f"起始年份 {valid_from} 晚于截止年份 {valid_to}", text))
        return
    if any(w == text or w in text for w in wrong):
        rejected.append(Rejected(number, "错误写法不能出现在正确文本之中", text))
        return
    note = item.get("note") or ""
    favourite = item.get("favourite")
    rows.append((number, PhraseEntry(
        text=text,
        category=category.strip(),
        tags=tags,
        note=str(note).strip(),
        source="imported",
        favourite=favourite in (True, 1, "1", "是", "true", "True", "★"),
        valid_from=valid_from,
        valid_to=valid_to,
        wrong_variants=wrong,
    )))
