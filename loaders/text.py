"""Reading a compilation file and cleaning PDF-extraction artefacts line by line.

Line numbers are kept: ``lines[i]`` is line ``i + 1`` of the input file. An artefact line
(page header, page number, QR-code caption, table-of-contents entry) becomes an empty string.
"""

import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain, compress, count
from pathlib import Path

from loaders.errors import BinaryInput, EmptyInput, InputTooLarge, LoaderError, UndecodableInput

MAX_BYTES = 256 * 1024 * 1024

_PAGE_NUMBER_RE = re.compile(r"^[-—–\s]*(?:第\s*)?\d{1,4}(?:\s*页)?[-—–\s]*$|^-\s*\d{1,4}\s*-$")
_QR_RE = re.compile(r"^(?:扫码|扫描二维码|扫一扫|微信扫码|扫描下方二维码|扫描上方二维码)\S*(?:\s+\S+){0,6}$")
_TOC_HEAD_RE = re.compile(r"^目\s*录$")
_TOC_LEADER_RE = re.compile(r"(?:\.{3,}|…{2,}|·{3,}|．{3,}|-{4,})\s*\d{1,4}$")
_TOC_PAGE_RE = re.compile(r"\s*\d{1,4}$")
_TOC_ENTRY_MAX_CHARS = 40
_HEADER_MAX_CHARS = 40
_DIGITS_SPACES_RE = re.compile(r"[\s\d０-９]+")
_DIGITS_SPACES = " \t\u30000123456789０１２３４５６７８９"
_DATE_CHARS = "年月日（）()〇○零一二三四五六七八九十"
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f]")
# Lines that can be artefacts are short and start with a digit or one of these characters; the
# rest skip the regexes.
_PAGE_NUMBER_MAX_CHARS = 16
_PAGE_NUMBER_FIRST = "-—–第"
_QR_FIRST = "扫微"


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
    if not data.strip():
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
    sample = text[:1 << 16]
    if len(_CONTROL_RE.findall(sample)) > len(sample) // 100:
        raise BinaryInput(f"{source}: mostly control characters, not text; extract the text first")
    return text, encoding


def _split_lines(text: str) -> list[str]:
    """Split on line ends only (\\n, \\r\\n, \\r), so numbering matches editors and ``wc -l``."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def clean(text: str, source: str = "<text>", sha256: str = "", encoding: str = "utf-8") -> CleanText:
    """Per-line cleaning that keeps the line numbering of the input."""
    lines = list(map(str.rstrip, _split_lines(text.replace("\f", " "))))
    if "\ufffd" in text:  # a character cut by the PDF extraction, at line ends
        lines = [line.rstrip("\ufffd").rstrip() if line.endswith("\ufffd") else line for line in lines]
    page_starts: set[int] = set()
    removed: Counter[str] = Counter()
    page_numbers: list[int] = []
    # table-of-contents heads (目录) and dot-leader entries, removed once page headers are
    toc_heads: list[int] = []
    toc_entries: list[int] = []
    new_page = True
    for i, line in _nonblank(lines):
        first = line[0]
        if new_page or first in " \u3000":
            page_starts.add(i)
            new_page = False
        if first.isspace():
            line = lines[i] = line.lstrip()
            first = line[0]
        if (len(line) <= _PAGE_NUMBER_MAX_CHARS and (first in _PAGE_NUMBER_FIRST or first.isdecimal())
                and _PAGE_NUMBER_RE.match(line)):
            removed["page_number"] += 1
            page_numbers.append(i)
            lines[i] = ""
            new_page = True
        elif first in _QR_FIRST and _QR_RE.match(line):
            removed["qr_caption"] += 1
            lines[i] = ""
        elif first == "目" and _TOC_HEAD_RE.match(line):
            toc_heads.append(i)
        elif line[-1] in _DIGITS_SPACES and _TOC_LEADER_RE.search(line):
            toc_entries.append(i)
    headers = _remove_page_headers(page_numbers, lines, removed)
    _remove_toc(lines, toc_heads, toc_entries, removed)
    return CleanText(source, sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(), encoding,
                     lines, page_starts, dict(removed), headers)


def _nonblank(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(index, line) of the non-empty lines, skipping the empty ones in C (about half of them).
    A loop may empty or change the line it is at, not the lines after it."""
    return zip(compress(count(), lines), filter(None, lines))


def _header_key(line: str) -> str:
    return _DIGITS_SPACES_RE.sub("", line)


def _remove_page_headers(page_numbers: list[int], lines: list[str], removed: Counter) -> list[str]:
    """Running headers/footers: short lines printed next to page numbers, repeated on many pages."""
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
    firsts, lasts = {k[0] for k in headers}, {k[-1] for k in headers}
    for i, line in _nonblank(lines):
        if len(line) > _HEADER_MAX_CHARS:
            continue
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


def _remove_toc(lines: list[str], heads: list[int], entries: list[int], removed: Counter) -> None:
    """Table-of-contents lines: entries with dot leaders anywhere, and a 目录 block's entries.

    ``heads`` and ``entries`` index the 目录 lines and the dot-leader entries; those removed
    since as page headers no longer count. A 目录 block lists short headings (with or without
    page numbers); it ends where its first entry is printed again as a real heading, at the next
    目录, or at the first line that is not a short heading.
    """
    heads = [i for i in heads if lines[i]]
    for i in chain(heads, entries):
        if lines[i]:
            lines[i] = ""
            removed["toc"] += 1
    for head, block_end in zip(heads, [*heads[1:], len(lines)]):
        toc_first: str | None = None
        for i in range(head + 1, block_end):
            line = lines[i]
            if not line:
                continue
            key = "".join(_TOC_PAGE_RE.sub("", line).split())
            if key == toc_first or len(line) > _TOC_ENTRY_MAX_CHARS or "。" in line:
                break
            toc_first = toc_first or key
            lines[i] = ""
            removed["toc"] += 1


def read_clean(path: str | Path) -> CleanText:
    """Read, decode and clean a compilation file."""
    data = read_bytes(path)
    text, encoding = decode(data, str(path))
    return clean(text, str(path), hashlib.sha256(data).hexdigest(), encoding)
