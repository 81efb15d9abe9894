// The id of the document with this id, or else with this normalised document number.
// Parameters: $id (a Document.id or anything else), $number (normalised doc number or null).
// Both lookups hit the Document id and doc_number indexes; an exact id wins.
MATCH (d:Document)
WHERE d.id = $id
RETURN d.id AS id
UNION
MATCH (d:Document)
WHERE d.doc_number = $number
RETURN d.id AS id
