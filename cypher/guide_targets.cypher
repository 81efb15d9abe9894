// Guide: the documents that target an enterprise category, with the sentence that says so.
// Parameters: $category (string) — a fragment of the category name, such as 专精特新.
MATCH (d:Document)-[t:TARGETS]->(c:EnterpriseCategory)
WHERE c.name CONTAINS $category
RETURN d.title AS document, d.level AS level, c.name AS category, t.evidence AS evidence
ORDER BY CASE d.level WHEN 'national' THEN 0 WHEN 'provincial' THEN 1 WHEN 'municipal' THEN 2 ELSE 3 END, document
LIMIT 100
