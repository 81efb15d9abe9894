// Documents that reach the given one through up to three reference hops (implements, cites,
// interprets, replaces), nearest first: the cascade below a national measure. Used by bench/api
// through POST /cypher and directly on the store. Parameters: $id (Document.id), $limit.
MATCH p = (d:Document)-[:IMPLEMENTS|CITES|INTERPRETS|REPLACES*1..3]->(:Document {id: $id})
RETURN d.id AS id, d.title AS title, d.level AS level, length(p) AS hops
ORDER BY hops, id
LIMIT $limit
