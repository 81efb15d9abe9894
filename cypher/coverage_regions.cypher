// coverage_regions: every region that has issued at least one document in the graph, with the
// regions it lies in (Region PART_OF, transitively), for coverage reports.
// Parameters: none.
// Returns one row per region: code, name, level, documents (how many documents it issued),
// ancestors (list of region codes, nearest first).
MATCH (d:Document)
WHERE d.region_code IS NOT NULL
WITH d.region_code AS code, count(d) AS documents
MATCH (region:Region {code: code})
OPTIONAL MATCH path = (region)-[:PART_OF*1..6]->(ancestor:Region)
WITH region, documents, ancestor, length(path) AS distance
ORDER BY distance
WITH region, documents, collect(ancestor.code) AS ancestors
RETURN region.code AS code, region.name AS name, region.level AS level, documents, ancestors
ORDER BY code
