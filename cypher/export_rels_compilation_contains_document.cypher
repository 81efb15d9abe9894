// Export script (policy-graph export --format cypher): create or update
// (Compilation)-[:CONTAINS]->(Document) relationships, at most one per pair of nodes.
// Parameters: $rows: list of {start, end, props}; start is the Compilation's id, end the
// Document's id, props the relationship's properties.
UNWIND $rows AS row
MATCH (a:Compilation {id: row.start})
MATCH (b:Document {id: row.end})
MERGE (a)-[r:CONTAINS]->(b)
SET r = row.props
