"""Run every benchmark, or the ones named: ``python -m bench [extract] [store] [api]``."""

import importlib
import sys

BENCHMARKS = ("extract", "store", "api")


def main(argv: list[str]) -> None:
    for name in argv or BENCHMARKS:
        if name not in BENCHMARKS:
            sys.exit(f"unknown benchmark {name!r}; choose from {', '.join(BENCHMARKS)}")
        print(f"== bench/{name}")
        importlib.import_module(f"bench.{name}").main()


main(sys.argv[1:])
