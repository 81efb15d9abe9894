// Document counts by level, by kind and by region (code and name), for GET /stats.
// Parameters: none.
MATCH (d:Document)
OPTIONAL MATCH (g:Region {code: d.region_code})
WITH d.level AS level, d.kind AS kind, d.region_code AS code, g.name AS name, count(*) AS n
RETURN collect({level: level, kind: kind, code: code, name: name, documents: n}) AS groups
