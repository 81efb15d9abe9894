// One enterprise category with its broader and narrower categories and the documents that target
// it, each with the TARGETS evidence. Parameters: $id (EnterpriseCategory.id). No row when unknown.
MATCH (c:EnterpriseCategory {id: $id})
RETURN c {.id, .name} AS category,
       [(c)-[:SUBSET_OF]->(b:EnterpriseCategory) | b {.id, .name}] AS broader,
       [(n:EnterpriseCategory)-[:SUBSET_OF]->(c) | n {.id, .name}] AS narrower,
       [(d:Document)-[r:TARGETS]->(c) |
         d {.id, .title, .doc_number, .kind, .level, .region_code, .date, .in_corpus, .status,
            evidence: r.evidence, file: r.file, line: r.line, method: r.method,
            confidence: r.confidence}] AS documents
