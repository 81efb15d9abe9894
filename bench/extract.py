"""Extraction speed: time to extract the whole corpus ÷ time of one raw regex pass over its text.

The baseline reads each file and runs a single regex (document numbers and 《》 titles) over every
line. Both are measured in the same run, after one warm-up (regexes compiled, data files read),
in alternating rounds, as the best round of each, in CPU time of this process: the work is
CPU-bound, and other processes on a shared machine then slow neither side. The goal is a ratio
of at most 5.
"""

import re
import time
from pathlib import Path

from loaders import extract_file

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
ROUNDS = 5
_BASELINE_RE = re.compile(r"[〔［\[（(]\s*\d{4}\s*[〕］\])）]\s*\d+\s*号|《[^》]+》")


def _baseline(files: list[Path]) -> int:
    hits = 0
    for f in files:
        for line in f.read_text(encoding="utf-8").split("\n"):
            hits += len(_BASELINE_RE.findall(line))
    return hits


def _extract(files: list[Path]) -> int:
    return sum(len(extract_file(f)["documents"]) for f in files)


def _timed(fn, files: list[Path]) -> tuple[float, int]:
    t0 = time.process_time()
    result = fn(files)
    return time.process_time() - t0, result


def measure() -> tuple[float, float, int]:
    """(baseline seconds, extract seconds, documents found), best of ROUNDS after a warm-up."""
    files = sorted(CORPUS.glob("*.txt"))
    _baseline(files)
    _extract(files)
    t_raw = t_extract = float("inf")
    documents = 0
    for _ in range(ROUNDS):
        t_raw = min(t_raw, _timed(_baseline, files)[0])
        t, documents = _timed(_extract, files)
        t_extract = min(t_extract, t)
    return t_raw, t_extract, documents


def main() -> None:
    t_raw, t_extract, documents = measure()
    print(f"raw regex scan: {t_raw * 1000:.1f} ms; extract (corpus, {documents} documents): "
          f"{t_extract * 1000:.1f} ms; ratio {t_extract / t_raw:.2f}x (goal <= 5x, best of {ROUNDS}, CPU time)")


if __name__ == "__main__":
    main()
