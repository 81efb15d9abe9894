// Guide: coverage of a higher document, each province and city in the graph with the documents there
// that implement it, directly or through an intermediate one; an empty list is a gap.
// Parameters: $number (string) — the normalised document number of the higher document.
MATCH (top:Document {doc_number: $number})
MATCH (r:Region)
WHERE r.level IN ['provincial', 'municipal']
OPTIONAL MATCH (d:Document)-[:IMPLEMENTS*1..3]->(top)
WHERE d.region_code = r.code
RETURN r.code AS code, r.name AS region, r.level AS level, collect(DISTINCT d.title) AS implementing
ORDER BY code
