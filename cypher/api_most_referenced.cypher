// The documents with the most incoming references (implements, cites, interprets, replaces),
// most first. Parameters: $limit.
MATCH (d:Document)<-[:IMPLEMENTS|CITES|INTERPRETS|REPLACES]-(:Document)
RETURN d.id AS id, d.title AS title, count(*) AS references
ORDER BY references DESC, id
LIMIT $limit
