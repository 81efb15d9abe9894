"""Response and request models of the HTTP API (the OpenAPI schema is generated from these)."""

from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, Field, StringConstraints

import cypher

T = TypeVar("T")

# A Cypher parameter name, as written after $ without backticks.
ParamName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]

# A list property the graph may leave unset.
StrList = Annotated[list[str], BeforeValidator(lambda v: v or [])]

# The type of a Document -> Program relationship.
Relation = Annotated[str, Field(description="ESTABLISHES or MENTIONS.")]


class ErrorOut(BaseModel):
    """Every error response: the HTTP status, a short title and what to do about it."""

    status: int
    title: str
    detail: str


class Page(BaseModel, Generic[T]):
    total: int = Field(description="How many items match the filters, over all pages.")
    limit: int
    offset: int
    items: list[T]


class Counts(BaseModel):
    nodes: dict[str, int] = Field(description="Node count by label.")
    relationships: dict[str, int] = Field(description="Relationship count by type.")


class Health(Counts):
    status: Literal["ok"]
    engine: str


class RegionCount(BaseModel):
    code: str | None
    name: str | None = None
    documents: int


class Stats(Counts):
    levels: dict[str, int] = Field(description="Document count by level; `unknown` when unset.")
    kinds: dict[str, int] = Field(description="Document count by kind; `unknown` when unset.")
    regions: list[RegionCount] = Field(description="Document count by region, largest first.")


class Provenance(BaseModel):
    """Where an edge derived from text comes from."""

    evidence: str | None = Field(None, description="The sentence in the source that states it.")
    file: str | None = None
    line: int | None = None
    method: str | None = None
    confidence: float | None = None


class DocumentSummary(BaseModel):
    id: str
    title: str | None = None
    doc_number: str | None = None
    kind: str | None = None
    level: str | None = None
    region_code: str | None = None
    date: str | None = None
    in_corpus: bool | None = None
    status: str | None = None


class RegionOut(BaseModel):
    code: str
    name: str | None = None
    level: str | None = None


class AgencyOut(BaseModel):
    id: str
    name: str | None = None
    level: str | None = None
    region_code: str | None = None


class IssuerOut(AgencyOut):
    role: str | None = Field(None, description="lead or co.")
    source: str | None = Field(
        None, description="printed, or how an issuer of a cited-only document was inferred."
    )


class NamedOut(BaseModel):
    id: str
    name: str | None = None


class CategoryTarget(NamedOut, Provenance):
    pass


class ProgramLink(NamedOut, Provenance):
    relation: Relation


class Reference(Provenance):
    type: str = Field(description="IMPLEMENTS, CITES, INTERPRETS or REPLACES.")
    document: DocumentSummary


class CompilationRef(BaseModel):
    id: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    file: str | None = None
    line_start: int | None = None
    line_end: int | None = None


class DocumentDetail(DocumentSummary):
    alt_titles: StrList = []
    title_source: str | None = None
    level_source: str | None = Field(
        None, description="How level and region were obtained: printed, number, title or "
        "citing_region."
    )
    region: RegionOut | None = None
    issuers: list[IssuerOut]
    regions: list[RegionOut] = Field(description="The document's region and its issuers' regions.")
    categories: list[CategoryTarget]
    programs: list[ProgramLink]
    references_out: list[Reference] = Field(description="Documents this one refers to.")
    references_in: list[Reference] = Field(description="Documents that refer to this one.")
    compilations: list[CompilationRef]


class AgencySummary(AgencyOut):
    aliases: StrList = []
    documents: int


class IssuedDocument(DocumentSummary):
    role: str | None = None


class AgencyDetail(AgencyOut):
    aliases: StrList = []
    region: RegionOut | None = None
    parents: list[AgencyOut]
    children: list[AgencyOut]
    documents: list[IssuedDocument]


class RegionSummary(RegionOut):
    parent_code: str | None = None
    documents: int
    agencies: int


class RegionDetail(RegionOut):
    parent: RegionOut | None = None
    children: list[RegionOut]
    agencies: list[AgencyOut]
    documents: list[DocumentSummary]


class CategorySummary(NamedOut):
    broader: list[str] = Field(description="Ids of the categories this one is a subset of.")
    documents: int


class TargetingDocument(DocumentSummary, Provenance):
    pass


class CategoryDetail(NamedOut):
    broader: list[NamedOut]
    narrower: list[NamedOut]
    documents: list[TargetingDocument]


class ProgramSummary(NamedOut):
    documents: int


class ProgramDocument(DocumentSummary, Provenance):
    relation: Relation


class ProgramDetail(NamedOut):
    documents: list[ProgramDocument]


class CypherIn(BaseModel):
    query: str = Field(min_length=1, max_length=100_000, description="A read-only Cypher query.")
    params: dict[ParamName, Any] = Field(
        default_factory=dict, description="Query parameters, used as $name in the query."
    )

    model_config = {"json_schema_extra": lambda schema: schema.update(examples=[{
        "query": cypher.load("guide_trace_down"),
        "params": {"number": "财建〔2023〕117号"},
    }])}


class CypherOut(BaseModel):
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = Field(description="True when the row cap cut the result short.")
    row_cap: int
