// One page of regions by code, each with its parent code and the number of documents and agencies
// located in it, and the total. Parameters: $q (fragment of the name, or null), $level (or null),
// $parent (code of the parent region, or null), $used (true: only regions with documents or
// agencies), $offset, $limit.
MATCH (g:Region)
WHERE ($q IS NULL OR g.name CONTAINS $q)
  AND ($level IS NULL OR g.level = $level)
OPTIONAL MATCH (g)-[:PART_OF]->(p:Region)
WITH g, p
WHERE $parent IS NULL OR p.code = $parent
OPTIONAL MATCH (d:Document {region_code: g.code})
WITH g, p, count(DISTINCT d) AS documents
OPTIONAL MATCH (a:Agency)-[:IN]->(g)
WITH g, p, documents, count(DISTINCT a) AS agencies
WHERE NOT $used OR documents > 0 OR agencies > 0
WITH g, p, documents, agencies
ORDER BY g.code
WITH collect(g {.code, .name, .level, parent_code: p.code, documents: documents,
                agencies: agencies}) AS regions
RETURN size(regions) AS total, regions[$offset..($offset + $limit)] AS items
