// One agency with its region, parent and child agencies and the documents it issued.
// Parameters: $id (Agency.id). No row when the id is unknown.
MATCH (a:Agency {id: $id})
OPTIONAL MATCH (a)-[:IN]->(g:Region)
RETURN a {.id, .name, .aliases, .level, .region_code} AS agency,
       CASE WHEN g IS NULL THEN null ELSE g {.code, .name, .level} END AS region,
       [(a)-[:PART_OF]->(p:Agency) | p {.id, .name, .level, .region_code}] AS parents,
       [(c:Agency)-[:PART_OF]->(a) | c {.id, .name, .level, .region_code}] AS children,
       [(d:Document)-[r:ISSUED_BY]->(a) |
         d {.id, .title, .doc_number, .kind, .level, .region_code, .date, .in_corpus, .status,
            role: r.role}] AS documents
