// One page of enterprise categories by name, each with its broader categories (SUBSET_OF) and the
// number of documents targeting it, and the total. Parameters: $q (fragment of the name, or
// null), $offset, $limit.
MATCH (c:EnterpriseCategory)
WHERE $q IS NULL OR c.name CONTAINS $q
OPTIONAL MATCH (d:Document)-[:TARGETS]->(c)
WITH c, count(DISTINCT d) AS documents
ORDER BY c.name, c.id
WITH collect(c {.id, .name, broader: [(c)-[:SUBSET_OF]->(b:EnterpriseCategory) | b.id],
                documents: documents}) AS categories
RETURN size(categories) AS total, categories[$offset..($offset + $limit)] AS items
