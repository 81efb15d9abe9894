// trace_implementations: one level of a cascade downwards — the IMPLEMENTS edges that point at
// any of the given documents, i.e. the documents that say they implement them.
// Parameters: $ids (list of Document ids).
// Returns one row per edge: source (the implementing document's id), target (the given id),
// edge (the IMPLEMENTS relationship with evidence, file, line, method, confidence).
UNWIND $ids AS target_id
MATCH (source:Document)-[edge:IMPLEMENTS]->(target:Document {id: target_id})
RETURN source.id AS source, target.id AS target, edge
