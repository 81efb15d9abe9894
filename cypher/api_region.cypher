// One region with its parent, its children, the agencies in it and the documents whose region it
// is. Parameters: $code (Region.code). No row when the code is unknown.
MATCH (g:Region {code: $code})
OPTIONAL MATCH (g)-[:PART_OF]->(p:Region)
OPTIONAL MATCH (d:Document {region_code: g.code})
WITH g, p,
     collect(d {.id, .title, .doc_number, .kind, .level, .region_code, .date, .in_corpus,
                .status}) AS documents
RETURN g {.code, .name, .level} AS region,
       CASE WHEN p IS NULL THEN null ELSE p {.code, .name, .level} END AS parent,
       [(c:Region)-[:PART_OF]->(g) | c {.code, .name, .level}] AS children,
       [(a:Agency)-[:IN]->(g) | a {.id, .name, .level, .region_code}] AS agencies,
       [x IN documents WHERE x.id IS NOT NULL] AS documents
