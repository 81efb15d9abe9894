"""Extraction speed: time to extract the whole corpus ÷ time of one raw regex pass over its text.

The baseline reads each file and runs a single regex (the document-number pattern) over every
line, measured in the same run; the goal is a ratio of at most 5.
"""

import re
import time
from pathlib import Path

from loaders import extract_file

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
_BASELINE_RE = re.compile(r"[〔［\[（(]\s*\d{4}\s*[〕］\])）]\s*\d+\s*号|《[^》]+》")


def _baseline(files: list[Path]) -> int:
    hits = 0
    for f in files:
        for line in f.read_text(encoding="utf-8").split("\n"):
            hits += len(_BASELINE_RE.findall(line))
    return hits


def main() -> None:
    files = sorted(CORPUS.glob("*.txt"))
    t0 = time.perf_counter()
    _baseline(files)
    t_raw = time.perf_counter() - t0
    t0 = time.perf_counter()
    documents = sum(len(extract_file(f)["documents"]) for f in files)
    t_extract = time.perf_counter() - t0
    print(f"raw regex scan: {t_raw * 1000:.1f} ms; extract ({len(files)} files, {documents} documents): "
          f"{t_extract * 1000:.1f} ms; ratio {t_extract / t_raw:.1f}x (goal <= 5x)")


if __name__ == "__main__":
    main()
