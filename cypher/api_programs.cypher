// One page of programmes by name, each with the number of documents establishing or mentioning
// it, and the total. Parameters: $q (fragment of the name, or null), $offset, $limit.
MATCH (p:Program)
WHERE $q IS NULL OR p.name CONTAINS $q
OPTIONAL MATCH (d:Document)-[:ESTABLISHES|MENTIONS]->(p)
WITH p, count(DISTINCT d) AS documents
ORDER BY p.name, p.id
WITH collect(p {.id, .name, documents: documents}) AS programs
RETURN size(programs) AS total, programs[$offset..($offset + $limit)] AS items
