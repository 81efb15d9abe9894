"""Text of a policy compilation (政策汇编) -> records with provenance.

``extract_file(path)`` and ``extract_text(text)`` return one dict with the output contract::

    {"source", "sha256", "compilation": {"title", "publisher", "date"},
     "documents": [{"id", "title", "alt_titles", "title_source", "doc_number", "issuers", "date",
                    "level", "region", "kind", "line_start", "line_end"}],
     "citations": [...], "targets": [...], "programs": [...]}

Lines are 1-based lines of the input; document ids (d001, d002, …) are local to one output.
"""

from pathlib import Path

from loaders.compilation import compilation_info
from loaders.errors import NoDocuments
from loaders.segment import segment
from loaders.text import CleanText, clean, non_blank, read_clean

__all__ = ["extract_file", "extract_text", "extract_clean"]


def extract_file(path: str | Path) -> dict:
    """Extract every document and reference of a compilation file (UTF-8 or GB18030)."""
    return extract_clean(read_clean(path))


def extract_text(text: str, source: str = "<text>") -> dict:
    """Extract from text already in memory; ``source`` names it in the output and in errors."""
    return extract_clean(clean(text, source))


def extract_clean(ct: CleanText) -> dict:
    """Extract from cleaned lines (see ``loaders.text``)."""
    from loaders.references import find_references

    nonblank = non_blank(ct.lines)
    documents = segment(ct.lines, ct.page_starts, nonblank)
    if not documents:
        raise NoDocuments(f"{ct.source}: no policy document found (no heading with a title and a "
                          "document number, addressee or article list); is this a policy compilation?")
    for n, doc in enumerate(documents, 1):
        doc["id"] = f"d{n:03d}"
    documents = [{"id": d.pop("id"), **d} for d in documents]
    citations, targets, programs = find_references(ct.lines, documents, nonblank)
    return {
        "source": ct.source,
        "sha256": ct.sha256,
        "compilation": compilation_info(ct),
        "documents": documents,
        "citations": citations,
        "targets": targets,
        "programs": programs,
    }
