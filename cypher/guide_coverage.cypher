// Guide: coverage of a higher document, each province and city that has documents in the graph,
// with those of its documents that implement it, directly or through an intermediate one; an empty
// list is a gap.
// Parameters: $number (string) — the normalised document number of the higher document.
MATCH (top:Document {doc_number: $number})
MATCH (local:Document)
WHERE local.level IN ['provincial', 'municipal']
WITH top, collect(DISTINCT local.region_code) AS codes
MATCH (r:Region)
WHERE r.code IN codes
OPTIONAL MATCH (d:Document)-[:IMPLEMENTS*1..3]->(top)
WHERE d.region_code = r.code
RETURN r.code AS code, r.name AS region, r.level AS level, collect(DISTINCT d.title) AS implementing
ORDER BY code
