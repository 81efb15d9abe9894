"""``policy-graph trace``, ``coverage`` and ``match``: cascades, gaps and what applies, with evidence."""

import json
from collections.abc import Callable, Iterator
from dataclasses import asdict
from typing import Any

import click

from api.cli.main import cli
from api.cli.output import aligned
from graph import trace
from graph.store import open_store
from graph.store.base import Store
from graph.model import KINDS
from loaders.errors import PolicyGraphError
from loaders.normalize import unwrap_title

LOW_MARK = "[low confidence]"
EXCERPT = 110  # characters of an evidence sentence shown in text output; JSON has it all

format_option = click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="text for people, json (the HTTP API's shape) for other tools.",
)


def _answer(fmt: str, compute: Callable[[Store], Any], render: Callable[[Any], Iterator[str]]) -> None:
    """Open the store, compute, print as text or JSON; our errors become one-line messages."""
    try:
        store = open_store()
        try:
            result = compute(store)
        finally:
            store.close()
    except PolicyGraphError as e:
        raise click.ClickException(str(e)) from e
    if fmt == "json":
        click.echo(json.dumps(asdict(result), ensure_ascii=False, indent=2))
    else:
        for line in render(result):
            click.echo(line)


@cli.command("trace")
@click.argument("doc")
@click.option("--down/--up", "down", default=True, show_default=True,
              help="--down: the documents implementing DOC; --up: the documents DOC implements.")
@click.option("--depth", type=click.IntRange(1, trace.MAX_DEPTH), default=3, show_default=True,
              help="How many levels to follow.")
@format_option
def trace_command(doc: str, down: bool, depth: int, fmt: str) -> None:
    """Trace a cascade from DOC: an id, a document number in any printed form (财建〔2023〕117号,
    财建[2023]117 号) or a title fragment.

    Prints a tree with each document's level, region, issuers and date, and for each edge the
    evidence sentence with its file and line; edges inferred with low confidence are marked.
    """
    follow = trace.implementations if down else trace.basis
    _answer(fmt, lambda store: follow(store, doc, depth), _render_trace)


@cli.command("coverage")
@click.argument("doc")
@format_option
def coverage_command(doc: str, fmt: str) -> None:
    """Which regions implement DOC, and where the gaps are.

    Lists each region below DOC's own that has documents in the graph, with its implementing
    documents (directly or through an intermediate measure), or gap.
    """
    _answer(fmt, lambda store: trace.coverage(store, doc), _render_coverage)


@cli.command("match")
@click.option("--region", required=True, help="Region name (柳州市, 柳州) or GB/T 2260 code.")
@click.option("--category", "categories", required=True, multiple=True,
              help="Enterprise category (repeatable), e.g. 专精特新中小企业.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS),
              help="Keep only documents of this kind (repeatable). [default: all]")
@format_option
def match_command(region: str, categories: tuple[str, ...], kinds: tuple[str, ...], fmt: str) -> None:
    """What applies to an enterprise of these categories in this region.

    National documents and those of the region and every region it lies in that target one of the
    categories or a broader one, by level, each with the sentence that says why, and the
    programmes they set up or mention.
    """
    _answer(fmt, lambda store: trace.match(store, region, categories, kinds), _render_match)


def _name(doc: trace.DocumentInfo) -> str:
    number = f" ({doc.doc_number})" if doc.doc_number else ""
    return f"{doc.title or doc.id}{number}"


def _facts(doc: trace.DocumentInfo) -> str:
    parts = [doc.level or "level unknown", doc.region or doc.region_code or "",
             ", ".join(doc.issuers), doc.date or "undated",
             "" if doc.in_corpus else "cited only, not in a loaded compilation"]
    return " · ".join(p for p in parts if p)


def _evidence(edge: trace.Evidence, needles: list[str]) -> str:
    where = f"{edge.file}:{edge.line}" if edge.file else "no source recorded"
    how = ", ".join(p for p in (edge.method, f"{edge.confidence:.2f}" if edge.confidence is not None else "") if p)
    mark = f" {LOW_MARK}" if edge.low_confidence else ""
    return f"“{_excerpt(edge.sentence or '', needles)}” — {where} ({how}){mark}"


def _needles(doc: trace.DocumentInfo) -> list[str]:
    """Strings that show where a sentence cites ``doc``: its number, its title, the title's end."""
    title = doc.title or ""
    inner = unwrap_title(title) or title
    return [n for n in (title, inner, doc.doc_number, inner[-6:]) if n]


def _excerpt(sentence: str, needles: list[str]) -> str:
    """The part of a long sentence around the first needle found in it."""
    if len(sentence) <= EXCERPT:
        return sentence
    pos = next((sentence.find(n) for n in needles if n in sentence), 0)
    start = max(0, min(pos - 12, len(sentence) - EXCERPT))
    end = start + EXCERPT
    return ("…" if start else "") + sentence[start:end] + ("…" if end < len(sentence) else "")


def _render_trace(result: trace.Trace) -> Iterator[str]:
    heading = "Documents implementing" if result.direction == "down" else "Basis of"
    root = result.root.document
    yield f"{heading} {_name(root)}"
    yield f"  {_facts(root)}"
    if not result.root.children:
        none = "no document in the graph says it implements it" if result.direction == "down" else \
            "it names no document it implements"
        yield f"  ({none})"
    yield from _render_children(result.root, "", result.direction == "down")
    low = f", {result.low_confidence_edges} marked {LOW_MARK}" if result.low_confidence_edges else ""
    yield f"{result.documents} documents, {result.edges} edges{low}; depth {result.depth}"


def _render_children(node: trace.TraceNode, prefix: str, down: bool) -> Iterator[str]:
    for i, child in enumerate(node.children):
        last = i == len(node.children) - 1
        branch, rest = ("└─ ", "   ") if last else ("├─ ", "│  ")
        cycle = " (already above: cycle)" if child.cycle else ""
        yield f"{prefix}{branch}{_name(child.document)}{cycle}"
        yield f"{prefix}{rest}   {_facts(child.document)}"
        cited = node.document if down else child.document
        yield f"{prefix}{rest}   {_evidence(child.edge, _needles(cited))}"
        yield from _render_children(child, prefix + rest, down)


def _render_coverage(result: trace.Coverage) -> Iterator[str]:
    yield f"Coverage of {_name(result.document)}"
    yield f"  {_facts(result.document)}"
    rows = []
    for region in result.regions:
        first = [region.name or region.code, region.code, region.level or "", region.status]
        if not region.documents:
            rows.append(first + ["—", "", ""])
        for i, found in enumerate(region.documents):
            via = f" via {' → '.join(d.doc_number or d.title or d.id for d in reversed(found.via))}" if found.via else ""
            low = f" {LOW_MARK}" if found.edge.low_confidence else ""
            where = f"{found.edge.file}:{found.edge.line}" if found.edge.file else ""
            rows.append((first if i == 0 else [""] * 4)
                        + [_name(found.document) + via, found.document.date or "", where + low])
    yield from _table(["region", "code", "level", "status", "implementing document", "date", "evidence"], rows)
    yield f"{len(result.regions)} regions: {result.covered} covered, {result.gaps} gaps"


def _render_match(result: trace.MatchResult) -> Iterator[str]:
    chain = " ⊂ ".join(r.name or r.code for r in result.regions)
    yield f"Applies in {chain} to {', '.join(result.categories)}"
    for level in result.levels:
        yield ""
        yield f"{level.level} ({len(level.documents)})"
        for entry in level.documents:
            yield f"  {_name(entry.document)}"
            yield f"    {_facts(entry.document)}"
            for reason in entry.reasons:
                via = "" if reason.category == reason.requested else f" (a {reason.requested} is one)"
                yield f"    targets {reason.category}{via}: {_evidence(reason.evidence, [reason.category])}"
            for program in entry.programs:
                yield f"    {program.relation.lower()} programme {program.name or program.id}"
    yield ""
    yield f"{result.documents} documents, {result.programs} programmes"


def _table(header: list[str], rows: list[list[str]]) -> Iterator[str]:
    """Columns padded to their display width (CJK characters count two)."""
    yield from aligned(header, [[str(c) for c in row] for row in rows])
