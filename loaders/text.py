"""Reading a compilation file and cleaning PDF-extraction artefacts line by line.

Line numbers are kept: ``lines[i]`` is line ``i + 1`` of the input file, stripped of spaces at
both ends. An artefact line (page header, page number, QR-code caption, a web page's controls,
table-of-contents entry) becomes an empty string.
"""

import hashlib
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain, compress, count
from pathlib import Path
from typing import NamedTuple

from loaders.errors import BinaryInput, EmptyInput, InputTooLarge, LoaderError, UndecodableInput

MAX_BYTES = 256 * 1024 * 1024

# A page number as PDF tools print it: 12, - 12 -, — 12 —, ·12·, 第 12 页, 第12页 共80页, 第12页/共80页,
# 12 / 80, (12), （12）, Page 12, Page 12 of 80.
_PAGE_NUMBER_RE = re.compile(
    r"^[-—–·•\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?[-—–·•\s]*$"
    r"|^\d{1,4}\s*/\s*\d{1,4}$|^[（(]\s*\d{1,3}\s*[）)]$"
    r"|^(?:Page|PAGE|page)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$")
_QR_RE = re.compile(r"^(?:扫码|扫描二维码|扫一扫|微信扫码|扫描下方二维码|扫描上方二维码)\S*(?:\s+\S+){0,6}$")
_TOC_HEAD_RE = re.compile(r"^目\s*录$")
_TOC_LEADER_RE = re.compile(r"(?:\.{3,}|…{2,}|·{3,}|．{3,}|-{4,})\s*\d{1,4}$")
_TOC_PAGE_RE = re.compile(r"\s*\d{1,4}$")
_TOC_ENTRY_MAX_CHARS = 60
_HEADER_MAX_CHARS = 40
# The fewest non-blank lines a page holds on average: indentation more frequent than that marks
# paragraphs, not pages.
_LINES_PER_PAGE = 10
_DIGITS_SPACES_RE = re.compile(r"[\s\d０-９]+")
_DIGITS_SPACES = " 0123456789０１２３４５６７８９"
_DATE_CHARS = "年月日（）()〇○零一二三四五六七八九十"
# Control characters: the same single bytes in UTF-8 and GB18030, whose multi-byte sequences use
# only bytes from 0x30 up.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x20)])
# Lines that can be artefacts are short and start with a digit or one of these characters; the
# rest skip the regexes.
_PAGE_NUMBER_MAX_CHARS = 16
_PAGE_MARK_FIRST = "-—–·•第Pp"  # dashes, dots, 第 … 页, Page …
_PAGE_NUMBER_FIRST = _PAGE_MARK_FIRST + "(（"
_QR_FIRST = "扫微"
# A web page's controls, printed in a compilation copied from the web: 【打印本页】【关闭窗口】,
# [打印] [关闭], 【字体：大 中 小】.
_WEB_CONTROLS_RE = re.compile(r"^(?:[【\[]\s*(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|字体[：:]?\s*大\s*中\s*小|收藏|分享|"
                              r"返回(?:顶部|首页)?)\s*[】\]]\s*)+$")
_WEB_CONTROLS_FIRST = "【["
# A title between doubled angle brackets, half- or full-width (<<X>>, ＜＜X＞＞), wrapped over lines or
# not; single brackets inside mark a title in the title (<<关于印发<X>的通知>>, <<A<B>>>).
_BOOK_MARKS_RE = re.compile(r"(?:<<|＜＜)((?:(?!<<|＜＜|>>(?!>)|＞＞(?!＞)).){1,150}?)(?:>>(?!>)|＞＞(?!＞))", re.S)
# A line is looked at only if it starts with one of these, with a character below U+3000 (digits,
# dashes, spaces, the ASCII bracket) or with another digit, is bracketed by （ ）, or ends like a
# table-of-contents entry: most lines start with a Han character and are skipped.
_LOOKED_AT_FIRST = _PAGE_MARK_FIRST + _WEB_CONTROLS_FIRST + _QR_FIRST + "目"


@dataclass
class CleanText:
    """A compilation's text after decoding and per-line cleaning."""

    source: str
    sha256: str
    encoding: str
    lines: list[str]
    page_starts: set[int] = field(default_factory=set)  # 0-based indexes of first lines of pages
    removed: dict[str, int] = field(default_factory=dict)  # artefact kind -> lines removed
    headers: list[str] = field(default_factory=list)  # running page headers, most frequent first


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or a LoaderError naming the file and the problem."""
    p = Path(path)
    if not p.is_file():
        raise LoaderError(f"{p}: no such file; pass the path of a compilation text file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputTooLarge(f"{p}: {size / 2**20:.0f} MB is more than the {MAX_BYTES // 2**20} MB "
                            "a compilation can be; split the file or check it is the right one")
    return p.read_bytes()


def decode(data: bytes, source: str) -> tuple[str, str]:
    """(text, encoding name): UTF-8 (BOM allowed), else GB18030 (a superset of GBK and GB2312)."""
    if not data or data.isspace():
        raise EmptyInput(f"{source}: the file is empty; export the compilation's text into it first")
    # ``in`` runs memchr: most files hold no NUL at all, and only those that do are counted
    if b"\x00" in data and (b"\x00" in data[:1 << 16] or data.count(b"\x00") > len(data) // 1000):
        raise BinaryInput(f"{source}: the file holds NUL bytes, so it is binary (a PDF or an image?), "
                          "not text; extract its text first (e.g. pdftotext -layout)")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError as e:
            raise UndecodableInput(f"{source}: neither UTF-8 nor GB18030/GBK text (byte {e.start} "
                                   "is invalid); convert the file to UTF-8") from e
    sample = data[:1 << 16]
    if len(sample) - len(sample.translate(None, _CONTROL_BYTES)) > len(sample) // 100:
        raise BinaryInput(f"{source}: over 1 in 100 of its first bytes are control characters, so it is "
                          "binary, not text; extract its text first")
    return text, encoding


def _split_lines(text: str) -> list[str]:
    """Split on line ends only (\\n, \\r\\n, \\r), so numbering matches editors and ``wc -l``."""
    if "\r" in text:  # a one-character test runs memchr; most files have \n line ends only
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def clean(text: str, source: str = "<text>", sha256: str = "", encoding: str = "utf-8") -> CleanText:
    """Per-line cleaning that keeps the line numbering of the input. Tabs, ideographic and no-break
    spaces become spaces, so one test for " " finds every line that holds a space; book-title
    marks printed as doubled angle brackets become 《》."""
    # a byte-order mark left at the start of text decoded as plain UTF-8 is not part of line 1
    spaced = (text.removeprefix("\ufeff").replace("\f", " ").replace("\t", " ").replace("\u3000", " ")
              .replace("\xa0", " "))
    # book-title marks as some PDF fonts extract them: <<X>> (one character is found faster than two)
    if ("<" in spaced and "<<" in spaced) or ("＜" in spaced and "＜＜" in spaced):
        changed = 1
        while changed:  # the innermost first: <<关于印发<<X>>的通知>>
            spaced, changed = _BOOK_MARKS_RE.subn(r"《\1》", spaced)
    lines = list(map(str.rstrip, _split_lines(spaced)))
    if "\ufffd" in text:  # a character cut by the PDF extraction, at line ends
        lines = [line.rstrip("\ufffd").rstrip() if line.endswith("\ufffd") else line for line in lines]
    nonblank = list(compress(count(), lines))
    # a page opens at the first line, at the line after a page number and, where indentation
    # marks pages rather than paragraphs (see _indents_open_pages), at an indented line
    page_starts = set(nonblank[:1])
    indented: list[int] = []
    removed: Counter[str] = Counter()
    page_numbers: list[int] = []
    # table-of-contents heads (目录) and dot-leader entries, removed once page headers are
    toc_heads: list[int] = []
    toc_entries: list[int] = []
    looked_at = [i for i in nonblank if (c := lines[i][0]) < "\u3000" or c in _LOOKED_AT_FIRST
                 or (c > "\u9fff" and (c.isdecimal() or (c == "（" and lines[i][-1] == "）")))
                 or lines[i][-1] in _DIGITS_SPACES]
    for i in looked_at:
        line = lines[i]
        first = line[0]
        if first == " ":
            indented.append(i)
        if first.isspace():
            line = lines[i] = line.lstrip()
            first = line[0]
        if (len(line) <= _PAGE_NUMBER_MAX_CHARS and (first in _PAGE_NUMBER_FIRST or first.isdecimal())
                and _PAGE_NUMBER_RE.match(line)):
            removed["page_number"] += 1
            page_numbers.append(i)
            lines[i] = ""
            after = bisect_right(nonblank, i)
            if after < len(nonblank):
                page_starts.add(nonblank[after])
        elif first in _QR_FIRST and _QR_RE.match(line):
            removed["qr_caption"] += 1
            lines[i] = ""
        elif first in _WEB_CONTROLS_FIRST and _WEB_CONTROLS_RE.match(line):
            removed["web_controls"] += 1
            lines[i] = ""
        elif first == "目" and _TOC_HEAD_RE.match(line):
            toc_heads.append(i)
        elif line[-1] in _DIGITS_SPACES and _TOC_LEADER_RE.search(line):
            toc_entries.append(i)
    if _indents_open_pages(indented, nonblank):
        page_starts.update(indented)
    headers = _remove_page_headers(page_numbers, lines, nonblank, removed)
    _remove_toc(lines, toc_heads, toc_entries, page_numbers, removed)
    return CleanText(source, sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(), encoding,
                     lines, page_starts, dict(removed), headers)


def _indents_open_pages(indented: list[int], nonblank: list[int]) -> bool:
    """Whether the indented lines open pages, as in a PDF extraction that indents the first line
    of a page (one non-blank line in 26 to 31 in the bundled corpus): there is at most one in
    every _LINES_PER_PAGE non-blank lines. Text that indents every paragraph, or every line as
    ``pdftotext -layout`` does, indents one line in a few."""
    return len(indented) < 3 or len(indented) * _LINES_PER_PAGE <= len(nonblank)


class NonBlank(NamedTuple):
    """The non-empty lines, which segmentation and reference finding both work on (so
    ``loaders.extract_clean`` computes them once for both), and how wide each is printed."""

    idx: list[int]  # their 0-based indexes
    text: list[str]
    # twice the display width, about two columns per CJK character: those take three bytes in UTF-8
    width2: list[int]
    # a line narrower than this is much shorter than a full line of body text (the 75th
    # percentile of widths), as the last line of a paragraph is
    short2: int


def non_blank(lines: list[str]) -> NonBlank:
    """The non-empty lines of ``lines``, with their widths."""
    # the loops run in C (compress, filter): half the lines are blank
    text = list(filter(None, lines))
    width2 = [len(s) + len(s.encode()) for s in text]
    return NonBlank(list(compress(count(), lines)), text, width2, 2 * (_percentile_75(width2) // 2 - 8))


def _percentile_75(values: list[int]) -> int:
    """sorted(values)[len(values) * 3 // 4], 0 for no values; counted, not sorted (few distinct values)."""
    counts = Counter(values)
    rank = len(values) * 3 // 4
    for v in sorted(counts):
        rank -= counts[v]
        if rank < 0:
            return v
    return 0


def _header_key(line: str) -> str:
    return _DIGITS_SPACES_RE.sub("", line)


def _remove_page_headers(page_numbers: list[int], lines: list[str], nonblank: list[int],
                         removed: Counter) -> list[str]:
    """Running headers/footers: short lines printed next to page numbers, repeated on many pages.
    ``nonblank`` indexes the lines that were not empty before cleaning."""
    near_numbers: Counter[str] = Counter()
    for i in page_numbers:
        for j in _nearby_nonblank(lines, i):
            if len(lines[j]) <= _HEADER_MAX_CHARS:
                near_numbers[_header_key(lines[j])] += 1
    # a date printed next to a page number is a signature's date, not a running header
    headers = {k for k, n in near_numbers.items() if n >= 2 and k and k.strip(_DATE_CHARS)}
    seen: Counter[str] = Counter()
    if not headers:
        return []
    # cheap filter first: a header's first and last characters once page digits are stripped
    firsts, lasts = "".join({k[0] for k in headers}), "".join({k[-1] for k in headers})
    line_firsts = firsts + _DIGITS_SPACES
    for i in [i for i in nonblank if (line := lines[i]) and len(line) <= _HEADER_MAX_CHARS and line[0] in line_firsts]:
        line = lines[i]
        core = line.strip(_DIGITS_SPACES)
        if core and core[0] in firsts and core[-1] in lasts and _header_key(line) in headers:
            seen[line] += 1
            lines[i] = ""
            removed["page_header"] += 1
    return [h for h, _ in seen.most_common()]


def _nearby_nonblank(lines: list[str], i: int) -> list[int]:
    """The nearest non-empty line before and after index i (at most 4 lines away)."""
    found = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and abs(j - i) <= 4:
            if lines[j]:
                found.append(j)
                break
            j += step
    return found


def _remove_toc(lines: list[str], heads: list[int], entries: list[int], page_numbers: list[int],
                removed: Counter) -> None:
    """Table-of-contents lines: entries with dot leaders anywhere, and a 目录 block's entries.

    ``heads`` and ``entries`` index the 目录 lines and the dot-leader entries; those removed
    since as page headers no longer count. A 目录 block lists short headings (with or without
    page numbers); it ends where its first entry is printed again as a real heading (or the first
    line of one, the heading wrapped where the entry is not), at the next
    目录, at the first line that is not a short heading, or at the page break after a dot-leader
    entry (a compilation's contents end with their page, not at the first document's heading).
    """
    heads = [i for i in heads if lines[i]]
    for i in chain(heads, entries):
        if lines[i]:
            lines[i] = ""
            removed["toc"] += 1
    leaders, breaks = set(entries), set(page_numbers)
    for head, block_end in zip(heads, [*heads[1:], len(lines)]):
        toc_first: str | None = None
        led = False
        for i in range(head + 1, block_end):
            if i in leaders:
                led = True
            elif led and i in breaks:
                break
            line = lines[i]
            if not line:
                continue
            key = "".join(_TOC_PAGE_RE.sub("", line).split())
            if (key == toc_first or (toc_first and len(key) >= 8 and toc_first.startswith(key))
                    or len(line) > _TOC_ENTRY_MAX_CHARS or "。" in line):
                break
            toc_first = toc_first or key
            lines[i] = ""
            removed["toc"] += 1


def read_clean(path: str | Path) -> CleanText:
    """Read, decode and clean a compilation file."""
    data = read_bytes(path)
    text, encoding = decode(data, str(path))
    return clean(text, str(path), hashlib.sha256(data).hexdigest(), encoding)
