// Guide: find a document by its document number or a fragment of its title.
// Parameters: $q (string) — a normalised document number such as 财建〔2023〕117号, or a title fragment.
MATCH (d:Document)
WHERE d.doc_number = $q OR d.title CONTAINS $q
RETURN d.id AS id, d.doc_number AS number, d.title AS title, d.level AS level, d.date AS date
ORDER BY d.date DESC, d.id
LIMIT 25
