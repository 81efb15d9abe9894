// trace_basis: one level of a cascade upwards — the IMPLEMENTS edges that leave any of the given
// documents, i.e. the higher documents they say they implement.
// Parameters: $ids (list of Document ids).
// Returns one row per edge: source (the given id), target (the implemented document's id),
// edge (the IMPLEMENTS relationship with evidence, file, line, method, confidence).
UNWIND $ids AS source_id
MATCH (source:Document {id: source_id})-[edge:IMPLEMENTS]->(target:Document)
RETURN source.id AS source, target.id AS target, edge
