// One programme with the documents that establish or mention it, each with the evidence.
// Parameters: $id (Program.id). No row when the id is unknown.
MATCH (p:Program {id: $id})
RETURN p {.id, .name} AS program,
       [(d:Document)-[r:ESTABLISHES|MENTIONS]->(p) |
         d {.id, .title, .doc_number, .kind, .level, .region_code, .date, .in_corpus, .status,
            relation: type(r), evidence: r.evidence, file: r.file, line: r.line, method: r.method,
            confidence: r.confidence}] AS documents
