"""Extraction speed: time to extract the whole corpus ÷ time of one raw regex pass over its text.

The baseline reads each file and runs a single regex (document numbers and 《》 titles) over every
line. Both are measured in the same run, after one warm-up (regexes compiled, data files read),
as the best of several rounds so that other processes on the machine disturb both alike.
The goal is a ratio of at most 5.
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


def _best(fn, files: list[Path]) -> tuple[float, int]:
    times, result = [], 0
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        result = fn(files)
        times.append(time.perf_counter() - t0)
    return min(times), result


def measure() -> tuple[float, float, int]:
    """(baseline seconds, extract seconds, documents found), best of ROUNDS after a warm-up."""
    files = sorted(CORPUS.glob("*.txt"))
    _baseline(files)
    _extract(files)
    t_raw, _ = _best(_baseline, files)
    t_extract, documents = _best(_extract, files)
    return t_raw, t_extract, documents


def main() -> None:
    t_raw, t_extract, documents = measure()
    print(f"raw regex scan: {t_raw * 1000:.1f} ms; extract (corpus, {documents} documents): "
          f"{t_extract * 1000:.1f} ms; ratio {t_extract / t_raw:.1f}x (goal <= 5x, best of {ROUNDS})")


if __name__ == "__main__":
    main()
