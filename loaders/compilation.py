"""Best-effort facts about the compilation itself (title, publisher, date) from its preface and
running page headers. Any of them may be None."""

import re

from loaders.segment import cn_number, parse_date
from loaders.text import CleanText

_PREFACE_RE = re.compile(r"^(?:前\s*言|序\s*言|编者按|说\s*明|编\s*者\s*的\s*话)$")
_BOOK_RE = re.compile(r"《([^《》]{2,30}(?:汇编|手册|指南|读本|选编|文件集|政策集))》(?:（(\d{4})\s*版）)?")
_HEADER_TITLE_RE = re.compile(r"^(.{2,30}?(?:汇编|手册|指南|读本|选编))\s*[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*[）)]$")
_YEAR_MONTH_RE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月$")
_CN_YEAR_MONTH_RE = re.compile(r"^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月$")
_PUBLISHER_END_RE = re.compile(r"(?:中心|编辑组|编委会|委员会|协会|商会|局|厅|办公室|研究院|联合会)$")
_PREFACE_LINES = 120


def compilation_info(ct: CleanText) -> dict:
    """{"title", "publisher", "date"} from the preface's signature and the running headers."""
    info: dict = {"title": None, "publisher": None, "date": None}
    for header in ct.headers:
        m = _HEADER_TITLE_RE.match(header)
        if m:
            # headers of a compilation printed over several months: the latest month dates it
            info["title"] = info["title"] or m.group(1)
            info["date"] = max(info["date"] or "", f"{int(m.group(2)):04d}-{int(m.group(3)):02d}")
        elif header.endswith(" 编") or header.endswith("编印"):
            info["publisher"] = info["publisher"] or re.sub(r"\s*编印?$", "", header)
    preface = _preface(ct.lines)
    for i, line in enumerate(preface):
        m = _BOOK_RE.search(line)
        if m and not info["title"]:
            info["title"] = m.group(1)
        date = _year_month(line)
        if date and i + 1 >= len(preface) - 3:
            info["date"] = info["date"] or date
            before = preface[i - 1] if i else ""
            if _PUBLISHER_END_RE.search(before) and len(before) <= 40:
                info["publisher"] = info["publisher"] or before
    return info


def _preface(lines: list[str]) -> list[str]:
    """The non-empty lines of a preface at the start of the file (up to the date that closes it)."""
    out: list[str] = []
    started = False
    for line in lines:
        if not line:
            continue
        if not started:
            if _PREFACE_RE.match(line):
                started = True
                continue
            if len(out) > 3:
                return []
            out.append(line)
            continue
        out.append(line)
        if _year_month(line) or parse_date(line) == line or len(out) > _PREFACE_LINES:
            break
    return out if started else []


def _year_month(line: str) -> str | None:
    m = _YEAR_MONTH_RE.match(line)
    if m:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"
    m = _CN_YEAR_MONTH_RE.match(line)
    if m:
        return f"{cn_number(m.group(1)):04d}-{cn_number(m.group(2)):02d}"
    return None
