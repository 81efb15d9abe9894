"""Every Cypher statement the project runs, as named ``.cypher`` files.

``load("schema")`` returns the text of ``cypher/schema.cypher``. Where an engine needs different
syntax, ``cypher/<engine>/<name>.cypher`` overrides the shared file for that engine only, so the
difference stays small and visible.
"""

from functools import cache
from pathlib import Path

from loaders.errors import PolicyGraphError

CYPHER_DIR = Path(__file__).resolve().parent


class UnknownQueryError(PolicyGraphError):
    """No .cypher file has the requested name."""


@cache
def load(name: str, engine: str | None = None) -> str:
    """Text of the named statement, the engine's override first when there is one."""
    candidates = [CYPHER_DIR / engine / f"{name}.cypher"] if engine else []
    candidates.append(CYPHER_DIR / f"{name}.cypher")
    for path in candidates:
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise UnknownQueryError(f"no Cypher file named {name!r} under {CYPHER_DIR}")


def names() -> list[str]:
    """Names of the shared statements, sorted."""
    return sorted(p.stem for p in CYPHER_DIR.glob("*.cypher"))


def files() -> list[Path]:
    """Every .cypher file, shared and engine-specific."""
    return sorted(CYPHER_DIR.rglob("*.cypher"))
