// resolve_doc_number: documents whose normalised document number (文号) equals the given one.
// Parameters: $doc_number (normalised by loaders.normalize.normalize_doc_number).
// Returns one row per document: id, title, doc_number, level, date.
MATCH (d:Document)
WHERE d.doc_number = $doc_number
RETURN d.id AS id, d.title AS title, d.doc_number AS doc_number, d.level AS level, d.date AS date
ORDER BY d.id
