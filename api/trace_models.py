"""Request and response models of the cascade endpoints; they mirror the results of graph.trace."""

import dataclasses
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, create_model

from graph.model import KINDS
from graph.trace import LOW_CONFIDENCE, DocumentInfo, Evidence, RegionInfo


class _FromTrace(BaseModel):
    model_config = ConfigDict(from_attributes=True)


def _mirror(
    name: str, source: type, doc: str | None = None, **descriptions: str
) -> type[BaseModel]:
    """The response model ``name`` with the fields of the graph.trace dataclass ``source`` (same
    names, types and order), each described in the OpenAPI schema by ``descriptions``."""
    fields: dict[str, Any] = {
        f.name: (f.type, Field(description=descriptions.get(f.name)))
        for f in dataclasses.fields(source)
    }
    return create_model(name, __base__=_FromTrace, __doc__=doc, **fields)


EvidenceOut = _mirror(
    "EvidenceOut",
    Evidence,
    "Why an edge exists: the sentence in the source, where it is, and how sure the loader was.",
    sentence="The sentence in the source that states the edge.",
    file="The compilation file the sentence is in.",
    line="Its line in that file (1-based).",
    method="How the loader found the edge.",
    confidence="The loader's confidence, 0 to 1.",
    low_confidence=f"True when confidence is below {LOW_CONFIDENCE}.",
)

TraceDocument = _mirror(
    "TraceDocument",
    DocumentInfo,
    region="Name of the region the document governs.",
    in_corpus="False when the document is only cited, not reproduced.",
    issuers="Issuing agencies, lead first.",
)


class TraceNodeOut(_FromTrace):
    document: TraceDocument
    edge: EvidenceOut | None = Field(description="The edge to the parent in the tree; null at the root.")
    children: list["TraceNodeOut"]
    cycle: bool = Field(description="The document is already on the path from the root; not expanded again.")


class TraceOut(_FromTrace):
    """A cascade tree: documents implementing the root (down) or the root's basis (up)."""

    direction: Literal["down", "up"]
    depth: int
    root: TraceNodeOut
    documents: int = Field(description="Distinct documents in the tree, the root included.")
    edges: int = Field(description="Distinct IMPLEMENTS edges in the tree.")
    low_confidence_edges: int


class ImplementerOut(_FromTrace):
    document: TraceDocument
    edge: EvidenceOut = Field(description="The IMPLEMENTS edge leaving this document.")
    via: list[TraceDocument] = Field(
        description="Intermediate documents between it and the traced one, nearest the traced one first.")


class RegionCoverageOut(_FromTrace):
    code: str
    name: str | None
    level: str | None
    parent: str | None = Field(description="Code of the region it lies in.")
    status: Literal["implemented", "implemented_below", "gap"]
    documents: list[ImplementerOut]


class CoverageOut(_FromTrace):
    """For each region below the document's own that has documents in the graph, its measures."""

    document: TraceDocument
    regions: list[RegionCoverageOut]
    covered: int
    gaps: int


RegionOut = _mirror("RegionOut", RegionInfo)


class ReasonOut(_FromTrace):
    category: str = Field(description="The category the document targets.")
    requested: str = Field(description="The requested category that is, or belongs to, it.")
    evidence: EvidenceOut


class ProgramOut(_FromTrace):
    id: str
    name: str | None
    relation: Literal["ESTABLISHES", "MENTIONS"]


class MatchEntryOut(_FromTrace):
    document: TraceDocument
    reasons: list[ReasonOut]
    programs: list[ProgramOut]


class MatchLevelOut(_FromTrace):
    level: str
    documents: list[MatchEntryOut]


class MatchOut(_FromTrace):
    """What applies to the enterprise, national level first."""

    region: RegionOut
    regions: list[RegionOut] = Field(description="The region and those it lies in, nearest first.")
    categories: list[str] = Field(description="The requested categories and their broader ones.")
    levels: list[MatchLevelOut]
    documents: int
    programs: int


class MatchIn(BaseModel):
    """An enterprise profile."""

    model_config = ConfigDict(extra="forbid")

    region: str = Field(min_length=1, max_length=100, examples=["柳州市"],
                        description="Region name (柳州市, 柳州) or GB/T 2260 code.")
    categories: list[Annotated[str, StringConstraints(min_length=1, max_length=100)]] = Field(
        min_length=1, max_length=20, examples=[["专精特新中小企业"]],
                                  description="Enterprise categories by name or id.")
    kinds: list[Literal[KINDS]] = Field(default_factory=list, max_length=len(KINDS),
                                        description="Document kinds to keep; empty keeps all.")
