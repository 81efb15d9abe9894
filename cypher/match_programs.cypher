// match_programs: the programmes that the given documents establish or mention.
// Parameters: $ids (list of Document ids).
// Returns one row per (document, programme): document (id), relation (ESTABLISHES or MENTIONS),
// id and name of the programme.
UNWIND $ids AS doc_id
MATCH (document:Document {id: doc_id})-[relation:ESTABLISHES|MENTIONS]->(program:Program)
RETURN document.id AS document, type(relation) AS relation, program.id AS id, program.name AS name
ORDER BY document, relation, name
