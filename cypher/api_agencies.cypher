// One page of agencies, by name, each with the number of documents it issued, and the total.
// Parameters: $q (fragment of the name, or null), $level (or null), $region (region code, or
// null), $offset, $limit.
MATCH (a:Agency)
WHERE ($q IS NULL OR a.name CONTAINS $q)
  AND ($level IS NULL OR a.level = $level)
  AND ($region IS NULL OR a.region_code = $region)
OPTIONAL MATCH (d:Document)-[:ISSUED_BY]->(a)
WITH a, count(DISTINCT d) AS documents
ORDER BY a.name, a.id
WITH collect(a {.id, .name, .aliases, .level, .region_code, documents: documents}) AS agencies
RETURN size(agencies) AS total, agencies[$offset..($offset + $limit)] AS items
