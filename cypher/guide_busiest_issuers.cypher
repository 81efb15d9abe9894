// Guide: the agencies that issued the most documents in the graph.
// Parameters: none.
MATCH (d:Document)-[:ISSUED_BY]->(a:Agency)
RETURN a.name AS agency, a.level AS level, count(DISTINCT d) AS documents
ORDER BY documents DESC, agency
LIMIT 10
