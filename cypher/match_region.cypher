// match_region: the region an enterprise is in, found by code, exact name or name prefix
// (柳州 finds 柳州市), with the regions it lies in, nearest first.
// Parameters: $region (code or name).
// Returns one row per candidate region: code, name, level, exact (boolean),
// chain (list of {code, name, level} from the region up to the country).
MATCH (region:Region)
WHERE region.code = $region OR region.name = $region OR region.name STARTS WITH $region
OPTIONAL MATCH path = (region)-[:PART_OF*1..6]->(ancestor:Region)
WITH region, ancestor, length(path) AS distance
ORDER BY distance
WITH region, collect({code: ancestor.code, name: ancestor.name, level: ancestor.level}) AS ancestors
RETURN region.code AS code, region.name AS name, region.level AS level,
       (region.code = $region OR region.name = $region) AS exact, ancestors
ORDER BY exact DESC, size(region.name), code
