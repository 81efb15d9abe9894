// resolve_id: the document with exactly this id.
// Parameters: $id (Document id).
// Returns at most one row: id, title, doc_number, level, date.
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.title AS title, d.doc_number AS doc_number, d.level AS level, d.date AS date
